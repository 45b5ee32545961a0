#include "ImportFingerprints.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QtEndian>
#include <bit>
#include <cstring>
#include <xxhash.h>

namespace {
// Version 3: a flag byte says whether row ids follow each hash.
constexpr char magic[8] = { 'P', 'W', 'F', 'P', '0', '0', '0', '3' };
constexpr qsizetype headerSize = sizeof magic + 1;

// The file form: magic, the flag byte, 7 bytes of padding, the count (little-endian
// 64 bits), then every hash, then (with rows) every row id, little-endian.
constexpr char fileMagic[8] = { 'P', 'W', 'F', 'P', 'F', '0', '0', '1' };
constexpr qsizetype fileHeaderSize = 24;
// The reference kept in the cache: magic, size (64 bits LE), 16-byte digest, file name.
constexpr char referenceMagic[8] = { 'P', 'W', 'F', 'P', 'R', '0', '0', '1' };
constexpr qsizetype referenceHeaderSize = 8 + 8 + 16;

QByteArray digestBytes(XXH3_state_t *state)
{
    const XXH128_hash_t h = XXH3_128bits_digest(state);
    QByteArray digest(16, Qt::Uninitialized);
    qToLittleEndian<quint64>(h.low64, digest.data());
    qToLittleEndian<quint64>(h.high64, digest.data() + 8);
    return digest;
}

// Little-endian 64-bit values in pieces, through `sink(bytes, size)`.
template<typename T, typename Sink>
bool writeValues(const std::vector<T> &values, std::vector<char> &piece, Sink &&sink)
{
    constexpr size_t perPiece = 65536;
    piece.resize(perPiece * 8);
    for (size_t first = 0; first < values.size(); first += perPiece) {
        const size_t count = std::min(perPiece, values.size() - first);
        for (size_t i = 0; i < count; ++i)
            qToLittleEndian<T>(values[first + i], piece.data() + i * 8);
        if (!sink(piece.data(), qsizetype(count * 8)))
            return false;
    }
    return true;
}

// Reads `values.size()` little-endian 64-bit values straight into `values`.
template<typename T> bool readValues(QFile &file, std::vector<T> &values, XXH3_state_t *state)
{
    const qint64 bytes = qint64(values.size()) * 8;
    char *data = reinterpret_cast<char *>(values.data());
    if (file.read(data, bytes) != bytes)
        return false;
    XXH3_128bits_update(state, data, size_t(bytes));
    if constexpr (QSysInfo::ByteOrder != QSysInfo::LittleEndian) {
        for (T &v : values)
            v = qFromLittleEndian<T>(&v);
    }
    return true;
}
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

qsizetype ImportFingerprints::find(quint64 hash, size_t &cursor)
{
    constexpr size_t window = 16; // rows inserted or removed since the last import
    const size_t n = m_hashes.size();
    for (size_t i = cursor; i < n && i <= cursor + window; ++i) {
        if (m_hashes[i] == hash) {
            cursor = i + 1;
            return qsizetype(i);
        }
    }
    // Just behind: records inserted since the last import, after misses moved the cursor on.
    for (size_t back = 1; back <= window && back <= cursor && cursor - back < n; ++back) {
        if (m_hashes[cursor - back] == hash) {
            cursor = cursor - back + 1;
            return qsizetype(cursor - 1);
        }
    }
    // A miss is most often a record changed in its place (an account's rows edited
    // together make long runs of them): the next record is then one entry further.
    if (cursor < n)
        ++cursor;
    if (m_slots.empty()) {
        if (++m_misses < qMax<size_t>(10000, n / 20))
            return -1;
        buildIndex();
        if (m_slots.empty())
            return -1;
    }
    for (size_t slot = hash & m_mask; m_slots[slot] != 0; slot = (slot + 1) & m_mask) {
        const size_t i = m_slots[slot] - 1;
        if (m_hashes[i] == hash) {
            cursor = i + 1;
            return qsizetype(i);
        }
    }
    return -1;
}

qsizetype ImportFingerprints::storedSize() const
{
    return headerSize + qsizetype(m_hashes.size()) * (m_withRows ? 16 : 8);
}

bool ImportFingerprints::store(const WriteAt &writeAt) const
{
    char header[headerSize];
    std::memcpy(header, magic, sizeof magic);
    header[sizeof magic] = m_withRows ? 1 : 0;
    if (!writeAt(header, headerSize, 0))
        return false;
    // Little-endian pieces of at most 1 MiB.
    const qsizetype entrySize = m_withRows ? 16 : 8;
    constexpr size_t perPiece = 65536;
    std::vector<char> piece(perPiece * size_t(entrySize));
    qsizetype offset = headerSize;
    for (size_t first = 0; first < m_hashes.size(); first += perPiece) {
        const size_t count = std::min(perPiece, m_hashes.size() - first);
        char *out = piece.data();
        for (size_t i = first; i < first + count; ++i, out += entrySize) {
            qToLittleEndian<quint64>(m_hashes[i], out);
            if (m_withRows)
                qToLittleEndian<qint64>(m_rows[i], out + 8);
        }
        const qsizetype bytes = qsizetype(count) * entrySize;
        if (!writeAt(piece.data(), bytes, offset))
            return false;
        offset += bytes;
    }
    return true;
}

ImportFingerprints ImportFingerprints::load(qsizetype storedSize, const ReadAt &readAt)
{
    char header[headerSize];
    if (storedSize < headerSize || !readAt(header, headerSize, 0)
        || std::memcmp(header, magic, sizeof magic) != 0)
        return ImportFingerprints();
    const bool withRows = header[sizeof magic] == 1;
    ImportFingerprints fp(withRows);
    const qsizetype entrySize = withRows ? 16 : 8;
    if ((storedSize - headerSize) % entrySize != 0)
        return fp;
    const size_t n = size_t((storedSize - headerSize) / entrySize);
    fp.m_hashes.resize(n);
    if (withRows)
        fp.m_rows.resize(n);
    constexpr size_t perPiece = 65536;
    std::vector<char> piece(perPiece * size_t(entrySize));
    qsizetype offset = headerSize;
    for (size_t first = 0; first < n; first += perPiece) {
        const size_t count = std::min(perPiece, n - first);
        const qsizetype bytes = qsizetype(count) * entrySize;
        if (!readAt(piece.data(), bytes, offset))
            return ImportFingerprints(withRows);
        const char *in = piece.data();
        for (size_t i = first; i < first + count; ++i, in += entrySize) {
            fp.m_hashes[i] = qFromLittleEndian<quint64>(in);
            if (withRows)
                fp.m_rows[i] = qFromLittleEndian<qint64>(in + 8);
        }
        offset += bytes;
    }
    return fp;
}

QByteArray ImportFingerprints::toBlob() const
{
    QByteArray blob(storedSize(), Qt::Uninitialized);
    store([&blob](const char *data, qsizetype size, qsizetype offset) {
        std::memcpy(blob.data() + offset, data, size_t(size));
        return true;
    });
    return blob;
}

ImportFingerprints ImportFingerprints::fromBlob(QByteArrayView blob)
{
    return load(blob.size(), [blob](char *buffer, qsizetype size, qsizetype offset) {
        if (offset + size > blob.size())
            return false;
        std::memcpy(buffer, blob.data() + offset, size_t(size));
        return true;
    });
}

std::optional<ImportFingerprints::FileReference> ImportFingerprints::writeFile(const QString &path,
                                                                               QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    XXH3_state_t *state = XXH3_createState();
    XXH3_128bits_reset(state);
    const auto sink = [&file, state](const char *data, qsizetype size) {
        XXH3_128bits_update(state, data, size_t(size));
        return file.write(data, size) == size;
    };
    char header[fileHeaderSize] = {};
    std::memcpy(header, fileMagic, sizeof fileMagic);
    header[sizeof fileMagic] = m_withRows ? 1 : 0;
    qToLittleEndian<quint64>(quint64(m_hashes.size()), header + 16);
    std::vector<char> piece;
    bool ok = sink(header, fileHeaderSize) && writeValues(m_hashes, piece, sink)
        && (!m_withRows || writeValues(m_rows, piece, sink)) && file.flush();
    const QByteArray digest = digestBytes(state);
    XXH3_freeState(state);
    if (!ok) {
        *error = file.errorString();
        file.remove();
        return std::nullopt;
    }
    FileReference ref;
    ref.fileName = QFileInfo(path).fileName();
    ref.size = file.size();
    ref.digest = digest;
    return ref;
}

ImportFingerprints ImportFingerprints::readFile(const QString &path, const FileReference &ref)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != ref.size || ref.size < fileHeaderSize)
        return ImportFingerprints();
    char header[fileHeaderSize];
    if (file.read(header, fileHeaderSize) != fileHeaderSize
        || std::memcmp(header, fileMagic, sizeof fileMagic) != 0)
        return ImportFingerprints();
    const bool withRows = header[sizeof fileMagic] == 1;
    const quint64 count = qFromLittleEndian<quint64>(header + 16);
    if (quint64(ref.size - fileHeaderSize) != count * (withRows ? 16 : 8))
        return ImportFingerprints();
    XXH3_state_t *state = XXH3_createState();
    XXH3_128bits_reset(state);
    XXH3_128bits_update(state, header, fileHeaderSize);
    ImportFingerprints fp(withRows);
    fp.m_hashes.resize(size_t(count));
    if (withRows)
        fp.m_rows.resize(size_t(count));
    const bool ok = readValues(file, fp.m_hashes, state) && (!withRows || readValues(file, fp.m_rows, state));
    const QByteArray digest = digestBytes(state);
    XXH3_freeState(state);
    if (!ok || digest != ref.digest)
        return ImportFingerprints(withRows);
    return fp;
}

