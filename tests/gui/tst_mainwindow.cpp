#include "TestSupport.h"
#include "account360/Account360View.h"
#include "accounts/AccountFilter.h"
#include "accounts/AccountsView.h"
#include "common/EmptyStateWidget.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "home/HomeView.h"
#include "identity/UserPickerDialog.h"
#include "importer/ImportDialog.h"
#include "itemmodels/AccountListModel.h"
#include "mainwindow/CacheStatusBar.h"
#include "mainwindow/MainWindow.h"
#include "qbr/QbrView.h"
#include "search/GlobalSearchPopup.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

bool insertAccounts(Database &db, int count)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    if (!q.exec(u"INSERT INTO users (id, name) VALUES ('U1', 'Alice Martin'), ('U2', '王小明')"_s))
        return false;
    const QStringList names = { u"Acme Corp"_s, u"Globex"_s, u"华为科技"_s, u"Initech"_s };
    c.transaction();
    for (int i = 0; i < count; ++i) {
        q.prepare(u"INSERT INTO accounts (id, name, owner_id, segment, arr, currency, renewal_date, "
                  u"lifecycle_stage,"
                  " status) VALUES (?, ?, ?, 'Enterprise', ?, 'USD', '2025-06-30', 'Adoption', 'Active')"_s);
        q.addBindValue(u"001A%1"_s.arg(i, 6, 10, QLatin1Char('0')));
        q.addBindValue(QString(names.at(i % names.size()) + u' ' + QString::number(i)));
        q.addBindValue(i % 2 ? u"U1"_s : u"U2"_s);
        q.addBindValue(1000.0 * i);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
    }
    return c.commit();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheAccounts();
    void searchFiltersAsYouType();
    void ctrlFFocusesSearch();
    void fileImportOpensTheDialog();
    void restoresWindowAndListSettings();
    void offersDemoDataOnAnEmptyCache();
    void acceptedDemoOfferRunsCancellableImport();
    void acceptedDemoOfferLoadsTheDemo();
    void doesNotOfferWhenThereAreAccounts();
    void statusBarShowsCountPathAndLastImport();
    void refreshRereadsTheCache();
    void aboutGoesThroughTheSeam();
    void opensAccountsAndGoesBackAndForward();
    void reopensTheAccountsOpenAtQuit();
    void openingTooManyAccountsClosesTheOldest();
    void globalSearchOpensAnAccount();
    void asksWhoTheUserIsOnceAndRemembers();
    void scopeSwitchAppliesToTheList();
    void homeClickThroughShowsTheList();
    void qbrBuilderFromTheSidebarMenuAndAccount();

private:
    std::unique_ptr<MainWindow> makeWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<MessageBoxes::Request> m_questions;
    QMessageBox::StandardButton m_answer = QMessageBox::No;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestSupport::isolateSettings();
    QCoreApplication::setOrganizationName(u"Pitwall"_s);
    QCoreApplication::setApplicationName(u"Pitwall-tests"_s);
    Theme::apply(*qApp);
}

void TestMainWindow::init()
{
    QSettings().clear();
    // Most tests play a chosen user who sees everything; the who-am-I test clears it.
    QSettings().setValue(u"Workspace/userId"_s, u"U1"_s);
    QSettings().setValue(u"Workspace/userName"_s, u"Alice Martin"_s);
    QSettings().setValue(u"Workspace/scope"_s, u"all"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    m_questions.clear();
    m_answer = QMessageBox::No;
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_questions << request;
        return request.icon == QMessageBox::Question ? m_answer : QMessageBox::Ok;
    });
    // A test that opens a real file dialog would hang: fail loudly instead.
    FileDialogs::setHandler([](const FileDialogs::Request &) {
        qWarning("unexpected file dialog");
        return QString();
    });
}

void TestMainWindow::cleanup()
{
    MessageBoxes::setHandler({});
    FileDialogs::setHandler({});
    m_db.reset();
    m_dir.reset();
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(*m_db);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("main window not exposed");
    return window;
}

