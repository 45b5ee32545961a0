#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <utility>
#include <vector>

// The hash of every source record an import applied, with the row it went to, in the
// order of the source file. Kept in import_state between imports: a record whose raw
// bytes hash to a known fingerprint is unchanged and is neither parsed nor written.
//
// Exports keep their order from one day to the next, so lookups first try the entry
// after the last match (a sequential walk through memory) and only then the hash index.
class ImportFingerprints
{
public:
    using Entry = std::pair<quint64, qint64>; // record hash, row pk (0 for usage rows)

    void reserve(size_t n) { m_entries.reserve(n); }
    void add(quint64 hash, qint64 pk) { m_entries.emplace_back(hash, pk); }
    size_t size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.empty(); }
    const Entry &at(size_t i) const { return m_entries[i]; }

    // Builds the lookup index; call once after the last add().
    void buildIndex();
    // Index of an entry with `hash`, or -1. `cursor` carries the position between calls.
    qsizetype find(quint64 hash, size_t &cursor) const;

    QByteArray toBlob() const;
    static ImportFingerprints fromBlob(QByteArrayView blob);

private:
    std::vector<Entry> m_entries;
    std::vector<quint32> m_slots; // open addressing: entry index + 1, 0 = empty
    quint64 m_mask = 0;
};
