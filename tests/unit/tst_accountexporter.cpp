// AccountExporter: the CSV byte for byte against a golden file, formula escaping in CSV
// and XLSX, the list's filter, sort and columns, cancellation and failures.
#include "TestSupport.h"
#include "export/AccountExporter.h"
#include "store/Database.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <archive.h>
#include <archive_entry.h>
#include <memory>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// The columns of the golden file, in the order written.
const QStringList goldenColumns
    = { u"name"_s,     u"crmId"_s,       u"owner"_s,          u"team"_s,   u"segment"_s,     u"arr"_s,
        u"licenses"_s, u"renewalDate"_s, u"lifecycleStage"_s, u"status"_s, u"lastActivity"_s };

// One member of a zip (an .xlsx is one), read with libarchive.
QByteArray zipMember(const QString &zipPath, const QString &member)
{
    struct archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    QByteArray result;
    if (archive_read_open_filename(a, QFile::encodeName(zipPath).constData(), 64 * 1024) == ARCHIVE_OK) {
        struct archive_entry *entry = nullptr;
        while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
            if (QString::fromUtf8(archive_entry_pathname(entry)) != member) {
                archive_read_data_skip(a);
                continue;
            }
            char buffer[16384];
            la_ssize_t n = 0;
            while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
                result.append(buffer, n);
            break;
        }
    }
    archive_read_free(a);
    return result;
}

struct XlsxCell
{
    QString type; // the t attribute: "inlineStr", "s", "str", ...; empty for a number
    QString text; // the string, or the number as written
    int style = 0;
    bool formula = false;
};

// The cells of a worksheet by reference ("B7"), strings resolved.
QMap<QString, XlsxCell> parseSheet(const QByteArray &sheetXml, const QByteArray &sharedXml)
{
    QStringList shared;
    QXmlStreamReader sst(sharedXml);
    while (sst.readNextStartElement() || !sst.atEnd()) {
        if (sst.isStartElement() && sst.name() == "si"_L1) {
            QString text;
            while (!(sst.readNext() == QXmlStreamReader::EndElement && sst.name() == "si"_L1)
                   && !sst.atEnd()) {
                if (sst.isCharacters())
                    text += sst.text();
            }
            shared << text;
        }
    }
    QMap<QString, XlsxCell> cells;
    QXmlStreamReader xml(sheetXml);
    QString ref;
    XlsxCell cell;
    QString element;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            element = xml.name().toString();
            if (element == "c"_L1) {
                ref = xml.attributes().value("r"_L1).toString();
                cell = {};
                cell.type = xml.attributes().value("t"_L1).toString();
                cell.style = xml.attributes().value("s"_L1).toInt();
            } else if (element == "f"_L1) {
                cell.formula = true;
            }
            break;
        case QXmlStreamReader::Characters:
            if (!ref.isEmpty() && (element == "t"_L1 || element == "v"_L1))
                cell.text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == "c"_L1) {
                if (cell.type == "s"_L1)
                    cell.text = shared.value(cell.text.toInt());
                // OOXML writes control characters as _xHHHH_ (a carriage return is _x000D_).
                static const QRegularExpression escapedChar(u"_x([0-9A-Fa-f]{4})_"_s);
                QRegularExpressionMatch m;
                while ((m = escapedChar.match(cell.text)).hasMatch())
                    cell.text.replace(m.capturedStart(), m.capturedLength(),
                                      QChar(m.captured(1).toUShort(nullptr, 16)));
                cells.insert(ref, cell);
                ref.clear();
            }
            element.clear();
            break;
        default:
            break;
        }
    }
    return cells;
}

// The cells of a CSV written by the exporter (RFC 4180, CRLF, BOM).
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestAccountExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void csvMatchesGoldenFile();
    void csvEscapesFormulaCells();
    void escapeText_data();
    void escapeText();
    void followsFilterSortAndColumns();
    void xlsxWritesStringsNeverFormulas();
    void cancelledExportLeavesNoFile_data();
    void cancelledExportLeavesNoFile();
    void failuresNameTheFile();
    void streamsManyRows();

private:
    bool loadFixture();
    QString exportFile(const QString &name, const AccountExporter::Options &options,
                       QString *error = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAccountExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
}

