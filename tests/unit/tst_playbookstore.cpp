// PlaybookStore: starting a playbook (snapshot, due dates, refusals), every step change one
// transaction with its journal rows, typing folded, completion and cancellation, the
// queries the GUI reads, the two item models, and what is saved surviving a SIGKILL.
#include "playbook/PlaybookInstanceModel.h"
#include "playbook/PlaybookStepModel.h"
#include "playbook/PlaybookStore.h"
#include "playbook/PlaybookTemplateStore.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <csignal>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const auto childVar = "PITWALL_TST_PLAYBOOK_CHILD";

struct JournalRow
{
    QString entity;
    QString entityId;
    QString accountId;
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QString baseVersion;
    QString author;
};

QList<JournalRow> journal(const QSqlDatabase &db, const QString &entityLike = u"%"_s)
{
    QList<JournalRow> rows;
    QSqlQuery q(db);
    q.prepare(u"SELECT entity, entity_id, account_id, field, old_value, new_value, base_version, author"
              " FROM change_journal WHERE entity LIKE ? ORDER BY seq"_s);
    q.addBindValue(entityLike);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return rows;
    }
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4), q.value(5), q.value(6).toString(),
                      q.value(7).toString() });
    return rows;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

bool seed(const QSqlDatabase &db)
{
    return exec(db, u"INSERT INTO teams (id, name, manager_id) VALUES ('T1', 'West', 'M1')"_s)
        && exec(db,
                u"INSERT INTO users (id, name, team, manager_id) VALUES ('U1', 'Alice', 'T1', 'M1'),"
                " ('U2', 'Bob', 'T1', 'M1'), ('M1', 'Mia', 'T1', NULL)"_s)
        && exec(db,
                u"INSERT INTO accounts (id, name, owner_id, renewal_date, contract_start, archived) VALUES"
                " ('A1', 'Acme', 'U1', '2027-03-01', '2026-03-01', 0),"
                " ('A2', 'Beta', 'U2', NULL, NULL, 0),"
                " ('A3', 'Gone Ltd', 'U1', '2027-01-01', NULL, 1),"
                " ('A4', 'Delta', 'U1', '2027-09-30', NULL, 0)"_s);
}

// The child process of the kill tests. "type": types a note, one save per keystroke,
// printing each saved length, until it is killed. "tick": ticks step 2 and dies by its
// own SIGKILL the instant the call returns.
int childMain()
{
    const QStringList args = qEnvironmentVariable(childVar).split(u'|');
    Database db;
    QString error;
    if (args.size() < 3 || !db.open(args.at(1), &error)) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 3;
    }
    PlaybookStore store(db, u"U1"_s);
    const QString id = args.at(2);
    if (args.at(0) == "tick"_L1) {
        if (!store.check(id, 2, u"ticked live on the call"_s)) {
            std::fprintf(stderr, "child: %s\n", qPrintable(store.lastError()));
            return 4;
        }
        std::raise(SIGKILL);
        return 5;
    }
    const QString text = u"Customer confirmed the go-live date and asked for admin training. "_s.repeated(4);
    for (int n = 1;; ++n) {
        if (!store.setNote(id, 1, u"keystroke %1: "_s.arg(n) + text.left(n % int(text.size())))) {
            std::fprintf(stderr, "child: %s\n", qPrintable(store.lastError()));
            return 4;
        }
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}

} // namespace

class TestPlaybookStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startCopiesTheTemplateAndJournals();
    void startRefuses_data();
    void startRefuses();
    void missingRenewalIsAssumedAndNoted();
    void stepChangesAreJournaledOneTransactionEach();
    void stepRefusals();
    void noteTypedInPausesFoldsIntoOneRow();
    void completesWhenNoStepIsOpenAndReopens();
    void cancel();
    void runningPlaysKeepTheirSnapshot();
    void queriesForTheViews();
    void resolveIdTakesAUniquePrefix();
    void stepModel();
    void instanceModel();
    void killWhileTypingLosesNothing();
    void killRightAfterATickLosesNothing();

private:
    QSqlDatabase c() const { return m_db->connection(); }
    PlaybookStore store(const QString &author = u"U1"_s) const
    {
        PlaybookStore s(*m_db, author);
        s.setToday(d("2026-11-20"));
        return s;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPlaybookStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QVERIFY(seed(c()));
}

void TestPlaybookStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPlaybookStore::startCopiesTheTemplateAndJournals()
{
    PlaybookStore s = store();
    const QString id = s.start(u"A1"_s, u"renewal"_s);
    QVERIFY2(!id.isEmpty(), qPrintable(s.lastError()));
    QVERIFY(!QUuid::fromString(id).isNull());

    const PlaybookStore::Instance in = *s.instance(id);
    QCOMPARE(in.accountId, u"A1"_s);
    QCOMPARE(in.accountName, u"Acme"_s);
    QCOMPARE(in.ownerId, u"U1"_s);
    QCOMPARE(in.ownerName, u"Alice"_s);
    QCOMPARE(in.templateId, u"renewal"_s);
    QCOMPARE(in.templateName, u"Renewal"_s);
    QVERIFY(in.translatable);
    QVERIFY(!in.byRule());
    QVERIFY(in.reason.isEmpty());
    QCOMPARE(in.startDate, d("2026-11-20"));
    QCOMPARE(in.renewalDate, d("2027-03-01"));
    QVERIFY(!in.renewalAssumed);
    QCOMPARE(in.startedBy, u"U1"_s);
    QCOMPARE(in.status, PlaybookStore::Status::Open);
    QCOMPARE(in.version, 1);
    QCOMPARE(in.progress.steps, 4);
    QCOMPARE(in.progress.resolved(), 0);
    QCOMPARE(in.progress.required, 4);
    // 2027-03-01 − 120 = 2026-11-01: before the start, so due on the start day.
    QCOMPARE(in.steps.size(), 4);
    QCOMPARE(in.steps.at(0).due, d("2026-11-20"));
    QCOMPARE(in.steps.at(1).due, d("2026-12-01"));
    QCOMPARE(in.steps.at(2).due, d("2026-12-31"));
    QCOMPARE(in.steps.at(3).due, d("2027-01-30"));
    QCOMPARE(in.nextDue, d("2026-11-20"));
    QCOMPARE(in.steps.at(2).ownerRole, u"sales"_s);
    QCOMPARE(in.steps.at(3).from, PlaybookAnchor::Renewal);
    QCOMPARE(in.steps.at(3).days, -30);
    QCOMPARE(in.steps.at(0).title, u"Assess the renewal risk"_s);
    QVERIFY(!in.steps.at(0).guidance.isEmpty());
    for (const PlaybookStore::Step &step : in.steps) {
        QCOMPARE(step.status, PlaybookStore::StepStatus::Open);
        QCOMPARE(step.version, 1);
    }
    QCOMPARE(s.lastNotes().size(), 1); // one step clamped to the start day
    QVERIFY(s.lastNotes().first().contains(u"1 step"_s));

    // One journal row: the playbook as created, steps included.
    const QList<JournalRow> rows = journal(c());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).entity, u"playbook"_s);
    QCOMPARE(rows.at(0).entityId, id);
    QCOMPARE(rows.at(0).accountId, u"A1"_s);
    QCOMPARE(rows.at(0).field, u"created"_s);
    QVERIFY(rows.at(0).oldValue.isNull());
    QCOMPARE(rows.at(0).baseVersion, u"0"_s);
    QCOMPARE(rows.at(0).author, u"U1"_s);
    const QJsonObject created = QJsonDocument::fromJson(rows.at(0).newValue.toString().toUtf8()).object();
    QCOMPARE(created.value("id"_L1).toString(), id);
    QCOMPARE(created.value("template_id"_L1).toString(), u"renewal"_s);
    QVERIFY(created.value("trigger"_L1).isNull());
    QCOMPARE(created.value("status"_L1).toString(), u"open"_s);
    QCOMPARE(created.value("steps"_L1).toArray().size(), 4);
    QCOMPARE(created.value("steps"_L1).toArray().at(1).toObject().value("due_date"_L1).toString(),
             u"2026-12-01"_s);
}

void TestPlaybookStore::startRefuses_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown account") << u"NOPE"_s << u"renewal"_s << u"No account with CRM id “NOPE”"_s;
    QTest::newRow("archived account") << u"A3"_s << u"renewal"_s << u"archived"_s;
    QTest::newRow("unknown template") << u"A1"_s << u"renewl"_s << u"No playbook template with id “renewl”"_s;
    QTest::newRow("already running") << u"A1"_s << u"onboarding"_s << u"already running"_s;
}

void TestPlaybookStore::startRefuses()
{
    QFETCH(QString, account);
    QFETCH(QString, templateId);
    QFETCH(QString, message);
    PlaybookStore s = store();
    QVERIFY(!s.start(u"A1"_s, u"onboarding"_s).isEmpty());
    const qint64 journalBefore = journal(c()).size();
    const qint64 instancesBefore = scalar(c(), u"SELECT COUNT(*) FROM playbook_instances"_s).toLongLong();
    QVERIFY(s.start(account, templateId).isEmpty());
    QVERIFY2(s.lastError().contains(message), qPrintable(s.lastError()));
    QCOMPARE(journal(c()).size(), journalBefore);
    QCOMPARE(scalar(c(), u"SELECT COUNT(*) FROM playbook_instances"_s).toLongLong(), instancesBefore);
    QCOMPARE(scalar(c(), u"SELECT COUNT(*) FROM playbook_steps"_s).toLongLong(), 7);

    // The same reason open: refused even from another template.
    PlaybookStore::StartOptions options;
    options.reason = u"at_risk"_s;
    QVERIFY(!s.start(u"A4"_s, u"risk_rescue"_s, options).isEmpty());
    QVERIFY(s.start(u"A4"_s, u"qbr_preparation"_s, options).isEmpty());
    QVERIFY2(s.lastError().contains(u"same reason"_s), qPrintable(s.lastError()));
}

