// Home on a known cache, offscreen: the cards show the figures, a card opens exactly the
// accounts it counts, the scope switch changes them, and tasks are ticked off from here.
#include "TestSupport.h"
#include "accounts/AccountFilter.h"
#include "common/EmptyStateWidget.h"
#include "common/Localization.h"
#include "common/Theme.h"
#include "demo/DemoExportWriter.h"
#include "home/FigureCard.h"
#include "home/HomeView.h"
#include "itemmodels/TaskListModel.h"
#include "playbook/PlaybookRules.h"
#include "playbook/PlaybookStore.h"
#include "store/Database.h"
#include "work/LocalWork.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2025, 6, 16);

QString daysAgo(int days)
{
    return QDateTime(today.addDays(-days), QTime(12, 0), QTimeZone::utc()).toString(Qt::ISODate);
}

QString dateIn(int days)
{
    return today.addDays(days).toString(Qt::ISODate);
}

bool exec(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning().noquote() << q.lastError().text() << sql;
        return false;
    }
    return true;
}

// Alice (U1) and Bob (U2) are team T1; Carol (U3) is on her own.
bool buildBook(Database &db)
{
    bool ok = exec(db,
                   u"INSERT INTO users (id, name, team) VALUES ('U1', 'Alice Martin', 'T1'),"
                   " ('U2', 'Bob Chen', 'T1'), ('U3', 'Carol Diaz', 'T2')"_s);
    struct A
    {
        const char *id, *owner, *currency;
        QVariant arr;
        int renewalIn;
        const char *stage;
    };
    const QList<A> accounts = {
        { "A01", "U1", "USD", 1200000, 10, "adoption" },  { "A02", "U1", "USD", 250000, 60, "renewal" },
        { "A03", "U1", "CNY", 7000000, 120, "adoption" }, { "A04", "U1", "USD", 50000, -5, "renewal" },
        { "A05", "U1", "USD", 80000, 400, "onboarding" }, { "A06", "U1", "USD", 30000, -200, "churned" },
        { "A09", "U2", "USD", 120000, 30, "expansion" },  { "A10", "U2", "USD", 60000, 31, "at_risk" },
        { "A11", "U3", "USD", 90000, 5, "adoption" },
    };
    for (const A &a : accounts) {
        const QString id = QString::fromLatin1(a.id);
        ok = ok
            && exec(db,
                    u"INSERT INTO accounts (id, name, owner_id, currency, arr, renewal_date, lifecycle_stage)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                    { id, QString(u"Account "_s + id), QString::fromLatin1(a.owner),
                      QString::fromLatin1(a.currency), a.arr, dateIn(a.renewalIn),
                      QString::fromLatin1(a.stage) });
    }
    ok = ok
        && exec(db,
                u"INSERT INTO activities (id, account_id, type, subject, occurred_at, owner_id) VALUES"
                " ('X01', 'A01', 'call', 'Weekly sync', ?, 'U1'), ('X02', 'A02', 'email', 'Quote sent', ?, "
                "'U1'),"
                " ('X03', 'A04', 'meeting', 'Budget review', ?, 'U1'), ('X04', 'A09', 'call', 'Kickoff', ?, "
                "'U2'),"
                " ('X05', 'A11', 'call', 'Escalation', ?, 'U3')"_s,
                { daysAgo(3), daysAgo(10), daysAgo(20), daysAgo(2), daysAgo(1) })
        && exec(db,
                u"INSERT INTO notes (id, account_id, kind, body, author, created_at, updated_at) VALUES"
                " ('N01', 'A03', 'note', 'Champion moved to procurement.', 'U1', ?, ?)"_s,
                { daysAgo(5), daysAgo(5) });
    const auto task = [&](const char *id, const char *account, int dueIn) {
        return exec(db,
                    u"INSERT INTO tasks (id, account_id, title, due_date, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"_s,
                    { QString::fromLatin1(id), QString::fromLatin1(account),
                      QString(u"Task "_s + QString::fromLatin1(id)), dateIn(dueIn) });
    };
    return ok && task("T1", "A01", -2) && task("T2", "A02", 0) && task("T3", "A09", 0)
        && task("T4", "A11", -4) && task("T5", "A05", 3);
}

