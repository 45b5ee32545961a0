#include "PlaybookPanel.h"

#include "CallModeWindow.h"
#include "PlaybookStepDelegate.h"
#include "ReasonDialog.h"
#include "StartPlaybookDialog.h"
#include "StepNoteEdit.h"
#include "account360/Account360Icons.h"
#include "common/EmptyStateWidget.h"
#include "common/Theme.h"
#include "playbook/PlaybookInstanceModel.h"
#include "playbook/PlaybookStepModel.h"
#include "playbook/PlaybookStore.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The Progress column as a thin bar with "3 of 7" beside it.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const double fraction = index.data(PlaybookInstanceModel::ProgressRole).toDouble();
        const int steps = index.data(PlaybookInstanceModel::StepsRole).toInt();
        const int resolved = index.data(PlaybookInstanceModel::ResolvedRole).toInt();
        const QString text = PlaybookPanel::tr("%1 of %2").arg(resolved).arg(steps);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect r = option.rect.adjusted(8, 0, -8, 0);
        const int textWidth = option.fontMetrics.horizontalAdvance(text) + 8;
        const QRectF bar(r.left(), r.center().y() - 3, std::max(20, r.width() - textWidth), 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xe1, 0xe6, 0xed));
        painter->drawRoundedRect(bar, 3, 3);
        painter->setBrush(index.data(PlaybookInstanceModel::StatusRole).toString() == "completed"_L1
                              ? Theme::success()
                              : Theme::accent());
        painter->drawRoundedRect(
            QRectF(bar.left(), bar.top(), bar.width() * std::clamp(fraction, 0.0, 1.0), 6), 3, 3);
        painter->setPen(option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                              : Theme::text());
        painter->drawText(QRect(int(bar.right()) + 6, r.top(), textWidth, r.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width(), 150));
        return size;
    }
};

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(u"color: %1;"_s.arg(Theme::mutedText().name()));
    label->setWordWrap(true);
    return label;
}

} // namespace

