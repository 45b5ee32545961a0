// Messy real exports, end to end through the Importer: what can be imported is, and
// what cannot is named precisely (file, line, reason). Mixed line endings, UTF-16 and
// Windows-1252 files, spreadsheet nulls (#N/A, NULL, #NULL!, #DIV/0!) in typed columns,
// a missing key column, orphan rows, a row past the length cap and a million columns.
#include "TestSupport.h"
#include "import/Importer.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMessyExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mixedLineEndingsImportTheSame();
    void utf16ExportIsDecoded();
    void windows1252ExportIsDecoded();
    void spreadsheetNullsInTypedColumns();
    void missingKeyColumnNamesFileAndColumn();
    void orphansAreNamedAndTheRestImports();
    void rowPastTheLengthCapIsRejected();
    void aMillionColumnsAreRefused();

private:
    // A copy of the Salesforce fixture, with Account.csv replaced when `accounts` is given.
    QString salesforceExport(const QByteArray &accounts = QByteArray());
    ImportReport import(const QString &source);
    QVariant value(const QString &sql);
    static QByteArray accountsCsv();
    static QString rejections(const ImportReport &report);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMessyExports::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
}

void TestMessyExports::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QByteArray TestMessyExports::accountsCsv()
{
    return TestSupport::readFile(TestSupport::dataPath(u"import/salesforce-basic/source/Account.csv"_s));
}

QString TestMessyExports::salesforceExport(const QByteArray &accounts)
{
    const QString target = m_dir->filePath(u"export"_s);
    QDir(target).removeRecursively();
    QDir().mkpath(target);
    const QDir source(TestSupport::dataPath(u"import/salesforce-basic/source"_s));
    for (const QString &name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), target + u'/' + name))
            return {};
        QFile::setPermissions(target + u'/' + name, QFile::ReadOwner | QFile::WriteOwner);
    }
    if (!accounts.isNull() && !TestSupport::writeFile(target + u"/Account.csv"_s, accounts))
        return {};
    return target;
}

ImportReport TestMessyExports::import(const QString &source)
{
    Importer importer(*m_db);
    ImportOptions options;
    options.source = source;
    return importer.run(options);
}

QVariant TestMessyExports::value(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return u"<no row>"_s;
    return q.value(0);
}

QString TestMessyExports::rejections(const ImportReport &report)
{
    QStringList lines;
    for (const ImportRejection &r : report.rejections)
        lines.append(u"%1:%2: %3"_s.arg(r.file).arg(r.line).arg(r.reason));
    return lines.join(u'\n');
}

// CRLF, LF and CR-only breaks in one file, and a CR inside a quoted cell: the same import.
void TestMessyExports::mixedLineEndingsImportTheSame()
{
    QByteArray mixed = accountsCsv();
    mixed.replace("\r\n", "\n");
    QList<QByteArray> lines = mixed.split('\n');
    QByteArray joined;
    const char *breaks[] = { "\r\n", "\n", "\r" };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        joined += lines.at(i) + breaks[i % 3];
    }
    joined.replace("Acme Corporation", "Acme\rCorporation");
    const ImportReport report = import(salesforceExport(joined));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.tables.value(u"accounts"_s).added, 4);
    QCOMPARE(report.tables.value(u"accounts"_s).rejected, 0);
    QCOMPARE(value(u"SELECT name FROM accounts WHERE id = '0015g00000AbCdEAAV'"_s).toString(),
             u"Acme\rCorporation"_s);
    QCOMPARE(value(u"SELECT renewal_date FROM accounts WHERE id = '0015g00000UvWxYAAV'"_s).toString(),
             u"2027-04-30"_s);
}

// Excel's "Unicode Text" is UTF-16LE with a BOM.
void TestMessyExports::utf16ExportIsDecoded()
{
    QStringEncoder toUtf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16 = toUtf16(QString::fromUtf8(accountsCsv()));
    const ImportReport report = import(salesforceExport(utf16));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.tables.value(u"accounts"_s).added, 4);
    QVERIFY2(report.warnings.join(u'\n').contains(u"Account.csv was read as UTF-16LE"_s),
             qPrintable(report.warnings.join(u'\n')));
    QCOMPARE(value(u"SELECT name FROM accounts WHERE id = '0015g00000FgHiJAAV'"_s).toString(),
             u"Globex 环球"_s);
}

// A file saved by a spreadsheet on Windows: Windows-1252, no BOM.
void TestMessyExports::windows1252ExportIsDecoded()
{
    QByteArray latin = accountsCsv();
    latin.replace("Globex 环球", "Caf\xe9 Fran\xe7ois \x80uro");
    const ImportReport report = import(salesforceExport(latin));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.tables.value(u"accounts"_s).added, 4);
    QVERIFY2(report.warnings.join(u'\n').contains(u"Account.csv was read as windows-1252"_s),
             qPrintable(report.warnings.join(u'\n')));
    QCOMPARE(value(u"SELECT name FROM accounts WHERE id = '0015g00000FgHiJAAV'"_s).toString(),
             u"Café François €uro"_s);
}

