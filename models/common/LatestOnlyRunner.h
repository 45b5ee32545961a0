#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <utility>

// Runs compute(options) on a worker thread for the views' background reads (Home, the
// dashboard, the team view), so that a 100k-account cache never stalls the window.
// The newest request wins: one made while another runs waits (replacing any that waited
// before) and runs when that one ends, and only the newest result is delivered, on the
// thread of `context`. `compute` runs on the worker: it must only use what it captured by
// value (a cache path, not a connection).
template<typename Options, typename Result> class LatestOnlyRunner
{
public:
    using Compute = std::function<Result(const Options &)>;
    using Deliver = std::function<void(const Result &)>;

    LatestOnlyRunner(QObject *context, Compute compute, Deliver deliver)
        : m_compute(std::move(compute))
        , m_deliver(std::move(deliver))
    {
        QObject::connect(&m_watcher, &QFutureWatcher<Result>::finished, context, [this] {
            if (m_pending) {
                // The cache or the question changed while this one was read: read again.
                m_pending = false;
                run(m_next);
                return;
            }
            m_result = m_watcher.result();
            m_busy = false;
            m_deliver(m_result);
        });
    }
    ~LatestOnlyRunner() { m_watcher.waitForFinished(); }
    LatestOnlyRunner(const LatestOnlyRunner &) = delete;
    LatestOnlyRunner &operator=(const LatestOnlyRunner &) = delete;

    void start(const Options &options)
    {
        if (m_watcher.isRunning()) {
            m_next = options;
            m_pending = true;
            return;
        }
        run(options);
    }
    // From start() until the result has been delivered.
    bool isRunning() const { return m_busy; }
    const Result &result() const { return m_result; }

private:
    void run(const Options &options)
    {
        m_busy = true;
        m_watcher.setFuture(QtConcurrent::run([compute = m_compute, options] { return compute(options); }));
    }

    Compute m_compute;
    Deliver m_deliver;
    QFutureWatcher<Result> m_watcher;
    Options m_next {};
    bool m_pending = false;
    bool m_busy = false;
    Result m_result {};
};
