#pragma once

#include "SyncOutbox.h"
#include "import/ImportReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

class Database;
class CentralLocation;
class HttpTransfer;

struct SyncOptions
{
    QString central; // a folder, a .zip or an http(s):// URL; see CentralLocation.h
    bool pull = true;
    bool push = true;
    QString userId; // written into each outbox manifest
    bool refreshRisk = true; // Importer::setRefreshRisk() for the pull's import
    QDate asOf; // Importer::setAsOf(); invalid: today
    int timeoutMs = 30000; // HTTP: abort after this long without a byte
};

// What one sync did.
struct SyncReport
{
    Q_DECLARE_TR_FUNCTIONS(SyncReport)

public:
    enum class Result
    {
        Ok,
        Failed,
        Offline, // the central location could not be reached; nothing changed
        Cancelled
    };
    enum class Pull
    {
        NotRun,
        Unchanged, // the newest export is the one in the cache: nothing imported
        Imported,
        Failed
    };

    Result result = Result::Failed;
    QString error; // translated; names the location or file and the problem
    QString central;
    Pull pull = Pull::NotRun;
    QString exportId; // the newest export seen
    bool downloaded = false; // HTTP: the bundle was downloaded (not a 304)
    qint64 downloadedBytes = 0;
    bool importRan = false;
    ImportReport import;
    bool pushRan = false;
    qint64 pushed = 0; // changes written to the outbox by this sync
    QStringList batchIds;
    qint64 waiting = 0; // changes still unsent afterwards
    qint64 elapsedMs = 0;

    bool ok() const { return result == Result::Ok; }
    static QString resultName(Result result); // ok, failed, offline, cancelled
    QJsonObject toJson() const;
    QString toText() const;
};

// Two-way sync with the central location, synchronous (the CLI and tests call it; SyncJob
// runs it on a worker thread for the GUI):
//
// Pull: finds the newest export (CentralLocation.h); when the cache already holds it (the
// last applied import has its export id and, if known, its manifest's SHA-256), nothing
// is read or imported. Otherwise it is imported by Importer, all or nothing; over HTTP it
// is first downloaded to a temporary file beside the cache, with If-None-Match so an
// unchanged export is not downloaded again. The configuration documents the import
// applied are recorded with their versions (SyncStatus::configVersions).
//
// Push: seals the journal's unsent changes (ChangeJournal::prepareToSend), records the
// batch in the cache, writes its files (SyncOutbox.h), then marks the changes sent. A
// batch recorded but not marked sent (a push killed or failed halfway) is written again,
// the same bytes under the same name, before any new one, so the outbox never holds a
// change twice nor misses one. Nothing waiting: nothing written.
//
// The result is recorded in the cache (SyncStatus). An unreachable location ends the sync
// as Offline, not as an error of the data.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    // done/total within the phase (total 0: not known); phase is translated.
    using ProgressCallback = std::function<void(int done, int total, const QString &phase)>;

    explicit SyncEngine(Database &db);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Called at named points of the push (see SyncOutbox::Checkpoint, plus "batch-recorded"
    // and "marked-sent"); the crash tests kill the process there.
    void setCheckpoint(SyncOutbox::Checkpoint checkpoint) { m_checkpoint = std::move(checkpoint); }

    SyncReport run(const SyncOptions &options);

private:
    bool pull(const CentralLocation &location, const SyncOptions &options, HttpTransfer *http,
              SyncReport *report);
    bool push(const CentralLocation &location, const SyncOptions &options, HttpTransfer *http,
              SyncReport *report);
    bool importBundle(const QString &path, const QString &displaySource, const SyncOptions &options,
                      SyncReport *report);
    bool alreadyInCache(const QString &exportId, const QByteArray &manifestSha256) const;
    bool recordPulled(const QString &exportId, const QByteArray &manifestSha256, QString *error);
    bool recordConfigVersions(const QString &exportId, QString *error);
    void recordResult(const SyncReport &report);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void progress(int done, int total, const QString &phase) const;

    Database &m_db;
    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    SyncOutbox::Checkpoint m_checkpoint;
};
