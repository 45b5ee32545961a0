// The team view on a known cache, offscreen: the CSMs' rows appear, the totals row stays
// pinned under them whatever the sort and the scrolling, a double-click or Enter lists a
// CSM's accounts, a click on a figure lists exactly its accounts, the keyboard between
// the rows and the totals, the scope switch and "no team" notice, the empty cache, and
// the export (on a worker thread, with progress and Cancel) through the FileDialogs seam.
// PITWALL_TEAM_SCREENSHOT=/tmp/teamview-en.png [PITWALL_TEAM_LOCALE= zh_CN] saves a screenshot on the demo
// company's book.
#include "TestSupport.h"
#include "accounts/AccountFilter.h"
#include "common/EmptyStateWidget.h"
#include "common/FileDialogs.h"
#include "common/Localization.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "demo/DemoExportWriter.h"
#include "health/HealthRecompute.h"
#include "import/Importer.h"
#include "itemmodels/TeamModel.h"
#include "playbook/PlaybookStore.h"
#include "store/Database.h"
#include "team/PlaybookStepsDialog.h"
#include "team/TeamView.h"
#include "work/LocalWork.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>
#include <QTreeWidget>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2025, 6, 16);

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

// Maria (M1) manages Alice (U1) and Bob (U2); Carol (U3) is elsewhere; Lone (L1) alone.
bool buildBook(Database &db)
{
    bool ok = exec(db,
                   u"INSERT INTO users (id, name, team, manager_id) VALUES ('M1', 'Maria Lopez', NULL, NULL),"
                   " ('U1', 'Alice Martin', 'East', 'M1'), ('U2', 'Bob Chen', 'East', 'M1'),"
                   " ('U3', 'Carol Diaz', 'West', NULL), ('L1', 'Lone Wolf', NULL, NULL)"_s);
    struct A
    {
        const char *id, *owner;
        int arr;
        int renewalIn;
        const char *band;
    };
    const QList<A> accounts = {
        { "A01", "U1", 100000, 10, "green" }, { "A02", "U1", 250000, 60, "red" },
        { "A03", "U1", 70000, 120, "red" },   { "A04", "U1", 50000, 200, "yellow" },
        { "A09", "U2", 120000, 30, "green" }, { "A10", "U2", 60000, 300, "green" },
        { "A11", "U3", 90000, 5, "red" },     { "A13", "L1", 5000, 400, "green" },
    };
    for (const A &a : accounts) {
        const QString id = QString::fromLatin1(a.id);
        ok = ok
            && exec(db,
                    u"INSERT INTO accounts (id, name, owner_id, currency, arr, renewal_date, lifecycle_stage)"
                    " VALUES (?, ?, ?, 'USD', ?, ?, 'adoption')"_s,
                    { id, QString(u"Account "_s + id), QString::fromLatin1(a.owner), a.arr,
                      dateIn(a.renewalIn) })
            && exec(db,
                    u"INSERT INTO health_scores (account_id, score, band, computed_score, as_of, computed_at,"
                    " contributions) VALUES (?, 50, ?, 50, '2025-06-16', '2025-06-16T06:00:00Z', '[]')"_s,
                    { id, QString::fromLatin1(a.band) });
    }
    return ok
        && exec(db,
                u"INSERT INTO activities (id, account_id, type, subject, occurred_at) VALUES"
                " ('X01', 'A01', 'call', 'Sync', ?), ('X02', 'A09', 'call', 'Kickoff', ?)"_s,
                { QDateTime(today.addDays(-3), QTime(12, 0), QTimeZone::utc()).toString(Qt::ISODate),
                  QDateTime(today.addDays(-2), QTime(12, 0), QTimeZone::utc()).toString(Qt::ISODate) })
        && exec(db,
                u"INSERT INTO churn_scores (account_id, probability, drivers, computed_at) VALUES"
                " ('A01', 0.1, '[]', '2025-06-16T06:00:00Z'), ('A02', 0.6, '[]', '2025-06-16T06:00:00Z')"_s)
        && exec(db,
                u"INSERT INTO tasks (id, account_id, title, due_date, created_at, updated_at) VALUES"
                " ('T1', 'A02', 'Quote', ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"_s,
                { dateIn(-2) });
}

} // namespace

class TestTeamView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsAppear();
    void totalsStayLastWhateverTheSort();
    void totalsStayInViewWhenTheRowsScroll();
    void doubleClickListsTheCsmsAccounts();
    void enterListsTheCurrentCell();
    void keyboardMovesBetweenRowsAndTotals();
    void clickingAFigureListsExactlyItsAccounts();
    void playbookColumnsDrillDownToTheSteps();
    void scopeSwitchShowsEveryone();
    void someoneWithoutATeamIsTold();
    void emptyCacheShowsTheEmptyState();
    void exportWritesTheWorkbookThroughTheSeam();
    void exportFailureIsReported();
    void exportCanBeCancelled();
    void screenshot();

