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
    // What an archive may expand to. The defaults fit any real export; tests and the
    // fuzzer pass smaller ones.
    struct Limits
    {
        qint64 maxExtractedBytes = qint64(16) << 30; // 16 GiB in all
        qint64 maxEntries = 10000;
        // Past this many extracted bytes, an archive that expanded to more than maxRatio
        // times its own size is refused: real exports compress 5-20 times, a bomb 1000
        // times and more, so a bomb stops long before it fills the disk.
        qint64 minRatioCheckedBytes = qint64(1) << 30; // 1 GiB
        qint64 maxRatio = 100;
    };

    bool open(const QString &path, QString *error);
    QString folder() const { return m_folder; }
    bool isZip() const { return m_tempDir != nullptr; }

    // Extracts `zipPath` into `targetDir`; false with `error` on a refused or broken archive.
    static bool extractZip(const QString &zipPath, const QString &targetDir, QString *error);
    static bool extractZip(const QString &zipPath, const QString &targetDir, QString *error,
                           const Limits &limits);

private:
    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_tempDir;
};