void TestPlaybookStore::missingRenewalIsAssumedAndNoted()
{
    PlaybookStore s = store();
    const QString id = s.start(u"A2"_s, u"renewal"_s);
    QVERIFY2(!id.isEmpty(), qPrintable(s.lastError()));
    QCOMPARE(s.lastNotes().size(), 1);
    QVERIFY(s.lastNotes().first().contains(u"no renewal date"_s));
    const PlaybookStore::Instance in = *s.instance(id);
    QVERIFY(in.renewalAssumed);
    QCOMPARE(in.renewalDate, d("2027-03-20"));
    QCOMPARE(in.steps.first().due, d("2026-11-20"));
    QCOMPARE(in.steps.last().due, d("2027-02-18"));
    QVERIFY(scalar(c(), u"SELECT renewal_assumed FROM playbook_instances WHERE id = ?"_s, { id }).toBool());
}

void TestPlaybookStore::stepChangesAreJournaledOneTransactionEach()
{
    PlaybookStore s = store();
    const QString id = s.start(u"A1"_s, u"renewal"_s);
    QVERIFY(!id.isEmpty());

    QVERIFY2(s.check(id, 1), qPrintable(s.lastError()));
    QList<JournalRow> rows = journal(c(), u"playbook_step"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).entityId, id + u"/1"_s);
    QCOMPARE(rows.at(0).accountId, u"A1"_s);
    QCOMPARE(rows.at(0).field, u"status"_s);
    QCOMPARE(rows.at(0).oldValue.toString(), u"open"_s);
    QCOMPARE(rows.at(0).newValue.toString(), u"done"_s);
    QCOMPARE(rows.at(0).baseVersion, u"1"_s);
    QCOMPARE(rows.at(0).author, u"U1"_s);
    PlaybookStore::Step step = s.instance(id)->steps.at(0);
    QCOMPARE(step.status, PlaybookStore::StepStatus::Done);
    QCOMPARE(step.doneBy, u"U1"_s);
    QVERIFY(step.doneAt.isValid() && qAbs(step.doneAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(step.version, 2);

    // Ticking it again changes nothing and writes nothing.
    QVERIFY(s.check(id, 1));
    QCOMPARE(journal(c(), u"playbook_step"_s).size(), 1);

    // A tick with a note: two rows, one base version, the version moves once.
    QVERIFY(s.check(id, 2, u"Sponsor: Dana Lee, signs above 50k"_s));
    rows = journal(c(), u"playbook_step"_s);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).field, u"status"_s);
    QCOMPARE(rows.at(2).field, u"note"_s);
    QCOMPARE(rows.at(2).oldValue.toString(), QString());
    QCOMPARE(rows.at(2).newValue.toString(), u"Sponsor: Dana Lee, signs above 50k"_s);
    QCOMPARE(rows.at(1).baseVersion, u"1"_s);
    QCOMPARE(rows.at(2).baseVersion, u"1"_s);
    QCOMPARE(s.instance(id)->steps.at(1).version, 2);
    QCOMPARE(s.instance(id)->steps.at(1).note, u"Sponsor: Dana Lee, signs above 50k"_s);

    // Unticking: open again, who/when cleared.
    QVERIFY(s.uncheck(id, 1));
    rows = journal(c(), u"playbook_step"_s);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(3).oldValue.toString(), u"done"_s);
    QCOMPARE(rows.at(3).newValue.toString(), u"open"_s);
    QCOMPARE(rows.at(3).baseVersion, u"2"_s);
    step = s.instance(id)->steps.at(0);
    QCOMPARE(step.status, PlaybookStore::StepStatus::Open);
    QVERIFY(step.doneBy.isEmpty());
    QVERIFY(!step.doneAt.isValid());
    QCOMPARE(step.version, 3);

    // Skipping: the status and the reason.
    QVERIFY(s.skip(id, 3, u"  Price agreed at the QBR  "_s));
    rows = journal(c(), u"playbook_step"_s);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(4).field, u"status"_s);
    QCOMPARE(rows.at(4).newValue.toString(), u"skipped"_s);
    QCOMPARE(rows.at(5).field, u"skip_reason"_s);
    QVERIFY(rows.at(5).oldValue.isNull());
    QCOMPARE(rows.at(5).newValue.toString(), u"Price agreed at the QBR"_s);
    step = s.instance(id)->steps.at(2);
    QCOMPARE(step.status, PlaybookStore::StepStatus::Skipped);
    QCOMPARE(step.skipReason, u"Price agreed at the QBR"_s);
    QCOMPARE(step.doneBy, u"U1"_s);

    // Ticking a skipped step clears its reason.
    QVERIFY(s.check(id, 3));
    rows = journal(c(), u"playbook_step"_s);
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.at(7).field, u"skip_reason"_s);
    QVERIFY(rows.at(7).newValue.isNull());
    QVERIFY(s.instance(id)->steps.at(2).skipReason.isEmpty());

    const PlaybookStore::Instance in = *s.instance(id);
    QCOMPARE(in.progress.done, 2);
    QCOMPARE(in.progress.skipped, 0);
    QCOMPARE(in.progress.fraction(), 0.5);
    QCOMPARE(in.status, PlaybookStore::Status::Open);
    // The playbook's own row was not journaled for step edits.
    QCOMPARE(journal(c(), u"playbook"_s).size(), 1);
}

