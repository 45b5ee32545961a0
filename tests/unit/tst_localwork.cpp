// LocalWork: notes, tasks and sentiment, each change one transaction with its journal
// row; typing folded into one row; and what is committed survives a killed process.
#include "store/Database.h"
#include "work/ChangeJournal.h"
#include "work/LocalWork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const auto childCacheVar = "PITWALL_TST_LOCALWORK_KILL_CACHE";

struct JournalRow
{
    qint64 seq = 0;
    QString changeId;
    QString entity;
    QString entityId;
    QVariant accountId;
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QVariant baseVersion;
    QString author;
    QString at;
    QVariant sentAt;
};

QList<JournalRow> journalRows(const QSqlDatabase &db)
{
    QList<JournalRow> rows;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT seq, change_id, entity, entity_id, account_id, field, old_value, new_value,"
                " base_version, author, at, sent_at FROM change_journal ORDER BY seq"_s)) {
        qWarning() << q.lastError().text();
        return rows;
    }
    while (q.next()) {
        rows.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4), q.value(5).toString(), q.value(6), q.value(7),
                      q.value(8), q.value(9).toString(), q.value(10).toString(), q.value(11) });
    }
    return rows;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
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

// Moves a journal row's time back, as if it had been written that long ago.
bool ageRow(const QSqlDatabase &db, qint64 seq, qint64 msecs)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE change_journal SET at = ? WHERE seq = ?"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().addMSecs(-msecs).toString(Qt::ISODateWithMs));
    q.addBindValue(seq);
    return q.exec() && q.numRowsAffected() == 1;
}

bool seedAccounts(const QSqlDatabase &db)
{
    return exec(db, u"INSERT INTO users (id, name) VALUES ('U1', 'Alice Martin'), ('U2', '王小明')"_s)
        && exec(db,
                u"INSERT INTO accounts (id, name, owner_id) VALUES ('A1', 'Acme Corp', 'U1'),"
                " ('A2', '华为科技', 'U2')"_s);
}

// The child process of killedProcessKeepsCommittedWork: saves, says so, and waits to die.
int childMain()
{
    Database db;
    QString error;
    if (!db.open(qEnvironmentVariable(childCacheVar), &error)) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 3;
    }
    LocalWork work(db, u"U1"_s);
    const QString id = work.addNote(u"A1"_s, u"Call with Dana"_s, u"call"_s);
    if (id.isEmpty() || !work.setNoteBody(id, u"Call with Dana: renewal at risk, budget cut 20%"_s)) {
        std::fprintf(stderr, "child: %s\n", qPrintable(work.lastError()));
        return 4;
    }
    // An edit still being written when the process dies: must leave no trace.
    QSqlQuery q(db.connection());
    q.exec(u"BEGIN IMMEDIATE"_s);
    q.exec(u"INSERT INTO notes (id, account_id, body, created_at, updated_at)"
           " VALUES ('uncommitted', 'A1', 'x', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"_s);
    std::printf("saved %s\n", qPrintable(id));
    std::fflush(stdout);
    QThread::sleep(60);
    return 0;
}

} // namespace

class TestLocalWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addNoteWritesRecordAndCreatedRow();
    void typingFoldsIntoOneRow();
    void pauseOfFiveMinutesStartsANewRow();
    void anotherRowOfTheRecordStartsANewRow();
    void otherRecordsDoNotInterrupt();
    void anotherAuthorStartsANewRow();
    void sentRowIsNeverChanged();
    void sealedRowIsNeverChanged();
    void unchangedValueWritesNothing();
    void noteKindAndDelete();
    void notesNewestFirst();
    void taskLifecycle();
    void taskOwnerDefaultsToAuthorUser();
    void tasksOrder();
    void sentiment();
    void refusals_data();
    void refusals();
    void unknownAccountMessage();
    void editsOfUnknownOrDeletedRecords();
    void failedJournalWriteRollsBackTheRecord();
    void failedRecordWriteRollsBackTheJournal();
    void killedProcessKeepsCommittedWork();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QSqlDatabase c() const { return m_db->connection(); }
};

void TestLocalWork::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QVERIFY(seedAccounts(c()));
}

