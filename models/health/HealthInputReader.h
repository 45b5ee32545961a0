#pragma once

#include "HealthInputs.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;
class HealthScorecard;

// Reads the inputs a scorecard needs for every live account (not archived, lifecycle
// stage not "churned") from the cache, set-based: one query per kind of data over all
// accounts, on the raw SQLite handle; usage, the biggest, on a second read-only
// connection in a thread meanwhile (about a second for 100k accounts).
//
// As of a day (default: today, UTC); data dated after it is ignored:
// - Usage (table usage; metrics recognised by name as UsageSeries::kindOf does): per
//   metric, its latest day L with a value within the usage window, the latest value = the
//   average over the 7 days up to L (a weekly average, whatever the granularity), and
//   the trend = the average over the last 4 weeks up to the day against the 4 weeks
//   before, in % change. Licences purchased: a "licences purchased" metric when there is
//   one, else accounts.licenses. licence_utilisation = licences used / purchased (active
//   users / purchased when there is no "licences used" metric);
//   active_users_per_licence = active users / purchased; usage_trend = the active users'
//   trend (else the licences used'). Observed on L. Only the longest usage window (at
//   least the trend's 8 weeks) is read: older usage is missing rather than stale.
// - Cases: open_cases / high_priority_cases count the cases opened in the last 90 days
//   that are still open (no closed_at, status not closed or resolved; or closed after
//   the day); cases_90d every case opened in those 90 days. Observed on the day when
//   such a case is open, else on the account's latest case opened or closed date. Cases
//   opened and closed before the 90 days (or the longest support window) are not read.
// - NPS: responses of the last 365 days: their mean and the newest score, observed on
//   the newest response's date.
// - days_since_activity: from accounts.last_activity_at (or, never touched, from
//   created_at), observed on the day; csm_sentiment from table sentiment, observed when
//   it was set; days_to_renewal from accounts.renewal_date, observed on the day.
class HealthInputReader
{
    Q_DECLARE_TR_FUNCTIONS(HealthInputReader)

public:
    struct Account
    {
        qint64 pk = 0;
        QString id;
        QByteArray key; // the id as UTF-8
        HealthInputs inputs;
    };

    // Milliseconds spent per part of the last read.
    struct Timing
    {
        qint64 accounts = 0;
        qint64 usage = 0;
        qint64 cases = 0;
        qint64 nps = 0;
        qint64 sentiment = 0;
    };

    explicit HealthInputReader(Database &db);

    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    QDate asOf() const; // the day set, or today (UTC)

    // Every live account, in pk order. False with lastError() set on failure.
    bool read(const HealthScorecard &card, QList<Account> *accounts);
    // One account (none when it is archived, churned or unknown).
    bool readAccount(const HealthScorecard &card, const QString &accountId, QList<Account> *accounts);

    // The SQL condition selecting live accounts from `alias` (e.g. "a").
    static QString liveCondition(const QString &alias);

    Timing timing() const { return m_timing; }
    QString lastError() const { return m_lastError; }

private:
    bool run(const HealthScorecard &card, const QString &accountId, QList<Account> *accounts);

    Database &m_db;
    QDate m_asOf;
    Timing m_timing;
    QString m_lastError;
};
