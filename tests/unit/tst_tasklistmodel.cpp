// TaskListModel: one account's tasks, and "my tasks due" across the scope; edits saved
// and journaled through LocalWork.
#include "itemmodels/TaskListModel.h"
#include "store/Database.h"
#include "work/ChangeJournal.h"
#include "work/LocalWork.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2025, 3, 10);

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, col), role).toString();
    return values;
}

} // namespace

class TestTaskListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void accountMode();
    void accountModeColumnsAndRoles();
    void tickDoneSavesAndJournals();
    void editTitleAndDue();
    void refusedEditsSayWhy();
    void dueModeScopes();
    void dueModeNextSevenDays();
    void scopeChangeReloads();
    void emptyAndUnknown();

private:
    bool exec(const QString &sql);
    QString addTask(const QString &account, const QString &title, const QDate &due = {}, bool done = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LocalWork> m_work;
    // Named by title.
    QHash<QString, QString> m_ids;
};

bool TestTaskListModel::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

QString TestTaskListModel::addTask(const QString &account, const QString &title, const QDate &due, bool done)
{
    const QString id = m_work->addTask(account, title, due);
    if (id.isEmpty())
        qWarning() << m_work->lastError();
    if (done)
        m_work->setTaskDone(id, true);
    m_ids.insert(title, id);
    return id;
}

void TestTaskListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    // U1 and U2 share team T1; U3 is in T2.
    QVERIFY(exec(
        u"INSERT INTO teams (id, name, manager_id) VALUES ('T1', 'West', 'U9'), ('T2', 'East', 'U8')"_s));
    QVERIFY(exec(u"INSERT INTO users (id, name, team) VALUES ('U1', 'Alice Martin', 'T1'),"
                 " ('U2', '王小明', 'T1'), ('U3', 'Carol Diaz', 'T2')"_s));
    QVERIFY(exec(u"INSERT INTO accounts (id, name, owner_id) VALUES ('A1', 'Acme Corp', 'U1'),"
                 " ('A2', 'Globex', 'U1'), ('B1', '华为科技', 'U2'), ('C1', 'Initech', 'U3')"_s));
    m_work = std::make_unique<LocalWork>(*m_db, u"U1"_s);
    m_ids.clear();

    addTask(u"A1"_s, u"a1 overdue"_s, today.addDays(-3));
    addTask(u"A1"_s, u"a1 today"_s, today);
    addTask(u"A1"_s, u"a1 in 5 days"_s, today.addDays(5));
    addTask(u"A1"_s, u"a1 in 30 days"_s, today.addDays(30));
    addTask(u"A1"_s, u"a1 undated"_s);
    addTask(u"A1"_s, u"a1 done overdue"_s, today.addDays(-10), true);
    const QString deleted = addTask(u"A1"_s, u"a1 deleted"_s, today.addDays(-1));
    QVERIFY(m_work->deleteTask(deleted));
    addTask(u"A2"_s, u"a2 overdue long"_s, today.addDays(-40));
    addTask(u"B1"_s, u"b1 today"_s, today);
    addTask(u"C1"_s, u"c1 overdue"_s, today.addDays(-1));
    addTask(u"C1"_s, u"c1 in 7 days"_s, today.addDays(7));
    QCOMPARE(m_ids.size(), 11);
}

void TestTaskListModel::cleanup()
{
    m_work.reset();
    m_db.reset();
    m_dir.reset();
}

void TestTaskListModel::accountMode()
{
    TaskListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(today);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setAccount(u"A1"_s);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.mode(), TaskListModel::Mode::Account);
    QCOMPARE(model.columnCount(), int(TaskListModel::ColumnCount));
    QCOMPARE(column(model, TaskListModel::Title),
             (QStringList { u"a1 overdue"_s, u"a1 today"_s, u"a1 in 5 days"_s, u"a1 in 30 days"_s,
                            u"a1 undated"_s, u"a1 done overdue"_s }));
    QCOMPARE(model.overdueCount(), 1);
    QCOMPARE(model.dueTodayCount(), 1);
    QVERIFY(model.lastError().isEmpty());

    model.setAccount(u"C1"_s);
    QCOMPARE(column(model, TaskListModel::Title), (QStringList { u"c1 overdue"_s, u"c1 in 7 days"_s }));
}

