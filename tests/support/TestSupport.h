#pragma once

#include <QString>
#include <QTemporaryDir>

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

} // namespace TestSupport

// QSKIP with a printed reason when the shared test data is not there.
// `relative` may be a string literal or a QString.
#define PITWALL_REQUIRE_SHARED(var, relative)                                                                \
    const QString var = TestSupport::sharedTestData(QString(relative));                                      \
    if (var.isEmpty())                                                                                       \
    QSKIP(qPrintable(QStringLiteral("shared test data not found: ../shared/testdata/") + QString(relative)))
