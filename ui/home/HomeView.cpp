#include "HomeView.h"

#include "ActivityItemDelegate.h"
#include "FigureCard.h"
#include "HomeIcons.h"
#include "HomeTaskDelegate.h"
#include "account/CrmFormat.h"
#include "common/EmptyStateWidget.h"
#include "common/Icons.h"
#include "common/Theme.h"
#include "home/HomeFormat.h"
#include "home/HomeSummaryJob.h"
#include "itemmodels/TaskListModel.h"
#include "playbook/PlaybookRules.h"
#include "playbook/PlaybookStore.h"
#include "store/Database.h"
#include "team/PlaybookStepsDialog.h"
#include "workspace/Workspace.h"

#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int recentLimit = 12;
// Figures are re-read when the view is shown again after this long.
constexpr int refreshOnShowMs = 1500;

int indexOf(HomeView::Figure figure)
{
    return int(figure);
}

QFrame *panelFrame(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    Theme::setRole(frame, "card");
    return frame;
}

// "$4.8M + CN¥700K ARR": the main currency, then at most one other, then "+ n more".
QString arrText(const HomeSummary::Figure &figure)
{
    QStringList amounts;
    int more = 0;
    for (const HomeSummary::Money &money : figure.arr) {
        if (money.amount == 0)
            continue;
        if (amounts.size() < 2)
            amounts << HomeFormat::compactMoney(money.amount, money.currency);
        else
            ++more;
    }
    if (amounts.isEmpty())
        return {};
    QString text = amounts.join(u" + "_s);
    if (more > 0)
        text = QCoreApplication::translate("HomeView", "%1 + %n more", nullptr, more).arg(text);
    return QCoreApplication::translate("HomeView", "%1 ARR").arg(text);
}

// Every currency in full, for the tooltip.
QString arrTooltip(const HomeSummary::Figure &figure)
{
    QStringList lines;
    for (const HomeSummary::Money &money : figure.arr) {
        lines << QCoreApplication::translate("HomeView", "%1 ARR in %n account(s)", nullptr, money.accounts)
                     .arg(CrmFormat::money(money.amount, money.currency));
    }
    if (figure.arr.size() > 1)
        lines << QCoreApplication::translate(
            "HomeView", "ARR is added up per currency; Pitwall does not convert currencies.");
    return lines.join(u'\n');
}

} // namespace

HomeView::HomeView(Database &db, Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_workspace(workspace)
    , m_job(new HomeSummaryJob(db.path(), this))
    , m_taskModel(new TaskListModel(db, this))
    , m_pages(new QStackedWidget(this))
    , m_dashboard(nullptr)
    , m_chooseUser(new EmptyStateWidget(this))
    , m_noData(new EmptyStateWidget(this))
    , m_greeting(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_error(new QLabel(this))
    , m_taskView(nullptr)
    , m_taskPages(nullptr)
    , m_taskCaption(nullptr)
    , m_recent(nullptr)
    , m_recentPages(nullptr)
    , m_recentCaption(nullptr)
    , m_clock(new QTimer(this))
{
    m_chooseUser->setObjectName(u"homeChooseUser"_s);
    m_chooseUser->setIcon(Icons::user(Theme::accent()));
    m_chooseUser->setTitle(tr("Choose who you are to see your book"));
    m_chooseUser->setText(tr("Pick yourself from the people in the CRM export once. Home then shows your "
                             "accounts, renewals and tasks, and your notes carry your name."));
    QPushButton *choose = m_chooseUser->addButton(tr("Choose who I am…"), true);
    choose->setObjectName(u"homeChooseUserButton"_s);
    connect(choose, &QPushButton::clicked, this, &HomeView::chooseUserRequested);

    m_noData->setObjectName(u"homeNoData"_s);
    m_noData->setIcon(Icons::accounts(Theme::accent()));
    m_noData->setTitle(tr("No accounts yet"));
    m_noData->setText(tr("Import a CRM export (Ctrl+I) — a folder or a .zip from Salesforce, HubSpot or a "
                         "Pitwall bundle — or load the demo data to look around."));
    QPushButton *importButton = m_noData->addButton(tr("Import CRM export…"), true);
    importButton->setObjectName(u"homeImportButton"_s);
    QPushButton *demoButton = m_noData->addButton(tr("Load demo data"));
    demoButton->setObjectName(u"homeDemoButton"_s);
    connect(importButton, &QPushButton::clicked, this, &HomeView::importRequested);
    connect(demoButton, &QPushButton::clicked, this, &HomeView::demoDataRequested);

    m_dashboard = createDashboard();
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_chooseUser);
    m_pages->addWidget(m_noData);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_job, &HomeSummaryJob::finished, this, &HomeView::showSummary);
    connect(&m_workspace, &Workspace::userChanged, this, &HomeView::readSummary);
    connect(&m_workspace, &Workspace::scopeChanged, this, &HomeView::readSummary);

    m_taskModel->setWorkspace(&m_workspace);
    m_taskModel->setDueMode(0);
    connect(m_taskModel, &TaskListModel::countsChanged, this, &HomeView::updateTaskPanel);
    updateTaskPanel();
    // A task ticked here changes the task figures: read them again.
    connect(m_taskModel, &QAbstractItemModel::dataChanged, this, [this] {
        updateTaskPanel();
        readSummary();
    });

    // Every minute: "2 min ago" moves on, and past midnight the figures are for a new day.
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, &HomeView::tick);
    m_clock->start();

    readSummary();
}

