#include "TeamSummaryJob.h"

#include "store/Database.h"

#include <QtConcurrent/QtConcurrentRun>

TeamSummaryJob::TeamSummaryJob(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    connect(&m_watcher, &QFutureWatcher<TeamSummary>::finished, this, [this] {
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

TeamSummaryJob::~TeamSummaryJob()
{
    m_watcher.waitForFinished();
}

void TeamSummaryJob::start(const TeamSummary::Options &options)
{
    if (m_watcher.isRunning()) {
        m_next = options;
        m_pending = true;
        return;
    }
    run(options);
}

void TeamSummaryJob::run(const TeamSummary::Options &options)
{
    m_busy = true;
    const QString path = m_databasePath;
    m_watcher.setFuture(QtConcurrent::run([path, options]() {
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            TeamSummary failed;
            failed.options = options;
            failed.today = options.today.isValid() ? options.today : QDate::currentDate();
            failed.error = error;
            return failed;
        }
        return TeamSummary::compute(db, options);
    }));
}