// Spreadsheet nulls and error values where a number or a date is expected: empty, and
// the row still imports. (Initech's "#N/A" ARR and "NA" licenses are in the fixture.)
void TestMessyExports::spreadsheetNullsInTypedColumns()
{
    QByteArray csv = accountsCsv();
    csv.replace("\"6.0E4\",\"3/8/2027\"", "\"#NULL!\",\"#N/A\"");
    csv.replace("\"125000\",\"3/25/2027\"", "\"#DIV/0!\",\"NULL\"");
    csv.replace("\"250\"", "\"#VALUE!\"");
    const ImportReport report = import(salesforceExport(csv));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.tables.value(u"accounts"_s).added, 4);
    QCOMPARE(report.tables.value(u"accounts"_s).rejected, 0);
    QCOMPARE(value(u"SELECT arr IS NULL AND renewal_date IS NULL AND licenses IS NULL FROM accounts "
                   "WHERE id = '0015g00000AbCdEAAV'"_s)
                 .toInt(),
             1);
    QCOMPARE(
        value(u"SELECT arr IS NULL AND renewal_date IS NULL FROM accounts WHERE id = '0015g00000FgHiJAAV'"_s)
            .toInt(),
        1);
    QCOMPARE(value(u"SELECT arr IS NULL AND licenses IS NULL FROM accounts WHERE id = '0015g00000KlMnOAAV'"_s)
                 .toInt(),
             1);
    // Not a null spelling: reported, the value left empty, the row kept.
    QVERIFY2(report.warnings.join(u'\n').contains(u"Account.csv line 6"_s),
             qPrintable(report.warnings.join(u'\n')));
}

void TestMessyExports::missingKeyColumnNamesFileAndColumn()
{
    QByteArray csv = accountsCsv();
    csv.replace("\"ID\",", "\"Identifier\",");
    const ImportReport report = import(salesforceExport(csv));
    const QString text = rejections(report) + u'\n' + report.error;
    QVERIFY2(text.contains(u"Account.csv"_s), qPrintable(text));
    QVERIFY2(text.contains(u"the header lacks the required column(s) Id"_s), qPrintable(text));
    // Nothing from the file went in; the rows that needed its accounts say so.
    QCOMPARE(value(u"SELECT COUNT(*) FROM accounts"_s).toInt(), 0);
    QVERIFY2(rejections(report).contains(u"Opportunity.csv:2: it points at account 0015g00000AbCdE"_s),
             qPrintable(rejections(report)));
}

// Rows that point at an account the export does not have: each is named; the rest imports.
void TestMessyExports::orphansAreNamedAndTheRestImports()
{
    const QString folder = salesforceExport();
    QByteArray opportunities = TestSupport::readFile(folder + u"/Opportunity.csv"_s);
    opportunities.replace("0065g00000Op002,false,0015g00000KlMnO", "0065g00000Op002,false,0015g00000NoNeX");
    QVERIFY(TestSupport::writeFile(folder + u"/Opportunity.csv"_s, opportunities));
    const ImportReport report = import(folder);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(
        rejections(report).contains(
            u"Opportunity.csv:3: it points at account 0015g00000NoNeXAAV, which is not in the export or the cache"_s),
        qPrintable(rejections(report)));
    QCOMPARE(report.tables.value(u"opportunities"_s).added, 2);
    QCOMPARE(report.tables.value(u"opportunities"_s).rejected, 1);
    QCOMPARE(report.tables.value(u"accounts"_s).added, 4);
}

// A row longer than the reader's cap (64 MiB): rejected with its line, never buffered
// whole; the rows after it import.
void TestMessyExports::rowPastTheLengthCapIsRejected()
{
    QByteArray csv = accountsCsv();
    const qsizetype at = csv.indexOf("\"0015g00000KlMnOAAV\"");
    QVERIFY(at > 0);
    QByteArray huge = "\"0015g00000HuGeXAAV\",\"false\",\"";
    huge += QByteArray((65 << 20), 'x');
    huge += "\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n";
    csv.insert(at, huge);
    const ImportReport report = import(salesforceExport(csv));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.tables.value(u"accounts"_s).added, 4);
    QCOMPARE(report.tables.value(u"accounts"_s).rejected, 1);
    QCOMPARE(report.rejections.value(0).file, u"Account.csv"_s);
    QCOMPARE(report.rejections.value(0).line, 4);
    QCOMPARE(value(u"SELECT COUNT(*) FROM accounts WHERE id = '0015g00000HuGeXAAV'"_s).toInt(), 0);
    QCOMPARE(value(u"SELECT COUNT(*) FROM accounts WHERE id = '0015g00000UvWxYAAV'"_s).toInt(), 1);
}

// A header of a million columns: refused (the required columns are past the cap), in
// bounded memory, naming the file.
void TestMessyExports::aMillionColumnsAreRefused()
{
    QByteArray csv;
    csv.reserve(4 << 20);
    for (int i = 0; i < 1'000'000; ++i)
        csv += "c,";
    csv += accountsCsv();
    const ImportReport report = import(salesforceExport(csv));
    const QString text = rejections(report) + u'\n' + report.error;
    QVERIFY2(text.contains(u"Account.csv"_s), qPrintable(text));
    QCOMPARE(value(u"SELECT COUNT(*) FROM accounts"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestMessyExports)
#include "tst_messyexports.moc"
