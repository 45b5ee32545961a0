#include "CallModeWindow.h"

#include "PlaybookStepDelegate.h"
#include "ReasonDialog.h"
#include "StepNoteEdit.h"
#include "account/AccountProfile.h"
#include "account/CrmFormat.h"
#include "common/Theme.h"
#include "health/HealthScorecard.h"
#include "health/HealthStore.h"
#include "itemmodels/CaseListModel.h"
#include "itemmodels/ContactListModel.h"
#include "playbook/PlaybookStepModel.h"
#include "playbook/PlaybookStore.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Band = HealthScorecard::Band;

QColor bandColor(Band band)
{
    switch (band) {
    case Band::Red:
        return Theme::danger();
    case Band::Yellow:
        return QColor(0xb0, 0x78, 0x00);
    case Band::Green:
        return QColor(0x1a, 0x7f, 0x37);
    case Band::None:
        break;
    }
    return Theme::mutedText();
}

const auto geometryKey = "CallMode/geometry"_L1;
const auto onTopKey = "CallMode/stayOnTop"_L1;

} // namespace

CallModeWindow::CallModeWindow(Database &db, Workspace *workspace, const QString &accountId,
                               const QString &firstInstanceId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_workspace(workspace)
    , m_accountId(accountId)
    , m_steps(new PlaybookStepModel(db, this))
    , m_contacts(new ContactListModel(db, this))
    , m_cases(new CaseListModel(db, this))
{
    setObjectName(u"callModeWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    if (workspace)
        m_steps->setWorkspace(workspace);
    setStyleSheet(u"#callModeWindow { background: #ffffff; }"
                  u"#callModeHead { background: #f5f7fa; border-bottom: 1px solid #e1e6ed; }"_s);

    // Head: who we are talking to
    auto *head = new QWidget(this);
    head->setObjectName(u"callModeHead"_s);
    head->setAttribute(Qt::WA_StyledBackground);
    m_name = new QLabel(head);
    m_name->setObjectName(u"callModeAccountName"_s);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(17);
    nameFont.setWeight(QFont::Bold);
    m_name->setFont(nameFont);
    m_health = new QLabel(head);
    m_health->setObjectName(u"callModeHealth"_s);
    m_facts = new QLabel(head);
    m_facts->setObjectName(u"callModeFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    QFont factsFont = m_facts->font();
    factsFont.setPointSizeF(11.5);
    m_facts->setFont(factsFont);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_health, 0, Qt::AlignVCenter);
    auto *headLayout = new QVBoxLayout(head);
    headLayout->setContentsMargins(16, 12, 16, 10);
    headLayout->setSpacing(4);
    headLayout->addLayout(nameRow);
    headLayout->addWidget(m_facts);

    // The playbook
    m_switcher = new QComboBox(this);
    m_switcher->setObjectName(u"callModeSwitcher"_s);
    m_switcher->setToolTip(tr("The account's open playbooks (Ctrl+1…9)"));
    m_switcher->setFocusPolicy(Qt::ClickFocus);
    m_progress = new QLabel(this);
    m_progress->setObjectName(u"callModeProgress"_s);
    QFont progressFont = m_progress->font();
    progressFont.setPointSizeF(12);
    progressFont.setWeight(QFont::DemiBold);
    m_progress->setFont(progressFont);
    m_switcher->setFont(progressFont);
    auto *playbookRow = new QHBoxLayout;
    playbookRow->setContentsMargins(16, 8, 16, 0);
    playbookRow->addWidget(m_switcher, 1);
    playbookRow->addWidget(m_progress, 1);

    m_list = new QListView(this);
    m_list->setObjectName(u"callModeStepList"_s);
    m_list->setModel(m_steps);
    m_list->setModelColumn(PlaybookStepModel::Title);
    m_delegate = new PlaybookStepDelegate(m_steps, true, m_list);
    m_delegate->loadUserNames(db.connection());
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Steps"));
    m_list->installEventFilter(this);

    m_guidance = new QLabel(this);
    m_guidance->setObjectName(u"callModeGuidance"_s);
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::PlainText);
    QFont guidanceFont = m_guidance->font();
    guidanceFont.setPointSizeF(12.5);
    m_guidance->setFont(guidanceFont);
    m_guidance->setStyleSheet(
        u"background: #f0f4fa; border-left: 3px solid %1; padding: 8px 10px; color: #1b2430;"_s.arg(
            Theme::accent().name()));

    m_note = new StepNoteEdit(m_db, m_steps, noteDebounceMs, this);
    m_note->setObjectName(u"callModeNote"_s);
    QFont noteFont = m_note->font();
    noteFont.setPointSizeF(13);
    m_note->setFont(noteFont);
    m_note->setFixedHeight(96);
    m_note->setPlaceholderText(tr("N: type a note on this step; Esc: back to the list"));

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"callModeEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(
        tr("No open playbook on this account.\nStart one from the Playbooks tab of the account."));
    m_empty->setStyleSheet(u"color: %1; font-size: 14pt;"_s.arg(Theme::mutedText().name()));

    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(8);
    bodyLayout->addWidget(m_list, 1);
    auto *lower = new QVBoxLayout;
    lower->setContentsMargins(16, 0, 16, 0);
    lower->setSpacing(8);
    lower->addWidget(m_guidance);
    lower->addWidget(m_note);
    bodyLayout->addLayout(lower);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(body);
    m_stack->addWidget(m_empty);

    // Footer: the keys, and "Saved"
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"callModeHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(u"color: %1;"_s.arg(Theme::mutedText().name()));
    m_hint->setText(tr("↑↓ move · Space tick · S skip · N note · Ctrl+T on top · Esc close"));
    m_saved = new QLabel(this);
    m_saved->setObjectName(u"callModeSaved"_s);
    m_saved->setStyleSheet(u"color: %1; font-weight: 600;"_s.arg(Theme::success().name()));
    m_savedTimer = new QTimer(this);
    m_savedTimer->setSingleShot(true);
    m_savedTimer->setInterval(2500);
    connect(m_savedTimer, &QTimer::timeout, m_saved, [this] { m_saved->setText(QString()); });
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(16, 4, 16, 10);
    footer->addWidget(m_hint, 1);
    footer->addWidget(m_saved);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(head);
    layout->addLayout(playbookRow);
    layout->addWidget(m_stack, 1);
    layout->addLayout(footer);

    // Window-wide keys
    auto addAction = [this](const QKeySequence &keys, const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        return action;
    };
    m_onTopAction = addAction(QKeySequence(Qt::CTRL | Qt::Key_T), tr("Stay on Top"),
                              [this] { setStayOnTop(!stayOnTop()); });
    m_onTopAction->setCheckable(true);
    addAction(QKeySequence(Qt::CTRL | Qt::Key_W), tr("Close"), [this] { close(); });
    const Qt::Key digits[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,
                               Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9 };
    for (int i = 0; i < 9; ++i) {
        addAction(QKeySequence(Qt::CTRL | digits[i]), tr("Playbook %1").arg(i + 1), [this, i] {
            if (i < m_openIds.size())
                setInstance(m_openIds.at(i));
        });
    }

    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_openIds.size())
            setInstance(m_openIds.at(index));
        m_list->setFocus(Qt::OtherFocusReason);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_note->setRow(currentRow());
        updateStep();
    });
    connect(m_steps, &QAbstractItemModel::dataChanged, this, &CallModeWindow::updateStep);
    connect(m_steps, &PlaybookStepModel::editFailed, this, &CallModeWindow::showError);
    connect(m_delegate, &PlaybookStepDelegate::toggleRequested, this, [this](int row) {
        setCurrentRow(row);
        toggleCurrent();
    });
    connect(m_note, &StepNoteEdit::saved, this, [this] {
        showSaved();
        Q_EMIT changed(instanceId());
    });
    connect(m_note, &StepNoteEdit::saveFailed, this, &CallModeWindow::showError);
    connect(m_note, &StepNoteEdit::escapePressed, this, [this] { m_list->setFocus(Qt::OtherFocusReason); });

    QSettings settings;
    resize(520, 680);
    restoreGeometry(settings.value(geometryKey).toByteArray());
    const bool onTop = settings.value(onTopKey, false).toBool();
    setWindowFlag(Qt::WindowStaysOnTopHint, onTop);
    m_onTopAction->setChecked(onTop);

    reloadFacts();
    reloadSwitcher();
    setInstance(firstInstanceId.isEmpty() ? m_openIds.value(0) : firstInstanceId);
    m_list->setFocus(Qt::OtherFocusReason);
}