void TestAccountExporter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool TestAccountExporter::loadFixture()
{
    const QByteArray sql = TestSupport::readFile(TestSupport::dataPath(u"export/fixture.sql"_s));
    char *message = nullptr;
    if (sql.isEmpty()
        || sqlite3_exec(m_db->handle(), sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        qWarning("fixture: %s", message ? message : "file not found");
        sqlite3_free(message);
        return false;
    }
    return true;
}

QString TestAccountExporter::exportFile(const QString &name, const AccountExporter::Options &options,
                                        QString *error)
{
    const QString path = m_dir->filePath(name);
    AccountExporter exporter(*m_db);
    if (!exporter.exportTo(path, options)) {
        if (error)
            *error = exporter.errorString();
        else
            qWarning("export failed: %s", qPrintable(exporter.errorString()));
        return {};
    }
    return path;
}

void TestAccountExporter::csvMatchesGoldenFile()
{
    QVERIFY(loadFixture());
    AccountExporter::Options options;
    options.columns = goldenColumns;
    const QString path = exportFile(u"accounts.csv"_s, options);
    QVERIFY(!path.isEmpty());
    const QByteArray actual = TestSupport::readFile(path);
    const QString goldenPath = TestSupport::dataPath(u"export/accounts.csv"_s);
    if (qEnvironmentVariableIsSet("PITWALL_UPDATE_GOLDEN"))
        QVERIFY(TestSupport::writeFile(goldenPath, actual));
    const QByteArray expected = TestSupport::readFile(goldenPath);
    QVERIFY2(!expected.isEmpty(), "golden file missing (PITWALL_UPDATE_GOLDEN=1 writes it)");
    QCOMPARE(actual, expected);

    // The form Excel needs: a BOM, CRLF records, and the translated headers.
    QVERIFY(actual.startsWith("\xEF\xBB\xBFName,CRM ID,Owner,Team,Segment,ARR,Currency,"));
    QVERIFY(actual.endsWith("\r\n"));
    QVERIFY(!actual.contains("Archived Co")); // archived accounts are left out by default
}

void TestAccountExporter::csvEscapesFormulaCells()
{
    QVERIFY(loadFixture());
    AccountExporter::Options options;
    options.columns = { u"crmId"_s, u"name"_s, u"segment"_s, u"arr"_s, u"licenses"_s };
    options.sortColumn = u"crmId"_s;
    const QString path = exportFile(u"escaped.csv"_s, options);
    QVERIFY(!path.isEmpty());
    const QList<QStringList> rows = parseCsv(TestSupport::readFile(path));
    QCOMPARE(rows.size(), 10); // header + 9 accounts
    QCOMPARE(rows.first(),
             (QStringList { u"CRM ID"_s, u"Name"_s, u"Segment"_s, u"ARR"_s, u"Currency"_s, u"Licenses"_s }));
    QHash<QString, QStringList> byId;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 6);
        byId.insert(row.first(), row);
    }
    QCOMPARE(byId.value(u"A03"_s).at(1), u"'=1+1"_s);
    QCOMPARE(byId.value(u"A04"_s).at(1), u"'+cmd"_s);
    QCOMPARE(byId.value(u"A05"_s).at(1), u"'-2"_s);
    QCOMPARE(byId.value(u"A06"_s).at(1), u"'@SUM(A1)"_s);
    QCOMPARE(byId.value(u"A07"_s).at(1), u"'\tTabbed Ltd"_s);
    QCOMPARE(byId.value(u"A08"_s).at(1), u"Quote \"Q\" Corp\r\nsecond line"_s);
    // A code column is escaped too; a number column holding text is text, escaped.
    QCOMPARE(byId.value(u"A10"_s).at(2), u"'=HYPERLINK(\"http://evil.example\")"_s);
    QCOMPARE(byId.value(u"A10"_s).at(3), u"'-3+4"_s);
    // Numbers are numbers: a negative ARR is written as is.
    QCOMPARE(byId.value(u"A03"_s).at(3), u"-500"_s);
    QCOMPARE(byId.value(u"A02"_s).at(3), u"98000.5"_s);
    QCOMPARE(byId.value(u"A06"_s).at(3), u"1000000"_s);
    QCOMPARE(byId.value(u"A04"_s).at(3), QString());
    QCOMPARE(byId.value(u"A05"_s).at(5), u"0"_s);

    // Raw bytes: the quoted field with a line break stays one CSV record.
    const QByteArray bytes = TestSupport::readFile(path);
    QVERIFY(bytes.contains("A08,\"Quote \"\"Q\"\" Corp\r\nsecond line\","));
    QVERIFY(bytes.contains("A03,'=1+1,SMB,-500,USD,5\r\n"));
}

