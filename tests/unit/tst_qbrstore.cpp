// QbrStore: drafts saved per account and quarter with their journal rows (typing folded
// into one), a failed save that leaves the last draft, previous/list, delivery that
// turns commitments into tasks in the same transaction (once), and the template in
// force, including one published with the central export.
#include "TestSupport.h"
#include "import/Importer.h"
#include "qbr/QbrStore.h"
#include "store/Database.h"
#include "work/ChangeJournal.h"
#include "work/LocalWork.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

char *toString(const QbrQuarter &q)
{
    return QTest::toString(q.toString());
}

namespace {

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    return scalar(db, sql).toLongLong();
}

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

QList<JournalRow> journal(const QSqlDatabase &db, const QString &entity)
{
    QList<JournalRow> rows;
    QSqlQuery q(db);
    q.prepare(u"SELECT entity, entity_id, account_id, field, old_value, new_value, base_version, author"
              " FROM change_journal WHERE entity = ? ORDER BY seq"_s);
    q.addBindValue(entity);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return rows;
    }
    while (q.next()) {
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4), q.value(5), q.value(6).toString(),
                      q.value(7).toString() });
    }
    return rows;
}

QJsonObject parsed(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

class TestQbrStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void schemaHasTheTable();
    void saveAndLoad();
    void unchangedSaveWritesNothing();
    void typingFoldsIntoOneJournalRow();
    void refusesUnknownAccountAndInvalidDocument();
    void failedSaveLeavesTheLastDraft();
    void previousAndList();
    void unreadableDraftIsReported();
    void markDeliveredCreatesTasksOnce();
    void markDeliveredWithoutSavedDraft();
    void failedDeliveryChangesNothing();
    void savingADeliveredQbrKeepsItDelivered();
    void activeTemplate();
    void importStoresThePublishedTemplate();
    void importRefusesABrokenTemplate();

private:
    QbrDocument draft(const QString &account, const QbrQuarter &quarter, const QString &summary = {});
    QString copyNativeFixture();
    QSqlDatabase sql() const { return m_db->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestQbrStore::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QVERIFY(exec(sql(), u"INSERT INTO users (id, name) VALUES ('U1', 'Alice Martin'), ('U2', '王小明')"_s));
    QVERIFY(exec(sql(),
                 u"INSERT INTO accounts (id, name, owner_id) VALUES ('A1', 'Acme Corp', 'U1'),"
                 " ('A2', '华为科技', 'U2')"_s));
}

void TestQbrStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QbrDocument TestQbrStore::draft(const QString &account, const QbrQuarter &quarter, const QString &summary)
{
    QbrDocument doc = QbrDocument::fromTemplate(QbrTemplate::builtIn(), account, quarter, u"Acme Corp"_s,
                                                u"Alice Martin"_s);
    if (!summary.isEmpty())
        doc.section(QbrSection::ExecutiveSummary)->narrative = summary;
    return doc;
}

void TestQbrStore::schemaHasTheTable()
{
    // Version 4 added the table; later versions keep it.
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 4);
    QVERIFY(exec(sql(),
                 u"SELECT account_id, quarter, document, status, updated_at, delivered_at, version"
                 " FROM qbr_documents"_s));
    // One row per account and quarter; the status is a keyword.
    QVERIFY(exec(
        sql(), u"INSERT INTO qbr_documents (account_id, quarter, document) VALUES ('A1', '2026Q3', '{}')"_s));
    QCOMPARE(scalar(sql(), u"SELECT status || '/' || version FROM qbr_documents"_s).toString(), u"draft/1"_s);
    QSqlQuery q(sql());
    QVERIFY(!q.exec(
        u"INSERT INTO qbr_documents (account_id, quarter, document) VALUES ('A1', '2026Q3', '{}')"_s));
    QVERIFY(!q.exec(u"UPDATE qbr_documents SET status = 'sent'"_s));
}