QWidget *HomeView::createDashboard()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"homeDashboard"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(u"homeContent"_s);
    content->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);

    m_greeting->setObjectName(u"homeGreeting"_s);
    Theme::setRole(m_greeting, "title");
    m_greeting->setParent(content);
    m_subtitle->setObjectName(u"homeSubtitle"_s);
    Theme::setRole(m_subtitle, "subtitle");
    m_subtitle->setParent(content);
    m_subtitle->setTextInteractionFlags(Qt::NoTextInteraction);
    m_error->setObjectName(u"homeError"_s);
    Theme::setRole(m_error, "error");
    m_error->setParent(content);
    m_error->setWordWrap(true);
    m_error->hide();

    createCards(content);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(14);
    layOutCards(4);

    auto *panels = new QHBoxLayout;
    panels->setSpacing(14);
    panels->addWidget(createTaskPanel(content), 3);
    panels->addWidget(createRecentPanel(content), 2);

    auto *playbookPanels = new QHBoxLayout;
    playbookPanels->setSpacing(14);
    playbookPanels->addWidget(createPlaybookPanel(content), 3);
    playbookPanels->addWidget(createNotificationPanel(content), 2);

    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(m_greeting);
    titleColumn->addWidget(m_subtitle);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(16);
    layout->addLayout(titleColumn);
    layout->addWidget(m_error);
    layout->addLayout(m_grid);
    layout->addLayout(panels, 1);
    layout->addLayout(playbookPanels, 1);
    scroll->setWidget(content);
    return scroll;
}

