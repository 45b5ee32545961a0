#pragma once

#include "accounts/AccountFilter.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

// The team view's table (issue 4, "Team (managers)"): one row per CSM owning live
// accounts in a scope (My team of a user by default; All for everyone), with the number
// of accounts, their ARR, the health mix, ARR at risk, renewals in 90 days, accounts not
// touched in 30 days and overdue tasks, plus a totals row.
//
// Read in two set-based queries (one pass over the accounts grouped by owner, currency
// and lifecycle stage; one over the open tasks), whatever the number of CSMs.
//
// Like HomeSummary, every account figure is counted through the SQL condition of the
// very AccountFilter that lists it (filterFor), so a click through shows exactly the
// accounts counted:
// - the live book: accounts in scope, not archived, not churned (lifecycle stage
//   "churned"), named through AccountFilter::lifecycleStages when the scope holds
//   churned accounts;
// - health: the band the account shows (a holding override's, else the computed one;
//   AccountFilter::healthBands); "not scored" = no band;
// - ARR at risk = Σ ARR × churn probability (churn_scores); an account without a
//   probability counts 0 and is counted in `churnUnscored`;
// - renewals: renewal date from today to today + 90 days; not touched: no CRM activity
//   and no note in 30 days (AccountFilter::renewalWithinDays, notTouchedDays);
// - overdue tasks: open, not deleted, due before today, on the row's accounts; their
//   filter lists the accounts those tasks are on.
//
// Money is never converted: each row holds its figures per currency (byCurrency, the
// summary's main currency first); Row::figures carries the counts over every currency
// and the money of the main currency.
class TeamSummary
{
    Q_DECLARE_TR_FUNCTIONS(TeamSummary)

public:
    struct Options
    {
        Workspace::Scope scope = Workspace::Scope::MyTeam;
        QString userId; // whose team; empty = every CSM
        QDate today; // invalid = QDate::currentDate()
    };

    // The figures a cell can open.
    enum class Figure
    {
        Accounts,
        Arr,
        Red,
        Yellow,
        Green,
        NotScored,
        ArrAtRisk,
        Renewals,
        RenewalArr,
        NotTouched,
        OverdueTasks
    };

    static constexpr int renewalDays = 90;
    static constexpr int notTouchedDays = 30;

    struct Figures
    {
        qint64 accounts = 0;
        double arr = 0;
        qint64 red = 0;
        qint64 yellow = 0;
        qint64 green = 0;
        qint64 notScored = 0; // no health band
        double arrAtRisk = 0; // Σ ARR × churn probability
        qint64 churnUnscored = 0; // accounts without a churn probability (0 in arrAtRisk)
        qint64 renewals = 0; // renewal in the next renewalDays days
        double renewalArr = 0;
        qint64 notTouched = 0; // no activity or note in notTouchedDays days
        qint64 overdueTasks = 0;

        // Adds the other's counts, and its money too when `money` is set.
        void add(const Figures &other, bool money = true);
        bool operator==(const Figures &) const = default;
    };

    // A CSM's playbooks (PlaybookStore::completionByOwner): of the steps due by today in
    // their open or completed playbooks, how many were done or skipped, and the open steps
    // overdue now. Counted per owner, never split by currency.
    struct Playbooks
    {
        qint64 open = 0; // open playbooks
        qint64 completed = 0;
        qint64 stepsDue = 0;
        qint64 stepsResolved = 0; // of stepsDue: done or skipped
        qint64 overdueSteps = 0;

        // stepsResolved / stepsDue; nullopt when no step was due yet.
        std::optional<double> completionRate() const
        {
            return stepsDue > 0 ? std::optional<double>(double(stepsResolved) / double(stepsDue))
                                : std::nullopt;
        }
        void add(const Playbooks &other);
        bool operator==(const Playbooks &) const = default;
    };

    struct Slice
    {
        QString currency; // as imported; empty when the accounts have none
        Figures figures;
    };

    struct Row
    {
        enum class Kind
        {
            Csm,
            NoOwner, // accounts without an owner (scope All only)
            Total
        };
        Kind kind = Kind::Csm;
        QString ownerId; // CRM user id; empty for NoOwner and Total
        QString ownerName; // the user's name, their id when not in the cache
        QString team; // the team's name, or the user's team as stored
        Figures figures; // every currency's counts; the main currency's money
        QList<Slice> byCurrency; // main currency first, then by accounts
        AccountFilter filter; // exactly the row's accounts
        QStringList overdueTaskAccounts; // CRM ids of the accounts with overdue tasks, sorted
        Playbooks playbooks;

        bool isTotal() const { return kind == Kind::Total; }
        // The figures in `currency`, or nullptr when the row has no account in it.
        const Figures *in(const QString &currency) const;
        // True when the row has money in a currency other than the main one.
        bool hasOtherCurrencies() const;
    };

    Options options;
    QDate today;
    QString mainCurrency; // the one most accounts in scope use
    QList<Row> rows; // CSMs by name (then id), the accounts without owner last
    Row total;
    AccountFilter base; // every live account in scope
    qint64 churnedAccounts = 0; // in scope, left out of the figures
    // My team: the people in the user's team other than the user (0: the user has no
    // team in the cache, so the table holds their own book).
    int teamMembers = 0;
    QString error; // empty when every query succeeded
    qint64 elapsedMs = 0;

    bool isValid() const { return error.isEmpty(); }
    // Whether any row's accounts have a churn probability at all.
    bool hasChurnScores() const { return total.figures.accounts > total.figures.churnUnscored; }

    // The accounts a figure of `row` counts. A figure of 0 accounts selects none.
    static AccountFilter filterFor(const Row &row, Figure figure);

    // Reads the summary on `db` (any thread that owns the connection).
    static TeamSummary compute(const QSqlDatabase &db, const Options &options);
    static TeamSummary compute(Database &db, const Options &options);

    // The rows (not the total) as the CLI's --json prints them: owner_id, owner, team,
    // accounts, arr, currency (the main one), red, yellow, green, unscored, arr_at_risk,
    // churn_unscored, renewals_90d, renewals_90d_arr, untouched_30d, overdue_tasks,
    // playbook_steps_due, playbook_steps_resolved, playbook_overdue_steps, and by_currency
    // (every currency's own figures).
    QJsonArray toJson() const;

    // A row's translated name: the CSM, "No owner" or "Total".
    static QString rowLabel(const Row &row);
};