void TestLocalWork::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestLocalWork::addNoteWritesRecordAndCreatedRow()
{
    LocalWork work(*m_db, u"U1"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const QString id = work.addNote(u"A1"_s, u"First call: champion is Dana"_s, u"call"_s);
    QVERIFY2(!id.isEmpty(), qPrintable(work.lastError()));
    QVERIFY(!QUuid::fromString(id).isNull());
    QVERIFY(work.lastError().isEmpty());

    const LocalWork::Note n = work.note(id);
    QCOMPARE(n.id, id);
    QCOMPARE(n.accountId, u"A1"_s);
    QCOMPARE(n.kind, u"call"_s);
    QCOMPARE(n.body, u"First call: champion is Dana"_s);
    QCOMPARE(n.author, u"U1"_s);
    QCOMPARE(n.version, 1);
    QVERIFY(!n.deleted);
    QVERIFY(n.createdAt >= before && n.createdAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(n.updatedAt, n.createdAt);

    const QList<JournalRow> rows = journalRows(c());
    QCOMPARE(rows.size(), 1);
    const JournalRow &r = rows.first();
    QCOMPARE(r.changeId.size(), 36);
    QVERIFY(!QUuid::fromString(r.changeId).isNull());
    QVERIFY(r.changeId != id);
    QCOMPARE(r.entity, u"note"_s);
    QCOMPARE(r.entityId, id);
    QCOMPARE(r.accountId.toString(), u"A1"_s);
    QCOMPARE(r.field, u"created"_s);
    QVERIFY(r.oldValue.isNull());
    QCOMPARE(r.baseVersion.toString(), u"0"_s);
    QCOMPARE(r.author, u"U1"_s);
    QVERIFY(r.sentAt.isNull());
    static const QRegularExpression isoMs(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    QVERIFY2(isoMs.match(r.at).hasMatch(), qPrintable(r.at));
    QCOMPARE(QDateTime::fromString(r.at, Qt::ISODateWithMs), n.createdAt);

    QJsonParseError error;
    const QJsonObject created = QJsonDocument::fromJson(r.newValue.toString().toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY2(!r.newValue.toString().contains(u'\n'), "compact JSON");
    QCOMPARE(created.value("id"_L1).toString(), id);
    QCOMPARE(created.value("account_id"_L1).toString(), u"A1"_s);
    QCOMPARE(created.value("kind"_L1).toString(), u"call"_s);
    QCOMPARE(created.value("body"_L1).toString(), u"First call: champion is Dana"_s);
    QCOMPARE(created.value("author"_L1).toString(), u"U1"_s);
    QCOMPARE(created.value("created_at"_L1).toString(), r.at);
    QCOMPARE(created.value("version"_L1).toInt(), 1);
}

void TestLocalWork::typingFoldsIntoOneRow()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString id = work.addNote(u"A1"_s, u"Met"_s);
    QVERIFY(!id.isEmpty());
    for (const QString &body : { u"Met Dana"_s, u"Met Dana, she"_s, u"Met Dana, she wants SSO"_s })
        QVERIFY2(work.setNoteBody(id, body), qPrintable(work.lastError()));

    QCOMPARE(work.note(id).body, u"Met Dana, she wants SSO"_s);
    QCOMPARE(work.note(id).version, 2);
    const QList<JournalRow> rows = journalRows(c());
    QCOMPARE(rows.size(), 2);
    const JournalRow &body = rows.at(1);
    QCOMPARE(body.field, u"body"_s);
    QCOMPARE(body.oldValue.toString(), u"Met"_s);
    QCOMPARE(body.newValue.toString(), u"Met Dana, she wants SSO"_s);
    QCOMPARE(body.baseVersion.toString(), u"1"_s);
    QCOMPARE(body.accountId.toString(), u"A1"_s);
    QVERIFY(body.at >= rows.at(0).at);
    QCOMPARE(QDateTime::fromString(body.at, Qt::ISODateWithMs), work.note(id).updatedAt);
}

void TestLocalWork::pauseOfFiveMinutesStartsANewRow()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString id = work.addNote(u"A1"_s, u"one"_s);
    QVERIFY(work.setNoteBody(id, u"two"_s));
    QList<JournalRow> rows = journalRows(c());
    QCOMPARE(rows.size(), 2);

    // Four minutes: still the same typing session.
    QVERIFY(ageRow(c(), rows.at(1).seq, 4 * 60 * 1000));
    QVERIFY(work.setNoteBody(id, u"three"_s));
    rows = journalRows(c());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).newValue.toString(), u"three"_s);

    // Six minutes: a new change, from the value the last one left.
    QVERIFY(ageRow(c(), rows.at(1).seq, 6 * 60 * 1000));
    QVERIFY(work.setNoteBody(id, u"four"_s));
    rows = journalRows(c());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).newValue.toString(), u"three"_s);
    QCOMPARE(rows.at(2).field, u"body"_s);
    QCOMPARE(rows.at(2).oldValue.toString(), u"three"_s);
    QCOMPARE(rows.at(2).newValue.toString(), u"four"_s);
    QCOMPARE(rows.at(2).baseVersion.toString(), u"2"_s);
    QCOMPARE(work.note(id).version, 3);
}

