#pragma once

#include <QJsonObject>
#include <QString>

class Database;
struct ImportReport;

namespace TestSupport {

// Every CRM record in the cache as JSON (tables sorted by id, usage by key), for
// golden-file comparisons.
QJsonObject cacheSnapshot(Database &db);
// An import report without the parts that vary between runs (paths, timings, ids).
QJsonObject stableReport(const ImportReport &report);

// Compares `actual` with the JSON file `goldenPath`; with PITWALL_UPDATE_GOLDEN=1 in
// the environment, writes `actual` there instead. Returns a description of the first
// difference, or an empty string.
QString compareWithGolden(const QJsonObject &actual, const QString &goldenPath);

} // namespace TestSupport
