// Absurd CSV input is refused in bounded memory, with the line and the reason: a record
// past the length cap (up to a real 1 GiB cell, streamed from a sparse file), a record
// with a million columns; the records around them are read as usual.
#include "TestSupport.h"
#include "csv/CsvFileReader.h"
#include "csv/CsvReader.h"
#include "csv/ValueParser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// Peak resident memory of this process so far (VmHWM), in bytes; -1 where unknown.
qint64 peakRss()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

struct Row
{
    qsizetype line;
    QList<QByteArray> fields;
    bool tooLong;
};

QList<Row> readAll(CsvFileReader &reader)
{
    QList<Row> rows;
    while (reader.readRecord()) {
        Row row { reader.line(), {}, reader.recordTooLong() };
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            row.fields.append(reader.field(i).toByteArray());
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestCsvLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tooManyFieldsAreCapped();
    void tooManyFieldsKeepTheNextRecord();
    void aMillionColumns();
    void longRecordIsSkipped_data();
    void longRecordIsSkipped();
    void longRecordInADecodedFile();
    void largeFileInAnotherEncodingIsRefused();
    void longUnterminatedRecordSaysSo();
    void recordErrorsAreClear();
    void aGigabyteCellInBoundedMemory();
    void bomOnlyAtTheStartOfTheFile();
    void spreadsheetErrorsAreNull();
};

void TestCsvLimits::tooManyFieldsAreCapped()
{
    CsvReader reader("a,b,c,d,e\n1,2\n"_ba);
    reader.setMaxFieldCount(3);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.fieldCount(), 3);
    QVERIFY(reader.tooManyFields());
    QCOMPARE(reader.field(2), "c");
    QCOMPARE(reader.line(), 1);
    QVERIFY(reader.readRecord());
    QVERIFY(!reader.tooManyFields());
    QCOMPARE(reader.fieldStrings(), QStringList({ u"1"_s, u"2"_s }));
    QCOMPARE(reader.line(), 2);
    QVERIFY(!reader.readRecord());
}

// The skipped fields are read as fields are (quotes, quoted line breaks), so the next
// record and its line number are right.
void TestCsvLimits::tooManyFieldsKeepTheNextRecord()
{
    CsvReader reader("a,b,\"c,\n\"\"d\"\"\",\"e\r\nf\",g\nnext,1\n\"open"_ba);
    reader.setMaxFieldCount(2);
    QVERIFY(reader.readRecord());
    QVERIFY(reader.tooManyFields());
    QCOMPARE(reader.fieldCount(), 2);
    QVERIFY(!reader.unterminatedQuote());
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.line(), 4);
    QCOMPARE(reader.fieldStrings(), QStringList({ u"next"_s, u"1"_s }));
    QVERIFY(!reader.tooManyFields());
    QVERIFY(reader.readRecord());
    QVERIFY(reader.unterminatedQuote());
    QVERIFY(!reader.readRecord());

    CsvReader open("a,b,c,\"never closed\nx\n"_ba);
    open.setMaxFieldCount(2);
    QVERIFY(open.readRecord());
    QVERIFY(open.tooManyFields());
    QVERIFY(open.unterminatedQuote());
    QVERIFY(!open.readRecord());
}

// A header of a million columns: the reader keeps the default cap (a spreadsheet's
// 16384 columns), says so, and goes on with the next record.
void TestCsvLimits::aMillionColumns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wide.csv"_s);
    QByteArray wide;
    wide.reserve(3'000'000);
    for (int i = 0; i < 1'000'000; ++i)
        wide += "c,";
    wide += "last\nid,name\n";
    QVERIFY(TestSupport::writeFile(path, wide));

    CsvFileReader reader;
    reader.setChunkSize(64 << 10); // the wide record spans many chunks
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.fieldCount(), CsvReader::defaultMaxFieldCount);
    QVERIFY(reader.record().tooManyFields());
    QVERIFY2(reader.recordError().contains(u"more than 16384 fields"_s), qPrintable(reader.recordError()));
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.line(), 2);
    QCOMPARE(reader.fieldCount(), 2);
    QVERIFY(reader.recordError().isEmpty());
    QVERIFY(!reader.readRecord());
}

void TestCsvLimits::longRecordIsSkipped_data()
{
    QTest::addColumn<qsizetype>("chunk");
    QTest::addColumn<bool>("trusted");
    for (qsizetype chunk : { 1, 3, 7, 16, 100, 4096 }) {
        QTest::addRow("chunk %lld", static_cast<long long>(chunk)) << chunk << false;
        QTest::addRow("chunk %lld, trusted UTF-8", static_cast<long long>(chunk)) << chunk << true;
    }
}