void TestPlaybookStore::stepRefusals()
{
    PlaybookStore s = store();
    const QString id = s.start(u"A1"_s, u"renewal"_s);
    const qint64 before = journal(c()).size();
    QVERIFY(!s.skip(id, 1, u"   "_s));
    QVERIFY2(s.lastError().contains(u"reason"_s), qPrintable(s.lastError()));
    QVERIFY(!s.check(id, 0));
    QVERIFY2(s.lastError().contains(u"no step 0"_s) && s.lastError().contains(u"4 step"_s),
             qPrintable(s.lastError()));
    QVERIFY(!s.check(id, 5));
    QVERIFY(s.lastError().contains(u"no step 5"_s));
    QVERIFY(!s.check(u"00000000-0000-0000-0000-000000000000"_s, 1));
    QVERIFY(s.lastError().contains(u"No playbook"_s));
    QVERIFY(!s.setNote(u"nope"_s, 1, u"x"_s));
    QCOMPARE(journal(c()).size(), before);
    QCOMPARE(s.instance(id)->steps.at(0).status, PlaybookStore::StepStatus::Open);
}

void TestPlaybookStore::noteTypedInPausesFoldsIntoOneRow()
{
    PlaybookStore s = store();
    const QString id = s.start(u"A1"_s, u"renewal"_s);
    for (const QString &typed : { u"C"_s, u"Ca"_s, u"Call"_s, u"Call Dana"_s })
        QVERIFY(s.setNote(id, 2, typed));
    QList<JournalRow> rows = journal(c(), u"playbook_step"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).field, u"note"_s);
    QCOMPARE(rows.at(0).oldValue.toString(), QString());
    QCOMPARE(rows.at(0).newValue.toString(), u"Call Dana"_s);
    QCOMPARE(s.instance(id)->steps.at(1).version, 2);
    QCOMPARE(s.instance(id)->steps.at(1).note, u"Call Dana"_s);

    // Another author starts a new row.
    PlaybookStore other = store(u"U2"_s);
    QVERIFY(other.setNote(id, 2, u"Call Dana (Bob)"_s));
    QCOMPARE(journal(c(), u"playbook_step"_s).size(), 2);
    // A pause of more than five minutes starts a new row.
    QVERIFY(exec(c(), u"UPDATE change_journal SET at = '2026-01-01T00:00:00.000Z'"_s));
    QVERIFY(other.setNote(id, 2, u"Call Dana (Bob) again"_s));
    rows = journal(c(), u"playbook_step"_s);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).oldValue.toString(), u"Call Dana (Bob)"_s);
    // A tick in between: the next typing is a new row too.
    QVERIFY(other.check(id, 2));
    QVERIFY(other.setNote(id, 2, u"Done: Dana signs"_s));
    rows = journal(c(), u"playbook_step"_s);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(4).field, u"note"_s);
    QCOMPARE(s.instance(id)->steps.at(1).version, 6);
    // A sent row is never changed.
    QVERIFY(exec(c(), u"UPDATE change_journal SET sent_at = '2026-11-20T10:00:00Z'"_s));
    QVERIFY(other.setNote(id, 2, u"Done: Dana signed"_s));
    rows = journal(c(), u"playbook_step"_s);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(4).newValue.toString(), u"Done: Dana signs"_s);
}

void TestPlaybookStore::completesWhenNoStepIsOpenAndReopens()
{
    PlaybookStore s = store();
    const QString id = s.start(u"A1"_s, u"renewal"_s);
    QVERIFY(s.check(id, 1));
    QVERIFY(s.skip(id, 2, u"Sponsor met at the QBR"_s));
    QVERIFY(s.check(id, 3));
    QCOMPARE(s.instance(id)->status, PlaybookStore::Status::Open);
    QVERIFY(s.check(id, 4));
    PlaybookStore::Instance in = *s.instance(id);
    QCOMPARE(in.status, PlaybookStore::Status::Completed);
    QCOMPARE(in.closedBy, u"U1"_s);
    QVERIFY(in.closedAt.isValid());
    QCOMPARE(in.progress.fraction(), 1.0);
    QCOMPARE(in.version, 2);
    QList<JournalRow> rows = journal(c(), u"playbook"_s);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).field, u"status"_s);
    QCOMPARE(rows.at(1).oldValue.toString(), u"open"_s);
    QCOMPARE(rows.at(1).newValue.toString(), u"completed"_s);
    QCOMPARE(rows.at(1).baseVersion, u"1"_s);

    // A completed playbook frees its template: a new one may start.
    QVERIFY(s.uncheck(id, 4));
    in = *s.instance(id);
    QCOMPARE(in.status, PlaybookStore::Status::Open);
    QVERIFY(!in.closedAt.isValid());
    rows = journal(c(), u"playbook"_s);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).newValue.toString(), u"open"_s);
    QCOMPARE(rows.at(2).baseVersion, u"2"_s);

    // Reopening is refused while a newer one for the same reason is open.
    PlaybookStore::StartOptions options;
    options.reason = u"at_risk"_s;
    const QString first = s.start(u"A4"_s, u"qbr_preparation"_s, options);
    for (int step = 1; step <= 6; ++step)
        QVERIFY(s.check(first, step));
    QCOMPARE(s.instance(first)->status, PlaybookStore::Status::Completed);
    QVERIFY(!s.start(u"A4"_s, u"risk_rescue"_s, options).isEmpty());
    QVERIFY(!s.uncheck(first, 6));
    QVERIFY2(s.lastError().contains(u"same reason"_s), qPrintable(s.lastError()));
    QCOMPARE(s.instance(first)->steps.at(5).status, PlaybookStore::StepStatus::Done);
}

