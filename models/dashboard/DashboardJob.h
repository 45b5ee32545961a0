#pragma once

#include "DashboardData.h"
#include "common/LatestOnlyRunner.h"

#include <QObject>

// Reads DashboardData on a worker thread with its own connection to the cache, so a
// 100k-account cache never stalls the window. Requests made while one runs coalesce:
// only the newest is read next, and only its result is delivered.
class DashboardJob : public QObject
{
    Q_OBJECT
public:
    explicit DashboardJob(const QString &databasePath, QObject *parent = nullptr);

    void start(const DashboardData::Options &options) { m_runner.start(options); }
    // From start() until finished() has been emitted.
    bool isRunning() const { return m_runner.isRunning(); }
    DashboardData result() const { return m_runner.result(); }

Q_SIGNALS:
    void finished(const DashboardData &data);

private:
    LatestOnlyRunner<DashboardData::Options, DashboardData> m_runner;
};