void TestLocalWork::anotherRowOfTheRecordStartsANewRow()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString id = work.addNote(u"A1"_s, u"a"_s);
    QVERIFY(work.setNoteBody(id, u"ab"_s));
    QVERIFY(work.setNoteKind(id, u"meeting"_s));
    QVERIFY(work.setNoteBody(id, u"abc"_s));
    QVERIFY(work.setNoteBody(id, u"abcd"_s));
    const QList<JournalRow> rows = journalRows(c());
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1).field, u"body"_s);
    QCOMPARE(rows.at(1).newValue.toString(), u"ab"_s);
    QCOMPARE(rows.at(2).field, u"kind"_s);
    QCOMPARE(rows.at(2).oldValue.toString(), u"note"_s);
    QCOMPARE(rows.at(2).newValue.toString(), u"meeting"_s);
    QCOMPARE(rows.at(2).baseVersion.toString(), u"2"_s);
    QCOMPARE(rows.at(3).field, u"body"_s);
    QCOMPARE(rows.at(3).oldValue.toString(), u"ab"_s);
    QCOMPARE(rows.at(3).newValue.toString(), u"abcd"_s);
    QCOMPARE(rows.at(3).baseVersion.toString(), u"3"_s);
    QCOMPARE(work.note(id).version, 4);
}

void TestLocalWork::otherRecordsDoNotInterrupt()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString a = work.addNote(u"A1"_s, u"a"_s);
    const QString b = work.addNote(u"A2"_s, u"b"_s);
    QVERIFY(work.setNoteBody(a, u"a1"_s));
    QVERIFY(work.setNoteBody(b, u"b1"_s));
    QVERIFY(work.setNoteBody(a, u"a2"_s));
    QVERIFY(work.setNoteBody(b, u"b2"_s));
    const QList<JournalRow> rows = journalRows(c());
    QCOMPARE(rows.size(), 4); // two created, one body row each
    QCOMPARE(rows.at(2).entityId, a);
    QCOMPARE(rows.at(2).newValue.toString(), u"a2"_s);
    QCOMPARE(rows.at(3).entityId, b);
    QCOMPARE(rows.at(3).newValue.toString(), u"b2"_s);
    QCOMPARE(rows.at(3).accountId.toString(), u"A2"_s);
}

void TestLocalWork::anotherAuthorStartsANewRow()
{
    LocalWork mine(*m_db, u"U1"_s);
    LocalWork theirs(*m_db, u"U2"_s);
    const QString id = mine.addNote(u"A1"_s, u"x"_s);
    QVERIFY(mine.setNoteBody(id, u"xy"_s));
    QVERIFY(theirs.setNoteBody(id, u"xyz"_s));
    const QList<JournalRow> rows = journalRows(c());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).author, u"U1"_s);
    QCOMPARE(rows.at(1).newValue.toString(), u"xy"_s);
    QCOMPARE(rows.at(2).author, u"U2"_s);
    QCOMPARE(rows.at(2).oldValue.toString(), u"xy"_s);
    QCOMPARE(rows.at(2).newValue.toString(), u"xyz"_s);
    // The record keeps its first author; the journal says who changed what.
    QCOMPARE(mine.note(id).author, u"U1"_s);
}

