// ChangeJournal: reading what LocalWork journaled, as sync will, and marking it sent.
#include "store/Database.h"
#include "work/ChangeJournal.h"
#include "work/LocalWork.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestChangeJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyJournal();
    void unsentInOrderWithAllFields();
    void toJsonShapeAndNulls();
    void markSentIsIdempotent();
    void historyOfOneRecord();
    void prepareToSendSeals();
    void unsentLimit();

private:
    bool exec(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

bool TestChangeJournal::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

void TestChangeJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QVERIFY(exec(u"INSERT INTO users (id, name) VALUES ('U1', 'Alice Martin')"_s));
    QVERIFY(exec(u"INSERT INTO accounts (id, name, owner_id) VALUES ('A1', 'Acme Corp', 'U1'),"
                 " ('A2', '华为科技', 'U1')"_s));
}

void TestChangeJournal::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestChangeJournal::emptyJournal()
{
    ChangeJournal journal(*m_db);
    QVERIFY(journal.unsent().isEmpty());
    QCOMPARE(journal.unsentCount(), 0);
    QVERIFY(journal.lastError().isEmpty());
    QVERIFY(journal.history(u"anything"_s).isEmpty());
    QCOMPARE(journal.sealedSeq(), 0);
    QVERIFY(journal.prepareToSend().isEmpty());
    QVERIFY(journal.lastError().isEmpty());
    QVERIFY(journal.markSent({}, QDateTime::currentDateTimeUtc()));
    const QJsonArray json = ChangeJournal::toJson(journal.unsent());
    QVERIFY(json.isEmpty());
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact), QByteArray("[]"));
}

void TestChangeJournal::unsentInOrderWithAllFields()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString note = work.addNote(u"A1"_s, u"Kick-off"_s);
    const QString task = work.addTask(u"A2"_s, u"Send the deck"_s, QDate(2025, 5, 1));
    QVERIFY(work.setNoteBody(note, u"Kick-off: 12 attendees"_s));
    QVERIFY(work.setTaskDone(task, true));
    QVERIFY(work.setSentiment(u"A1"_s, LocalWork::Sentiment::Green, u"Great start"_s));

    ChangeJournal journal(*m_db);
    const QList<ChangeJournal::Change> changes = journal.unsent();
    QCOMPARE(changes.size(), 5);
    QCOMPARE(journal.unsentCount(), 5);
    for (qsizetype i = 1; i < changes.size(); ++i)
        QVERIFY(changes.at(i).seq > changes.at(i - 1).seq);
    QStringList summary;
    for (const ChangeJournal::Change &ch : changes)
        summary << ch.entity + u'.' + ch.field;
    QCOMPARE(summary,
             (QStringList { u"note.created"_s, u"task.created"_s, u"note.body"_s, u"task.done"_s,
                            u"sentiment.created"_s }));
    const ChangeJournal::Change &body = changes.at(2);
    QCOMPARE(body.entityId, note);
    QCOMPARE(body.accountId, u"A1"_s);
    QCOMPARE(body.oldValue.toString(), u"Kick-off"_s);
    QCOMPARE(body.newValue.toString(), u"Kick-off: 12 attendees"_s);
    QCOMPARE(body.baseVersion, u"1"_s);
    QCOMPARE(body.author, u"U1"_s);
    QVERIFY(QDateTime::fromString(body.at, Qt::ISODateWithMs).isValid());
    QVERIFY(body.sentAt.isNull());
    QCOMPARE(body.changeId.size(), 36);
    QCOMPARE(changes.at(3).accountId, u"A2"_s);
    QCOMPARE(changes.at(3).newValue.toString(), u"1"_s);
    QCOMPARE(changes.at(4).entityId, u"A1"_s);
}

void TestChangeJournal::toJsonShapeAndNulls()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString task = work.addTask(u"A1"_s, u"Renewal call"_s, QDate(2025, 5, 1));
    QVERIFY(work.setTaskDue(task, {}));
    // A row written by something else, with every optional column NULL.
    QVERIFY(exec(u"INSERT INTO change_journal (change_id, entity, entity_id, field, at)"
                 " VALUES ('c-1', 'override', 'X', 'health', '2025-01-01T00:00:00.000Z')"_s));

    ChangeJournal journal(*m_db);
    const QJsonArray array = ChangeJournal::toJson(journal.unsent());
    QCOMPARE(array.size(), 3);
    const QStringList keys
        = { u"account_id"_s, u"at"_s,    u"author"_s,    u"base_version"_s, u"change_id"_s, u"entity"_s,
            u"entity_id"_s,  u"field"_s, u"new_value"_s, u"old_value"_s,    u"seq"_s };
    for (const QJsonValue &v : array)
        QCOMPARE(v.toObject().keys(), keys);

    const QJsonObject created = array.at(0).toObject();
    QCOMPARE(created.value("entity"_L1).toString(), u"task"_s);
    QCOMPARE(created.value("field"_L1).toString(), u"created"_s);
    QVERIFY(created.value("old_value"_L1).isNull());
    QCOMPARE(created.value("base_version"_L1).toString(), u"0"_s);
    const QJsonObject record
        = QJsonDocument::fromJson(created.value("new_value"_L1).toString().toUtf8()).object();
    QCOMPARE(record.value("id"_L1).toString(), task);
    QCOMPARE(record.value("due_date"_L1).toString(), u"2025-05-01"_s);

    const QJsonObject cleared = array.at(1).toObject();
    QCOMPARE(cleared.value("field"_L1).toString(), u"due_date"_s);
    QCOMPARE(cleared.value("old_value"_L1).toString(), u"2025-05-01"_s);
    QVERIFY(cleared.value("new_value"_L1).isNull());
    QVERIFY(cleared.value("seq"_L1).toInteger() > created.value("seq"_L1).toInteger());
    QCOMPARE(cleared.value("account_id"_L1).toString(), u"A1"_s);
    QCOMPARE(cleared.value("author"_L1).toString(), u"U1"_s);

    const QJsonObject bare = array.at(2).toObject();
    QCOMPARE(bare.value("change_id"_L1).toString(), u"c-1"_s);
    for (const char *key : { "account_id", "old_value", "new_value", "base_version", "author" })
        QVERIFY2(bare.value(QLatin1StringView(key)).isNull(), key);
    QCOMPARE(bare.value("at"_L1).toString(), u"2025-01-01T00:00:00.000Z"_s);
}

