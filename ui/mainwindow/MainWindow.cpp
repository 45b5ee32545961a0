#include "MainWindow.h"

#include "CacheStatusBar.h"
#include "NavigationSidebar.h"
#include "accounts/AccountsView.h"
#include "common/Icons.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "import/ImportReport.h"
#include "importer/ImportDialog.h"
#include "itemmodels/AccountListModel.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const auto geometryKey = "MainWindow/geometry"_L1;
const auto stateKey = "MainWindow/state"_L1;
const auto viewKey = "MainWindow/view"_L1;

} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_sidebar(new NavigationSidebar(this))
    , m_views(new QStackedWidget(this))
    , m_accounts(new AccountsView(db, this))
    , m_status(new CacheStatusBar(db.connection(), this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(u"Pitwall"_s);
    setWindowIcon(Icons::application());
    setMinimumSize(880, 560);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);
    setStatusBar(m_status);

    createActions();
    createMenus();

    addView(accountsViewId, Icons::accounts(Theme::sidebarText()), tr("Accounts"), m_accounts);
    connect(m_sidebar, &NavigationSidebar::currentIdChanged, this, &MainWindow::showView);
    connect(m_accounts, &AccountsView::importRequested, this, &MainWindow::openImportDialog);
    connect(m_accounts, &AccountsView::demoDataRequested, this, &MainWindow::loadDemoData);
    connect(m_accounts, &AccountsView::countsChanged, this, &MainWindow::updateStatus);

    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::addView(const QString &id, const QIcon &icon, const QString &title, QWidget *view)
{
    Q_ASSERT(!m_viewsById.contains(id));
    view->setObjectName(id + u"View"_s);
    m_viewsById.insert(id, view);
    m_views->addWidget(view);
    m_sidebar->addEntry(id, icon, title);
}

void MainWindow::showView(const QString &id)
{
    QWidget *view = m_viewsById.value(id);
    if (!view)
        return;
    m_views->setCurrentWidget(view);
    m_sidebar->setCurrentId(id);
}

ImportDialog *MainWindow::importDialog() const
{
    return m_importDialog;
}

QString MainWindow::currentViewId() const
{
    return m_viewsById.key(m_views->currentWidget());
}

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
    m_quitAction->setShortcut(Qt::CTRL | Qt::Key_Q);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(Icons::refresh(Theme::text()), tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"actionRefresh"_s);
    m_refreshAction->setShortcut(Qt::Key_F5);
    m_refreshAction->setStatusTip(tr("Read the cache again"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_aboutAction = new QAction(tr("&About Pitwall"), this);
    m_aboutAction->setObjectName(u"actionAbout"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"menuFile"_s);
    file->addAction(m_importAction);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"menuView"_s);
    view->addAction(m_refreshAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    help->addAction(m_aboutAction);
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
    m_accounts->reload();
    m_status->refresh();
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
    refresh();
    showView(accountsViewId);
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
}

void MainWindow::runFirstStart()
{
    if (m_accounts->model()->unfilteredCount() > 0 || m_firstStart == FirstStart::Nothing)
        return;
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
    const QString view = settings.value(viewKey).toString();
    showView(m_viewsById.contains(view) ? view : accountsViewId);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(viewKey, currentViewId());
    m_accounts->saveState(settings);
}