void TestTaskListModel::accountModeColumnsAndRoles()
{
    TaskListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(today);
    model.setAccount(u"A1"_s);
    const QModelIndex overdue = model.index(0, TaskListModel::Title);
    QCOMPARE(overdue.data(TaskListModel::TaskIdRole).toString(), m_ids.value(u"a1 overdue"_s));
    QCOMPARE(overdue.data(TaskListModel::AccountIdRole).toString(), u"A1"_s);
    QCOMPARE(overdue.data(TaskListModel::OverdueRole).toBool(), true);
    QCOMPARE(overdue.data(TaskListModel::DueTodayRole).toBool(), false);
    QCOMPARE(overdue.data(TaskListModel::DueDateRole).toDate(), today.addDays(-3));
    QCOMPARE(model.index(0, TaskListModel::Due).data(Qt::EditRole).toDate(), today.addDays(-3));
    QCOMPARE(model.index(0, TaskListModel::Due).data(Qt::DisplayRole).toString(),
             QLocale().toString(today.addDays(-3), QLocale::ShortFormat));
    QVERIFY(model.index(0, TaskListModel::Due)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"Overdue by 3 day"_s));
    QCOMPARE(model.index(1, TaskListModel::Due).data(Qt::ToolTipRole).toString(), u"Due today"_s);
    QCOMPARE(model.index(1, TaskListModel::Title).data(TaskListModel::DueTodayRole).toBool(), true);
    QCOMPARE(model.index(1, TaskListModel::Title).data(TaskListModel::OverdueRole).toBool(), false);
    QCOMPARE(model.index(0, TaskListModel::Account).data().toString(), u"Acme Corp"_s);
    QCOMPARE(model.index(0, TaskListModel::Owner).data().toString(), u"Alice Martin"_s);
    QCOMPARE(model.index(0, TaskListModel::Done).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // The undated task has no due text and is not overdue.
    QVERIFY(model.index(4, TaskListModel::Due).data().toString().isEmpty());
    QVERIFY(!model.index(4, TaskListModel::Due).data(Qt::EditRole).toDate().isValid());
    // A done task is not overdue, whatever its date.
    const QModelIndex done = model.index(5, TaskListModel::Done);
    QCOMPARE(done.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(done.data(TaskListModel::DoneRole).toBool(), true);
    QCOMPARE(done.data(TaskListModel::OverdueRole).toBool(), false);

    QVERIFY(model.flags(model.index(0, TaskListModel::Done)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, TaskListModel::Done)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, TaskListModel::Title)) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.index(0, TaskListModel::Due)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, TaskListModel::Account)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(0, TaskListModel::Owner)) & Qt::ItemIsEditable));
    QCOMPARE(model.headerData(TaskListModel::Title, Qt::Horizontal).toString(), u"Task"_s);
    QCOMPARE(model.headerData(TaskListModel::Due, Qt::Horizontal).toString(), u"Due"_s);
}