void TestQbrStore::saveAndLoad()
{
    QbrStore store(*m_db);
    QVERIFY(!store.load(u"A1"_s, { 2026, 3 }));
    QVERIFY(store.lastError().isEmpty());

    QbrDocument doc = draft(u"A1"_s, { 2026, 3 }, u"A record quarter — 创纪录的季度"_s);
    doc.kpis = { { u"Tickets per agent"_s, {}, 12.0, 18.5, {} } };
    doc.commitments = { { u"Share the plan"_s, u"Jane"_s, QDate(2026, 10, 15) } };
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY2(store.save(doc, u"U1"_s), qPrintable(store.lastError()));
    QVERIFY(doc.updatedAt >= before.addMSecs(-1) && doc.updatedAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(doc.status, QbrDocument::Status::Draft);

    const std::optional<QbrDocument> loaded = store.load(u"A1"_s, { 2026, 3 });
    QVERIFY2(loaded, qPrintable(store.lastError()));
    QCOMPARE(loaded->accountId, u"A1"_s);
    QCOMPARE(loaded->quarter, (QbrQuarter { 2026, 3 }));
    QCOMPARE(loaded->status, QbrDocument::Status::Draft);
    QCOMPARE(loaded->updatedAt, doc.updatedAt);
    QCOMPARE(loaded->section(QbrSection::ExecutiveSummary)->narrative, u"A record quarter — 创纪录的季度"_s);
    QCOMPARE(loaded->kpis.size(), 1);
    QCOMPARE(loaded->kpis.at(0).current.value_or(-1), 18.5);
    QCOMPARE(loaded->commitments.at(0).due, QDate(2026, 10, 15));
    QCOMPARE(loaded->toJson(), doc.toJson());
    // Another quarter or account has none.
    QVERIFY(!store.load(u"A1"_s, { 2026, 2 }));
    QVERIFY(!store.load(u"A2"_s, { 2026, 3 }));

    // The row and its journal entry.
    QCOMPARE(scalar(sql(), u"SELECT status || '/' || version FROM qbr_documents"_s).toString(), u"draft/1"_s);
    const QList<JournalRow> rows = journal(sql(), u"qbr"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).entityId, u"A1/2026Q3"_s);
    QCOMPARE(rows.at(0).accountId, u"A1"_s);
    QCOMPARE(rows.at(0).field, u"document"_s);
    QVERIFY(rows.at(0).oldValue.isNull());
    QCOMPARE(rows.at(0).baseVersion, u"0"_s);
    QCOMPARE(rows.at(0).author, u"U1"_s);
    const QJsonObject journaled = parsed(rows.at(0).newValue);
    QCOMPARE(journaled.value("quarter"_L1).toString(), u"2026Q3"_s);
    QVERIFY(!journaled.contains("status"_L1)); // a column, not content
    QVERIFY(rows.at(0).newValue.toString().contains(u"创纪录的季度"_s));
}

void TestQbrStore::unchangedSaveWritesNothing()
{
    QbrStore store(*m_db);
    QbrDocument doc = draft(u"A1"_s, { 2026, 3 });
    QVERIFY(store.save(doc, u"U1"_s));
    const QDateTime first = doc.updatedAt;
    const QString stored = scalar(sql(), u"SELECT updated_at FROM qbr_documents"_s).toString();
    QTest::qWait(5);
    QbrDocument same = *store.load(u"A1"_s, { 2026, 3 });
    QVERIFY(store.save(same, u"U1"_s));
    QCOMPARE(same.updatedAt, first);
    QCOMPARE(scalar(sql(), u"SELECT updated_at FROM qbr_documents"_s).toString(), stored);
    QCOMPARE(journal(sql(), u"qbr"_s).size(), 1);
}