void HomeView::createCards(QWidget *parent)
{
    struct Spec
    {
        Figure figure;
        const char *name;
        FigureCard::Tone tone;
        QIcon glyph;
    };
    const QList<Spec> specs = {
        { Figure::Accounts, "figureAccounts", FigureCard::Tone::Neutral, Icons::accounts(Theme::accent()) },
        { Figure::Renewals30, "figureRenewals30", FigureCard::Tone::Warning,
          HomeIcons::calendar(Theme::warning()) },
        { Figure::Renewals90, "figureRenewals90", FigureCard::Tone::Neutral,
          HomeIcons::calendar(Theme::accent()) },
        { Figure::Renewals180, "figureRenewals180", FigureCard::Tone::Neutral,
          HomeIcons::calendar(Theme::accent()) },
        { Figure::OverdueRenewals, "figureOverdueRenewals", FigureCard::Tone::Danger,
          HomeIcons::alert(Theme::danger()) },
        { Figure::NotTouched, "figureNotTouched", FigureCard::Tone::Warning,
          HomeIcons::quiet(Theme::warning()) },
        { Figure::OverdueTasks, "figureOverdueTasks", FigureCard::Tone::Danger,
          HomeIcons::taskOverdue(Theme::danger()) },
        { Figure::TasksDueToday, "figureTasksDueToday", FigureCard::Tone::Accent,
          HomeIcons::taskToday(Theme::accent()) },
    };
    for (const Spec &spec : specs) {
        auto *card = new FigureCard(parent);
        card->setObjectName(QString::fromLatin1(spec.name));
        card->setTone(spec.tone);
        card->setGlyph(spec.glyph);
        card->setCaption(figureTitle(spec.figure));
        card->setValue(u"—"_s);
        const Figure figure = spec.figure;
        connect(card, &FigureCard::clicked, this, [this, figure] { openFigure(figure); });
        m_cards.append(card);
    }
}

QWidget *HomeView::createTaskPanel(QWidget *parent)
{
    QFrame *frame = panelFrame(parent);
    frame->setObjectName(u"homeTaskPanel"_s);
    auto *heading = new QLabel(tr("Tasks"), frame);
    Theme::setRole(heading, "heading");
    m_taskCaption = new QLabel(frame);
    m_taskCaption->setObjectName(u"homeTaskCaption"_s);
    Theme::setRole(m_taskCaption, "muted");

    m_taskView = new QTableView(frame);
    m_taskView->setObjectName(u"homeTasks"_s);
    m_taskView->setModel(m_taskModel);
    m_taskView->setItemDelegate(new HomeTaskDelegate(m_taskView));
    m_taskView->setFrameShape(QFrame::NoFrame);
    m_taskView->setShowGrid(false);
    m_taskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_taskView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_taskView->setWordWrap(false);
    m_taskView->setTextElideMode(Qt::ElideRight);
    m_taskView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_taskView->verticalHeader()->hide();
    m_taskView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_taskView->verticalHeader()->setDefaultSectionSize(34);
    m_taskView->setToolTip(tr("Space ticks the selected task off; Enter opens its account"));
    QHeaderView *header = m_taskView->horizontalHeader();
    // Tick box, task, due, account: clear without a header row, which the card saves.
    header->hide();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TaskListModel::Done, QHeaderView::Fixed);
    header->setSectionResizeMode(TaskListModel::Title, QHeaderView::Stretch);
    header->resizeSection(TaskListModel::Done, 44);
    header->resizeSection(TaskListModel::Due, 110);
    header->resizeSection(TaskListModel::Account, 190);
    header->resizeSection(TaskListModel::Owner, 130);
    m_taskView->installEventFilter(this);
    connect(m_taskView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString account = index.data(TaskListModel::AccountIdRole).toString();
        if (!account.isEmpty())
            Q_EMIT accountRequested(account);
    });

    auto *empty = new QLabel(tr("Nothing overdue or due today."), frame);
    empty->setObjectName(u"homeTasksEmpty"_s);
    empty->setAlignment(Qt::AlignCenter);
    Theme::setRole(empty, "muted");
    m_taskPages = new QStackedWidget(frame);
    m_taskPages->addWidget(m_taskView);
    m_taskPages->addWidget(empty);
    auto *hint = new QLabel(tr("Space ticks the selected task off · Enter opens its account"), frame);
    hint->setObjectName(u"homeTasksHint"_s);
    Theme::setRole(hint, "muted");

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addSpacing(8);
    headingRow->addWidget(m_taskCaption, 0, Qt::AlignBottom);
    headingRow->addStretch();
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(8);
    layout->addLayout(headingRow);
    layout->addWidget(m_taskPages, 1);
    layout->addWidget(hint);
    frame->setMinimumHeight(220);
    return frame;
}

