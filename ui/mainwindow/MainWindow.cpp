#include "MainWindow.h"

#include "CacheStatusBar.h"
#include "NavigationSidebar.h"
#include "account360/Account360View.h"
#include "accounts/AccountFilter.h"
#include "accounts/AccountsView.h"
#include "common/Icons.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "dashboard/DashboardView.h"
#include "health/HealthRefreshJob.h"
#include "home/HomeView.h"
#include "identity/UserPickerDialog.h"
#include "import/ImportReport.h"
#include "importer/ImportDialog.h"
#include "itemmodels/AccountListModel.h"
#include "playbooks/PlaybookPanel.h"
#include "qbr/QbrView.h"
#include "search/GlobalSearchPopup.h"
#include "settings/SettingsDialog.h"
#include "store/CacheBackup.h"
#include "store/Database.h"
#include "sync/SyncView.h"
#include "team/TeamView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const auto geometryKey = "MainWindow/geometry"_L1;
const auto stateKey = "MainWindow/state"_L1;
const auto viewKey = "MainWindow/view"_L1;
const auto openAccountsKey = "MainWindow/openAccounts"_L1;

const QString accountPrefix = u"account:"_s;

QString accountIdOf(const QString &viewId)
{
    return viewId.startsWith(accountPrefix) ? viewId.mid(accountPrefix.size()) : QString();
}

} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_workspace(new Workspace(this))
    , m_sidebar(new NavigationSidebar(this))
    , m_views(new QStackedWidget(this))
    , m_status(new CacheStatusBar(db.connection(), this))
    , m_search(new GlobalSearchPopup(db, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(u"Pitwall"_s);
    setWindowIcon(Icons::application());
    setMinimumSize(960, 600);

    {
        QSettings settings;
        m_workspace->load(settings);
    }
    m_home = new HomeView(db, *m_workspace, this);
    m_accounts = new AccountsView(db, *m_workspace, this);
    m_dashboard = new DashboardView(db, *m_workspace, this);
    m_team = new TeamView(db, *m_workspace, this);
    m_qbr = new QbrView(db, *m_workspace, this);
    m_sync = new SyncView(db, *m_workspace, this);

    createActions();

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(createHeader());
    contentLayout->addWidget(m_views, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(content, 1);
    setCentralWidget(central);
    setStatusBar(m_status);

    createMenus();

    addView(homeViewId, Icons::home(Theme::sidebarText()), tr("Home"), m_home);
    addView(accountsViewId, Icons::accounts(Theme::sidebarText()), tr("Accounts"), m_accounts);
    addView(dashboardViewId, Icons::dashboard(Theme::sidebarText()), tr("Dashboard"), m_dashboard);
    addView(teamViewId, Icons::team(Theme::sidebarText()), tr("Team"), m_team);
    addView(qbrViewId, Icons::qbr(Theme::sidebarText()), tr("QBR"), m_qbr);
    addView(syncViewId, Icons::refresh(Theme::sidebarText()), tr("Sync"), m_sync);
    connect(m_sidebar, &NavigationSidebar::currentIdChanged, this, &MainWindow::showView);
    connect(m_sidebar, &NavigationSidebar::closeRequested, this,
            [this](const QString &id) { closeAccount(accountIdOf(id)); });

    connect(m_home, &HomeView::accountsRequested, this,
            [this](const AccountFilter &filter) { showAccounts(filter); });
    connect(m_home, &HomeView::accountRequested, this, &MainWindow::openAccount);
    connect(m_home, &HomeView::chooseUserRequested, this, &MainWindow::chooseUser);
    connect(m_home, &HomeView::importRequested, this, &MainWindow::openImportDialog);
    connect(m_home, &HomeView::demoDataRequested, this, &MainWindow::loadDemoData);
    connect(m_dashboard, &DashboardView::accountsRequested, this,
            [this](const AccountFilter &filter) { showAccounts(filter); });
    connect(m_team, &TeamView::accountsRequested, this,
            [this](const AccountFilter &filter) { showAccounts(filter); });
    connect(m_team, &TeamView::accountRequested, this, &MainWindow::openAccount);
    connect(m_qbr, &QbrView::accountRequested, this, &MainWindow::openAccount);
    connect(m_qbr, &QbrView::importRequested, this, &MainWindow::openImportDialog);
    connect(m_qbr, &QbrView::demoDataRequested, this, &MainWindow::loadDemoData);
    connect(m_sync, &SyncView::accountRequested, this, &MainWindow::openAccount);
    connect(m_sync, &SyncView::dataChanged, this, &MainWindow::refresh);
    connect(m_sync, &SyncView::syncFinished, this, [this](const SyncReport &report) {
        m_status->refresh();
        // A pull that imported is a new restore point, like an import.
        if (report.importRan && report.import.ok())
            startBackup();
    });
    connect(m_accounts, &AccountsView::accountActivated, this, &MainWindow::openAccount);
    connect(m_accounts, &AccountsView::importRequested, this, &MainWindow::openImportDialog);
    connect(m_accounts, &AccountsView::demoDataRequested, this, &MainWindow::loadDemoData);
    connect(m_accounts, &AccountsView::countsChanged, this, &MainWindow::updateStatus);
    connect(m_search, &GlobalSearchPopup::accountChosen, this, &MainWindow::openAccount);
    connect(m_workspace, &Workspace::userChanged, this, &MainWindow::updateUserButton);
    connect(m_workspace, &Workspace::userChanged, this, &MainWindow::updateScopeSelector);
    connect(m_workspace, &Workspace::scopeChanged, this, &MainWindow::updateScopeSelector);

    restoreSettings();
    updateUserButton();
    updateScopeSelector();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_importAction = new QAction(Icons::importData(Theme::text()), tr("&Import…"), this);
    m_importAction->setObjectName(u"actionImport"_s);
    m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_importAction->setStatusTip(tr("Import a central CRM export from a folder or a .zip"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::openImportDialog);

    m_demoAction = new QAction(Icons::demoData(Theme::text()), tr("Load &demo data…"), this);
    m_demoAction->setObjectName(u"actionLoadDemoData"_s);
    m_demoAction->setStatusTip(tr("Fill the cache with a fictional company's book of business"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::loadDemoData);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"actionQuit"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(Icons::refresh(Theme::text()), tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"actionRefresh"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Read the cache again"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_aboutAction = new QAction(tr("&About Pitwall"), this);
    m_aboutAction->setObjectName(u"actionAbout"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_backAction = new QAction(Icons::back(Theme::text()), tr("&Back"), this);
    m_backAction->setObjectName(u"actionBack"_s);
    m_backAction->setShortcuts(QKeySequence::Back);
    m_backAction->setToolTip(
        tr("Back (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);

    m_forwardAction = new QAction(Icons::forward(Theme::text()), tr("&Forward"), this);
    m_forwardAction->setObjectName(u"actionForward"_s);
    m_forwardAction->setShortcuts(QKeySequence::Forward);
    m_forwardAction->setToolTip(
        tr("Forward (%1)").arg(QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)));
    connect(m_forwardAction, &QAction::triggered, this, &MainWindow::goForward);

    m_searchAction = new QAction(Icons::search(Theme::text()), tr("&Search Accounts and Contacts…"), this);
    m_searchAction->setObjectName(u"actionGlobalSearch"_s);
    m_searchAction->setShortcut(Qt::CTRL | Qt::Key_K);
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::openGlobalSearch);

    m_closeAccountAction = new QAction(tr("&Close Account"), this);
    m_closeAccountAction->setObjectName(u"actionCloseAccount"_s);
    m_closeAccountAction->setShortcut(QKeySequence::Close);
    connect(m_closeAccountAction, &QAction::triggered, this, &MainWindow::closeCurrentAccount);

    // Call mode on the current account's open playbook.
    m_callModeAction = new QAction(tr("Playbook &Call Mode"), this);
    m_callModeAction->setObjectName(u"actionCallMode"_s);
    m_callModeAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    m_callModeAction->setStatusTip(tr("A compact checklist window for a live call with this account"));
    connect(m_callModeAction, &QAction::triggered, this, [this] {
        if (auto *view = qobject_cast<Account360View *>(m_views->currentWidget()))
            view->playbookPanel()->openCallMode();
    });

    m_homeAction = new QAction(Icons::home(Theme::text()), tr("&Home"), this);
    m_homeAction->setObjectName(u"actionHome"_s);
    m_homeAction->setShortcut(Qt::ALT | Qt::Key_Home);
    connect(m_homeAction, &QAction::triggered, this, [this] { showView(homeViewId); });

    m_accountsAction = new QAction(Icons::accounts(Theme::text()), tr("&Accounts"), this);
    m_accountsAction->setObjectName(u"actionAccounts"_s);
    m_accountsAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    connect(m_accountsAction, &QAction::triggered, this, [this] { showView(accountsViewId); });

    m_dashboardAction = new QAction(Icons::dashboard(Theme::text()), tr("&Dashboard"), this);
    m_dashboardAction->setObjectName(u"actionDashboard"_s);
    m_dashboardAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    connect(m_dashboardAction, &QAction::triggered, this, [this] { showView(dashboardViewId); });

    m_teamAction = new QAction(Icons::team(Theme::text()), tr("&Team"), this);
    m_teamAction->setObjectName(u"actionTeam"_s);
    m_teamAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    connect(m_teamAction, &QAction::triggered, this, [this] { showView(teamViewId); });

    m_qbrAction = new QAction(Icons::qbr(Theme::text()), tr("&QBR Builder"), this);
    m_qbrAction->setObjectName(u"actionQbr"_s);
    m_qbrAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Q);
    m_qbrAction->setStatusTip(tr("Prepare an account's quarterly business review"));
    connect(m_qbrAction, &QAction::triggered, this, [this] { showView(qbrViewId); });

    m_syncAction = new QAction(Icons::refresh(Theme::text()), tr("S&ync"), this);
    m_syncAction->setObjectName(u"actionSync"_s);
    m_syncAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Y);
    m_syncAction->setStatusTip(tr("The central location, the last sync and the conflicts"));
    connect(m_syncAction, &QAction::triggered, this, [this] { showView(syncViewId); });

    m_syncNowAction = new QAction(tr("&Sync Now"), this);
    m_syncNowAction->setObjectName(u"actionSyncNow"_s);
    m_syncNowAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_syncNowAction->setStatusTip(tr("Pull the newest central export and push your changes"));
    connect(m_syncNowAction, &QAction::triggered, this, [this] {
        showView(syncViewId);
        m_sync->syncNow();
    });

    m_recomputeHealthAction = new QAction(Icons::refresh(Theme::text()), tr("&Recompute Health"), this);
    m_recomputeHealthAction->setObjectName(u"actionRecomputeHealth"_s);
    m_recomputeHealthAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_recomputeHealthAction->setStatusTip(
        tr("Rescore every account's health and retrain the churn model from the data in the cache"));
    connect(m_recomputeHealthAction, &QAction::triggered, this, &MainWindow::recomputeHealth);

    m_chooseUserAction = new QAction(Icons::user(Theme::text()), tr("&Who Am I…"), this);
    m_chooseUserAction->setObjectName(u"actionChooseUser"_s);
    m_chooseUserAction->setStatusTip(tr("Choose which user in the cache you are"));
    connect(m_chooseUserAction, &QAction::triggered, this, &MainWindow::chooseUser);

    updateNavigationActions();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"menuFile"_s);
    file->addAction(m_importAction);
    file->addAction(m_syncNowAction);
    file->addAction(m_demoAction);
    file->addAction(m_recomputeHealthAction);
    if (QAction *exportAction = m_accounts->exportAction()) {
        file->addSeparator();
        file->addAction(exportAction);
    }
    file->addSeparator();
    file->addAction(m_closeAccountAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"menuEdit"_s);
    QAction *settings = edit->addAction(tr("&Settings…"));
    settings->setObjectName(u"actionSettings"_s);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setStatusTip(tr("Playbook templates and the rules that start them"));
    connect(settings, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(m_db, *m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(u"menuGo"_s);
    go->addAction(m_homeAction);
    go->addAction(m_accountsAction);
    go->addAction(m_dashboardAction);
    go->addAction(m_teamAction);
    go->addAction(m_qbrAction);
    go->addAction(m_syncAction);
    go->addSeparator();
    go->addAction(m_backAction);
    go->addAction(m_forwardAction);
    go->addSeparator();
    go->addAction(m_searchAction);
    go->addSeparator();
    go->addAction(m_callModeAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"menuView"_s);
    QMenu *scopeMenu = view->addMenu(tr("&Scope"));
    const QList<std::pair<Workspace::Scope, QKeySequence>> scopes = {
        { Workspace::Scope::MyBook, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1) },
        { Workspace::Scope::MyTeam, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2) },
        { Workspace::Scope::All, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3) },
    };
    for (const auto &[scope, keys] : scopes) {
        QAction *action = scopeMenu->addAction(Workspace::scopeLabel(scope));
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, [this, scope = scope] { requestScope(scope); });
        addAction(action);
    }
    view->addAction(m_chooseUserAction);
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    help->addAction(m_aboutAction);
}

QWidget *MainWindow::createHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(u"windowHeader"_s);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(12, 8, 16, 8);
    layout->setSpacing(6);

    auto toolButton = [header](QAction *action) {
        auto *button = new QToolButton(header);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setIconSize(QSize(18, 18));
        button->setFocusPolicy(Qt::TabFocus);
        return button;
    };
    layout->addWidget(toolButton(m_backAction));
    layout->addWidget(toolButton(m_forwardAction));
    layout->addSpacing(8);

    // Looks like a search field, opens the Ctrl+K search.
    auto *search = new QPushButton(Icons::search(Theme::mutedText()),
                                   tr("Search accounts and contacts…") + u"     "_s
                                       + m_searchAction->shortcut().toString(QKeySequence::NativeText),
                                   header);
    search->setObjectName(u"globalSearchButton"_s);
    search->setMinimumWidth(320);
    search->setFocusPolicy(Qt::TabFocus);
    connect(search, &QPushButton::clicked, this, &MainWindow::openGlobalSearch);
    layout->addWidget(search);
    layout->addStretch(1);

    m_scope = new QComboBox(header);
    m_scope->setObjectName(u"scopeSelector"_s);
    m_scope->setToolTip(tr("Which accounts every view shows (Ctrl+Alt+1, 2, 3)"));
    m_scope->addItem(Workspace::scopeLabel(Workspace::Scope::MyBook), int(Workspace::Scope::MyBook));
    m_scope->addItem(Workspace::scopeLabel(Workspace::Scope::MyTeam), int(Workspace::Scope::MyTeam));
    m_scope->addItem(Workspace::scopeLabel(Workspace::Scope::All), int(Workspace::Scope::All));
    connect(m_scope, &QComboBox::activated, this, [this](int index) {
        requestScope(static_cast<Workspace::Scope>(m_scope->itemData(index).toInt()));
        updateScopeSelector(); // until the user is chosen, the selector shows what applies
    });
    layout->addWidget(m_scope);

    m_userButton = new QToolButton(header);
    m_userButton->setObjectName(u"userButton"_s);
    m_userButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_userButton->setAutoRaise(true);
    m_userButton->setIcon(Icons::user(Theme::text()));
    m_userButton->setIconSize(QSize(20, 20));
    m_userButton->setFocusPolicy(Qt::TabFocus);
    connect(m_userButton, &QToolButton::clicked, this, &MainWindow::chooseUser);
    layout->addWidget(m_userButton);
    return header;
}

