#pragma once

#include <QByteArray>
#include <utility>
#include <vector>

// The hash of every source record an import applied, with the row it went to, sorted
// for lookup. Kept in import_state between imports: a record whose raw bytes hash to a
// known fingerprint is unchanged and is neither parsed nor written again.
class ImportFingerprints
{
public:
    using Entry = std::pair<quint64, qint64>; // record hash, row pk (0 for usage rows)

    void reserve(size_t n) { m_entries.reserve(n); }
    void add(quint64 hash, qint64 pk) { m_entries.emplace_back(hash, pk); }
    void sort();
    size_t size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.empty(); }

    // Index of `hash` in the sorted list, or -1.
    qsizetype find(quint64 hash) const;
    const Entry &at(size_t i) const { return m_entries[i]; }

    QByteArray toBlob() const;
    static ImportFingerprints fromBlob(QByteArrayView blob);

private:
    std::vector<Entry> m_entries;
};