QWidget *HomeView::createRecentPanel(QWidget *parent)
{
    QFrame *frame = panelFrame(parent);
    frame->setObjectName(u"homeRecentPanel"_s);
    auto *heading = new QLabel(tr("Recent activity"), frame);
    Theme::setRole(heading, "heading");
    m_recentCaption = new QLabel(frame);
    Theme::setRole(m_recentCaption, "muted");

    m_recent = new QListWidget(frame);
    m_recent->setObjectName(u"homeRecent"_s);
    m_recent->setItemDelegate(new ActivityItemDelegate(m_recent));
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->setMouseTracking(true);
    m_recent->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recent->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setUniformItemSizes(true);
    m_recent->setStyleSheet(
        u"QListWidget#homeRecent { background: transparent; border: none; outline: 0; }"_s);
    m_recent->setToolTip(tr("Enter or double-click opens the account"));
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString account = item->data(ActivityItemDelegate::AccountIdRole).toString();
        if (!account.isEmpty())
            Q_EMIT accountRequested(account);
    });

    auto *empty = new QLabel(tr("No calls, emails, meetings or notes yet."), frame);
    empty->setObjectName(u"homeRecentEmpty"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    Theme::setRole(empty, "muted");
    m_recentPages = new QStackedWidget(frame);
    m_recentPages->addWidget(m_recent);
    m_recentPages->addWidget(empty);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addSpacing(8);
    headingRow->addWidget(m_recentCaption, 0, Qt::AlignBottom);
    headingRow->addStretch();
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 14, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(headingRow);
    layout->addWidget(m_recentPages, 1);
    frame->setMinimumHeight(220);
    return frame;
}

QWidget *HomeView::createPlaybookPanel(QWidget *parent)
{
    QFrame *frame = panelFrame(parent);
    frame->setObjectName(u"homePlaybookPanel"_s);
    auto *heading = new QLabel(tr("Playbook steps"), frame);
    Theme::setRole(heading, "heading");
    m_playbookCaption = new QLabel(frame);
    m_playbookCaption->setObjectName(u"homePlaybookCaption"_s);
    Theme::setRole(m_playbookCaption, "muted");

    m_playbookSteps = new QTreeWidget(frame);
    m_playbookSteps->setObjectName(u"homePlaybookSteps"_s);
    PlaybookStepsDialog::setUpList(m_playbookSteps);
    m_playbookSteps->setFrameShape(QFrame::NoFrame);
    m_playbookSteps->setAccessibleName(tr("Playbook steps"));
    m_playbookSteps->setToolTip(tr("Enter or double-click opens the account"));
    connect(m_playbookSteps, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString account
            = item->data(PlaybookStepsDialog::Account, PlaybookStepsDialog::AccountIdRole).toString();
        if (!account.isEmpty())
            Q_EMIT accountRequested(account);
    });

    auto *empty = new QLabel(
        tr("No playbook step overdue or due in the next %n day(s).", nullptr, playbookDays), frame);
    empty->setObjectName(u"homePlaybookEmpty"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    Theme::setRole(empty, "muted");
    m_playbookPages = new QStackedWidget(frame);
    m_playbookPages->addWidget(m_playbookSteps);
    m_playbookPages->addWidget(empty);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addSpacing(8);
    headingRow->addWidget(m_playbookCaption, 0, Qt::AlignBottom);
    headingRow->addStretch();
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(8);
    layout->addLayout(headingRow);
    layout->addWidget(m_playbookPages, 1);
    frame->setMinimumHeight(200);
    return frame;
}

