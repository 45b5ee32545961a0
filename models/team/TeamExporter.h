#pragma once

#include "TeamSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

// Writes the team view's table to an Excel workbook: a bold, frozen header with an
// autofilter, then one row per CSM and currency (a CSM whose accounts use two currencies
// has two rows, every figure split by the accounts' currency, so each column adds up and
// no amount is ever converted; the playbook figures, counted per CSM, are on the first), then a bold total
// per currency and a note saying what the figures are. Counts and money are numbers; text cells that a
// spreadsheet would run as a formula are escaped as AccountExporter::escapeText does. The file appears
// complete or not at all (QSaveFile): a failure or a cancellation leaves no file and
// an existing one as it was. Runs on any thread (the team view runs it on an
// ExportJob's worker).
class TeamExporter
{
    Q_DECLARE_TR_FUNCTIONS(TeamExporter)

public:
    enum Column
    {
        Csm,
        Team,
        Accounts,
        Arr,
        Currency,
        Red,
        Yellow,
        Green,
        NotScored,
        ArrAtRisk,
        ChurnUnscored,
        Renewals,
        RenewalArr,
        NotTouched,
        OverdueTasks,
        PlaybookStepsDue, // playbook steps due so far
        PlaybookStepsResolved, // of those, done or skipped
        PlaybookCompletion, // their share (a percentage; empty when none was due)
        PlaybookOverdue, // open playbook steps overdue
        OwnerId,
        ColumnCount
    };

    struct Options
    {
        // The summary's rows in the order to write them (indexes into summary.rows);
        // empty = the summary's order.
        QList<int> order;
        // A line under the table saying whose team and when ("My team of Maria Lopez ·
        // 16 June 2025"); empty = the scope and the day only.
        QString note;
    };

    // Rows written so far and the rows to write; returning false cancels the export.
    using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Checked between rows and before the file is put in place; true cancels.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

    // False with errorString() set (naming the file) on failure or cancellation.
    bool exportTo(const QString &path, const TeamSummary &summary, const Options &options = {});

    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    // Data rows written (CSM and currency lines, not the header or totals).
    int rowsWritten() const { return m_rows; }

    static QString columnTitle(int column);

private:
    bool cancelled(qint64 done, qint64 total);

    ProgressCallback m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    QString m_error;
    bool m_cancelled = false;
    int m_rows = 0;
};
