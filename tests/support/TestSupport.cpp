#include "TestSupport.h"

#include <QSettings>

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

void isolateSettings()
{
    static QTemporaryDir folder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
}

} // namespace TestSupport