void MainWindow::addView(const QString &id, const QIcon &icon, const QString &title, QWidget *view)
{
    Q_ASSERT(!m_viewsById.contains(id));
    view->setObjectName(id + u"View"_s);
    m_viewsById.insert(id, view);
    m_views->addWidget(view);
    m_sidebar->addEntry(id, icon, title);
}

QString MainWindow::currentViewId() const
{
    return m_viewsById.key(m_views->currentWidget());
}

Account360View *MainWindow::accountView(const QString &accountId) const
{
    return m_accountViews.value(accountId);
}

QStringList MainWindow::openAccountIds() const
{
    QStringList ids;
    for (const QString &id : m_sidebar->documentIds())
        ids << accountIdOf(id);
    return ids;
}

ImportDialog *MainWindow::importDialog() const
{
    return m_importDialog;
}

void MainWindow::showView(const QString &id)
{
    navigate(id, true);
}

void MainWindow::navigate(const QString &id, bool record)
{
    QWidget *target = m_viewsById.value(id);
    if (!target)
        return;
    if (record && currentViewId() != id) {
        // A new visit drops the forward history, as in a browser.
        if (m_historyIndex + 1 < m_history.size())
            m_history.resize(m_historyIndex + 1);
        m_history.append(id);
        m_historyIndex = m_history.size() - 1;
    } else if (record && m_history.isEmpty()) {
        m_history.append(id);
        m_historyIndex = 0;
    }
    m_views->setCurrentWidget(target);
    m_sidebar->setCurrentId(id);
    // Ctrl+E exports what is on screen (the team, a QBR): the account list's File-menu
    // entry, reachable from every view, holds the shortcut only while the list shows.
    if (QAction *exportAccounts = m_accounts->exportAction())
        exportAccounts->setShortcut(id == accountsViewId ? QKeySequence(Qt::CTRL | Qt::Key_E)
                                                         : QKeySequence());
    if (const QString accountId = accountIdOf(id); !accountId.isEmpty()) {
        m_recentAccounts.removeAll(accountId);
        m_recentAccounts.append(accountId);
        setWindowTitle(tr("%1 — Pitwall")
                           .arg(m_sidebar->list()->currentItem() ? m_sidebar->list()->currentItem()->text()
                                                                 : accountId));
    } else {
        setWindowTitle(u"Pitwall"_s);
    }
    updateNavigationActions();
}

