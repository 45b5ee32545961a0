// Sync against a real HTTP server started by the test (QTcpServer): the export is
// downloaded once and then answered 304 Not Modified (counted requests prove nothing is
// downloaded or imported again), the outbox is PUT file by file with manifest.json last,
// a failed PUT resumes without duplicates, and an unreachable or silent server is
// "offline", not a crash.
#include "TestSupport.h"
#include "demo/DemoExportWriter.h"
#include "import/BundleManifest.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatus.h"
#include "work/ChangeJournal.h"
#include "work/LocalWork.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A tiny HTTP/1.1 server: serves files with an ETag, answers If-None-Match with 304,
// stores PUT bodies, and records every request. One request per connection.
class TestHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray ifNoneMatch;
        int status = 0;
    };

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
    }
    void setFile(const QByteArray &path, const QByteArray &data, const QByteArray &etag)
    {
        m_files.insert(path, { data, etag });
    }
    void setPutStatus(int status) { m_putStatus = status; }
    void setSilent(bool silent) { m_silent = silent; }

    QList<Request> requests;
    QMap<QByteArray, QByteArray> puts;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        Request r;
        r.method = first.value(0);
        r.path = first.value(1);
        qint64 length = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "if-none-match")
                r.ifNoneMatch = value;
        }
        if (buffer.size() < end + 4 + length)
            return; // the body is still coming
        const QByteArray body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        if (m_silent) {
            requests.append(r);
            return; // never answers
        }
        QByteArray response;
        if (r.method == "GET" && m_files.contains(r.path)) {
            const auto &[data, etag] = m_files.value(r.path);
            if (!r.ifNoneMatch.isEmpty() && r.ifNoneMatch == etag) {
                r.status = 304;
                response = "HTTP/1.1 304 Not Modified\r\nETag: " + etag + "\r\nContent-Length: 0\r\n";
            } else {
                r.status = 200;
                response = "HTTP/1.1 200 OK\r\nETag: " + etag
                    + "\r\nContent-Type: application/zip\r\nContent-Length: "
                    + QByteArray::number(data.size()) + "\r\n";
                response += "Connection: close\r\n\r\n" + data;
            }
        } else if (r.method == "PUT") {
            r.status = m_putStatus;
            if (m_putStatus < 300)
                puts.insert(r.path, body);
            response = "HTTP/1.1 " + QByteArray::number(m_putStatus)
                + (m_putStatus < 300 ? " Created" : " Internal Server Error") + "\r\nContent-Length: 0\r\n";
        } else {
            r.status = 404;
            response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n";
        }
        if (!response.contains("Connection: close"))
            response += "Connection: close\r\n\r\n";
        requests.append(r);
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, std::pair<QByteArray, QByteArray>> m_files;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_putStatus = 201;
    bool m_silent = false;
};

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestSyncHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void downloadOnceThen304();
    void pushByPut();
    void failedPutResumesWithoutDuplicates();
    void unreachablePortIsOffline();
    void silentServerTimesOut();
    void missingExportIsAnError();

private:
    QByteArray demoZip(const QDate &asOf, int accounts, QString *exportId);
    SyncReport sync(const QString &central, bool pull = true, bool push = true, int timeoutMs = 10000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TestHttpServer> m_server;
};

void TestSyncHttp::initTestCase()
{
    TestSupport::isolateSettings();
}

void TestSyncHttp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
}

void TestSyncHttp::cleanup()
{
    m_server.reset();
    m_db.reset();
    m_dir.reset();
}

QByteArray TestSyncHttp::demoZip(const QDate &asOf, int accounts, QString *exportId)
{
    const QString folder = m_dir->filePath(u"bundle-"_s + asOf.toString(Qt::ISODate));
    DemoOptions options;
    options.accounts = accounts;
    options.usageWeeks = 4;
    options.asOf = asOf;
    QString error;
    if (!DemoExportWriter(options).write(folder, &error))
        return {};
    BundleManifest manifest;
    BundleManifest::parse(TestSupport::readFile(folder + u"/manifest.json"_s), &manifest, &error);
    *exportId = manifest.exportId;
    const QString zip = folder + u".zip"_s;
    if (!TestSupport::zipFolder(folder, zip))
        return {};
    return TestSupport::readFile(zip);
}