private:
    std::unique_ptr<TeamView> makeView();
    bool waitForSummary(TeamView &view);
    QPoint cellCenter(TeamView &view, int row, int column);
    QPoint totalCenter(TeamView &view, int column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    QList<MessageBoxes::Request> m_messages;
    QList<FileDialogs::Request> m_dialogs;
    QString m_saveAnswer;
};

void TestTeamView::initTestCase()
{
    TestSupport::isolateSettings();
    const QString language = qEnvironmentVariable("PITWALL_TEAM_LOCALE");
    if (!language.isEmpty()) {
        Localization::install(*qApp, language);
        QLocale::setDefault(QLocale(language));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    Theme::apply(*qApp);
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_messages.append(request);
        return QMessageBox::Ok;
    });
    FileDialogs::setHandler([this](const FileDialogs::Request &request) {
        m_dialogs.append(request);
        return m_saveAnswer;
    });
}

void TestTeamView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setUser(u"M1"_s, u"Maria Lopez"_s);
    m_workspace->setScope(Workspace::Scope::MyBook);
    m_messages.clear();
    m_dialogs.clear();
    m_saveAnswer.clear();
}

void TestTeamView::cleanup()
{
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<TeamView> TestTeamView::makeView()
{
    auto view = std::make_unique<TeamView>(*m_db, *m_workspace);
    view->setToday(today);
    view->resize(1280, 760);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("team view not exposed");
    return view;
}

bool TestTeamView::waitForSummary(TeamView &view)
{
    QSignalSpy shown(&view, &TeamView::summaryShown);
    if (!view.isLoading() && view.summary().today.isValid())
        return true;
    return shown.wait(20000) && !view.isLoading();
}

QPoint TestTeamView::cellCenter(TeamView &view, int row, int column)
{
    return view.table()->visualRect(view.model()->index(row, column)).center();
}

QPoint TestTeamView::totalCenter(TeamView &view, int column)
{
    QTableView *totals = view.totalsTable();
    return totals->visualRect(totals->model()->index(0, column)).center();
}

void TestTeamView::rowsAppear()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY2(view->summary().isValid(), qPrintable(view->summary().error));
    // My team, although the workspace shows My book: a book is not a team.
    QCOMPARE(view->scope(), Workspace::Scope::MyTeam);
    QCOMPARE(view->findChild<QComboBox *>(u"teamScope"_s)->currentText(), u"My team"_s);
    QTableView *table = view->table();
    QCOMPARE(table->model()->rowCount(), 3); // Alice, Bob, Total
    QVERIFY(table->isVisible());
    const auto text = [&](int row, int column) {
        return table->model()->index(row, column).data().toString();
    };
    QCOMPARE(text(0, TeamModel::Csm), u"Alice Martin"_s);
    QCOMPARE(text(0, TeamModel::Accounts), u"4"_s);
    QCOMPARE(text(0, TeamModel::Arr), u"$470K"_s);
    QCOMPARE(text(0, TeamModel::Red), u"2"_s);
    QCOMPARE(text(0, TeamModel::ArrAtRisk), u"$160K (2 unscored)"_s);
    QCOMPARE(text(0, TeamModel::Renewals), u"2"_s);
    QCOMPARE(text(0, TeamModel::OverdueTasks), u"1"_s);
    QCOMPARE(text(1, TeamModel::Csm), u"Bob Chen"_s);
    QCOMPARE(text(1, TeamModel::ArrAtRisk), u"—"_s); // none of Bob's accounts is scored
    QCOMPARE(text(2, TeamModel::Csm), u"Total"_s);
    QCOMPARE(text(2, TeamModel::Accounts), u"6"_s);
    const QString subtitle = view->findChild<QLabel *>(u"teamSubtitle"_s)->text();
    QVERIFY2(subtitle.contains(u"My team of Maria Lopez (East)"_s), qPrintable(subtitle));
    // One team: named in the title, not on every row.
    QVERIFY(view->table()->isColumnHidden(TeamModel::Team));
    QVERIFY(subtitle.contains(QCoreApplication::translate("TeamView", "%Ln CSM(s)", nullptr, 2)));
    QVERIFY(subtitle.contains(QCoreApplication::translate("TeamView", "%Ln account(s)", nullptr, 6)));
    QVERIFY(!view->findChild<QLabel *>(u"teamNotice"_s)->isVisible());
    QVERIFY(!view->findChild<QProgressBar *>(u"teamBusy"_s)->isVisible());
    // Right-aligned numbers, a bar for the health mix.
    QCOMPARE(table->model()->index(0, TeamModel::Accounts).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(table->model()->index(0, TeamModel::Health).data(TeamModel::HealthMixRole).toList().size(), 4);
    // Sorting by a header click: most ARR first, the total stays last.
    table->sortByColumn(TeamModel::Arr, Qt::DescendingOrder);
    QCOMPARE(text(0, TeamModel::Csm), u"Alice Martin"_s);
    table->sortByColumn(TeamModel::Arr, Qt::AscendingOrder);
    QCOMPARE(text(0, TeamModel::Csm), u"Bob Chen"_s);
    QCOMPARE(text(2, TeamModel::Csm), u"Total"_s);

    // The total is not among the CSMs' rows but in the footer under them, lined up.
    QVERIFY(!table->isRowHidden(0) && !table->isRowHidden(1));
    QVERIFY(table->isRowHidden(2));
    QTableView *totals = view->totalsTable();
    QVERIFY(totals->isVisible());
    QCOMPARE(totals->model()->rowCount(), 1);
    QCOMPARE(totals->model()->index(0, TeamModel::Csm).data().toString(), u"Total"_s);
    QCOMPARE(totals->model()->index(0, TeamModel::Accounts).data().toString(), u"6"_s);
    QVERIFY(totals->isColumnHidden(TeamModel::Team)); // as in the table
    for (int c = 0; c < TeamModel::ColumnCount; ++c) {
        if (!table->isColumnHidden(c))
            QCOMPARE(totals->columnViewportPosition(c), table->columnViewportPosition(c));
    }
    // Right under the last CSM (a short team leaves no gap), once laid out.
    const auto gap = [&] {
        const QPoint lastRowBottom = table->viewport()->mapTo(
            view.get(), table->visualRect(table->model()->index(1, 0)).bottomLeft());
        return totals->mapTo(view.get(), QPoint(0, 0)).y() - lastRowBottom.y();
    };
    QTRY_VERIFY2(gap() > 0 && gap() <= 4, qPrintable(QString::number(gap())));
}

void TestTeamView::totalsStayLastWhateverTheSort()
{
    QVERIFY(buildBook(*m_db));
    m_workspace->setScope(Workspace::Scope::All);
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester totalsTester(view->totalsTable()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = view->table();
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 5); // Alice, Bob, Carol, Lone, Total
    for (int column = 0; column < TeamModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            // As a click on the header does.
            table->horizontalHeader()->setSortIndicator(column, order);
            const QString where
                = u"column %1 %2"_s.arg(column).arg(order == Qt::AscendingOrder ? u"up"_s : u"down"_s);
            for (int row = 0; row < 4; ++row) {
                QVERIFY2(!model->index(row, 0).data(TeamModel::IsTotalRole).toBool(), qPrintable(where));
                QVERIFY2(!table->isRowHidden(row), qPrintable(where));
            }
            QVERIFY2(model->index(4, 0).data(TeamModel::IsTotalRole).toBool(), qPrintable(where));
            QCOMPARE(model->index(4, TeamModel::Csm).data().toString(), u"Total"_s);
            QVERIFY2(table->isRowHidden(4), qPrintable(where));
            QCOMPARE(view->totalsTable()->model()->rowCount(), 1);
            QCOMPARE(view->totalsTable()->model()->index(0, TeamModel::Accounts).data().toString(), u"8"_s);
        }
    }
    // The order really changes: accounts up, then down.
    table->sortByColumn(TeamModel::Accounts, Qt::AscendingOrder);
    QCOMPARE(model->index(3, TeamModel::Csm).data().toString(), u"Alice Martin"_s);
    table->sortByColumn(TeamModel::Accounts, Qt::DescendingOrder);
    QCOMPARE(model->index(0, TeamModel::Csm).data().toString(), u"Alice Martin"_s);
    QCOMPARE(model->index(4, TeamModel::Csm).data().toString(), u"Total"_s);

    // A reload (new figures) keeps it so.
    view->reload();
    QVERIFY(waitForSummary(*view));
    QVERIFY(table->isRowHidden(4));
    QVERIFY(!table->isRowHidden(0));
    QCOMPARE(model->index(4, TeamModel::Csm).data().toString(), u"Total"_s);
}

