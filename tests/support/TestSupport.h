#pragma once

#include <QDate>
#include <QString>
#include <QTemporaryDir>

class Database;
struct DemoOptions;

// Helpers shared by the tests: where fixtures live, and throwaway caches.
namespace TestSupport {

// tests/data in the source tree.
QString dataDir();
QString dataPath(const QString &relative);

// ../shared/testdata beside the checkout; empty if it is absent.
QString sharedTestDataDir();
// Path under shared testdata, or empty (the caller QSKIPs with a reason).
QString sharedTestData(const QString &relative);

// The pitwall-cli binary built alongside the tests.
QString cliPath();

// Points QSettings (user scope) at a folder of this process's own, so tests running in
// parallel never share, clear or leave behind settings; call once in initTestCase().
void isolateSettings();

QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &data);
// Zips the files directly in `folder` (not its subfolders) into `zipPath`, as an exporter
// would; false when the zip cannot be written.
bool zipFolder(const QString &folder, const QString &zipPath);

// How buildDemoCache() runs the import.
struct DemoImport
{
    QDate asOf; // Importer::setAsOf(); invalid: the importer's own (today)
    bool refreshRisk = true; // Importer::setRefreshRisk(): health and churn after the import
};

// The demo company's cache: writes the demo export for `options` to `dir`/bundle and
// imports it into `db`, opening `dir`/demo.sqlite first when `db` is not open. False with
// `error` set when a step fails.
bool buildDemoCache(Database &db, const QString &dir, const DemoOptions &options, QString *error,
                    const DemoImport &import = {});

} // namespace TestSupport

// QSKIP with a printed reason when the shared test data is not there.
// `relative` may be a string literal or a QString.
#define PITWALL_REQUIRE_SHARED(var, relative)                                                                \
    const QString var = TestSupport::sharedTestData(QString(relative));                                      \
    if (var.isEmpty())                                                                                       \
    QSKIP(qPrintable(QStringLiteral("shared test data not found: ../shared/testdata/") + QString(relative)))
