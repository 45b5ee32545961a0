#include "NoteEditor.h"

#include "account/CrmFormat.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "itemmodels/TimelineModel.h"
#include "store/Database.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NoteEditor::NoteEditor(Database &db, const QString &author, const QString &accountId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_work(db, author)
    , m_accountId(accountId)
    , m_heading(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_newButton(new QPushButton(tr("New note"), this))
    , m_deleteButton(new QPushButton(tr("Delete note"), this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(u"noteEditor"_s);
    m_heading->setObjectName(u"noteEditorHeading"_s);
    Theme::setRole(m_heading, "heading");

    m_kind->setObjectName(u"noteKind"_s);
    for (const QString &kind : { u"note"_s, u"call"_s, u"meeting"_s, u"email"_s })
        m_kind->addItem(TimelineModel::typeLabel(kind), kind);
    m_kind->setToolTip(tr("What the note records"));
    m_kind->setAccessibleName(tr("Note type"));

    m_text->setObjectName(u"noteText"_s);
    m_text->setPlaceholderText(
        tr("Write a note about this account. It is saved as you type — there is no Save button."));
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Note"));
    m_text->installEventFilter(this);

    m_status->setObjectName(u"noteStatus"_s);
    Theme::setRole(m_status, "muted");

    m_newButton->setObjectName(u"newNoteButton"_s);
    m_newButton->setToolTip(tr("Finish this note and start a new one (Ctrl+N)"));
    m_deleteButton->setObjectName(u"deleteNoteButton"_s);
    m_deleteButton->setToolTip(tr("Delete this note"));

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &NoteEditor::flush);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteEditor::onTextChanged);
    connect(m_text->document(), &QTextDocument::contentsChanged, this, &NoteEditor::fitHeight);
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        startNewNote();
        focusEditor();
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &NoteEditor::deleteCurrent);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoteEditor::onKindChanged);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_heading);
    top->addSpacing(4);
    top->addWidget(m_status, 0, Qt::AlignBottom);
    top->addStretch();
    top->addWidget(m_kind);
    top->addWidget(m_deleteButton);
    top->addWidget(m_newButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_text);
    updateMode();
    fitHeight();
}

NoteEditor::~NoteEditor()
{
    // Closing the view must not lose the last keystrokes, nor leave an empty note behind.
    flush();
    discardIfEmpty();
}

void NoteEditor::setAuthor(const QString &author)
{
    flush();
    m_work = LocalWork(m_db, author);
}

QString NoteEditor::statusText() const
{
    return m_status->text();
}

void NoteEditor::focusEditor()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->moveCursor(QTextCursor::End);
}

void NoteEditor::onTextChanged()
{
    if (m_loading)
        return;
    const QString text = m_text->toPlainText();
    if (m_noteId.isEmpty()) {
        // A note starts with its first visible character.
        if (text.trimmed().isEmpty())
            return;
        const QString id = m_work.addNote(m_accountId, text, m_kind->currentData().toString());
        if (id.isEmpty()) {
            setStatus(tr("Not saved: %1").arg(m_work.lastError()), true);
            m_pending = true; // keep trying with the next keystroke or pause
            return;
        }
        m_noteId = id;
        m_noteCreated = QDateTime::currentDateTimeUtc();
        m_pending = false;
        updateMode();
        setStatus(tr("Saved"));
        Q_EMIT noteSaved(id);
        return;
    }
    m_pending = true;
    m_saveTimer->start();
}