// Whatever the chunk size, a record longer than the cap is skipped as a whole: quoted
// delimiters and line breaks inside it do not end it early, and the line numbers of the
// records after it stay right.
void TestCsvLimits::longRecordIsSkipped()
{
    QFETCH(qsizetype, chunk);
    QFETCH(bool, trusted);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.csv"_s);
    const QByteArray longCell = "\"" + QByteArray(30, 'x') + ",\r\n" + QByteArray(30, 'y') + "\"\"\n\"";
    QVERIFY(TestSupport::writeFile(path,
                                   "id,name\r\n1,short\r\n2," + longCell + ",tail\r\n3,after\n\n4,"
                                       + QByteArray(80, 'z') + "\n5,end"));

    CsvFileReader reader;
    reader.setChunkSize(chunk);
    reader.setMaxRecordBytes(40);
    QString error;
    QVERIFY2(trusted ? reader.openUtf8(path, "x", &error) : reader.open(path, &error), qPrintable(error));
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(0).fields, QList<QByteArray>({ "id", "name" }));
    QCOMPARE(rows.at(1).fields, QList<QByteArray>({ "1", "short" }));
    QCOMPARE(rows.at(2).line, 3);
    QVERIFY(rows.at(2).tooLong);
    QVERIFY(rows.at(2).fields.isEmpty());
    QCOMPARE(rows.at(3).line, 6);
    QCOMPARE(rows.at(3).fields, QList<QByteArray>({ "3", "after" }));
    QVERIFY(!rows.at(3).tooLong);
    QCOMPARE(rows.at(4).line, 8);
    QVERIFY(rows.at(4).tooLong);
    QCOMPARE(rows.at(5).line, 9);
    QCOMPARE(rows.at(5).fields, QList<QByteArray>({ "5", "end" }));
    QVERIFY(!reader.invalidUtf8());
}

// A file in another encoding is decoded whole; the cap applies all the same.
void TestCsvLimits::longRecordInADecodedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"latin1.csv"_s);
    QVERIFY(TestSupport::writeFile(path, "id,name\n1,Caf\xe9\n2," + QByteArray(100, '\xe9') + "\n3,ok\n"));
    CsvFileReader reader;
    reader.setMaxRecordBytes(50);
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.encoding(), u"windows-1252"_s);
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1).fields.value(1), "Caf\xc3\xa9");
    QVERIFY(rows.at(2).tooLong);
    QCOMPARE(rows.at(2).line, 3);
    QCOMPARE(rows.at(3).fields, QList<QByteArray>({ "3", "ok" }));
}

// Decoding whole takes memory: past the limit, the error says what to do instead.
void TestCsvLimits::largeFileInAnotherEncodingIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"latin1.csv"_s);
    QVERIFY(TestSupport::writeFile(path, "id,name\n1,Caf\xe9\n" + QByteArray(2000, 'a') + "\n"));
    CsvFileReader reader;
    reader.setMaxDecodedFileBytes(1000);
    QString error;
    QVERIFY(!reader.open(path, &error));
    QVERIFY2(error.startsWith(u"the file is not UTF-8 text (it looks like "_s), qPrintable(error));
    QVERIFY2(error.contains(u"and, at 1.97 KiB, too large to convert; save it as UTF-8"_s),
             qPrintable(error));
    reader.setMaxDecodedFileBytes(4000);
    QVERIFY2(reader.open(path, &error), qPrintable(error));

    // UTF-8 files of any size are read in chunks: the limit does not apply.
    QVERIFY(TestSupport::writeFile(path, "id,name\n1,Caf\xc3\xa9\n" + QByteArray(2000, 'a') + "\n"));
    reader.setMaxDecodedFileBytes(1000);
    QVERIFY2(reader.open(path, &error), qPrintable(error));
}

// A quote that never closes swallows the rest of the file: when that is past the cap,
// the reader still says the quote is open (nothing after it can be trusted).
void TestCsvLimits::longUnterminatedRecordSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"open.csv"_s);
    QVERIFY(TestSupport::writeFile(path, "id,name\n1,\"never closed\n" + QByteArray(500, 'a') + "\n2,b\n"));
    CsvFileReader reader;
    reader.setChunkSize(64);
    reader.setMaxRecordBytes(100);
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QVERIFY(reader.readRecord());
    QVERIFY(reader.readRecord());
    QVERIFY(reader.recordTooLong());
    QVERIFY(reader.unterminatedQuote());
    QCOMPARE(reader.line(), 2);
    QVERIFY(!reader.readRecord());
}