void TestLocalWork::sentRowIsNeverChanged()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString id = work.addNote(u"A1"_s, u"draft"_s);
    QVERIFY(work.setNoteBody(id, u"draft 2"_s));
    QList<JournalRow> rows = journalRows(c());
    const JournalRow sent = rows.at(1);
    ChangeJournal journal(*m_db);
    QVERIFY(journal.markSent({ rows.at(0).changeId, sent.changeId }, QDateTime::currentDateTimeUtc()));

    QVERIFY(work.setNoteBody(id, u"draft 3"_s));
    rows = journalRows(c());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).changeId, sent.changeId);
    QCOMPARE(rows.at(1).newValue.toString(), u"draft 2"_s);
    QCOMPARE(rows.at(1).at, sent.at);
    QVERIFY(!rows.at(1).sentAt.isNull());
    QCOMPARE(rows.at(2).oldValue.toString(), u"draft 2"_s);
    QCOMPARE(rows.at(2).newValue.toString(), u"draft 3"_s);
    QVERIFY(rows.at(2).sentAt.isNull());
    QCOMPARE(rows.at(2).baseVersion.toString(), u"2"_s);
}

void TestLocalWork::sealedRowIsNeverChanged()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString id = work.addNote(u"A1"_s, u"draft"_s);
    QVERIFY(work.setNoteBody(id, u"draft 2"_s));
    ChangeJournal journal(*m_db);
    const QList<ChangeJournal::Change> batch = journal.prepareToSend();
    QCOMPARE(batch.size(), 2);
    // Typing goes on while sync writes the outbox: the sealed row must stay as read.
    QVERIFY(work.setNoteBody(id, u"draft 3"_s));
    const QList<JournalRow> rows = journalRows(c());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).newValue.toString(), batch.at(1).newValue.toString());
    QCOMPARE(rows.at(1).at, batch.at(1).at);
    QCOMPARE(rows.at(2).newValue.toString(), u"draft 3"_s);
}

void TestLocalWork::unchangedValueWritesNothing()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString note = work.addNote(u"A1"_s, u"same"_s);
    const QString task = work.addTask(u"A1"_s, u"Send deck"_s, QDate(2025, 3, 1));
    QVERIFY(work.setSentiment(u"A1"_s, LocalWork::Sentiment::Green, u"Happy"_s));
    const qint64 before = count(c(), u"SELECT COUNT(*) FROM change_journal"_s);
    QVERIFY(work.setNoteBody(note, u"same"_s));
    QVERIFY(work.setTaskTitle(task, u"Send deck"_s));
    QVERIFY(work.setTaskDue(task, QDate(2025, 3, 1)));
    QVERIFY(work.setTaskDone(task, false));
    QVERIFY(work.setSentiment(u"A1"_s, LocalWork::Sentiment::Green, u"Happy"_s));
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM change_journal"_s), before);
    QCOMPARE(work.note(note).version, 1);
    QCOMPARE(work.task(task).version, 1);
    QCOMPARE(work.sentiment(u"A1"_s).version, 1);
}

void TestLocalWork::noteKindAndDelete()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString id = work.addNote(u"A1"_s, u"Lunch"_s, u"meeting"_s);
    QCOMPARE(work.notes(u"A1"_s).size(), 1);
    QVERIFY(!work.setNoteKind(id, u"fax"_s));
    QVERIFY(work.lastError().contains(u"fax"_s));
    QVERIFY(work.setNoteKind(id, u"email"_s));
    QCOMPARE(work.note(id).kind, u"email"_s);
    QVERIFY(work.deleteNote(id));
    QVERIFY(work.notes(u"A1"_s).isEmpty());
    const LocalWork::Note n = work.note(id);
    QCOMPARE(n.id, id);
    QVERIFY(n.deleted);
    QCOMPARE(n.version, 3);
    const QList<JournalRow> rows = journalRows(c());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).field, u"deleted"_s);
    QCOMPARE(rows.at(2).oldValue.toString(), u"0"_s);
    QCOMPARE(rows.at(2).newValue.toString(), u"1"_s);
    QCOMPARE(rows.at(2).baseVersion.toString(), u"2"_s);
    // Nothing is really deleted.
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM notes"_s), 1);
    // Deleting again changes nothing.
    QVERIFY(work.deleteNote(id));
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM change_journal"_s), 3);
}