void TestPlaybookStore::cancel()
{
    PlaybookStore s = store();
    const QString id = s.start(u"A1"_s, u"renewal"_s);
    QVERIFY(s.cancel(id, u"Customer churned"_s));
    const PlaybookStore::Instance in = *s.instance(id);
    QCOMPARE(in.status, PlaybookStore::Status::Cancelled);
    QCOMPARE(in.cancelReason, u"Customer churned"_s);
    QCOMPARE(in.closedBy, u"U1"_s);
    const QList<JournalRow> rows = journal(c(), u"playbook"_s);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).field, u"status"_s);
    QCOMPARE(rows.at(1).newValue.toString(), u"cancelled"_s);
    QCOMPARE(rows.at(2).field, u"cancel_reason"_s);
    QCOMPARE(rows.at(2).newValue.toString(), u"Customer churned"_s);
    QVERIFY(s.cancel(id)); // again: nothing to do
    QCOMPARE(journal(c(), u"playbook"_s).size(), 3);
    QVERIFY(!s.check(id, 1));
    QVERIFY(s.lastError().contains(u"cancelled"_s));
    QVERIFY(!s.setNote(id, 1, u"x"_s));
    // Cancelled: the template may start again.
    QVERIFY(!s.start(u"A1"_s, u"renewal"_s).isEmpty());
    // A completed one cannot be cancelled.
    const QString done = s.start(u"A4"_s, u"renewal"_s);
    for (int step = 1; step <= 4; ++step)
        QVERIFY(s.check(done, step));
    QVERIFY(!s.cancel(done));
    QVERIFY(s.lastError().contains(u"completed"_s));
    QVERIFY(!s.cancel(u"nope"_s));
}

void TestPlaybookStore::runningPlaysKeepTheirSnapshot()
{
    PlaybookStore s = store();
    const QString before = s.start(u"A4"_s, u"onboarding"_s);
    PlaybookTemplate mine = *PlaybookTemplate::builtIn(u"onboarding"_s);
    mine.steps[1].title = u"Kickoff within a week"_s;
    mine.steps[1].days = 7;
    mine.steps.removeLast();
    PlaybookTemplateStore templates(*m_db);
    QVERIFY(templates.saveLocal(mine, u"U1"_s));
    const QString after = s.start(u"A1"_s, u"onboarding"_s);
    QVERIFY2(!after.isEmpty(), qPrintable(s.lastError()));

    const PlaybookStore::Instance old = *s.instance(before);
    QCOMPARE(old.steps.size(), 7);
    QCOMPARE(old.steps.at(1).title, u"Hold the kickoff call"_s);
    QCOMPARE(old.steps.at(1).due, d("2026-11-22"));
    QVERIFY(old.translatable);
    const PlaybookStore::Instance fresh = *s.instance(after);
    QCOMPARE(fresh.steps.size(), 6);
    QCOMPARE(fresh.steps.at(1).title, u"Kickoff within a week"_s);
    QCOMPARE(fresh.steps.at(1).due, d("2026-11-27"));
    QVERIFY(!fresh.translatable); // the user's words: shown as written
}

