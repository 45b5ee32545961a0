#pragma once

#include "HealthRefresh.h"

#include <QFutureWatcher>
#include <QObject>

// Runs HealthRefresh on a worker thread with its own connection to the cache: the
// GUI's "Recompute Health" (about two seconds for 100k accounts; the window stays live).
class HealthRefreshJob : public QObject
{
    Q_OBJECT
public:
    explicit HealthRefreshJob(const QString &databasePath, QObject *parent = nullptr);
    ~HealthRefreshJob() override;

    // Ignored while one runs.
    void start(const QDate &asOf = {});
    bool isRunning() const { return m_watcher.isRunning(); }

    struct Outcome
    {
        bool ok = false;
        QString error;
        HealthRefresh::Report report;
    };

Q_SIGNALS:
    // A translated description of the step now running.
    void stageChanged(const QString &stage);
    void finished(const HealthRefreshJob::Outcome &outcome);

private:
    QString m_databasePath;
    QFutureWatcher<Outcome> m_watcher;
};