void TestMainWindow::showsTheAccounts()
{
    QVERIFY(insertAccounts(*m_db, 40));
    auto window = makeWindow();
    QCOMPARE(window->windowTitle(), u"Pitwall"_s);
    QVERIFY(!window->windowIcon().isNull());
    QCOMPARE(window->currentViewId(), MainWindow::homeViewId);
    window->showView(MainWindow::accountsViewId);
    QCOMPARE(window->currentViewId(), MainWindow::accountsViewId);

    QTableView *table = window->accountsView()->table();
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 40);
    QCOMPARE(table->model()->index(0, AccountListModel::Name).data().toString(), u"Acme Corp 0"_s);
    QVERIFY(table->isSortingEnabled());
    QVERIFY(!window->findChild<EmptyStateWidget *>(u"noAccountsState"_s)->isVisible());
    QCOMPARE(window->findChild<QLabel *>(u"accountCount"_s)->text(), u"40 accounts"_s);
    QTest::qWait(50);
    QVERIFY(m_questions.isEmpty());

    const QStringList menus = [&] {
        QStringList titles;
        for (QAction *a : window->menuBar()->actions())
            titles << a->text();
        return titles;
    }();
    QCOMPARE(menus, (QStringList { u"&File"_s, u"&Edit"_s, u"&Go"_s, u"&View"_s, u"&Help"_s }));
    QCOMPARE(window->importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(window->refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
}

void TestMainWindow::searchFiltersAsYouType()
{
    QVERIFY(insertAccounts(*m_db, 40));
    auto window = makeWindow();
    window->showView(MainWindow::accountsViewId);
    QLineEdit *search = window->accountsView()->searchField();
    AccountListModel *model = window->accountsView()->model();
    QCOMPARE(search->placeholderText(), u"Search accounts by name, ID or owner"_s);

    QTest::keyClicks(search, u"acme"_s);
    QCOMPARE(model->totalCount(), 40); // debounced: not on every keystroke
    QTRY_COMPARE(model->totalCount(), 10);
    QTRY_COMPARE(window->findChild<QLabel *>(u"accountCount"_s)->text(), u"10 of 40 accounts match"_s);

    search->setText(u"科技"_s);
    QTRY_COMPARE(model->totalCount(), 10);
    search->setText(u"王小明"_s); // owner name
    QTRY_COMPARE(model->totalCount(), 20);

    search->setText(u"no such account"_s);
    QTRY_COMPARE(model->totalCount(), 0);
    auto *noMatches = window->findChild<EmptyStateWidget *>(u"noMatchesState"_s);
    QTRY_VERIFY(noMatches->isVisible());
    QVERIFY(noMatches->text().contains(u"no such account"_s));

    search->clear();
    QTRY_COMPARE(model->totalCount(), 40);
    QVERIFY(window->accountsView()->table()->isVisible());
}

void TestMainWindow::ctrlFFocusesSearch()
{
    QVERIFY(insertAccounts(*m_db, 5));
    auto window = makeWindow();
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->showView(MainWindow::accountsViewId);
    window->accountsView()->table()->setFocus();
    QTRY_VERIFY(window->accountsView()->table()->hasFocus());
    QTest::keyClick(window->accountsView()->table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->accountsView()->searchField()->hasFocus());
}

void TestMainWindow::fileImportOpensTheDialog()
{
    QVERIFY(insertAccounts(*m_db, 5));
    auto window = makeWindow();
    QVERIFY(!window->importDialog());

    QAction *import = window->findChild<QAction *>(u"actionImport"_s);
    QVERIFY(import);
    import->trigger();
    QPointer<ImportDialog> dialog = window->importDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->state(), ImportDialog::State::Choosing);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);

    // A second trigger brings the same dialog forward rather than opening another.
    import->trigger();
    QCOMPARE(window->importDialog(), dialog.data());

    dialog->reject();
    QTRY_VERIFY(!dialog); // deleted on close
    QVERIFY(!window->importDialog());
}

