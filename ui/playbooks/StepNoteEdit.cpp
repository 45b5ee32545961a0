#include "StepNoteEdit.h"

#include "playbook/PlaybookStepModel.h"
#include "playbook/PlaybookStore.h"

#include <QKeyEvent>
#include <QTimer>

using namespace Qt::StringLiterals;

StepNoteEdit::StepNoteEdit(Database &db, PlaybookStepModel *model, int debounceMs, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_db(db)
    , m_model(model)
    , m_timer(new QTimer(this))
{
    setObjectName(u"stepNoteEdit"_s);
    setTabChangesFocus(true);
    setPlaceholderText(tr("Notes on this step: saved as you type"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(debounceMs);
    connect(m_timer, &QTimer::timeout, this, [this] { flush(); });
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || m_row < 0)
            return;
        m_dirty = true;
        m_timer->start();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StepNoteEdit::onModelDataChanged);
    setEnabled(false);
}

StepNoteEdit::~StepNoteEdit()
{
    flush();
}

void StepNoteEdit::setRow(int row)
{
    flush();
    m_row = row >= 0 && row < m_model->rowCount() ? row : -1;
    m_instanceId = m_row >= 0 ? m_model->instanceId() : QString();
    m_position = m_row >= 0 ? m_model->index(m_row, 0).data(PlaybookStepModel::PositionRole).toInt() : 0;
    load();
}

void StepNoteEdit::load()
{
    m_loading = true;
    const QString note
        = m_row >= 0 ? m_model->index(m_row, 0).data(PlaybookStepModel::NoteRole).toString() : QString();
    if (toPlainText() != note)
        setPlainText(note);
    m_loading = false;
    m_dirty = false;
    const bool editable = m_row >= 0 && m_model->instance().status != PlaybookStore::Status::Cancelled;
    setEnabled(editable);
}

bool StepNoteEdit::flush()
{
    m_timer->stop();
    if (!m_dirty || m_row < 0 || m_instanceId.isEmpty())
        return true;
    m_dirty = false;
    const QString text = toPlainText();
    bool ok = false;
    QString error;
    if (m_model->instanceId() == m_instanceId && m_row < m_model->rowCount()) {
        ok = m_model->setStepNote(m_row, text);
        error = m_model->lastError();
    } else {
        // The model moved on to another playbook before this note was written.
        PlaybookStore store(m_db, m_model->author());
        ok = store.setNote(m_instanceId, m_position, text);
        error = store.lastError();
    }
    if (ok) {
        Q_EMIT saved();
    } else {
        m_dirty = true;
        Q_EMIT saveFailed(error);
    }
    return ok;
}

void StepNoteEdit::onModelDataChanged()
{
    // Another view (or an edit of the step) changed the note: show it unless the user is
    // typing here.
    if (m_row < 0 || m_dirty || hasFocus() || m_model->instanceId() != m_instanceId)
        return;
    load();
}

void StepNoteEdit::focusOutEvent(QFocusEvent *event)
{
    flush();
    QPlainTextEdit::focusOutEvent(event);
}

void StepNoteEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        flush();
        Q_EMIT escapePressed();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}
