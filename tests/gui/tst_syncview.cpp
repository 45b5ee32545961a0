// The Sync view on the real widgets: a sync with a central folder pulls the export and
// pushes a note, the status follows, an unreachable location says so, conflicts are
// listed and resolved with Keep Mine / Keep Theirs; and the contact edit dialog.
#include "TestSupport.h"
#include "account360/ContactEditDialog.h"
#include "common/Theme.h"
#include "demo/DemoExportWriter.h"
#include "itemmodels/SharedEditListModel.h"
#include "store/Database.h"
#include "sync/SyncView.h"
#include "work/ChangeJournal.h"
#include "work/LocalWork.h"
#include "work/SharedEdits.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSyncView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStatusBeforeTheFirstSync();
    void syncPullsAndPushes();
    void unreachableLocationSaysSo();
    void conflictsAreListedAndResolved();
    void contactDialogEditsRoleAndTitle();
    void screenshot();

private:
    SyncReport runSync(SyncView &view);
    QString value(const QString &sql);
    QString label(SyncView &view, const QString &name);

    QTemporaryDir m_dir;
    QString m_central;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
};

void TestSyncView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestSupport::isolateSettings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());
    m_central = m_dir.filePath(u"central"_s);
    DemoExportWriter writer({ .accounts = 12, .seed = 3, .usageWeeks = 8, .asOf = QDate::currentDate() });
    QString error;
    QVERIFY2(writer.write(m_central, &error), qPrintable(error));
}

void TestSyncView::init()
{
    QSettings().clear();
    static int n = 0;
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir.filePath(u"cache%1.sqlite"_s.arg(++n)), &error), qPrintable(error));
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setUser(u"USR-0001"_s, u"Test User"_s);
}

void TestSyncView::cleanup()
{
    m_workspace.reset();
    m_db.reset();
}

QString TestSyncView::value(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return u"<no row>"_s;
    return q.value(0).toString();
}

QString TestSyncView::label(SyncView &view, const QString &name)
{
    auto *l = view.findChild<QLabel *>(name);
    return l ? l->text() : u"<no label %1>"_s.arg(name);
}

SyncReport TestSyncView::runSync(SyncView &view)
{
    QSignalSpy finished(&view, &SyncView::syncFinished);
    auto *button = view.findChild<QPushButton *>(u"syncNowButton"_s);
    if (!button || !button->isEnabled())
        return {};
    QTest::mouseClick(button, Qt::LeftButton);
    if (!view.isSyncing() && finished.isEmpty())
        return {};
    if (!finished.wait(120000))
        return {};
    return finished.first().first().value<SyncReport>();
}

void TestSyncView::emptyStatusBeforeTheFirstSync()
{
    SyncView view(*m_db, *m_workspace);
    QCOMPARE(label(view, u"syncLastSync"_s), u"Never"_s);
    QVERIFY(!view.findChild<QPushButton *>(u"syncNowButton"_s)->isEnabled()); // no location yet
    QVERIFY(view.findChild<QLabel *>(u"noConflictsLabel"_s)->isVisibleTo(&view));
    QVERIFY(!view.findChild<QPushButton *>(u"keepMineButton"_s)->isEnabled());
}

