#include "PlaybookStepsDialog.h"

#include "account/CrmFormat.h"
#include "common/Theme.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

PlaybookStepsDialog::PlaybookStepsDialog(Database &db, const PlaybookStore::Query &query, const QDate &today,
                                         const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_caption(new QLabel(this))
    , m_open(nullptr)
{
    setObjectName(u"playbookStepsDialog"_s);
    setWindowTitle(title);
    resize(820, 460);

    PlaybookStore store(db, QString());
    store.setToday(today);
    const QList<PlaybookStore::DueStep> steps = store.dueSteps(query);
    m_count = int(steps.size());
    const auto overdue = std::count_if(steps.cbegin(), steps.cend(),
                                       [](const PlaybookStore::DueStep &s) { return s.overdue; });

    auto *heading = new QLabel(title, this);
    Theme::setRole(heading, "heading");
    Theme::setRole(m_caption, "muted");
    if (!store.lastError().isEmpty() && steps.isEmpty()) {
        Theme::setRole(m_caption, "error");
        m_caption->setText(store.lastError());
    } else {
        m_caption->setText(tr("%n open step(s)", nullptr, m_count) + u" · "_s
                           + tr("%n overdue", nullptr, int(overdue)));
    }

    m_list->setObjectName(u"playbookStepsList"_s);
    setUpList(m_list);
    fill(m_list, steps, today);
    m_list->setAccessibleName(title);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });

    auto *empty = new QLabel(tr("No open playbook step here."), this);
    empty->setObjectName(u"playbookStepsEmpty"_s);
    empty->setAlignment(Qt::AlignCenter);
    Theme::setRole(empty, "muted");
    m_pages->addWidget(m_list);
    m_pages->addWidget(empty);
    m_pages->setCurrentIndex(steps.isEmpty() ? 1 : 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("Open account"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"playbookStepsOpen"_s);
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &PlaybookStepsDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_open->setEnabled(current != nullptr); });
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *hint = new QLabel(tr("Enter or double-click opens the account"), this);
    Theme::setRole(hint, "muted");

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_caption);
    layout->addWidget(m_pages, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    m_list->setFocus(Qt::OtherFocusReason);
}

void PlaybookStepsDialog::setUpList(QTreeWidget *list)
{
    list->setColumnCount(ColumnCount);
    list->setHeaderLabels({ tr("Account"), tr("Playbook"), tr("Step"), tr("Due") });
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAllColumnsShowFocus(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setTextElideMode(Qt::ElideRight);
    list->setStyleSheet(u"QTreeView::item { padding: 5px 2px; }"_s);
    QHeaderView *header = list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(Account, QHeaderView::Interactive);
    header->setSectionResizeMode(Playbook, QHeaderView::Interactive);
    header->setSectionResizeMode(Step, QHeaderView::Stretch);
    header->setSectionResizeMode(Due, QHeaderView::ResizeToContents);
    header->resizeSection(Account, 170);
    header->resizeSection(Playbook, 130);
}

QString PlaybookStepsDialog::dueText(const PlaybookStore::DueStep &step, const QDate &today)
{
    if (!step.due.isValid())
        return tr("No due date");
    if (step.overdue) {
        const qint64 days = step.due.daysTo(today);
        return tr("Overdue %n day(s) · %1", nullptr, int(days)).arg(CrmFormat::date(step.due));
    }
    if (step.due == today)
        return tr("Due today");
    return tr("Due %1").arg(CrmFormat::date(step.due));
}

void PlaybookStepsDialog::fill(QTreeWidget *list, QList<PlaybookStore::DueStep> steps, const QDate &today)
{
    // Overdue first (oldest first), then by due date as dueSteps() gives them.
    std::stable_sort(steps.begin(), steps.end(),
                     [](const PlaybookStore::DueStep &a, const PlaybookStore::DueStep &b) {
                         return a.overdue && !b.overdue;
                     });
    list->clear();
    for (const PlaybookStore::DueStep &step : std::as_const(steps)) {
        auto *item = new QTreeWidgetItem(list);
        const QString account = step.accountName.isEmpty() ? step.accountId : step.accountName;
        item->setText(Account, account);
        item->setText(Playbook, step.playbookName);
        item->setText(Step, step.required ? step.title : tr("%1 (optional)").arg(step.title));
        const QString due = dueText(step, today);
        item->setText(Due, due);
        item->setData(Account, AccountIdRole, step.accountId);
        item->setData(Account, InstanceIdRole, step.instanceId);
        item->setData(Account, OverdueRole, step.overdue);
        QStringList tip { account, step.playbookName, step.title, due };
        if (!step.ownerName.isEmpty())
            tip << tr("Account owner: %1").arg(step.ownerName);
        item->setToolTip(Step, tip.join(u'\n'));
        item->setToolTip(Account, tip.join(u'\n'));
        if (step.overdue) {
            item->setForeground(Due, Theme::danger());
            QFont font = item->font(Due);
            font.setWeight(QFont::DemiBold);
            item->setFont(Due, font);
        }
    }
}

void PlaybookStepsDialog::openCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString account = item->data(Account, AccountIdRole).toString();
    if (account.isEmpty())
        return;
    Q_EMIT accountRequested(account);
    accept();
}
