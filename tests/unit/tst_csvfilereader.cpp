// Reading a CSV file in chunks gives exactly the records and line numbers of reading it whole.
#include "TestSupport.h"
#include "csv/CsvFileReader.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCsvFileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunksGiveTheSameRecords_data();
    void chunksGiveTheSameRecords();
    void trustedUtf8FileCatchesBadBytes();
    void contentHashFollowsTheBytes();
    void nonUtf8FilesAreDecoded();
    void rewindStartsOver();
    void missingFileIsAnError();
    void headerOfALargeChineseFile();

private:
    struct Record
    {
        QList<QByteArray> fields;
        qsizetype line;
        QByteArray raw;
        bool operator==(const Record &o) const
        {
            return fields == o.fields && line == o.line && raw == o.raw;
        }
    };
    static QList<Record> whole(const QByteArray &data);
    static QList<Record> chunked(const QString &path, qsizetype chunk, bool trusted = false);
};

QList<TestCsvFileReader::Record> TestCsvFileReader::whole(const QByteArray &data)
{
    QList<Record> out;
    CsvReader reader(data);
    while (reader.readRecord()) {
        Record r { {}, reader.line(), reader.rawRecord().toByteArray() };
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            r.fields.append(reader.field(i).toByteArray());
        out.append(r);
    }
    return out;
}

QList<TestCsvFileReader::Record> TestCsvFileReader::chunked(const QString &path, qsizetype chunk,
                                                            bool trusted)
{
    QList<Record> out;
    CsvFileReader reader;
    reader.setChunkSize(chunk);
    QString error;
    if (!(trusted ? reader.openUtf8(path, "known", &error) : reader.open(path, &error)))
        return out;
    while (reader.readRecord()) {
        Record r { {}, reader.line(), reader.rawRecord().toByteArray() };
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            r.fields.append(reader.field(i).toByteArray());
        out.append(r);
    }
    return out;
}

void TestCsvFileReader::chunksGiveTheSameRecords_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("plain LF") << QByteArray("a,b,c\n1,2,3\n4,5,6\n7,8,9\n");
    QTest::newRow("CRLF, no final newline") << QByteArray("a,b\r\n1,2\r\n3,4");
    QTest::newRow("quoted newlines and quotes") << QByteArray(
        "id,text\r\n1,\"line one\r\nline two\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"a\nb\rc\"\n4,x\n");
    QTest::newRow("CR only with blank lines") << QByteArray("a,b\r\r1,2\r\r\r3,4\r");
    QTest::newRow("Chinese") << QByteArray("名称,城市\n华东精密,上海\n\"星河,科技\",深圳\n");
    // A random mix of the above, long enough for many chunk boundaries.
    QRandomGenerator random(1234);
    QByteArray mixed = "id,name,note,value\n";
    const QList<QByteArray> breaks { "\n", "\r\n", "\r" };
    for (int i = 0; i < 400; ++i) {
        mixed += QByteArray::number(i) + ',';
        mixed += (random.bounded(3) == 0) ? QByteArray("\"Name, \"\"quoted\"\"\r\nwith break\"")
                                          : QByteArray("名前") + QByteArray::number(i);
        mixed += ',' + QByteArray(random.bounded(20), 'x') + ',' + QByteArray::number(random.bounded(1000));
        mixed += breaks.at(random.bounded(3));
        if (random.bounded(10) == 0)
            mixed += breaks.at(random.bounded(3)); // a blank line
    }
    QTest::newRow("random mix") << mixed;
}

void TestCsvFileReader::chunksGiveTheSameRecords()
{
    QFETCH(QByteArray, data);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"data.csv"_s);
    QVERIFY(TestSupport::writeFile(path, data));
    const QList<Record> expected = whole(data);
    QVERIFY(!expected.isEmpty());
    for (qsizetype chunk :
         std::initializer_list<qsizetype> { 1, 2, 3, 5, 7, 16, 61, 4096, CsvFileReader::defaultChunkSize }) {
        for (bool trusted : { false, true }) {
            const QList<Record> actual = chunked(path, chunk, trusted);
            QCOMPARE(actual.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                if (!(actual.at(i) == expected.at(i))) {
                    QFAIL(qPrintable(
                        u"chunk %1: record %2 differs (line %3 vs %4, raw '%5' vs '%6')"_s.arg(chunk)
                            .arg(i)
                            .arg(actual.at(i).line)
                            .arg(expected.at(i).line)
                            .arg(QString::fromUtf8(actual.at(i).raw),
                                 QString::fromUtf8(expected.at(i).raw))));
                }
            }
        }
    }
}