void TestSyncView::syncPullsAndPushes()
{
    SyncView view(*m_db, *m_workspace);
    view.show();
    view.findChild<QLineEdit *>(u"syncLocation"_s)->setText(m_central);
    SyncReport report = runSync(view);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pull, SyncReport::Pull::Imported);
    QCOMPARE(value(u"SELECT COUNT(*) FROM accounts"_s), u"12"_s);
    QVERIFY(label(view, u"syncResult"_s).startsWith(u"Synced."_s));
    QVERIFY(label(view, u"syncLastSync"_s) != u"Never"_s);
    QVERIFY(label(view, u"syncLastPull"_s).contains(report.exportId));
    // Remembered for the next start.
    QCOMPARE(QSettings().value(u"sync/central"_s).toString(), m_central);

    // A note made here goes to the outbox at the next sync; the export is not imported again.
    const QString account = value(u"SELECT id FROM accounts ORDER BY id LIMIT 1"_s);
    LocalWork work(*m_db, u"Test User"_s);
    QVERIFY(!work.addNote(account, u"Called the CFO about the renewal."_s).isEmpty());
    view.reload();
    QVERIFY2(label(view, u"syncWaiting"_s).contains(u"1 local change"_s),
             qPrintable(label(view, u"syncWaiting"_s)));
    report = runSync(view);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pull, SyncReport::Pull::Unchanged);
    QVERIFY(report.pushed >= 1);
    QVERIFY(label(view, u"syncResult"_s).contains(u"sent to the outbox"_s));
    QVERIFY(label(view, u"syncWaiting"_s).startsWith(u"None"_s));
    QCOMPARE(ChangeJournal(*m_db).unsentCount(), 0);
}

void TestSyncView::unreachableLocationSaysSo()
{
    SyncView view(*m_db, *m_workspace);
    view.findChild<QLineEdit *>(u"syncLocation"_s)->setText(m_dir.filePath(u"no-such-share"_s));
    const SyncReport report = runSync(view);
    QVERIFY(!report.ok());
    const QString result = label(view, u"syncResult"_s);
    QVERIFY2(result.contains(u"no-such-share"_s), qPrintable(result + u" / "_s + report.central + u" / "_s + report.error));
    QCOMPARE(view.findChild<QLabel *>(u"syncResult"_s)->property("role").toString(), u"error"_s);
    QCOMPARE(value(u"SELECT COUNT(*) FROM accounts"_s), u"0"_s);
}