void TestAccountExporter::escapeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("plus") << u"+cmd"_s << u"'+cmd"_s;
    QTest::newRow("minus") << u"-2"_s << u"'-2"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("carriage return") << u"\rx"_s << u"'\rx"_s;
    QTest::newRow("plain") << u"Acme"_s << u"Acme"_s;
    QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("leading space") << u" =x"_s << u" =x"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("chinese") << u"华为"_s << u"华为"_s;
}

void TestAccountExporter::escapeText()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(AccountExporter::escapeText(text), written);
}

void TestAccountExporter::followsFilterSortAndColumns()
{
    QVERIFY(loadFixture());
    AccountExporter::Options options;
    options.columns = { u"arr"_s, u"crmId"_s };
    options.sortColumn = u"arr"_s;
    options.sortOrder = Qt::DescendingOrder;
    options.filter.segments = { u"enterprise"_s, u"mid_market"_s };
    QString path = exportFile(u"sorted.csv"_s, options);
    QVERIFY(!path.isEmpty());
    QCOMPARE(parseCsv(TestSupport::readFile(path)),
             (QList<QStringList> { { u"ARR"_s, u"Currency"_s, u"CRM ID"_s },
                                   { u"250000"_s, u"USD"_s, u"A01"_s },
                                   { u"98000.5"_s, u"CNY"_s, u"A02"_s },
                                   { u"50000"_s, u"USD"_s, u"A08"_s },
                                   { u"12000"_s, u"GBP"_s, u"A07"_s },
                                   { u"0"_s, u"USD"_s, u"A05"_s } }));

    // Archived only; an owner; sorted by a name from another table.
    options.columns = { u"crmId"_s };
    options.filter = {};
    options.filter.archived = AccountFilter::Archived::Only;
    path = exportFile(u"archived.csv"_s, options);
    QCOMPARE(parseCsv(TestSupport::readFile(path)), (QList<QStringList> { { u"CRM ID"_s }, { u"A09"_s } }));
    options.filter = {};
    options.filter.ownerIds = { u"U2"_s };
    options.sortColumn = u"crmId"_s;
    options.sortOrder = Qt::AscendingOrder;
    path = exportFile(u"owner.csv"_s, options);
    QCOMPARE(parseCsv(TestSupport::readFile(path)),
             (QList<QStringList> { { u"CRM ID"_s }, { u"A02"_s }, { u"A08"_s }, { u"A10"_s } }));
    options.filter = {};
    options.filter.teams = { u"T1"_s };
    options.columns = { u"crmId"_s, u"owner"_s, u"team"_s };
    options.sortColumn = u"owner"_s;
    options.sortOrder = Qt::DescendingOrder;
    path = exportFile(u"team.csv"_s, options);
    const QList<QStringList> team = parseCsv(TestSupport::readFile(path));
    QCOMPARE(team.size(), 7);
    QCOMPARE(team.at(1).mid(1), (QStringList { u"王小明"_s, u"Enterprise East"_s }));
    QCOMPARE(team.at(6).mid(1), (QStringList { u"Alice Martin"_s, u"Enterprise East"_s }));

    // Renewal window against a fixed "today"; the search text as in the list.
    options.columns = { u"crmId"_s };
    options.sortColumn = u"crmId"_s;
    options.sortOrder = Qt::AscendingOrder;
    options.filter = {};
    options.filter.today = QDate(2025, 11, 20);
    options.filter.renewalWithinDays = 30;
    path = exportFile(u"renewals.csv"_s, options);
    QCOMPARE(parseCsv(TestSupport::readFile(path)),
             (QList<QStringList> { { u"CRM ID"_s }, { u"A02"_s }, { u"A05"_s } }));
    options.filter = {};
    options.filter.searchText = u"华为"_s;
    path = exportFile(u"search.csv"_s, options);
    QCOMPARE(parseCsv(TestSupport::readFile(path)), (QList<QStringList> { { u"CRM ID"_s }, { u"A02"_s } }));
}