QByteArray ImportFingerprints::encodeReference(const FileReference &ref)
{
    QByteArray blob(referenceHeaderSize, Qt::Uninitialized);
    std::memcpy(blob.data(), referenceMagic, sizeof referenceMagic);
    qToLittleEndian<qint64>(ref.size, blob.data() + 8);
    std::memcpy(blob.data() + 16, ref.digest.constData(), size_t(qMin<qsizetype>(16, ref.digest.size())));
    return blob + ref.fileName.toUtf8();
}

std::optional<ImportFingerprints::FileReference> ImportFingerprints::decodeReference(QByteArrayView blob)
{
    if (blob.size() <= referenceHeaderSize
        || std::memcmp(blob.data(), referenceMagic, sizeof referenceMagic) != 0)
        return std::nullopt;
    FileReference ref;
    ref.size = qFromLittleEndian<qint64>(blob.data() + 8);
    ref.digest = blob.sliced(16, 16).toByteArray();
    ref.fileName = QString::fromUtf8(blob.sliced(referenceHeaderSize));
    // A bare file name: never a path out of the folder the cache keeps them in.
    if (ref.fileName.contains(u'/') || ref.fileName.contains(u'\\') || ref.fileName.startsWith(u'.'))
        return std::nullopt;
    return ref;
}

