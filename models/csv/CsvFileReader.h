#pragma once

#include "CsvReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>
#include <optional>

// The records of a CSV file, in bounded memory. UTF-8 files (the usual case) are read
// in chunks of a few MiB, so a multi-gigabyte export never sits in memory whole;
// other encodings are decoded whole first. open() makes one quick pass that checks
// the encoding and hashes the raw bytes; rewind() starts the records over.
//
// Absurd input is refused in bounded memory: a record longer than maxRecordBytes() is
// skipped without being buffered (recordTooLong(), no fields), one with more than
// maxFieldCount() fields keeps only those (record().tooManyFields()); recordError()
// then says why the record cannot be used.
class CsvFileReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvFileReader)

public:
    static constexpr qsizetype defaultChunkSize = 8 << 20;
    static constexpr qsizetype defaultMaxRecordBytes = 64 << 20;
    // Smaller chunks exercise the boundaries in tests; set before open().
    void setChunkSize(qsizetype bytes) { m_chunkSize = qMax<qsizetype>(1, bytes); }
    // The caps; set before open().
    void setMaxRecordBytes(qsizetype bytes) { m_maxRecordBytes = qMax<qsizetype>(1, bytes); }
    qsizetype maxRecordBytes() const { return m_maxRecordBytes; }
    void setMaxFieldCount(qsizetype count) { m_maxFieldCount = qMax<qsizetype>(1, count); }
    qsizetype maxFieldCount() const { return m_maxFieldCount; }
    // A file that is not UTF-8 is decoded whole (about three times its size in memory):
    // larger ones are refused by open() with an error saying to save them as UTF-8.
    static constexpr qint64 defaultMaxDecodedFileBytes = qint64(256) << 20;
    void setMaxDecodedFileBytes(qint64 bytes) { m_maxDecodedFileBytes = qMax<qint64>(0, bytes); }

    bool open(const QString &path, QString *error);
    // For a file whose content is vouched for elsewhere (a manifest checksum, verified
    // separately) and that must be UTF-8: no first pass over the file. Each chunk is
    // checked as it is read; invalidUtf8() tells when a check failed (reading stops).
    bool openUtf8(const QString &path, const QByteArray &contentHash, QString *error);
    bool invalidUtf8() const { return m_invalidUtf8; }
    qsizetype invalidUtf8Line() const { return m_invalidUtf8Line; }

    // The header of a CSV file, whitespace-normalised, from its first bytes only (for
    // recognising exports by their columns); empty when unreadable.
    static QStringList readHeader(const QString &path);
    bool rewind();

    bool readRecord() { return nextRecord(true); }
    // The next record's bytes and line, its fields possibly unread (CsvReader::readRawRecord):
    // call parseFields() before fieldCount(), field(), record() or recordError().
    bool readRawRecord() { return nextRecord(false); }
    void parseFields()
    {
        if (m_reader && !m_tooLong)
            m_reader->parseFields();
    }
    // The current record, as the in-memory reader sees it.
    const CsvReader &record() const { return *m_reader; }
    qsizetype fieldCount() const { return m_tooLong ? 0 : m_reader->fieldCount(); }
    QByteArrayView field(qsizetype i) const { return m_reader->field(i); }
    QString fieldString(qsizetype i) const { return m_reader->fieldString(i); }
    QByteArrayView rawRecord() const { return m_tooLong ? QByteArrayView() : m_reader->rawRecord(); }
    qsizetype line() const { return m_tooLong ? m_tooLongLine : m_lineBase + m_reader->line(); }
    bool unterminatedQuote() const
    {
        return m_tooLong ? m_tooLongUnterminated : m_reader->unterminatedQuote();
    }
    // The current record is longer than maxRecordBytes() and was skipped: no fields.
    bool recordTooLong() const { return m_tooLong; }
    // Why the current record cannot be imported (too long, too many fields), translated;
    // empty for a usable record. The caller adds the file name and line.
    QString recordError() const;
    // The delimiter in use (sniffed from the first chunk unless given); 0 before open().
    char delimiter() const { return m_delimiter; }
    // Bytes of the file consumed so far, for progress.
    qint64 bytePosition() const;
    qint64 fileSize() const { return m_fileSize; }

    QString fileName() const { return m_name; }
    QString encoding() const { return m_encoding; }
    // XXH3-128 of the raw file bytes, in hex: equal files, equal hashes.
    QByteArray contentHash() const { return m_contentHash; }

private:
    bool nextRecord(bool withFields);
    // Opens `path` for reading and notes its name and size; *error names a failure.
    bool openFile(const QString &path, QString *error);
    // Reads the next chunk after the bytes of the current one from `keepFrom` on.
    bool loadChunk(qsizetype keepFrom);
    // Skips the record that starts at `start` in the current chunk and runs past the
    // cap, reading on from the file without keeping the bytes.
    bool skipLongRecord(qsizetype start);

    qsizetype m_chunkSize = defaultChunkSize;
    qsizetype m_maxRecordBytes = defaultMaxRecordBytes;
    qsizetype m_maxFieldCount = CsvReader::defaultMaxFieldCount;
    qint64 m_maxDecodedFileBytes = defaultMaxDecodedFileBytes;
    bool m_tooLong = false;
    bool m_tooLongUnterminated = false; // the skipped record ran to the end inside quotes
    qsizetype m_tooLongLine = 0;
    QFile m_file;
    QString m_name;
    QString m_encoding;
    QByteArray m_contentHash;
    qint64 m_fileSize = 0;
    bool m_streaming = true;
    bool m_checkUtf8 = false; // openUtf8(): validate while reading
    bool m_invalidUtf8 = false;
    qsizetype m_invalidUtf8Line = 0;
    qint64 m_validatedEnd = 0; // file offset up to which the bytes were found UTF-8
    QByteArray m_decoded; // the whole text, when not streaming
    qint64 m_chunkStart = 0; // file offset of the current buffer
    bool m_atEof = false;
    char m_delimiter = 0;
    qsizetype m_lineBase = 0;
    std::optional<CsvReader> m_reader;
};