void TestTeamView::totalsStayInViewWhenTheRowsScroll()
{
    QVERIFY(buildBook(*m_db));
    m_workspace->setScope(Workspace::Scope::All);
    auto view = makeView();
    view->resize(760, 300); // room for a row or two: the CSMs scroll
    QVERIFY(waitForSummary(*view));
    QTableView *table = view->table();
    QTableView *totals = view->totalsTable();
    QTRY_VERIFY(table->verticalScrollBar()->maximum() > 0);
    table->scrollToTop();
    const auto footerInView = [&] {
        const QRect footer(totals->mapTo(view.get(), QPoint(0, 0)), totals->size());
        return totals->isVisible() && view->rect().contains(footer) && footer.height() >= 30;
    };
    QVERIFY(footerInView());
    table->scrollToBottom();
    QVERIFY(footerInView());
    // Below the table, not over it.
    QVERIFY(totals->mapTo(view.get(), QPoint(0, 0)).y()
            >= table->mapTo(view.get(), QPoint(0, table->height())).y());
    // The names keep a readable width; the figures scroll sideways, the footer with them.
    QVERIFY(table->columnWidth(TeamModel::Csm) >= 150);
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QTRY_COMPARE(totals->horizontalScrollBar()->value(), table->horizontalScrollBar()->value());
    QCOMPARE(totals->viewport()->width(), table->viewport()->width());
    QCOMPARE(totals->columnViewportPosition(TeamModel::OverdueTasks),
             table->columnViewportPosition(TeamModel::OverdueTasks));
}

