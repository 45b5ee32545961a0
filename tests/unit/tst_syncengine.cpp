// SyncEngine with folder and .zip locations: pull imports the newest export once, an
// unchanged export is a no-op, push writes each change to the outbox exactly once (JSON
// Lines, Task.csv, manifest with checksums), and a push killed at any point (a real
// pitwall-cli SIGKILLed there) resumes without duplicates or gaps. SyncJob runs it on a
// worker thread.
#include "TestSupport.h"
#include "demo/DemoExportWriter.h"
#include "import/BundleManifest.h"
#include "store/Database.h"
#include "sync/CentralLocation.h"
#include "sync/SyncEngine.h"
#include "sync/SyncJob.h"
#include "sync/SyncStatus.h"
#include "work/ChangeJournal.h"
#include "work/LocalWork.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void locationLayout();
    void folderPullImportsOnceThenUnchanged();
    void newestExportIsChosen();
    void zipLocationPullsAndPushesBeside();
    void missingFolderIsOffline();
    void brokenExportNamesTheFile();
    void pushWritesOutboxOnce();
    void taskCsvContentIsExact();
    void csvCellQuotingAndFormulas();
    void resumeAfterKill_data();
    void resumeAfterKill();
    void killAtRandomMoments();
    void statusAfterSync();
    void jobRunsOnAWorkerThread();

private:
    void openCache();
    void seedAccounts();
    bool writeDemo(const QString &folder, const QDate &asOf, int accounts = 40);
    SyncReport sync(const QString &central, bool pull = true, bool push = true);
    // Every complete batch of the outbox: checks files against the manifests and returns
    // the change ids, in order; fails the test on a duplicate.
    // With `allowIncomplete`, a batch folder without manifest.json (a push killed before
    // it finished) is skipped, as readers skip it; m_outboxOk turns false on any problem.
    QStringList verifyOutbox(const QString &outboxFolder, bool allowIncomplete = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_cachePath;
    bool m_outboxOk = true;
};

void TestSyncEngine::initTestCase()
{
    TestSupport::isolateSettings();
}

void TestSyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cachePath = m_dir->filePath(u"cache.sqlite"_s);
    openCache();
}

void TestSyncEngine::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSyncEngine::openCache()
{
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_cachePath, &error), qPrintable(error));
}

void TestSyncEngine::seedAccounts()
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(u"INSERT INTO users (id, name) VALUES ('U1', 'Alice Martin')"_s),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"INSERT INTO accounts (id, name, owner_id) VALUES ('001A1', 'Acme Corp', 'U1'),"
                   " ('001A2', '华为科技', 'U1')"_s));
}