CallModeWindow::~CallModeWindow()
{
    m_note->flush();
    m_note->disconnect(this);
    m_steps->disconnect(this);
}

QString CallModeWindow::instanceId() const
{
    return m_steps->instanceId();
}

void CallModeWindow::setToday(const QDate &today)
{
    m_today = today;
    m_steps->setToday(today);
    reloadFacts();
}

bool CallModeWindow::stayOnTop() const
{
    return windowFlags().testFlag(Qt::WindowStaysOnTopHint);
}

void CallModeWindow::setStayOnTop(bool on)
{
    if (on == stayOnTop())
        return;
    const bool wasVisible = isVisible();
    setWindowFlag(Qt::WindowStaysOnTopHint, on);
    m_onTopAction->setChecked(on);
    QSettings().setValue(onTopKey, on);
    if (wasVisible) {
        show(); // changing the flags hides the window
        activateWindow();
    }
    m_saved->setText(on ? tr("Stays on top") : tr("Normal window"));
    m_savedTimer->start();
}

int CallModeWindow::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void CallModeWindow::setCurrentRow(int row)
{
    m_list->setCurrentIndex(m_steps->index(row, PlaybookStepModel::Title));
}

bool CallModeWindow::setInstance(const QString &id)
{
    m_note->setRow(-1);
    if (id.isEmpty()) {
        m_steps->setInstance({});
        m_stack->setCurrentWidget(m_empty);
        m_switcher->hide();
        m_progress->clear();
        setWindowTitle(tr("Call Mode"));
        return false;
    }
    if (!m_steps->setInstance(id)) {
        showError(m_steps->lastError());
        return false;
    }
    m_stack->setCurrentIndex(0);
    const qsizetype index = m_openIds.indexOf(id);
    if (index >= 0)
        m_switcher->setCurrentIndex(int(index));
    int row = 0;
    for (int r = 0; r < m_steps->rowCount(); ++r) {
        if (m_steps->instance().steps.at(r).isOpen()) {
            row = r;
            break;
        }
    }
    setCurrentRow(row);
    updateStep();
    return true;
}

