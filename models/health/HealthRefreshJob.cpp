#include "HealthRefreshJob.h"

#include "store/Database.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

HealthRefreshJob::HealthRefreshJob(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

HealthRefreshJob::~HealthRefreshJob()
{
    m_watcher.waitForFinished();
}

void HealthRefreshJob::start(const QDate &asOf)
{
    if (m_watcher.isRunning())
        return;
    const QString path = m_databasePath;
    QPointer<HealthRefreshJob> self(this);
    m_watcher.setFuture(QtConcurrent::run([path, asOf, self]() {
        Outcome outcome;
        Database db;
        if (!db.open(path, &outcome.error))
            return outcome;
        const auto stage = [self](const QString &text) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, text] {
                    if (self)
                        Q_EMIT self->stageChanged(text);
                },
                Qt::QueuedConnection);
        };
        outcome.ok = HealthRefresh::run(db, asOf, &outcome.report, &outcome.error, stage);
        return outcome;
    }));
}
