#pragma once

#include "DashboardData.h"

#include <QFutureWatcher>
#include <QObject>

// Reads DashboardData on a worker thread with its own connection to the cache, so a
// 100k-account cache never stalls the window. Requests made while one runs coalesce:
// only the newest is read next, and only its result is delivered.
class DashboardJob : public QObject
{
    Q_OBJECT
public:
    explicit DashboardJob(const QString &databasePath, QObject *parent = nullptr);
    ~DashboardJob() override;

    void start(const DashboardData::Options &options);
    // From start() until finished() has been emitted.
    bool isRunning() const { return m_busy; }
    DashboardData result() const { return m_result; }

Q_SIGNALS:
    void finished(const DashboardData &data);

private:
    void run(const DashboardData::Options &options);

    QString m_databasePath;
    QFutureWatcher<DashboardData> m_watcher;
    DashboardData::Options m_next;
    bool m_pending = false;
    bool m_busy = false;
    DashboardData m_result;
};