void TestMainWindow::restoresWindowAndListSettings()
{
    QVERIFY(insertAccounts(*m_db, 20));
    {
        auto window = makeWindow();
        window->showView(MainWindow::accountsViewId);
        window->resize(1010, 690);
        QTRY_COMPARE(window->size(), QSize(1010, 690));
        window->accountsView()->table()->sortByColumn(AccountListModel::Arr, Qt::DescendingOrder);
        QCOMPARE(window->accountsView()->model()->sortColumn(), int(AccountListModel::Arr));
        window->accountsView()->table()->setColumnWidth(AccountListModel::CrmId, 222);
        window->close();
    }
    auto window = makeWindow();
    QCOMPARE(window->size(), QSize(1010, 690));
    QCOMPARE(window->currentViewId(), MainWindow::accountsViewId); // the view open at quit
    QHeaderView *header = window->accountsView()->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(AccountListModel::Arr));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sectionSize(AccountListModel::CrmId), 222);
    AccountListModel *model = window->accountsView()->model();
    QCOMPARE(model->sortColumn(), int(AccountListModel::Arr));
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(model->index(0, AccountListModel::Arr).data(AccountListModel::RawRole).toDouble(), 19000.0);
}

void TestMainWindow::offersDemoDataOnAnEmptyCache()
{
    auto window = makeWindow();
    QTRY_COMPARE(m_questions.size(), 1);
    const MessageBoxes::Request &offer = m_questions.constFirst();
    QCOMPARE(offer.icon, QMessageBox::Question);
    QVERIFY(offer.text.contains(u"demo"_s, Qt::CaseInsensitive));
    QVERIFY(offer.buttons.testFlag(QMessageBox::Yes));
    QVERIFY(offer.buttons.testFlag(QMessageBox::No));

    // Answered "No": nothing runs, the empty state explains what to do.
    QTest::qWait(50);
    QVERIFY(!window->importDialog());
    window->showView(MainWindow::accountsViewId);
    auto *empty = window->findChild<EmptyStateWidget *>(u"noAccountsState"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"Ctrl+I"_s));
    QVERIFY(!window->accountsView()->searchField()->isEnabled());

    // Shown once per window, not on every show.
    window->hide();
    window->show();
    QTest::qWait(50);
    QCOMPARE(m_questions.size(), 1);
}

void TestMainWindow::acceptedDemoOfferRunsCancellableImport()
{
    m_answer = QMessageBox::Yes;
    auto window = makeWindow();
    QTRY_COMPARE(m_questions.size(), 1);
    QTRY_VERIFY(window->importDialog());
    ImportDialog *dialog = window->importDialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->state(), ImportDialog::State::Running);
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    dialog->cancelImport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(dialog->report().status, ImportReport::Status::Cancelled);
    QCOMPARE(window->accountsView()->model()->unfilteredCount(), 0);
    dialog->accept();
}

