#pragma once

#include "TeamSummary.h"
#include "common/LatestOnlyRunner.h"

#include <QObject>

// Reads a TeamSummary on a worker thread with its own connection to the cache, so a
// 100k-account cache never stalls the window. Requests made while one runs coalesce:
// only the newest is read next, and only its result is delivered.
class TeamSummaryJob : public QObject
{
    Q_OBJECT
public:
    explicit TeamSummaryJob(const QString &databasePath, QObject *parent = nullptr);

    void start(const TeamSummary::Options &options) { m_runner.start(options); }
    // From start() until finished() has been emitted.
    bool isRunning() const { return m_runner.isRunning(); }
    TeamSummary result() const { return m_runner.result(); }

Q_SIGNALS:
    void finished(const TeamSummary &summary);

private:
    LatestOnlyRunner<TeamSummary::Options, TeamSummary> m_runner;
};