void CallModeWindow::reload()
{
    m_note->flush();
    reloadFacts();
    reloadSwitcher();
    const int row = currentRow();
    if (!instanceId().isEmpty()) {
        m_steps->reload();
        if (row >= 0)
            setCurrentRow(row);
    } else if (!m_openIds.isEmpty()) {
        setInstance(m_openIds.constFirst());
    }
    updateStep();
}

void CallModeWindow::reloadFacts()
{
    QString error;
    const AccountProfile profile = AccountProfile::load(m_db, m_accountId, &error);
    if (!profile.isValid()) {
        m_name->setText(m_accountId);
        m_facts->setText(error.toHtmlEscaped());
        m_health->clear();
        return;
    }
    m_name->setText(profile.name);
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    auto fact = [](const QString &label, const QString &value) {
        return u"<span style=\"white-space:nowrap\"><span style=\"color:#6b7686\">%1</span>&nbsp;<b>%2</b></span>"_s
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QStringList facts;
    facts.append(fact(tr("ARR"), profile.arr ? CrmFormat::money(*profile.arr, profile.currency) : tr("—")));
    if (profile.renewalDate.isValid()) {
        const qint64 days = *profile.daysToRenewal(today);
        const QString when
            = days >= 0 ? tr("in %n day(s)", nullptr, int(days)) : tr("%n day(s) ago", nullptr, int(-days));
        facts.append(fact(tr("Renewal"), tr("%1 (%2)").arg(CrmFormat::date(profile.renewalDate), when)));
    } else {
        facts.append(fact(tr("Renewal"), tr("no date")));
    }
    facts.append(fact(tr("Owner"), profile.ownerDisplayName()));
    m_contacts->setAccountId(m_accountId);
    QString champion;
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        const QModelIndex index = m_contacts->index(row, ContactListModel::Name);
        if (index.data(ContactListModel::RoleCodeRole).toString() == "champion"_L1
            && !index.data(ContactListModel::LeftRole).toBool()) {
            champion = index.data().toString();
            break;
        }
    }
    facts.append(fact(tr("Champion"), champion.isEmpty() ? tr("none") : champion));
    m_cases->setAccountId(m_accountId);
    facts.append(fact(tr("Open cases"), QLocale().toString(m_cases->openCount())));
    m_facts->setText(facts.join(u"&nbsp;&nbsp;· "_s));

    HealthStore health(m_db);
    const HealthStore::Record record = health.record(m_accountId);
    const Band band = record.isValid() ? record.effectiveBand() : Band::None;
    const QColor color = bandColor(band);
    QString text = HealthScorecard::bandLabel(band);
    if (const std::optional<int> score = record.isValid() ? record.effectiveScore() : std::nullopt)
        text = tr("%1 · %2").arg(QLocale().toString(*score), text);
    m_health->setText(tr("Health %1").arg(text));
    m_health->setStyleSheet(u"color: white; background: %1; border-radius: 10px; padding: 3px 10px; "
                            u"font-weight: 600;"_s.arg(color.name()));
    m_health->setAccessibleName(tr("Health: %1").arg(text));
}