SyncReport TestSyncHttp::sync(const QString &central, bool pull, bool push, int timeoutMs)
{
    SyncEngine engine(*m_db);
    SyncOptions options;
    options.central = central;
    options.pull = pull;
    options.push = push;
    options.userId = u"U1"_s;
    options.refreshRisk = false;
    options.timeoutMs = timeoutMs;
    return engine.run(options);
}

void TestSyncHttp::downloadOnceThen304()
{
    QString exportId;
    const QByteArray zip = demoZip(QDate(2026, 6, 1), 30, &exportId);
    QVERIFY(!zip.isEmpty());
    m_server->setFile("/cs/pitwall/export.zip", zip, "\"v1\"");
    const QString central = m_server->url(u"/cs/pitwall"_s);
    // Pull only: what the import journals (playbook rules) would be PUT too (pushByPut).

    const SyncReport first = sync(central, true, false);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.pull, SyncReport::Pull::Imported);
    QCOMPARE(first.exportId, exportId);
    QVERIFY(first.downloaded);
    QCOMPARE(first.downloadedBytes, zip.size());
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_server->requests.at(0).method, QByteArray("GET"));
    QCOMPARE(m_server->requests.at(0).path, QByteArray("/cs/pitwall/export.zip"));
    QVERIFY(m_server->requests.at(0).ifNoneMatch.isEmpty());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT COUNT(*), MAX(source) FROM import_log WHERE status = 'applied'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), u"http://127.0.0.1:%1/cs/pitwall/export.zip"_s.arg(QUrl(central).port()));
    // No download left behind beside the cache.
    QCOMPARE(QDir(m_dir->path()).entryList({ u".pitwall-download*"_s }, QDir::Files | QDir::Hidden).size(),
             0);

    const SyncReport second = sync(central, true, false);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.pull, SyncReport::Pull::Unchanged);
    QCOMPARE(second.exportId, exportId);
    QVERIFY(!second.downloaded);
    QVERIFY(!second.importRan);
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(m_server->requests.at(1).ifNoneMatch, QByteArray("\"v1\""));
    QCOMPARE(m_server->requests.at(1).status, 304);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM import_log"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // A new export under the same URL: downloaded and imported, its ETag kept.
    QString newId;
    const QByteArray july = demoZip(QDate(2026, 7, 1), 32, &newId);
    m_server->setFile("/cs/pitwall/export.zip", july, "\"v2\"");
    const SyncReport third = sync(central, true, false);
    QVERIFY2(third.ok(), qPrintable(third.error));
    QCOMPARE(third.pull, SyncReport::Pull::Imported);
    QCOMPARE(third.exportId, newId);
    QCOMPARE(m_server->requests.at(2).ifNoneMatch, QByteArray("\"v1\""));
    QCOMPARE(m_server->requests.at(2).status, 200);
    SyncStatus status;
    QString error;
    QVERIFY(SyncStatus::load(m_db->connection(), &status, &error));
    QCOMPARE(status.etag, u"\"v2\""_s);
    QCOMPARE(status.pulledExportId, newId);
    QCOMPARE(m_server->requests.size(), 3);
}

void TestSyncHttp::pushByPut()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO accounts (id, name) VALUES ('001A1', 'Acme Corp')"_s));
    LocalWork work(*m_db, u"U1"_s);
    QVERIFY(!work.addNote(u"001A1"_s, u"QBR booked"_s, u"call"_s).isEmpty());
    QVERIFY(!work.addTask(u"001A1"_s, u"Send the deck"_s).isEmpty());
    const QList<ChangeJournal::Change> changes = ChangeJournal(*m_db).unsent();

    const QString central = m_server->url(u"/central"_s);
    const SyncReport report = sync(central, false, true);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pushed, 2);
    SyncStatus status;
    QString error;
    QVERIFY(SyncStatus::load(m_db->connection(), &status, &error));
    const QByteArray base
        = "/central/outbox/" + status.clientId.toUtf8() + '/' + report.batchIds.first().toUtf8() + '/';
    QCOMPARE(m_server->requests.size(), 3);
    QCOMPARE(m_server->requests.at(0).path, base + "changes.jsonl");
    QCOMPARE(m_server->requests.at(1).path, base + "Task.csv");
    QCOMPARE(m_server->requests.at(2).path, base + "manifest.json"); // last
    for (const auto &r : std::as_const(m_server->requests))
        QCOMPARE(r.method, QByteArray("PUT"));
    const QJsonObject manifest
        = QJsonDocument::fromJson(m_server->puts.value(base + "manifest.json")).object();
    const QJsonArray files = manifest.value("files"_L1).toArray();
    QCOMPARE(files.size(), 2);
    for (const QJsonValue &f : files) {
        const QByteArray body
            = m_server->puts.value(base + f.toObject().value("name"_L1).toString().toUtf8());
        QVERIFY(!body.isEmpty());
        QCOMPARE(sha256(body), f.toObject().value("sha256"_L1).toString().toLatin1());
    }
    const QList<QByteArray> lines = m_server->puts.value(base + "changes.jsonl").split('\n');
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value("change_id"_L1).toString(),
             changes.at(0).changeId);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value("change_id"_L1).toString(),
             changes.at(1).changeId);
    QVERIFY(m_server->puts.value(base + "Task.csv")
                .startsWith(
                    "WhatId,Subject,Description,ActivityDate,Status\r\n001A1,Call: QBR booked,QBR booked,"));

    // Nothing new: no request at all.
    const SyncReport again = sync(central, false, true);
    QVERIFY(again.ok());
    QCOMPARE(again.pushed, 0);
    QCOMPARE(m_server->requests.size(), 3);
}