QWidget *HomeView::createNotificationPanel(QWidget *parent)
{
    QFrame *frame = panelFrame(parent);
    frame->setObjectName(u"homeNotificationPanel"_s);
    m_notificationPanel = frame;
    auto *heading = new QLabel(tr("Notifications"), frame);
    Theme::setRole(heading, "heading");
    m_notificationCaption = new QLabel(frame);
    m_notificationCaption->setObjectName(u"homeNotificationCaption"_s);
    Theme::setRole(m_notificationCaption, "muted");
    m_markAllRead = new QPushButton(tr("Mark all read"), frame);
    m_markAllRead->setObjectName(u"homeMarkAllRead"_s);
    connect(m_markAllRead, &QPushButton::clicked, this, [this] {
        NotificationStore store(m_db);
        store.markAllRead(m_workspace.userId());
        readPlaybooks();
    });

    m_notifications = new QListWidget(frame);
    m_notifications->setObjectName(u"homeNotifications"_s);
    m_notifications->setFrameShape(QFrame::NoFrame);
    m_notifications->setWordWrap(true);
    m_notifications->setSpacing(4);
    m_notifications->setStyleSheet(
        u"QListWidget#homeNotifications { background: transparent; border: none; }"
        " QListWidget#homeNotifications::item { padding: 4px 2px; border-bottom: 1px solid palette(midlight); }"_s);
    m_notifications->setSelectionMode(QAbstractItemView::SingleSelection);
    m_notifications->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_notifications->setAccessibleName(tr("Notifications"));
    m_notifications->setToolTip(tr("Enter or double-click marks it read and opens the account"));
    connect(m_notifications, &QListWidget::itemActivated, this, &HomeView::activateNotification);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addSpacing(8);
    headingRow->addWidget(m_notificationCaption, 0, Qt::AlignBottom);
    headingRow->addStretch();
    headingRow->addWidget(m_markAllRead);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(8);
    layout->addLayout(headingRow);
    layout->addWidget(m_notifications, 1);
    frame->setMinimumHeight(200);
    frame->hide();
    return frame;
}

void HomeView::readPlaybooks()
{
    PlaybookStore store(m_db, m_workspace.userId());
    store.setToday(today());
    PlaybookStore::Query query;
    query.scope = m_workspace.scope();
    query.userId = m_workspace.userId();
    query.dueOnOrBefore = today().addDays(playbookDays);
    query.limit = 200;
    const QList<PlaybookStore::DueStep> steps = store.dueSteps(query);
    PlaybookStepsDialog::fill(m_playbookSteps, steps, today());
    const auto overdue = std::count_if(steps.cbegin(), steps.cend(),
                                       [](const PlaybookStore::DueStep &s) { return s.overdue; });
    QStringList parts;
    if (overdue > 0)
        parts << tr("%n overdue", nullptr, int(overdue));
    if (steps.size() > overdue)
        parts << tr("%n due within a week", nullptr, int(steps.size() - overdue));
    if (!store.lastError().isEmpty() && steps.isEmpty())
        parts = QStringList { tr("Could not read the playbooks: %1").arg(store.lastError()) };
    m_playbookCaption->setText(parts.join(u" · "_s));
    m_playbookPages->setCurrentIndex(steps.isEmpty() ? 1 : 0);

    // What the rules told the user (a manager: "NPS 3 from Acme — risk rescue started").
    NotificationStore notifications(m_db);
    QList<NotificationStore::Notification> list = m_workspace.userId().isEmpty()
        ? QList<NotificationStore::Notification>()
        : notifications.list(m_workspace.userId(), false, 50);
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return !a.isRead() && b.isRead(); });
    const QString current = m_notifications->currentItem()
        ? m_notifications->currentItem()->data(Qt::UserRole).toString()
        : QString();
    m_notifications->clear();
    int unread = 0;
    for (const NotificationStore::Notification &n : std::as_const(list)) {
        auto *item = new QListWidgetItem(m_notifications);
        const QString when = HomeFormat::relativeTime(n.createdAt, QDateTime::currentDateTimeUtc());
        item->setText(n.text() + u"  ·  "_s + when);
        item->setData(Qt::UserRole, n.id);
        item->setData(Qt::UserRole + 1, n.accountId);
        item->setToolTip(n.isRead() ? n.text() : tr("Unread: %1").arg(n.text()));
        if (!n.isRead()) {
            ++unread;
            QFont font = item->font();
            font.setWeight(QFont::DemiBold);
            item->setFont(font);
        } else {
            item->setForeground(Theme::mutedText());
        }
        if (n.id == current)
            m_notifications->setCurrentItem(item);
    }
    m_notificationCaption->setText(unread > 0 ? tr("%n unread", nullptr, unread) : tr("all read"));
    m_markAllRead->setEnabled(unread > 0);
    m_notificationPanel->setVisible(!list.isEmpty());
}