int listedCount(Database &db, const AccountFilter &filter)
{
    QVariantList binds;
    const QString where = filter.sqlCondition(&binds);
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT COUNT(*) FROM accounts a LEFT JOIN users u ON u.id = a.owner_id WHERE "_s + where);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace

class TestHomeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cardsShowTheFigures();
    void clickingACardListsExactlyItsAccounts();
    void cardsAreKeyboardButtons();
    void scopeSwitchChangesTheFigures();
    void tickingATaskDoneUpdatesTheFigures();
    void taskAndActivityOpenTheirAccount();
    void taskCardsLeadToTheTaskList();
    void asksWhoYouAreFirst();
    void offersImportOnAnEmptyCache();
    void playbookStepsDueAndOverdue();
    void notificationsForTheManager();
    void screenshot();

private:
    std::unique_ptr<HomeView> makeView();
    bool waitForSummary(HomeView &view);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
};

void TestHomeView::initTestCase()
{
    TestSupport::isolateSettings();
    const QString language = qEnvironmentVariable("PITWALL_HOME_LOCALE");
    if (!language.isEmpty()) {
        Localization::install(*qApp, language);
        QLocale::setDefault(QLocale(language));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    Theme::apply(*qApp);
}

void TestHomeView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setUser(u"U1"_s, u"Alice Martin"_s);
    m_workspace->setScope(Workspace::Scope::MyBook);
}

void TestHomeView::cleanup()
{
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<HomeView> TestHomeView::makeView()
{
    auto view = std::make_unique<HomeView>(*m_db, *m_workspace);
    view->setToday(today);
    view->resize(1280, 800);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("home view not exposed");
    return view;
}

bool TestHomeView::waitForSummary(HomeView &view)
{
    // Let a request made now start, then wait until nothing is being read.
    QTest::qWait(1);
    return QTest::qWaitFor([&view] { return !view.isLoading() && view.summary().today.isValid(); }, 10000);
}

void TestHomeView::cardsShowTheFigures()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QVERIFY2(view->summary().isValid(), qPrintable(view->summary().error));
    const auto value = [&](HomeView::Figure f) {
        return view->card(f)->value();
    };
    QCOMPARE(value(HomeView::Figure::Accounts), u"5"_s); // A06 is churned
    QCOMPARE(value(HomeView::Figure::Renewals30), u"1"_s);
    QCOMPARE(value(HomeView::Figure::Renewals90), u"2"_s);
    QCOMPARE(value(HomeView::Figure::Renewals180), u"3"_s);
    QCOMPARE(value(HomeView::Figure::OverdueRenewals), u"1"_s);
    QCOMPARE(value(HomeView::Figure::NotTouched), u"1"_s); // A05
    QCOMPARE(value(HomeView::Figure::OverdueTasks), u"1"_s);
    QCOMPARE(value(HomeView::Figure::TasksDueToday), u"1"_s);
    // ARR compact, in the main currency first.
    QCOMPARE(view->card(HomeView::Figure::Accounts)->detail(), u"$1.6M + CN¥7M ARR"_s);
    QCOMPARE(view->card(HomeView::Figure::Renewals30)->detail(), u"$1.2M ARR"_s);
    QCOMPARE(view->card(HomeView::Figure::Accounts)->caption(), u"Accounts in my book"_s);
    QVERIFY2(view->card(HomeView::Figure::Accounts)->toolTip().startsWith(u"$1,580,000 ARR in 4 account"_s),
             qPrintable(view->card(HomeView::Figure::Accounts)->toolTip()));

    auto *greeting = view->findChild<QLabel *>(u"homeGreeting"_s);
    QVERIFY(greeting->text().contains(u"Alice Martin"_s));
    auto *subtitle = view->findChild<QLabel *>(u"homeSubtitle"_s);
    QVERIFY2(subtitle->text().contains(QLocale().toString(today, QLocale::LongFormat)),
             qPrintable(subtitle->text()));
    QVERIFY(subtitle->text().contains(u"1 churned left out"_s));

    // Tasks: Alice's overdue and today's, overdue first.
    QAbstractItemModelTester tester(view->taskModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(view->taskModel()->rowCount(), 2);
    QCOMPARE(view->taskModel()->index(0, TaskListModel::Title).data().toString(), u"Task T1"_s);
    QCOMPARE(view->taskModel()->overdueCount(), view->summary().overdueTasks);
    QCOMPARE(view->taskModel()->dueTodayCount(), view->summary().tasksDueToday);

    // Recent activity: Alice's book, newest first, notes included.
    QListWidget *recent = view->recentList();
    QCOMPARE(recent->count(), 4);
    QCOMPARE(recent->item(0)->text(), u"Account A01"_s);
    QCOMPARE(recent->item(1)->text(), u"Account A03"_s); // the note, 5 days ago
}

void TestHomeView::clickingACardListsExactlyItsAccounts()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QSignalSpy requested(view.get(), &HomeView::accountsRequested);
    for (auto figure :
         { HomeView::Figure::Accounts, HomeView::Figure::Renewals30, HomeView::Figure::Renewals90,
           HomeView::Figure::Renewals180, HomeView::Figure::OverdueRenewals, HomeView::Figure::NotTouched }) {
        FigureCard *card = view->card(figure);
        requested.clear();
        QTest::mouseClick(card, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        const auto filter = requested.at(0).at(0).value<AccountFilter>();
        QCOMPARE(requested.at(0).at(1).toString(), card->caption());
        QCOMPARE(QString::number(listedCount(*m_db, filter)), card->value());
        QCOMPARE(filter.scope, Workspace::Scope::MyBook);
        QCOMPARE(filter.scopeUserId, u"U1"_s);
    }
}

void TestHomeView::cardsAreKeyboardButtons()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QSignalSpy requested(view.get(), &HomeView::accountsRequested);
    FigureCard *card = view->card(HomeView::Figure::OverdueRenewals);
    QCOMPARE(card->focusPolicy(), Qt::StrongFocus);
    card->setFocus(Qt::TabFocusReason);
    QVERIFY(card->hasFocus());
    QTest::keyClick(card, Qt::Key_Return);
    QTRY_COMPARE(requested.size(), 1);
    QTest::keyClick(card, Qt::Key_Space);
    QTRY_COMPARE(requested.size(), 2);
    QTest::keyClick(card, Qt::Key_Enter, Qt::KeypadModifier);
    QTRY_COMPARE(requested.size(), 3);
    QCOMPARE(requested.at(2).at(0).value<AccountFilter>().overdueRenewals, true);
    // Tab walks the cards in reading order.
    view->card(HomeView::Figure::Accounts)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(view->card(HomeView::Figure::Accounts), Qt::Key_Tab);
    QVERIFY(view->card(HomeView::Figure::Renewals30)->hasFocus());
    QVERIFY(card->accessibleName().startsWith(u"Overdue renewals: 1"_s));
}

