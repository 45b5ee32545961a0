// libFuzzer target: arbitrary bytes as an export bundle's manifest.json and as a .zip
// given to ImportSource. Besides "no crash, no UB, no leak" it checks that extraction
// never writes outside the target folder and never writes past the limits it was given.
#include "import/BundleManifest.h"
#include "import/ImportSource.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_bundle: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // 1. As manifest.json.
    BundleManifest manifest;
    QString error;
    if (BundleManifest::parse(bytes, &manifest, &error)) {
        if (manifest.files.isEmpty() || manifest.schemaVersion < 1
            || manifest.schemaVersion > BundleManifest::currentSchemaVersion)
            fail("an invalid manifest was accepted");
        for (const BundleManifest::File &f : std::as_const(manifest.files)) {
            if (f.name.isEmpty() || f.name.contains(u'/') || f.name.contains(u'\\') || f.sha256.size() != 64)
                fail("a manifest entry names a file outside the bundle:", f.name);
            if (manifest.file(f.name) == nullptr)
                fail("a listed file is not found by name:", f.name);
        }
        BundleManifest again;
        if (!BundleManifest::parse(manifest.toJson(), &again, &error)
            || again.files.size() != manifest.files.size())
            fail("a manifest does not survive toJson():", error);
    } else if (error.isEmpty()) {
        fail("a refused manifest has no error");
    }

    // 2. As a .zip, extracted into target/ inside a fresh folder.
    static QTemporaryDir root(QDir::tempPath() + u"/pitwall-fuzz-XXXXXX"_s);
    const QString zipPath = root.filePath(u"input.zip"_s);
    {
        QFile file(zipPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            std::abort();
    }
    const QString base = root.filePath(u"out"_s);
    QDir(base).removeRecursively();
    const QString target = base + u"/target"_s;
    QDir().mkpath(target);

    ImportSource::Limits limits;
    limits.maxExtractedBytes = 1 << 20;
    limits.maxEntries = 64;
    limits.minRatioCheckedBytes = 64 << 10;
    limits.maxRatio = 50;
    error.clear();
    const bool ok = ImportSource::extractZip(zipPath, target, &error, limits);
    if (!ok && error.isEmpty())
        fail("a refused archive has no error");

    // Nothing outside target/, no links, nothing past the limits.
    if (QDir(base).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
        != QStringList { u"target"_s })
        fail("extraction wrote outside the target folder");
    qint64 total = 0;
    qint64 files = 0;
    QDirIterator it(target, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isSymLink())
            fail("extraction created a link:", info.filePath());
        if (info.isFile()) {
            total += info.size();
            ++files;
        }
    }
    if (total > limits.maxExtractedBytes + (64 << 10) || files > limits.maxEntries)
        fail("extraction went past its limits");

    // ImportSource::open() on the same archive (its own temporary folder, removed after).
    if (ok) {
        ImportSource source;
        if (!source.open(zipPath, &error) && error.isEmpty())
            fail("a refused source has no error");
    }
    QFile::remove(zipPath);
    return 0;
}
