#include "ImportSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace {

// An entry name is safe when it is relative and never climbs out of the target.
bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.startsWith(u'\\') || name.contains(u':'))
        return false;
    const QStringList parts = QString(name).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == ".."_L1)
            return false;
    }
    return !parts.isEmpty();
}

struct ArchiveCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};

} // namespace

bool ImportSource::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("The source %1 does not exist.").arg(path);
        return false;
    }
    if (info.isDir()) {
        m_folder = info.absoluteFilePath();
        return true;
    }
    if (info.suffix().compare("zip"_L1, Qt::CaseInsensitive) != 0) {
        *error = tr("The source %1 is neither a folder nor a .zip file.").arg(path);
        return false;
    }
    m_tempDir = std::make_unique<QTemporaryDir>();
    if (!m_tempDir->isValid()) {
        *error = tr("Cannot create a temporary folder to extract %1.").arg(path);
        return false;
    }
    QFile::setPermissions(m_tempDir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!extractZip(info.absoluteFilePath(), m_tempDir->path(), error))
        return false;
    // A zip of a folder usually holds that folder: descend into a lone top-level folder.
    QDir dir(m_tempDir->path());
    const QStringList files = dir.entryList(QDir::Files | QDir::NoDotAndDotDot);
    const QStringList dirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    m_folder = (files.isEmpty() && dirs.size() == 1) ? dir.filePath(dirs.first()) : dir.path();
    return true;
}

bool ImportSource::extractZip(const QString &zipPath, const QString &targetDir, QString *error)
{
    return extractZip(zipPath, targetDir, error, Limits());
}

bool ImportSource::extractZip(const QString &zipPath, const QString &targetDir, QString *error,
                              const Limits &limits)
{
    const qint64 archiveBytes = qMax<qint64>(1, QFileInfo(zipPath).size());
    std::unique_ptr<archive, ArchiveCloser> reader(archive_read_new());
    archive_read_support_format_zip(reader.get());
    archive_read_support_filter_none(reader.get());
    const QByteArray nativePath = QFile::encodeName(zipPath);
    if (archive_read_open_filename(reader.get(), nativePath.constData(), 1 << 16) != ARCHIVE_OK) {
        *error = tr("Cannot open %1 as a zip file: %2")
                     .arg(zipPath, QString::fromLocal8Bit(archive_error_string(reader.get())));
        return false;
    }
    const QDir target(targetDir);
    qint64 totalBytes = 0;
    qint64 entries = 0;
    archive_entry *entry = nullptr;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        const int rc = archive_read_next_header(reader.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
            *error = tr("%1 is damaged: %2")
                         .arg(zipPath, QString::fromLocal8Bit(archive_error_string(reader.get())));
            return false;
        }
        if (++entries > limits.maxEntries) {
            *error = tr("%1 holds more than %2 entries; refusing to extract it.")
                         .arg(zipPath, QString::number(limits.maxEntries));
            return false;
        }
        const char *utf8Name = archive_entry_pathname_utf8(entry);
        const QString name
            = utf8Name ? QString::fromUtf8(utf8Name) : QString::fromLocal8Bit(archive_entry_pathname(entry));
        const mode_t type = archive_entry_filetype(entry);
        if (type == AE_IFDIR)
            continue;
        if (!isSafeEntryName(name)) {
            *error = tr("%1 contains the entry \"%2\", which points outside the export folder; refusing the "
                        "archive.")
                         .arg(zipPath, name);
            return false;
        }
        if (type != AE_IFREG) {
            *error = tr("%1 contains \"%2\", which is not a regular file (a link?); refusing the archive.")
                         .arg(zipPath, name);
            return false;
        }
        const QString outPath = target.filePath(QString(name).replace(u'\\', u'/'));
        QDir().mkpath(QFileInfo(outPath).absolutePath());
        QFile out(outPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = tr("Cannot write %1: %2").arg(outPath, out.errorString());
            return false;
        }
        for (;;) {
            const la_ssize_t n = archive_read_data(reader.get(), buffer.data(), buffer.size());
            if (n == 0)
                break;
            if (n < 0) {
                *error = tr("%1 is damaged at \"%2\": %3")
                             .arg(zipPath, name, QString::fromLocal8Bit(archive_error_string(reader.get())));
                return false;
            }
            totalBytes += n;
            if (totalBytes > limits.maxExtractedBytes) {
                *error = tr("%1 expands to more than %2 (at \"%3\"); refusing to extract it (a zip "
                            "bomb?).")
                             .arg(zipPath, QLocale().formattedDataSize(limits.maxExtractedBytes), name);
                return false;
            }
            if (totalBytes > limits.minRatioCheckedBytes && totalBytes / archiveBytes > limits.maxRatio) {
                *error = tr("%1 expands to more than %2 times its own size (at \"%3\"); refusing to extract "
                            "it (a zip bomb?).")
                             .arg(zipPath, QString::number(limits.maxRatio), name);
                return false;
            }
            if (out.write(buffer.constData(), n) != n) {
                *error = tr("Cannot write %1: %2").arg(outPath, out.errorString());
                return false;
            }
        }
    }
    return true;
}
