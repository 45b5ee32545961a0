#include "HealthInputs.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 unixEpochJulianDay = 2440588; // no static QDate: usable in static initialisers
const auto metricPrefix = "metric:"_L1;

// In HealthInput order.
constexpr const char *builtInInputNames[] = {
    "licence_utilisation", "active_users_per_licence",
    "usage_trend",         "open_cases",
    "high_priority_cases", "cases_90d",
    "nps_average",         "nps_latest",
    "days_since_activity", "csm_sentiment",
    "days_to_renewal",
};
static_assert(std::size(builtInInputNames) == size_t(HealthInputKey::builtInCount));

} // namespace

std::optional<HealthInputKey> HealthInputKey::fromName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.startsWith(metricPrefix)) {
        const QString metric = n.mid(metricPrefix.size()).trimmed();
        if (metric.isEmpty())
            return std::nullopt;
        return HealthInputKey { HealthInput::UsageMetric, metric };
    }
    for (int i = 0; i < builtInCount; ++i) {
        if (n == QLatin1StringView(builtInInputNames[i]))
            return HealthInputKey { HealthInput(i), QString() };
    }
    return std::nullopt;
}

QString HealthInputKey::name() const
{
    if (kind == HealthInput::UsageMetric)
        return metricPrefix + metric;
    return QString::fromLatin1(builtInInputNames[int(kind)]);
}

QStringList HealthInputKey::builtInNames()
{
    QStringList names;
    for (const char *name : builtInInputNames)
        names.append(QString::fromLatin1(name));
    names.append(u"metric:NAME"_s);
    return names;
}

bool HealthInputKey::isUsage() const
{
    return kind == HealthInput::LicenceUtilisation || kind == HealthInput::ActiveUsersPerLicence
        || kind == HealthInput::UsageTrend || kind == HealthInput::UsageMetric;
}

std::optional<double> HealthInputKey::sentimentValue(const QString &keyword)
{
    const QString k = keyword.trimmed().toLower();
    if (k == "red"_L1)
        return 0.0;
    if (k == "yellow"_L1)
        return 1.0;
    if (k == "green"_L1)
        return 2.0;
    return std::nullopt;
}

QString HealthInputKey::sentimentKeyword(double value)
{
    if (value == 0.0)
        return u"red"_s;
    if (value == 1.0)
        return u"yellow"_s;
    if (value == 2.0)
        return u"green"_s;
    return {};
}

void HealthInputs::set(HealthInput input, double value, qint64 observedDay)
{
    if (input == HealthInput::UsageMetric)
        return; // needs a name: setMetric()
    m_builtIn.at(size_t(input)) = HealthValue::of(value, observedDay);
}

void HealthInputs::set(const HealthInputKey &key, double value, qint64 observedDay)
{
    if (key.kind == HealthInput::UsageMetric)
        setMetric(key.metric, value, observedDay);
    else
        set(key.kind, value, observedDay);
}

void HealthInputs::setMetric(const QString &metric, double value, qint64 observedDay)
{
    for (auto &entry : m_metrics) {
        if (entry.first == metric) {
            entry.second = HealthValue::of(value, observedDay);
            return;
        }
    }
    m_metrics.append({ metric, HealthValue::of(value, observedDay) });
}

void HealthInputs::clear(const HealthInputKey &key)
{
    if (key.kind != HealthInput::UsageMetric) {
        m_builtIn.at(size_t(key.kind)) = HealthValue();
        return;
    }
    m_metrics.removeIf([&key](const auto &entry) { return entry.first == key.metric; });
}

HealthValue HealthInputs::value(const HealthInputKey &key) const
{
    if (key.kind != HealthInput::UsageMetric)
        return m_builtIn.at(size_t(key.kind));
    for (const auto &entry : m_metrics) {
        if (entry.first == key.metric)
            return entry.second;
    }
    return {};
}

qint64 HealthInputs::dayNumber(const QDate &date)
{
    return date.isValid() ? date.toJulianDay() - unixEpochJulianDay : HealthValue::noDay;
}

QDate HealthInputs::dateOfDay(qint64 day)
{
    return QDate::fromJulianDay(day + unixEpochJulianDay);
}