void TestMainWindow::acceptedDemoOfferLoadsTheDemo()
{
    m_answer = QMessageBox::Yes;
    auto window = makeWindow();
    QTRY_VERIFY(window->importDialog());
    QSignalSpy finished(window->importDialog(), &ImportDialog::importFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const ImportReport report = window->importDialog()->report();
    QVERIFY2(report.ok(), qPrintable(report.error));

    // The list behind the dialog has already reloaded.
    AccountListModel *model = window->accountsView()->model();
    QVERIFY(model->unfilteredCount() > 0);
    QCOMPARE(model->unfilteredCount(), int(report.tables.value(u"accounts"_s).added));
    // Home, with the new book, is where an import lands.
    QCOMPARE(window->currentViewId(), MainWindow::homeViewId);
    window->showView(MainWindow::accountsViewId);
    QVERIFY(window->accountsView()->table()->isVisible());
    auto *status = window->findChild<CacheStatusBar *>();
    QVERIFY2(status->lastImportText().contains(u"added"_s), qPrintable(status->lastImportText()));
    window->importDialog()->accept();
}

void TestMainWindow::doesNotOfferWhenThereAreAccounts()
{
    QVERIFY(insertAccounts(*m_db, 1));
    auto window = makeWindow();
    QTest::qWait(100);
    QVERIFY(m_questions.isEmpty());
}

void TestMainWindow::statusBarShowsCountPathAndLastImport()
{
    QVERIFY(insertAccounts(*m_db, 12));
    QVERIFY(m_db->exec(
        u"INSERT INTO import_log (started_at, finished_at, status, added, changed, archived, rejected)"
        " VALUES ('2025-03-01T10:00:00Z', '2025-03-01T10:00:05Z', 'applied', 12, 3, 1, 2)"_s));
    auto window = makeWindow();
    auto *status = window->findChild<CacheStatusBar *>();
    QVERIFY(status);
    QCOMPARE(status->accountCountText(), u"12 accounts"_s);
    QVERIFY(status->cachePathText().endsWith(u"cache.sqlite"_s));
    QVERIFY2(status->lastImportText().contains(u"12 added, 3 changed, 1 archived, 2 rejected"_s),
             qPrintable(status->lastImportText()));
}

void TestMainWindow::refreshRereadsTheCache()
{
    QVERIFY(insertAccounts(*m_db, 3));
    auto window = makeWindow();
    QCOMPARE(window->accountsView()->model()->rowCount(), 3);
    QVERIFY(m_db->exec(u"INSERT INTO accounts (id, name) VALUES ('X1', 'Late Arrival')"_s));
    QSignalSpy resets(window->accountsView()->model(), &QAbstractItemModel::modelReset);
    window->refreshAction()->trigger();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(window->accountsView()->model()->rowCount(), 4);
    QCOMPARE(window->findChild<CacheStatusBar *>()->accountCountText(), u"4 accounts"_s);
}

void TestMainWindow::aboutGoesThroughTheSeam()
{
    QVERIFY(insertAccounts(*m_db, 1));
    auto window = makeWindow();
    window->findChild<QAction *>(u"actionAbout"_s)->trigger();
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(m_questions.constFirst().title, u"About Pitwall"_s);
    QVERIFY(m_questions.constFirst().text.contains(QStringLiteral(PITWALL_VERSION)));
}

void TestMainWindow::opensAccountsAndGoesBackAndForward()
{
    QVERIFY(insertAccounts(*m_db, 10));
    auto window = makeWindow();
    QCOMPARE(window->currentViewId(), MainWindow::homeViewId);
    QVERIFY(!window->backAction()->isEnabled());
    QVERIFY(!window->closeAccountAction()->isEnabled());

    // Enter in the list opens the account.
    window->showView(MainWindow::accountsViewId);
    QTableView *table = window->accountsView()->table();
    table->setCurrentIndex(table->model()->index(2, 0));
    const QString third = table->model()->index(2, 0).data(AccountListModel::AccountIdRole).toString();
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(window->currentViewId(), MainWindow::accountViewId(third));
    QVERIFY(window->accountView(third));
    QVERIFY(window->windowTitle().contains(window->accountView(third)->title()));
    QVERIFY(window->closeAccountAction()->isEnabled());

    window->openAccount(u"001A000005"_s);
    QCOMPARE(window->openAccountIds(), (QStringList { third, u"001A000005"_s }));
    // Opening an open account shows it again instead of opening a second copy.
    window->openAccount(third);
    QCOMPARE(window->openAccountIds().size(), 2);
    QCOMPARE(window->currentViewId(), MainWindow::accountViewId(third));

    // Back: 005, then the list, then Home; forward again.
    window->backAction()->trigger();
    QCOMPARE(window->currentViewId(), MainWindow::accountViewId(u"001A000005"_s));
    window->backAction()->trigger();
    QCOMPARE(window->currentViewId(), MainWindow::accountViewId(third));
    window->backAction()->trigger();
    QCOMPARE(window->currentViewId(), MainWindow::accountsViewId);
    window->backAction()->trigger();
    QCOMPARE(window->currentViewId(), MainWindow::homeViewId);
    QVERIFY(!window->backAction()->isEnabled());
    QVERIFY(window->forwardAction()->isEnabled());
    window->forwardAction()->trigger();
    QCOMPARE(window->currentViewId(), MainWindow::accountsViewId);
    QVERIFY(window->backAction()->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Left)));
    QVERIFY(window->forwardAction()->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Right)));

    // Ctrl+W closes the account shown and returns to where the user came from.
    window->openAccount(u"001A000005"_s);
    window->closeAccountAction()->trigger();
    QCOMPARE(window->openAccountIds(), QStringList { third });
    QCOMPARE(window->currentViewId(), MainWindow::accountsViewId);
    // A closed account is skipped by back and forward.
    window->backAction()->trigger();
    QVERIFY(window->currentViewId() != MainWindow::accountViewId(u"001A000005"_s));
}

