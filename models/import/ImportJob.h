#pragma once

#include "Importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>

// Runs an import on a worker thread with its own connection to the cache, reporting
// progress on the thread that started it. Cancel rolls the import back.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(const QString &databasePath, const ImportOptions &options, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    ImportReport report() const { return m_report; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString &stage);
    void finished(const ImportReport &report);

private:
    QString m_databasePath;
    ImportOptions m_options;
    std::atomic_bool m_cancel { false };
    QFutureWatcher<ImportReport> m_watcher;
    ImportReport m_report;
};
