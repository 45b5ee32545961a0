#pragma once

#include "accounts/AccountFilter.h"
#include "churn/ChurnRisk.h"
#include "forecast/Forecast.h"
#include "health/HealthScorecard.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QFuture>
#include <QList>
#include <QString>
#include <optional>

class Database;

// The dashboard's figures for a scope on a given day, read from the cache in a handful
// of set-based queries (well under a second for 100k accounts):
// - health mix: accounts per health band shown now (a holding override's band, else the
//   computed one; "not scored" without a score), as counts and as ARR;
// - health trend: accounts per band in each of the last N weekly snapshots;
// - renewals by month for the next months (this month from today on, then whole
//   months) and overdue ones: renewing ARR and ARR at risk (ARR x churn probability);
// - NPS over the last 12 months: responses per category and the NPS;
// - gross and net revenue retention over the trailing 12 months (Forecast).
//
// Like Home, the figures count the live book: accounts in scope, not archived, and not
// churned (lifecycle stage "churned"; see HomeSummary). The trend is history: every
// snapshot of an account in scope counts, churned or archived since.
//
// Every clickable figure carries the AccountFilter that lists exactly the accounts it
// counts, and is counted on the same SQL conditions, so a click through to the account
// list shows the same number.
//
// ARR is summed per currency and never converted: the charts show the main currency
// (the one most accounts in scope use) and every figure lists the others.
class DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    using Band = HealthScorecard::Band;
    static constexpr int bandCount = 4; // indexed by int(Band): None, Red, Yellow, Green

    enum class NpsCategory
    {
        Promoter, // 9-10
        Passive, // 7-8
        Detractor // 0-6
    };
    static constexpr int npsCategoryCount = 3;

    struct Options
    {
        Workspace::Scope scope = Workspace::Scope::All;
        QString userId; // whose book or team; empty = every account
        QDate today; // invalid = QDate::currentDate()
        int trendWeeks = 26;
        int renewalMonths = 12; // this month and the next ones
        bool figures = true; // everything but retention
        bool retention = true; // GRR/NRR (the slowest part: a view reads it in a second job)
        // Tuning: from this many accounts in scope NPS reads every response in the window
        // rather than each account's through the index.
        qint64 bulkNpsFrom = 20000;
    };

    struct Money
    {
        QString currency; // ISO code as imported; empty when the account has none
        double amount = 0;
        qint64 accounts = 0;

        bool operator==(const Money &) const = default;
    };

    // A clickable figure: its accounts, their ARR per currency (the main currency first)
    // and the filter listing exactly them.
    struct Slice
    {
        qint64 count = 0;
        QList<Money> arr;
        AccountFilter filter;

        double arrIn(const QString &currency) const;
    };

    struct TrendWeek
    {
        QDate week; // its Monday
        qint64 counts[bandCount] = {}; // accounts per band in that week's snapshot
        qint64 total() const;
    };

    struct RenewalMonth
    {
        QDate from; // first renewal day counted (today in the current month); invalid: overdue
        QDate to; // last day counted
        Slice renewals; // accounts renewing, their ARR
        QList<Money> arrAtRisk; // per currency: sum of ARR x churn probability
        qint64 scored = 0; // renewals with a churn probability

        double atRiskIn(const QString &currency) const;
    };

    struct Nps
    {
        QDate from; // responses from this day ...
        QDate until; // ... through this one
        qint64 responses[npsCategoryCount] = {}; // by NpsCategory
        // Accounts by the category of their latest response in the window.
        Slice accounts[npsCategoryCount];

        qint64 totalResponses() const;
        // Percentage of promoters minus percentage of detractors (-100..100); none
        // without responses.
        std::optional<double> score() const;
    };

    struct RetentionFigures
    {
        bool read = false; // false: not asked for, or could not be read (error says why)
        QString error;
        Forecast::Retention overall;
        QList<Forecast::Retention> byCsm;
        QList<Forecast::Retention> byTeam;
        QList<Forecast::Retention> bySegment;
    };

    Options options;
    QDate today;
    QString mainCurrency;
    Slice liveBook; // every account the figures count
    qint64 churnedAccounts = 0; // in scope, left out
    AccountFilter baseFilter; // the live book's filter, for further click-throughs

    Slice healthMix[bandCount]; // by int(Band)
    bool healthComputed = false; // whether the cache holds any health score at all

    QList<TrendWeek> trend; // oldest first, one per week (empty weeks have total() 0)
    AccountFilter trendFilter; // scope and archived included; see trendSliceFilter()

    RenewalMonth overdue; // renewal date before today
    QList<RenewalMonth> renewals; // options.renewalMonths, oldest first

    Nps nps;

    ChurnRisk::Model churnModel; // the stored model; no scores unless trained
    RetentionFigures retention;

    QString error; // empty when every query succeeded
    qint64 elapsedMs = 0;
    qint64 retentionMs = 0;
    qint64 accountsMs = 0; // of elapsedMs: the mix and renewals, the trend, NPS
    qint64 trendMs = 0;
    qint64 npsMs = 0;

    bool isValid() const { return error.isEmpty(); }

    // The accounts in `band` in the snapshot of trend week `index`.
    AccountFilter trendSliceFilter(int index, Band band) const;
    // The accounts of one retention row (`by` "csm", "team" or "segment"), churned ones
    // included.
    AccountFilter retentionFilter(const QString &by, const QString &key) const;
    // Currencies other than the main one in the live book, largest first.
    QList<Money> otherCurrencies() const;

    static QString npsKeyword(NpsCategory category); // "promoter", "passive", "detractor"
    static QString npsLabel(NpsCategory category); // translated, plural: "Promoters"
    static QString bandKeyword(Band band) { return HealthScorecard::bandKeyword(band); }

    // Reads the figures on `db` (any thread that owns the connection); with
    // options.figures off, only the retention.
    static DashboardData compute(Database &db, const Options &options);
    // The same on connections of its own to the cache at `databasePath`, the trend on a
    // second one beside the rest (DashboardJob's worker).
    static DashboardData compute(const QString &databasePath, const Options &options);

    // GRR and NRR over the trailing 12 months, overall and by CSM, team and segment, from
    // the renewal forecast. Kept apart: the forecast reads far more than the rest.
    static RetentionFigures readRetention(Database &db, const Options &options);

private:
    static DashboardData compute(Database &db, const Options &options, QFuture<DashboardData> *trendPart);
    bool readAccounts(Database &db);
    bool readTrend(Database &db);
    bool readNps(Database &db);

    qint64 m_inScope = 0; // accounts in scope, churned included
};