void TestQbrStore::typingFoldsIntoOneJournalRow()
{
    QbrStore store(*m_db);
    QbrDocument doc = draft(u"A1"_s, { 2026, 3 }, u"Draft 1"_s);
    QVERIFY(store.save(doc, u"U1"_s)); // created: row 1 (base 0), version 1
    doc.section(QbrSection::ExecutiveSummary)->narrative = u"Draft 2"_s;
    QVERIFY(store.save(doc, u"U1"_s)); // a new row: the first was the creation... see below
    doc.section(QbrSection::ExecutiveSummary)->narrative = u"Draft 3"_s;
    QVERIFY(store.save(doc, u"U1"_s));

    // The creation row is a "document" row too: typing right after it folds into it,
    // as LocalWork folds typing into a note's newest row. One row, old value NULL.
    QList<JournalRow> rows = journal(sql(), u"qbr"_s);
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.at(0).oldValue.isNull());
    QVERIFY(rows.at(0).newValue.toString().contains(u"Draft 3"_s));
    QCOMPARE(count(sql(), u"SELECT version FROM qbr_documents"_s), 1);

    // Another author starts a new row.
    doc.section(QbrSection::ExecutiveSummary)->narrative = u"Draft 4 by the manager"_s;
    QVERIFY(store.save(doc, u"U2"_s));
    rows = journal(sql(), u"qbr"_s);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).author, u"U2"_s);
    QCOMPARE(rows.at(1).baseVersion, u"1"_s);
    QVERIFY(rows.at(1).oldValue.toString().contains(u"Draft 3"_s));
    QCOMPARE(count(sql(), u"SELECT version FROM qbr_documents"_s), 2);

    // A row sealed for sending is never changed: the next save starts a new one.
    ChangeJournal changes(*m_db);
    QCOMPARE(changes.prepareToSend().size(), 2);
    doc.section(QbrSection::ExecutiveSummary)->narrative = u"Draft 5"_s;
    QVERIFY(store.save(doc, u"U2"_s));
    rows = journal(sql(), u"qbr"_s);
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(1).newValue.toString().contains(u"Draft 4"_s));
    QVERIFY(rows.at(2).newValue.toString().contains(u"Draft 5"_s));
    QCOMPARE(rows.at(2).baseVersion, u"2"_s);

    // A pause of more than five minutes starts a new row too.
    QVERIFY(exec(sql(), u"UPDATE change_journal SET at = '2020-01-01T00:00:00.000Z' WHERE entity = 'qbr'"_s));
    doc.section(QbrSection::ExecutiveSummary)->narrative = u"Draft 6"_s;
    QVERIFY(store.save(doc, u"U2"_s));
    QCOMPARE(journal(sql(), u"qbr"_s).size(), 4);
    QCOMPARE(count(sql(), u"SELECT version FROM qbr_documents"_s), 4);
}

void TestQbrStore::refusesUnknownAccountAndInvalidDocument()
{
    QbrStore store(*m_db);
    QbrDocument doc = draft(u"NOPE"_s, { 2026, 3 });
    QVERIFY(!store.save(doc, u"U1"_s));
    QVERIFY2(store.lastError().contains(u"NOPE"_s), qPrintable(store.lastError()));
    QbrDocument invalid;
    QVERIFY(!store.save(invalid, u"U1"_s));
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(!store.markDelivered(doc, u"U1"_s));
    QVERIFY(store.lastError().contains(u"NOPE"_s));
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM qbr_documents"_s), 0);
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM change_journal"_s), 0);
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM tasks"_s), 0);
}