void MainWindow::goBack()
{
    while (m_historyIndex > 0) {
        --m_historyIndex;
        if (m_viewsById.contains(m_history.at(m_historyIndex))) {
            navigate(m_history.at(m_historyIndex), false);
            return;
        }
    }
    updateNavigationActions();
}

void MainWindow::goForward()
{
    while (m_historyIndex + 1 < m_history.size()) {
        ++m_historyIndex;
        if (m_viewsById.contains(m_history.at(m_historyIndex))) {
            navigate(m_history.at(m_historyIndex), false);
            return;
        }
    }
    updateNavigationActions();
}

void MainWindow::updateNavigationActions()
{
    auto reachable = [this](qsizetype from, qsizetype step) {
        for (qsizetype i = from + step; i >= 0 && i < m_history.size(); i += step) {
            if (m_viewsById.contains(m_history.at(i)))
                return true;
        }
        return false;
    };
    m_backAction->setEnabled(reachable(m_historyIndex, -1));
    m_forwardAction->setEnabled(reachable(m_historyIndex, +1));
    m_closeAccountAction->setEnabled(!accountIdOf(currentViewId()).isEmpty());
    m_callModeAction->setEnabled(!accountIdOf(currentViewId()).isEmpty());
}

void MainWindow::openAccount(const QString &accountId)
{
    if (accountId.isEmpty())
        return;
    const QString id = accountViewId(accountId);
    if (!m_accountViews.contains(accountId)) {
        while (m_accountViews.size() >= maxOpenAccounts && !m_recentAccounts.isEmpty())
            closeAccount(m_recentAccounts.first());
        auto *view = new Account360View(m_db, *m_workspace, accountId, this);
        QSettings settings;
        view->restoreState(settings);
        m_accountViews.insert(accountId, view);
        m_viewsById.insert(id, view);
        view->setObjectName(u"account360View"_s);
        m_views->addWidget(view);
        m_sidebar->addDocumentEntry(id, Icons::account(Theme::sidebarText()), view->title());
        connect(view, &Account360View::titleChanged, this, [this, view, id] {
            m_sidebar->setEntryTitle(id, view->title());
            if (currentViewId() == id)
                setWindowTitle(tr("%1 — Pitwall").arg(view->title()));
        });
        connect(view, &Account360View::accountLinkActivated, this, &MainWindow::openAccount);
        connect(view, &Account360View::qbrRequested, this, &MainWindow::openQbr);
    }
    showView(id);
}