void TestTeamView::doubleClickListsTheCsmsAccounts()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QSignalSpy requested(view.get(), &TeamView::accountsRequested);
    // QTest's double click needs the press of a first click before it; a click on a
    // name opens nothing.
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, cellCenter(*view, 1, TeamModel::Csm));
    QCOMPARE(requested.size(), 0);
    QTest::mouseDClick(view->table()->viewport(), Qt::LeftButton, {}, cellCenter(*view, 1, TeamModel::Csm));
    QCOMPARE(requested.size(), 1);
    const auto filter = requested.at(0).at(0).value<AccountFilter>();
    QCOMPARE(filter.ownerIds, QStringList { u"U2"_s });
    QCOMPARE(filter.scope, Workspace::Scope::MyTeam);
    QCOMPARE(filter.scopeUserId, u"M1"_s);
    QVERIFY(filter.healthBands.isEmpty());
    QCOMPARE(requested.at(0).at(1).toString(), u"Bob Chen · Accounts"_s);

    // The totals row (the footer) lists the whole team.
    QTest::mouseClick(view->totalsTable()->viewport(), Qt::LeftButton, {},
                      totalCenter(*view, TeamModel::Health));
    QTest::mouseDClick(view->totalsTable()->viewport(), Qt::LeftButton, {},
                       totalCenter(*view, TeamModel::Health));
    QCOMPARE(requested.size(), 2);
    const auto team = requested.at(1).at(0).value<AccountFilter>();
    QVERIFY(team.ownerIds.isEmpty());
    QCOMPARE(team, view->summary().base);
    QCOMPARE(requested.at(1).at(1).toString(), u"My team of Maria Lopez · Accounts"_s);
}

void TestTeamView::enterListsTheCurrentCell()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QSignalSpy requested(view.get(), &TeamView::accountsRequested);
    QTableView *table = view->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, TeamModel::Csm));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<AccountFilter>().ownerIds, QStringList { u"U1"_s });
    QCOMPARE(requested.at(0).at(0).value<AccountFilter>().renewalWithinDays, 0);

    // On a figure, Enter (keypad too) opens the figure.
    table->setCurrentIndex(table->model()->index(0, TeamModel::Renewals));
    QTest::keyClick(table, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(requested.size(), 2);
    const auto renewals = requested.at(1).at(0).value<AccountFilter>();
    QCOMPARE(renewals.ownerIds, QStringList { u"U1"_s });
    QCOMPARE(renewals.renewalWithinDays, 90);
    QCOMPARE(requested.at(1).at(1).toString(),
             u"Alice Martin · "_s
                 + QCoreApplication::translate("TeamView", "Renewals in %n day(s)", nullptr, 90));
}

void TestTeamView::keyboardMovesBetweenRowsAndTotals()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    QSignalSpy requested(view.get(), &TeamView::accountsRequested);
    QTableView *table = view->table();
    QTableView *totals = view->totalsTable();

    // Down from the last CSM reaches the totals, in the same column.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, TeamModel::Red));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Down);
    QTRY_VERIFY(totals->hasFocus());
    QCOMPARE(totals->currentIndex().column(), int(TeamModel::Red));
    // Enter opens the team's red accounts.
    QTest::keyClick(totals, Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    const auto red = requested.at(0).at(0).value<AccountFilter>();
    QVERIFY(red.ownerIds.isEmpty());
    QCOMPARE(red.healthBands, QStringList { u"red"_s });
    QCOMPARE(requested.at(0).at(1).toString(), u"My team of Maria Lopez · Health red"_s);
    // On the name, Enter lists the whole team.
    totals->setCurrentIndex(totals->model()->index(0, TeamModel::Csm));
    QTest::keyClick(totals, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(0).value<AccountFilter>(), view->summary().base);
    // Up goes back to the last CSM.
    QTest::keyClick(totals, Qt::Key_Up);
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(table->currentIndex().column(), int(TeamModel::Csm));

    // Tab reaches the footer too, on its first figure.
    totals->setCurrentIndex({});
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(totals->hasFocus());
    QCOMPARE(totals->currentIndex().column(), int(TeamModel::Accounts));
    QVERIFY(!totals->accessibleName().isEmpty());
}

