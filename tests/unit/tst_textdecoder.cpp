#include "TestSupport.h"
#include "csv/TextDecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom = false)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

const QString SampleCsv = u"id,name,city\r\n1,Zoë Café,Zürich\r\n2,北京客户,上海\r\n"_s;

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void inMemory_data();
    void inMemory();
    void emptyInput();
    void invalidUtf8WithBom();
    void isValidUtf8_data();
    void isValidUtf8();
    void forcedEncoding_data();
    void forcedEncoding();
    void unknownForcedEncoding();

    void sharedCsvFiles_data();
    void sharedCsvFiles();
    void golangDetected_data();
    void golangDetected();
    void golangForced_data();
    void golangForced();
    void fixtureGbkChinese();
};

void TestTextDecoder::inMemory_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("hadBom");
    QTest::addColumn<QString>("text");

    const QString ascii = u"a,b,c\n1,2,3\n"_s;
    QTest::newRow("ascii") << ascii.toUtf8() << u"UTF-8"_s << false << ascii;
    QTest::newRow("utf8") << SampleCsv.toUtf8() << u"UTF-8"_s << false << SampleCsv;
    QTest::newRow("utf8 bom") << encode(SampleCsv, QStringConverter::Utf8, true) << u"UTF-8"_s << true
                              << SampleCsv;
    QTest::newRow("utf16le bom") << encode(SampleCsv, QStringConverter::Utf16LE, true) << u"UTF-16LE"_s
                                 << true << SampleCsv;
    QTest::newRow("utf16be bom") << encode(SampleCsv, QStringConverter::Utf16BE, true) << u"UTF-16BE"_s
                                 << true << SampleCsv;
    QTest::newRow("utf32le bom") << encode(SampleCsv, QStringConverter::Utf32LE, true) << u"UTF-32LE"_s
                                 << true << SampleCsv;
    QTest::newRow("utf32be bom") << encode(SampleCsv, QStringConverter::Utf32BE, true) << u"UTF-32BE"_s
                                 << true << SampleCsv;
    // Without a BOM: the NUL bytes of mostly-ASCII text give the byte order away.
    QTest::newRow("utf16le no bom") << encode(SampleCsv, QStringConverter::Utf16LE) << u"UTF-16LE"_s << false
                                    << SampleCsv;
    QTest::newRow("utf16be no bom") << encode(SampleCsv, QStringConverter::Utf16BE) << u"UTF-16BE"_s << false
                                    << SampleCsv;
    QTest::newRow("utf32le no bom") << encode(SampleCsv, QStringConverter::Utf32LE) << u"UTF-32LE"_s << false
                                    << SampleCsv;
    QTest::newRow("utf32be no bom") << encode(SampleCsv, QStringConverter::Utf32BE) << u"UTF-32BE"_s << false
                                    << SampleCsv;
    // One NUL in ASCII text is not UTF-16.
    QTest::newRow("ascii with NUL") << QByteArray("a,b,c\n\0,2,3\n", 12) << u"UTF-8"_s << false
                                    << QString::fromUtf16(u"a,b,c\n\0,2,3\n", 12);
    // A UTF-32LE BOM begins with the UTF-16LE one; the longer match must win.
    QTest::newRow("utf32le bom before utf16le")
        << QByteArray("\xFF\xFE\0\0x\0\0\0", 8) << u"UTF-32LE"_s << true << u"x"_s;
    QTest::newRow("windows-1252") << "name\nCaf\xE9 cr\xE8me br\xFBl\xE9"
                                     "e \x80 \x93quoted\x94 na\xEFve"_ba
                                  << u"windows-1252"_s << false
                                  << u"name\nCafé crème brûlée € “quoted” naïve"_s;
}

void TestTextDecoder::inMemory()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, encoding);
    QFETCH(bool, hadBom);
    QFETCH(QString, text);

    bool bom = !hadBom;
    QCOMPARE(TextDecoder::detectEncoding(data, &bom), encoding);
    QCOMPARE(bom, hadBom);

    const TextDecoder::Result result = TextDecoder::toUtf8(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.hadBom, hadBom);
    QVERIFY(result.utf8.isValidUtf8());
    QCOMPARE(QString::fromUtf8(result.utf8), text);
}

void TestTextDecoder::emptyInput()
{
    bool bom = true;
    QCOMPARE(TextDecoder::detectEncoding(QByteArrayView(), &bom), u"UTF-8"_s);
    QVERIFY(!bom);
    const TextDecoder::Result result = TextDecoder::toUtf8(QByteArray());
    QVERIFY(result.ok());
    QCOMPARE(result.encoding, u"UTF-8"_s);
    QVERIFY(result.utf8.isEmpty());

    const TextDecoder::Result bomOnly = TextDecoder::toUtf8("\xEF\xBB\xBF"_ba);
    QVERIFY(bomOnly.ok());
    QVERIFY(bomOnly.hadBom);
    QVERIFY(bomOnly.utf8.isEmpty());
}

