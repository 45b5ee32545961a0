#include "TestSupport.h"

#include "demo/DemoExportWriter.h"
#include "import/Importer.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

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
