#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

// The hash of every source record an import applied, with the row it went to, in the
// order of the source file. Kept in import_state between imports: a record whose raw
// bytes hash to a known fingerprint is unchanged and is neither parsed nor written.
//
// Exports keep their order from one day to the next, so lookups first try the entry
// after the last match (a sequential walk through memory) and only then the hash index.
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
    bool isEmpty() const { return m_hashes.empty(); }
    quint64 hashAt(size_t i) const { return m_hashes[i]; }
    qint64 rowAt(size_t i) const { return m_withRows ? m_rows[i] : 0; }

    // Builds the lookup index; call once after the last add().
    void buildIndex();
    // Index of an entry with `hash`, or -1. `cursor` carries the position between calls.
    qsizetype find(quint64 hash, size_t &cursor) const;

    QByteArray toBlob() const;
    static ImportFingerprints fromBlob(QByteArrayView blob);

private:
    bool m_withRows = true;
    std::vector<quint64> m_hashes;
    std::vector<qint64> m_rows;
    std::vector<quint32> m_slots; // open addressing: entry index + 1, 0 = empty
    quint64 m_mask = 0;
};