void TestChangeJournal::markSentIsIdempotent()
{
    LocalWork work(*m_db, u"U1"_s);
    work.addNote(u"A1"_s, u"one"_s);
    work.addNote(u"A1"_s, u"two"_s);
    work.addNote(u"A1"_s, u"three"_s);
    ChangeJournal journal(*m_db);
    const QList<ChangeJournal::Change> changes = journal.unsent();
    QCOMPARE(changes.size(), 3);

    const QDateTime first(QDate(2025, 2, 1), QTime(9, 30, 0, 250), Qt::UTC);
    QVERIFY(journal.markSent({ changes.at(0).changeId, changes.at(2).changeId, u"unknown"_s }, first));
    QCOMPARE(journal.unsentCount(), 1);
    const QList<ChangeJournal::Change> left = journal.unsent();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().changeId, changes.at(1).changeId);

    // Sent again later: the first time stays.
    QVERIFY(journal.markSent({ changes.at(0).changeId, changes.at(1).changeId }, first.addDays(1)));
    QCOMPARE(journal.unsentCount(), 0);
    const QList<ChangeJournal::Change> all = journal.history(changes.at(0).entityId);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().sentAt, u"2025-02-01T09:30:00.250Z"_s);
    QCOMPARE(journal.history(changes.at(1).entityId).first().sentAt, u"2025-02-02T09:30:00.250Z"_s);
}

void TestChangeJournal::historyOfOneRecord()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString note = work.addNote(u"A1"_s, u"v1"_s);
    const QString other = work.addNote(u"A1"_s, u"other"_s);
    QVERIFY(work.setNoteKind(note, u"call"_s));
    QVERIFY(work.setNoteBody(other, u"other 2"_s));
    QVERIFY(work.setNoteBody(note, u"v2"_s));
    ChangeJournal journal(*m_db);
    QVERIFY(journal.markSent({ journal.unsent().first().changeId }, QDateTime::currentDateTimeUtc()));
    const QList<ChangeJournal::Change> history = journal.history(note);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).field, u"created"_s);
    QVERIFY(!history.at(0).sentAt.isNull());
    QCOMPARE(history.at(1).field, u"kind"_s);
    QCOMPARE(history.at(2).field, u"body"_s);
    for (const ChangeJournal::Change &ch : history)
        QCOMPARE(ch.entityId, note);
    QCOMPARE(history.at(2).baseVersion, u"2"_s);
}

void TestChangeJournal::prepareToSendSeals()
{
    LocalWork work(*m_db, u"U1"_s);
    const QString note = work.addNote(u"A1"_s, u"a"_s);
    QVERIFY(work.setNoteBody(note, u"ab"_s));
    ChangeJournal journal(*m_db);
    const QList<ChangeJournal::Change> batch = journal.prepareToSend();
    QCOMPARE(batch.size(), 2);
    QCOMPARE(journal.sealedSeq(), batch.last().seq);

    // The CSM keeps typing while the batch is being written out.
    QVERIFY(work.setNoteBody(note, u"abc"_s));
    QVERIFY(work.setNoteBody(note, u"abcd"_s));
    QStringList ids;
    for (const ChangeJournal::Change &ch : batch)
        ids << ch.changeId;
    QVERIFY(journal.markSent(ids, QDateTime::currentDateTimeUtc()));

    const QList<ChangeJournal::Change> rest = journal.unsent();
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first().oldValue.toString(), u"ab"_s);
    QCOMPARE(rest.first().newValue.toString(), u"abcd"_s);
    QCOMPARE(rest.first().baseVersion, u"2"_s);
    // What was sent is exactly what the journal holds for those ids.
    const QList<ChangeJournal::Change> history = journal.history(note);
    QCOMPARE(history.at(1).changeId, batch.at(1).changeId);
    QCOMPARE(history.at(1).newValue.toString(), u"ab"_s);
    QCOMPARE(history.at(1).at, batch.at(1).at);

    // A failed send: the next batch holds the same, unchanged rows.
    const QList<ChangeJournal::Change> again = journal.prepareToSend();
    QCOMPARE(again.size(), 1);
    QCOMPARE(journal.prepareToSend().first().changeId, again.first().changeId);
    QCOMPARE(journal.prepareToSend().first().newValue, again.first().newValue);
}

void TestChangeJournal::unsentLimit()
{
    LocalWork work(*m_db, u"U1"_s);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!work.addNote(u"A1"_s, u"note %1"_s.arg(i)).isEmpty());
    ChangeJournal journal(*m_db);
    const QList<ChangeJournal::Change> two = journal.unsent(2);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(1).seq, journal.unsent().at(1).seq);
    QCOMPARE(journal.unsent(0).size(), 0);
}

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