// openUtf8() skips the first pass and checks each chunk as it reads: a byte that is not
// UTF-8 stops the reading and names its line, whatever the chunk size.
void TestCsvFileReader::trustedUtf8FileCatchesBadBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.csv"_s);
    QVERIFY(TestSupport::writeFile(path, "id,name\n1,华东\n2,\"multi\nline\"\n3,Caf\xe9\n4,ok\n"));
    for (qsizetype chunk : std::initializer_list<qsizetype> { 1, 3, 7, 4096 }) {
        CsvFileReader reader;
        reader.setChunkSize(chunk);
        QString error;
        QVERIFY(reader.openUtf8(path, "sha256:x", &error));
        QCOMPARE(reader.contentHash(), QByteArray("sha256:x"));
        int records = 0;
        while (reader.readRecord())
            ++records;
        QVERIFY2(reader.invalidUtf8(), qPrintable(u"chunk %1"_s.arg(chunk)));
        QCOMPARE(reader.invalidUtf8Line(), 5);
        QVERIFY2(records <= 3, qPrintable(u"chunk %1: %2 records"_s.arg(chunk).arg(records)));
    }
}

void TestCsvFileReader::contentHashFollowsTheBytes()
{
    QTemporaryDir dir;
    QVERIFY(TestSupport::writeFile(dir.filePath(u"a.csv"_s), "a,b\n1,2\n"));
    QVERIFY(TestSupport::writeFile(dir.filePath(u"b.csv"_s), "a,b\n1,2\n"));
    QVERIFY(TestSupport::writeFile(dir.filePath(u"c.csv"_s), "a,b\n1,3\n"));
    CsvFileReader a, b, c;
    QString error;
    QVERIFY(a.open(dir.filePath(u"a.csv"_s), &error));
    QVERIFY(b.open(dir.filePath(u"b.csv"_s), &error));
    QVERIFY(c.open(dir.filePath(u"c.csv"_s), &error));
    QCOMPARE(a.contentHash(), b.contentHash());
    QVERIFY(a.contentHash() != c.contentHash());
    QCOMPARE(a.encoding(), u"UTF-8"_s);
}

void TestCsvFileReader::nonUtf8FilesAreDecoded()
{
    QTemporaryDir dir;
    // Windows-1252 after a long UTF-8-looking prefix: the whole file is checked, not its head.
    QByteArray data = "name,city\n";
    for (int i = 0; i < 2000; ++i)
        data += "plain,ascii\n";
    data += "Jos\xe9,M\xfcnchen\n";
    QVERIFY(TestSupport::writeFile(dir.filePath(u"latin.csv"_s), data));
    CsvFileReader reader;
    reader.setChunkSize(1024);
    QString error;
    QVERIFY2(reader.open(dir.filePath(u"latin.csv"_s), &error), qPrintable(error));
    QCOMPARE(reader.encoding(), u"windows-1252"_s);
    QString last;
    qsizetype lines = 0;
    while (reader.readRecord()) {
        last = reader.fieldString(1);
        lines = reader.line();
    }
    QCOMPARE(last, u"München"_s);
    QCOMPARE(lines, 2002);
}

void TestCsvFileReader::rewindStartsOver()
{
    QTemporaryDir dir;
    QVERIFY(TestSupport::writeFile(dir.filePath(u"a.csv"_s), "h\n1\n2\n3\n"));
    CsvFileReader reader;
    reader.setChunkSize(2);
    QString error;
    QVERIFY(reader.open(dir.filePath(u"a.csv"_s), &error));
    int first = 0;
    while (reader.readRecord())
        ++first;
    QVERIFY(reader.rewind());
    int second = 0;
    while (reader.readRecord())
        ++second;
    QCOMPARE(first, 4);
    QCOMPARE(second, 4);
    QCOMPARE(reader.bytePosition(), reader.fileSize());
}

void TestCsvFileReader::missingFileIsAnError()
{
    CsvFileReader reader;
    QString error;
    QVERIFY(!reader.open(u"/no/such/file.csv"_s, &error));
    QVERIFY(!error.isEmpty());
}

void TestCsvFileReader::headerOfALargeChineseFile()
{
    // Whatever byte the 64 KiB sample ends on (one of these paddings splits a
    // character there), the header still reads as UTF-8.
    QTemporaryDir dir;
    for (int padding = 0; padding < 3; ++padding) {
        // ASCII rows with one Chinese value straddling byte 65536.
        QByteArray data = "名称,城市\n";
        while (data.size() < 65536 - 40)
            data += "Northwind,Boston\n";
        data += QByteArray(padding, 'x') + ",x\n";
        while (data.size() < 65530)
            data += 'y';
        data += "\n华东精密制造,上海\n";
        while (data.size() < 70000)
            data += "Northwind,Boston\n";
        const QString path = dir.filePath(u"p%1.csv"_s.arg(padding));
        QVERIFY(TestSupport::writeFile(path, data));
        QCOMPARE(CsvFileReader::readHeader(path), (QStringList { u"名称"_s, u"城市"_s }));
    }
    QVERIFY(CsvFileReader::readHeader(u"/no/such/file.csv"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvFileReader)
#include "tst_csvfilereader.moc"