void TestTeamView::clickingAFigureListsExactlyItsAccounts()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QSignalSpy requested(view.get(), &TeamView::accountsRequested);
    QWidget *viewport = view->table()->viewport();

    const auto listed = [&](const AccountFilter &filter) {
        QVariantList binds;
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT id FROM accounts a WHERE "_s + filter.sqlCondition(&binds) + u" ORDER BY id"_s);
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        QStringList ids;
        if (!q.exec())
            qWarning() << q.lastError().text();
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    };

    QTest::mouseClick(viewport, Qt::LeftButton, {}, cellCenter(*view, 0, TeamModel::Red));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(listed(requested.at(0).at(0).value<AccountFilter>()), (QStringList { u"A02"_s, u"A03"_s }));
    QCOMPARE(requested.at(0).at(1).toString(), u"Alice Martin · Health red"_s);

    QTest::mouseClick(viewport, Qt::LeftButton, {}, cellCenter(*view, 0, TeamModel::NotTouched));
    QCOMPARE(requested.size(), 2);
    QCOMPARE(listed(requested.at(1).at(0).value<AccountFilter>()),
             (QStringList { u"A02"_s, u"A03"_s, u"A04"_s }));

    QTest::mouseClick(viewport, Qt::LeftButton, {}, cellCenter(*view, 0, TeamModel::ArrAtRisk));
    QCOMPARE(requested.size(), 3);
    QCOMPARE(listed(requested.at(2).at(0).value<AccountFilter>()),
             (QStringList { u"A01"_s, u"A02"_s, u"A03"_s, u"A04"_s }));

    QTest::mouseClick(viewport, Qt::LeftButton, {}, cellCenter(*view, 0, TeamModel::OverdueTasks));
    QCOMPARE(requested.size(), 4);
    QCOMPARE(listed(requested.at(3).at(0).value<AccountFilter>()), QStringList { u"A02"_s });

    QTest::mouseClick(view->totalsTable()->viewport(), Qt::LeftButton, {},
                      totalCenter(*view, TeamModel::Green));
    QCOMPARE(requested.size(), 5);
    QCOMPARE(requested.at(4).at(1).toString(), u"My team of Maria Lopez · Health green"_s);
    QCOMPARE(listed(requested.at(4).at(0).value<AccountFilter>()),
             (QStringList { u"A01"_s, u"A09"_s, u"A10"_s }));

    // A zero opens nothing; nor does a name (that takes a double-click).
    QTest::mouseClick(viewport, Qt::LeftButton, {}, cellCenter(*view, 1, TeamModel::Red));
    QTest::mouseClick(viewport, Qt::LeftButton, {}, cellCenter(*view, 1, TeamModel::Csm));
    QCOMPARE(requested.size(), 5);
}

void TestTeamView::scopeSwitchShowsEveryone()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QComboBox *scope = view->findChild<QComboBox *>(u"teamScope"_s);
    QVERIFY(scope);
    QSignalSpy shown(view.get(), &TeamView::summaryShown);
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Down); // "Everyone"
    QVERIFY(shown.wait(10000));
    QCOMPARE(view->scope(), Workspace::Scope::All);
    QCOMPARE(view->model()->rowCount(), 5); // Alice, Bob, Carol, Lone, Total
    QVERIFY(view->findChild<QLabel *>(u"teamSubtitle"_s)->text().contains(u"Every CSM"_s));
    QVERIFY(!view->table()->isColumnHidden(TeamModel::Team)); // East and West

    // The workspace switch leads: My book or My team means the team here.
    m_workspace->setScope(Workspace::Scope::MyTeam);
    QVERIFY(waitForSummary(*view));
    QCOMPARE(view->scope(), Workspace::Scope::MyTeam);
    QCOMPARE(scope->currentText(), u"My team"_s);
    QCOMPARE(view->model()->rowCount(), 3);
    m_workspace->setScope(Workspace::Scope::All);
    QVERIFY(waitForSummary(*view));
    QCOMPARE(view->scope(), Workspace::Scope::All);
}

