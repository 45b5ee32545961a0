#include "CsvReader.h"

#include <cstring>

namespace {

constexpr char Quote = '"';

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

// How far delimiter sniffing looks: one header line is never this long in practice.
constexpr qsizetype SniffLimit = 64 * 1024;

} // namespace

CsvReader::CsvReader(QByteArray utf8, char delimiter, bool atStartOfText)
    : m_data(std::move(utf8))
{
    // A BOM left in by the caller would otherwise end up in the first header name.
    if (atStartOfText && m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;

    if (delimiter == Quote || isLineBreak(delimiter))
        delimiter = ',';
    m_delimiter = delimiter != 0
        ? delimiter
        : sniffDelimiter(QByteArrayView(m_data).sliced(m_pos).first(qMin(SniffLimit, m_data.size() - m_pos)));

    m_stop['\n'] = true;
    m_stop['\r'] = true;
    m_stop[static_cast<unsigned char>(m_delimiter)] = true;
}

char CsvReader::sniffDelimiter(QByteArrayView text)
{
    static constexpr char candidates[] = { ',', ';', '\t', '|' };
    qsizetype counts[std::size(candidates)] = {};
    const auto candidateIndex = [](char c) -> qsizetype {
        for (qsizetype i = 0; i < qsizetype(std::size(candidates)); ++i) {
            if (candidates[i] == c)
                return i;
        }
        return -1;
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && isLineBreak(text[i]))
        ++i;

    // A quote opens a quoted field only at the start of a field, i.e. at the start of the
    // line or right after a candidate; elsewhere it is a literal character.
    bool fieldStart = true;
    bool inQuotes = false;
    for (; i < n; ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == Quote) {
                if (i + 1 < n && text[i + 1] == Quote)
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (isLineBreak(c))
            break;
        const qsizetype k = candidateIndex(c);
        if (k >= 0) {
            ++counts[k];
            fieldStart = true;
            continue;
        }
        if (c == Quote && fieldStart)
            inQuotes = true;
        fieldStart = false;
    }

    qsizetype best = 0;
    for (qsizetype k = 1; k < qsizetype(std::size(candidates)); ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return counts[best] > 0 ? candidates[best] : ',';
}

QStringList CsvReader::fieldStrings() const
{
    QStringList list;
    list.reserve(fieldCount());
    for (const QByteArrayView f : m_fields)
        list.append(QString::fromUtf8(f));
    return list;
}

void CsvReader::countLineBreaks(const char *begin, const char *end)
{
    // CRLF is one break: count every LF and every CR not followed by LF.
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\n')
            ++m_nextLine;
        else if (*p == '\r' && (p + 1 == end || p[1] != '\n'))
            ++m_nextLine;
    }
}

// `p` points at the opening quote. Returns the position just after the field.
const char *CsvReader::readQuotedField(const char *p, const char *end)
{
    const char *segment = p + 1; // start of the content not yet copied anywhere
    const char *q = segment;
    bool inScratch = false;
    qsizetype scratchOffset = 0;
    const auto toScratch = [&](const char *from, const char *to) {
        if (!inScratch) {
            inScratch = true;
            scratchOffset = m_scratch.size();
        }
        m_scratch.append(from, to - from);
    };

    for (;;) {
        const auto *close = static_cast<const char *>(std::memchr(q, Quote, size_t(end - q)));
        if (!close) {
            // Unterminated: the rest of the input belongs to this field.
            countLineBreaks(q, end);
            m_unterminated = true;
            if (inScratch)
                toScratch(segment, end);
            else
                m_fields.push_back(QByteArrayView(segment, end - segment));
            p = end;
            break;
        }
        countLineBreaks(q, close);
        if (close + 1 < end && close[1] == Quote) {
            toScratch(segment, close + 1); // keep one of the two quotes
            segment = q = close + 2;
            continue;
        }
        p = close + 1;
        if (p < end && !isStop(*p)) {
            // Lenient: text between the closing quote and the delimiter is kept as written.
            const char *tail = p;
            while (p < end && !isStop(*p))
                ++p;
            toScratch(segment, close);
            m_scratch.append(tail, p - tail);
        } else if (inScratch) {
            toScratch(segment, close);
        } else {
            m_fields.push_back(QByteArrayView(segment, close - segment));
        }
        break;
    }

    if (inScratch) {
        m_scratchFields.append({ fieldCount(), scratchOffset, m_scratch.size() - scratchOffset });
        m_fields.push_back(QByteArrayView());
    }
    return p;
}

// `p` is at the start of a field past the last one kept. Returns the position of the
// line break that ends the record (or `end`), reading quotes as readRecord() does.
const char *CsvReader::skipRestOfRecord(const char *p, const char *end)
{
    bool fieldStart = true;
    while (p < end) {
        const char c = *p;
        if (fieldStart && c == Quote) {
            const char *q = p + 1;
            for (;;) {
                const auto *close = static_cast<const char *>(std::memchr(q, Quote, size_t(end - q)));
                if (!close) {
                    countLineBreaks(q, end);
                    m_unterminated = true;
                    return end;
                }
                countLineBreaks(q, close);
                if (close + 1 < end && close[1] == Quote) {
                    q = close + 2;
                    continue;
                }
                p = close + 1;
                break;
            }
            fieldStart = false;
            continue;
        }
        if (isLineBreak(c))
            return p;
        fieldStart = c == m_delimiter;
        ++p;
    }
    return end;
}

bool CsvReader::readRecord()
{
    clearRecord(true);

    const char *const begin = m_data.constData();
    const char *const end = begin + m_data.size();
    const char *p = skipBlankLines(begin + m_pos, end);
    if (p >= end) {
        m_pos = m_data.size();
        return false;
    }

    m_line = m_nextLine;
    const char *const recordStart = p;
    for (;;) {
        if (p < end && *p == Quote) {
            p = readQuotedField(p, end);
        } else {
            const char *fieldStart = p;
            while (p < end && !isStop(*p))
                ++p;
            m_fields.push_back(QByteArrayView(fieldStart, p - fieldStart));
        }
        if (p < end && *p == m_delimiter) {
            ++p;
            if (qsizetype(m_fields.size()) >= m_maxFields) [[unlikely]] {
                m_tooManyFields = true;
                p = skipRestOfRecord(p, end);
                break;
            }
            continue;
        }
        break;
    }
    m_raw = QByteArrayView(recordStart, p - recordStart);
    m_pos = skipLineBreak(p, end) - begin;

    for (const ScratchField &s : std::as_const(m_scratchFields))
        m_fields[size_t(s.index)] = QByteArrayView(m_scratch.constData() + s.offset, s.size);
    return true;
}

bool CsvReader::readRawRecord()
{
    const char *const begin = m_data.constData();
    const char *const end = begin + m_data.size();
    const char *p = skipBlankLines(begin + m_pos, end);
    m_pos = p - begin;
    if (p >= end)
        return readRecord(); // the end: clears the record

    // Without a quote, the record is the line: it ends at the first CR or LF.
    if (m_nextLf < m_pos) {
        const auto *lf = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        m_nextLf = lf ? lf - begin : m_data.size();
    }
    const char *lineEnd = begin + m_nextLf;
    if (const auto *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(lineEnd - p))))
        lineEnd = cr;
    if (std::memchr(p, Quote, size_t(lineEnd - p)))
        return readRecord(); // quotes may hide line breaks: the full reading decides

    clearRecord(false);
    m_line = m_nextLine;
    m_raw = QByteArrayView(p, lineEnd - p);
    m_pos = skipLineBreak(lineEnd, end) - begin;
    return true;
}

void CsvReader::clearRecord(bool fieldsRead)
{
    m_fields.clear(); // keeps the capacity: no allocation once the widest record was seen
    if (!m_scratchFields.isEmpty()) {
        m_scratch.resize(0);
        m_scratchFields.clear();
    }
    m_unterminated = false;
    m_tooManyFields = false;
    m_fieldsRead = fieldsRead;
    m_raw = QByteArrayView();
}

const char *CsvReader::skipBlankLines(const char *p, const char *end)
{
    while (p < end && isLineBreak(*p))
        p = skipLineBreak(p, end);
    return p;
}

const char *CsvReader::skipLineBreak(const char *p, const char *end)
{
    if (p < end) {
        if (*p == '\r' && p + 1 < end && p[1] == '\n')
            ++p;
        ++p;
        ++m_nextLine;
    }
    return p;
}

void CsvReader::reparseRecord()
{
    [[maybe_unused]] const qsizetype after = m_pos;
    [[maybe_unused]] const qsizetype nextLine = m_nextLine;
    m_pos = m_raw.data() - m_data.constData();
    m_nextLine = m_line;
    readRecord();
    Q_ASSERT(m_pos == after && m_nextLine == nextLine);
}
