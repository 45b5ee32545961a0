#include "CentralLocation.h"

#include "import/BundleManifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct ArchiveCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};

// A manifest.json bigger than this is not one.
constexpr qint64 maxManifestBytes = qint64(16) << 20;

bool isZipName(const QString &path)
{
    return path.endsWith(".zip"_L1, Qt::CaseInsensitive);
}

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url(base);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

CentralLocation::CentralLocation(const QString &location)
    : m_location(location.trimmed())
{
    if (m_location.isEmpty())
        return;
    if (m_location.startsWith("http://"_L1, Qt::CaseInsensitive)
        || m_location.startsWith("https://"_L1, Qt::CaseInsensitive)) {
        const QUrl url(m_location, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty())
            m_kind = Kind::Http;
        return;
    }
    QString path = m_location;
    if (path.startsWith("file://"_L1, Qt::CaseInsensitive))
        path = QUrl(path).toLocalFile();
    m_location = QDir::cleanPath(path);
    m_kind = isZipName(m_location) ? Kind::Zip : Kind::Folder;
}

QString CentralLocation::outboxFolder() const
{
    switch (m_kind) {
    case Kind::Folder:
        return QDir(m_location).filePath(u"outbox"_s);
    case Kind::Zip:
        return QFileInfo(m_location).absoluteDir().filePath(u"outbox"_s);
    case Kind::Http:
    case Kind::Invalid:
        break;
    }
    return {};
}

QUrl CentralLocation::bundleUrl() const
{
    if (m_kind != Kind::Http)
        return {};
    const QUrl url(m_location);
    QString path = url.path();
    if (isZipName(path))
        return url;
    while (path.endsWith(u'/'))
        path.chop(1);
    return withPath(url, path + u"/export.zip"_s);
}

QUrl CentralLocation::outboxUrl() const
{
    if (m_kind != Kind::Http)
        return {};
    const QUrl url(m_location);
    QString path = url.path();
    if (isZipName(path))
        path = path.left(path.lastIndexOf(u'/'));
    while (path.endsWith(u'/'))
        path.chop(1);
    return withPath(url, path + u"/outbox"_s);
}

bool CentralLocation::isReachable() const
{
    switch (m_kind) {
    case Kind::Folder:
        return QFileInfo(m_location).isDir();
    case Kind::Zip:
        return QFileInfo(m_location).absoluteDir().exists();
    case Kind::Http:
        return true; // known only by asking
    case Kind::Invalid:
        break;
    }
    return false;
}

QByteArray CentralLocation::readZipManifest(const QString &zipPath, QString *error)
{
    std::unique_ptr<archive, ArchiveCloser> reader(archive_read_new());
    archive_read_support_format_zip(reader.get());
    archive_read_support_filter_none(reader.get());
    const QByteArray nativePath = QFile::encodeName(zipPath);
    if (archive_read_open_filename(reader.get(), nativePath.constData(), 1 << 16) != ARCHIVE_OK) {
        *error = tr("Cannot open %1 as a zip file: %2")
                     .arg(zipPath, QString::fromLocal8Bit(archive_error_string(reader.get())));
        return {};
    }
    archive_entry *entry = nullptr;
    for (;;) {
        const int rc = archive_read_next_header(reader.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
            *error = tr("%1 is damaged: %2")
                         .arg(zipPath, QString::fromLocal8Bit(archive_error_string(reader.get())));
            return {};
        }
        const char *utf8Name = archive_entry_pathname_utf8(entry);
        const QString name
            = (utf8Name ? QString::fromUtf8(utf8Name) : QString::fromLocal8Bit(archive_entry_pathname(entry)))
                  .replace(u'\\', u'/');
        const QStringList parts = name.split(u'/', Qt::SkipEmptyParts);
        if (archive_entry_filetype(entry) != AE_IFREG || parts.isEmpty() || parts.size() > 2
            || parts.last().compare("manifest.json"_L1, Qt::CaseInsensitive) != 0 || parts.first() == ".."_L1)
            continue;
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > maxManifestBytes) {
            *error = tr("%1: its manifest.json is too large to be one.").arg(zipPath);
            return {};
        }
        QByteArray content;
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        for (;;) {
            const la_ssize_t n = archive_read_data(reader.get(), buffer.data(), buffer.size());
            if (n == 0)
                break;
            if (n < 0 || content.size() + n > maxManifestBytes) {
                *error = tr("%1 is damaged at \"%2\": %3")
                             .arg(zipPath, name, QString::fromLocal8Bit(archive_error_string(reader.get())));
                return {};
            }
            content.append(buffer.constData(), n);
        }
        return content;
    }
    *error = tr("%1 holds no manifest.json, so it is not a Pitwall export bundle.").arg(zipPath);
    return {};
}

bool CentralLocation::readBundle(const QString &path, Bundle *bundle, QString *error) const
{
    QByteArray json;
    if (isZipName(path)) {
        json = readZipManifest(path, error);
        if (json.isEmpty())
            return false;
    } else {
        QFile file(QDir(path).filePath(u"manifest.json"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        json = file.read(maxManifestBytes);
    }
    BundleManifest manifest;
    QString parseError;
    if (!BundleManifest::parse(json, &manifest, &parseError)) {
        *error = tr("%1: manifest.json cannot be read: %2").arg(path, parseError);
        return false;
    }
    bundle->path = path;
    bundle->exportId = manifest.exportId;
    bundle->generatedAt = manifest.generatedAt;
    bundle->manifestSha256 = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
    return true;
}

bool CentralLocation::findNewestBundle(Bundle *bundle, QString *error) const
{
    if (m_kind == Kind::Zip) {
        if (!QFileInfo::exists(m_location)) {
            *error = tr("The central export %1 does not exist.").arg(m_location);
            return false;
        }
        return readBundle(m_location, bundle, error);
    }
    if (m_kind != Kind::Folder) {
        *error = tr("%1 is not a folder or a .zip file.").arg(m_location);
        return false;
    }
    const QDir root(m_location);
    QStringList candidates;
    if (QFileInfo::exists(root.filePath(u"manifest.json"_s)))
        candidates.append(root.path());
    const QDir exports(root.filePath(u"exports"_s));
    if (exports.exists()) {
        const QFileInfoList entries
            = exports.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.fileName().startsWith(u'.'))
                continue; // a copy in progress
            if (entry.isDir() && QFileInfo::exists(QDir(entry.filePath()).filePath(u"manifest.json"_s)))
                candidates.append(entry.filePath());
            else if (entry.isFile() && isZipName(entry.fileName()))
                candidates.append(entry.filePath());
        }
    }
    if (candidates.isEmpty()) {
        *error = tr("No export bundle in %1: looked for manifest.json, exports/*/manifest.json and "
                    "exports/*.zip.")
                     .arg(m_location);
        return false;
    }
    bool found = false;
    QStringList problems;
    for (const QString &candidate : std::as_const(candidates)) {
        Bundle b;
        QString problem;
        if (!readBundle(candidate, &b, &problem)) {
            problems.append(problem);
            continue;
        }
        if (!found || b.generatedAt >= bundle->generatedAt) {
            *bundle = b;
            found = true;
        }
    }
    if (!found)
        *error = problems.join(u"\n"_s);
    return found;
}
