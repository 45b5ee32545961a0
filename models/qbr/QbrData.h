#pragma once

#include "QbrQuarter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

// Everything a QBR shows from the cache for one account and quarter, read in one go
// (no SQL in the renderer or the views). Money stays in the account's currency.
// Empty lists mean "no data for the quarter": the report says so instead of drawing an
// empty chart. "In the quarter" means from its first day to asOf, by the day a record
// names (UTC dates for instants). Archived CRM records are left out. A handful of
// indexed queries per account (200 accounts of a 5,000-account cache: about 0.1 s).
struct QbrData
{
    Q_DECLARE_TR_FUNCTIONS(QbrData)

public:
    struct Point
    {
        QDate day;
        double value = 0;
    };
    struct Series
    {
        QString name; // metric name, or a fixed series name
        QList<Point> points; // in day order
    };

    // Account
    QString accountId;
    QString accountName;
    QString csmName;
    QString segment; // CRM code: show it with CrmFormat::codeLabel()
    QString currency;
    std::optional<double> arr;
    QDate renewalDate;
    int licenses = 0;
    QbrQuarter quarter;
    QDate asOf; // the last day with data used (quarter end, or today inside the quarter)

    // Health: weekly score history over the quarter and the quarter before (one point
    // per week with a score, dated by its Monday), the latest score and band
    // ("green"/"yellow"/"red"/""), its trend, the top drag. For the quarter holding
    // `today` the latest is the account's health now (an override's when one holds, as
    // the Account 360 shows it); for a past quarter, its last weekly snapshot (the trend
    // then compares with the snapshot four weeks before; no top drag). Churn risk is
    // the cache's current score whatever the quarter (churn_scores).
    Series healthHistory;
    std::optional<int> healthScore;
    QString healthBand;
    std::optional<int> healthTrend; // points vs four weeks earlier
    QString healthTopDrag; // translated sentence, may be empty
    std::optional<double> churnProbability;
    QStringList churnDrivers; // translated

    // Adoption: weekly averages of the days with a value inside the quarter, each point
    // dated by its week's Monday (the quarter's first day for a week that began before
    // it). Licences used / purchased and active users are the metrics UsageSeries::kindOf()
    // recognises (the one with most points when several match); without a purchased
    // metric, purchased is the account's licence count on every week with licences used.
    // `metrics` holds every metric with data in the quarter, those three included, by
    // name. Series names are display names (UsageSeries::displayName()).
    Series licencesPurchased;
    Series licencesUsed;
    Series activeUsers;
    QList<Series> metrics;
    std::optional<double> utilisationStart; // used / purchased, first and last week with both
    std::optional<double> utilisationEnd;

    // Support in the quarter: cases opened, closed, still open at asOf; the opened ones by priority
    // (translated label, urgent first, "No priority" last); CSAT averaged and days to close (median,
    // fractional) over the cases closed in the quarter.
    int casesOpened = 0;
    int casesClosed = 0;
    int casesOpenAtEnd = 0;
    QList<QPair<QString, int>> casesByPriority; // priority label -> opened, highest first
    std::optional<double> csatAverage; // on the CRM's own scale
    std::optional<double> medianDaysToClose;

    // Voice of the customer: NPS responses in the quarter.
    struct NpsResponse
    {
        QDate day;
        int score = 0;
        QString contact;
        QString comment;
    };
    QList<NpsResponse> npsResponses; // newest first; contact: the person's name, may be empty
    std::optional<double> npsScore; // -100..100: % promoters (9-10) less % detractors (0-6)

    // Renewal and expansion.
    struct Opportunity
    {
        QString name;
        QString type; // "renewal", "expansion", ... (lower case)
        QString stage; // CRM code: show it with CrmFormat::codeLabel()
        std::optional<double> amount;
        QDate closeDate;
        bool closed = false;
        bool won = false;
    };
    // Closing in the quarter, and every one still open (whatever its date); by close date,
    // undated last.
    QList<Opportunity> opportunities;

    bool hasUsage() const
    {
        return !licencesUsed.points.isEmpty() || !activeUsers.points.isEmpty() || !metrics.isEmpty();
    }

    // nullopt with *error when the account is unknown, the quarter invalid or the cache
    // cannot be read. `today` (invalid: the current date) ends the quarter's data early
    // while it runs.
    static std::optional<QbrData> load(Database &db, const QString &accountId, const QbrQuarter &quarter,
                                       const QDate &today, QString *error);
};
