#include "CsvFileReader.h"

#include "TextDecoder.h"
#include "ValueParser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <cstring>
#include <xxhash.h>

using namespace Qt::StringLiterals;

namespace {

// Length of the longest prefix of `data` that does not end inside a UTF-8 sequence.
qsizetype completeUtf8Prefix(QByteArrayView data)
{
    qsizetype n = data.size();
    // Walk back over at most three continuation bytes to the lead byte.
    for (qsizetype back = 1; back <= 4 && back <= n; ++back) {
        const auto c = static_cast<unsigned char>(data[n - back]);
        if ((c & 0xC0) == 0x80)
            continue; // continuation
        const qsizetype need = c < 0x80 ? 1
            : (c & 0xE0) == 0xC0        ? 2
            : (c & 0xF0) == 0xE0        ? 3
            : (c & 0xF8) == 0xF0        ? 4
                                        : 1;
        return back >= need ? n : n - back;
    }
    return n;
}

} // namespace

bool CsvFileReader::openFile(const QString &path, QString *error)
{
    m_file.close();
    m_file.setFileName(path);
    m_name = QFileInfo(path).fileName();
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("CsvFileReader", "cannot read the file: %1")
                     .arg(m_file.errorString());
        return false;
    }
    m_fileSize = m_file.size();
    return true;
}

bool CsvFileReader::openUtf8(const QString &path, const QByteArray &contentHash, QString *error)
{
    if (!openFile(path, error))
        return false;
    m_contentHash = contentHash;
    m_streaming = true;
    m_checkUtf8 = true;
    m_encoding = u"UTF-8"_s;
    // Bytes that are not UTF-8 are not an open error: invalidUtf8() reports them.
    if (!rewind() && !m_invalidUtf8) {
        *error = QCoreApplication::translate("CsvFileReader", "cannot read the file: %1")
                     .arg(m_file.errorString());
        return false;
    }
    return true;
}

bool CsvFileReader::open(const QString &path, QString *error)
{
    m_checkUtf8 = false;
    if (!openFile(path, error))
        return false;

    // One pass: hash the bytes and check that they are UTF-8 all the way through.
    XXH3_state_t *state = XXH3_createState();
    XXH3_128bits_reset(state);
    QByteArray buffer(m_chunkSize + 4, Qt::Uninitialized);
    QByteArray head;
    qsizetype carried = 0; // bytes of an incomplete UTF-8 sequence kept at the front
    bool utf8 = true;
    for (;;) {
        const qint64 n = m_file.read(buffer.data() + carried, m_chunkSize);
        if (n <= 0)
            break;
        XXH3_128bits_update(state, buffer.constData() + carried, size_t(n));
        if (head.size() < 65536)
            head.append(buffer.constData() + carried, qMin<qsizetype>(n, 65536 - head.size()));
        if (utf8) {
            const QByteArrayView block(buffer.constData(), carried + n);
            const qsizetype complete = completeUtf8Prefix(block);
            utf8 = block.first(complete).isValidUtf8();
            carried = block.size() - complete;
            if (carried > 0)
                std::memmove(buffer.data(), buffer.constData() + complete, size_t(carried));
        }
    }
    const XXH128_hash_t h = XXH3_128bits_digest(state);
    XXH3_freeState(state);
    m_contentHash
        = QByteArray::number(quint64(h.high64), 16) + ':' + QByteArray::number(quint64(h.low64), 16);
    if (carried > 0)
        utf8 = false;

    bool bom = false;
    const QString headEncoding = TextDecoder::detectEncoding(head, &bom);
    m_streaming = utf8 && headEncoding == "UTF-8"_L1;
    if (m_streaming) {
        m_encoding = u"UTF-8"_s;
    } else {
        // Other encodings are decoded whole: past a size no real export of that kind has,
        // the memory it takes is refused instead.
        if (m_fileSize > m_maxDecodedFileBytes) {
            *error = tr("the file is not UTF-8 text (it looks like %1) and, at %2, too large to convert; "
                        "save it as UTF-8 to import it (files in other encodings can be up to %3)")
                         .arg(headEncoding, QLocale().formattedDataSize(m_fileSize),
                              QLocale().formattedDataSize(m_maxDecodedFileBytes));
            return false;
        }
        m_file.seek(0);
        TextDecoder::Result decoded = TextDecoder::toUtf8(m_file.readAll());
        if (!decoded.ok()) {
            *error = decoded.error;
            return false;
        }
        m_decoded = std::move(decoded.utf8);
        m_encoding = decoded.encoding;
    }
    return rewind();
}

