#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class Database;

// One account's product usage from the `usage` table (account_pk, metric_id,
// day = days since 1970-01-01, value), as weekly points per metric: every week runs
// Monday to Sunday and is dated by its Monday.
class UsageSeries
{
    Q_DECLARE_TR_FUNCTIONS(UsageSeries)

public:
    // What a metric measures, recognised from its free-text CRM name.
    enum class Kind
    {
        Other,
        LicencesUsed, // "licenses_used", "Seats assigned", "已用许可"
        LicencesPurchased, // "licenses_purchased", "Seats total"
        ActiveUsers, // "active_users", "Monthly active users", "WAU", "活跃用户"
    };

    // How a week's daily values become one point.
    enum class Aggregation
    {
        Average, // levels: seats in use, active users
        Sum, // events: logins, API calls
        Last, // the value on the last day that has one
    };

    struct Metric
    {
        int id = 0;
        QString name;
        Kind kind = Kind::Other;
        int days = 0; // days with a value for this account
        QDate first;
        QDate last;
    };

    struct Point
    {
        QDate week; // the Monday
        double value = 0;
    };

    int metricId = 0;
    QString metricName;
    QList<Point> points;

    bool isEmpty() const { return points.isEmpty(); }
    double maximum() const;

    // The metrics this account has values for, by name.
    static QList<Metric> metrics(const QSqlDatabase &db, qint64 accountPk, QString *error = nullptr);
    // The weekly series of one metric over [from, to] (whole weeks: `from` is moved back
    // to its Monday). Invalid dates leave that end open.
    static UsageSeries load(const QSqlDatabase &db, qint64 accountPk, int metricId, const QDate &from,
                            const QDate &to, Aggregation aggregation = Aggregation::Average,
                            QString *error = nullptr);

    static Kind kindOf(const QString &metricName);
    // The metric of that kind among `metrics` (the one with the most data), or nullptr.
    static const Metric *find(const QList<Metric> &metrics, Kind kind);
    // A metric name as a person reads it: known kinds translated, "core_feature_adoption"
    // as "Core feature adoption".
    static QString displayName(const QString &metricName);

    static qint64 dayNumber(const QDate &date); // days since 1970-01-01
    static QDate dateOfDay(qint64 day);
    static QDate mondayOf(const QDate &date);
};