void TestLocalWork::notesNewestFirst()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString first = work.addNote(u"A1"_s, u"first"_s);
    const QString second = work.addNote(u"A1"_s, u"second"_s);
    const QString other = work.addNote(u"A2"_s, u"other account"_s);
    const QString third = work.addNote(u"A1"_s, u"third"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !other.isEmpty() && !third.isEmpty());
    const QList<LocalWork::Note> notes = work.notes(u"A1"_s);
    QCOMPARE(notes.size(), 3);
    QCOMPARE(notes.at(0).id, third);
    QCOMPARE(notes.at(1).id, second);
    QCOMPARE(notes.at(2).id, first);
    QCOMPARE(work.notes(u"A2"_s).size(), 1);
    QVERIFY(work.notes(u"nope"_s).isEmpty());
}

void TestLocalWork::taskLifecycle()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString id = work.addTask(u"A1"_s, u"Prepare QBR deck"_s, QDate(2025, 4, 2));
    QVERIFY2(!id.isEmpty(), qPrintable(work.lastError()));
    LocalWork::Task t = work.task(id);
    QCOMPARE(t.title, u"Prepare QBR deck"_s);
    QCOMPARE(t.due, QDate(2025, 4, 2));
    QVERIFY(!t.done);
    QVERIFY(!t.doneAt.isValid());
    QCOMPARE(t.source, u"manual"_s);
    QCOMPARE(t.author, u"U1"_s);
    QCOMPARE(t.version, 1);

    QList<JournalRow> rows = journalRows(c());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).entity, u"task"_s);
    QCOMPARE(rows.at(0).field, u"created"_s);
    const QJsonObject created = QJsonDocument::fromJson(rows.at(0).newValue.toString().toUtf8()).object();
    QCOMPARE(created.value("title"_L1).toString(), u"Prepare QBR deck"_s);
    QCOMPARE(created.value("due_date"_L1).toString(), u"2025-04-02"_s);
    QCOMPARE(created.value("done"_L1).toBool(), false);
    QCOMPARE(created.value("owner_id"_L1).toString(), u"U1"_s);

    QVERIFY(work.setTaskTitle(id, u"Prepare QBR deck with usage"_s));
    QVERIFY(work.setTaskDue(id, QDate(2025, 4, 9)));
    QVERIFY(work.setTaskDue(id, {}));
    QVERIFY(work.setTaskDone(id, true));
    t = work.task(id);
    QCOMPARE(t.title, u"Prepare QBR deck with usage"_s);
    QVERIFY(!t.due.isValid());
    QVERIFY(t.done);
    QVERIFY(t.doneAt.isValid());
    QVERIFY(qAbs(t.doneAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    rows = journalRows(c());
    QCOMPARE(rows.size(), 4); // created, title, due_date (two edits folded), done
    QCOMPARE(rows.at(1).field, u"title"_s);
    QCOMPARE(rows.at(1).oldValue.toString(), u"Prepare QBR deck"_s);
    QCOMPARE(rows.at(2).field, u"due_date"_s);
    QCOMPARE(rows.at(2).oldValue.toString(), u"2025-04-02"_s);
    QVERIFY(rows.at(2).newValue.isNull());
    QCOMPARE(rows.at(3).field, u"done"_s);
    QCOMPARE(rows.at(3).oldValue.toString(), u"0"_s);
    QCOMPARE(rows.at(3).newValue.toString(), u"1"_s);
    QCOMPARE(rows.at(3).baseVersion.toString(), u"3"_s);
    QCOMPARE(t.version, 4);

    QVERIFY(work.setTaskDone(id, false));
    QVERIFY(!work.task(id).doneAt.isValid());
    // Unticking right after ticking is one change of "done", back to "0".
    rows = journalRows(c());
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(3).newValue.toString(), u"0"_s);

    QVERIFY(work.deleteTask(id));
    QVERIFY(work.tasks(u"A1"_s).isEmpty());
    QVERIFY(work.task(id).deleted);
    QVERIFY(!work.setTaskTitle(id, u"Zombie"_s));
    QCOMPARE(work.lastError(), u"This task has been deleted."_s);
}

void TestLocalWork::taskOwnerDefaultsToAuthorUser()
{
    LocalWork user(*m_db, u"U2"_s);
    QCOMPARE(user.task(user.addTask(u"A1"_s, u"a"_s)).ownerId, u"U2"_s);
    QCOMPARE(user.task(user.addTask(u"A1"_s, u"b"_s, {}, u"U1"_s)).ownerId, u"U1"_s);
    LocalWork login(*m_db, u"jdoe"_s); // not a user in the cache
    const LocalWork::Task t = login.task(login.addTask(u"A1"_s, u"c"_s));
    QVERIFY(t.ownerId.isEmpty());
    QCOMPARE(t.author, u"jdoe"_s);
}