void MainWindow::openQbr(const QString &accountId)
{
    if (!accountId.isEmpty())
        m_qbr->setAccount(accountId);
    showView(qbrViewId);
}

void MainWindow::closeAccount(const QString &accountId)
{
    Account360View *view = m_accountViews.take(accountId);
    if (!view)
        return;
    const QString id = accountViewId(accountId);
    const bool wasCurrent = currentViewId() == id;
    {
        QSettings settings;
        view->saveState(settings);
    }
    m_viewsById.remove(id);
    m_sidebar->removeEntry(id);
    m_recentAccounts.removeAll(accountId);
    m_views->removeWidget(view);
    view->deleteLater(); // saves what is being typed on the way out
    view->close();
    if (wasCurrent) {
        // Back to where the user came from, else the most recent account, else the list.
        QString next;
        for (qsizetype i = m_historyIndex - 1; i >= 0 && next.isEmpty(); --i) {
            if (m_viewsById.contains(m_history.at(i)))
                next = m_history.at(i);
        }
        if (next.isEmpty())
            next = m_recentAccounts.isEmpty() ? accountsViewId : accountViewId(m_recentAccounts.last());
        navigate(next, true);
    }
    updateNavigationActions();
}

void MainWindow::closeCurrentAccount()
{
    closeAccount(accountIdOf(currentViewId()));
}