void TestQbrStore::failedSaveLeavesTheLastDraft()
{
    QbrStore store(*m_db);
    QbrDocument doc = draft(u"A1"_s, { 2026, 3 }, u"The saved draft"_s);
    QVERIFY(store.save(doc, u"U1"_s));
    // The journal refuses the next write, after the document row was already updated
    // in the same transaction (document first, then journal).
    QVERIFY(exec(sql(),
                 u"CREATE TRIGGER fail_insert BEFORE INSERT ON change_journal"
                 " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"_s));
    QVERIFY(exec(sql(),
                 u"CREATE TRIGGER fail_update BEFORE UPDATE ON change_journal"
                 " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"_s));
    doc.section(QbrSection::ExecutiveSummary)->narrative = u"Lost words"_s;
    QVERIFY(!store.save(doc, u"U1"_s));
    QVERIFY2(store.lastError().contains(u"disk on fire"_s), qPrintable(store.lastError()));
    // And once more, the other journal path (a new row rather than a folded one).
    QVERIFY(!store.save(doc, u"U2"_s));

    const std::optional<QbrDocument> loaded = store.load(u"A1"_s, { 2026, 3 });
    QVERIFY(loaded);
    QCOMPARE(loaded->section(QbrSection::ExecutiveSummary)->narrative, u"The saved draft"_s);
    QCOMPARE(count(sql(), u"SELECT version FROM qbr_documents"_s), 1);
    QCOMPARE(journal(sql(), u"qbr"_s).size(), 1);
    // The connection is usable again: no transaction left open.
    QVERIFY(exec(sql(), u"DROP TRIGGER fail_insert"_s));
    QVERIFY(exec(sql(), u"DROP TRIGGER fail_update"_s));
    QVERIFY2(store.save(doc, u"U1"_s), qPrintable(store.lastError()));
    QCOMPARE(store.load(u"A1"_s, { 2026, 3 })->section(QbrSection::ExecutiveSummary)->narrative,
             u"Lost words"_s);
}

void TestQbrStore::previousAndList()
{
    QbrStore store(*m_db);
    for (const QbrQuarter &q : { QbrQuarter { 2026, 2 }, QbrQuarter { 2025, 4 }, QbrQuarter { 2026, 3 } }) {
        QbrDocument doc = draft(u"A1"_s, q, u"Summary of "_s + q.toString());
        QVERIFY(store.save(doc, u"U1"_s));
    }
    QbrDocument other = draft(u"A2"_s, { 2026, 1 });
    QVERIFY(store.save(other, u"U2"_s));

    const auto previousOf = [&](const QbrQuarter &q) {
        const std::optional<QbrDocument> p = store.previous(u"A1"_s, q);
        return p ? p->quarter.toString() : QString();
    };
    QCOMPARE(previousOf({ 2026, 3 }), u"2026Q2"_s);
    QCOMPARE(previousOf({ 2026, 2 }), u"2025Q4"_s);
    QCOMPARE(previousOf({ 2026, 1 }), u"2025Q4"_s); // a gap: the latest before
    QCOMPARE(previousOf({ 2025, 4 }), QString());
    QCOMPARE(previousOf({ 2027, 1 }), u"2026Q3"_s);
    const std::optional<QbrDocument> p = store.previous(u"A1"_s, { 2026, 3 });
    QCOMPARE(p->section(QbrSection::ExecutiveSummary)->narrative, u"Summary of 2026Q2"_s);
    QVERIFY(!store.previous(u"A2"_s, { 2026, 1 }));

    const QList<QbrDocument> list = store.list(u"A1"_s);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).quarter.toString(), u"2026Q3"_s);
    QCOMPARE(list.at(1).quarter.toString(), u"2026Q2"_s);
    QCOMPARE(list.at(2).quarter.toString(), u"2025Q4"_s);
    for (const QbrDocument &d : list) {
        QCOMPARE(d.status, QbrDocument::Status::Draft);
        QVERIFY(d.updatedAt.isValid());
    }
    QCOMPARE(store.list(u"A2"_s).size(), 1);
    QVERIFY(store.list(u"NOPE"_s).isEmpty());
    QVERIFY(store.lastError().isEmpty());
}

void TestQbrStore::unreadableDraftIsReported()
{
    QVERIFY(exec(
        sql(),
        u"INSERT INTO qbr_documents (account_id, quarter, document) VALUES ('A1', '2026Q3', '{oops')"_s));
    QbrStore store(*m_db);
    QVERIFY(!store.load(u"A1"_s, { 2026, 3 }));
    QVERIFY2(store.lastError().contains(u"A1"_s) && store.lastError().contains(u"2026Q3"_s),
             qPrintable(store.lastError()));
}