void TestLocalWork::tasksOrder()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString undated = work.addTask(u"A1"_s, u"undated"_s);
    const QString late = work.addTask(u"A1"_s, u"late"_s, QDate(2025, 6, 1));
    const QString doneEarly = work.addTask(u"A1"_s, u"done first"_s, QDate(2025, 1, 1));
    const QString early = work.addTask(u"A1"_s, u"early"_s, QDate(2025, 2, 1));
    const QString doneLater = work.addTask(u"A1"_s, u"done second"_s, QDate(2025, 1, 2));
    QVERIFY(work.setTaskDone(doneEarly, true));
    QTest::qWait(5); // done_at differs
    QVERIFY(work.setTaskDone(doneLater, true));
    QStringList ids;
    for (const LocalWork::Task &t : work.tasks(u"A1"_s))
        ids << t.id;
    QCOMPARE(ids, (QStringList { early, late, undated, doneLater, doneEarly }));
    ids.clear();
    for (const LocalWork::Task &t : work.tasks(u"A1"_s, false))
        ids << t.id;
    QCOMPARE(ids, (QStringList { early, late, undated }));
}

void TestLocalWork::sentiment()
{
    LocalWork work(*m_db, u"U1"_s);
    QCOMPARE(work.sentiment(u"A1"_s).level, LocalWork::Sentiment::None);
    QVERIFY(work.setSentiment(u"A1"_s, LocalWork::Sentiment::Yellow, u"Budget"_s));
    LocalWork::SentimentEntry s = work.sentiment(u"A1"_s);
    QCOMPARE(s.level, LocalWork::Sentiment::Yellow);
    QCOMPARE(s.comment, u"Budget"_s);
    QCOMPARE(s.author, u"U1"_s);
    QCOMPARE(s.version, 1);
    QVERIFY(s.updatedAt.isValid());

    // Level and comment in one call: two rows on the same base version, one version step.
    QVERIFY(work.setSentiment(u"A1"_s, LocalWork::Sentiment::Red, u"Budget cut"_s));
    QList<JournalRow> rows = journalRows(c());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).entity, u"sentiment"_s);
    QCOMPARE(rows.at(0).entityId, u"A1"_s);
    QCOMPARE(rows.at(0).field, u"created"_s);
    QCOMPARE(QJsonDocument::fromJson(rows.at(0).newValue.toString().toUtf8())
                 .object()
                 .value("level"_L1)
                 .toString(),
             u"yellow"_s);
    QCOMPARE(rows.at(1).field, u"level"_s);
    QCOMPARE(rows.at(1).oldValue.toString(), u"yellow"_s);
    QCOMPARE(rows.at(1).newValue.toString(), u"red"_s);
    QCOMPARE(rows.at(2).field, u"comment"_s);
    QCOMPARE(rows.at(2).oldValue.toString(), u"Budget"_s);
    QCOMPARE(rows.at(2).newValue.toString(), u"Budget cut"_s);
    QCOMPARE(rows.at(1).baseVersion.toString(), u"1"_s);
    QCOMPARE(rows.at(2).baseVersion.toString(), u"1"_s);
    QCOMPARE(work.sentiment(u"A1"_s).version, 2);

    // Typing the comment folds into its row.
    QVERIFY(work.setSentiment(u"A1"_s, LocalWork::Sentiment::Red, u"Budget cut by 20%"_s));
    QVERIFY(work.setSentiment(u"A1"_s, LocalWork::Sentiment::Red, QString()));
    rows = journalRows(c());
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(2).newValue.isNull());
    s = work.sentiment(u"A1"_s);
    QCOMPARE(s.level, LocalWork::Sentiment::Red);
    QVERIFY(s.comment.isEmpty());
    QCOMPARE(s.version, 2);

    QVERIFY(!work.setSentiment(u"A1"_s, LocalWork::Sentiment::None, {}));
    QVERIFY(!work.lastError().isEmpty());
    QCOMPARE(work.sentiment(u"A1"_s).level, LocalWork::Sentiment::Red);

    QCOMPARE(LocalWork::sentimentFromKeyword(u"Green"_s), LocalWork::Sentiment::Green);
    QCOMPARE(LocalWork::sentimentKeyword(LocalWork::Sentiment::Yellow), u"yellow"_s);
    QCOMPARE(LocalWork::sentimentFromKeyword(u"purple"_s), LocalWork::Sentiment::None);
    QCOMPARE(LocalWork::sentimentLabel(LocalWork::Sentiment::Red), u"Red"_s);
}

