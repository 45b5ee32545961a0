#pragma once

#include "churn/ChurnRisk.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class Database;

// The renewal forecast (PRODUCT.md, "Renewal forecast"), from the cache and the churn
// scores ChurnRisk stored:
// - renewals due from today through the end of the N-th month ahead (live accounts,
//   renewal date in that window, plus overdue renewals not yet closed);
//   expected ARR = ARR x (1 - churn probability); an account without a score counts at
//   its full ARR (probability unknown);
// - at risk: the 20% of those renewals least likely to renew (highest probability,
//   rounded up, at least one when any is scored), with revenue at risk = ARR x p and the
//   top three drivers;
// - GRR and NRR over the trailing 12 months, overall and by CSM, team and segment: the
//   accounts that were customers 12 months ago; start ARR = their ARR then (today's ARR
//   less expansion won since, plus contraction since; a churned account's last ARR);
//   churned = ARR of accounts lost since (renewal lost or churned); contraction = a
//   renewal won for less than the one before; expansion = expansion/upsell opportunities
//   won since. GRR = (start - churned - contraction) / start; NRR adds expansion.
// Money is never converted between currencies: the figures are in the main currency
// (the one most accounts in scope use) and `byCurrency` lists every currency's own.
class Forecast
{
    Q_DECLARE_TR_FUNCTIONS(Forecast)

public:
    struct Options
    {
        int months = 3;
        QDate asOf; // invalid: today
        Workspace::Scope scope = Workspace::Scope::All;
        QString scopeUserId;
        double atRiskShare = 0.2;
    };

    struct Renewal
    {
        QString accountId;
        QString name;
        QString ownerId;
        QString ownerName;
        QString team;
        QString segment;
        QString currency;
        QDate renewalDate;
        double arr = 0;
        std::optional<double> probability; // none when the account has no churn score
        QList<ChurnRisk::Driver> drivers;
        double expectedArr() const { return arr * (1.0 - probability.value_or(0.0)); }
        double arrAtRisk() const { return arr * probability.value_or(0.0); }
    };

    struct Money
    {
        QString currency;
        qint64 renewals = 0;
        double renewingArr = 0;
        double expectedArr = 0;
        double arrAtRisk = 0; // of the at-risk renewals
    };

    struct Retention
    {
        QString key; // owner id, team, segment; empty for the whole scope
        QString label; // owner name, team name, segment label (translated)
        QString currency;
        qint64 accounts = 0; // customers 12 months ago
        double startArr = 0;
        double churnedArr = 0;
        double contractionArr = 0;
        double expansionArr = 0;
        std::optional<double> grr() const; // none when startArr is 0
        std::optional<double> nrr() const;
    };

    struct Result
    {
        QDate asOf;
        QDate until; // the window's last day
        int months = 0;
        QString currency; // the main currency
        qint64 renewalCount = 0; // in the main currency
        double renewingArr = 0;
        double expectedArr = 0;
        double arrAtRisk = 0;
        QList<Money> byCurrency; // main currency first
        QList<Renewal> renewals; // every renewal due, by date then name
        QList<Renewal> atRisk; // most likely to churn first
        Retention retention; // the whole scope, main currency
        QList<Retention> byCsm;
        QList<Retention> byTeam;
        QList<Retention> bySegment;
        ChurnRisk::Model model;

        QJsonObject toJson() const;
        QString toText() const; // the CLI's human summary, translated
    };

    static bool compute(Database &db, const Options &options, Result *result, QString *error);
};
