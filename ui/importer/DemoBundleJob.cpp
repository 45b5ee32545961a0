#include "DemoBundleJob.h"

#include "demo/DemoExportWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

DemoBundleJob::DemoBundleJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        const bool ok = error.isEmpty() && !m_cancel;
        Q_EMIT finished(ok, m_cancel ? QString() : error);
    });
}

DemoBundleJob::~DemoBundleJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void DemoBundleJob::start()
{
    m_cancel = false;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/pitwall-demo-XXXXXX"_s);
    if (!m_dir->isValid()) {
        const QString error
            = QCoreApplication::translate("DemoBundleJob", "Cannot create a temporary folder: %1")
                  .arg(m_dir->errorString());
        // Reported like a worker failure: asynchronously, after the caller has connected.
        m_watcher.setFuture(QtConcurrent::run([error] { return error; }));
        return;
    }
    QPointer<DemoBundleJob> self(this);
    const QString path = m_dir->path();
    m_watcher.setFuture(QtConcurrent::run([self, path, cancel = &m_cancel]() -> QString {
        DemoExportWriter writer;
        writer.setCancelFlag(cancel);
        writer.setProgressCallback([self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                },
                Qt::QueuedConnection);
        });
        QString error;
        if (writer.write(path, &error))
            return {};
        return error.isEmpty()
            ? QCoreApplication::translate("DemoBundleJob", "The demo data could not be written.")
            : error;
    }));
}

void DemoBundleJob::cancel()
{
    m_cancel = true;
}

bool DemoBundleJob::isRunning() const
{
    return m_watcher.isRunning();
}

QString DemoBundleJob::directory() const
{
    return m_dir ? m_dir->path() : QString();
}
