// pitwall-cli end to end: the real binary on a throwaway cache.
#include "TestSupport.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
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
    void accountsExportCsvAndXlsx();
    void accountsExportFilters();
    void accountsExportBadInput();
    void noteTaskJournal();
    void journalWhenEmpty();
    void localWorkBadInput_data();
    void localWorkBadInput();

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

void TestCli::noteTaskJournal()
{
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_db, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"INSERT INTO users (id, name) VALUES ('U7', 'Alice Martin')"_s));
        QVERIFY(q.exec(u"INSERT INTO accounts (id, name, owner_id) VALUES ('001A', '华为科技', 'U7'),"
                       " ('001B', 'Acme Corp', 'U7')"_s));
    }
    // The user picked in the GUI is the author.
    QVERIFY(TestSupport::writeFile(m_dir->filePath(u"xdg-config/Pitwall/Pitwall.conf"_s),
                                   "[Workspace]\nuserId=U7\nuserName=Alice Martin\n"));

    Result r = cli({ u"note"_s, u"--account"_s, u"001A"_s, u"--text"_s, u"QBR prep:\nrenewal at risk"_s,
                     u"--kind"_s, u"meeting"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString noteId = QString::fromUtf8(r.out).trimmed();
    QVERIFY2(!QUuid::fromString(noteId).isNull(), r.out.constData());

    r = cli({ u"task"_s, u"--account"_s, u"001B"_s, u"--title"_s, u"Send the renewal quote"_s, u"--due"_s,
              u"2026-12-01"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString taskId = QString::fromUtf8(r.out).trimmed();
    QVERIFY2(!QUuid::fromString(taskId).isNull(), r.out.constData());
    QVERIFY(taskId != noteId);

    r = cli({ u"journal"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError parseError;
    const QJsonArray changes = QJsonDocument::fromJson(r.out, &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(changes.size(), 2);
    const QJsonObject note = changes.at(0).toObject();
    for (const char *key : { "change_id", "seq", "entity", "entity_id", "account_id", "field", "old_value",
                             "new_value", "base_version", "author", "at" })
        QVERIFY2(note.contains(QLatin1StringView(key)), key);
    QCOMPARE(note.value("entity"_L1).toString(), u"note"_s);
    QCOMPARE(note.value("entity_id"_L1).toString(), noteId);
    QCOMPARE(note.value("account_id"_L1).toString(), u"001A"_s);
    QCOMPARE(note.value("field"_L1).toString(), u"created"_s);
    QVERIFY(note.value("old_value"_L1).isNull());
    QCOMPARE(note.value("author"_L1).toString(), u"U7"_s);
    const QJsonObject created
        = QJsonDocument::fromJson(note.value("new_value"_L1).toString().toUtf8()).object();
    QCOMPARE(created.value("body"_L1).toString(), u"QBR prep:\nrenewal at risk"_s);
    QCOMPARE(created.value("kind"_L1).toString(), u"meeting"_s);
    const QJsonObject task = changes.at(1).toObject();
    QCOMPARE(task.value("entity"_L1).toString(), u"task"_s);
    QCOMPARE(task.value("entity_id"_L1).toString(), taskId);
    QVERIFY(task.value("seq"_L1).toInteger() > note.value("seq"_L1).toInteger());
    QCOMPARE(QJsonDocument::fromJson(task.value("new_value"_L1).toString().toUtf8())
                 .object()
                 .value("due_date"_L1)
                 .toString(),
             u"2026-12-01"_s);

    // The table: a header, one aligned line per change, a count.
    r = cli({ u"journal"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(u"Time"_s) && lines.at(0).contains(u"New value"_s), r.out.constData());
    QVERIFY2(lines.at(1).contains(u"note"_s) && lines.at(1).contains(u"created"_s)
                 && lines.at(1).contains(u"华为科技"_s)
                 && lines.at(1).contains(u"QBR prep: renewal at risk"_s),
             r.out.constData());
    QVERIFY2(lines.at(2).contains(u"task"_s) && lines.at(2).contains(u"Acme Corp"_s)
                 && lines.at(2).contains(u"Send the renewal quote"_s),
             r.out.constData());
    const qsizetype fieldColumn = lines.at(0).indexOf(u"Field"_s);
    QCOMPARE(lines.at(1).indexOf(u"created"_s), fieldColumn);
    QCOMPARE(lines.at(2).indexOf(u"created"_s), fieldColumn);
    QVERIFY2(lines.at(3).startsWith(u"2 change"_s) && lines.at(3).endsWith(u"not yet sent"_s),
             qPrintable(lines.at(3)));
}

void TestCli::journalWhenEmpty()
{
    Result r = cli({ u"journal"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QVERIFY(doc.array().isEmpty());
    r = cli({ u"journal"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("No local changes"), r.out.constData());
}

void TestCli::localWorkBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("note unknown account")
        << QStringList { u"note"_s, u"--account"_s, u"NOPE"_s, u"--text"_s, u"hello"_s } << 1
        << u"No account with CRM id “NOPE” in the cache."_s;
    QTest::newRow("task unknown account")
        << QStringList { u"task"_s, u"--account"_s, u"NOPE"_s, u"--title"_s, u"Call"_s } << 1
        << u"No account with CRM id “NOPE”"_s;
    QTest::newRow("note without text")
        << QStringList { u"note"_s, u"--account"_s, u"A"_s } << 2 << u"--text"_s;
    QTest::newRow("note with empty text")
        << QStringList { u"note"_s, u"--account"_s, u"A"_s, u"--text"_s, u"  "_s } << 2 << u"--text"_s;
    QTest::newRow("note bad kind") << QStringList { u"note"_s, u"--account"_s, u"A"_s,  u"--text"_s,
                                                    u"x"_s,    u"--kind"_s,    u"fax"_s }
                                   << 2 << u"--kind"_s;
    QTest::newRow("task without title")
        << QStringList { u"task"_s, u"--account"_s, u"A"_s } << 2 << u"--title"_s;
    QTest::newRow("task bad date") << QStringList { u"task"_s, u"--account"_s, u"A"_s,         u"--title"_s,
                                                    u"Call"_s, u"--due"_s,     u"2026-13-01"_s }
                                   << 2 << u"--due must be a date as YYYY-MM-DD"_s;
    QTest::newRow("task date in words") << QStringList {
        u"task"_s, u"--account"_s, u"A"_s, u"--title"_s, u"Call"_s, u"--due"_s, u"tomorrow"_s
    } << 2 << u"“tomorrow”"_s;
    QTest::newRow("journal stray argument") << QStringList { u"journal"_s, u"--jsn"_s } << 2 << u"jsn"_s;
}

void TestCli::localWorkBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::accountsExportCsvAndXlsx()
{
    Result r = cli({ u"import"_s, TestSupport::dataPath(u"import/native-basic/source"_s) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ u"accounts"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qsizetype accounts = QJsonDocument::fromJson(r.out).array().size();
    QVERIFY(accounts > 1);

    const QString csv = m_dir->filePath(u"accounts.csv"_s);
    r = cli({ u"accounts"_s, u"--csv"_s, csv });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith(QByteArray("Exported " + QByteArray::number(accounts) + " account")), r.out.constData());
    const QByteArray bytes = TestSupport::readFile(csv);
    // The list's default columns, in its order, as Excel opens them.
    QVERIFY2(
        bytes.startsWith("\xEF\xBB\xBFName,CRM ID,Owner,Segment,ARR,Currency,Renewal date,Lifecycle stage,"
                         "Status,Last activity\r\n"),
        bytes.constData());
    QCOMPARE(bytes.count("\r\n"), accounts + 1);
    QVERIFY(bytes.contains("\"Bluepeak Analytics, Inc.\",ACC-3,"));
    QVERIFY(bytes.contains("华东精密制造有限公司,ACC-2,"));
    // The account named "=HYPERLINK(evil)" cannot run in a spreadsheet.
    QVERIFY(bytes.contains("\r\n'=HYPERLINK(evil),ACC-4,"));
    QVERIFY(!bytes.contains("\n=HYPERLINK"));

    const QString xlsx = m_dir->filePath(u"accounts.xlsx"_s);
    r = cli({ u"accounts"_s, u"--xlsx"_s, xlsx });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(TestSupport::readFile(xlsx).startsWith("PK\x03\x04"));

    // Without a file the list prints as before.
    r = cli({ u"accounts"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("ACC-1"));
    QVERIFY(r.out.contains(QByteArray(QByteArray::number(accounts) + " accounts")));
}

void TestCli::accountsExportFilters()
{
    Result r = cli({ u"import"_s, TestSupport::dataPath(u"import/native-basic/source"_s) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto ids = [&](const QStringList &filter) {
        QStringList result;
        const Result listed = cli(QStringList { u"accounts"_s, u"--json"_s } + filter);
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).array())
            result << v.toObject().value("id"_L1).toString();
        const QString csv = m_dir->filePath(u"filtered.csv"_s);
        const Result exported = cli(QStringList { u"accounts"_s, u"--csv"_s, csv } + filter);
        if (exported.exitCode != 0)
            return QStringList { QString::fromUtf8(exported.err) };
        QStringList fromFile;
        static const QRegularExpression crmId(u",(ACC-\\d+),"_s);
        for (const QRegularExpressionMatch &m :
             crmId.globalMatch(QString::fromUtf8(TestSupport::readFile(csv))))
            fromFile << m.captured(1);
        // The file holds what the list prints, in the same order.
        return fromFile == result ? result : QStringList { u"differs: "_s + fromFile.join(u' ') };
    };
    QCOMPARE(ids({ u"--owner"_s, u"U-CSM-1"_s }), (QStringList { u"ACC-1"_s, u"ACC-2"_s }));
    QCOMPARE(ids({ u"--segment"_s, u"smb"_s }), (QStringList { u"ACC-4"_s, u"ACC-3"_s }));
    // A segment as the list shows it, in any case; two of them.
    QCOMPARE(ids({ u"--segment"_s, u"Mid-Market"_s, u"--segment"_s, u"ENTERPRISE"_s }),
             (QStringList { u"ACC-1"_s, u"ACC-2"_s }));
    QCOMPARE(ids({ u"--search"_s, u"华东"_s }), (QStringList { u"ACC-2"_s }));
    QCOMPARE(ids({ u"--search"_s, u"nothing like this"_s }), QStringList());
}

void TestCli::accountsExportBadInput()
{
    const QString csv = m_dir->filePath(u"a.csv"_s);
    Result r = cli({ u"accounts"_s, u"--csv"_s, csv, u"--xlsx"_s, m_dir->filePath(u"a.xlsx"_s) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not both"), r.err.constData());
    r = cli({ u"accounts"_s, u"--csv"_s, csv, u"--json"_s });
    QCOMPARE(r.exitCode, 2);
    const QString missing = m_dir->filePath(u"no/such/folder/a.xlsx"_s);
    r = cli({ u"accounts"_s, u"--xlsx"_s, missing });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(missing), r.err.constData());
    QVERIFY(!QFile::exists(csv));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
