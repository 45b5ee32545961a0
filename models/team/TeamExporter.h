#pragma once

#include "TeamSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Writes the team view's table to an Excel workbook: a bold, frozen header with an
// autofilter, then one row per CSM and currency (a CSM whose accounts use two currencies
// has two rows, every figure split by the accounts' currency, so each column adds up and
// no amount is ever converted), then a bold total per currency and a note saying what
// the figures are. Counts and money are numbers; text cells that a spreadsheet would run
// as a formula are escaped as AccountExporter::escapeText does. The file appears
// complete or not at all (QSaveFile).
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

    bool exportTo(const QString &path, const TeamSummary &summary, const Options &options = {});

    QString errorString() const { return m_error; }
    // Data rows written (CSM and currency lines, not the header or totals).
    int rowsWritten() const { return m_rows; }

    static QString columnTitle(int column);

private:
    QString m_error;
    int m_rows = 0;
};
