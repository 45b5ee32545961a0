#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <utility>
#include <vector>

// A fast, forgiving RFC 4180 reader over UTF-8 text held in memory.
//
// Handles CRLF, LF, CR-only and mixed line endings, quoted fields with embedded
// delimiters, newlines and doubled quotes, stray quotes inside unquoted fields (kept
// literally), NUL bytes, and a missing final newline. Fields are returned as views
// into the buffer (or into an internal scratch buffer for fields that needed
// unescaping), valid until the next call to readRecord().
class CsvReader
{
public:
    // More fields than a spreadsheet has columns: no real export has them.
    static constexpr qsizetype defaultMaxFieldCount = 16384;

    // `delimiter` 0 means: sniff from the first line (',', ';', '\t' or '|'); '"', CR
    // and LF cannot be delimiters and mean ','. A leading UTF-8 BOM is skipped, unless
    // `atStartOfText` is false (the buffer is a later piece of a file).
    explicit CsvReader(QByteArray utf8, char delimiter = 0, bool atStartOfText = true);

    // A record with more fields than this keeps the first `count` and is flagged
    // tooManyFields(); the rest of it is skipped without being stored.
    void setMaxFieldCount(qsizetype count) { m_maxFields = qMax<qsizetype>(1, count); }
    qsizetype maxFieldCount() const { return m_maxFields; }

    // Advances to the next record. Returns false at the end of input.
    // Entirely blank lines (no characters at all between line breaks) are skipped.
    bool readRecord();
    // The same, but the record's fields may be left unread: only its bytes (rawRecord())
    // and line numbers are known, and parseFields() reads the fields when they are needed.
    // A caller that recognises most records by their bytes alone (a re-import comparing
    // fingerprints) skips splitting them: a record without quotes is found with a few
    // memchr() calls instead of a byte-by-byte scan.
    bool readRawRecord();
    // Reads the fields of a record that readRawRecord() returned; a no-op when they were
    // read already.
    void parseFields()
    {
        if (!m_fieldsRead)
            reparseRecord();
    }
    bool fieldsRead() const { return m_fieldsRead; }

    qsizetype fieldCount() const
    {
        Q_ASSERT(m_fieldsRead);
        return qsizetype(m_fields.size());
    }
    QByteArrayView field(qsizetype i) const
    {
        Q_ASSERT(m_fieldsRead);
        return m_fields[size_t(i)];
    }
    QString fieldString(qsizetype i) const { return QString::fromUtf8(field(i)); }
    QStringList fieldStrings() const;

    // The exact bytes of the current record in the input, line break excluded.
    // Two records with the same raw bytes parse to the same fields.
    QByteArrayView rawRecord() const { return m_raw; }

    // 1-based physical line number (counting CR, LF and CRLF each as one break)
    // on which the current record starts.
    qsizetype line() const { return m_line; }

    // True when the current record ended inside an unterminated quoted field
    // (the rest of the file was swallowed); the record is still returned.
    bool unterminatedQuote() const { return m_unterminated; }
    // True when the current record has more than maxFieldCount() fields (known once its
    // fields are read).
    bool tooManyFields() const { return m_tooManyFields; }

    char delimiter() const { return m_delimiter; }
    qsizetype bytePosition() const { return m_pos; }
    // The line on which the next record would start.
    qsizetype nextLine() const { return m_nextLine; }
    const QByteArray &data() const { return m_data; }
    qsizetype byteSize() const { return m_data.size(); }
    // Gives the buffer back (for reuse by the next chunk); the reader is empty after.
    QByteArray takeData()
    {
        m_fields.clear();
        m_raw = QByteArrayView();
        m_pos = 0;
        m_nextLf = -1;
        m_fieldsRead = true;
        return std::exchange(m_data, QByteArray());
    }

    // The candidate (',', ';', '\t', '|') that occurs most often outside quotes on the
    // first non-blank line; ',' when none occurs. Ties go to the earlier candidate.
    static char sniffDelimiter(QByteArrayView firstLines);

private:
    // A field unescaped into m_scratch; its view is made once the record is complete,
    // because appending to m_scratch may move it.
    struct ScratchField
    {
        qsizetype index;
        qsizetype offset;
        qsizetype size;
    };

    void reparseRecord();
    // Empties the current record; its fields count as read or not.
    void clearRecord(bool fieldsRead);
    // Past the line breaks at `p` (blank lines), counting them.
    const char *skipBlankLines(const char *p, const char *end);
    // Past the one line break (CR, LF or CRLF) at `p`, counting it; `p` at `end` stays.
    const char *skipLineBreak(const char *p, const char *end);
    const char *readQuotedField(const char *p, const char *end);
    const char *skipRestOfRecord(const char *p, const char *end);
    void countLineBreaks(const char *begin, const char *end);
    bool isStop(char c) const { return m_stop[static_cast<unsigned char>(c)]; }

    QByteArray m_data;
    qsizetype m_pos = 0;
    qsizetype m_nextLine = 1;
    qsizetype m_line = 0;
    char m_delimiter = ',';
    bool m_unterminated = false;
    bool m_tooManyFields = false;
    bool m_fieldsRead = true;
    // Where the next LF is, from the last search on (readRawRecord()): a file with CR-only
    // line breaks is then searched for LF once, not once per record.
    qsizetype m_nextLf = -1;
    qsizetype m_maxFields = defaultMaxFieldCount;
    QByteArrayView m_raw;
    std::vector<QByteArrayView> m_fields; // push_back inlines; QList::append does not (hot path)
    QByteArray m_scratch; // unescaped fields of the current record
    QList<ScratchField> m_scratchFields;
    std::array<bool, 256> m_stop {}; // bytes that end an unquoted field: delimiter, CR, LF
};