void TestCsvLimits::recordErrorsAreClear()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"both.csv"_s);
    QVERIFY(TestSupport::writeFile(path, "a,b\n" + QByteArray(200, 'x') + "\n1,2,3,4\n"));
    CsvFileReader reader;
    reader.setMaxRecordBytes(100);
    reader.setMaxFieldCount(3);
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QVERIFY(reader.readRecord());
    QVERIFY(reader.recordError().isEmpty());
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.recordError(), u"the row is longer than 100 bytes and was skipped (a damaged export?)"_s);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.recordError(),
             u"the row has more than 3 fields; only a spreadsheet-sized table can be imported"_s);
    QCOMPARE(reader.line(), 3);
}

// A real 1 GiB cell, with the default caps and chunk size: the file is sparse (the cell
// is NUL bytes the file system does not store), and the reader skips the cell without
// ever holding more than the cap and a chunk of it.
void TestCsvLimits::aGigabyteCellInBoundedMemory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.csv"_s);
    constexpr qint64 cellBytes = qint64(1) << 30;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray head = "id,name\n1,first\n2,\"";
        QVERIFY(file.write(head) == head.size());
        QVERIFY(file.resize(head.size() + cellBytes)); // a hole: reads as NUL bytes
        QVERIFY(file.seek(head.size() + cellBytes));
        QVERIFY(file.write("\"\n3,after\n") == 10);
    }
    const qint64 before = peakRss();
    CsvFileReader reader;
    QString error;
    // openUtf8(): as for a bundle file (no first pass); open() would hash the gigabyte first.
    QVERIFY2(reader.openUtf8(path, "sparse", &error), qPrintable(error));
    const QList<Row> rows = readAll(reader);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1).fields, QList<QByteArray>({ "1", "first" }));
    QVERIFY(rows.at(2).tooLong);
    QCOMPARE(rows.at(2).line, 3);
    QCOMPARE(rows.at(3).fields, QList<QByteArray>({ "3", "after" }));
    QCOMPARE(rows.at(3).line, 4);
    QVERIFY(!reader.invalidUtf8());
    const qint64 after = peakRss();
    if (before > 0 && after > 0) {
        qInfo("peak RSS grew by %lld MiB reading a 1 GiB cell",
              static_cast<long long>((after - before) >> 20));
        // The cap (64 MiB) and a chunk (8 MiB), with room for the buffer's growth (and for
        // AddressSanitizer's quarantine of freed blocks); never the gigabyte.
#if defined(__SANITIZE_ADDRESS__)
        constexpr qint64 bound = qint64(768) << 20;
#else
        constexpr qint64 bound = qint64(256) << 20;
#endif
        QVERIFY2(after - before < bound, qPrintable(QString::number((after - before) >> 20)));
    }
}

// U+FEFF at the start of a record that begins exactly at a chunk boundary is data, not a BOM.
void TestCsvLimits::bomOnlyAtTheStartOfTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bom.csv"_s);
    const QByteArray data = "\xEF\xBB\xBFid\n12345\n\xEF\xBB\xBFx\n"_ba;
    QVERIFY(TestSupport::writeFile(path, data));
    for (qsizetype chunk = 1; chunk <= data.size(); ++chunk) {
        CsvFileReader reader;
        reader.setChunkSize(chunk);
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        const QList<Row> rows = readAll(reader);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).fields.value(0), "id");
        QCOMPARE(rows.at(2).fields.value(0), "\xEF\xBB\xBFx");
    }
}

void TestCsvLimits::spreadsheetErrorsAreNull()
{
    for (const QString &cell : { u"#N/A"_s, u"NULL"_s, u"N/A"_s, u"#NULL!"_s, u"#DIV/0!"_s, u"#VALUE!"_s,
                                 u"#REF!"_s, u"#NAME?"_s, u"#num!"_s, u" #N/A "_s }) {
        QVERIFY2(ValueParser::isNull(cell), qPrintable(cell));
        QVERIFY2(!ValueParser::parseNumber(cell), qPrintable(cell));
        QVERIFY2(!ValueParser::parseDate(cell), qPrintable(cell));
    }
    for (const QString &cell : { u"#1"_s, u"#NULL"_s, u"#REF"_s, u"Acme #NUM!"_s })
        QVERIFY2(!ValueParser::isNull(cell), qPrintable(cell));
}

QTEST_GUILESS_MAIN(TestCsvLimits)
#include "tst_csvlimits.moc"