void TestSyncView::conflictsAreListedAndResolved()
{
    SyncView view(*m_db, *m_workspace);
    view.findChild<QLineEdit *>(u"syncLocation"_s)->setText(m_central);
    QVERIFY(runSync(view).ok());
    const QString contact = value(u"SELECT id FROM contacts WHERE archived = 0 ORDER BY id LIMIT 1"_s);
    const QString other = value(u"SELECT id FROM contacts WHERE archived = 0 ORDER BY id LIMIT 1 OFFSET 1"_s);
    SharedEdits edits(*m_db, u"Test User"_s);
    QVERIFY(edits.set(u"contact"_s, contact, u"title"_s, u"Chief Customer Officer"_s));
    QVERIFY(edits.set(u"contact"_s, other, u"title"_s, u"VP Finance"_s));
    // As an import finds it when the CRM changed the same field meanwhile.
    QVERIFY(m_db->exec(u"UPDATE shared_edits SET state = 'conflict', theirs = 'Head of Success',"
                       " detected_at = '2026-11-20T10:00:00Z' WHERE entity_id = '%1'"_s.arg(contact)));
    view.reload();

    auto *table = view.findChild<QTableView *>(u"conflictTable"_s);
    QVERIFY(table->isVisibleTo(&view));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(table->model()->rowCount(), 2);
    // Conflicts first.
    QCOMPARE(table->model()->index(0, SharedEditListModel::State).data().toString(), u"Conflict"_s);
    QCOMPARE(table->model()->index(0, SharedEditListModel::Mine).data().toString(),
             u"Chief Customer Officer"_s);
    QCOMPARE(table->model()->index(0, SharedEditListModel::Theirs).data().toString(), u"Head of Success"_s);
    QCOMPARE(table->model()->index(1, SharedEditListModel::State).data().toString(),
             u"Waiting for the CRM"_s);
    QVERIFY(label(view, u"conflictSummary"_s).contains(u"1 conflict"_s));

    auto *keepMine = view.findChild<QPushButton *>(u"keepMineButton"_s);
    auto *keepTheirs = view.findChild<QPushButton *>(u"keepTheirsButton"_s);
    table->setCurrentIndex(table->model()->index(1, 0)); // a waiting edit: nothing to resolve
    QVERIFY(!keepMine->isEnabled());
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(keepMine->isEnabled());
    QSignalSpy changed(&view, &SyncView::dataChanged);
    QTest::mouseClick(keepTheirs, Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(value(u"SELECT title FROM contacts WHERE id = '%1'"_s.arg(contact)), u"Head of Success"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(edits.conflictCount(), 0);

    // Keep mine: the edit waits again on top of the CRM's value.
    QVERIFY(edits.set(u"contact"_s, contact, u"title"_s, u"COO"_s));
    QVERIFY(m_db->exec(
        u"UPDATE shared_edits SET state = 'conflict', theirs = 'CFO' WHERE entity_id = '%1'"_s.arg(contact)));
    view.reload();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::mouseClick(keepMine, Qt::LeftButton);
    QCOMPARE(value(u"SELECT title FROM contacts WHERE id = '%1'"_s.arg(contact)), u"COO"_s);
    QCOMPARE(value(u"SELECT base || '|' || state FROM shared_edits WHERE entity_id = '%1'"_s.arg(contact)),
             u"CFO|pending"_s);
}

void TestSyncView::contactDialogEditsRoleAndTitle()
{
    SyncView view(*m_db, *m_workspace);
    view.findChild<QLineEdit *>(u"syncLocation"_s)->setText(m_central);
    QVERIFY(runSync(view).ok());
    const QString contact
        = value(u"SELECT id FROM contacts WHERE archived = 0 AND role = 'user' ORDER BY id LIMIT 1"_s);
    QVERIFY(!contact.isEmpty());
    ContactEditDialog dialog(*m_db, u"Test User"_s, contact);
    QVERIFY(dialog.isValid());
    auto *role = dialog.findChild<QComboBox *>(u"contactRoleCombo"_s);
    QCOMPARE(role->currentData().toString(), u"user"_s);
    role->setCurrentIndex(role->findData(u"champion"_s));
    dialog.findChild<QLineEdit *>(u"contactTitleEdit"_s)->setText(u"  Director of Operations "_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(value(u"SELECT role || '|' || title FROM contacts WHERE id = '%1'"_s.arg(contact)),
             u"champion|Director of Operations"_s);
    QCOMPARE(SharedEdits(*m_db).list().size(), 2);
    QCOMPARE(value(u"SELECT COUNT(*) FROM change_journal WHERE entity = 'contact' AND entity_id = '%1'"_s.arg(
                 contact)),
             u"2"_s);

    // Reopened, it says what is waiting.
    ContactEditDialog again(*m_db, u"Test User"_s, contact);
    QVERIFY(again.findChildren<QLabel *>().size() > 3);
    bool waitingShown = false;
    for (QLabel *l : again.findChildren<QLabel *>())
        waitingShown = waitingShown || l->text().contains(u"waiting for the CRM"_s);
    QVERIFY(waitingShown);

    ContactEditDialog missing(*m_db, u"Test User"_s, u"no-such-contact"_s);
    QVERIFY(!missing.isValid());
}

void TestSyncView::screenshot()
{
    const QString out = qEnvironmentVariable("PITWALL_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("Set PITWALL_SCREENSHOT_DIR to save a screenshot of the Sync view.");
    SyncView view(*m_db, *m_workspace);
    view.resize(1200, 800);
    view.show();
    view.findChild<QLineEdit *>(u"syncLocation"_s)->setText(m_central);
    QVERIFY(runSync(view).ok());
    const QString contact = value(u"SELECT id FROM contacts WHERE archived = 0 ORDER BY id LIMIT 1"_s);
    SharedEdits edits(*m_db, u"Test User"_s);
    QVERIFY(edits.set(u"contact"_s, contact, u"role"_s, u"champion"_s));
    QVERIFY(m_db->exec(u"UPDATE shared_edits SET state = 'conflict', theirs = 'billing',"
                       " detected_at = '2026-11-20T10:00:00Z'"_s));
    view.reload();
    QTest::qWait(100);
    QVERIFY(view.grab().save(out + u"/sync.png"_s));
}

QTEST_MAIN(TestSyncView)
#include "tst_syncview.moc"