void TestHomeView::scopeSwitchChangesTheFigures()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QCOMPARE(view->card(HomeView::Figure::Accounts)->value(), u"5"_s);

    m_workspace->setScope(Workspace::Scope::MyTeam);
    QVERIFY(waitForSummary(*view));
    QCOMPARE(view->card(HomeView::Figure::Accounts)->value(), u"7"_s); // + Bob's two
    QCOMPARE(view->card(HomeView::Figure::Accounts)->caption(), u"Accounts in my team"_s);
    QCOMPARE(view->card(HomeView::Figure::Renewals30)->value(), u"2"_s); // + A09 in 30 days
    QCOMPARE(view->card(HomeView::Figure::TasksDueToday)->value(), u"2"_s);
    QCOMPARE(view->taskModel()->rowCount(), 3);
    QVERIFY(!view->taskView()->isColumnHidden(TaskListModel::Owner));

    m_workspace->setScope(Workspace::Scope::All);
    QVERIFY(waitForSummary(*view));
    QCOMPARE(view->card(HomeView::Figure::Accounts)->value(), u"8"_s);
    QCOMPARE(view->card(HomeView::Figure::OverdueTasks)->value(), u"2"_s);
    QSignalSpy requested(view.get(), &HomeView::accountsRequested);
    QTest::mouseClick(view->card(HomeView::Figure::Renewals30), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(listedCount(*m_db, requested.at(0).at(0).value<AccountFilter>()), 3);

    // Another user's book.
    m_workspace->setUser(u"U3"_s, u"Carol Diaz"_s);
    m_workspace->setScope(Workspace::Scope::MyBook);
    QVERIFY(waitForSummary(*view));
    QCOMPARE(view->card(HomeView::Figure::Accounts)->value(), u"1"_s);
    QVERIFY(view->findChild<QLabel *>(u"homeGreeting"_s)->text().contains(u"Carol Diaz"_s));
}