void MainWindow::showAccounts(const AccountFilter &filter)
{
    m_accounts->applyFilter(filter);
    showView(accountsViewId);
}

void MainWindow::openGlobalSearch()
{
    m_search->setPreferredOwner(m_workspace->userId());
    m_search->popup();
}

void MainWindow::chooseUser()
{
    askForUser(m_workspace->userId().isEmpty() ? Workspace::Scope::MyBook : m_workspace->scope());
}

void MainWindow::askForUser(Workspace::Scope scope)
{
    if (m_userPicker) {
        m_userPicker->raise();
        m_userPicker->activateWindow();
        return;
    }
    QString error;
    const QList<Workspace::User> users = Workspace::users(m_db.connection(), &error);
    if (users.isEmpty()) {
        MessageBoxes::information(this, tr("Who am I"),
                                  tr("There are no users in the cache yet. Import your CRM export first: "
                                     "its users file lists the CSMs you can choose from."));
        updateScopeSelector();
        return;
    }
    m_userPicker = new UserPickerDialog(users, m_workspace->userId(), this);
    m_userPicker->setAttribute(Qt::WA_DeleteOnClose);
    m_userPicker->setWindowModality(Qt::WindowModal);
    connect(m_userPicker, &QDialog::accepted, this, [this, scope] {
        const Workspace::User user = m_userPicker->selectedUser();
        if (user.id.isEmpty())
            return;
        m_workspace->setUser(user.id, user.name);
        m_workspace->setScope(scope);
        QSettings settings;
        m_workspace->save(settings);
    });
    connect(m_userPicker, &QDialog::rejected, this, &MainWindow::updateScopeSelector);
    m_userPicker->open();
}

