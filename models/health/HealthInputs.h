#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <limits>
#include <optional>

// The raw values a health scorecard reads for one account, each with the day its data
// was observed (so a measure can tell fresh data from stale). Days are counted from
// 1970-01-01, like usage.day.
//
// The built-in inputs, by the name a scorecard uses (see HealthInputReader for how each
// is read from the cache):
//   licence_utilisation       seats in use / licences purchased (a ratio, 1.0 = all)
//   active_users_per_licence  active users / licences purchased (a ratio)
//   usage_trend               active users, the last 4 weeks vs the 4 before, in % change
//   open_cases                open cases opened in the last 90 days
//   high_priority_cases       of those, priority high, urgent or critical
//   cases_90d                 every case opened in the last 90 days
//   nps_average               mean NPS score (0-10) of the last 12 months
//   nps_latest                the newest NPS score (0-10) of the last 12 months
//   days_since_activity       days since the account was last touched
//   csm_sentiment             the CSM's sentiment: red, yellow or green (0, 1, 2)
//   days_to_renewal           days until the renewal date (negative when past)
//   metric:NAME               the latest weekly average of any usage metric NAME
enum class HealthInput
{
    LicenceUtilisation,
    ActiveUsersPerLicence,
    UsageTrend,
    OpenCases,
    HighPriorityCases,
    CasesLast90Days,
    NpsAverage,
    NpsLatest,
    DaysSinceActivity,
    CsmSentiment,
    DaysToRenewal,
    UsageMetric, // metric:NAME
};

// Which input a measure or rule reads: a built-in one, or a usage metric by name.
struct HealthInputKey
{
    HealthInput kind = HealthInput::LicenceUtilisation;
    QString metric; // for UsageMetric: the metric's name as in the metrics table

    static constexpr int builtInCount = int(HealthInput::UsageMetric);

    // "licence_utilisation", "metric:logins"... nullopt for an unknown name.
    static std::optional<HealthInputKey> fromName(const QString &name);
    QString name() const;
    // Every built-in name, for error messages and documentation.
    static QStringList builtInNames();

    // Inputs read from the usage table (their lookback follows their window).
    bool isUsage() const;

    // csm_sentiment keeps a level as a number; conditions and thresholds may name it.
    static std::optional<double> sentimentValue(const QString &keyword); // "red" -> 0
    static QString sentimentKeyword(double value);

    friend bool operator==(const HealthInputKey &a, const HealthInputKey &b)
    {
        return a.kind == b.kind && (a.kind != HealthInput::UsageMetric || a.metric == b.metric);
    }
};

// One raw value and when it was observed.
struct HealthValue
{
    static constexpr qint64 noDay = std::numeric_limits<qint64>::min();

    double value = 0;
    qint64 observedDay = noDay; // days since 1970-01-01; noDay when not present
    bool present = false;

    static HealthValue of(double value, qint64 observedDay) { return { value, observedDay, true }; }
};

// The inputs of one account. Cheap to copy; built-in inputs live in a fixed array.
class HealthInputs
{
public:
    void set(HealthInput input, double value, qint64 observedDay);
    void set(const HealthInputKey &key, double value, qint64 observedDay);
    void setMetric(const QString &metric, double value, qint64 observedDay);
    void clear(const HealthInputKey &key);

    HealthValue value(const HealthInputKey &key) const;
    HealthValue value(HealthInput input) const { return m_builtIn.at(size_t(input)); }

    static qint64 dayNumber(const QDate &date); // days since 1970-01-01
    static QDate dateOfDay(qint64 day);

private:
    std::array<HealthValue, HealthInputKey::builtInCount> m_builtIn {};
    QList<std::pair<QString, HealthValue>> m_metrics;
};
