#pragma once

#include "ImportReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <atomic>
#include <functional>

class Database;

struct ImportOptions
{
    QString source; // a folder or a .zip of one
    QString profile = QStringLiteral("auto"); // auto | native | salesforce | hubspot
    QString mappingFile; // a JSON mapping profile replacing the built-in one
    bool incremental = false; // true: never archive what the export lacks
};

// Imports a central export into the cache: one transaction, all or nothing.
//
// Unchanged records are neither parsed twice nor rewritten: the hash of every source
// record that went in is kept, and a re-import only parses what differs. Records a
// full export no longer has are archived, never deleted. A row that points at a
// missing record is rejected with file, line and reason; the rest imports.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    // done/total in bytes of source read; stage is a translated description.
    using ProgressCallback = std::function<void(qint64 done, qint64 total, const QString &stage)>;

    explicit Importer(Database &db);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Polled during the import; when it turns true the transaction is rolled back.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // After an import, health and the churn model are recomputed (HealthRefresh) as of
    // `asOf` (default: today); tests and benchmarks of the import alone switch it off.
    void setRefreshRisk(bool refresh) { m_refreshRisk = refresh; }
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }

    ImportReport run(const ImportOptions &options);

    // Which profile a source looks like: "native", "salesforce", "hubspot", or empty.
    static QString detectProfile(const QString &folder);

private:
    Database &m_db;
    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_refreshRisk = true;
    QDate m_asOf;
};