void TestTeamView::someoneWithoutATeamIsTold()
{
    QVERIFY(buildBook(*m_db));
    m_workspace->setUser(u"L1"_s, u"Lone Wolf"_s);
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QCOMPARE(view->model()->rowCount(), 2); // their own row and the total
    QLabel *notice = view->findChild<QLabel *>(u"teamNotice"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"no team in the cache"_s), qPrintable(notice->text()));

    // Someone whose team owns nothing: an empty state that offers everyone.
    QVERIFY(exec(*m_db, u"INSERT INTO users (id, name) VALUES ('N1', 'New Hire')"_s));
    m_workspace->setUser(u"N1"_s, u"New Hire"_s);
    QVERIFY(waitForSummary(*view));
    auto *noRows = view->findChild<EmptyStateWidget *>(u"teamNoRows"_s);
    QVERIFY(noRows->isVisible());
    QVERIFY(!view->findChild<QPushButton *>(u"teamExportButton"_s)->isEnabled());
    QSignalSpy shown(view.get(), &TeamView::summaryShown);
    QTest::mouseClick(view->findChild<QPushButton *>(u"teamShowEveryone"_s), Qt::LeftButton);
    QVERIFY(shown.wait(10000));
    QCOMPARE(view->scope(), Workspace::Scope::All);
    QVERIFY(view->table()->isVisible());

    // Nobody chosen: every CSM, and why.
    m_workspace->setUser(QString(), QString());
    view->setScope(Workspace::Scope::MyTeam);
    QVERIFY(waitForSummary(*view));
    QCOMPARE(view->model()->rowCount(), 5);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"does not know who you are"_s));
}

void TestTeamView::emptyCacheShowsTheEmptyState()
{
    auto view = makeView();
    QTest::qWait(50);
    QVERIFY(!view->isLoading());
    QVERIFY(view->findChild<EmptyStateWidget *>(u"teamNoData"_s)->isVisible());
    QVERIFY(!view->findChild<QPushButton *>(u"teamExportButton"_s)->isEnabled());
    // Data arrives: reload shows it.
    QVERIFY(buildBook(*m_db));
    view->reload();
    QVERIFY(waitForSummary(*view));
    QVERIFY(view->table()->isVisible());
    QVERIFY(view->findChild<QPushButton *>(u"teamExportButton"_s)->isEnabled());
}

void TestTeamView::exportWritesTheWorkbookThroughTheSeam()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    auto *action = view->findChild<QAction *>(u"actionExportTeam"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

    // Cancelled: nothing written.
    QSignalSpy finished(view.get(), &TeamView::exportFinished);
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    QTest::keyClick(view.get(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(m_dialogs.size(), 1);
    QCOMPARE(m_dialogs.at(0).kind, FileDialogs::Kind::SaveFile);
    QVERIFY(m_dialogs.at(0).filter.contains(u"*.xlsx"_s));
    QCOMPARE(finished.size(), 0);

    // A name without the suffix gets it. Written on a worker thread.
    m_saveAnswer = m_dir->filePath(u"my team"_s);
    QTest::mouseClick(view->findChild<QPushButton *>(u"teamExportButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!view->isExporting());
    QVERIFY(action->isEnabled());
    const QString path = m_dir->filePath(u"my team.xlsx"_s);
    QCOMPARE(finished.at(0).at(0).toString(), path);
    QVERIFY(finished.at(0).at(1).toBool());
    QVERIFY(TestSupport::readFile(path).startsWith("PK"));
    QVERIFY(m_messages.isEmpty());
    QLabel *result = view->findChild<QLabel *>(u"teamExportResult"_s);
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().startsWith(
                 QCoreApplication::translate("TeamView", "Exported %Ln CSM(s) to %1.", nullptr, 2)
                     .arg(QDir::toNativeSeparators(path).toHtmlEscaped())),
             qPrintable(result->text()));
}

void TestTeamView::exportFailureIsReported()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    QSignalSpy finished(view.get(), &TeamView::exportFinished);
    const QString path = m_dir->filePath(u"missing/folder/team.xlsx"_s);
    QVERIFY(view->exportTo(path)); // started
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), path);
    QVERIFY(!finished.at(0).at(1).toBool());
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.at(0).icon, QMessageBox::Critical);
    // The message names the file, and says why.
    QVERIFY2(m_messages.at(0).text.contains(QDir::toNativeSeparators(path)),
             qPrintable(m_messages.at(0).text));
    QVERIFY2(m_messages.at(0).informativeText.startsWith(u"Cannot write "_s),
             qPrintable(m_messages.at(0).informativeText));
    QVERIFY(m_messages.at(0).informativeText.contains(u"team.xlsx"_s));
    QVERIFY(!QFile::exists(path));
    QVERIFY(view->findChild<QAction *>(u"actionExportTeam"_s)->isEnabled()); // ready for another try
}

