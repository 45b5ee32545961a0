#pragma once

#include <QDate>
#include <QString>
#include <atomic>
#include <functional>

// Writes a native export bundle (manifest.json plus one CSV per entity, see
// domain/Entity.h for the columns) that looks like a real company's book of business.
// The bundle is a pure function of the options: the same options give the same bytes.
struct DemoOptions
{
    int accounts = 480;
    quint64 seed = 42;
    int usageWeeks = 78; // weekly usage history per account (18 months)
    QDate asOf; // "today" of the demo company; invalid = QDate::currentDate()
};

class DemoExportWriter
{
public:
    using ProgressCallback = std::function<void(qint64 doneAccounts, qint64 totalAccounts)>;

    explicit DemoExportWriter(const DemoOptions &options = {});

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Writes the bundle into `directory` (created if needed). False with `error` set
    // on failure or cancel.
    bool write(const QString &directory, QString *error);

private:
    DemoOptions m_options;
    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};