void TestMainWindow::reopensTheAccountsOpenAtQuit()
{
    QVERIFY(insertAccounts(*m_db, 10));
    {
        auto window = makeWindow();
        window->openAccount(u"001A000003"_s);
        window->openAccount(u"001A000007"_s);
        window->close();
    }
    auto window = makeWindow();
    QCOMPARE(window->openAccountIds(), (QStringList { u"001A000003"_s, u"001A000007"_s }));
    QCOMPARE(window->currentViewId(), MainWindow::accountViewId(u"001A000007"_s));
}

void TestMainWindow::openingTooManyAccountsClosesTheOldest()
{
    QVERIFY(insertAccounts(*m_db, MainWindow::maxOpenAccounts + 2));
    auto window = makeWindow();
    for (int i = 0; i < MainWindow::maxOpenAccounts + 1; ++i)
        window->openAccount(u"001A%1"_s.arg(i, 6, 10, QLatin1Char('0')));
    QCOMPARE(window->openAccountIds().size(), MainWindow::maxOpenAccounts);
    QVERIFY(!window->openAccountIds().contains(u"001A000000"_s));
    QVERIFY(window->openAccountIds().contains(u"001A000001"_s));
}

void TestMainWindow::globalSearchOpensAnAccount()
{
    QVERIFY(insertAccounts(*m_db, 12));
    auto window = makeWindow();
    QApplication::setActiveWindow(window.get());
    QCOMPARE(window->searchAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    window->searchAction()->trigger();
    GlobalSearchPopup *popup = window->globalSearch();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClicks(popup->searchField(), u"globex 5"_s);
    QTRY_VERIFY(popup->results()->count() > 0);
    QTRY_COMPARE(popup->results()->currentItem()->text().section(u'\n', 0, 0), u"Globex 5"_s);
    QTest::keyClick(popup->searchField(), Qt::Key_Return);
    QTRY_COMPARE(window->currentViewId(), MainWindow::accountViewId(u"001A000005"_s));
    QVERIFY(!popup->isVisible());
}

void TestMainWindow::asksWhoTheUserIsOnceAndRemembers()
{
    QSettings().remove(u"Workspace"_s);
    QVERIFY(insertAccounts(*m_db, 40));
    {
        auto window = makeWindow();
        QTRY_VERIFY(window->userPicker());
        UserPickerDialog *picker = window->userPicker();
        QTRY_VERIFY(picker->isVisible());
        QCOMPARE(picker->list()->count(), 2);
        picker->filterField()->setText(u"王"_s);
        QCOMPARE(picker->selectedUser().id, u"U2"_s);
        picker->accept();
        QCOMPARE(window->workspace()->userId(), u"U2"_s);
        QCOMPARE(window->workspace()->scope(), Workspace::Scope::MyBook);
        // My book: U2 owns the even-numbered half.
        QTRY_COMPARE(window->accountsView()->model()->totalCount(), 20);
        QVERIFY(window->findChild<QToolButton *>(u"userButton"_s)->text().contains(u"王小明"_s));
        window->close();
    }
    auto window = makeWindow();
    QTest::qWait(100);
    QVERIFY(!window->userPicker());
    QCOMPARE(window->workspace()->userId(), u"U2"_s);
}

void TestMainWindow::scopeSwitchAppliesToTheList()
{
    QVERIFY(insertAccounts(*m_db, 40));
    auto window = makeWindow();
    AccountListModel *model = window->accountsView()->model();
    QCOMPARE(model->totalCount(), 40);
    QComboBox *scope = window->scopeSelector();
    scope->setCurrentIndex(scope->findData(int(Workspace::Scope::MyBook)));
    Q_EMIT scope->activated(scope->currentIndex());
    QCOMPARE(window->workspace()->scope(), Workspace::Scope::MyBook);
    QTRY_COMPARE(model->totalCount(), 20);
    scope->setCurrentIndex(scope->findData(int(Workspace::Scope::All)));
    Q_EMIT scope->activated(scope->currentIndex());
    QTRY_COMPARE(model->totalCount(), 40);
}

void TestMainWindow::homeClickThroughShowsTheList()
{
    QVERIFY(insertAccounts(*m_db, 40));
    auto window = makeWindow();
    AccountFilter filter;
    filter.ownerIds = QStringList { u"U2"_s };
    Q_EMIT window->homeView()->accountsRequested(filter, u"Test"_s);
    QCOMPARE(window->currentViewId(), MainWindow::accountsViewId);
    QTRY_COMPARE(window->accountsView()->model()->totalCount(), 20);
}

void TestMainWindow::qbrBuilderFromTheSidebarMenuAndAccount()
{
    QVERIFY(insertAccounts(*m_db, 10));
    auto window = makeWindow();
    // A sidebar entry after Team, and Go > QBR Builder (Ctrl+Shift+Q).
    QListWidget *sidebar = window->findChild<QListWidget *>(u"navigationList"_s);
    QVERIFY(sidebar);
    QStringList entries;
    for (int i = 0; i < sidebar->count(); ++i)
        entries << sidebar->item(i)->text();
    QVERIFY2(entries.indexOf(u"QBR"_s) == entries.indexOf(u"Team"_s) + 1, qPrintable(entries.join(u", "_s)));
    auto *action = window->findChild<QAction *>(u"actionQbr"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    action->trigger();
    QCOMPARE(window->currentViewId(), MainWindow::qbrViewId);
    QVERIFY(window->qbrView()->isVisible());
    QVERIFY(window->qbrView()->accountId().isEmpty());

    // openQbr() shows the builder on that account.
    window->showView(MainWindow::homeViewId);
    window->openQbr(u"001A000003"_s);
    QCOMPARE(window->currentViewId(), MainWindow::qbrViewId);
    QCOMPARE(window->qbrView()->accountId(), u"001A000003"_s);
    QVERIFY(window->qbrView()->hasData());

    // Ctrl+E exports the QBR here (not the account list, whose export is in the File menu).
    QStringList captions;
    FileDialogs::setHandler([&captions](const FileDialogs::Request &request) {
        captions << request.caption;
        return QString();
    });
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(captions, QStringList { u"Export QBR as PDF"_s });
    FileDialogs::setHandler({});
    // The list's export keeps Ctrl+E for when the list shows.
    QVERIFY(window->accountsView()->exportAction()->shortcut().isEmpty());
    window->showView(MainWindow::accountsViewId);
    QCOMPARE(window->accountsView()->exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    window->showView(MainWindow::qbrViewId);

    // The Account 360's "Prepare QBR" does the same for its account.
    window->openAccount(u"001A000005"_s);
    QPushButton *prepare = window->accountView(u"001A000005"_s)->qbrButton();
    QVERIFY(prepare && prepare->isVisible());
    prepare->click();
    QCOMPARE(window->currentViewId(), MainWindow::qbrViewId);
    QCOMPARE(window->qbrView()->accountId(), u"001A000005"_s);
    // Back returns to the account.
    window->backAction()->trigger();
    QCOMPARE(window->currentViewId(), MainWindow::accountViewId(u"001A000005"_s));

    // The view is restored at the next start, on the same account.
    window->showView(MainWindow::qbrViewId);
    window->close();
    window.reset();
    window = makeWindow();
    QCOMPARE(window->currentViewId(), MainWindow::qbrViewId);
    QCOMPARE(window->qbrView()->accountId(), u"001A000005"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