void ImportFingerprints::Builder::add(quint64 hash, qint64 pk, qsizetype matchedAt)
{
    if (m_inPlace) {
        const size_t oldSize = m_previous.size();
        if (m_count < oldSize) {
            // Unchanged, in its place.
            if (matchedAt >= 0 && size_t(matchedAt) == m_count) {
                ++m_count;
                return;
            }
            // Changed in its place: the same row (usage rows carry none: its place).
            if (matchedAt < 0 && (!m_previous.m_withRows || m_previous.m_rows[m_count] == pk)) {
                m_patches.emplace_back(m_count, hash);
                ++m_count;
                return;
            }
        } else if (matchedAt < 0 && oldSize > 0) {
            m_tail.add(hash, pk);
            ++m_count;
            return;
        }
        copyOut();
    }
    m_own.add(hash, pk);
    ++m_count;
}

void ImportFingerprints::Builder::copyOut()
{
    m_inPlace = false;
    m_own.reserve(std::max(m_previous.size(), m_count) + 1024);
    const size_t kept = std::min(m_count, m_previous.size());
    auto patch = m_patches.cbegin();
    for (size_t i = 0; i < kept; ++i) {
        quint64 hash = m_previous.m_hashes[i];
        if (patch != m_patches.cend() && patch->first == i)
            hash = (patch++)->second;
        m_own.add(hash, m_previous.rowAt(i));
    }
    for (size_t i = 0; i < m_tail.size(); ++i)
        m_own.add(m_tail.hashAt(i), m_tail.rowAt(i));
    m_patches.clear();
    m_tail = ImportFingerprints(m_own.withRows());
}

ImportFingerprints ImportFingerprints::Builder::take()
{
    if (!m_inPlace)
        return std::move(m_own);
    ImportFingerprints &list = m_previous;
    for (const auto &[at, hash] : m_patches)
        list.m_hashes[at] = hash;
    if (m_count < list.size()) {
        list.m_hashes.resize(m_count);
        if (list.m_withRows)
            list.m_rows.resize(m_count);
    }
    list.reserve(list.size() + m_tail.size());
    for (size_t i = 0; i < m_tail.size(); ++i)
        list.add(m_tail.hashAt(i), m_tail.rowAt(i));
    // The lookup index described the old hashes.
    list.m_slots.clear();
    list.m_misses = 0;
    m_patches.clear();
    m_tail = ImportFingerprints(list.withRows());
    return std::move(list);
}