void TestTeamView::exportCanBeCancelled()
{
    QVERIFY(buildBook(*m_db));
    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    auto *action = view->findChild<QAction *>(u"actionExportTeam"_s);
    QSignalSpy finished(view.get(), &TeamView::exportFinished);
    const QString path = m_dir->filePath(u"cancelled.xlsx"_s);

    // The worker held back (a busy thread pool) until the user has pressed Cancel.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore hold;
    QSemaphore holding;
    pool->start([&] {
        holding.release();
        hold.acquire();
    });
    holding.acquire();
    QVERIFY(view->exportTo(path));
    QVERIFY(view->isExporting());
    QVERIFY(!action->isEnabled()); // one export at a time
    QVERIFY(!view->exportTo(m_dir->filePath(u"second.xlsx"_s)));
    auto *progress = view->findChild<QProgressDialog *>(u"teamExportProgress"_s);
    QVERIFY(progress);
    QCOMPARE(progress->windowModality(), Qt::WindowModal);
    // The dialog's Cancel button (the dialog shows after 400 ms; the button works before).
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), QCoreApplication::translate("TeamView", "Cancel"));
    cancel->click();
    hold.release();
    const bool ended = finished.wait(20000);
    pool->setMaxThreadCount(threads);
    QVERIFY(ended);
    QVERIFY(!finished.at(0).at(1).toBool());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(m_dir->filePath(u"second.xlsx"_s)));
    QVERIFY(m_messages.isEmpty()); // a cancel is not an error
    QLabel *result = view->findChild<QLabel *>(u"teamExportResult"_s);
    QVERIFY(result->isVisible());
    QCOMPARE(result->text(),
             QCoreApplication::translate("TeamView", "Export cancelled; no file was written."));
    QTRY_VERIFY(!view->findChild<QProgressDialog *>(u"teamExportProgress"_s));
    QVERIFY(action->isEnabled());

    // And the next one goes through.
    QVERIFY(view->exportTo(path));
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.at(1).at(1).toBool());
    QVERIFY(TestSupport::readFile(path).startsWith("PK"));
}

void TestTeamView::screenshot()
{
    const QString path = qEnvironmentVariable("PITWALL_TEAM_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set PITWALL_TEAM_SCREENSHOT to a .png path to save a screenshot");
    DemoOptions options;
    options.accounts = 1500;
    options.usageWeeks = 12;
    const QString bundle = m_dir->filePath(u"bundle"_s);
    QString error;
    QVERIFY2(DemoExportWriter(options).write(bundle, &error), qPrintable(error));
    ImportOptions import;
    import.source = bundle;
    const ImportReport report = Importer(*m_db).run(import);
    QVERIFY2(report.ok(), qPrintable(report.error));
    HealthRecompute recompute(*m_db);
    QVERIFY2(recompute.recomputeAll(), qPrintable(recompute.lastError()));
    // The import trained the churn model; where it could not score an account, a
    // probability like the model's.
    QVERIFY(exec(*m_db,
                 u"INSERT OR IGNORE INTO churn_scores (account_id, probability, drivers, computed_at)"
                 " SELECT a.id, CASE h.band WHEN 'red' THEN 0.45 WHEN 'yellow' THEN 0.18 ELSE 0.05 END"
                 " + (a.pk % 7) / 100.0, '[]', '2025-01-01T00:00:00Z' FROM accounts a"
                 " JOIN health_scores h ON h.account_id = a.id WHERE a.archived = 0"_s));
    // The manager with the most CSMs, and some overdue work in their team.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT m.id, m.name FROM users m JOIN users c ON c.manager_id = m.id"
                   " GROUP BY m.id ORDER BY COUNT(*) DESC, m.id LIMIT 1"_s)
            && q.next());
    m_workspace->setUser(q.value(0).toString(), q.value(1).toString());
    QVERIFY(q.exec(
        u"SELECT a.id, a.owner_id FROM accounts a JOIN users u ON u.id = a.owner_id"
        " WHERE u.manager_id = '%1' AND a.archived = 0 ORDER BY a.pk LIMIT 9"_s.arg(m_workspace->userId())));
    int n = 0;
    while (q.next()) {
        LocalWork work(*m_db, q.value(1).toString());
        QVERIFY(!work.addTask(q.value(0).toString(), u"Follow up"_s, QDate::currentDate().addDays(-1 - n++))
                     .isEmpty());
    }
    auto view = std::make_unique<TeamView>(*m_db, *m_workspace);
    // PITWALL_TEAM_WIDTH=1040: as wide as beside the main window's sidebar.
    view->resize(qEnvironmentVariableIntValue("PITWALL_TEAM_WIDTH") > 0
                     ? qEnvironmentVariableIntValue("PITWALL_TEAM_WIDTH")
                     : 1280,
                 760);
    if (qEnvironmentVariable("PITWALL_TEAM_SCOPE") == "all"_L1)
        view->setScope(Workspace::Scope::All);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QVERIFY(waitForSummary(*view));
    QVERIFY2(view->summary().isValid(), qPrintable(view->summary().error));
    view->table()->setCurrentIndex(view->model()->index(1, TeamModel::Csm));
    QVERIFY(view->grab().save(path));
    qInfo().noquote() << "saved" << path << "for" << m_workspace->userName();
}