void HomeView::activateNotification(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const QString account = item->data(Qt::UserRole + 1).toString();
    NotificationStore store(m_db);
    store.markRead(id);
    readPlaybooks();
    if (!account.isEmpty())
        Q_EMIT accountRequested(account);
}

void HomeView::layOutCards(int columns)
{
    if (columns == m_cardColumns)
        return;
    m_cardColumns = columns;
    for (FigureCard *card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    for (int i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards.at(i), i / columns, i % columns);
    for (int column = 0; column < 4; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}

void HomeView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Four cards a row where they fit, else two: a card never squeezes its number.
    layOutCards(width() >= 900 ? 4 : 2);
}

void HomeView::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    m_taskModel->setToday(today);
    readSummary();
}

QDate HomeView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

bool HomeView::isLoading() const
{
    return m_job->isRunning();
}

FigureCard *HomeView::card(Figure figure) const
{
    const int i = indexOf(figure);
    return i >= 0 && i < m_cards.size() ? m_cards.at(i) : nullptr;
}

void HomeView::reload()
{
    m_taskModel->reload();
    readSummary();
}

void HomeView::readSummary()
{
    // Which page: the figures need accounts, and someone whose book they are.
    QWidget *page = m_dashboard;
    if (!HomeSummary::cacheHasAccounts(m_db.connection()))
        page = m_noData;
    else if (m_workspace.userId().isEmpty())
        page = m_chooseUser;
    m_pages->setCurrentWidget(page);
    updateHeader();
    if (page == m_dashboard)
        readPlaybooks();
    m_taskView->setColumnHidden(TaskListModel::Owner, m_workspace.scope() == Workspace::Scope::MyBook);
    if (page != m_dashboard)
        return;

    HomeSummary::Options options;
    options.scope = m_workspace.scope();
    options.userId = m_workspace.userId();
    options.today = m_today;
    options.recentLimit = recentLimit;
    m_sinceRead.start();
    m_job->start(options);
}

