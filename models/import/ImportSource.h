#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// The folder an import reads: the source folder itself, or a .zip of one extracted
// into a private temporary folder. Zip entries that would land outside that folder
// (absolute paths, "..", links) are refused, and so are archives that expand past a
// sane size (a zip bomb).
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    static constexpr qint64 maxExtractedBytes = qint64(16) << 30; // 16 GiB
    static constexpr qint64 maxEntries = 10000;

    bool open(const QString &path, QString *error);
    QString folder() const { return m_folder; }
    bool isZip() const { return m_tempDir != nullptr; }

    // Extracts `zipPath` into `targetDir`; false with `error` on a refused or broken archive.
    static bool extractZip(const QString &zipPath, const QString &targetDir, QString *error);

private:
    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_tempDir;
};
