#pragma once

#include "CsvReader.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <optional>

// The records of a CSV file, in bounded memory. UTF-8 files (the usual case) are read
// in chunks of a few MiB, so a multi-gigabyte export never sits in memory whole;
// other encodings are decoded whole first. open() makes one quick pass that checks
// the encoding and hashes the raw bytes; rewind() starts the records over.
class CsvFileReader
{
public:
    static constexpr qsizetype defaultChunkSize = 8 << 20;
    // Smaller chunks exercise the boundaries in tests; set before open().
    void setChunkSize(qsizetype bytes) { m_chunkSize = qMax<qsizetype>(1, bytes); }

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

    bool readRecord();
    // The current record, as the in-memory reader sees it.
    const CsvReader &record() const { return *m_reader; }
    qsizetype fieldCount() const { return m_reader->fieldCount(); }
    QByteArrayView field(qsizetype i) const { return m_reader->field(i); }
    QString fieldString(qsizetype i) const { return m_reader->fieldString(i); }
    QByteArrayView rawRecord() const { return m_reader->rawRecord(); }
    qsizetype line() const { return m_lineBase + m_reader->line(); }
    bool unterminatedQuote() const { return m_reader->unterminatedQuote(); }
    // Bytes of the file consumed so far, for progress.
    qint64 bytePosition() const;
    qint64 fileSize() const { return m_fileSize; }

    QString fileName() const { return m_name; }
    QString encoding() const { return m_encoding; }
    // XXH3-128 of the raw file bytes, in hex: equal files, equal hashes.
    QByteArray contentHash() const { return m_contentHash; }

private:
    // Opens `path` for reading and notes its name and size; *error names a failure.
    bool openFile(const QString &path, QString *error);
    // Reads the next chunk after the bytes of the current one from `keepFrom` on.
    bool loadChunk(qsizetype keepFrom);

    qsizetype m_chunkSize = defaultChunkSize;
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
