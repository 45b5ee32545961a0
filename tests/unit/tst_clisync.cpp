// pitwall-cli sync and sync status, run as the real binary: JSON shapes, exit codes, the
// second sync a no-op, and --pull-only / --push-only.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestCliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void syncPullsThenNothing();
    void pushOnlyAndStatus();
    void offlineAndBadArguments();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &args);
    static QJsonObject json(const Result &r) { return QJsonDocument::fromJson(r.out).object(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_central;
};

TestCliSync::Result TestCliSync::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s));
    p.setProcessEnvironment(env);
    p.start(TestSupport::cliPath(), QStringList { u"--db"_s, m_db, u"--lang"_s, u"en"_s } + args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

void TestCliSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"cache.sqlite"_s);
    m_central = m_dir->filePath(u"central"_s);
    const Result demo
        = cli({ u"demo-export"_s, u"--out"_s, m_central + u"/exports/2026-06"_s, u"--accounts"_s, u"30"_s,
                u"--usage-weeks"_s, u"4"_s, u"--as-of"_s, u"2026-06-01"_s });
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

void TestCliSync::cleanup()
{
    m_dir.reset();
}

void TestCliSync::syncPullsThenNothing()
{
    const QJsonObject manifest
        = QJsonDocument::fromJson(TestSupport::readFile(m_central + u"/exports/2026-06/manifest.json"_s))
              .object();
    const QString exportId = manifest.value("export_id"_L1).toString();
    QVERIFY(!exportId.isEmpty());

    const Result first
        = cli({ u"sync"_s, u"--central"_s, m_central, u"--no-health"_s, u"--no-backup"_s, u"--json"_s });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject j1 = json(first);
    QCOMPARE(j1.value("result"_L1).toString(), u"ok"_s);
    QCOMPARE(j1.value("pulled"_L1).toString(), exportId);
    const QJsonObject import = j1.value("pull"_L1).toObject().value("import"_L1).toObject();
    QCOMPARE(import.value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(import.value("totals"_L1).toObject().value("added"_L1).toInt() > 30, true);
    // What the import journaled itself (playbook rules) went out in the same sync.
    QCOMPARE(j1.value("pushed"_L1).toInt() == 0, j1.value("batch_id"_L1).isNull());
    QCOMPARE(j1.value("waiting"_L1).toInt(), 0);
    QCOMPARE(j1.value("offline"_L1).toBool(), false);

    // Again, without --central: the location last synced with.
    const Result second = cli({ u"sync"_s, u"--json"_s });
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const QJsonObject j2 = json(second);
    QCOMPARE(j2.value("pulled"_L1).toString(), u"unchanged"_s);
    QCOMPARE(j2.value("pull"_L1).toObject().value("export_id"_L1).toString(), exportId);
    QVERIFY(!j2.value("pull"_L1).toObject().contains("import"_L1));

    // The human text says so too.
    const Result text = cli({ u"sync"_s });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("already in the cache"), text.out.constData());
}

void TestCliSync::pushOnlyAndStatus()
{
    QVERIFY(
        cli({ u"sync"_s, u"--central"_s, m_central, u"--pull-only"_s, u"--no-health"_s, u"--no-backup"_s })
            .exitCode
        == 0);
    const Result accounts = cli({ u"accounts"_s, u"--json"_s });
    const QJsonArray list = QJsonDocument::fromJson(accounts.out).array();
    QVERIFY(!list.isEmpty());
    const QString account = list.first().toObject().value("id"_L1).toString();
    QCOMPARE(cli({ u"note"_s, u"--account"_s, account, u"--text"_s, u"Renewal call, all good"_s, u"--kind"_s,
                   u"call"_s })
                 .exitCode,
             0);

    Result status = cli({ u"sync"_s, u"status"_s, u"--json"_s });
    QCOMPARE(status.exitCode, 0);
    const Result journal = cli({ u"journal"_s, u"--json"_s });
    const int waiting = int(QJsonDocument::fromJson(journal.out).array().size());
    QVERIFY(waiting >= 1); // the note, and whatever the import's rules journaled
    QCOMPARE(json(status).value("waiting"_L1).toInt(), waiting);
    QCOMPARE(json(status).value("last_result"_L1).toString(), u"ok"_s);

    const Result push = cli({ u"sync"_s, u"--central"_s, m_central, u"--push-only"_s, u"--json"_s });
    QVERIFY2(push.exitCode == 0, push.err.constData());
    const QJsonObject j = json(push);
    QCOMPARE(j.value("pushed"_L1).toInt(), waiting);
    QVERIFY(j.value("pulled"_L1).isNull());
    const QString batch = j.value("batch_id"_L1).toString();
    QVERIFY(!batch.isEmpty());
    QCOMPARE(j.value("waiting"_L1).toInt(), 0);

    status = cli({ u"sync"_s, u"status"_s, u"--json"_s });
    const QJsonObject s = json(status);
    QCOMPARE(s.value("waiting"_L1).toInt(), 0);
    QCOMPARE(s.value("last_batch_id"_L1).toString(), batch);
    QVERIFY(!s.value("pulled_export_id"_L1).toString().isEmpty());
    const QString client = s.value("client_id"_L1).toString();
    const QString csv = QString::fromUtf8(
        TestSupport::readFile(m_central + u"/outbox/"_s + client + u'/' + batch + u"/Task.csv"_s));
    QVERIFY2(csv.contains(account + u",\"Call: Renewal call, all good\",\"Renewal call, all good\","_s),
             qPrintable(csv));

    const Result again = cli({ u"sync"_s, u"--push-only"_s, u"--json"_s });
    QCOMPARE(json(again).value("pushed"_L1).toInt(), 0);
    QCOMPARE(QDir(m_central + u"/outbox/"_s + client).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);

    const Result text = cli({ u"sync"_s, u"status"_s });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Changes waiting to be pushed: 0"), text.out.constData());
}

void TestCliSync::offlineAndBadArguments()
{
    const Result none = cli({ u"sync"_s });
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("--central"), none.err.constData());

    const Result offline
        = cli({ u"sync"_s, u"--central"_s, m_dir->filePath(u"unmounted/share"_s), u"--json"_s });
    QCOMPARE(offline.exitCode, 3);
    QCOMPARE(json(offline).value("result"_L1).toString(), u"offline"_s);
    QCOMPARE(json(offline).value("offline"_L1).toBool(), true);

    QCOMPARE(cli({ u"sync"_s, u"--pull-only"_s, u"--push-only"_s, u"--central"_s, m_central }).exitCode, 2);
    QCOMPARE(cli({ u"sync"_s, u"later"_s }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