void TestHomeView::tickingATaskDoneUpdatesTheFigures()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QCOMPARE(view->card(HomeView::Figure::OverdueTasks)->value(), u"1"_s);
    QTableView *tasks = view->taskView();
    tasks->setFocus();
    tasks->setCurrentIndex(view->taskModel()->index(0, TaskListModel::Title));
    QTest::keyClick(tasks, Qt::Key_Space);
    QCOMPARE(view->taskModel()->index(0, TaskListModel::Done).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QVERIFY(LocalWork(*m_db, u"U1"_s).task(u"T1"_s).done);
    // The row stays (a tick can be undone), the figure follows.
    QCOMPARE(view->taskModel()->rowCount(), 2);
    QVERIFY(waitForSummary(*view));
    QCOMPARE(view->card(HomeView::Figure::OverdueTasks)->value(), u"0"_s);
    QCOMPARE(view->card(HomeView::Figure::OverdueTasks)->detail(), u"All caught up"_s);

    // Space again undoes it; a click on the tick box ticks it too.
    QTest::keyClick(tasks, Qt::Key_Space);
    QVERIFY(!LocalWork(*m_db, u"U1"_s).task(u"T1"_s).done);
    QVERIFY(waitForSummary(*view));
    QCOMPARE(view->card(HomeView::Figure::OverdueTasks)->value(), u"1"_s);
    const QRect box = tasks->visualRect(view->taskModel()->index(1, TaskListModel::Done));
    QTest::mouseClick(tasks->viewport(), Qt::LeftButton, {}, box.center());
    QVERIFY(LocalWork(*m_db, u"U1"_s).task(u"T2"_s).done);
    QVERIFY(waitForSummary(*view));
    QCOMPARE(view->card(HomeView::Figure::TasksDueToday)->value(), u"0"_s);
}

void TestHomeView::taskAndActivityOpenTheirAccount()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QSignalSpy opened(view.get(), &HomeView::accountRequested);

    QTableView *tasks = view->taskView();
    tasks->setFocus();
    tasks->setCurrentIndex(view->taskModel()->index(1, TaskListModel::Title));
    QTest::keyClick(tasks, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), u"A02"_s);
    const QRect row = tasks->visualRect(view->taskModel()->index(0, TaskListModel::Account));
    // QTest's double click needs the press of a first click before it.
    QTest::mouseClick(tasks->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(tasks->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).at(0).toString(), u"A01"_s);

    QListWidget *recent = view->recentList();
    recent->setFocus();
    recent->setCurrentRow(1);
    QTest::keyClick(recent, Qt::Key_Return);
    QCOMPARE(opened.size(), 3);
    QCOMPARE(opened.at(2).at(0).toString(), u"A03"_s);
    const QRect first = recent->visualItemRect(recent->item(0));
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(recent->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(opened.size(), 4);
    QCOMPARE(opened.at(3).at(0).toString(), u"A01"_s);
}

void TestHomeView::taskCardsLeadToTheTaskList()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QSignalSpy requested(view.get(), &HomeView::accountsRequested);
    QTest::mouseClick(view->card(HomeView::Figure::TasksDueToday), Qt::LeftButton);
    QVERIFY(view->taskView()->hasFocus());
    QCOMPARE(view->taskView()->currentIndex().data(TaskListModel::TaskIdRole).toString(), u"T2"_s);
    QTest::mouseClick(view->card(HomeView::Figure::OverdueTasks), Qt::LeftButton);
    QCOMPARE(view->taskView()->currentIndex().data(TaskListModel::TaskIdRole).toString(), u"T1"_s);
    QCOMPARE(requested.size(), 0);
}

void TestHomeView::asksWhoYouAreFirst()
{
    QVERIFY(buildBook(*m_db));
    m_workspace->setUser({}, {});
    auto view = makeView();
    auto *pages = view->findChild<QStackedWidget *>();
    auto *choose = view->findChild<EmptyStateWidget *>(u"homeChooseUser"_s);
    QCOMPARE(pages->currentWidget(), choose);
    QCOMPARE(choose->title(), u"Choose who you are to see your book"_s);
    QSignalSpy chooseRequested(view.get(), &HomeView::chooseUserRequested);
    QTest::mouseClick(view->findChild<QPushButton *>(u"homeChooseUserButton"_s), Qt::LeftButton);
    QCOMPARE(chooseRequested.size(), 1);

    m_workspace->setUser(u"U1"_s, u"Alice Martin"_s);
    QVERIFY(waitForSummary(*view));
    QVERIFY(pages->currentWidget() != choose);
    QCOMPARE(view->card(HomeView::Figure::Accounts)->value(), u"5"_s);
}

