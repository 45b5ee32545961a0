#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class AccountsView;
class CacheStatusBar;
class Database;
class ImportDialog;
class NavigationSidebar;
class QAction;
class QStackedWidget;
struct ImportReport;

// Arranges the views beside the navigation sidebar and routes between them; the views
// do the work. Also owns the application-wide actions (import, demo data, refresh).
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

    static inline const QString accountsViewId = QStringLiteral("accounts");

    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setFirstStart(FirstStart behaviour) { m_firstStart = behaviour; }

    // Views are keyed by a stable id: navigation, settings and later deep links use it.
    void addView(const QString &id, const QIcon &icon, const QString &title, QWidget *view);
    void showView(const QString &id);
    QString currentViewId() const;

    AccountsView *accountsView() const { return m_accounts; }
    ImportDialog *importDialog() const;
    QAction *importAction() const { return m_importAction; }
    QAction *demoAction() const { return m_demoAction; }
    QAction *refreshAction() const { return m_refreshAction; }

public Q_SLOTS:
    void openImportDialog();
    // Asks first when the cache already holds accounts.
    void loadDemoData();
    void refresh();
    void showAbout();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    ImportDialog *ensureImportDialog();
    void startDemoImport(bool incremental);
    void runFirstStart();
    void onImportApplied(const ImportReport &report);
    void updateStatus();
    void restoreSettings();
    void saveSettings() const;

    Database &m_db;
    NavigationSidebar *m_sidebar;
    QStackedWidget *m_views;
    QHash<QString, QWidget *> m_viewsById;
    AccountsView *m_accounts;
    CacheStatusBar *m_status;
    QPointer<ImportDialog> m_importDialog;
    QAction *m_importAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    FirstStart m_firstStart = FirstStart::OfferDemoData;
    bool m_shownOnce = false;
};