bool TestSyncEngine::writeDemo(const QString &folder, const QDate &asOf, int accounts)
{
    DemoOptions options;
    options.accounts = accounts;
    options.usageWeeks = 4;
    options.asOf = asOf;
    QString error;
    if (!DemoExportWriter(options).write(folder, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

SyncReport TestSyncEngine::sync(const QString &central, bool pull, bool push)
{
    SyncEngine engine(*m_db);
    SyncOptions options;
    options.central = central;
    options.pull = pull;
    options.push = push;
    options.userId = u"U1"_s;
    options.refreshRisk = false;
    options.asOf = QDate(2026, 6, 1);
    return engine.run(options);
}

QStringList TestSyncEngine::verifyOutbox(const QString &outboxFolder, bool allowIncomplete)
{
    m_outboxOk = false;
    QStringList ids;
    QSet<QString> seen;
    const QStringList clients = QDir(outboxFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &client : clients) {
        const QDir clientDir(QDir(outboxFolder).filePath(client));
        const QStringList batches = clientDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &batch : batches) {
            const QDir dir(clientDir.filePath(batch));
            const QByteArray manifestJson = TestSupport::readFile(dir.filePath(u"manifest.json"_s));
            if (manifestJson.isEmpty() && allowIncomplete)
                continue;
            if (manifestJson.isEmpty()) {
                qWarning() << "batch without manifest:" << dir.path();
                return {};
            }
            const QJsonObject manifest = QJsonDocument::fromJson(manifestJson).object();
            if (manifest.value("batch_id"_L1).toString() != batch
                || manifest.value("client_id"_L1).toString() != client) {
                qWarning() << "manifest names another batch:" << manifestJson;
                return {};
            }
            QStringList listed { u"manifest.json"_s };
            const QJsonArray files = manifest.value("files"_L1).toArray();
            for (const QJsonValue &f : files) {
                const QString name = f.toObject().value("name"_L1).toString();
                const QByteArray data = TestSupport::readFile(dir.filePath(name));
                if (sha256(data) != f.toObject().value("sha256"_L1).toString().toLatin1()
                    || data.size() != f.toObject().value("bytes"_L1).toInteger()) {
                    qWarning() << "checksum or size mismatch:" << dir.filePath(name);
                    return {};
                }
                listed.append(name);
            }
            QStringList present = dir.entryList(QDir::Files | QDir::Hidden);
            present.sort();
            listed.sort();
            if (present != listed) {
                qWarning() << "stray files in" << dir.path() << present << listed;
                return {};
            }
            const QList<QByteArray> lines
                = TestSupport::readFile(dir.filePath(u"changes.jsonl"_s)).split('\n');
            qint64 n = 0;
            for (const QByteArray &line : lines) {
                if (line.isEmpty())
                    continue;
                const QString id = QJsonDocument::fromJson(line).object().value("change_id"_L1).toString();
                if (id.isEmpty() || seen.contains(id)) {
                    qWarning() << "duplicate or missing change id:" << line;
                    return {};
                }
                seen.insert(id);
                ids.append(id);
                ++n;
            }
            if (n != manifest.value("changes"_L1).toInteger()) {
                qWarning() << "change count differs from the manifest in" << dir.path();
                return {};
            }
        }
    }
    m_outboxOk = true;
    return ids;
}

void TestSyncEngine::locationLayout()
{
    const CentralLocation folder(u"/srv/cs/central/"_s);
    QCOMPARE(folder.kind(), CentralLocation::Kind::Folder);
    QCOMPARE(folder.outboxFolder(), u"/srv/cs/central/outbox"_s);
    const CentralLocation zip(u"/srv/cs/latest.ZIP"_s);
    QCOMPARE(zip.kind(), CentralLocation::Kind::Zip);
    QCOMPARE(zip.outboxFolder(), u"/srv/cs/outbox"_s);
    const CentralLocation http(u"https://cs.example.com/pitwall/"_s);
    QCOMPARE(http.kind(), CentralLocation::Kind::Http);
    QCOMPARE(http.bundleUrl().toString(), u"https://cs.example.com/pitwall/export.zip"_s);
    QCOMPARE(http.outboxUrl().toString(), u"https://cs.example.com/pitwall/outbox"_s);
    const CentralLocation httpZip(u"http://host:8080/x/latest.zip"_s);
    QCOMPARE(httpZip.bundleUrl().toString(), u"http://host:8080/x/latest.zip"_s);
    QCOMPARE(httpZip.outboxUrl().toString(), u"http://host:8080/x/outbox"_s);
    QVERIFY(!CentralLocation(u""_s).isValid());
    QVERIFY(!CentralLocation(u"http://"_s).isValid());
}

void TestSyncEngine::folderPullImportsOnceThenUnchanged()
{
    const QString central = m_dir->filePath(u"central"_s);
    QVERIFY(writeDemo(central, QDate(2026, 6, 1)));
    BundleManifest manifest;
    QString error;
    QVERIFY(BundleManifest::parse(TestSupport::readFile(central + u"/manifest.json"_s), &manifest, &error));

    const SyncReport first = sync(central);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.pull, SyncReport::Pull::Imported);
    QCOMPARE(first.exportId, manifest.exportId);
    QVERIFY(first.importRan);
    QCOMPARE(first.import.tables.value(u"accounts"_s).added, 40);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM accounts"_s), 40);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM import_log WHERE status = 'applied'"_s), 1);
    // What the import itself journaled (playbook rules starting plays) goes out at once.
    QCOMPARE(first.pushed, count(*m_db, u"SELECT COUNT(*) FROM change_journal"_s));
    QCOMPARE(first.waiting, 0);

    const SyncReport second = sync(central);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.pull, SyncReport::Pull::Unchanged);
    QCOMPARE(second.exportId, manifest.exportId);
    QVERIFY(!second.importRan);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM import_log"_s), 1);
    QCOMPARE(second.toJson().value("pulled"_L1).toString(), u"unchanged"_s);
    QCOMPARE(first.toJson().value("pulled"_L1).toString(), manifest.exportId);

    // The same export id re-published with other content is imported again.
    QByteArray json = TestSupport::readFile(central + u"/manifest.json"_s);
    json.replace("Pitwall demo", "Pitwall demo again");
    QVERIFY(TestSupport::writeFile(central + u"/manifest.json"_s, json));
    const SyncReport third = sync(central);
    QVERIFY2(third.ok(), qPrintable(third.error));
    QCOMPARE(third.pull, SyncReport::Pull::Imported);
    QCOMPARE(third.import.totals().added, 0);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM import_log WHERE status = 'applied'"_s), 2);
}