void TestLocalWork::refusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("note on unknown account")
        << u"note-unknown"_s << u"No account with CRM id “ZZ” in the cache."_s;
    QTest::newRow("empty note") << u"note-empty"_s << u"A note needs some text."_s;
    QTest::newRow("blank note") << u"note-blank"_s << u"A note needs some text."_s;
    QTest::newRow("bad kind") << u"note-kind"_s
                              << u"Unknown kind of note “memo”: use note, call, meeting or email."_s;
    QTest::newRow("task on unknown account")
        << u"task-unknown"_s << u"No account with CRM id “ZZ” in the cache."_s;
    QTest::newRow("task without title") << u"task-untitled"_s << u"A task needs a title."_s;
    QTest::newRow("sentiment on unknown account")
        << u"sentiment-unknown"_s << u"No account with CRM id “ZZ” in the cache."_s;
}

void TestLocalWork::refusals()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    LocalWork work(*m_db, u"U1"_s);
    bool ok = true;
    if (what == "note-unknown"_L1)
        ok = !work.addNote(u"ZZ"_s, u"text"_s).isEmpty();
    else if (what == "note-empty"_L1)
        ok = !work.addNote(u"A1"_s, QString()).isEmpty();
    else if (what == "note-blank"_L1)
        ok = !work.addNote(u"A1"_s, u" \n\t "_s).isEmpty();
    else if (what == "note-kind"_L1)
        ok = !work.addNote(u"A1"_s, u"text"_s, u"memo"_s).isEmpty();
    else if (what == "task-unknown"_L1)
        ok = !work.addTask(u"ZZ"_s, u"title"_s).isEmpty();
    else if (what == "task-untitled"_L1)
        ok = !work.addTask(u"A1"_s, u"  "_s).isEmpty();
    else if (what == "sentiment-unknown"_L1)
        ok = work.setSentiment(u"ZZ"_s, LocalWork::Sentiment::Green, {});
    QVERIFY(!ok);
    QCOMPARE(work.lastError(), message);
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM change_journal"_s), 0);
    QCOMPARE(count(c(),
                   u"SELECT (SELECT COUNT(*) FROM notes) + (SELECT COUNT(*) FROM tasks)"
                   " + (SELECT COUNT(*) FROM sentiment)"_s),
             0);
    // The failed call left no transaction open: the next one works.
    QVERIFY(!work.addNote(u"A1"_s, u"fine"_s).isEmpty());
    QVERIFY(work.lastError().isEmpty());
}

void TestLocalWork::unknownAccountMessage()
{
    LocalWork work(*m_db, u"U1"_s);
    QVERIFY(work.accountExists(u"A2"_s));
    QVERIFY(!work.accountExists(u"001XYZ"_s));
    QCOMPARE(work.lastError(), u"No account with CRM id “001XYZ” in the cache."_s);
    QVERIFY(work.accountExists(u"A1"_s));
    QVERIFY(work.lastError().isEmpty());
}

void TestLocalWork::editsOfUnknownOrDeletedRecords()
{
    LocalWork work(*m_db, u"U1"_s);
    QVERIFY(!work.setNoteBody(u"no-such-note"_s, u"x"_s));
    QCOMPARE(work.lastError(), u"No note with id “no-such-note”."_s);
    QVERIFY(!work.setTaskDone(u"no-such-task"_s, true));
    QCOMPARE(work.lastError(), u"No task with id “no-such-task”."_s);
    QVERIFY(work.note(u"no-such-note"_s).id.isEmpty());
    QVERIFY(work.task(u"no-such-task"_s).id.isEmpty());
    const QString id = work.addNote(u"A1"_s, u"x"_s);
    QVERIFY(work.deleteNote(id));
    QVERIFY(!work.setNoteBody(id, u"y"_s));
    QCOMPARE(work.lastError(), u"This note has been deleted."_s);
    QVERIFY(!work.setTaskTitle(work.addTask(u"A1"_s, u"t"_s), QString()));
    QCOMPARE(work.lastError(), u"A task needs a title."_s);
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM change_journal"_s), 3); // two created, one deleted
}