void TestPlaybookStore::queriesForTheViews()
{
    PlaybookStore s = store();
    const QString a1 = s.start(u"A1"_s, u"renewal"_s); // U1: due 11-20, 12-01, 12-31, 01-30
    const QString a2 = s.start(u"A2"_s, u"qbr_preparation"_s); // U2: due 11-20, 11-27, ...
    const QString a4 = s.start(u"A4"_s, u"sales_handoff"_s); // U1: due 11-20 .. 11-25
    QVERIFY(!a1.isEmpty() && !a2.isEmpty() && !a4.isEmpty());
    QVERIFY(s.check(a4, 1));
    QVERIFY(s.skip(a4, 2, u"CRM was right"_s));
    const QString old = s.start(u"A1"_s, u"qbr_preparation"_s);
    QVERIFY(s.cancel(old));

    // A week later.
    s.setToday(d("2026-11-27"));
    QList<PlaybookStore::Instance> list = s.instances(u"A1"_s);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, a1); // open first
    QCOMPARE(list.at(1).status, PlaybookStore::Status::Cancelled);
    QCOMPARE(list.at(0).progress.overdue, 1); // 11-20
    QCOMPARE(list.at(1).progress.overdue, 0); // cancelled: nothing is overdue
    QCOMPARE(s.instances(u"A1"_s, false).size(), 1);

    PlaybookStore::Query mine;
    mine.scope = Workspace::Scope::MyBook;
    mine.userId = u"U1"_s;
    list = s.instances(mine);
    QCOMPARE(list.size(), 2);
    for (const PlaybookStore::Instance &in : list)
        QCOMPARE(in.ownerId, u"U1"_s);
    PlaybookStore::Query team = mine;
    team.scope = Workspace::Scope::MyTeam;
    QCOMPARE(s.instances(team).size(), 3);
    PlaybookStore::Query everyone;
    everyone.openOnly = false;
    QCOMPARE(s.instances(everyone).size(), 4);

    // Home: the open steps due by today (overdue first by date), U1's book.
    PlaybookStore::Query due = mine;
    due.dueOnOrBefore = d("2026-11-27");
    const QList<PlaybookStore::DueStep> steps = s.dueSteps(due);
    // A1 step 1 (11-20); A4 steps 3 (11-22), 4 (11-23), 5 (11-25).
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps.at(0).accountId, u"A1"_s);
    QCOMPARE(steps.at(0).due, d("2026-11-20"));
    QVERIFY(steps.at(0).overdue);
    QCOMPARE(steps.at(0).playbookName, u"Renewal"_s);
    QCOMPARE(steps.at(0).title, u"Assess the renewal risk"_s);
    QCOMPARE(steps.at(1).position, 3);
    QCOMPARE(steps.at(3).due, d("2026-11-25"));
    for (const PlaybookStore::DueStep &step : steps)
        QCOMPARE(step.ownerId, u"U1"_s);
    PlaybookStore::Query overdue;
    overdue.overdueOnly = true;
    overdue.ownerIds = { u"U2"_s };
    const QList<PlaybookStore::DueStep> late = s.dueSteps(overdue);
    QCOMPARE(late.size(), 1); // A2's step 1 (11-20); step 2 is due today, not late
    QCOMPARE(late.at(0).accountId, u"A2"_s);
    QCOMPARE(late.at(0).ownerName, u"Bob"_s);
    PlaybookStore::Query limited;
    limited.limit = 2;
    QCOMPARE(s.dueSteps(limited).size(), 2);

    // Team: per owner.
    const QList<PlaybookStore::OwnerCompletion> byOwner = s.completionByOwner(Workspace::Scope::All, {});
    QCOMPARE(byOwner.size(), 2);
    QCOMPARE(byOwner.at(0).ownerName, u"Alice"_s);
    const PlaybookStore::OwnerCompletion alice = byOwner.at(0);
    QCOMPARE(alice.open, 2);
    QCOMPARE(alice.cancelled, 1);
    QCOMPARE(alice.completed, 0);
    // Past due (before 11-27): A1 step 1; A4 steps 1-5 (1 done, 2 skipped).
    QCOMPARE(alice.stepsDue, 6);
    QCOMPARE(alice.stepsDueResolved, 2);
    QCOMPARE(alice.overdueSteps, 4);
    QCOMPARE(*alice.completionRate(), 2.0 / 6.0);
    QCOMPARE(*alice.playbookCompletionRate(), 0.0);
    const PlaybookStore::OwnerCompletion bob = byOwner.at(1);
    QCOMPARE(bob.open, 1);
    QCOMPARE(bob.stepsDue, 1);
    QCOMPARE(bob.overdueSteps, 1);
    QCOMPARE(s.completionByOwner(Workspace::Scope::MyBook, u"U2"_s).size(), 1);
    QCOMPARE(s.completionByOwner(Workspace::Scope::All, {}, d("2026-12-01")).size(), 0);

    // The account list's column.
    const QHash<QString, PlaybookStore::AccountSummary> summaries = s.accountSummaries();
    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries.value(u"A1"_s).open, 1);
    QCOMPARE(summaries.value(u"A1"_s).steps, 4);
    QCOMPARE(summaries.value(u"A1"_s).overdue, 1);
    QCOMPARE(summaries.value(u"A1"_s).nextDue, d("2026-11-20"));
    QCOMPARE(summaries.value(u"A4"_s).resolved, 2);
    QCOMPARE(summaries.value(u"A4"_s).overdue, 3);
    QCOMPARE(s.accountSummaries({ u"A2"_s, u"A3"_s }).size(), 1);
}

void TestPlaybookStore::resolveIdTakesAUniquePrefix()
{
    PlaybookStore s = store();
    const QString id = s.start(u"A1"_s, u"renewal"_s);
    QCOMPARE(s.resolveId(id), id);
    QCOMPARE(s.resolveId(id.left(8).toUpper()), id);
    QVERIFY(s.resolveId(u"abc"_s).isEmpty());
    QVERIFY(s.lastError().contains(u"at least its first 4"_s));
    QVERIFY(s.resolveId(u"x' OR 1=1 --"_s).isEmpty());
    QVERIFY(exec(c(),
                 u"INSERT INTO playbook_instances (id, account_id, template_id, template_name, start_date,"
                 " started_at, updated_at) VALUES ('abcd0000-1', 'A2', 't', 'T', '2026-11-20', 'x', 'x'),"
                 " ('abcd0000-2', 'A2', 't', 'T', '2026-11-20', 'x', 'x')"_s));
    QVERIFY(s.resolveId(u"abcd0000"_s).isEmpty());
    QVERIFY(s.lastError().contains(u"More than one"_s));
    QCOMPARE(s.resolveId(u"abcd0000-2"_s), u"abcd0000-2"_s);
}

