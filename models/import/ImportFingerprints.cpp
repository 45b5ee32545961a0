#include "ImportFingerprints.h"

#include <QByteArrayView>
#include <QtEndian>
#include <algorithm>
#include <cstring>

namespace {
constexpr char magic[8] = {'P', 'W', 'F', 'P', '0', '0', '0', '1'};
}

void ImportFingerprints::sort()
{
    std::sort(m_entries.begin(), m_entries.end());
}

qsizetype ImportFingerprints::find(quint64 hash) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), Entry{hash, std::numeric_limits<qint64>::min()});
    if (it == m_entries.end() || it->first != hash)
        return -1;
    return it - m_entries.begin();
}

QByteArray ImportFingerprints::toBlob() const
{
    QByteArray blob(sizeof magic + m_entries.size() * 16, Qt::Uninitialized);
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
    fp.m_entries.resize(n);
    for (size_t i = 0; i < n; ++i, in += 16)
        fp.m_entries[i] = {qFromLittleEndian<quint64>(in), qFromLittleEndian<qint64>(in + 8)};
    return fp; // stored sorted
}
