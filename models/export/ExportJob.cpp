#include "ExportJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {

// Often enough for a progress bar to move smoothly, rarely enough to cost nothing.
constexpr int progressIntervalMs = 100;

} // namespace

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &ExportJob::reportProgress);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        m_progressTimer.stop();
        reportProgress();
        m_result = m_watcher.result();
        Q_EMIT finished(m_result);
    });
}

ExportJob::~ExportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ExportJob::startTask(Task task)
{
    if (isRunning() || !task)
        return false;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_reportedDone = -1;
    m_result = {};
    m_progressTimer.start();
    m_watcher.setFuture(QtConcurrent::run(
        [task = std::move(task), control = Control(m_cancel, m_done, m_total)] { return task(control); }));
    return true;
}

void ExportJob::cancel()
{
    m_cancel = true;
}

bool ExportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void ExportJob::reportProgress()
{
    const qint64 done = m_done.load(std::memory_order_relaxed);
    if (done == m_reportedDone)
        return;
    m_reportedDone = done;
    Q_EMIT progress(done, m_total.load(std::memory_order_relaxed));
}