void MainWindow::requestScope(Workspace::Scope scope)
{
    if (scope != Workspace::Scope::All && m_workspace->userId().isEmpty()) {
        askForUser(scope);
        return;
    }
    m_workspace->setScope(scope);
    QSettings settings;
    m_workspace->save(settings);
}

void MainWindow::updateUserButton()
{
    const QString name = m_workspace->userName();
    m_userButton->setText(name.isEmpty() ? tr("Who am I?") : name);
    m_userButton->setToolTip(
        name.isEmpty() ? tr("Choose who you are, for “My book” and “My team”")
                       : tr("Signed in as %1 (%2). Click to change.").arg(name, m_workspace->userId()));
}

void MainWindow::updateScopeSelector()
{
    const int index = m_scope->findData(int(m_workspace->scope()));
    const QSignalBlocker blocker(m_scope);
    m_scope->setCurrentIndex(index);
}

void MainWindow::openImportDialog()
{
    ImportDialog *dialog = ensureImportDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::loadDemoData()
{
    if (const ImportDialog *dialog = m_importDialog.data(); dialog && dialog->isRunning()) {
        openImportDialog();
        return;
    }
    const int existing = m_accounts->model()->unfilteredCount();
    bool incremental = false;
    if (existing > 0) {
        // A full import of the demo would archive every real account it lacks.
        const auto answer = MessageBoxes::question(
            this, tr("Load demo data"),
            tr("The cache already holds %1 accounts. Add the demo accounts beside them?")
                .arg(QLocale().toString(existing)),
            tr("Nothing is archived or overwritten, but the fictional accounts will be mixed with yours. "
               "To explore the demo on its own, start Pitwall with --demo."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        incremental = true;
    }
    startDemoImport(incremental);
}

void MainWindow::startDemoImport(bool incremental)
{
    ImportDialog *dialog = ensureImportDialog();
    dialog->show();
    dialog->raise();
    dialog->startDemoImport(incremental);
}

ImportDialog *MainWindow::ensureImportDialog()
{
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(m_db.path(), this);
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_importDialog->setWindowModality(Qt::WindowModal);
        connect(m_importDialog, &ImportDialog::importApplied, this, &MainWindow::onImportApplied);
    }
    return m_importDialog;
}

void MainWindow::refresh()
{
    m_home->reload();
    m_accounts->reload();
    m_dashboard->reload();
    m_team->reload();
    m_qbr->reload();
    m_sync->reload();
    for (Account360View *view : std::as_const(m_accountViews))
        view->reload();
    m_status->refresh();
}

void MainWindow::recomputeHealth()
{
    if (!m_healthJob) {
        m_healthJob = new HealthRefreshJob(m_db.path(), this);
        connect(m_healthJob, &HealthRefreshJob::stageChanged, this,
                [this](const QString &stage) { m_status->showMessage(stage + u'…'); });
        connect(m_healthJob, &HealthRefreshJob::finished, this,
                [this](const HealthRefreshJob::Outcome &outcome) {
                    m_recomputeHealthAction->setEnabled(true);
                    if (!outcome.ok) {
                        m_status->clearMessage();
                        MessageBoxes::warning(this, tr("Recompute Health"),
                                              tr("Health could not be recomputed: %1").arg(outcome.error));
                        return;
                    }
                    m_status->showMessage(
                        tr("Health recomputed for %n account(s). %1", nullptr, int(outcome.report.accounts))
                            .arg(outcome.report.model.message),
                        8000);
                    refresh();
                });
    }
    if (m_healthJob->isRunning())
        return;
    m_recomputeHealthAction->setEnabled(false);
    m_healthJob->start();
}

void MainWindow::showAbout()
{
    MessageBoxes::about(
        this, tr("About Pitwall"),
        u"<h3>Pitwall %1</h3><p>%2</p><p>%3</p>"_s.arg(
            QStringLiteral(PITWALL_VERSION).toHtmlEscaped(),
            tr("The offline-first workstation for Customer Success Managers.").toHtmlEscaped(),
            tr("Your customer book in a local cache: fast, private, and there when the network is not.")
                .toHtmlEscaped()));
}

void MainWindow::onImportApplied(const ImportReport &)
{
    startBackup();
    refresh();
    if (m_workspace->userId().isEmpty() && m_firstStart != FirstStart::Nothing) {
        // After the import dialog has closed, so the question is not hidden behind it.
        QTimer::singleShot(0, this, [this] {
            if (m_importDialog && m_importDialog->isVisible())
                return;
            chooseUser();
        });
    }
    showView(homeViewId);
}

void MainWindow::updateStatus()
{
    m_status->setAccountCount(m_accounts->model()->unfilteredCount());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // After the window is on screen, so the offer appears over it, not before it.
    QTimer::singleShot(0, this, &MainWindow::runFirstStart);
    QTimer::singleShot(0, this, &MainWindow::startCacheCare);
}

void MainWindow::startCacheCare()
{
    if (CacheBackup::isDue(m_db.path()) && m_accounts->model()->unfilteredCount() > 0) {
        startBackup(); // the backup's own check covers the whole cache
    } else if (!m_db.verifiedAtOpen()) {
        ensureBackupJob();
        m_backupJob->start(CacheBackupJob::Kind::Check);
    }
}

void MainWindow::startBackup()
{
    ensureBackupJob();
    if (m_backupJob->isRunning()) {
        m_backupAgain = true;
        return;
    }
    m_backupJob->start(CacheBackupJob::Kind::Backup);
}

void MainWindow::ensureBackupJob()
{
    if (!m_backupJob) {
        m_backupJob = new CacheBackupJob(m_db.path(), this);
        connect(
            m_backupJob, &CacheBackupJob::finished, this,
            [this](CacheBackupJob::Kind kind, const CacheBackup::Outcome &outcome) {
                if (outcome.sourceDamaged) {
                    m_backupAgain = false;
                    m_status->showMessage(tr("The cache is damaged."));
                    MessageBoxes::warning(
                        this, tr("Damaged Cache"), tr("Pitwall found damage in the local cache."),
                        tr("What you see may be incomplete, and new work may not be saved. Quit Pitwall and "
                           "start it again: it will offer to restore the newest backup, and save what it "
                           "can still read of your unsent work.\n\nDetails: %1")
                            .arg(outcome.error));
                    return;
                }
                if (kind == CacheBackupJob::Kind::Backup) {
                    if (outcome.ok) {
                        m_status->showMessage(
                            tr("Cache backed up (%n account(s)).", nullptr, int(outcome.backup.accounts)),
                            5000);
                    } else {
                        m_status->showMessage(tr("No backup was made: %1").arg(outcome.error), 15000);
                    }
                }
                if (m_backupAgain) {
                    m_backupAgain = false;
                    m_backupJob->start(CacheBackupJob::Kind::Backup);
                }
            });
    }
}

void MainWindow::runFirstStart()
{
    if (m_firstStart == FirstStart::Nothing)
        return;
    if (m_accounts->model()->unfilteredCount() > 0) {
        if (m_workspace->userId().isEmpty())
            chooseUser();
        return;
    }
    if (m_firstStart == FirstStart::LoadDemoData) {
        startDemoImport(false);
        return;
    }
    const auto answer = MessageBoxes::question(
        this, tr("Welcome to Pitwall"), tr("Your cache is empty. Load the demo data to look around?"),
        tr("The demo is a fictional company's book of business: accounts with contacts, usage, support cases "
           "and NPS. You can import your own CRM export at any time with File → Import…"));
    if (answer == QMessageBox::Yes)
        startDemoImport(false);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (const ImportDialog *dialog = m_importDialog.data(); dialog && dialog->isRunning()) {
        const auto answer = MessageBoxes::question(
            this, tr("Import in progress"), tr("An import is running. Cancel it and quit?"),
            tr("Cancelling rolls the import back; the cache stays as it was before."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_importDialog->cancelImport();
    }
    saveSettings();
    // Each account view saves what is still being typed as it closes.
    for (Account360View *view : std::as_const(m_accountViews))
        view->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // Roomy enough for the whole account list, never larger than the screen.
        QSize size(1320, 820);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableSize() * 0.92);
        resize(size.expandedTo(minimumSize()));
    }
    restoreState(settings.value(stateKey).toByteArray());
    m_accounts->restoreState(settings);
    const QStringList open = settings.value(openAccountsKey).toStringList();
    const QString view = settings.value(viewKey).toString();
    for (const QString &accountId : open) {
        if (m_accountViews.size() < maxOpenAccounts && !accountId.isEmpty())
            openAccount(accountId);
    }
    m_history.clear();
    m_historyIndex = -1;
    showView(m_viewsById.contains(view) ? view : homeViewId);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(viewKey, currentViewId());
    settings.setValue(openAccountsKey, openAccountIds());
    m_accounts->saveState(settings);
    if (const auto *current = qobject_cast<Account360View *>(m_views->currentWidget()))
        current->saveState(settings);
    m_workspace->save(settings);
}
