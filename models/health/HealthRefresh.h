#pragma once

#include "HealthScorecard.h"
#include "churn/ChurnRisk.h"
#include "playbook/PlaybookRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <functional>

class Database;

// Brings the cache's derived risk data up to date: health for every live account
// (HealthRecompute with the active scorecard) and the churn model (ChurnRisk). Run after
// each import and on demand (`pitwall-cli health --recompute`, the GUI's Recompute).
//
// A cache with no health history yet gets one: the twelve weeks before today are scored
// as of their Mondays from the dated data the cache holds, so the trend and the
// dashboard's history mean something from the first day.
class HealthRefresh
{
    Q_DECLARE_TR_FUNCTIONS(HealthRefresh)

public:
    static constexpr int backfillWeeks = 12;

    struct Report
    {
        qint64 accounts = 0;
        qint64 weeksBackfilled = 0;
        qint64 healthMs = 0;
        qint64 churnMs = 0;
        ChurnRisk::Model model;
        QString scorecardOrigin; // "built-in" or the file it was imported from
        // The playbook rules evaluated after the recompute (PlaybookRules::evaluate()); a
        // failure there does not fail the refresh: rulesError says what went wrong.
        PlaybookRules::Outcome rules;
        QString rulesError;
    };

    using StageCallback = std::function<void(const QString &stage)>;

    // False with *error on a failure; the cache is left as it was for the part that failed.
    static bool run(Database &db, const QDate &asOf, Report *report, QString *error,
                    const StageCallback &stage = {});

    // The scorecard CS Ops published in the last import that carried one
    // (config_documents "health_scorecard"), else the built-in one. *origin names it.
    static HealthScorecard activeScorecard(Database &db, QString *origin = nullptr);
    // The name of the file in a central export that replaces the scorecard.
    static QString scorecardFileName() { return QStringLiteral("health-scorecard.json"); }
    static QString scorecardDocument() { return QStringLiteral("health_scorecard"); }
};