void CallModeWindow::reloadSwitcher()
{
    PlaybookStore store(m_db, m_steps->author());
    if (m_today.isValid())
        store.setToday(m_today);
    const QList<PlaybookStore::Instance> open = store.instances(m_accountId, false);
    m_openIds.clear();
    m_switcher->clear();
    for (const PlaybookStore::Instance &in : open) {
        if (in.status != PlaybookStore::Status::Open)
            continue;
        m_openIds.append(in.id);
        const int n = int(m_openIds.size());
        m_switcher->addItem(n <= 9 ? tr("%1  (Ctrl+%2)").arg(in.displayName()).arg(n) : in.displayName());
    }
    m_switcher->setVisible(m_openIds.size() > 1);
    const qsizetype index = m_openIds.indexOf(instanceId());
    if (index >= 0)
        m_switcher->setCurrentIndex(int(index));
}

void CallModeWindow::updateStep()
{
    const PlaybookStore::Instance &in = m_steps->instance();
    if (!in.isValid()) {
        m_guidance->hide();
        return;
    }
    setWindowTitle(tr("Call Mode: %1 · %2").arg(m_name->text(), in.displayName()));
    QString progress = tr("%1 of %2 done").arg(in.progress.resolved()).arg(in.progress.steps);
    if (in.progress.overdue > 0)
        progress += u" · "_s + tr("%n overdue", nullptr, in.progress.overdue);
    if (in.status == PlaybookStore::Status::Completed)
        progress += u" · "_s + PlaybookStore::statusLabel(in.status);
    m_progress->setText(m_openIds.size() > 1 ? progress : in.displayName() + u"  ·  "_s + progress);
    m_progress->setStyleSheet(in.progress.overdue > 0 ? u"color: %1;"_s.arg(Theme::danger().name())
                                                      : QString());
    const int row = currentRow();
    const QString guidance
        = row >= 0 && row < in.steps.size() ? in.steps.at(row).displayGuidance() : QString();
    m_guidance->setText(guidance);
    m_guidance->setVisible(!guidance.isEmpty());
}

bool CallModeWindow::toggleCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return false;
    m_note->flush();
    if (!m_steps->toggleStep(row))
        return false;
    showSaved();
    Q_EMIT changed(instanceId());
    return true;
}

void CallModeWindow::skipCurrent()
{
    const int row = currentRow();
    if (row < 0 || m_steps->instance().status == PlaybookStore::Status::Cancelled)
        return;
    m_note->flush();
    const QString id = instanceId();
    const QString title = m_steps->instance().steps.at(row).displayTitle();
    ReasonDialog *dialog = ReasonDialog::ask(this, tr("Skip Step"), tr("Why is “%1” skipped?").arg(title),
                                             true, tr("Skip Step"), [this, id, row](const QString &reason) {
                                                 if (instanceId() == id && m_steps->skipStep(row, reason)) {
                                                     showSaved();
                                                     Q_EMIT changed(id);
                                                 }
                                             });
    // Back to the list, accepted or not, for the next key.
    connect(dialog, &QDialog::finished, this, [this] {
        activateWindow();
        m_list->setFocus(Qt::OtherFocusReason);
    });
}

void CallModeWindow::focusNote()
{
    if (m_note->isEnabled())
        m_note->setFocus(Qt::OtherFocusReason);
}

bool CallModeWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_Space:
            case Qt::Key_Return:
            case Qt::Key_Enter:
                toggleCurrent();
                return true;
            case Qt::Key_J:
                if (currentRow() + 1 < m_steps->rowCount())
                    setCurrentRow(currentRow() + 1);
                return true;
            case Qt::Key_K:
                if (currentRow() > 0)
                    setCurrentRow(currentRow() - 1);
                return true;
            case Qt::Key_S:
                skipCurrent();
                return true;
            case Qt::Key_N:
            case Qt::Key_Tab:
                focusNote();
                return true;
            case Qt::Key_Escape:
                close();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CallModeWindow::closeEvent(QCloseEvent *event)
{
    m_note->flush();
    QSettings().setValue(geometryKey, saveGeometry());
    QWidget::closeEvent(event);
}

void CallModeWindow::changeEvent(QEvent *event)
{
    // Back from the main window: show what was done there meanwhile.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && !m_note->isDirty())
        reload();
    QWidget::changeEvent(event);
}

void CallModeWindow::showSaved()
{
    m_saved->setText(tr("✓ Saved"));
    m_savedTimer->start();
}

void CallModeWindow::showError(const QString &message)
{
    m_saved->setText(message);
    m_saved->setStyleSheet(u"color: %1; font-weight: 600;"_s.arg(Theme::danger().name()));
    QTimer::singleShot(4000, m_saved, [this] {
        m_saved->setStyleSheet(u"color: %1; font-weight: 600;"_s.arg(Theme::success().name()));
    });
}