void TestSyncEngine::newestExportIsChosen()
{
    const QString central = m_dir->filePath(u"central"_s);
    QVERIFY(writeDemo(central + u"/exports/b-june"_s, QDate(2026, 6, 1), 30));
    QVERIFY(writeDemo(m_dir->filePath(u"july"_s), QDate(2026, 7, 1), 35));
    QVERIFY(TestSupport::zipFolder(m_dir->filePath(u"july"_s), central + u"/exports/a-july.zip"_s));
    QVERIFY(writeDemo(central + u"/exports/c-may"_s, QDate(2026, 5, 1), 25));

    CentralLocation::Bundle bundle;
    QString error;
    QVERIFY2(CentralLocation(central).findNewestBundle(&bundle, &error), qPrintable(error));
    QCOMPARE(bundle.path, central + u"/exports/a-july.zip"_s);
    QCOMPARE(bundle.generatedAt.date(), QDate(2026, 7, 1));

    const SyncReport report = sync(central);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pull, SyncReport::Pull::Imported);
    QCOMPARE(report.exportId, bundle.exportId);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM accounts"_s), 35);
    QCOMPARE(sync(central).pull, SyncReport::Pull::Unchanged);
}

void TestSyncEngine::zipLocationPullsAndPushesBeside()
{
    QVERIFY(writeDemo(m_dir->filePath(u"bundle"_s), QDate(2026, 6, 1), 20));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"share"_s)));
    const QString zip = m_dir->filePath(u"share/latest.zip"_s);
    QVERIFY(TestSupport::zipFolder(m_dir->filePath(u"bundle"_s), zip));

    SyncReport report = sync(zip);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pull, SyncReport::Pull::Imported);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM accounts"_s), 20);

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT id FROM accounts ORDER BY id LIMIT 1"_s) && q.next());
    LocalWork work(*m_db, u"U1"_s);
    QVERIFY(!work.addNote(q.value(0).toString(), u"Renewal call went well"_s, u"call"_s).isEmpty());

    report = sync(zip);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pull, SyncReport::Pull::Unchanged);
    QCOMPARE(report.pushed, 1);
    QCOMPARE(verifyOutbox(m_dir->filePath(u"share/outbox"_s)).size(),
             count(*m_db, u"SELECT COUNT(*) FROM change_journal"_s));
}

void TestSyncEngine::missingFolderIsOffline()
{
    const SyncReport report = sync(m_dir->filePath(u"not-mounted/share"_s));
    QCOMPARE(report.result, SyncReport::Result::Offline);
    QVERIFY2(report.error.contains(u"not-mounted"_s), qPrintable(report.error));
    SyncStatus status;
    QString error;
    QVERIFY(SyncStatus::load(m_db->connection(), &status, &error));
    QVERIFY(status.offline);
    QCOMPARE(status.lastResult, u"offline"_s);
}

