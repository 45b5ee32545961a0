#include "ImportFingerprints.h"

#include <QtEndian>
#include <bit>
#include <cstring>

namespace {
// Version 3: a flag byte says whether row ids follow each hash.
constexpr char magic[8] = { 'P', 'W', 'F', 'P', '0', '0', '0', '3' };
constexpr qsizetype headerSize = sizeof magic + 1;
} // namespace

void ImportFingerprints::reserve(size_t n)
{
    m_hashes.reserve(n);
    if (m_withRows)
        m_rows.reserve(n);
}

void ImportFingerprints::buildIndex()
{
    m_slots.clear();
    if (m_hashes.empty())
        return;
    // Fingerprints are hashes already: their low bits index the table directly. A load
    // of up to 0.8 keeps the table small; most lookups never reach it (see find()).
    const size_t capacity = std::bit_ceil(m_hashes.size() + m_hashes.size() / 4 + 1);
    m_mask = capacity - 1;
    m_slots.assign(capacity, 0);
    for (size_t i = 0; i < m_hashes.size(); ++i) {
        size_t slot = m_hashes[i] & m_mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = quint32(i + 1);
    }
}

qsizetype ImportFingerprints::find(quint64 hash, size_t &cursor) const
{
    if (cursor < m_hashes.size() && m_hashes[cursor] == hash)
        return qsizetype(cursor++);
    if (m_slots.empty())
        return -1;
    for (size_t slot = hash & m_mask; m_slots[slot] != 0; slot = (slot + 1) & m_mask) {
        const size_t i = m_slots[slot] - 1;
        if (m_hashes[i] == hash) {
            cursor = i + 1;
            return qsizetype(i);
        }
    }
    return -1;
}

QByteArray ImportFingerprints::toBlob() const
{
    const qsizetype entrySize = m_withRows ? 16 : 8;
    QByteArray blob(headerSize + qsizetype(m_hashes.size()) * entrySize, Qt::Uninitialized);
    char *out = blob.data();
    std::memcpy(out, magic, sizeof magic);
    out[sizeof magic] = m_withRows ? 1 : 0;
    out += headerSize;
    for (size_t i = 0; i < m_hashes.size(); ++i) {
        qToLittleEndian<quint64>(m_hashes[i], out);
        if (m_withRows)
            qToLittleEndian<qint64>(m_rows[i], out + 8);
        out += entrySize;
    }
    return blob;
}

ImportFingerprints ImportFingerprints::fromBlob(QByteArrayView blob)
{
    if (blob.size() < headerSize || std::memcmp(blob.data(), magic, sizeof magic) != 0)
        return ImportFingerprints();
    const bool withRows = blob[sizeof magic] == 1;
    ImportFingerprints fp(withRows);
    const qsizetype entrySize = withRows ? 16 : 8;
    if ((blob.size() - headerSize) % entrySize != 0)
        return fp;
    const size_t n = size_t((blob.size() - headerSize) / entrySize);
    if (n >= 0xffffffffu) // the index stores 32-bit positions
        return fp;
    fp.m_hashes.resize(n);
    if (withRows)
        fp.m_rows.resize(n);
    const char *in = blob.data() + headerSize;
    for (size_t i = 0; i < n; ++i, in += entrySize) {
        fp.m_hashes[i] = qFromLittleEndian<quint64>(in);
        if (withRows)
            fp.m_rows[i] = qFromLittleEndian<qint64>(in + 8);
    }
    fp.buildIndex();
    return fp;
}
