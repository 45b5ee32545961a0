#include "ImportJob.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

ImportJob::ImportJob(const QString &databasePath, const ImportOptions &options, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_options(options)
{
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, [this] {
        m_report = m_watcher.result();
        Q_EMIT finished(m_report);
    });
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start()
{
    m_cancel = false;
    QPointer<ImportJob> self(this);
    const QString path = m_databasePath;
    const ImportOptions options = m_options;
    m_watcher.setFuture(QtConcurrent::run([self, path, options, cancel = &m_cancel]() {
        ImportReport report;
        report.source = options.source;
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            report.error = error;
            return report;
        }
        Importer importer(db);
        importer.setCancelFlag(cancel);
        importer.setProgressCallback([self](qint64 done, qint64 total, const QString &stage) {
            if (self) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total, stage] {
                        if (self)
                            Q_EMIT self->progress(done, total, stage);
                    },
                    Qt::QueuedConnection);
            }
        });
        return importer.run(options);
    }));
}

void ImportJob::cancel()
{
    m_cancel = true;
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}