void TestSyncEngine::brokenExportNamesTheFile()
{
    const QString central = m_dir->filePath(u"central"_s);
    QVERIFY(writeDemo(central, QDate(2026, 6, 1), 10));
    QFile accounts(central + u"/accounts.csv"_s);
    QVERIFY(accounts.open(QIODevice::Append));
    accounts.write("garbage\n");
    accounts.close();
    seedAccounts();
    LocalWork work(*m_db, u"U1"_s);
    QVERIFY(!work.addNote(u"001A1"_s, u"Saved before the bad export"_s).isEmpty());

    const SyncReport report = sync(central);
    QCOMPARE(report.result, SyncReport::Result::Failed);
    QCOMPARE(report.pull, SyncReport::Pull::Failed);
    QVERIFY2(report.error.contains(central), qPrintable(report.error));
    // What the CSM did still went out.
    QCOMPARE(report.pushed, 1);
    QCOMPARE(ChangeJournal(*m_db).unsentCount(), 0);
}

void TestSyncEngine::pushWritesOutboxOnce()
{
    seedAccounts();
    const QString central = m_dir->filePath(u"central"_s);
    QVERIFY(QDir().mkpath(central));
    LocalWork work(*m_db, u"U1"_s);
    const QString note = work.addNote(u"001A1"_s, u"Kick-off"_s);
    QVERIFY(!note.isEmpty());
    QVERIFY(!work.addTask(u"001A2"_s, u"Send the deck"_s, QDate(2026, 5, 1)).isEmpty());
    QVERIFY(work.setSentiment(u"001A1"_s, LocalWork::Sentiment::Green, u"Great start"_s));
    const QList<ChangeJournal::Change> expected = ChangeJournal(*m_db).unsent();
    QCOMPARE(expected.size(), 3);

    const SyncReport report = sync(central, false, true);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pull, SyncReport::Pull::NotRun);
    QCOMPARE(report.pushed, 3);
    QCOMPARE(report.waiting, 0);
    QCOMPARE(report.batchIds.size(), 1);
    const QString batchId = SyncOutbox::batchId(expected.first().seq, expected.last().seq);
    QCOMPARE(report.batchIds.first(), batchId);

    SyncStatus status;
    QString error;
    QVERIFY(SyncStatus::load(m_db->connection(), &status, &error));
    const QString outbox = central + u"/outbox"_s;
    const QString batchDir = outbox + u'/' + status.clientId + u'/' + batchId;
    QStringList ids;
    for (const ChangeJournal::Change &c : expected)
        ids.append(c.changeId);
    QCOMPARE(verifyOutbox(outbox), ids);

    // changes.jsonl is ChangeJournal::toJson, one compact line each.
    const QList<QByteArray> lines = TestSupport::readFile(batchDir + u"/changes.jsonl"_s).split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.last().isEmpty());
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object(), ChangeJournal::toJson(expected.at(1)));
    const QJsonObject manifest
        = QJsonDocument::fromJson(TestSupport::readFile(batchDir + u"/manifest.json"_s)).object();
    QCOMPARE(manifest.value("client_id"_L1).toString(), status.clientId);
    QCOMPARE(manifest.value("user_id"_L1).toString(), u"U1"_s);
    QCOMPARE(manifest.value("changes"_L1).toInt(), 3);
    QCOMPARE(manifest.value("first_seq"_L1).toInteger(), expected.first().seq);
    QCOMPARE(manifest.value("last_seq"_L1).toInteger(), expected.last().seq);
    QVERIFY(QDateTime::fromString(manifest.value("created_at"_L1).toString(), Qt::ISODate).isValid());
    QCOMPARE(manifest.value("files"_L1).toArray().size(), 2); // changes.jsonl, Task.csv

    // A second sync writes nothing: the same files, untouched.
    const QDateTime written = QFileInfo(batchDir + u"/manifest.json"_s).lastModified();
    const SyncReport again = sync(central, false, true);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.pushed, 0);
    QVERIFY(again.batchIds.isEmpty());
    QCOMPARE(QDir(outbox + u'/' + status.clientId).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    QCOMPARE(QFileInfo(batchDir + u"/manifest.json"_s).lastModified(), written);

    // Typing more into the sent note is a new change in a new batch, never the old one again.
    QVERIFY(work.setNoteBody(note, u"Kick-off: 12 attendees"_s));
    const SyncReport third = sync(central, false, true);
    QCOMPARE(third.pushed, 1);
    const QStringList all = verifyOutbox(outbox);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.mid(0, 3), ids);
    // The edit of a note sent before travels in JSON Lines only: no second Task.
    QVERIFY(
        !QFileInfo::exists(outbox + u'/' + status.clientId + u'/' + third.batchIds.first() + u"/Task.csv"_s));
}

