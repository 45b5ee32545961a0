#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

class QTemporaryDir;

// Writes the demo export bundle into a temporary folder on a worker thread, so that it
// can then be imported like any central export. The folder lives as long as the job.
class DemoBundleJob : public QObject
{
    Q_OBJECT
public:
    explicit DemoBundleJob(QObject *parent = nullptr);
    ~DemoBundleJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_cancel; }
    // Where the bundle is; empty before start().
    QString directory() const;

Q_SIGNALS:
    void progress(qint64 doneAccounts, qint64 totalAccounts);
    // `error` is empty on success, and on cancel (see wasCancelled()).
    void finished(bool ok, const QString &error);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::atomic_bool m_cancel { false };
    QFutureWatcher<QString> m_watcher; // the error, empty on success
};
