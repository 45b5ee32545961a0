#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <atomic>
#include <functional>

// Runs one export on a worker thread, so the window stays responsive while a file is
// written: the task checks a cancel flag between rows and counts the rows it wrote;
// the job reports that count on the thread that started it (every 100 ms) and says
// when the task is done. The task touches no QObject. Deleting a running job cancels
// the task and waits for it, so no file is left half-written.
//
// AccountExportJob (the account list's export) and the team view's export both run
// on it; a new export only needs a task.
class ExportJob : public QObject
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

    // What a task is given: the flag to check between rows (true = stop, write
    // nothing) and where to count what it has done.
    class Control
    {
    public:
        bool isCancelled() const { return m_cancel.load(std::memory_order_relaxed); }
        const std::atomic<bool> *cancelFlag() const { return &m_cancel; }
        void report(qint64 done, qint64 total) const
        {
            m_total.store(total, std::memory_order_relaxed);
            m_done.store(done, std::memory_order_relaxed);
        }

    private:
        friend class ExportJob;
        Control(const std::atomic<bool> &cancel, std::atomic<qint64> &done, std::atomic<qint64> &total)
            : m_cancel(cancel)
            , m_done(done)
            , m_total(total)
        { }
        const std::atomic<bool> &m_cancel;
        std::atomic<qint64> &m_done;
        std::atomic<qint64> &m_total;
    };

    // Runs on the worker thread; the job fills in nothing, the task returns it all.
    using Task = std::function<Result(const Control &control)>;

    explicit ExportJob(QObject *parent = nullptr);
    // Cancels a running task and waits for it.
    ~ExportJob() override;

    // Starts `task` on a worker thread; false (and nothing started) while one runs.
    bool startTask(Task task);
    void cancel();
    bool isRunning() const;
    // The last finished task's result.
    Result result() const { return m_result; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const ExportJob::Result &result);

private:
    void reportProgress();

    std::atomic<bool> m_cancel { false };
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
    qint64 m_reportedDone = -1;
    QTimer m_progressTimer;
    QFutureWatcher<Result> m_watcher;
    Result m_result;
};