void HomeView::showSummary(const HomeSummary &summary)
{
    m_summary = summary;
    m_haveSummary = true;
    m_shownDay = summary.today;
    m_error->setVisible(!summary.isValid());
    if (!summary.isValid())
        m_error->setText(tr("Home could not read the cache: %1").arg(summary.error));

    for (int i = 0; i < indexOf(Figure::Count); ++i) {
        const auto figure = Figure(i);
        FigureCard *card = m_cards.at(i);
        int count = 0;
        QString detail;
        QString tooltip;
        if (const HomeSummary::Figure *f = accountFigure(figure)) {
            count = f->count;
            detail = arrText(*f);
            tooltip = arrTooltip(*f);
            if (count > 0 && detail.isEmpty())
                detail = tr("No ARR recorded");
        } else {
            count = figure == Figure::OverdueTasks ? summary.overdueTasks : summary.tasksDueToday;
        }
        if (count == 0) {
            switch (figure) {
            case Figure::Accounts:
                detail = tr("None in this scope");
                break;
            case Figure::OverdueRenewals:
                detail = tr("Nothing overdue");
                break;
            case Figure::NotTouched:
                detail = tr("Every account touched");
                break;
            case Figure::OverdueTasks:
                detail = tr("All caught up");
                break;
            case Figure::TasksDueToday:
                detail = tr("Nothing due today");
                break;
            default:
                detail = tr("None due");
                break;
            }
        } else if (figure == Figure::OverdueTasks) {
            detail = tr("Open past their due date");
        } else if (figure == Figure::TasksDueToday) {
            detail = tr("Open, due today");
        }
        card->setValue(summary.isValid() ? HomeFormat::count(count) : u"—"_s);
        card->setDetail(summary.isValid() ? detail : QString());
        card->setActive(count > 0);
        if (!tooltip.isEmpty())
            card->setToolTip(tooltip);
    }

    m_recent->clear();
    for (const HomeSummary::Activity &a : summary.recent) {
        auto *item = new QListWidgetItem(a.accountName.isEmpty() ? a.accountId : a.accountName, m_recent);
        item->setData(ActivityItemDelegate::AccountIdRole, a.accountId);
        item->setData(ActivityItemDelegate::KindRole, a.type);
        const QString kindLabel = a.type.isEmpty() ? tr("Activity") : CrmFormat::codeLabel(a.type);
        item->setData(ActivityItemDelegate::KindLabelRole,
                      a.source == HomeSummary::Activity::Source::Note && a.type != "note"_L1
                          ? tr("%1 note").arg(kindLabel)
                          : kindLabel);
        item->setData(ActivityItemDelegate::SubjectRole, a.subject);
        // "Who" says something only when it is not the reader themself.
        item->setData(ActivityItemDelegate::WhoRole, a.who == m_workspace.userName() ? QString() : a.who);
        item->setData(ActivityItemDelegate::WhenRole, a.when);
        item->setData(ActivityItemDelegate::IsNoteRole, a.source == HomeSummary::Activity::Source::Note);
        QStringList tip { a.accountName, kindLabel, a.subject, a.who, CrmFormat::dateTime(a.when) };
        tip.removeAll(QString());
        item->setToolTip(tip.join(u'\n'));
    }
    m_recentPages->setCurrentIndex(summary.recent.isEmpty() ? 1 : 0);
    updateHeader();
    updateTaskPanel();
    Q_EMIT summaryShown();
}

void HomeView::updateHeader()
{
    const int hour = QTime::currentTime().hour();
    const QString name = m_workspace.userName();
    QString greeting;
    if (hour >= 5 && hour < 12)
        greeting = name.isEmpty() ? tr("Good morning") : tr("Good morning, %1").arg(name);
    else if (hour >= 12 && hour < 18)
        greeting = name.isEmpty() ? tr("Good afternoon") : tr("Good afternoon, %1").arg(name);
    else
        greeting = name.isEmpty() ? tr("Good evening") : tr("Good evening, %1").arg(name);
    m_greeting->setText(greeting);

    QStringList parts { QLocale().toString(today(), QLocale::LongFormat),
                        Workspace::scopeLabel(m_workspace.scope()) };
    if (m_haveSummary && m_summary.isValid()) {
        parts << tr("%n account(s)", nullptr, m_summary.accounts.count);
        if (m_summary.churnedAccounts > 0)
            parts << tr("%n churned left out", nullptr, m_summary.churnedAccounts);
    }
    m_subtitle->setText(parts.join(u"  ·  "_s));
    m_cards.at(indexOf(Figure::Accounts))->setCaption(figureTitle(Figure::Accounts));
    m_subtitle->setToolTip(m_summary.churnedAccounts > 0 ? tr(
                               "Churned accounts (lifecycle stage “churned”) are not counted in the figures.")
                                                         : QString());
    m_recentCaption->setText(m_workspace.scope() == Workspace::Scope::MyBook ? tr("in your book")
                                 : m_workspace.scope() == Workspace::Scope::MyTeam
                                 ? tr("in your team")
                                 : tr("across all accounts"));
}