void TestSyncEngine::taskCsvContentIsExact()
{
    seedAccounts();
    const QString central = m_dir->filePath(u"central"_s);
    QVERIFY(QDir().mkpath(central));
    LocalWork work(*m_db, u"U1"_s);
    const QString call = work.addNote(u"001A1"_s, u"Kick-off, with \"quotes\"\nsecond line"_s, u"call"_s);
    const QString formula = work.addNote(u"001A2"_s, u"=HYPERLINK(\"http://evil\")"_s);
    const QString gone = work.addNote(u"001A1"_s, u"Oops"_s);
    QVERIFY(work.deleteNote(gone));
    const QString edited = work.addNote(u"001A2"_s, u"Draft"_s, u"meeting"_s);
    QVERIFY(work.setNoteBody(edited, u"-5 points on adoption"_s));
    const QString email = work.addNote(u"001A1"_s, QString(300, u'x'), u"email"_s);
    QVERIFY(!work.addTask(u"001A1"_s, u"Not a note"_s).isEmpty());

    const SyncReport report = sync(central, false, true);
    QVERIFY2(report.ok(), qPrintable(report.error));
    SyncStatus status;
    QString error;
    QVERIFY(SyncStatus::load(m_db->connection(), &status, &error));
    const QByteArray csv = TestSupport::readFile(central + u"/outbox/"_s + status.clientId + u'/'
                                                 + report.batchIds.first() + u"/Task.csv"_s);
    const auto day = [&work](const QString &id) {
        return work.note(id).createdAt.toLocalTime().date().toString(Qt::ISODate);
    };
    const QString expected = u"WhatId,Subject,Description,ActivityDate,Status\r\n"_s
        + u"001A1,\"Call: Kick-off, with \"\"quotes\"\"\",\"Kick-off, with \"\"quotes\"\"\nsecond line\","_s
        + day(call) + u",Completed\r\n"_s
        + u"001A2,\"Note: =HYPERLINK(\"\"http://evil\"\")\",\"'=HYPERLINK(\"\"http://evil\"\")\","_s
        + day(formula) + u",Completed\r\n"_s
        + u"001A2,Meeting: -5 points on adoption,'-5 points on adoption,"_s + day(edited)
        + u",Completed\r\n"_s + u"001A1,Email: "_s + QString(247, u'x') + u"…,"_s + QString(300, u'x') + u','
        + day(email) + u",Completed\r\n"_s;
    QCOMPARE(QString::fromUtf8(csv), expected);
}

