#include "ImportFingerprints.h"

#include <QtEndian>
#include <bit>
#include <cstring>

namespace {
constexpr char magic[8] = {'P', 'W', 'F', 'P', '0', '0', '0', '2'};
}

void ImportFingerprints::buildIndex()
{
    m_slots.clear();
    if (m_entries.empty())
        return;
    // Fingerprints are hashes already: their low bits index the table directly.
    const size_t capacity = std::bit_ceil(m_entries.size() * 2);
    m_mask = capacity - 1;
    m_slots.assign(capacity, 0);
    for (size_t i = 0; i < m_entries.size(); ++i) {
        size_t slot = m_entries[i].first & m_mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = quint32(i + 1);
    }
}

qsizetype ImportFingerprints::find(quint64 hash, size_t &cursor) const
{
    if (cursor < m_entries.size() && m_entries[cursor].first == hash)
        return qsizetype(cursor++);
    if (m_slots.empty())
        return -1;
    for (size_t slot = hash & m_mask; m_slots[slot] != 0; slot = (slot + 1) & m_mask) {
        const size_t i = m_slots[slot] - 1;
        if (m_entries[i].first == hash) {
            cursor = i + 1;
            return qsizetype(i);
        }
    }
    return -1;
}

QByteArray ImportFingerprints::toBlob() const
{
    QByteArray blob(qsizetype(sizeof magic + m_entries.size() * 16), Qt::Uninitialized);
    char *out = blob.data();
    std::memcpy(out, magic, sizeof magic);
    out += sizeof magic;
    for (const Entry &e : m_entries) {
        qToLittleEndian<quint64>(e.first, out);
        qToLittleEndian<qint64>(e.second, out + 8);
        out += 16;
    }
    return blob;
}

ImportFingerprints ImportFingerprints::fromBlob(QByteArrayView blob)
{
    ImportFingerprints fp;
    if (blob.size() < qsizetype(sizeof magic) || std::memcmp(blob.data(), magic, sizeof magic) != 0
        || (blob.size() - sizeof magic) % 16 != 0)
        return fp;
    const char *in = blob.data() + sizeof magic;
    const size_t n = (blob.size() - sizeof magic) / 16;
    // The index stores 32-bit positions.
    if (n >= 0xffffffffu)
        return fp;
    fp.m_entries.resize(n);
    for (size_t i = 0; i < n; ++i, in += 16)
        fp.m_entries[i] = {qFromLittleEndian<quint64>(in), qFromLittleEndian<qint64>(in + 8)};
    fp.buildIndex();
    return fp;
}
