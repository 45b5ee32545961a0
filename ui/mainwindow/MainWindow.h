#pragma once

#include "identity/UserPickerDialog.h"
#include "workspace/Workspace.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class Account360View;
class AccountsView;
class DashboardView;
class HealthRefreshJob;
class TeamView;
class QbrView;
class SyncView;
class CacheStatusBar;
class Database;
class GlobalSearchPopup;
class HomeView;
class ImportDialog;
class CacheBackupJob;
class NavigationSidebar;
class QAction;
class QComboBox;
class QStackedWidget;
class QToolButton;
class UserPickerDialog;
struct AccountFilter;
struct ImportReport;

// Arranges the views beside the navigation sidebar and routes between them; the views
// do the work. Owns the application-wide actions (import, search, back/forward, who am
// I) and the Workspace (the current user and scope) that every view reads.
//
// Views are keyed by a stable id: "home", "accounts", and "account:<CRM id>" for each
// open account. Back and forward walk the ids visited, like a browser.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // What to do on the first show when the cache holds no account.
    enum class FirstStart
    {
        OfferDemoData,
        LoadDemoData,
        Nothing
    };

    static inline const QString homeViewId = QStringLiteral("home");
    static inline const QString accountsViewId = QStringLiteral("accounts");
    static inline const QString dashboardViewId = QStringLiteral("dashboard");
    static inline const QString teamViewId = QStringLiteral("team");
    static inline const QString qbrViewId = QStringLiteral("qbr");
    static inline const QString syncViewId = QStringLiteral("sync");
    static QString accountViewId(const QString &accountId) { return QStringLiteral("account:") + accountId; }
    // The most accounts open at once; opening one more closes the least recently shown.
    static constexpr int maxOpenAccounts = 12;

    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Nothing also skips asking who the user is (tests, scripted screenshots).
    void setFirstStart(FirstStart behaviour) { m_firstStart = behaviour; }

    void addView(const QString &id, const QIcon &icon, const QString &title, QWidget *view);
    QString currentViewId() const;
    QWidget *view(const QString &id) const { return m_viewsById.value(id); }

    Workspace *workspace() const { return m_workspace; }
    HomeView *homeView() const { return m_home; }
    AccountsView *accountsView() const { return m_accounts; }
    DashboardView *dashboardView() const { return m_dashboard; }
    TeamView *teamView() const { return m_team; }
    QbrView *qbrView() const { return m_qbr; }
    SyncView *syncView() const { return m_sync; }
    Account360View *accountView(const QString &accountId) const;
    QStringList openAccountIds() const;
    GlobalSearchPopup *globalSearch() const { return m_search; }
    ImportDialog *importDialog() const;
    // Backs the cache up after each import and once a day at start, and checks a cache
    // too large to check at open, on a worker thread.
    CacheBackupJob *backupJob() const { return m_backupJob; }

    QAction *importAction() const { return m_importAction; }
    QAction *demoAction() const { return m_demoAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *backAction() const { return m_backAction; }
    QAction *forwardAction() const { return m_forwardAction; }
    QAction *searchAction() const { return m_searchAction; }
    QAction *closeAccountAction() const { return m_closeAccountAction; }
    QAction *callModeAction() const { return m_callModeAction; }
    QAction *chooseUserAction() const { return m_chooseUserAction; }
    QComboBox *scopeSelector() const { return m_scope; }
    UserPickerDialog *userPicker() const { return m_userPicker; }

public Q_SLOTS:
    void showView(const QString &id);
    void openAccount(const QString &accountId);
    // The QBR builder on that account (Account 360's "Prepare QBR").
    void openQbr(const QString &accountId);
    void closeAccount(const QString &accountId);
    void closeCurrentAccount();
    // The accounts list with a prepared filter (Home's click-throughs).
    void showAccounts(const AccountFilter &filter);
    void goBack();
    void goForward();
    void openGlobalSearch();
    // "Who are you?": opens the picker (window-modal, not blocking); says so when the
    // cache has no users yet.
    void chooseUser();
    void openImportDialog();
    // Asks first when the cache already holds accounts.
    void loadDemoData();
    void refresh();
    // Rescores every account's health and retrains the churn model in the background.
    void recomputeHealth();
    void showAbout();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createHeader();
    ImportDialog *ensureImportDialog();
    void startDemoImport(bool incremental);
    void runFirstStart();
    void onImportApplied(const ImportReport &report);
    // At the first show: the daily backup when due, else the background check when the
    // cache was too large to check at open.
    void startCacheCare();
    void startBackup();
    void ensureBackupJob();
    void navigate(const QString &id, bool record);
    void updateNavigationActions();
    // Picks the user, then switches to `scope` (My book / My team need a user).
    void askForUser(Workspace::Scope scope);
    void requestScope(Workspace::Scope scope);
    void updateUserButton();
    void updateScopeSelector();
    void updateStatus();
    void restoreSettings();
    void saveSettings() const;

    Database &m_db;
    Workspace *m_workspace;
    NavigationSidebar *m_sidebar;
    QStackedWidget *m_views;
    QHash<QString, QWidget *> m_viewsById;
    HomeView *m_home;
    AccountsView *m_accounts;
    DashboardView *m_dashboard;
    TeamView *m_team;
    QbrView *m_qbr;
    SyncView *m_sync;
    HealthRefreshJob *m_healthJob = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_teamAction = nullptr;
    QAction *m_qbrAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_recomputeHealthAction = nullptr;
    QHash<QString, Account360View *> m_accountViews; // by CRM id
    CacheStatusBar *m_status;
    GlobalSearchPopup *m_search;
    QPointer<ImportDialog> m_importDialog;
    QPointer<UserPickerDialog> m_userPicker;
    CacheBackupJob *m_backupJob = nullptr;
    bool m_backupAgain = false; // an import finished while a backup ran
    QComboBox *m_scope = nullptr;
    QToolButton *m_userButton = nullptr;

    QStringList m_history;
    qsizetype m_historyIndex = -1;
    QStringList m_recentAccounts; // most recently shown last

    QAction *m_importAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_closeAccountAction = nullptr;
    QAction *m_callModeAction = nullptr;
    QAction *m_chooseUserAction = nullptr;
    QAction *m_homeAction = nullptr;
    QAction *m_accountsAction = nullptr;
    FirstStart m_firstStart = FirstStart::OfferDemoData;
    bool m_shownOnce = false;
};
