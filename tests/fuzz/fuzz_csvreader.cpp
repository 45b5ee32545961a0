// libFuzzer target: arbitrary bytes through the path the importer reads a CSV file by
// (charset detection, TextDecoder, the chunked CsvFileReader over CsvReader), with small
// chunks and caps so that chunk boundaries and the refusal of absurd records are hit
// all the time. Besides "no crash, no UB, no leak" it checks that the chunked reader
// gives exactly the records and line numbers of the in-memory reader over the same text,
// and that reading records' bytes first (readRawRecord(), fields on demand) changes none
// of them.
#include "csv/CsvFileReader.h"
#include "csv/CsvReader.h"
#include "csv/TextDecoder.h"
#include "csv/ValueParser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const char *what, qsizetype record, qsizetype a, qsizetype b)
{
    std::fprintf(stderr, "fuzz_csvreader: %s (record %lld: %lld vs %lld)\n", what,
                 static_cast<long long>(record), static_cast<long long>(a), static_cast<long long>(b));
    std::abort();
}

const QString &scratchFile()
{
    static QTemporaryDir dir(QDir::tempPath() + u"/pitwall-fuzz-XXXXXX"_s);
    static const QString path = dir.filePath(u"input.csv"_s);
    return path;
}

// The typed readings the importer applies to cells: must not crash on anything.
void parseCell(QByteArrayView cell)
{
    const QString text = QString::fromUtf8(cell.first(qMin<qsizetype>(cell.size(), 256)));
    (void)ValueParser::isNull(text);
    (void)ValueParser::parseBool(text);
    (void)ValueParser::parseNumber(text);
    (void)ValueParser::evidence(text);
    (void)ValueParser::parseDate(text, ValueParser::DateOrder::DayFirst);
    (void)ValueParser::parseDateTime(text);
    (void)ValueParser::normalizeHeader(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString &path = scratchFile();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes.data(), bytes.size()) != bytes.size())
            std::abort();
    }

    // The first byte picks the chunk size and the caps (the bytes stay part of the input).
    const unsigned seed = size > 0 ? data[0] : 0;
    const qsizetype chunk = 1 + (seed % 37);
    const qsizetype maxRecord = 8 + (seed % 5) * 16;
    const qsizetype maxFields = 2 + (seed % 7);

    CsvFileReader reader;
    reader.setChunkSize(chunk);
    reader.setMaxRecordBytes(maxRecord);
    reader.setMaxFieldCount(maxFields);
    QString error;
    const bool trusted = (seed & 0x80) != 0;
    if (!(trusted ? reader.openUtf8(path, "fuzz", &error) : reader.open(path, &error)))
        return 0;

    // The reference: the whole text in memory, read with the delimiter the file reader chose.
    // Valid UTF-8 is read in chunks as is; anything else is decoded whole first (invalid
    // bytes in mostly-UTF-8 text become U+FFFD).
    const bool streamed = trusted || (reader.encoding() == "UTF-8"_L1 && bytes.isValidUtf8());
    QByteArray text;
    if (streamed) {
        text = bytes.toByteArray();
    } else {
        TextDecoder::Result decoded = TextDecoder::toUtf8(bytes);
        if (!decoded.ok())
            std::abort(); // open() succeeded on the same bytes
        text = std::move(decoded.utf8);
    }
    CsvReader whole(text, reader.delimiter());
    whole.setMaxFieldCount(maxFields);

    // Bit 0x40: the file reader reads bytes first; bit 0x20: the in-memory one does, on
    // every other record.
    const bool rawFile = (seed & 0x40) != 0;
    const bool rawWhole = (seed & 0x20) != 0;
    qsizetype n = 0;
    while (rawFile ? reader.readRawRecord() : reader.readRecord()) {
        ++n;
        if (rawFile) {
            const qsizetype line = reader.line();
            const QByteArrayView before = reader.rawRecord();
            reader.parseFields();
            if (reader.line() != line || reader.rawRecord() != before)
                fail("reading the fields moved the record", n, line, reader.line());
        }
        if (rawWhole && n % 2 == 0) {
            if (!whole.readRawRecord())
                fail("the file reader has more records", n, 0, 0);
            whole.parseFields();
        } else if (!whole.readRecord()) {
            fail("the file reader has more records", n, 0, 0);
        }
        if (reader.line() != whole.line())
            fail("line numbers differ", n, reader.line(), whole.line());
        if (reader.recordTooLong()) {
            // Refused records are the long ones, and nothing else.
            if (whole.rawRecord().size() <= maxRecord)
                fail("a short record was refused as too long", n, whole.rawRecord().size(), maxRecord);
            if (reader.fieldCount() != 0 || reader.recordError().isEmpty())
                fail("a refused record has fields or no error", n, reader.fieldCount(), 0);
            if (reader.unterminatedQuote() != whole.unterminatedQuote())
                fail("unterminated quote of a refused record differs", n, reader.unterminatedQuote(),
                     whole.unterminatedQuote());
            continue;
        }
        if (whole.rawRecord().size() > maxRecord)
            fail("a long record was not refused", n, whole.rawRecord().size(), maxRecord);
        if (reader.rawRecord() != whole.rawRecord())
            fail("raw records differ", n, reader.rawRecord().size(), whole.rawRecord().size());
        if (reader.fieldCount() != whole.fieldCount())
            fail("field counts differ", n, reader.fieldCount(), whole.fieldCount());
        if (reader.fieldCount() > maxFields)
            fail("more fields than the cap", n, reader.fieldCount(), maxFields);
        if (reader.record().tooManyFields() != whole.tooManyFields())
            fail("the field cap differs", n, reader.record().tooManyFields(), whole.tooManyFields());
        if (whole.tooManyFields() == reader.recordError().isEmpty())
            fail("too many fields without an error, or an error without a reason", n, 0, 0);
        if (reader.unterminatedQuote() != whole.unterminatedQuote())
            fail("unterminated quote differs", n, reader.unterminatedQuote(), whole.unterminatedQuote());
        for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
            if (reader.field(i) != whole.field(i))
                fail("fields differ", n, i, 0);
            parseCell(reader.field(i));
        }
    }
    // A trusted (openUtf8) reader stops at the first byte that is not UTF-8.
    if (!reader.invalidUtf8() && whole.readRecord())
        fail("the in-memory reader has more records", n + 1, 0, 0);
    if (reader.invalidUtf8() && (!trusted || bytes.isValidUtf8()))
        fail("invalid UTF-8 reported for valid or untrusted input", n, reader.invalidUtf8Line(), 0);

    // The header recogniser reads the first bytes on its own.
    (void)CsvFileReader::readHeader(path);
    return 0;
}