void TestSyncHttp::failedPutResumesWithoutDuplicates()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO accounts (id, name) VALUES ('001A1', 'Acme Corp')"_s));
    LocalWork work(*m_db, u"U1"_s);
    QVERIFY(!work.addNote(u"001A1"_s, u"First"_s).isEmpty());
    const QString central = m_server->url(u"/c"_s);
    m_server->setPutStatus(500);
    const SyncReport failed = sync(central, false, true);
    QCOMPARE(failed.result, SyncReport::Result::Failed);
    QVERIFY2(failed.error.contains(u"500"_s), qPrintable(failed.error));
    QVERIFY2(failed.error.contains(u"/c/outbox/"_s), qPrintable(failed.error));
    QCOMPARE(failed.waiting, 1);
    QCOMPARE(ChangeJournal(*m_db).unsentCount(), 1);

    QVERIFY(!work.addNote(u"001A1"_s, u"Second"_s).isEmpty());
    m_server->setPutStatus(201);
    const SyncReport resumed = sync(central, false, true);
    QVERIFY2(resumed.ok(), qPrintable(resumed.error));
    QCOMPARE(resumed.pushed, 2);
    QCOMPARE(resumed.batchIds.size(), 2); // the failed batch under its own name, then the new one
    QStringList ids;
    for (auto it = m_server->puts.cbegin(); it != m_server->puts.cend(); ++it) {
        if (!it.key().endsWith("changes.jsonl"))
            continue;
        for (const QByteArray &line : it.value().split('\n')) {
            if (!line.isEmpty())
                ids.append(QJsonDocument::fromJson(line).object().value("change_id"_L1).toString());
        }
    }
    QCOMPARE(ids.size(), 2);
    QVERIFY(ids.at(0) != ids.at(1));
    QCOMPARE(ChangeJournal(*m_db).unsentCount(), 0);
}

void TestSyncHttp::unreachablePortIsOffline()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    } // closed: nothing listens there now
    const QString central = u"http://127.0.0.1:%1/pitwall"_s.arg(port);
    const SyncReport report = sync(central);
    QCOMPARE(report.result, SyncReport::Result::Offline);
    QVERIFY2(report.error.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(report.error));
    QCOMPARE(report.toJson().value("offline"_L1).toBool(), true);
    SyncStatus status;
    QString error;
    QVERIFY(SyncStatus::load(m_db->connection(), &status, &error));
    QVERIFY(status.offline);
    QCOMPARE(status.lastResult, u"offline"_s);
}

void TestSyncHttp::silentServerTimesOut()
{
    m_server->setSilent(true);
    QElapsedTimer timer;
    timer.start();
    const SyncReport report = sync(m_server->url(u"/slow"_s), true, true, 500);
    QCOMPARE(report.result, SyncReport::Result::Offline);
    QVERIFY2(report.error.contains(u"did not answer"_s), qPrintable(report.error));
    QVERIFY(timer.elapsed() < 5000);
}

void TestSyncHttp::missingExportIsAnError()
{
    const SyncReport report = sync(m_server->url(u"/nothing"_s), true, false);
    QCOMPARE(report.result, SyncReport::Result::Failed);
    QVERIFY2(report.error.contains(u"404"_s) && report.error.contains(u"/nothing/export.zip"_s),
             qPrintable(report.error));
}

QTEST_GUILESS_MAIN(TestSyncHttp)
#include "tst_synchttp.moc"