PlaybookPanel::PlaybookPanel(Database &db, Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_workspace(workspace)
    , m_instances(new PlaybookInstanceModel(db, this))
    , m_steps(new PlaybookStepModel(db, this))
{
    setObjectName(u"playbookPanel"_s);
    if (workspace)
        m_steps->setWorkspace(workspace);

    // Header: what the account runs, and the way to start one.
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"playbookSummary"_s);
    m_summary->setStyleSheet(u"color: %1;"_s.arg(Theme::mutedText().name()));
    m_startButton = new QPushButton(tr("&Start Playbook…"), this);
    m_startButton->setObjectName(u"startPlaybookButton"_s);
    m_startButton->setToolTip(tr("Run one of the team's standard playbooks on this account"));
    m_callModeButton = new QPushButton(tr("C&all Mode"), this);
    m_callModeButton->setObjectName(u"callModeButton"_s);
    m_callModeButton->setToolTip(tr("A compact checklist window for a live call (Ctrl+Shift+L)"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_callModeButton);
    header->addWidget(m_startButton);

    m_instanceTable = new QTableView(this);
    m_instanceTable->setObjectName(u"playbookInstanceTable"_s);
    m_instanceTable->setModel(m_instances);
    m_instanceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_instanceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_instanceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_instanceTable->setShowGrid(false);
    m_instanceTable->setAlternatingRowColors(true);
    m_instanceTable->setWordWrap(false);
    m_instanceTable->verticalHeader()->hide();
    m_instanceTable->verticalHeader()->setDefaultSectionSize(28);
    m_instanceTable->setColumnHidden(PlaybookInstanceModel::Account, true);
    m_instanceTable->setItemDelegateForColumn(PlaybookInstanceModel::Progress,
                                              new ProgressDelegate(m_instanceTable));
    m_instanceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_instanceTable->horizontalHeader()->setSectionResizeMode(PlaybookInstanceModel::Name,
                                                              QHeaderView::Stretch);
    m_instanceTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_instanceTable->setAccessibleName(tr("Playbooks on this account"));

    // The selected playbook
    m_instanceTitle = new QLabel(this);
    m_instanceTitle->setObjectName(u"playbookTitle"_s);
    QFont titleFont = m_instanceTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() + 3);
    titleFont.setWeight(QFont::DemiBold);
    m_instanceTitle->setFont(titleFont);
    m_instanceDetail = mutedLabel(this);
    m_instanceDetail->setObjectName(u"playbookDetail"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"playbookProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setFixedSize(160, 8);
    m_cancelButton = new QPushButton(tr("Cance&l Playbook…"), this);
    m_cancelButton->setObjectName(u"cancelPlaybookButton"_s);
    auto *instanceHeader = new QHBoxLayout;
    auto *instanceText = new QVBoxLayout;
    instanceText->setSpacing(2);
    instanceText->addWidget(m_instanceTitle);
    instanceText->addWidget(m_instanceDetail);
    instanceHeader->addLayout(instanceText, 1);
    instanceHeader->addWidget(m_progress, 0, Qt::AlignVCenter);
    instanceHeader->addWidget(m_cancelButton, 0, Qt::AlignVCenter);

    // Checklist and the current step
    m_stepList = new QListView(this);
    m_stepList->setObjectName(u"playbookStepList"_s);
    m_stepList->setModel(m_steps);
    m_stepList->setModelColumn(PlaybookStepModel::Title);
    m_delegate = new PlaybookStepDelegate(m_steps, false, m_stepList);
    m_delegate->loadUserNames(db.connection());
    m_stepList->setItemDelegate(m_delegate);
    m_stepList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepList->setUniformItemSizes(true);
    m_stepList->setMouseTracking(true);
    m_stepList->setAccessibleName(tr("Steps"));
    m_stepList->setAccessibleDescription(tr("Space ticks the current step"));
    m_stepList->installEventFilter(this);

    auto *detail = new QWidget(this);
    detail->setObjectName(u"stepDetail"_s);
    m_stepTitle = new QLabel(detail);
    m_stepTitle->setObjectName(u"stepTitle"_s);
    QFont stepFont = m_stepTitle->font();
    stepFont.setPointSizeF(stepFont.pointSizeF() + 2);
    stepFont.setWeight(QFont::DemiBold);
    m_stepTitle->setFont(stepFont);
    m_stepTitle->setWordWrap(true);
    m_stepMeta = mutedLabel(detail);
    m_stepMeta->setObjectName(u"stepMeta"_s);
    m_guidance = new QLabel(detail);
    m_guidance->setObjectName(u"stepGuidance"_s);
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::PlainText);
    m_guidance->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guidance->setStyleSheet(
        u"background: #f0f4fa; border-left: 3px solid %1; padding: 8px 10px;"_s.arg(Theme::accent().name()));
    m_tickButton = new QPushButton(tr("Mark &Done"), detail);
    m_tickButton->setObjectName(u"tickStepButton"_s);
    m_tickButton->setToolTip(tr("Tick or untick the step (Space in the list)"));
    m_skipButton = new QPushButton(tr("S&kip…"), detail);
    m_skipButton->setObjectName(u"skipStepButton"_s);
    m_skipButton->setToolTip(tr("Skip the step, with a reason"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_tickButton);
    buttons->addWidget(m_skipButton);
    buttons->addStretch(1);
    m_note = new StepNoteEdit(m_db, m_steps, 400, detail);
    m_note->setMinimumHeight(80);
    auto *noteLabel = new QLabel(tr("&Note"), detail);
    noteLabel->setBuddy(m_note);
    m_saved = mutedLabel(detail);
    m_saved->setObjectName(u"savedLabel"_s);
    m_saved->setWordWrap(false);
    auto *noteHeader = new QHBoxLayout;
    noteHeader->addWidget(noteLabel);
    noteHeader->addStretch(1);
    noteHeader->addWidget(m_saved);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->addWidget(m_stepTitle);
    detailLayout->addWidget(m_stepMeta);
    detailLayout->addWidget(m_guidance);
    detailLayout->addLayout(buttons);
    detailLayout->addSpacing(6);
    detailLayout->addLayout(noteHeader);
    detailLayout->addWidget(m_note, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"playbookSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stepList);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_error = new QLabel(this);
    m_error->setObjectName(u"playbookError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::danger().name()));
    m_error->hide();

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_instanceTable);
    contentLayout->addSpacing(8);
    contentLayout->addLayout(instanceHeader);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(m_error);

    m_empty = new EmptyStateWidget(this);
    m_empty->setObjectName(u"noPlaybooksState"_s);
    m_empty->setIcon(Account360Icons::icon(Account360Icons::Glyph::Task, Theme::accent()));
    m_empty->setTitle(tr("No playbooks on this account"));
    m_empty->setText(tr("Start one of the team's standard plays: onboarding, a risk rescue, the renewal, "
                        "QBR preparation or the sales handoff."));
    QPushButton *emptyStart = m_empty->addButton(tr("Start Playbook…"), true);
    connect(emptyStart, &QPushButton::clicked, this, [this] { startPlaybook(); });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_instanceTable, m_stepList);
    setTabOrder(m_stepList, m_tickButton);
    setTabOrder(m_tickButton, m_skipButton);
    setTabOrder(m_skipButton, m_note);
    setTabOrder(m_note, m_cancelButton);

    connect(m_startButton, &QPushButton::clicked, this, [this] { startPlaybook(); });
    connect(m_callModeButton, &QPushButton::clicked, this, [this] { openCallMode(); });
    connect(m_tickButton, &QPushButton::clicked, this, [this] { toggleCurrentStep(); });
    connect(m_skipButton, &QPushButton::clicked, this, &PlaybookPanel::skipCurrentStep);
    connect(m_cancelButton, &QPushButton::clicked, this, &PlaybookPanel::cancelPlaybook);
    connect(m_delegate, &PlaybookStepDelegate::toggleRequested, this, [this](int row) {
        setCurrentStepRow(row);
        toggleCurrentStep();
    });
    connect(m_instanceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlaybookPanel::onInstanceChanged);
    connect(m_stepList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlaybookPanel::onStepChanged);
    connect(m_steps, &QAbstractItemModel::dataChanged, this, &PlaybookPanel::updateStepDetail);
    connect(m_steps, &PlaybookStepModel::editFailed, this, &PlaybookPanel::showError);
    connect(m_note, &StepNoteEdit::saved, this, [this] {
        showSaved();
        // The list's note preview and the playbook's figures.
        reloadInstances();
    });
    connect(m_note, &StepNoteEdit::saveFailed, this, &PlaybookPanel::showError);
    connect(m_note, &StepNoteEdit::escapePressed, this,
            [this] { m_stepList->setFocus(Qt::OtherFocusReason); });
}

PlaybookPanel::~PlaybookPanel()
{
    m_note->flush();
    m_note->disconnect(this);
    m_steps->disconnect(this);
}

void PlaybookPanel::setAccount(const QString &accountId, const QString &accountName)
{
    m_accountName = accountName;
    if (accountId == m_accountId) {
        reload();
        return;
    }
    m_note->setRow(-1);
    m_accountId = accountId;
    m_instances->setAccount(accountId, true);
    reload();
}

void PlaybookPanel::setToday(const QDate &today)
{
    m_today = today;
    m_instances->setToday(today);
    m_steps->setToday(today);
    reload();
}

QString PlaybookPanel::currentInstanceId() const
{
    return m_steps->instanceId();
}

int PlaybookPanel::openCount() const
{
    int open = 0;
    for (int row = 0; row < m_instances->rowCount(); ++row)
        open += m_instances->instanceAt(row).status == PlaybookStore::Status::Open;
    return open;
}

bool PlaybookPanel::selectInstance(const QString &instanceId)
{
    for (int row = 0; row < m_instances->rowCount(); ++row) {
        if (m_instances->instanceAt(row).id == instanceId) {
            m_instanceTable->setCurrentIndex(m_instances->index(row, PlaybookInstanceModel::Name));
            return true;
        }
    }
    return false;
}

int PlaybookPanel::currentStepRow() const
{
    return m_stepList->currentIndex().isValid() ? m_stepList->currentIndex().row() : -1;
}

void PlaybookPanel::setCurrentStepRow(int row)
{
    m_stepList->setCurrentIndex(m_steps->index(row, PlaybookStepModel::Title));
}

void PlaybookPanel::flush()
{
    m_note->flush();
}

void PlaybookPanel::reload()
{
    m_note->flush();
    const QString selected = currentInstanceId();
    const int stepRow = currentStepRow();
    {
        // The model resets: keep the checklist until the selection is back.
        const QScopedValueRollback guard(m_reloadingInstances, true);
        m_instances->reload();
    }
    const int count = m_instances->rowCount();
    m_stack->setCurrentIndex(count > 0 ? 0 : 1);
    const int open = openCount();
    const int overdue = m_instances->overdueSteps();
    QString summary = count == 0 ? tr("No playbooks yet") : tr("%n open playbook(s)", nullptr, open);
    if (count > open)
        summary += u" · "_s + tr("%n closed", nullptr, count - open);
    if (overdue > 0)
        summary += u" · "_s + tr("%n step(s) overdue", nullptr, overdue);
    m_summary->setText(summary);
    m_callModeButton->setEnabled(open > 0);
    // The list of playbooks is as tall as its rows (up to five), the checklist gets the rest.
    const int rowHeight = m_instanceTable->verticalHeader()->defaultSectionSize();
    m_instanceTable->setFixedHeight(m_instanceTable->horizontalHeader()->sizeHint().height()
                                    + rowHeight * std::clamp(count, 1, 5)
                                    + 2 * m_instanceTable->frameWidth());
    if (count == 0) {
        m_note->setRow(-1);
        m_steps->setInstance({});
        updateInstanceHeader();
        updateStepDetail();
        return;
    }
    bool kept = false;
    if (!selected.isEmpty()) {
        const QScopedValueRollback guard(m_reloadingInstances, true);
        kept = selectInstance(selected);
    }
    if (kept) {
        m_steps->reload();
        if (stepRow >= 0 && stepRow < m_steps->rowCount())
            setCurrentStepRow(stepRow);
    } else {
        m_instanceTable->setCurrentIndex(m_instances->index(0, PlaybookInstanceModel::Name));
    }
    updateInstanceHeader();
    updateStepDetail();
}

void PlaybookPanel::reloadInstances()
{
    const QString selected = currentInstanceId();
    {
        const QScopedValueRollback guard(m_reloadingInstances, true);
        m_instances->reload();
        if (!selected.isEmpty())
            selectInstance(selected);
    }
    updateInstanceHeader();
}

void PlaybookPanel::onInstanceChanged()
{
    if (m_reloadingInstances)
        return;
    const QModelIndex current = m_instanceTable->currentIndex();
    const QString id = current.isValid() ? m_instances->instanceAt(current.row()).id : QString();
    if (id == m_steps->instanceId())
        return;
    m_note->setRow(-1);
    m_steps->setInstance(id);
    // The first open step is where the work is.
    int row = 0;
    for (int r = 0; r < m_steps->rowCount(); ++r) {
        if (m_steps->instance().steps.at(r).isOpen()) {
            row = r;
            break;
        }
    }
    if (m_steps->rowCount() > 0)
        setCurrentStepRow(row);
    updateInstanceHeader();
    updateStepDetail();
}

void PlaybookPanel::onStepChanged()
{
    m_note->setRow(currentStepRow());
    updateStepDetail();
}

void PlaybookPanel::updateInstanceHeader()
{
    const PlaybookStore::Instance &in = m_steps->instance();
    if (!in.isValid()) {
        m_instanceTitle->clear();
        m_instanceDetail->clear();
        m_progress->setValue(0);
        m_cancelButton->setEnabled(false);
        return;
    }
    m_instanceTitle->setText(in.displayName());
    QStringList parts;
    const QModelIndex current = m_instanceTable->currentIndex();
    if (current.isValid())
        parts.append(m_instances->index(current.row(), PlaybookInstanceModel::Trigger).data().toString());
    parts.append(tr("started %1").arg(QLocale().toString(in.startDate, QLocale::ShortFormat)));
    parts.append(
        tr("%1 of %n step(s) done or skipped", nullptr, in.progress.steps).arg(in.progress.resolved()));
    if (in.status == PlaybookStore::Status::Open) {
        if (in.progress.overdue > 0)
            parts.append(tr("%n overdue", nullptr, in.progress.overdue));
        if (in.nextDue.isValid())
            parts.append(tr("next due %1").arg(QLocale().toString(in.nextDue, QLocale::ShortFormat)));
    } else {
        parts.append(PlaybookStore::statusLabel(in.status));
        if (!in.cancelReason.isEmpty())
            parts.append(in.cancelReason);
    }
    if (in.renewalAssumed)
        parts.append(
            tr("renewal date assumed: %1").arg(QLocale().toString(in.renewalDate, QLocale::ShortFormat)));
    m_instanceDetail->setText(parts.join(u"  ·  "_s));
    m_progress->setRange(0, std::max(1, in.progress.steps));
    m_progress->setValue(in.progress.resolved());
    m_cancelButton->setEnabled(in.status == PlaybookStore::Status::Open);
}

void PlaybookPanel::updateStepDetail()
{
    const int row = currentStepRow();
    const bool valid = row >= 0 && row < m_steps->rowCount();
    const bool cancelled = m_steps->instance().status == PlaybookStore::Status::Cancelled;
    m_tickButton->setEnabled(valid && !cancelled);
    m_skipButton->setEnabled(valid && !cancelled);
    if (!valid) {
        m_stepTitle->clear();
        m_stepMeta->clear();
        m_guidance->clear();
        m_guidance->hide();
        return;
    }
    const PlaybookStore::Step &step = m_steps->instance().steps.at(row);
    m_stepTitle->setText(tr("%1. %2").arg(step.position).arg(step.displayTitle()));
    m_stepMeta->setText(m_delegate->dueText(m_steps->index(row, 0)) + u"  ·  "_s
                        + m_delegate->detailText(m_steps->index(row, 0)));
    const QString guidance = step.displayGuidance();
    m_guidance->setText(guidance);
    m_guidance->setVisible(!guidance.isEmpty());
    m_tickButton->setText(step.status == PlaybookStore::StepStatus::Done ? tr("Mark &Open")
                                                                         : tr("Mark &Done"));
    m_skipButton->setEnabled(!cancelled && step.status != PlaybookStore::StepStatus::Skipped);
    updateInstanceHeader();
}

bool PlaybookPanel::toggleCurrentStep()
{
    const int row = currentStepRow();
    if (row < 0)
        return false;
    m_note->flush();
    m_error->hide();
    if (!m_steps->toggleStep(row))
        return false;
    showSaved();
    reloadInstances();
    Q_EMIT playbooksChanged();
    return true;
}

void PlaybookPanel::skipCurrentStep()
{
    const int row = currentStepRow();
    if (row < 0 || !m_skipButton->isEnabled())
        return;
    m_note->flush();
    const QString title = m_steps->instance().steps.at(row).displayTitle();
    const QString instanceId = m_steps->instanceId();
    ReasonDialog *dialog = ReasonDialog::ask(
        this, tr("Skip Step"), tr("Why is “%1” skipped? The reason is kept with the step.").arg(title), true,
        tr("Skip Step"), [this, row, instanceId](const QString &reason) {
            if (m_steps->instanceId() != instanceId)
                return;
            m_error->hide();
            if (m_steps->skipStep(row, reason)) {
                showSaved();
                reloadInstances();
                Q_EMIT playbooksChanged();
            }
        });
    connect(dialog, &QDialog::finished, this, [this] {
        window()->activateWindow();
        m_stepList->setFocus(Qt::OtherFocusReason);
    });
}

void PlaybookPanel::cancelPlaybook()
{
    const PlaybookStore::Instance &in = m_steps->instance();
    if (!in.isValid() || in.status != PlaybookStore::Status::Open)
        return;
    m_note->flush();
    const QString instanceId = in.id;
    ReasonDialog *dialog = ReasonDialog::ask(
        this, tr("Cancel Playbook"),
        tr("Cancel “%1” on this account? Its steps stay as they are; it no longer counts as open.\n\n"
           "Reason (optional):")
            .arg(in.displayName()),
        false, tr("Cancel Playbook"), [this, instanceId](const QString &reason) {
            PlaybookStore store(m_db, m_steps->author());
            if (!store.cancel(instanceId, reason)) {
                showError(store.lastError());
                return;
            }
            reload();
            Q_EMIT playbooksChanged();
        });
    dialog->setObjectName(u"cancelPlaybookDialog"_s);
}

StartPlaybookDialog *PlaybookPanel::startPlaybook()
{
    if (m_accountId.isEmpty())
        return nullptr;
    m_note->flush();
    auto *dialog = new StartPlaybookDialog(m_db, m_accountId, m_steps->author(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_today.isValid())
        dialog->setToday(m_today);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->startedInstanceId();
        reload();
        selectInstance(id);
        m_stepList->setFocus(Qt::OtherFocusReason);
        Q_EMIT playbooksChanged();
    });
    dialog->open();
    return dialog;
}

CallModeWindow *PlaybookPanel::openCallMode()
{
    m_note->flush();
    QString id = currentInstanceId();
    if (m_steps->instance().status != PlaybookStore::Status::Open)
        id.clear(); // the window picks the account's first open playbook
    if (m_callMode && m_callMode->accountId() == m_accountId) {
        if (!id.isEmpty())
            m_callMode->setInstance(id);
    } else {
        if (m_callMode)
            m_callMode->close();
        m_callMode = new CallModeWindow(m_db, m_workspace, m_accountId, id, window());
        if (m_today.isValid())
            m_callMode->setToday(m_today);
        connect(m_callMode, &CallModeWindow::changed, this, [this] { reload(); });
    }
    m_callMode->show();
    m_callMode->raise();
    m_callMode->activateWindow();
    return m_callMode;
}

bool PlaybookPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_stepList && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleCurrentStep();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlaybookPanel::showSaved()
{
    m_saved->setText(tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void PlaybookPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}
