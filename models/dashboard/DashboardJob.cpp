#include "DashboardJob.h"

#include <QtConcurrent/QtConcurrentRun>

DashboardJob::DashboardJob(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    connect(&m_watcher, &QFutureWatcher<DashboardData>::finished, this, [this] {
        if (m_pending) {
            // The cache or the question changed while this one was read: read again.
            m_pending = false;
            run(m_next);
            return;
        }
        m_result = m_watcher.result();
        m_busy = false;
        Q_EMIT finished(m_result);
    });
}

DashboardJob::~DashboardJob()
{
    m_watcher.waitForFinished();
}

void DashboardJob::start(const DashboardData::Options &options)
{
    if (m_watcher.isRunning()) {
        m_next = options;
        m_pending = true;
        return;
    }
    run(options);
}

void DashboardJob::run(const DashboardData::Options &options)
{
    m_busy = true;
    const QString path = m_databasePath;
    // Opens its own connections to the cache (and fails with a message if it cannot).
    m_watcher.setFuture(
        QtConcurrent::run([path, options]() { return DashboardData::compute(path, options); }));
}
