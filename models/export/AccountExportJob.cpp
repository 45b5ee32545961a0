#include "AccountExportJob.h"

#include "store/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {

// Often enough for a progress bar to move smoothly, rarely enough to cost nothing.
constexpr int progressIntervalMs = 100;

} // namespace

AccountExportJob::AccountExportJob(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &AccountExportJob::reportProgress);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        m_progressTimer.stop();
        reportProgress();
        m_result = m_watcher.result();
        Q_EMIT finished(m_result);
    });
}

AccountExportJob::~AccountExportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void AccountExportJob::start(const QString &path, AccountExporter::Format format,
                             const AccountExporter::Options &options)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_reportedDone = -1;
    m_result = {};
    m_progressTimer.start();
    m_watcher.setFuture(QtConcurrent::run([databasePath = m_databasePath, path, format, options,
                                           cancel = &m_cancel, done = &m_done, total = &m_total] {
        Result result;
        result.path = path;
        Database db;
        QString error;
        if (!db.open(databasePath, &error)) {
            result.error = AccountExporter::tr("Cannot export to %1: %2").arg(path, error);
            return result;
        }
        AccountExporter exporter(db);
        exporter.setCancelFlag(cancel);
        exporter.setProgressCallback([done, total](qint64 rowsDone, qint64 rowsTotal) {
            total->store(rowsTotal, std::memory_order_relaxed);
            done->store(rowsDone, std::memory_order_relaxed);
            return true;
        });
        result.ok = exporter.exportTo(path, format, options);
        result.cancelled = exporter.wasCancelled();
        result.error = exporter.errorString();
        result.rows = exporter.rowsWritten();
        return result;
    }));
}

void AccountExportJob::cancel()
{
    m_cancel = true;
}

bool AccountExportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void AccountExportJob::reportProgress()
{
    const qint64 done = m_done.load(std::memory_order_relaxed);
    if (done == m_reportedDone)
        return;
    m_reportedDone = done;
    Q_EMIT progress(done, m_total.load(std::memory_order_relaxed));
}
