#pragma once

#include "SyncEngine.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>

// Runs a sync (SyncEngine) on a worker thread with its own connection to the cache,
// reporting progress on the thread that started it; the rest of Pitwall stays usable.
// Cancel stops at the next safe point: an import is rolled back, a push keeps what is
// consistent (a half-written batch is finished by the next sync).
class SyncJob : public QObject
{
    Q_OBJECT
public:
    SyncJob(const QString &databasePath, const SyncOptions &options, QObject *parent = nullptr);
    ~SyncJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    SyncReport report() const { return m_report; }

Q_SIGNALS:
    // done/total within the phase (total 0: not known); phase is translated.
    void progress(int done, int total, const QString &phase);
    void finished(const SyncReport &report);

private:
    QString m_databasePath;
    SyncOptions m_options;
    std::atomic_bool m_cancel { false };
    QFutureWatcher<SyncReport> m_watcher;
    SyncReport m_report;
};