void TestSyncEngine::csvCellQuotingAndFormulas()
{
    QCOMPARE(SyncOutbox::csvCell(u"plain"_s), u"plain"_s);
    QCOMPARE(SyncOutbox::csvCell(u""_s), u""_s);
    QCOMPARE(SyncOutbox::csvCell(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(SyncOutbox::csvCell(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(SyncOutbox::csvCell(u"two\r\nlines"_s), u"\"two\r\nlines\""_s);
    QCOMPARE(SyncOutbox::csvCell(u"=1+2"_s), u"'=1+2"_s);
    QCOMPARE(SyncOutbox::csvCell(u"+49 30 1234"_s), u"'+49 30 1234"_s);
    QCOMPARE(SyncOutbox::csvCell(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
    QCOMPARE(SyncOutbox::csvCell(u"\tx"_s), u"'\tx"_s);
    QCOMPARE(SyncOutbox::csvCell(u" padded "_s), u"\" padded \""_s);
    QCOMPARE(SyncOutbox::csvCell(u"华为科技"_s), u"华为科技"_s);
}

void TestSyncEngine::resumeAfterKill_data()
{
    QTest::addColumn<QString>("point");
    QTest::newRow("batch recorded") << u"batch-recorded"_s;
    QTest::newRow("mid changes.jsonl") << u"file-started:changes.jsonl"_s;
    QTest::newRow("after changes.jsonl") << u"file-written:changes.jsonl"_s;
    QTest::newRow("mid Task.csv") << u"file-started:Task.csv"_s;
    QTest::newRow("mid manifest.json") << u"file-started:manifest.json"_s;
    QTest::newRow("files written, not marked") << u"files-written"_s;
    QTest::newRow("marked, batch not closed") << u"marked-sent"_s;
}

void TestSyncEngine::resumeAfterKill()
{
    QFETCH(QString, point);
    seedAccounts();
    const QString central = m_dir->filePath(u"central"_s);
    QVERIFY(QDir().mkpath(central));
    {
        LocalWork work(*m_db, u"U1"_s);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!work.addNote(i % 2 ? u"001A1"_s : u"001A2"_s, u"Note %1, before the crash"_s.arg(i))
                         .isEmpty());
    }
    m_db.reset();

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PITWALL_SYNC_KILL_AT"_s, point);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    child.setProcessEnvironment(env);
    child.start(TestSupport::cliPath(),
                { u"--db"_s, m_cachePath, u"sync"_s, u"--central"_s, central, u"--push-only"_s });
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    openCache();
    {
        LocalWork work(*m_db, u"U1"_s);
        QVERIFY(!work.addNote(u"001A1"_s, u"Written after the crash"_s).isEmpty());
    }
    QSqlQuery integrity(m_db->connection());
    QVERIFY(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next());
    QCOMPARE(integrity.value(0).toString(), u"ok"_s);
    m_db.reset();

    QProcess resume;
    env.remove(u"PITWALL_SYNC_KILL_AT"_s);
    resume.setProcessEnvironment(env);
    resume.start(
        TestSupport::cliPath(),
        { u"--db"_s, m_cachePath, u"sync"_s, u"--central"_s, central, u"--push-only"_s, u"--json"_s });
    QVERIFY(resume.waitForFinished(30000));
    QVERIFY2(resume.exitCode() == 0, resume.readAllStandardError().constData());
    const QJsonObject json = QJsonDocument::fromJson(resume.readAllStandardOutput()).object();
    QCOMPARE(json.value("result"_L1).toString(), u"ok"_s);
    QCOMPARE(json.value("waiting"_L1).toInt(), 0);

    openCache();
    QStringList all;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT change_id FROM change_journal ORDER BY seq"_s));
    while (q.next())
        all.append(q.value(0).toString());
    QCOMPARE(all.size(), 6);
    QCOMPARE(verifyOutbox(central + u"/outbox"_s), all); // each once, in order, none missing
    QCOMPARE(ChangeJournal(*m_db).unsentCount(), 0);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM sync_batches WHERE sent_at IS NULL"_s), 0);
    // The killed batch was finished under its own name: the five notes, then the sixth.
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM sync_batches"_s), 2);
}

void TestSyncEngine::killAtRandomMoments()
{
    // pitwall-cli sync (import, then push of what the import and the CSM journaled) killed
    // at random moments, again and again: the cache stays sound and the outbox never holds
    // a change twice; the sync that finally completes leaves nothing missing.
    seedAccounts();
    {
        LocalWork work(*m_db, u"U1"_s);
        for (int i = 0; i < 20; ++i)
            QVERIFY(!work.addNote(u"001A1"_s, u"Note %1"_s.arg(i)).isEmpty());
    }
    m_db.reset();
    const QString central = m_dir->filePath(u"central"_s);
    QVERIFY(writeDemo(central, QDate(2026, 6, 1), 60));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    const QStringList args { u"--db"_s, m_cachePath, u"sync"_s, u"--central"_s, central, u"--no-backup"_s };
    QRandomGenerator random(20261122);
    int killed = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(TestSupport::cliPath(), args);
        QVERIFY(child.waitForStarted());
        QTest::qSleep(int(random.bounded(40, 1500)));
        if (child.state() == QProcess::Running) {
            child.kill();
            ++killed;
        }
        QVERIFY(child.waitForFinished(30000));
        openCache();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        verifyOutbox(central + u"/outbox"_s, true); // no duplicates, checksums right
        QVERIFY(m_outboxOk);
        m_db.reset();
    }
    QProcess last;
    last.setProcessEnvironment(env);
    last.start(TestSupport::cliPath(), args);
    QVERIFY(last.waitForFinished(60000));
    QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());
    openCache();
    QStringList all;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT change_id FROM change_journal ORDER BY seq"_s));
    while (q.next())
        all.append(q.value(0).toString());
    QCOMPARE(verifyOutbox(central + u"/outbox"_s), all);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM accounts WHERE archived = 0"_s), 60);
    qInfo("killed %d of 6 runs mid-way", killed);
}

void TestSyncEngine::statusAfterSync()
{
    const QString central = m_dir->filePath(u"central"_s);
    QVERIFY(writeDemo(central, QDate(2026, 6, 1), 15));
    QVERIFY(TestSupport::writeFile(central + u"/health-scorecard.json"_s,
                                   TestSupport::readFile(u":/pitwall/health/default-scorecard.json"_s)));
    SyncReport report = sync(central);
    QVERIFY2(report.ok(), qPrintable(report.error));
    SyncStatus status;
    QString error;
    QVERIFY2(SyncStatus::load(m_db->connection(), &status, &error), qPrintable(error));
    QCOMPARE(status.lastResult, u"ok"_s);
    QVERIFY(!status.offline);
    QCOMPARE(status.central, central);
    QCOMPARE(status.pulledExportId, report.exportId);
    QVERIFY(status.lastSyncAt.isValid());
    QCOMPARE(status.waiting, 0);
    QCOMPARE(status.clientId.size(), 32);
    const QJsonObject json = status.toJson();
    QCOMPARE(json.value("pulled_export_id"_L1).toString(), report.exportId);
    QCOMPARE(json.value("waiting"_L1).toInt(), 0);
    QVERIFY(!status.toText().isEmpty());
    bool found = false;
    for (const SyncStatus::ConfigVersion &v : std::as_const(status.configVersions)) {
        if (v.name != "health_scorecard"_L1)
            continue;
        QCOMPARE(v.version, u"1"_s);
        QVERIFY(v.current);
        QCOMPARE(v.exportId, report.exportId);
        QCOMPARE(v.sha256.size(), 64);
        found = true;
    }
    QVERIFY(found);
}

void TestSyncEngine::jobRunsOnAWorkerThread()
{
    seedAccounts();
    const QString central = m_dir->filePath(u"central"_s);
    QVERIFY(writeDemo(central, QDate(2026, 6, 1), 10));
    SyncOptions options;
    options.central = central;
    options.refreshRisk = false;
    SyncJob job(m_cachePath, options);
    QSignalSpy finished(&job, &SyncJob::finished);
    QSignalSpy progress(&job, &SyncJob::progress);
    job.start();
    QVERIFY(job.isRunning() || finished.size() == 1);
    QVERIFY(finished.wait(60000));
    QVERIFY2(job.report().ok(), qPrintable(job.report().error));
    QCOMPARE(job.report().pull, SyncReport::Pull::Imported);
    QVERIFY(progress.size() > 0);
    QVERIFY(!progress.last().at(2).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