void TestPlaybookStore::stepModel()
{
    PlaybookStore s = store();
    const QString id = s.start(u"A1"_s, u"renewal"_s);
    PlaybookStepModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAuthor(u"U2"_s);
    model.setToday(d("2026-12-05"));
    QVERIFY(model.setInstance(id));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(PlaybookStepModel::ColumnCount));
    QCOMPARE(model.instance().accountName, u"Acme"_s);
    const QModelIndex check = model.index(0, PlaybookStepModel::Status);
    QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.flags(check) & Qt::ItemIsUserCheckable);
    QVERIFY(model.flags(model.index(0, PlaybookStepModel::Note)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, PlaybookStepModel::Title)) & Qt::ItemIsEditable));
    QCOMPARE(model.index(0, PlaybookStepModel::Title).data().toString(), u"Assess the renewal risk"_s);
    QCOMPARE(model.index(0, 0).data(PlaybookStepModel::PositionRole).toInt(), 1);
    QVERIFY(model.index(0, 0).data(PlaybookStepModel::OverdueRole).toBool()); // 11-20 < 12-05
    QVERIFY(model.index(1, 0).data(PlaybookStepModel::OverdueRole).toBool()); // 12-01
    QVERIFY(!model.index(2, 0).data(PlaybookStepModel::OverdueRole).toBool());
    QCOMPARE(model.index(2, 0).data(PlaybookStepModel::DueDateRole).toDate(), d("2026-12-31"));
    QCOMPARE(model.index(2, PlaybookStepModel::Owner).data().toString(), u"Sales"_s);
    QVERIFY(!model.index(0, 0).data(PlaybookStepModel::GuidanceRole).toString().isEmpty());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy progress(&model, &PlaybookStepModel::progressChanged);
    QVERIFY(model.setData(check, int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(check.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(check.data(PlaybookStepModel::DoneByRole).toString(), u"U2"_s);
    QVERIFY(!model.index(0, 0).data(PlaybookStepModel::OverdueRole).toBool());
    QCOMPARE(resets.size(), 0);
    QVERIFY(changed.size() >= 1);
    QCOMPARE(progress.size(), 1);
    QCOMPARE(model.instance().progress.done, 1);
    const QList<JournalRow> rows = journal(c(), u"playbook_step"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).author, u"U2"_s);

    QVERIFY(model.setData(model.index(1, PlaybookStepModel::Note), u"Dana is the sponsor"_s, Qt::EditRole));
    QCOMPARE(model.index(1, PlaybookStepModel::Note).data().toString(), u"Dana is the sponsor"_s);
    QCOMPARE(s.instance(id)->steps.at(1).note, u"Dana is the sponsor"_s);
    QVERIFY(model.skipStep(2, u"Multi-year deal signed"_s));
    QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QCOMPARE(model.index(2, 0).data(PlaybookStepModel::StatusRole).toString(), u"skipped"_s);
    QCOMPARE(model.index(2, 0).data(PlaybookStepModel::SkipReasonRole).toString(),
             u"Multi-year deal signed"_s);
    QVERIFY(model.toggleStep(0)); // done -> open
    QCOMPARE(model.index(0, 0).data(PlaybookStepModel::StatusRole).toString(), u"open"_s);
    QVERIFY(model.toggleStep(0)); // open -> done

    QSignalSpy failed(&model, &PlaybookStepModel::editFailed);
    QVERIFY(!model.skipStep(3, QString()));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!model.checkStep(9));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(resets.size(), 0);

    // Finishing it completes the playbook.
    QVERIFY(model.checkStep(1));
    QVERIFY(model.setData(model.index(3, 0), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(model.instance().status, PlaybookStore::Status::Completed);

    // A cancelled playbook is read-only.
    const QString other = s.start(u"A4"_s, u"renewal"_s);
    QVERIFY(s.cancel(other));
    QVERIFY(model.setInstance(other));
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setInstance(u"nope"_s));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.setInstance(QString()));
    QCOMPARE(model.rowCount(), 0);
}