void TestTextDecoder::invalidUtf8WithBom()
{
    // The BOM says UTF-8; a broken byte becomes U+FFFD instead of failing the file.
    const TextDecoder::Result result = TextDecoder::toUtf8("\xEF\xBB\xBF"
                                                           "a,\xFF\n"_ba);
    QVERIFY(result.ok());
    QCOMPARE(result.encoding, u"UTF-8"_s);
    QCOMPARE(QString::fromUtf8(result.utf8), u"a,\uFFFD\n"_s);
}

void TestTextDecoder::isValidUtf8_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << "abc"_ba << true;
    QTest::newRow("two byte") << "\xC3\xA9"_ba << true;
    QTest::newRow("four byte") << "\xF0\x9F\x98\x80"_ba << true;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << true;
    QTest::newRow("latin1 byte") << "caf\xE9"_ba << false;
    QTest::newRow("overlong slash") << "\xC0\xAF"_ba << false;
    QTest::newRow("surrogate") << "\xED\xA0\x80"_ba << false;
    QTest::newRow("above U+10FFFF") << "\xF4\x90\x80\x80"_ba << false;
    QTest::newRow("truncated") << "\xE4\xB8"_ba << false;
    QTest::newRow("lone continuation") << "\x80"_ba << false;
}

void TestTextDecoder::isValidUtf8()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, valid);
    QCOMPARE(TextDecoder::isValidUtf8(data), valid);
}

void TestTextDecoder::forcedEncoding_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("hadBom");
    QTest::addColumn<QString>("text");

    QTest::newRow("latin1 as windows-1252")
        << "caf\xE9"_ba << u"ISO-8859-1"_s << u"windows-1252"_s << false << u"café"_s;
    QTest::newRow("gbk alias") << "\xC4\xE3\xBA\xC3"_ba << u"GBK"_s << u"GB18030"_s << false << u"你好"_s;
    QTest::newRow("big5") << "\xA4\xA4\xA4\xE5"_ba << u"Big5"_s << u"Big5"_s << false << u"中文"_s;
    QTest::newRow("shift_jis") << "\x93\xFA\x96\x7B"_ba << u"Shift_JIS"_s << u"Shift_JIS"_s << false
                               << u"日本"_s;
    QTest::newRow("utf8 with bom") << "\xEF\xBB\xBFx"_ba << u"utf8"_s << u"UTF-8"_s << true << u"x"_s;
    QTest::newRow("utf16le with bom") << encode(u"a,b"_s, QStringConverter::Utf16LE, true) << u"UTF-16LE"_s
                                      << u"UTF-16LE"_s << true << u"a,b"_s;
    QTest::newRow("generic utf16 with bom") << encode(u"a,b"_s, QStringConverter::Utf16BE, true)
                                            << u"UTF-16"_s << u"UTF-16BE"_s << true << u"a,b"_s;
    // Forcing overrides detection: these bytes are valid UTF-8 but read as Windows-1252 here.
    QTest::newRow("forced over detection")
        << "\xC3\xA9"_ba << u"windows-1252"_s << u"windows-1252"_s << false << u"Ã©"_s;
}

void TestTextDecoder::forcedEncoding()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, forced);
    QFETCH(QString, encoding);
    QFETCH(bool, hadBom);
    QFETCH(QString, text);

    const TextDecoder::Result result = TextDecoder::toUtf8(data, forced);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.hadBom, hadBom);
    QCOMPARE(QString::fromUtf8(result.utf8), text);
}

void TestTextDecoder::unknownForcedEncoding()
{
    const TextDecoder::Result result = TextDecoder::toUtf8("abc"_ba, u"no-such-encoding-x"_s);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(u"no-such-encoding-x"_s));
    QVERIFY(result.utf8.isEmpty());
}