// Completion and overdue steps per CSM; Enter on the overdue cell lists that CSM's
// overdue steps in a dialog, whose Enter opens the account.
void TestTeamView::playbookColumnsDrillDownToTheSteps()
{
    QVERIFY(buildBook(*m_db));
    PlaybookTemplate tmpl;
    tmpl.id = u"team_view_test"_s;
    tmpl.name = u"Team view test"_s;
    for (const int days : { 1, 5, 8, 60 }) {
        PlaybookStepTemplate step;
        step.title = u"Day %1"_s.arg(days);
        step.days = days;
        tmpl.steps.append(step);
    }
    PlaybookStore store(*m_db, u"U1"_s);
    store.setToday(today);
    PlaybookStore::StartOptions options;
    options.startDate = today.addDays(-10); // due -9, -5, -2, +50
    const QString a02 = store.start(u"A02"_s, tmpl, options);
    QVERIFY2(!a02.isEmpty(), qPrintable(store.lastError()));
    QVERIFY(store.check(a02, 1));
    const QString a03 = store.start(u"A03"_s, tmpl, options);
    QVERIFY(store.check(a03, 1));
    QVERIFY(store.check(a03, 2));
    QVERIFY(store.skip(a03, 3, u"Done on the call"_s));

    auto view = makeView();
    QVERIFY(waitForSummary(*view));
    const int alice = view->model()->rowOfOwner(u"U1"_s);
    QVERIFY(alice >= 0);
    const auto text = [&](int row, int column) {
        return view->model()->index(row, column).data().toString();
    };
    QCOMPARE(text(alice, TeamModel::PlaybookCompletion), u"67%"_s); // 4 of 6 due
    QCOMPARE(text(alice, TeamModel::PlaybookOverdue), u"2"_s);
    const int bob = view->model()->rowOfOwner(u"U2"_s);
    QCOMPARE(text(bob, TeamModel::PlaybookCompletion), u"—"_s);
    QCOMPARE(text(bob, TeamModel::PlaybookOverdue), u"0"_s);
    QCOMPARE(view->totalsTable()->model()->index(0, TeamModel::PlaybookOverdue).data().toString(), u"2"_s);

    QSignalSpy accounts(view.get(), &TeamView::accountsRequested);
    QSignalSpy opened(view.get(), &TeamView::accountRequested);
    view->table()->setFocus();
    view->table()->setCurrentIndex(view->model()->index(alice, TeamModel::PlaybookOverdue));
    QTest::keyClick(view->table(), Qt::Key_Return);
    QCOMPARE(accounts.size(), 0);
    auto *dialog = view->findChild<PlaybookStepsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->stepCount(), 2);
    QTreeWidget *list = dialog->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(PlaybookStepsDialog::Account), u"Account A02"_s);
    QCOMPARE(list->topLevelItem(0)->text(PlaybookStepsDialog::Step), u"Day 5"_s);
    QVERIFY(list->topLevelItem(0)->text(PlaybookStepsDialog::Due).contains(u"5 day"_s));
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), u"A02"_s); // Day 8, also on A02
    QTRY_VERIFY(!view->findChild<PlaybookStepsDialog *>());

    // The completion cell lists every open step of Alice's (A02's three, A03's one).
    view->table()->setCurrentIndex(view->model()->index(alice, TeamModel::PlaybookCompletion));
    QTest::keyClick(view->table(), Qt::Key_Return);
    dialog = view->findChild<PlaybookStepsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->stepCount(), 4);
    dialog->reject();
    QTRY_VERIFY(!view->findChild<PlaybookStepsDialog *>());
    // Bob has none overdue: nothing opens.
    view->table()->setCurrentIndex(view->model()->index(bob, TeamModel::PlaybookOverdue));
    QTest::keyClick(view->table(), Qt::Key_Return);
    QVERIFY(!view->findChild<PlaybookStepsDialog *>());
    QCOMPARE(accounts.size(), 1); // Enter on a cell without steps opens the row's accounts
}

QTEST_MAIN(TestTeamView)
#include "tst_teamview.moc"
