#pragma once

#include "QbrQuarter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

// Everything a QBR shows from the cache for one account and quarter, read in one go
// (no SQL in the renderer or the views). Money stays in the account's currency.
// Empty lists mean "no data for the quarter": the report says so instead of drawing an
// empty chart.
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
    QString segment;
    QString currency;
    std::optional<double> arr;
    QDate renewalDate;
    int licenses = 0;
    QbrQuarter quarter;
    QDate asOf; // the last day with data used (quarter end, or today inside the quarter)

    // Health: weekly score history over the quarter and the quarter before, the latest
    // score and band ("green"/"yellow"/"red"/""), its trend, the top drag.
    Series healthHistory;
    std::optional<int> healthScore;
    QString healthBand;
    std::optional<int> healthTrend; // points vs four weeks earlier
    QString healthTopDrag; // translated sentence, may be empty
    std::optional<double> churnProbability;
    QStringList churnDrivers; // translated

    // Adoption: weekly licences purchased vs used, active users, every metric's series.
    Series licencesPurchased;
    Series licencesUsed;
    Series activeUsers;
    QList<Series> metrics;
    std::optional<double> utilisationStart; // used / purchased, first and last week
    std::optional<double> utilisationEnd;

    // Support in the quarter.
    int casesOpened = 0;
    int casesClosed = 0;
    int casesOpenAtEnd = 0;
    QList<QPair<QString, int>> casesByPriority; // priority label -> opened, highest first
    std::optional<double> csatAverage;
    std::optional<double> medianDaysToClose;

    // Voice of the customer: NPS responses in the quarter.
    struct NpsResponse
    {
        QDate day;
        int score = 0;
        QString contact;
        QString comment;
    };
    QList<NpsResponse> npsResponses; // newest first
    std::optional<double> npsScore; // -100..100 over the quarter's responses

    // Renewal and expansion.
    struct Opportunity
    {
        QString name;
        QString type; // "renewal", "expansion", ...
        QString stage;
        std::optional<double> amount;
        QDate closeDate;
        bool closed = false;
        bool won = false;
    };
    QList<Opportunity> opportunities; // closing in the quarter or open after it

    bool hasUsage() const { return !licencesUsed.points.isEmpty() || !activeUsers.points.isEmpty() || !metrics.isEmpty(); }

    // nullopt with *error when the account is unknown or the cache cannot be read.
    static std::optional<QbrData> load(Database &db, const QString &accountId, const QbrQuarter &quarter,
                                       const QDate &today, QString *error);
};
