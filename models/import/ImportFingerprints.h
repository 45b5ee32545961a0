#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

// The hash of every source record an import applied, with the row it went to, in the
// order of the source file. Kept in import_state between imports: a record whose raw
// bytes hash to a known fingerprint is unchanged and is neither parsed nor written.
//
// Exports keep their order from one day to the next, so lookups walk the list in step
// with the file (see find()).
// Usage rows carry no row id, so their list holds hashes alone (8 bytes a row).
class ImportFingerprints
{
public:
    explicit ImportFingerprints(bool withRows = true)
        : m_withRows(withRows)
    { }

    void reserve(size_t n);
    void add(quint64 hash, qint64 pk = 0)
    {
        m_hashes.push_back(hash);
        if (m_withRows)
            m_rows.push_back(pk);
    }
    size_t size() const { return m_hashes.size(); }
    bool withRows() const { return m_withRows; }
    bool isEmpty() const { return m_hashes.empty(); }
    quint64 hashAt(size_t i) const { return m_hashes[i]; }
    qint64 rowAt(size_t i) const { return m_withRows ? m_rows[i] : 0; }

    // Index of an entry with `hash`, or -1. `cursor` carries the position between calls.
    // Records that kept their place are found at the cursor or a few entries after it;
    // only when many are not (a re-sorted export) is a hash index built, once. A miss
    // is never wrong, only slower: the caller then compares the parsed record.
    qsizetype find(quint64 hash, size_t &cursor);

    // The stored form, written and read in pieces (SQLite incremental blob I/O) so that
    // millions of fingerprints never sit in memory twice.
    using WriteAt = std::function<bool(const char *data, qsizetype size, qsizetype offset)>;
    using ReadAt = std::function<bool(char *buffer, qsizetype size, qsizetype offset)>;
    qsizetype storedSize() const;
    bool store(const WriteAt &writeAt) const;
    // An empty list when the stored form is unreadable (the import then compares records).
    static ImportFingerprints load(qsizetype storedSize, const ReadAt &readAt);

    QByteArray toBlob() const;
    static ImportFingerprints fromBlob(QByteArrayView blob);

    // The file form, kept beside the cache (see ImportRun) so that millions of
    // fingerprints are written once per import instead of through the cache's
    // write-ahead log and again into the cache. The cache holds a small reference to the
    // file: its name, size and XXH3-128 digest, so a missing, stale or damaged file is
    // noticed and merely costs the next import its shortcut.
    struct FileReference
    {
        QString fileName;
        qint64 size = 0;
        QByteArray digest; // 16 bytes
    };
    // Writes the list to `path` (a new file, owner read/write only); the reference to it,
    // or nullopt with *error set.
    std::optional<FileReference> writeFile(const QString &path, QString *error) const;
    // The list in the file `path` when its size and digest match `ref`; empty otherwise.
    static ImportFingerprints readFile(const QString &path, const FileReference &ref);
    static QByteArray encodeReference(const FileReference &ref);
    // nullopt when `blob` is not a reference (an inline list, or garbage).
    static std::optional<FileReference> decodeReference(QByteArrayView blob);

    class Builder; // see below

private:
    void buildIndex();

    bool m_withRows = true;
    std::vector<quint64> m_hashes;
    std::vector<qint64> m_rows;
    std::vector<quint32> m_slots; // open addressing: entry index + 1, 0 = empty
    quint64 m_mask = 0;
    size_t m_misses = 0;
};

// This import's list, built over the previous import's one. While the file keeps its
// records in the places they had (the usual case), nothing is copied: unchanged
// records are where they were, and a changed one (the same row, new bytes) is noted
// and written over its old entry at the end, so that later lookups still see the
// old list. The first record out of place copies what came before into a list of
// its own and the rest is added there.
class ImportFingerprints::Builder
{
public:
    explicit Builder(ImportFingerprints &previous)
        : m_previous(previous)
        , m_own(previous.withRows())
        , m_tail(previous.withRows())
    { }
    // A record with `hash` that went to `pk`; `matchedAt` is the previous entry it
    // was found at (find()), or -1.
    void add(quint64 hash, qint64 pk, qsizetype matchedAt);
    // The list; the previous one is consumed when it was built over.
    ImportFingerprints take();
    bool copied() const { return !m_inPlace; }

private:
    void copyOut();

    ImportFingerprints &m_previous;
    ImportFingerprints m_own;
    bool m_inPlace = true;
    size_t m_count = 0; // entries so far
    std::vector<std::pair<size_t, quint64>> m_patches; // in place: new hashes
    ImportFingerprints m_tail; // in place: past the old end
};