void TestHomeView::offersImportOnAnEmptyCache()
{
    auto view = makeView();
    auto *pages = view->findChild<QStackedWidget *>();
    auto *noData = view->findChild<EmptyStateWidget *>(u"homeNoData"_s);
    QCOMPARE(pages->currentWidget(), noData);
    QSignalSpy import(view.get(), &HomeView::importRequested);
    QSignalSpy demo(view.get(), &HomeView::demoDataRequested);
    QTest::mouseClick(view->findChild<QPushButton *>(u"homeImportButton"_s), Qt::LeftButton);
    QTest::mouseClick(view->findChild<QPushButton *>(u"homeDemoButton"_s), Qt::LeftButton);
    QCOMPARE(import.size(), 1);
    QCOMPARE(demo.size(), 1);

    // After an import, reload() shows the figures.
    QVERIFY(buildBook(*m_db));
    view->reload();
    QVERIFY(waitForSummary(*view));
    QVERIFY(pages->currentWidget() != noData);
    QCOMPARE(view->card(HomeView::Figure::Accounts)->value(), u"5"_s);
    QCOMPARE(view->taskModel()->rowCount(), 2);
}

void TestHomeView::screenshot()
{
    // PITWALL_HOME_SCREENSHOT=/tmp/home-en.png [PITWALL_HOME_LOCALE=zh_CN]: Home on the
    // demo company's book, as of today, at 1280x800.
    const QString path = qEnvironmentVariable("PITWALL_HOME_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set PITWALL_HOME_SCREENSHOT to a .png path to save a screenshot");
    QString error;
    QVERIFY2(TestSupport::buildDemoCache(*m_db, m_dir->path(),
                                         { .accounts = 480, .usageWeeks = 4, .asOf = QDate::currentDate() },
                                         &error),
             qPrintable(error));

    // The CSM with the most accounts, and a little local work of theirs.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT a.owner_id, u.name FROM accounts a JOIN users u ON u.id = a.owner_id"
                   " GROUP BY a.owner_id ORDER BY COUNT(*) DESC, a.owner_id LIMIT 1"_s)
            && q.next());
    const QString user = q.value(0).toString();
    m_workspace->setUser(user, q.value(1).toString());
    QStringList accounts;
    QVERIFY(q.exec(
        u"SELECT id FROM accounts WHERE owner_id = '%1' AND archived = 0 ORDER BY renewal_date"_s.arg(user)));
    while (q.next())
        accounts << q.value(0).toString();
    QVERIFY(accounts.size() >= 4);
    LocalWork work(*m_db, user);
    const QDate now = QDate::currentDate();
    QVERIFY(!work.addTask(accounts.at(0), u"Send the renewal quote"_s, now.addDays(-2)).isEmpty());
    QVERIFY(!work.addTask(accounts.at(1), u"Confirm QBR agenda with the champion"_s, now).isEmpty());
    QVERIFY(!work.addTask(accounts.at(2), u"Follow up on the open P1 ticket"_s, now).isEmpty());
    QVERIFY(!work.addTask(accounts.at(3), u"Plan the expansion workshop"_s, now.addDays(-1)).isEmpty());
    QVERIFY(!work.addNote(accounts.at(1),
                          u"Champion confirmed budget for next year; wants a usage review first."_s)
                 .isEmpty());

    auto view = std::make_unique<HomeView>(*m_db, *m_workspace);
    view->resize(1280, 800);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QVERIFY(waitForSummary(*view));
    QVERIFY2(view->summary().isValid(), qPrintable(view->summary().error));
    QVERIFY(view->grab().save(path));
    qInfo().noquote() << "saved" << path << "for" << m_workspace->userName();
}

