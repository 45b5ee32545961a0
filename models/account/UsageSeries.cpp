#include "UsageSeries.h"

#include "CrmFormat.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QDate epoch(1970, 1, 1);

// Lower case, every run of non-letters one space, British and American spellings one word.
QString normalizedName(const QString &name)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    // "licensesUsed" -> "licenses used"
    QString s;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && name.at(i).isUpper() && name.at(i - 1).isLower())
            s += u' ';
        s += name.at(i).toLower();
    }
    s.replace(separators, u" "_s);
    s.replace("licence"_L1, "license"_L1);
    return u' ' + s.simplified() + u' ';
}

bool containsAny(const QString &text, std::initializer_list<QLatin1StringView> words)
{
    for (const QLatin1StringView word : words) {
        if (text.contains(word))
            return true;
    }
    return false;
}

} // namespace

double UsageSeries::maximum() const
{
    double top = 0;
    for (const Point &p : points)
        top = std::max(top, p.value);
    return top;
}

qint64 UsageSeries::dayNumber(const QDate &date)
{
    return epoch.daysTo(date);
}

QDate UsageSeries::dateOfDay(qint64 day)
{
    return epoch.addDays(day);
}

QDate UsageSeries::mondayOf(const QDate &date)
{
    return date.isValid() ? date.addDays(1 - date.dayOfWeek()) : date;
}

UsageSeries::Kind UsageSeries::kindOf(const QString &metricName)
{
    const QString n = normalizedName(metricName);
    const bool seats = containsAny(n, { " license"_L1, " seat"_L1 }) || n.contains(u"许可"_s)
        || n.contains(u"席位"_s) || n.contains(u"授权"_s);
    if (seats) {
        if (containsAny(n,
                        { " used "_L1, " use "_L1, " in use "_L1, " assigned "_L1, " consumed "_L1,
                          " utilized "_L1, " utilised "_L1, " occupied "_L1, " active "_L1 })
            || n.contains(u"已用"_s) || n.contains(u"使用"_s) || n.contains(u"已分配"_s))
            return Kind::LicencesUsed;
        if (containsAny(n,
                        { " purchased "_L1, " total "_L1, " owned "_L1, " contracted "_L1, " entitled "_L1,
                          " entitlement"_L1, " available "_L1, " bought "_L1 })
            || n.contains(u"购买"_s) || n.contains(u"总"_s))
            return Kind::LicencesPurchased;
        return Kind::Other;
    }
    if (containsAny(n,
                    { " active users "_L1, " active user "_L1, " mau "_L1, " wau "_L1, " dau "_L1,
                      " active accounts "_L1, " monthly actives "_L1, " weekly actives "_L1 })
        || n.contains(u"活跃用户"_s))
        return Kind::ActiveUsers;
    return Kind::Other;
}

const UsageSeries::Metric *UsageSeries::find(const QList<Metric> &metrics, Kind kind)
{
    const Metric *best = nullptr;
    for (const Metric &m : metrics) {
        if (m.kind == kind && (!best || m.days > best->days))
            best = &m;
    }
    return best;
}

QString UsageSeries::displayName(const QString &metricName)
{
    const QString key = metricName.trimmed().toLower();
    if (key == "licenses_used"_L1 || key == "licences_used"_L1)
        return tr("Licences used");
    if (key == "licenses_purchased"_L1 || key == "licences_purchased"_L1)
        return tr("Licences purchased");
    if (key == "active_users"_L1)
        return tr("Active users");
    if (key == "core_feature_adoption"_L1)
        return tr("Core feature adoption (%)");
    return CrmFormat::softenedCode(metricName);
}

QList<UsageSeries::Metric> UsageSeries::metrics(const QSqlDatabase &db, qint64 accountPk, QString *error)
{
    QList<Metric> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The primary key (account_pk, metric_id, day) makes this one range scan.
    q.prepare(u"SELECT m.id, m.name, s.days, s.first_day, s.last_day FROM"
              " (SELECT metric_id, COUNT(*) AS days, MIN(day) AS first_day, MAX(day) AS last_day"
              "  FROM usage WHERE account_pk = ? GROUP BY metric_id) s"
              " JOIN metrics m ON m.id = s.metric_id ORDER BY m.name"_s);
    q.addBindValue(accountPk);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read the usage metrics: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next()) {
        Metric m;
        m.id = q.value(0).toInt();
        m.name = q.value(1).toString();
        m.kind = kindOf(m.name);
        m.days = q.value(2).toInt();
        m.first = dateOfDay(q.value(3).toLongLong());
        m.last = dateOfDay(q.value(4).toLongLong());
        result.append(m);
    }
    if (error)
        error->clear();
    return result;
}

UsageSeries UsageSeries::load(const QSqlDatabase &db, qint64 accountPk, int metricId, const QDate &from,
                              const QDate &to, Aggregation aggregation, QString *error)
{
    UsageSeries series;
    series.metricId = metricId;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT name FROM metrics WHERE id = ?"_s);
    q.addBindValue(metricId);
    if (q.exec() && q.next())
        series.metricName = q.value(0).toString();

    // 1970-01-01 was a Thursday: (day + 3) / 7 numbers the weeks from Monday 1969-12-29.
    QString value;
    switch (aggregation) {
    case Aggregation::Sum:
        value = u"SUM(value)"_s;
        break;
    case Aggregation::Last:
        // SQLite takes the bare column from the row that holds MAX(day).
        value = u"value, MAX(day)"_s;
        break;
    case Aggregation::Average:
        value = u"AVG(value)"_s;
        break;
    }
    const qint64 first = from.isValid() ? dayNumber(mondayOf(from)) : std::numeric_limits<qint32>::min();
    const qint64 last = to.isValid() ? dayNumber(to) : std::numeric_limits<qint32>::max();
    q.prepare(u"SELECT (day + 3) / 7 AS week, "_s + value
              + u" FROM usage WHERE account_pk = ? AND metric_id = ? AND day BETWEEN ? AND ?"
                " AND value IS NOT NULL GROUP BY week ORDER BY week"_s);
    q.addBindValue(accountPk);
    q.addBindValue(metricId);
    q.addBindValue(first);
    q.addBindValue(last);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read usage: %1").arg(q.lastError().text());
        return series;
    }
    while (q.next())
        series.points.append({ dateOfDay(q.value(0).toLongLong() * 7 - 3), q.value(1).toDouble() });
    if (error)
        error->clear();
    return series;
}
