// pitwall-cli end to end: the real binary on a throwaway cache.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void demoExportImportStatsAccounts();
    void demoExportIsDeterministic();
    void importJsonReportsRejections();
    void badInputFailsWithAMessage_data();
    void badInputFailsWithAMessage();
    void chineseMessages();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &args, const QString &lang = u"en"_s);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"cache.sqlite"_s);
}

TestCli::Result TestCli::cli(const QStringList &args, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s));
    p.setProcessEnvironment(env);
    p.start(TestSupport::cliPath(), QStringList { u"--db"_s, m_db, u"--lang"_s, lang } + args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

void TestCli::demoExportImportStatsAccounts()
{
    const QString bundle = m_dir->filePath(u"demo"_s);
    Result r = cli({ u"demo-export"_s, u"--out"_s, bundle, u"--accounts"_s, u"60"_s, u"--seed"_s, u"7"_s,
                     u"--as-of"_s, u"2026-11-20"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(bundle + u"/manifest.json"_s));

    r = cli({ u"import"_s, bundle, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    for (const char *key :
         { "added", "changed", "unchanged", "archived", "rejected", "tables", "rejections" })
        QVERIFY2(report.contains(QLatin1StringView(key)), key);
    QCOMPARE(report.value("status"_L1).toString(), u"applied"_s);
    QCOMPARE(report.value("profile"_L1).toString(), u"native"_s);
    QCOMPARE(report.value("rejected"_L1).toInt(), 0);
    QCOMPARE(report.value("tables"_L1).toObject().value("accounts"_L1).toObject().value("added"_L1).toInt(),
             60);

    r = cli({ u"stats"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject stats = QJsonDocument::fromJson(r.out).object();
    const QJsonObject counts = stats.value("counts"_L1).toObject();
    for (const char *table :
         { "users", "accounts", "contacts", "opportunities", "cases", "usage", "nps", "activities" })
        QVERIFY2(counts.value(QLatin1StringView(table)).toInteger() > 0, table);
    QCOMPARE(counts.value("accounts"_L1).toInt(), 60);
    QCOMPARE(stats.value("last_import"_L1).toObject().value("status"_L1).toString(), u"applied"_s);

    r = cli({ u"accounts"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray accounts = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(accounts.size(), 60);
    const QJsonObject first = accounts.first().toObject();
    for (const char *key : { "id", "name", "owner", "arr", "renewal_date" })
        QVERIFY2(first.contains(QLatin1StringView(key)), key);

    const QString owner = first.value("owner"_L1).toString();
    r = cli({ u"accounts"_s, u"--owner"_s, owner, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray mine = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!mine.isEmpty() && mine.size() < 60);
    for (const QJsonValue &a : mine)
        QCOMPARE(a.toObject().value("owner"_L1).toString(), owner);

    // The human forms print something readable.
    r = cli({ u"stats"_s });
    QVERIFY(r.out.contains("accounts"));
    r = cli({ u"import"_s, bundle });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("0 added, 0 changed"), r.out.constData());
}

void TestCli::demoExportIsDeterministic()
{
    const QStringList common {
        u"--accounts"_s, u"25"_s, u"--seed"_s, u"99"_s, u"--as-of"_s, u"2026-06-01"_s
    };
    QVERIFY(cli(QStringList { u"demo-export"_s, u"--out"_s, m_dir->filePath(u"a"_s) } + common).exitCode
            == 0);
    QVERIFY(cli(QStringList { u"demo-export"_s, u"--out"_s, m_dir->filePath(u"b"_s) } + common).exitCode
            == 0);
    QCOMPARE(TestSupport::readFile(m_dir->filePath(u"a/manifest.json"_s)),
             TestSupport::readFile(m_dir->filePath(u"b/manifest.json"_s)));
}

void TestCli::importJsonReportsRejections()
{
    const Result r
        = cli({ u"import"_s, TestSupport::dataPath(u"import/salesforce-basic/source"_s), u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value("profile"_L1).toString(), u"salesforce"_s);
    const QJsonArray rejections = report.value("rejections"_L1).toArray();
    QVERIFY(!rejections.isEmpty());
    for (const QJsonValue &v : rejections) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value("file"_L1).toString().isEmpty());
        QVERIFY(o.value("line"_L1).toInt() > 0);
        QVERIFY(!o.value("reason"_L1).toString().isEmpty());
    }
}

void TestCli::badInputFailsWithAMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList {} << 2 << u"Usage"_s;
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << 2 << u"unknown command"_s;
    QTest::newRow("import without source") << QStringList { u"import"_s } << 2 << u"SOURCE"_s;
    QTest::newRow("missing source") << QStringList { u"import"_s, u"/no/such/export"_s } << 1
                                    << u"does not exist"_s;
    QTest::newRow("bad profile") << QStringList {
        u"import"_s, TestSupport::dataPath(u"import/native-basic/source"_s), u"--profile"_s, u"excel"_s
    } << 1 << u"Unknown profile"_s;
    QTest::newRow("demo without out") << QStringList { u"demo-export"_s } << 2 << u"--out"_s;
    QTest::newRow("demo bad count") << QStringList { u"demo-export"_s, u"--out"_s, u"x"_s, u"--accounts"_s,
                                                     u"lots"_s }
                                    << 2 << u"--accounts"_s;
}

void TestCli::badInputFailsWithAMessage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCli::chineseMessages()
{
    const Result r = cli({ u"import"_s, u"/no/such/export"_s }, u"zh_CN"_s);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(u"不存在"_s), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