void TestAccountExporter::xlsxWritesStringsNeverFormulas()
{
    QVERIFY(loadFixture());
    AccountExporter::Options options;
    options.columns = { u"crmId"_s, u"name"_s, u"arr"_s, u"renewalDate"_s, u"segment"_s };
    options.sortColumn = u"crmId"_s;
    const QString path = exportFile(u"accounts.xlsx"_s, options);
    QVERIFY(!path.isEmpty());
    QVERIFY(TestSupport::readFile(path).startsWith("PK"));

    const QByteArray sheetXml = zipMember(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(sheetXml.contains("<sheetData>"));
    const QMap<QString, XlsxCell> cells = parseSheet(sheetXml, zipMember(path, u"xl/sharedStrings.xml"_s));
    QVERIFY(!cells.isEmpty());
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        QVERIFY2(!it->formula, qPrintable(it.key()));
    QVERIFY(!sheetXml.contains("<f>") && !sheetXml.contains("<f "));

    // Header, then the accounts by CRM id: A01, A02, ..., A08, A10 (A09 is archived).
    QCOMPARE(cells.value(u"A1"_s).text, u"CRM ID"_s);
    QCOMPARE(cells.value(u"D1"_s).text, u"Currency"_s);
    const auto stringAt = [&](const QString &ref) {
        const XlsxCell cell = cells.value(ref);
        return cell.type == "inlineStr"_L1 || cell.type == "s"_L1 ? cell.text : u"(not a string)"_s;
    };
    // Escaped values are strings that show the apostrophe.
    QCOMPARE(stringAt(u"B2"_s), u"Acme, Inc."_s);
    QCOMPARE(stringAt(u"B3"_s), u"华为科技"_s);
    QCOMPARE(stringAt(u"B4"_s), u"'=1+1"_s);
    QCOMPARE(stringAt(u"B5"_s), u"'+cmd"_s);
    QCOMPARE(stringAt(u"B6"_s), u"'-2"_s);
    QCOMPARE(stringAt(u"B7"_s), u"'@SUM(A1)"_s);
    QCOMPARE(stringAt(u"B8"_s), u"'\tTabbed Ltd"_s);
    QCOMPARE(stringAt(u"B9"_s), u"Quote \"Q\" Corp\r\nsecond line"_s);
    QCOMPARE(stringAt(u"F10"_s), u"'=HYPERLINK(\"http://evil.example\")"_s);
    QCOMPARE(stringAt(u"C10"_s), u"'-3+4"_s); // text in the ARR column stays text
    QCOMPARE(stringAt(u"F2"_s), u"Enterprise"_s);

    // Numbers as numbers (no type), the negative one unescaped, with a number format.
    QStringList numbers;
    for (int row = 2; row <= 9; ++row) {
        const XlsxCell cell = cells.value(u"C%1"_s.arg(row));
        numbers << (cell.type.isEmpty() ? cell.text : u"(typed)"_s);
    }
    QCOMPARE(numbers,
             (QStringList { u"250000"_s, u"98000.5"_s, u"-500"_s, QString(), u"0"_s, u"1000000"_s, u"12000"_s,
                            u"50000"_s }));
    QVERIFY(!cells.contains(u"C5"_s)); // no ARR: no cell
    QVERIFY(cells.value(u"C2"_s).style > 0);
    // Dates as real dates: serial numbers (2026-03-31 is day 46112) with a date format.
    QCOMPARE(cells.value(u"E2"_s).type, QString());
    QCOMPARE(cells.value(u"E2"_s).text, u"46112"_s);
    QVERIFY(cells.value(u"E2"_s).style > 0);
    QVERIFY(cells.value(u"E2"_s).style != cells.value(u"C2"_s).style);
    // An unreadable date stays text as the CRM wrote it.
    QCOMPARE(stringAt(u"E8"_s), u"soon"_s);

    // Bold frozen header with an autofilter over every row written, and set widths.
    QVERIFY(cells.value(u"A1"_s).style > 0);
    QVERIFY(sheetXml.contains("state=\"frozen\""));
    QVERIFY(sheetXml.contains("ySplit=\"1\""));
    QVERIFY2(sheetXml.contains("<autoFilter ref=\"A1:F10\"/>"), sheetXml.constData());
    QVERIFY(sheetXml.contains("<col "));
    QVERIFY(zipMember(path, u"xl/styles.xml"_s).contains("<b/>"));
}

void TestAccountExporter::cancelledExportLeavesNoFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("useFlag");
    QTest::addColumn<bool>("existing");
    QTest::newRow("csv, callback") << u"out.csv"_s << false << false;
    QTest::newRow("csv, flag") << u"out.csv"_s << true << false;
    QTest::newRow("xlsx, callback") << u"out.xlsx"_s << false << false;
    QTest::newRow("xlsx, flag") << u"out.xlsx"_s << true << false;
    QTest::newRow("csv over a file") << u"out.csv"_s << false << true;
    QTest::newRow("xlsx over a file") << u"out.xlsx"_s << true << true;
}

