#pragma once

#include "AccountExporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <atomic>

// Runs an AccountExporter on a worker thread with its own connection to the cache, so
// the window stays responsive while 100k rows are written. Progress is reported on the
// thread that started the job; the worker touches no QObject.
class AccountExportJob : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString path;
        QString error; // names the file
        qint64 rows = 0;
    };

    explicit AccountExportJob(const QString &databasePath, QObject *parent = nullptr);
    // Cancels a running export and waits for it: the partial file is removed.
    ~AccountExportJob() override;

    void start(const QString &path, AccountExporter::Format format, const AccountExporter::Options &options);
    void cancel();
    bool isRunning() const;
    Result result() const { return m_result; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const AccountExportJob::Result &result);

private:
    void reportProgress();

    QString m_databasePath;
    std::atomic<bool> m_cancel { false };
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
    qint64 m_reportedDone = -1;
    QTimer m_progressTimer;
    QFutureWatcher<Result> m_watcher;
    Result m_result;
};