void TestQbrStore::markDeliveredCreatesTasksOnce()
{
    QbrStore store(*m_db);
    QbrDocument doc = draft(u"A1"_s, { 2026, 3 });
    doc.commitments = {
        { u"Run the admin training"_s, u"alice martin"_s, QDate(2026, 10, 20) }, // a user, any case
        { u"Share the rollout plan"_s, u"Acme: Jane Doe"_s, QDate(2026, 10, 15) }, // the customer's
        { u"  "_s, u"Nobody"_s, {} }, // nothing to do: skipped
        { u"Book the next QBR"_s, {}, {} },
    };
    QVERIFY(store.save(doc, u"U2"_s));
    const qint64 journalBefore = count(sql(), u"SELECT COUNT(*) FROM change_journal"_s);

    QVERIFY2(store.markDelivered(doc, u"U2"_s), qPrintable(store.lastError()));
    QCOMPARE(doc.status, QbrDocument::Status::Delivered);
    QVERIFY(doc.deliveredAt.isValid());

    // One task per commitment, made by LocalWork (so journaled), marked as the QBR's.
    LocalWork work(*m_db, u"U2"_s);
    const QList<LocalWork::Task> tasks = work.tasks(u"A1"_s);
    QCOMPARE(tasks.size(), 3);
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM tasks WHERE source = 'qbr' AND source_id = 'A1/2026Q3'"_s),
             3);
    QHash<QString, LocalWork::Task> byTitle;
    for (const LocalWork::Task &t : tasks)
        byTitle.insert(t.title, t);
    QVERIFY(byTitle.contains(u"Run the admin training"_s));
    QCOMPARE(byTitle.value(u"Run the admin training"_s).ownerId, u"U1"_s);
    QCOMPARE(byTitle.value(u"Run the admin training"_s).due, QDate(2026, 10, 20));
    QCOMPARE(byTitle.value(u"Run the admin training"_s).source, u"qbr"_s);
    const QString customers = u"Share the rollout plan (owner: Acme: Jane Doe)"_s;
    QVERIFY2(byTitle.contains(customers), qPrintable(byTitle.keys().join(u" | "_s)));
    QCOMPARE(byTitle.value(customers).ownerId, u"U2"_s); // the CSM follows it up
    QCOMPARE(byTitle.value(customers).due, QDate(2026, 10, 15));
    QVERIFY(!byTitle.value(u"Book the next QBR"_s).due.isValid());

    // A note on the account names the QBR and each commitment with its owner.
    const QList<LocalWork::Note> notes = work.notes(u"A1"_s);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.at(0).body.startsWith(u"QBR Q3 2026 delivered."_s), qPrintable(notes.at(0).body));
    QVERIFY(notes.at(0).body.contains(u"Share the rollout plan (Acme: Jane Doe, due 2026-10-15)"_s));
    QVERIFY(notes.at(0).body.contains(u"Book the next QBR (no owner)"_s));

    // Journal: the status change, three tasks and the note, in one go.
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM change_journal"_s), journalBefore + 5);
    const QList<JournalRow> qbrRows = journal(sql(), u"qbr"_s);
    QCOMPARE(qbrRows.constLast().field, u"status"_s);
    QCOMPARE(qbrRows.constLast().oldValue.toString(), u"draft"_s);
    QCOMPARE(qbrRows.constLast().newValue.toString(), u"delivered"_s);
    QCOMPARE(qbrRows.constLast().baseVersion, u"1"_s);
    for (const JournalRow &r : journal(sql(), u"task"_s)) {
        QCOMPARE(r.field, u"created"_s);
        QCOMPARE(parsed(r.newValue).value("source"_L1).toString(), u"qbr"_s);
        QCOMPARE(parsed(r.newValue).value("source_id"_L1).toString(), u"A1/2026Q3"_s);
    }

    const std::optional<QbrDocument> loaded = store.load(u"A1"_s, { 2026, 3 });
    QCOMPARE(loaded->status, QbrDocument::Status::Delivered);
    QCOMPARE(loaded->deliveredAt, doc.deliveredAt);
    QCOMPARE(count(sql(), u"SELECT version FROM qbr_documents"_s), 2);

    // Again: nothing happens, even with a commitment added meanwhile.
    QbrDocument again = *loaded;
    again.commitments.append({ u"One more"_s, {}, {} });
    const qint64 journalAfter = count(sql(), u"SELECT COUNT(*) FROM change_journal"_s);
    QVERIFY(store.markDelivered(again, u"U2"_s));
    QCOMPARE(again.status, QbrDocument::Status::Delivered);
    QCOMPARE(again.deliveredAt, doc.deliveredAt);
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM tasks"_s), 3);
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM notes"_s), 1);
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM change_journal"_s), journalAfter);
}