void TestPlaybookStore::instanceModel()
{
    PlaybookStore s = store();
    const QString a1 = s.start(u"A1"_s, u"renewal"_s);
    const QString a2 = s.start(u"A2"_s, u"qbr_preparation"_s);
    PlaybookStore::StartOptions byRule;
    byRule.trigger = u"health_red"_s;
    byRule.reason = u"at_risk"_s;
    const QString a4 = s.start(u"A4"_s, u"risk_rescue"_s, byRule);
    QVERIFY(s.check(a1, 1));

    PlaybookInstanceModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(d("2026-11-27"));
    model.setAccount(u"A1"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(PlaybookInstanceModel::InstanceIdRole).toString(), a1);
    QCOMPARE(model.index(0, PlaybookInstanceModel::Name).data().toString(), u"Renewal"_s);
    QCOMPARE(model.index(0, PlaybookInstanceModel::Progress).data().toString(), u"1/4"_s);
    QCOMPARE(model.index(0, 0).data(PlaybookInstanceModel::ProgressRole).toDouble(), 0.25);
    QCOMPARE(model.index(0, PlaybookInstanceModel::Trigger).data().toString(), u"By hand"_s);
    QCOMPARE(model.index(0, PlaybookInstanceModel::Status).data().toString(), u"Open"_s);
    QCOMPARE(model.index(0, PlaybookInstanceModel::NextDue).data(PlaybookInstanceModel::NextDueRole).toDate(),
             d("2026-12-01"));

    Workspace workspace;
    workspace.setUser(u"U1"_s, u"Alice"_s);
    workspace.setScope(Workspace::Scope::MyBook);
    model.setWorkspace(&workspace);
    model.setScopeMode();
    QCOMPARE(model.rowCount(), 2);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(PlaybookInstanceModel::InstanceIdRole).toString());
    QCOMPARE(ids, (QSet<QString> { a1, a4 }));
    const int ruleRow
        = model.index(0, 0).data(PlaybookInstanceModel::InstanceIdRole).toString() == a4 ? 0 : 1;
    QCOMPARE(model.index(ruleRow, PlaybookInstanceModel::Trigger).data().toString(), u"Health turned red"_s);
    QVERIFY(model.index(ruleRow, 0).data(PlaybookInstanceModel::ByRuleRole).toBool());
    QVERIFY(model.overdueSteps() >= 1);
    workspace.setScope(Workspace::Scope::All);
    QCOMPARE(model.rowCount(), 3);
    workspace.setUser(u"U2"_s, u"Bob"_s);
    workspace.setScope(Workspace::Scope::MyBook);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(PlaybookInstanceModel::InstanceIdRole).toString(), a2);
    for (int col = 0; col < PlaybookInstanceModel::ColumnCount; ++col)
        QVERIFY(!model.headerData(col, Qt::Horizontal).toString().isEmpty());
}

void TestPlaybookStore::killWhileTypingLosesNothing()
{
    const QString path = m_dir->filePath(u"cache.sqlite"_s);
    const QString id = store().start(u"A1"_s, u"renewal"_s);
    QVERIFY(!id.isEmpty());
    m_db.reset(); // the child is the only one writing

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childVar), u"type|"_s + path + u'|' + id);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    QByteArray out;
    int lastSaved = 0;
    while (lastSaved < 120) {
        if (!child.waitForReadyRead(60000))
            QFAIL(qPrintable(u"the child stopped typing: "_s
                             + QString::fromLocal8Bit(child.readAllStandardError())));
        out += child.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        for (qsizetype i = lines.size() - 2; i >= 0; --i) {
            if (!lines.at(i).isEmpty()) {
                lastSaved = lines.at(i).toInt();
                break;
            }
        }
    }
    child.kill(); // SIGKILL while it keeps typing: mid-transaction, most likely
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    PlaybookStore s(db, u"U1"_s);
    const QString note = s.instance(id)->steps.at(0).note;
    // What it reported saved is there (it may have saved a keystroke or two more).
    QVERIFY2(note.startsWith(u"keystroke "_s), qPrintable(note));
    const int saved = note.mid(10, note.indexOf(u':') - 10).toInt();
    QVERIFY2(saved >= lastSaved, qPrintable(u"%1 < %2"_s.arg(saved).arg(lastSaved)));
    // The journal holds the same text: the note and its row commit together.
    const QList<JournalRow> rows = journal(db.connection(), u"playbook_step"_s);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.last().field, u"note"_s);
    QCOMPARE(rows.last().newValue.toString(), note);
    // And the cache is writable again.
    QVERIFY(s.check(id, 1));
}

void TestPlaybookStore::killRightAfterATickLosesNothing()
{
    const QString path = m_dir->filePath(u"cache.sqlite"_s);
    const QString id = store().start(u"A1"_s, u"renewal"_s);
    m_db.reset();

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childVar), u"tick|"_s + path + u'|' + id);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY2(child.readAllStandardError().isEmpty(), "the child failed before the kill");
    QVERIFY(QFile::exists(path + u"-wal"_s));

    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    const PlaybookStore::Step step = PlaybookStore(db, u"U1"_s).instance(id)->steps.at(1);
    QCOMPARE(step.status, PlaybookStore::StepStatus::Done);
    QCOMPARE(step.note, u"ticked live on the call"_s);
    QCOMPARE(step.doneBy, u"U1"_s);
    const QList<JournalRow> rows = journal(db.connection(), u"playbook_step"_s);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).newValue.toString(), u"done"_s);
    QCOMPARE(rows.at(1).newValue.toString(), u"ticked live on the call"_s);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(childVar))
        return childMain();
    TestPlaybookStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_playbookstore.moc"
