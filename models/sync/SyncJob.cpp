#include "SyncJob.h"

#include "store/Database.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

SyncJob::SyncJob(const QString &databasePath, const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_options(options)
{
    connect(&m_watcher, &QFutureWatcher<SyncReport>::finished, this, [this] {
        m_report = m_watcher.result();
        Q_EMIT finished(m_report);
    });
}

SyncJob::~SyncJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void SyncJob::start()
{
    m_cancel = false;
    QPointer<SyncJob> self(this);
    const QString path = m_databasePath;
    const SyncOptions options = m_options;
    m_watcher.setFuture(QtConcurrent::run([self, path, options, cancel = &m_cancel]() {
        SyncReport report;
        report.central = options.central;
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            report.error = error;
            return report;
        }
        SyncEngine engine(db);
        engine.setCancelFlag(cancel);
        engine.setProgressCallback([self](int done, int total, const QString &phase) {
            if (self) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total, phase] {
                        if (self)
                            Q_EMIT self->progress(done, total, phase);
                    },
                    Qt::QueuedConnection);
            }
        });
        return engine.run(options);
    }));
}

void SyncJob::cancel()
{
    m_cancel = true;
}

bool SyncJob::isRunning() const
{
    return m_watcher.isRunning();
}
