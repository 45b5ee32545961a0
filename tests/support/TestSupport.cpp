#include "TestSupport.h"

#include "demo/DemoExportWriter.h"
#include "import/Importer.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <archive.h>
#include <archive_entry.h>

namespace TestSupport {

QString dataDir()
{
    return QStringLiteral(PITWALL_TEST_DATA_DIR);
}

QString dataPath(const QString &relative)
{
    return dataDir() + QLatin1Char('/') + relative;
}

QString sharedTestDataDir()
{
    const QString env = qEnvironmentVariable("PITWALL_SHARED_TESTDATA");
    const QString dir = env.isEmpty() ? QStringLiteral(PITWALL_SHARED_TESTDATA_DIR) : env;
    return QFileInfo(dir).isDir() ? QDir(dir).canonicalPath() : QString();
}

QString sharedTestData(const QString &relative)
{
    const QString dir = sharedTestDataDir();
    if (dir.isEmpty())
        return {};
    const QString path = dir + QLatin1Char('/') + relative;
    return QFileInfo::exists(path) ? path : QString();
}

QString cliPath()
{
    return QStringLiteral(PITWALL_CLI_PATH);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

bool zipFolder(const QString &folder, const QString &zipPath)
{
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    if (archive_write_open_filename(a, QFile::encodeName(zipPath).constData()) != ARCHIVE_OK) {
        archive_write_free(a);
        return false;
    }
    bool ok = true;
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QByteArray data = readFile(QDir(folder).filePath(name));
        archive_entry *e = archive_entry_new();
        const QByteArray utf8 = name.toUtf8();
        archive_entry_set_pathname(e, utf8.constData());
        archive_entry_set_size(e, data.size());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        ok = ok && archive_write_header(a, e) == ARCHIVE_OK
            && archive_write_data(a, data.constData(), size_t(data.size())) == data.size();
        archive_entry_free(e);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

bool buildDemoCache(Database &db, const QString &dir, const DemoOptions &options, QString *error,
                    const DemoImport &import)
{
    const QString bundle = dir + QStringLiteral("/bundle");
    if (!DemoExportWriter(options).write(bundle, error))
        return false;
    if (!db.isOpen() && !db.open(dir + QStringLiteral("/demo.sqlite"), error))
        return false;
    Importer importer(db);
    importer.setAsOf(import.asOf);
    importer.setRefreshRisk(import.refreshRisk);
    ImportOptions importOptions;
    importOptions.source = bundle;
    const ImportReport report = importer.run(importOptions);
    if (!report.ok())
        *error = report.error;
    return report.ok();
}

void isolateSettings()
{
    static QTemporaryDir folder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
}

} // namespace TestSupport
