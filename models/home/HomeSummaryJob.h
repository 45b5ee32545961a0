#pragma once

#include "HomeSummary.h"
#include "common/LatestOnlyRunner.h"

#include <QObject>

// Reads a HomeSummary on a worker thread with its own connection to the cache, so a
// 100k-account cache never stalls the window. Requests made while one runs coalesce:
// only the newest is read next, and only its result is delivered.
class HomeSummaryJob : public QObject
{
    Q_OBJECT
public:
    explicit HomeSummaryJob(const QString &databasePath, QObject *parent = nullptr);

    void start(const HomeSummary::Options &options) { m_runner.start(options); }
    // From start() until finished() has been emitted.
    bool isRunning() const { return m_runner.isRunning(); }
    HomeSummary result() const { return m_runner.result(); }

Q_SIGNALS:
    void finished(const HomeSummary &summary);

private:
    LatestOnlyRunner<HomeSummary::Options, HomeSummary> m_runner;
};