// My open playbook steps due within a week or overdue, overdue first in red; Enter opens
// the account; none: the empty state.
void TestHomeView::playbookStepsDueAndOverdue()
{
    QVERIFY(buildBook(*m_db));
    {
        auto view = makeView();
        QVERIFY(waitForSummary(*view));
        QCOMPARE(view->playbookStepList()->topLevelItemCount(), 0);
        auto *empty = view->findChild<QLabel *>(u"homePlaybookEmpty"_s);
        QVERIFY(empty && empty->isVisible());
    }
    PlaybookTemplate tmpl;
    tmpl.id = u"home_test"_s;
    tmpl.name = u"Home test"_s;
    for (const int days : { 1, 5, 12, 60 }) {
        PlaybookStepTemplate step;
        step.title = u"Day %1"_s.arg(days);
        step.days = days;
        tmpl.steps.append(step);
    }
    PlaybookStore store(*m_db, u"U1"_s);
    store.setToday(today);
    PlaybookStore::StartOptions options;
    options.startDate = today.addDays(-3); // due -2 (overdue), +2, +9, +57
    QVERIFY2(!store.start(u"A02"_s, tmpl, options).isEmpty(), qPrintable(store.lastError()));
    options.startDate = today;
    QVERIFY(!store.start(u"A01"_s, tmpl, options).isEmpty()); // +1, +5 within the week
    QVERIFY(!store.start(u"A09"_s, tmpl, options).isEmpty()); // Bob's: not in my book

    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QTreeWidget *steps = view->playbookStepList();
    QCOMPARE(steps->topLevelItemCount(), 4);
    QTreeWidgetItem *first = steps->topLevelItem(0);
    QCOMPARE(first->text(0), u"Account A02"_s);
    QCOMPARE(first->text(1), u"Home test"_s);
    QCOMPARE(first->text(2), u"Day 1"_s);
    QVERIFY2(first->text(3).contains(u"Overdue"_s), qPrintable(first->text(3)));
    QCOMPARE(first->foreground(3).color(), Theme::danger());
    QCOMPARE(steps->topLevelItem(1)->text(0), u"Account A01"_s); // due tomorrow
    QVERIFY(!steps->topLevelItem(1)->text(3).contains(u"Overdue"_s));
    auto *caption = view->findChild<QLabel *>(u"homePlaybookCaption"_s);
    QVERIFY(caption->text().contains(u"1 overdue"_s));

    QSignalSpy opened(view.get(), &HomeView::accountRequested);
    steps->setFocus();
    steps->setCurrentItem(first);
    QTest::keyClick(steps, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), u"A02"_s);

    // My team: Bob's steps too; a CSM without notifications sees no notification panel.
    m_workspace->setScope(Workspace::Scope::MyTeam);
    QVERIFY(waitForSummary(*view));
    QCOMPARE(steps->topLevelItemCount(), 6);
    QVERIFY(!view->notificationPanel()->isVisible());
}

// What the rules told a manager: unread first and bold; activating one marks it read and
// opens its account; "Mark all read".
void TestHomeView::notificationsForTheManager()
{
    QVERIFY(buildBook(*m_db));
    const auto notify = [&](const char *id, const char *account, const char *trigger, const QString &detail,
                            int minutesAgo, bool read) {
        const QString when = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo).toString(Qt::ISODate);
        return exec(
            *m_db,
            u"INSERT INTO notifications (id, recipient_id, account_id, kind, rule_id, trigger, detail,"
            " created_at, read_at) VALUES (?, 'U1', ?, 'playbook_rule', 'r', ?, ?, ?, ?)"_s,
            { QString::fromLatin1(id), QString::fromLatin1(account), QString::fromLatin1(trigger), detail,
              when, read ? QVariant(when) : QVariant() });
    };
    QVERIFY(notify("N1", "A01", "nps_detractor", uR"({"score": 3, "contact": "Jane Doe"})"_s, 5, false));
    QVERIFY(notify("N2", "A02", "health_red", u"{}"_s, 1, true));
    QVERIFY(notify("N3", "A04", "health_red", u"{}"_s, 30, false));

    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QVERIFY(view->notificationPanel()->isVisible());
    QListWidget *list = view->notificationList();
    QCOMPARE(list->count(), 3);
    // Unread first (newest first among them), then the read one.
    QVERIFY2(list->item(0)->text().contains(u"NPS 3 from Jane Doe"_s), qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->font().weight() > QFont::Normal);
    QVERIFY(list->item(1)->text().contains(u"Account A04"_s));
    QVERIFY(list->item(2)->text().contains(u"Account A02"_s));
    QCOMPARE(list->item(2)->font().weight(), QFont::Normal);
    auto *caption = view->findChild<QLabel *>(u"homeNotificationCaption"_s);
    QCOMPARE(caption->text(), u"2 unread"_s);

    QSignalSpy opened(view.get(), &HomeView::accountRequested);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), u"A01"_s);
    QCOMPARE(NotificationStore(*m_db).unreadCount(u"U1"_s), 1);
    QCOMPARE(caption->text(), u"1 unread"_s);

    auto *markAll = view->findChild<QPushButton *>(u"homeMarkAllRead"_s);
    QVERIFY(markAll->isEnabled());
    markAll->click();
    QCOMPARE(NotificationStore(*m_db).unreadCount(u"U1"_s), 0);
    QVERIFY(!markAll->isEnabled());
    QCOMPARE(list->count(), 3);
}

QTEST_MAIN(TestHomeView)
#include "tst_homeview.moc"