void TestLocalWork::failedJournalWriteRollsBackTheRecord()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString id = work.addNote(u"A1"_s, u"kept"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(exec(c(),
                 u"CREATE TEMP TRIGGER journal_fails BEFORE INSERT ON change_journal"
                 " BEGIN SELECT RAISE(ABORT, 'journal disk full'); END"_s));
    QVERIFY(work.addNote(u"A1"_s, u"lost"_s).isEmpty());
    QVERIFY2(work.lastError().contains(u"journal disk full"_s), qPrintable(work.lastError()));
    QVERIFY(work.addTask(u"A1"_s, u"lost"_s).isEmpty());
    QVERIFY(!work.setSentiment(u"A1"_s, LocalWork::Sentiment::Red, {}));
    QVERIFY(!work.setNoteKind(id, u"call"_s));
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM notes"_s), 1);
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM tasks"_s), 0);
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM sentiment"_s), 0);
    QCOMPARE(work.note(id).kind, u"note"_s);
    QCOMPARE(work.note(id).version, 1);
    QVERIFY(exec(c(), u"DROP TRIGGER journal_fails"_s));
    QVERIFY(work.setNoteKind(id, u"call"_s));
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM change_journal"_s), 2);
}

void TestLocalWork::failedRecordWriteRollsBackTheJournal()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString id = work.addNote(u"A1"_s, u"kept"_s);
    QVERIFY(work.setNoteBody(id, u"kept too"_s));
    const QList<JournalRow> before = journalRows(c());
    QCOMPARE(before.size(), 2);
    // The journal row is written (folded) before the record: the record's failure must
    // take the journal's change back with it.
    QVERIFY(exec(c(),
                 u"CREATE TEMP TRIGGER note_fails BEFORE UPDATE ON notes"
                 " BEGIN SELECT RAISE(ABORT, 'notes locked'); END"_s));
    QVERIFY(!work.setNoteBody(id, u"lost"_s));
    QVERIFY(!work.setNoteKind(id, u"email"_s));
    QVERIFY(work.lastError().contains(u"notes locked"_s));
    const QList<JournalRow> after = journalRows(c());
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(1).newValue, before.at(1).newValue);
    QCOMPARE(after.at(1).at, before.at(1).at);
    QCOMPARE(work.note(id).body, u"kept too"_s);
    QVERIFY(exec(c(), u"DROP TRIGGER note_fails"_s));
}

void TestLocalWork::killedProcessKeepsCommittedWork()
{
    const QString path = m_dir->filePath(u"cache.sqlite"_s);
    m_db.reset(); // the child is the only one writing

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childCacheVar), path);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    QByteArray out;
    while (!out.contains('\n')) {
        if (!child.waitForReadyRead(60000))
            QFAIL(qPrintable(u"the child did not save: "_s
                             + QString::fromLocal8Bit(child.readAllStandardError())));
        out += child.readAllStandardOutput();
    }
    child.kill(); // SIGKILL, the instant after the call returned
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY2(out.startsWith("saved "), out.constData());
    const QString id = QString::fromLatin1(out.mid(6).trimmed());
    QVERIFY(QFile::exists(path + u"-wal"_s));

    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    LocalWork work(db, u"U1"_s);
    const LocalWork::Note n = work.note(id);
    QCOMPARE(n.id, id);
    QCOMPARE(n.kind, u"call"_s);
    QCOMPARE(n.body, u"Call with Dana: renewal at risk, budget cut 20%"_s);
    const QList<JournalRow> rows = journalRows(db.connection());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).field, u"created"_s);
    QCOMPARE(rows.at(1).field, u"body"_s);
    QCOMPARE(rows.at(1).newValue.toString(), n.body);
    QCOMPARE(count(db.connection(), u"SELECT COUNT(*) FROM notes WHERE id = 'uncommitted'"_s), 0);
    // And the cache is writable again.
    QVERIFY(!work.addNote(u"A1"_s, u"after the crash"_s).isEmpty());
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(childCacheVar)) {
        QCoreApplication app(argc, argv);
        return childMain();
    }
    QCoreApplication app(argc, argv);
    TestLocalWork test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_localwork.moc"