void TestTextDecoder::sharedCsvFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("hadBom");
    QTest::addColumn<QString>("text");

    const QString csvtext = u"column1,column2,column3\nrow1-1,row1-2,row1-3\nrow2-1,row2-2,row2-3\n"_s;
    const QString quotedHeader
        = u"\"column1\",\"column2\",\"column3\"\nrow1-1,row1-2,row1-3\nrow2-1,row2-2,row2-3\n"_s;
    const QString allQuoted = u"\"column1\",\"column2\",\"column3\"\n\"row1-1\",\"row1-2\",\"row1-3\"\n"
                              u"\"row2-1\",\"row2-2\",\"row2-3\"\n"_s;
    const QString sf = u"csv/salesforce-dataloader/"_s;
    QTest::newRow("csvtext") << sf + u"csvtext.csv"_s << u"UTF-8"_s << false << csvtext;
    QTest::newRow("csvtext_BOM_UTF8") << sf + u"csvtext_BOM_UTF8.csv"_s << u"UTF-8"_s << true << quotedHeader;
    QTest::newRow("csvtext_BOM_UTF16BE")
        << sf + u"csvtext_BOM_UTF16BE.csv"_s << u"UTF-16BE"_s << true << quotedHeader;
    QTest::newRow("csvtext_BOM_UTF16LE")
        << sf + u"csvtext_BOM_UTF16LE.csv"_s << u"UTF-16LE"_s << true << quotedHeader;
    QTest::newRow("csvtext_BOM_UTF32BE")
        << sf + u"csvtext_BOM_UTF32BE.csv"_s << u"UTF-32BE"_s << true << allQuoted;
    QTest::newRow("csvtext_BOM_UTF32LE")
        << sf + u"csvtext_BOM_UTF32LE.csv"_s << u"UTF-32LE"_s << true << allQuoted;

    const QString kit = u"csv/csvkit/"_s;
    QTest::newRow("test_utf8") << kit + u"test_utf8.csv"_s << u"UTF-8"_s << false
                               << u"foo,bar,baz\n1,2,3\n4,5,ʤ"_s;
    QTest::newRow("test_utf8_bom") << kit + u"test_utf8_bom.csv"_s << u"UTF-8"_s << true
                                   << u"foo,bar,baz\n1,2,3\n4,5,ʤ\n"_s;
    QTest::newRow("test_utf16_big") << kit + u"test_utf16_big.csv"_s << u"UTF-16BE"_s << true
                                    << u"a,b,c\n1,2,3\n4,5,ʤ"_s;
    QTest::newRow("test_utf16_little")
        << kit + u"test_utf16_little.csv"_s << u"UTF-16LE"_s << true << u"a,b,c\n1,2,3\n4,5,ʤ"_s;
    QTest::newRow("test_latin1") << kit + u"test_latin1.csv"_s << u"windows-1252"_s << false
                                 << u"a,b,c\n1,2,3\n4,5,©"_s;
}

void TestTextDecoder::sharedCsvFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(bool, hadBom);
    QFETCH(QString, text);
    PITWALL_REQUIRE_SHARED(path, file);

    const TextDecoder::Result result = TextDecoder::toUtf8(TestSupport::readFile(path));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.hadBom, hadBom);
    QCOMPARE(QString::fromUtf8(result.utf8), text);
}

void TestTextDecoder::golangDetected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedFile");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("sunzi gbk") << u"sunzi-bingfa-simplified-gbk.txt"_s
                               << u"sunzi-bingfa-simplified-utf-8.txt"_s << u"GB18030"_s;
    QTest::newRow("candide gb18030") << u"candide-gb18030.txt"_s << u"candide-utf-8.txt"_s << u"GB18030"_s;
    QTest::newRow("candide windows-1252")
        << u"candide-windows-1252.txt"_s << u"candide-utf-8.txt"_s << u"windows-1252"_s;
    QTest::newRow("candide utf-8") << u"candide-utf-8.txt"_s << u"candide-utf-8.txt"_s << u"UTF-8"_s;
}

void TestTextDecoder::golangDetected()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedFile);
    QFETCH(QString, encoding);
    PITWALL_REQUIRE_SHARED(path, u"encodings/golang-text/"_s + file);
    PITWALL_REQUIRE_SHARED(expectedPath, u"encodings/golang-text/"_s + expectedFile);

    const TextDecoder::Result result = TextDecoder::toUtf8(TestSupport::readFile(path));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, encoding);
    QVERIFY(!result.hadBom);
    QCOMPARE(result.utf8, TestSupport::readFile(expectedPath));
}

void TestTextDecoder::golangForced_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QString>("expectedFile");

    QTest::newRow("sunzi as GBK") << u"sunzi-bingfa-simplified-gbk.txt"_s << u"GBK"_s
                                  << u"sunzi-bingfa-simplified-utf-8.txt"_s;
    QTest::newRow("candide as GB18030") << u"candide-gb18030.txt"_s << u"GB18030"_s << u"candide-utf-8.txt"_s;
    QTest::newRow("candide as windows-1252")
        << u"candide-windows-1252.txt"_s << u"windows-1252"_s << u"candide-utf-8.txt"_s;
}

void TestTextDecoder::golangForced()
{
    QFETCH(QString, file);
    QFETCH(QString, forced);
    QFETCH(QString, expectedFile);
    PITWALL_REQUIRE_SHARED(path, u"encodings/golang-text/"_s + file);
    PITWALL_REQUIRE_SHARED(expectedPath, u"encodings/golang-text/"_s + expectedFile);

    const TextDecoder::Result result = TextDecoder::toUtf8(TestSupport::readFile(path), forced);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.utf8, TestSupport::readFile(expectedPath));
}

void TestTextDecoder::fixtureGbkChinese()
{
    const QByteArray gbk = TestSupport::readFile(TestSupport::dataPath(u"csv/gbk_chinese.csv"_s));
    QVERIFY(!gbk.isEmpty());
    QVERIFY(!TextDecoder::isValidUtf8(gbk));
    const TextDecoder::Result result = TextDecoder::toUtf8(gbk);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, u"GB18030"_s);
    QCOMPARE(result.utf8, TestSupport::readFile(TestSupport::dataPath(u"csv/gbk_chinese.utf8.csv"_s)));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