void TestAccountExporter::cancelledExportLeavesNoFile()
{
    QFETCH(QString, name);
    QFETCH(bool, useFlag);
    QFETCH(bool, existing);
    QVERIFY(loadFixture());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                   " INSERT INTO accounts (id, name, arr) SELECT 'B' || i, 'Bulk ' || i, i FROM n"_s));
    const QString path = m_dir->filePath(name);
    if (existing)
        QVERIFY(TestSupport::writeFile(path, "the user's old file"));

    AccountExporter exporter(*m_db);
    std::atomic<bool> cancel = false;
    QList<qint64> reports;
    exporter.setCancelFlag(&cancel);
    exporter.setProgressCallback([&](qint64 done, qint64 total) {
        reports << done;
        if (total != 3009)
            qWarning("total %lld", qlonglong(total));
        if (done >= 1000) {
            if (useFlag)
                cancel = true;
            else
                return false;
        }
        return true;
    });
    QVERIFY(!exporter.exportTo(path, {}));
    QVERIFY(exporter.wasCancelled());
    QVERIFY2(exporter.errorString().contains(name), qPrintable(exporter.errorString()));
    QVERIFY(exporter.rowsWritten() >= 1000 && exporter.rowsWritten() < 3009);
    QCOMPARE(reports.first(), 0);
    if (existing)
        QCOMPARE(TestSupport::readFile(path), QByteArray("the user's old file"));
    else
        QVERIFY(!QFile::exists(path));
    // Nothing left beside it either (no half-written temporary file).
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             existing
                 ? (QStringList { u"cache.sqlite"_s, u"cache.sqlite-shm"_s, u"cache.sqlite-wal"_s, name })
                 : (QStringList { u"cache.sqlite"_s, u"cache.sqlite-shm"_s, u"cache.sqlite-wal"_s }));
}

void TestAccountExporter::failuresNameTheFile()
{
    QVERIFY(loadFixture());
    QString error;
    QVERIFY(exportFile(u"no/such/folder/out.csv"_s, {}, &error).isEmpty());
    QVERIFY2(error.contains(u"no/such/folder/out.csv"_s), qPrintable(error));
    error.clear();
    QVERIFY(exportFile(u"no/such/folder/out.xlsx"_s, {}, &error).isEmpty());
    QVERIFY2(error.contains(u"out.xlsx"_s), qPrintable(error));
    error.clear();
    QVERIFY(exportFile(u"out.ods"_s, {}, &error).isEmpty());
    QVERIFY2(error.contains(u"out.ods"_s) && error.contains(u".xlsx"_s), qPrintable(error));
    error.clear();
    AccountExporter::Options options;
    options.columns = { u"name"_s, u"shoe_size"_s };
    QVERIFY(exportFile(u"out.csv"_s, options, &error).isEmpty());
    QVERIFY2(error.contains(u"shoe_size"_s) && error.contains(u"out.csv"_s), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath(u"out.csv"_s)));
}

void TestAccountExporter::streamsManyRows()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
                   " INSERT INTO accounts (id, name, owner_id, segment, arr, renewal_date)"
                   " SELECT printf('C%05d', i), '客户 ' || i, 'U' || (i % 7), 'smb', i * 10.0,"
                   " date('2025-01-01', '+' || (i % 365) || ' days') FROM n"_s));
    for (const QString &name : { u"many.csv"_s, u"many.xlsx"_s }) {
        AccountExporter exporter(*m_db);
        QList<qint64> reports;
        exporter.setProgressCallback([&](qint64 done, qint64 total) {
            if (total != 20000)
                qWarning("total %lld", qlonglong(total));
            reports << done;
            return true;
        });
        AccountExporter::Options options;
        options.sortColumn = u"crmId"_s;
        QVERIFY2(exporter.exportTo(m_dir->filePath(name), options), qPrintable(exporter.errorString()));
        QCOMPARE(exporter.rowsWritten(), 20000);
        QVERIFY(reports.size() > 10);
        QCOMPARE(reports.constLast(), 20000);
        QVERIFY(std::is_sorted(reports.cbegin(), reports.cend()));
    }
    const QList<QStringList> rows = parseCsv(TestSupport::readFile(m_dir->filePath(u"many.csv"_s)));
    QCOMPARE(rows.size(), 20001);
    QCOMPARE(rows.at(1).at(0), u"客户 1"_s);
    QCOMPARE(rows.at(20000).at(1), u"C20000"_s);
    const QByteArray sheet = zipMember(m_dir->filePath(u"many.xlsx"_s), u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(sheet.contains("<autoFilter ref=\"A1:J20001\"/>"));
    QVERIFY(sheet.contains("<c r=\"B20001\" t=\"inlineStr\"><is><t>C20000</t></is></c>"));
}

QTEST_GUILESS_MAIN(TestAccountExporter)
#include "tst_accountexporter.moc"
