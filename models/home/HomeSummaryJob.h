#pragma once

#include "HomeSummary.h"

#include <QFutureWatcher>
#include <QObject>

// Reads a HomeSummary on a worker thread with its own connection to the cache, so a
// 100k-account cache never stalls the window. Requests made while one runs coalesce:
// only the newest is read next, and only its result is delivered.
class HomeSummaryJob : public QObject
{
    Q_OBJECT
public:
    explicit HomeSummaryJob(const QString &databasePath, QObject *parent = nullptr);
    ~HomeSummaryJob() override;

    void start(const HomeSummary::Options &options);
    // From start() until finished() has been emitted.
    bool isRunning() const;
    HomeSummary result() const { return m_result; }

Q_SIGNALS:
    void finished(const HomeSummary &summary);

private:
    void run(const HomeSummary::Options &options);

    QString m_databasePath;
    QFutureWatcher<HomeSummary> m_watcher;
    HomeSummary::Options m_next;
    bool m_pending = false;
    bool m_busy = false;
    HomeSummary m_result;
};