void TestQbrStore::markDeliveredWithoutSavedDraft()
{
    QbrStore store(*m_db);
    QbrDocument doc = draft(u"A2"_s, { 2026, 1 }, u"Straight to delivery"_s);
    QVERIFY2(store.markDelivered(doc, u"U2"_s), qPrintable(store.lastError()));
    const std::optional<QbrDocument> loaded = store.load(u"A2"_s, { 2026, 1 });
    QVERIFY(loaded);
    QCOMPARE(loaded->status, QbrDocument::Status::Delivered);
    QCOMPARE(loaded->section(QbrSection::ExecutiveSummary)->narrative, u"Straight to delivery"_s);
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM tasks"_s), 0);
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM notes WHERE account_id = 'A2'"_s), 1);
}

void TestQbrStore::failedDeliveryChangesNothing()
{
    QbrStore store(*m_db);
    QbrDocument doc = draft(u"A1"_s, { 2026, 3 });
    doc.commitments = { { u"First"_s, {}, {} }, { u"Second"_s, {}, {} } };
    QVERIFY(store.save(doc, u"U1"_s));
    const qint64 journalBefore = count(sql(), u"SELECT COUNT(*) FROM change_journal"_s);
    // The second task cannot be written: the first, the status and the note go too.
    QVERIFY(exec(sql(),
                 u"CREATE TRIGGER fail_task BEFORE INSERT ON tasks WHEN new.title = 'Second'"
                 " BEGIN SELECT RAISE(ABORT, 'no room for tasks'); END"_s));
    QVERIFY(!store.markDelivered(doc, u"U1"_s));
    QVERIFY2(store.lastError().contains(u"Second"_s) && store.lastError().contains(u"no room for tasks"_s),
             qPrintable(store.lastError()));
    QCOMPARE(doc.status, QbrDocument::Status::Draft);
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM tasks"_s), 0);
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM notes"_s), 0);
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM change_journal"_s), journalBefore);
    QCOMPARE(scalar(sql(), u"SELECT status FROM qbr_documents"_s).toString(), u"draft"_s);

    // Fixed, it goes through in full.
    QVERIFY(exec(sql(), u"DROP TRIGGER fail_task"_s));
    QVERIFY2(store.markDelivered(doc, u"U1"_s), qPrintable(store.lastError()));
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM tasks"_s), 2);
    // LocalWork on its own still commits its own transactions.
    LocalWork work(*m_db, u"U1"_s);
    QVERIFY(!work.addTask(u"A1"_s, u"Standalone"_s).isEmpty());
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM tasks WHERE source = 'manual'"_s), 1);
}

void TestQbrStore::savingADeliveredQbrKeepsItDelivered()
{
    QbrStore store(*m_db);
    QbrDocument doc = draft(u"A1"_s, { 2026, 3 });
    QVERIFY(store.markDelivered(doc, u"U1"_s));
    const QDateTime delivered = doc.deliveredAt;
    QbrDocument edited = doc;
    edited.status = QbrDocument::Status::Draft; // whatever the caller holds
    edited.section(QbrSection::Risks)->narrative = u"Corrected after the meeting"_s;
    QVERIFY(store.save(edited, u"U1"_s));
    QCOMPARE(edited.status, QbrDocument::Status::Delivered);
    QCOMPARE(edited.deliveredAt, delivered);
    const std::optional<QbrDocument> loaded = store.load(u"A1"_s, { 2026, 3 });
    QCOMPARE(loaded->status, QbrDocument::Status::Delivered);
    QCOMPARE(loaded->section(QbrSection::Risks)->narrative, u"Corrected after the meeting"_s);
}