void NoteEditor::onKindChanged()
{
    if (m_loading || m_noteId.isEmpty())
        return;
    flush();
    if (!m_work.setNoteKind(m_noteId, m_kind->currentData().toString())) {
        setStatus(tr("Not saved: %1").arg(m_work.lastError()), true);
        return;
    }
    setStatus(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT noteSaved(m_noteId);
}

void NoteEditor::fitHeight()
{
    // Two lines while empty, growing with the note up to eight; then it scrolls.
    const int lines = qBound(2, int(m_text->document()->size().height()), 8);
    const QMargins margins = m_text->contentsMargins();
    const int height = lines * m_text->fontMetrics().lineSpacing()
        + int(2 * m_text->document()->documentMargin()) + margins.top() + margins.bottom() + 10;
    m_text->setFixedHeight(height);
}

void NoteEditor::flush()
{
    m_saveTimer->stop();
    if (!m_pending)
        return;
    const QString text = m_text->toPlainText();
    if (m_noteId.isEmpty()) {
        // The first save failed; try to create the note again.
        if (text.trimmed().isEmpty()) {
            m_pending = false;
            return;
        }
        const QString id = m_work.addNote(m_accountId, text, m_kind->currentData().toString());
        if (id.isEmpty()) {
            setStatus(tr("Not saved: %1").arg(m_work.lastError()), true);
            return;
        }
        m_noteId = id;
        m_noteCreated = QDateTime::currentDateTimeUtc();
        updateMode();
    } else if (!m_work.setNoteBody(m_noteId, text)) {
        setStatus(tr("Not saved: %1").arg(m_work.lastError()), true);
        return;
    }
    m_pending = false;
    setStatus(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT noteSaved(m_noteId);
}

void NoteEditor::discardIfEmpty()
{
    if (m_noteId.isEmpty() || !m_text->toPlainText().trimmed().isEmpty())
        return;
    const QString id = m_noteId;
    if (m_work.deleteNote(id))
        Q_EMIT noteRemoved(id);
}

void NoteEditor::startNewNote()
{
    flush();
    discardIfEmpty();
    m_noteId.clear();
    m_noteCreated = {};
    m_pending = false;
    m_loading = true;
    m_text->clear();
    m_kind->setCurrentIndex(0);
    m_loading = false;
    setStatus({});
    updateMode();
}

void NoteEditor::editNote(const QString &noteId)
{
    if (noteId == m_noteId)
        return;
    const LocalWork::Note note = m_work.note(noteId);
    if (note.id.isEmpty()) {
        setStatus(tr("That note cannot be opened: %1").arg(m_work.lastError()), true);
        return;
    }
    flush();
    discardIfEmpty();
    m_noteId = note.id;
    m_noteCreated = note.createdAt;
    m_pending = false;
    m_loading = true;
    m_text->setPlainText(note.body);
    const int kind = m_kind->findData(note.kind);
    if (kind >= 0)
        m_kind->setCurrentIndex(kind);
    m_loading = false;
    setStatus({});
    updateMode();
}

void NoteEditor::deleteCurrent()
{
    if (m_noteId.isEmpty())
        return;
    flush();
    if (!m_text->toPlainText().trimmed().isEmpty()
        && MessageBoxes::question(this, tr("Delete note"), tr("Delete this note?"),
                                  tr("It disappears from the timeline. The deletion is recorded in the "
                                     "change journal like every other change."),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    const QString id = m_noteId;
    if (!m_work.deleteNote(id)) {
        setStatus(tr("Not deleted: %1").arg(m_work.lastError()), true);
        return;
    }
    m_noteId.clear();
    Q_EMIT noteRemoved(id);
    startNewNote();
}

void NoteEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    Theme::setRole(m_status, error ? "errorText" : "muted");
    m_status->setToolTip(error ? text : QString());
}

void NoteEditor::updateMode()
{
    const bool editingSaved = !m_noteId.isEmpty();
    if (!editingSaved)
        m_heading->setText(tr("Add a note"));
    else if (m_noteCreated.isValid() && m_noteCreated.toLocalTime().date() != QDate::currentDate())
        m_heading->setText(tr("Your note of %1").arg(CrmFormat::date(m_noteCreated.toLocalTime().date())));
    else
        m_heading->setText(tr("Your note"));
    m_deleteButton->setVisible(editingSaved);
    m_newButton->setEnabled(editingSaved);
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut)
        flush();
    return QWidget::eventFilter(watched, event);
}

void NoteEditor::hideEvent(QHideEvent *event)
{
    flush();
    QWidget::hideEvent(event);
}