void TestTaskListModel::tickDoneSavesAndJournals()
{
    TaskListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAuthor(u"U2"_s);
    model.setToday(today);
    model.setAccount(u"A1"_s);
    const qint64 before = ChangeJournal(*m_db).unsentCount();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex box = model.index(0, TaskListModel::Done);
    QVERIFY(model.setData(box, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(0, TaskListModel::ColumnCount - 1));
    QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(box.data(TaskListModel::OverdueRole).toBool(), false);
    // The row stays where it is until the next reload.
    QCOMPARE(model.index(0, TaskListModel::Title).data().toString(), u"a1 overdue"_s);

    const LocalWork::Task saved = m_work->task(m_ids.value(u"a1 overdue"_s));
    QVERIFY(saved.done);
    const QList<ChangeJournal::Change> unsent = ChangeJournal(*m_db).unsent();
    QCOMPARE(unsent.size(), before + 1);
    QCOMPARE(unsent.last().field, u"done"_s);
    QCOMPARE(unsent.last().author, u"U2"_s);
    QCOMPARE(unsent.last().newValue.toString(), u"1"_s);

    model.reload();
    QCOMPARE(model.index(0, TaskListModel::Title).data().toString(), u"a1 today"_s);
    QCOMPARE(column(model, TaskListModel::Title).last(), u"a1 done overdue"_s);
    QCOMPARE(column(model, TaskListModel::Title).at(4), u"a1 overdue"_s); // the newest done first

    // And back.
    const int row = int(column(model, TaskListModel::Title).indexOf(u"a1 done overdue"_s));
    QVERIFY(model.setData(model.index(row, TaskListModel::Done), int(Qt::Unchecked), Qt::CheckStateRole));
    QVERIFY(!m_work->task(m_ids.value(u"a1 done overdue"_s)).done);
    QCOMPARE(model.index(row, TaskListModel::Title).data(TaskListModel::OverdueRole).toBool(), true);
}

void TestTaskListModel::editTitleAndDue()
{
    TaskListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Workspace workspace;
    workspace.setUser(u"U3"_s, u"Carol Diaz"_s);
    model.setWorkspace(&workspace);
    QCOMPARE(model.author(), u"U3"_s);
    model.setToday(today);
    model.setAccount(u"A1"_s);
    const QString id = model.index(2, 0).data(TaskListModel::TaskIdRole).toString();
    QCOMPARE(id, m_ids.value(u"a1 in 5 days"_s));

    QVERIFY(model.setData(model.index(2, TaskListModel::Title), u"a1 in 5 days: call Dana"_s));
    QCOMPARE(model.index(2, TaskListModel::Title).data().toString(), u"a1 in 5 days: call Dana"_s);
    QCOMPARE(m_work->task(id).title, u"a1 in 5 days: call Dana"_s);

    QVERIFY(model.setData(model.index(2, TaskListModel::Due), today.addDays(-1)));
    QCOMPARE(m_work->task(id).due, today.addDays(-1));
    QCOMPARE(model.index(2, TaskListModel::Title).data(TaskListModel::OverdueRole).toBool(), true);
    QVERIFY(model.setData(model.index(2, TaskListModel::Due), u"2025-04-01"_s));
    QCOMPARE(m_work->task(id).due, QDate(2025, 4, 1));
    QVERIFY(model.setData(model.index(2, TaskListModel::Due), QDate()));
    QVERIFY(!m_work->task(id).due.isValid());
    QVERIFY(model.index(2, TaskListModel::Due).data().toString().isEmpty());

    const QList<ChangeJournal::Change> history = ChangeJournal(*m_db).history(id);
    QCOMPARE(history.size(), 3); // created, title, due_date (folded)
    QCOMPARE(history.at(1).author, u"U3"_s);
    QCOMPARE(history.at(2).field, u"due_date"_s);
    QCOMPARE(history.at(2).oldValue.toString(), today.addDays(5).toString(Qt::ISODate));
    QVERIFY(history.at(2).newValue.isNull());

    // Roles the model does not edit.
    QVERIFY(!model.setData(model.index(2, TaskListModel::Account), u"Other"_s));
    QVERIFY(!model.setData(model.index(2, TaskListModel::Title), u"x"_s, Qt::CheckStateRole));
}

void TestTaskListModel::refusedEditsSayWhy()
{
    TaskListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(today);
    model.setAccount(u"A1"_s);
    QSignalSpy failed(&model, &TaskListModel::editFailed);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.setData(model.index(0, TaskListModel::Title), u"   "_s));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), u"A task needs a title."_s);
    QCOMPARE(model.lastError(), u"A task needs a title."_s);
    QCOMPARE(model.index(0, TaskListModel::Title).data().toString(), u"a1 overdue"_s);

    QVERIFY(!model.setData(model.index(0, TaskListModel::Due), u"next tuesday"_s));
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.last().first().toString().contains(u"next tuesday"_s));
    QCOMPARE(m_work->task(m_ids.value(u"a1 overdue"_s)).due, today.addDays(-3));

    // Deleted elsewhere since the model loaded.
    QVERIFY(m_work->deleteTask(m_ids.value(u"a1 overdue"_s)));
    QVERIFY(!model.setData(model.index(0, TaskListModel::Done), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(failed.last().first().toString(), u"This task has been deleted."_s);
    QCOMPARE(model.index(0, TaskListModel::Done).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(changed.size(), 0);
}

void TestTaskListModel::dueModeScopes()
{
    TaskListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Workspace workspace;
    workspace.setUser(u"U1"_s, u"Alice Martin"_s);
    workspace.setScope(Workspace::Scope::MyBook);
    model.setWorkspace(&workspace);
    model.setToday(today);
    model.setDueMode();
    QCOMPARE(model.mode(), TaskListModel::Mode::Due);
    // Overdue (oldest first) and today; not later, undated, done or deleted ones.
    QCOMPARE(column(model, TaskListModel::Title),
             (QStringList { u"a2 overdue long"_s, u"a1 overdue"_s, u"a1 today"_s }));
    QCOMPARE(column(model, TaskListModel::Account),
             (QStringList { u"Globex"_s, u"Acme Corp"_s, u"Acme Corp"_s }));
    QCOMPARE(model.overdueCount(), 2);
    QCOMPARE(model.dueTodayCount(), 1);
    QVERIFY(model.index(0, TaskListModel::Due)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"Overdue by 40 day"_s));
    QCOMPARE(model.index(1, 0).data(TaskListModel::AccountIdRole).toString(), u"A1"_s);

    workspace.setScope(Workspace::Scope::MyTeam);
    QCOMPARE(column(model, TaskListModel::Title),
             (QStringList { u"a2 overdue long"_s, u"a1 overdue"_s, u"a1 today"_s, u"b1 today"_s }));
    QCOMPARE(model.index(3, TaskListModel::Account).data().toString(), u"华为科技"_s);

    workspace.setScope(Workspace::Scope::All);
    QCOMPARE(column(model, TaskListModel::Title),
             (QStringList { u"a2 overdue long"_s, u"a1 overdue"_s, u"c1 overdue"_s, u"a1 today"_s,
                            u"b1 today"_s }));
    QCOMPARE(model.overdueCount(), 3);
    QCOMPARE(model.dueTodayCount(), 2);

    // Ticking one off in the Home list keeps it visible (checked) until the next reload.
    QVERIFY(model.setData(model.index(0, TaskListModel::Done), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.overdueCount(), 2);
    model.reload();
    QCOMPARE(model.rowCount(), 4);
}

void TestTaskListModel::dueModeNextSevenDays()
{
    TaskListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(today);
    model.setDueMode(7); // no workspace: every account
    QCOMPARE(model.daysAhead(), 7);
    QCOMPARE(column(model, TaskListModel::Title),
             (QStringList { u"a2 overdue long"_s, u"a1 overdue"_s, u"c1 overdue"_s, u"a1 today"_s,
                            u"b1 today"_s, u"a1 in 5 days"_s, u"c1 in 7 days"_s }));
    QCOMPARE(model.index(5, 0).data(TaskListModel::OverdueRole).toBool(), false);
    QCOMPARE(model.index(5, 0).data(TaskListModel::DueTodayRole).toBool(), false);

    // A day later, yesterday's "today" is overdue.
    model.setToday(today.addDays(1));
    QCOMPARE(model.overdueCount(), 5);
    QCOMPARE(model.dueTodayCount(), 0);
}

void TestTaskListModel::scopeChangeReloads()
{
    TaskListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto workspace = std::make_unique<Workspace>();
    model.setWorkspace(workspace.get());
    model.setToday(today);
    model.setDueMode();
    QCOMPARE(model.rowCount(), 5); // no user chosen yet: all
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy counts(&model, &TaskListModel::countsChanged);
    workspace->setUser(u"U3"_s, u"Carol Diaz"_s);
    workspace->setScope(Workspace::Scope::MyBook);
    QVERIFY(resets.size() >= 1);
    QCOMPARE(counts.size(), resets.size());
    QCOMPARE(column(model, TaskListModel::Title), (QStringList { u"c1 overdue"_s }));
    QCOMPARE(model.index(0, TaskListModel::Owner).data().toString(), u"Alice Martin"_s); // the task's owner

    // In account mode the scope does not matter.
    model.setAccount(u"B1"_s);
    resets.clear();
    workspace->setScope(Workspace::Scope::All);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(column(model, TaskListModel::Title), (QStringList { u"b1 today"_s }));

    // A workspace that goes away leaves the model working.
    workspace.reset();
    model.setDueMode();
    QCOMPARE(model.rowCount(), 5);
}

void TestTaskListModel::emptyAndUnknown()
{
    TaskListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccount(u"nobody"_s);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().isEmpty());
    QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);

    Database closed;
    TaskListModel broken(closed.connection());
    broken.setAccount(u"A1"_s);
    QCOMPARE(broken.rowCount(), 0);
    QVERIFY(!broken.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
