#pragma once

#include "accounts/AccountFilter.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class Database;

// "My book at a glance": the figures Home shows for a scope on a given day, read from
// the cache in four queries.
//
// Every account figure carries the AccountFilter that lists exactly the accounts it
// counts, and is counted through that very filter's SQL condition, so a click through
// to the account list always shows the same number.
//
// The figures count the live book: accounts in scope, not archived, and not churned
// (lifecycle stage "churned"): a churned account has no renewal to chase and no ARR to
// protect. Where the scope holds churned accounts the filters name the other lifecycle
// stages explicitly; a scope of churned accounts only is counted as it is.
//
// ARR is summed per currency, never converted: the cache holds no exchange rates. The
// main currency is the one most accounts in scope use; the others are listed after it.
class HomeSummary
{
    Q_DECLARE_TR_FUNCTIONS(HomeSummary)

public:
    struct Options
    {
        Workspace::Scope scope = Workspace::Scope::All;
        QString userId; // whose book or team; empty = every account
        QDate today; // invalid = QDate::currentDate()
        int recentLimit = 12; // entries of recent activity
    };

    struct Money
    {
        QString currency; // ISO code as imported; empty when the account has none
        double amount = 0;
        int accounts = 0;

        bool operator==(const Money &) const = default;
    };

    struct Figure
    {
        int count = 0;
        QList<Money> arr; // per currency: the summary's main currency first, no empty ones
        AccountFilter filter;

        // The ARR in `currency` (0 when none).
        double arrIn(const QString &currency) const;
    };

    struct Activity
    {
        enum class Source
        {
            Crm, // an activity from the CRM export
            Note // a note written in Pitwall
        };
        Source source = Source::Crm;
        QString id;
        QString accountId;
        QString accountName;
        QString type; // call, email, meeting, note, ... as stored
        QString subject; // the CRM subject, or the note's first line
        QString who; // the owner's or author's name (their id when not in the cache)
        QDateTime when; // UTC
    };

    static constexpr int notTouchedDays = 30;
    static constexpr int renewalWindows[] = { 30, 90, 180 };

    QDate today;
    Figure accounts; // the live book and its ARR
    Figure renewals[3]; // renewal date from today up to today + renewalWindows[i]
    Figure overdueRenewals; // renewal date before today
    Figure notTouched; // no CRM activity and no note in notTouchedDays
    int overdueTasks = 0; // open tasks due before today, on accounts in scope
    int tasksDueToday = 0;
    int churnedAccounts = 0; // in scope, left out of the figures
    QString mainCurrency;
    QList<Activity> recent; // newest first
    QString error; // empty when every query succeeded
    qint64 elapsedMs = 0;

    bool isValid() const { return error.isEmpty(); }

    // Reads the summary on `db` (any thread that owns the connection).
    static HomeSummary compute(const QSqlDatabase &db, const Options &options);
    static HomeSummary compute(Database &db, const Options &options);

    // Whether the cache holds any account that is not archived (one indexed lookup).
    static bool cacheHasAccounts(const QSqlDatabase &db);

    // Whether a stored lifecycle stage means the customer has left.
    static bool isChurnedStage(const QString &stage);
};