void TestQbrStore::activeTemplate()
{
    QbrStore store(*m_db);
    QString origin;
    QCOMPARE(store.activeTemplate(&origin).name, u"Standard QBR"_s);
    QCOMPARE(origin, u"built-in"_s);

    QbrTemplate mine;
    mine.name = u"CS Ops FY27"_s;
    mine.sections = { { QbrSection::Cover, true, u"Hello {account}"_s } };
    QSqlQuery q(sql());
    q.prepare(u"INSERT INTO config_documents (name, content, source, imported_at) VALUES (?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList { QbrStore::templateDocument(), QString::fromUtf8(mine.toJson()),
                                            u"qbr-template.json"_s, u"2026-07-01T00:00:00Z"_s })
        q.addBindValue(v);
    QVERIFY(q.exec());
    const QbrTemplate active = store.activeTemplate(&origin);
    QCOMPARE(active.name, u"CS Ops FY27"_s);
    QCOMPARE(origin, u"qbr-template.json"_s);
    QCOMPARE(active.sections.at(0).narrative, u"Hello {account}"_s);
    QVERIFY(store.lastError().isEmpty());

    // A broken one (only a hand-edited cache has one) falls back, and says so.
    QVERIFY(exec(sql(), u"UPDATE config_documents SET content = '{\"name\": \"X\"}'"_s));
    QCOMPARE(store.activeTemplate(&origin).name, u"Standard QBR"_s);
    QCOMPARE(origin, u"built-in"_s);
    QVERIFY(store.lastError().contains(u"sections"_s));
}

QString TestQbrStore::copyNativeFixture()
{
    const QString target = m_dir->filePath(u"export"_s);
    QDir().mkpath(target);
    const QDir source(TestSupport::dataPath(u"import/native-basic/source"_s));
    for (const QString &name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), target + u'/' + name))
            return {};
        QFile::setPermissions(target + u'/' + name, QFile::ReadOwner | QFile::WriteOwner);
    }
    return target;
}

void TestQbrStore::importStoresThePublishedTemplate()
{
    const QString folder = copyNativeFixture();
    QVERIFY(!folder.isEmpty());
    QByteArray json = TestSupport::readFile(QbrTemplate::builtInPath());
    QVERIFY(json.contains("\"Standard QBR\""));
    json.replace("\"Standard QBR\"", "\"CS Ops QBR\"");
    QVERIFY(TestSupport::writeFile(folder + u"/qbr-template.json"_s, json));
    Importer importer(*m_db);
    importer.setRefreshRisk(false);
    ImportOptions options;
    options.source = folder;
    options.profile = u"native"_s;
    const ImportReport report = importer.run(options);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.warnings.join(u'\n').contains(u"qbr-template.json"_s));
    QbrStore store(*m_db);
    QString origin;
    QCOMPARE(store.activeTemplate(&origin).name, u"CS Ops QBR"_s);
    QCOMPARE(origin, u"qbr-template.json"_s);
}

void TestQbrStore::importRefusesABrokenTemplate()
{
    const QString folder = copyNativeFixture();
    QVERIFY(!folder.isEmpty());
    QVERIFY(TestSupport::writeFile(folder + u"/qbr-template.json"_s,
                                   R"({"name": "Broken", "sections": [{"key": "apendix"}]})"));
    const qint64 accountsBefore = count(sql(), u"SELECT COUNT(*) FROM accounts"_s);
    Importer importer(*m_db);
    importer.setRefreshRisk(false);
    ImportOptions options;
    options.source = folder;
    options.profile = u"native"_s;
    const ImportReport report = importer.run(options);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"qbr-template.json"_s) && report.error.contains(u"apendix"_s),
             qPrintable(report.error));
    // Nothing was imported and the built-in template still holds.
    QCOMPARE(count(sql(), u"SELECT COUNT(*) FROM accounts"_s), accountsBefore);
    QbrStore store(*m_db);
    QCOMPARE(store.activeTemplate().name, u"Standard QBR"_s);
}

QTEST_GUILESS_MAIN(TestQbrStore)
#include "tst_qbrstore.moc"
