#pragma once

#include "TeamSummary.h"

#include <QFutureWatcher>
#include <QObject>

// Reads a TeamSummary on a worker thread with its own connection to the cache, so a
// 100k-account cache never stalls the window. Requests made while one runs coalesce:
// only the newest is read next, and only its result is delivered.
class TeamSummaryJob : public QObject
{
    Q_OBJECT
public:
    explicit TeamSummaryJob(const QString &databasePath, QObject *parent = nullptr);
    ~TeamSummaryJob() override;

    void start(const TeamSummary::Options &options);
    // From start() until finished() has been emitted.
    bool isRunning() const { return m_busy; }
    TeamSummary result() const { return m_result; }

Q_SIGNALS:
    void finished(const TeamSummary &summary);

private:
    void run(const TeamSummary::Options &options);

    QString m_databasePath;
    QFutureWatcher<TeamSummary> m_watcher;
    TeamSummary::Options m_next;
    bool m_pending = false;
    bool m_busy = false;
    TeamSummary m_result;
};