void HomeView::updateTaskPanel()
{
    const int overdue = m_taskModel->overdueCount();
    const int dueToday = m_taskModel->dueTodayCount();
    QStringList parts;
    if (overdue > 0)
        parts << tr("%n overdue", nullptr, overdue);
    if (dueToday > 0)
        parts << tr("%n due today", nullptr, dueToday);
    if (parts.isEmpty() && m_taskModel->rowCount() > 0)
        parts << tr("all done");
    m_taskCaption->setText(parts.join(u" · "_s));
    m_taskPages->setCurrentIndex(m_taskModel->rowCount() == 0 ? 1 : 0);
}

QString HomeView::figureTitle(Figure figure) const
{
    switch (figure) {
    case Figure::Accounts:
        switch (m_workspace.scope()) {
        case Workspace::Scope::MyBook:
            return tr("Accounts in my book");
        case Workspace::Scope::MyTeam:
            return tr("Accounts in my team");
        case Workspace::Scope::All:
            break;
        }
        return tr("All accounts");
    case Figure::Renewals30:
        return tr("Renewals in 30 days");
    case Figure::Renewals90:
        return tr("Renewals in 90 days");
    case Figure::Renewals180:
        return tr("Renewals in 180 days");
    case Figure::OverdueRenewals:
        return tr("Overdue renewals");
    case Figure::NotTouched:
        return tr("Not touched in 30 days");
    case Figure::OverdueTasks:
        return tr("Overdue tasks");
    case Figure::TasksDueToday:
        return tr("Tasks due today");
    case Figure::Count:
        break;
    }
    return {};
}

const HomeSummary::Figure *HomeView::accountFigure(Figure figure) const
{
    switch (figure) {
    case Figure::Accounts:
        return &m_summary.accounts;
    case Figure::Renewals30:
        return &m_summary.renewals[0];
    case Figure::Renewals90:
        return &m_summary.renewals[1];
    case Figure::Renewals180:
        return &m_summary.renewals[2];
    case Figure::OverdueRenewals:
        return &m_summary.overdueRenewals;
    case Figure::NotTouched:
        return &m_summary.notTouched;
    default:
        return nullptr;
    }
}

void HomeView::openFigure(Figure figure)
{
    if (figure == Figure::OverdueTasks || figure == Figure::TasksDueToday) {
        // Tasks are not accounts: their list is right here.
        focusTasks(figure == Figure::OverdueTasks);
        return;
    }
    if (!m_haveSummary || !m_summary.isValid())
        return;
    if (const HomeSummary::Figure *f = accountFigure(figure))
        Q_EMIT accountsRequested(f->filter, figureTitle(figure));
}

void HomeView::focusTasks(bool overdue)
{
    const int role = overdue ? TaskListModel::OverdueRole : TaskListModel::DueTodayRole;
    for (int row = 0; row < m_taskModel->rowCount(); ++row) {
        const QModelIndex index = m_taskModel->index(row, TaskListModel::Title);
        if (index.data(role).toBool()) {
            m_taskView->setCurrentIndex(index);
            m_taskView->scrollTo(index);
            break;
        }
    }
    m_taskView->setFocus(Qt::OtherFocusReason);
}

void HomeView::tick()
{
    m_recent->viewport()->update();
    if (!m_today.isValid() && m_haveSummary && m_shownDay != QDate::currentDate()) {
        m_taskModel->reload();
        readSummary();
    }
}

bool HomeView::eventFilter(QObject *watched, QEvent *event)
{
    // Space ticks the current task off (or back on) wherever the row's focus is.
    if (watched == m_taskView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_taskView->currentIndex();
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier && current.isValid()) {
            const QModelIndex done = m_taskModel->index(current.row(), TaskListModel::Done);
            const bool isDone = done.data(TaskListModel::DoneRole).toBool();
            m_taskModel->setData(done, int(isDone ? Qt::Unchecked : Qt::Checked), Qt::CheckStateRole);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HomeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Notes and tasks written elsewhere since: the figures follow when Home comes back.
    if (m_sinceRead.isValid() && m_sinceRead.elapsed() > refreshOnShowMs)
        reload();
}