QStringList CsvFileReader::readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = file.read(64 * 1024);
    // Cut at the last line break so that a multi-byte character split by the read
    // does not make the sample look like another encoding.
    if (!file.atEnd()) {
        const qsizetype lastBreak = qMax(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
        if (lastBreak > 0)
            head.truncate(lastBreak + 1);
    }
    CsvReader reader(TextDecoder::toUtf8(head).utf8);
    if (!reader.readRecord())
        return {};
    QStringList header;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i)
        header.append(ValueParser::normalizeHeader(reader.fieldString(i)));
    return header;
}

bool CsvFileReader::rewind()
{
    m_invalidUtf8 = false;
    m_invalidUtf8Line = 0;
    m_validatedEnd = 0;
    m_lineBase = 0;
    m_chunkStart = 0;
    m_atEof = false;
    m_tooLong = false;
    m_reader.reset();
    if (!m_streaming) {
        m_atEof = true;
        m_reader.emplace(m_decoded, m_delimiter);
        m_reader->setMaxFieldCount(m_maxFieldCount);
        m_delimiter = m_reader->delimiter();
        return true;
    }
    if (!m_file.seek(0))
        return false;
    return loadChunk(0);
}

bool CsvFileReader::loadChunk(qsizetype keepFrom)
{
    // The previous chunk's buffer is reused: a fresh multi-MiB allocation per chunk
    // costs a page fault per page before the read can fill it.
    QByteArray data = m_reader ? m_reader->takeData() : QByteArray();
    m_reader.reset();
    const qsizetype kept = data.size() - qBound<qsizetype>(0, keepFrom, data.size());
    if (kept > 0 && kept < data.size())
        std::memmove(data.data(), data.constData() + (data.size() - kept), size_t(kept));
    m_chunkStart = m_file.pos() - kept;
    data.resize(kept + m_chunkSize);
    const qint64 n = m_file.read(data.data() + kept, m_chunkSize);
    data.resize(kept + qMax<qint64>(0, n));
    m_atEof = m_file.atEnd();
    if (m_checkUtf8) {
        // From the end of what was checked to the last complete character (the rest
        // is checked with the next chunk, unless this is the end of the file).
        const qsizetype from = qBound<qsizetype>(0, m_validatedEnd - m_chunkStart, data.size());
        const QByteArrayView fresh = QByteArrayView(data).sliced(from);
        const qsizetype complete = m_atEof ? fresh.size() : completeUtf8Prefix(fresh);
        if (!fresh.first(complete).isValidUtf8()) {
            // The error path only: find the first bad byte, for the line number.
            qsizetype good = 0;
            qsizetype bad = complete;
            while (bad - good > 1) {
                const qsizetype mid = good + (bad - good) / 2;
                const QByteArrayView prefix = fresh.first(mid);
                if (prefix.first(completeUtf8Prefix(prefix)).isValidUtf8())
                    good = mid;
                else
                    bad = mid;
            }
            m_invalidUtf8 = true;
            m_invalidUtf8Line = m_lineBase + 1 + QByteArrayView(data).first(from + good).count('\n');
            m_reader.reset();
            return false;
        }
        m_validatedEnd = m_chunkStart + from + complete;
    }
    // Only the file's first bytes can be a BOM: a record that happens to start with
    // U+FEFF at a chunk boundary keeps it.
    m_reader.emplace(std::move(data), m_delimiter, m_chunkStart == 0);
    m_reader->setMaxFieldCount(m_maxFieldCount);
    m_delimiter = m_reader->delimiter();
    return true;
}

bool CsvFileReader::skipLongRecord(qsizetype start)
{
    // The same reading of quotes as CsvReader's, one byte at a time across reads:
    // only the state is kept, never the bytes.
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };
    State state = State::FieldStart;
    const qsizetype recordLine = m_lineBase + 1;
    qsizetype breaks = 0; // line breaks inside quoted fields of the record
    bool previousCr = false;
    QByteArray buffer = m_reader->takeData();
    m_reader.reset();
    qint64 offset = m_chunkStart + start; // file offset of buffer[pos]
    qsizetype pos = start;
    qint64 recordEnd = -1;
    while (recordEnd < 0) {
        if (pos >= buffer.size()) {
            buffer.resize(m_chunkSize);
            const qint64 n = m_file.read(buffer.data(), m_chunkSize);
            if (n <= 0) {
                recordEnd = offset; // the record runs to the end of the file
                break;
            }
            buffer.resize(n);
            pos = 0;
        }
        const char *p = buffer.constData() + pos;
        const char *const end = buffer.constData() + buffer.size();
        for (; p < end; ++p, ++offset) {
            const char c = *p;
            const bool lineBreak = c == '\n' || c == '\r';
            switch (state) {
            case State::Quoted:
                if (c == '"')
                    state = State::QuoteInQuoted;
                else if (c == '\r' || (c == '\n' && !previousCr))
                    ++breaks;
                break;
            case State::QuoteInQuoted:
                if (c == '"') {
                    state = State::Quoted;
                    break;
                }
                [[fallthrough]];
            case State::FieldStart:
            case State::Unquoted:
                if (state == State::FieldStart && c == '"') {
                    state = State::Quoted;
                    break;
                }
                if (lineBreak) {
                    recordEnd = offset;
                    break;
                }
                state = c == m_delimiter ? State::FieldStart : State::Unquoted;
                break;
            }
            if (recordEnd >= 0)
                break;
            previousCr = c == '\r';
        }
        pos = p - buffer.constData();
    }

    // Go on from the line break that ends the record: the next reader counts it.
    m_tooLong = true;
    m_tooLongUnterminated = state == State::Quoted;
    m_tooLongLine = recordLine;
    m_lineBase = recordLine - 1 + breaks;
    if (!m_file.seek(recordEnd))
        return true;
    m_reader.emplace(std::move(buffer), m_delimiter, false);
    loadChunk(m_reader->byteSize()); // keeps nothing of the buffer, reuses its memory
    return true;
}

QString CsvFileReader::recordError() const
{
    Q_ASSERT(!m_reader || m_tooLong || m_reader->fieldsRead());
    if (m_tooLong)
        return tr("the row is longer than %1 and was skipped (a damaged export?)")
            .arg(QLocale().formattedDataSize(m_maxRecordBytes, 0));
    if (m_reader && m_reader->tooManyFields())
        return tr("the row has more than %1 fields; only a spreadsheet-sized table can be imported")
            .arg(m_maxFieldCount);
    return {};
}

bool CsvFileReader::nextRecord(bool withFields)
{
    m_tooLong = false;
    for (;;) {
        if (!m_reader)
            return false;
        if (withFields ? m_reader->readRecord() : m_reader->readRawRecord()) {
            // A record that runs to the end of a chunk may continue in the next one:
            // read it again from its start, together with the next chunk.
            if (!m_atEof && m_reader->bytePosition() >= m_reader->byteSize()) {
                const qsizetype start = m_reader->rawRecord().data() - m_reader->data().constData();
                m_lineBase += m_reader->line() - 1;
                // Past the cap, the record is skipped instead of being buffered whole.
                if (m_reader->rawRecord().size() > m_maxRecordBytes)
                    return skipLongRecord(start);
                loadChunk(start);
                continue;
            }
            if (m_reader->rawRecord().size() > m_maxRecordBytes) [[unlikely]] {
                m_tooLongLine = line();
                m_tooLongUnterminated = m_reader->unterminatedQuote();
                m_tooLong = true;
            }
            return true;
        }
        if (m_atEof)
            return false;
        // The chunk ended between records. A CR at its very end may be the first half
        // of a CRLF: hand it to the next chunk so that the pair counts as one break.
        const qsizetype size = m_reader->byteSize();
        if (m_reader->data().endsWith('\r')) {
            m_lineBase += m_reader->nextLine() - 2;
            loadChunk(size - 1);
        } else {
            m_lineBase += m_reader->nextLine() - 1;
            loadChunk(size);
        }
    }
}

qint64 CsvFileReader::bytePosition() const
{
    if (!m_reader)
        return m_fileSize;
    if (!m_streaming)
        return qint64(double(m_reader->bytePosition()) / qMax<qsizetype>(1, m_reader->byteSize())
                      * m_fileSize);
    return m_chunkStart + m_reader->bytePosition();
}
