#include "QbrData.h"

#include "account/CrmFormat.h"
#include "account/UsageSeries.h"
#include "churn/ChurnRisk.h"
#include "health/HealthRefresh.h"
#include "health/HealthStore.h"
#include "itemmodels/CaseListModel.h"
#include "itemmodels/HealthContributionModel.h"
#include "store/Database.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString isoDate(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// used / purchased on the first (or last) day both have a value and purchased is positive.
std::optional<double> utilisation(const QbrData::Series &used, const QbrData::Series &purchased, bool last)
{
    QHash<QDate, double> bought;
    for (const QbrData::Point &p : purchased.points)
        bought.insert(p.day, p.value);
    std::optional<double> result;
    for (const QbrData::Point &p : used.points) {
        const auto it = bought.constFind(p.day);
        if (it == bought.cend() || *it <= 0)
            continue;
        result = p.value / *it;
        if (!last)
            break;
    }
    return result;
}

} // namespace

std::optional<QbrData> QbrData::load(Database &db, const QString &accountId, const QbrQuarter &quarter,
                                     const QDate &today, QString *error)
{
    const auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto readFailed = [&failed](const QSqlQuery &q) {
        return failed(tr("The cache could not be read: %1").arg(q.lastError().text()));
    };
    if (!quarter.isValid())
        return failed(tr("Choose a quarter such as 2026Q3."));
    const QSqlDatabase sql = db.connection();
    const QDate now = today.isValid() ? today : QDate::currentDate();

    QbrData d;
    d.quarter = quarter;
    d.asOf = std::min(quarter.lastDay(), now);
    const QDate first = quarter.firstDay();
    const QString firstText = isoDate(first);
    const QString endText = isoDate(d.asOf.addDays(1)); // exclusive
    qint64 accountPk = 0;

    // The account.
    {
        QSqlQuery q(sql);
        q.prepare(
            u"SELECT a.pk, a.id, a.name, a.owner_id, u.name, a.segment, a.currency, a.arr, a.renewal_date,"
            " a.licenses FROM accounts a LEFT JOIN users u ON u.id = a.owner_id WHERE a.id = ?"_s);
        q.addBindValue(accountId);
        if (!q.exec())
            return readFailed(q);
        if (!q.next())
            return failed(tr("No account with CRM id “%1” in the cache.").arg(accountId));
        accountPk = q.value(0).toLongLong();
        d.accountId = q.value(1).toString();
        d.accountName = q.value(2).toString();
        d.csmName = q.value(4).toString().isEmpty() ? q.value(3).toString() : q.value(4).toString();
        d.segment = q.value(5).toString();
        d.currency = q.value(6).toString();
        d.arr = optionalDouble(q.value(7));
        d.renewalDate = CrmFormat::parseDate(q.value(8).toString());
        d.licenses = q.value(9).toInt();
    }

    // Usage: each metric's weekly average over the quarter's days. Metrics drive the
    // join, so each is one range of the usage primary key (account, metric, day).
    if (d.asOf >= first) {
        QSqlQuery q(sql);
        q.setForwardOnly(true);
        // 1970-01-01 was a Thursday: (day + 3) / 7 numbers the weeks from Monday 1969-12-29.
        q.prepare(u"SELECT m.id, m.name, (u.day + 3) / 7 AS week, AVG(u.value) FROM metrics m"
                  " CROSS JOIN usage u ON u.account_pk = ? AND u.metric_id = m.id AND u.day BETWEEN ? AND ?"
                  " WHERE u.value IS NOT NULL GROUP BY m.id, week ORDER BY m.name, m.id, week"_s);
        q.addBindValue(accountPk);
        q.addBindValue(UsageSeries::dayNumber(first));
        q.addBindValue(UsageSeries::dayNumber(d.asOf));
        if (!q.exec())
            return readFailed(q);
        QList<UsageSeries::Kind> kinds;
        int metricId = 0;
        while (q.next()) {
            if (d.metrics.isEmpty() || q.value(0).toInt() != metricId) {
                metricId = q.value(0).toInt();
                const QString name = q.value(1).toString();
                d.metrics.append({ UsageSeries::displayName(name), {} });
                kinds.append(UsageSeries::kindOf(name));
            }
            const QDate monday = UsageSeries::dateOfDay(q.value(2).toLongLong() * 7 - 3);
            d.metrics.last().points.append({ std::max(monday, first), q.value(3).toDouble() });
        }
        const auto pick = [&](UsageSeries::Kind kind) -> const Series * {
            const Series *best = nullptr;
            for (qsizetype i = 0; i < d.metrics.size(); ++i) {
                if (kinds.at(i) == kind && (!best || d.metrics.at(i).points.size() > best->points.size()))
                    best = &d.metrics.at(i);
            }
            return best;
        };
        if (const Series *s = pick(UsageSeries::Kind::LicencesUsed))
            d.licencesUsed = *s;
        if (const Series *s = pick(UsageSeries::Kind::ActiveUsers))
            d.activeUsers = *s;
        if (const Series *s = pick(UsageSeries::Kind::LicencesPurchased)) {
            d.licencesPurchased = *s;
        } else if (d.licenses > 0 && !d.licencesUsed.points.isEmpty()) {
            // The account record knows only today's count: the same on every week.
            d.licencesPurchased.name = tr("Licences purchased");
            for (const Point &p : std::as_const(d.licencesUsed.points))
                d.licencesPurchased.points.append({ p.day, double(d.licenses) });
        }
        d.utilisationStart = utilisation(d.licencesUsed, d.licencesPurchased, false);
        d.utilisationEnd = utilisation(d.licencesUsed, d.licencesPurchased, true);
    }

    // Health history: this quarter's weeks and the previous quarter's, a seek per week.
    d.healthHistory.name = tr("Health score");
    QMap<QDate, std::pair<std::optional<int>, QString>> snapshots;
    {
        QList<QDate> weeks;
        for (QDate w = HealthStore::weekOf(quarter.previous().firstDay()); w <= d.asOf; w = w.addDays(7))
            weeks.append(w);
        if (!weeks.isEmpty()) {
            QStringList marks;
            marks.fill(u"?"_s, weeks.size());
            QSqlQuery q(sql);
            q.setForwardOnly(true);
            q.prepare(u"SELECT week, score, band FROM health_history WHERE account_id = ? AND week IN ("_s
                      + marks.join(u", "_s) + u") ORDER BY week"_s);
            q.addBindValue(d.accountId);
            for (const QDate &w : std::as_const(weeks))
                q.addBindValue(isoDate(w));
            if (!q.exec())
                return readFailed(q);
            while (q.next()) {
                const QDate week = QDate::fromString(q.value(0).toString(), Qt::ISODate);
                const std::optional<int> score
                    = q.value(1).isNull() ? std::nullopt : std::optional<int>(q.value(1).toInt());
                snapshots.insert(week, { score, q.value(2).toString() });
                if (score)
                    d.healthHistory.points.append({ week, double(*score) });
            }
        }
    }
    if (quarter.contains(now)) {
        // The health shown now, as the Account 360 shows it.
        HealthStore store(db);
        if (today.isValid() && today != QDate::currentDate())
            store.setNow(QDateTime(today, QTime(12, 0), QTimeZone::utc()));
        const HealthStore::Record r = store.record(d.accountId);
        if (!store.lastError().isEmpty())
            return failed(store.lastError());
        if (r.isValid() && r.effectiveBand() != HealthScorecard::Band::None) {
            d.healthScore = r.effectiveScore();
            d.healthBand = HealthScorecard::bandKeyword(r.effectiveBand());
            d.healthTrend = r.trend;
            if (r.score && !r.topDrag.isEmpty()) {
                const HealthScorecard card = HealthRefresh::activeScorecard(db);
                const HealthScorecard::Measure *measure = card.measure(r.topDrag);
                const QList<HealthContribution> contributions = r.contributions();
                const auto c
                    = std::find_if(contributions.cbegin(), contributions.cend(),
                                   [&](const HealthContribution &x) { return x.measureId == r.topDrag; });
                if (measure && c != contributions.cend()) {
                    d.healthTopDrag = tr("Dragging it down most: %1 (%2)")
                                          .arg(measure->displayLabel(),
                                               HealthContributionModel::formatValue(measure->input, c->raw));
                }
            }
        }
    } else if (now > quarter.lastDay()) {
        // A past quarter: its last weekly snapshot with a score.
        for (auto it = snapshots.cend(); it != snapshots.cbegin();) {
            --it;
            if (it.key() < first || !it.value().first)
                continue;
            d.healthScore = it.value().first;
            d.healthBand = it.value().second;
            const auto base = snapshots.constFind(HealthStore::trendBaseWeek(it.key()));
            if (base != snapshots.cend() && base->first)
                d.healthTrend = *d.healthScore - *base->first;
            break;
        }
    }

    // Churn risk, as last computed.
    if (const std::optional<ChurnRisk::Score> churn = ChurnRisk::storedScore(db, d.accountId)) {
        d.churnProbability = churn->probability;
        for (const ChurnRisk::Driver &driver : churn->drivers)
            d.churnDrivers.append(driver.label());
    }

    // Support: the account's cases (a few hundred at most), counted here. Nothing for a
    // quarter yet to come.
    if (d.asOf >= first) {
        QSqlQuery q(sql);
        q.setForwardOnly(true);
        q.prepare(u"SELECT opened_at, closed_at, status, priority, csat FROM cases"
                  " WHERE account_id = ? AND archived = 0"_s);
        q.addBindValue(d.accountId);
        if (!q.exec())
            return readFailed(q);
        const QDate last = d.asOf;
        const auto inQuarter = [&](const QDate &day) {
            return day.isValid() && day >= first && day <= last;
        };
        struct Bucket
        {
            int rank = -1;
            int count = 0;
        };
        QHash<QString, Bucket> priorities;
        QList<double> daysToClose;
        double csatSum = 0;
        int csatCount = 0;
        while (q.next()) {
            const QString openedText = q.value(0).toString();
            const QString closedText = q.value(1).toString();
            const QDate opened = CrmFormat::parseDate(openedText);
            const QDate closed = CrmFormat::parseDate(closedText);
            const QString status = q.value(2).toString().trimmed().toLower();
            const bool statusClosed = status.startsWith("closed"_L1) || status == "resolved"_L1;
            if (inQuarter(opened)) {
                ++d.casesOpened;
                const QString priority = q.value(3).toString();
                const QString label
                    = priority.trimmed().isEmpty() ? tr("No priority") : CrmFormat::codeLabel(priority);
                Bucket &b = priorities[label];
                b.rank = std::max(b.rank,
                                  priority.trimmed().isEmpty() ? -2 : CaseListModel::priorityRank(priority));
                ++b.count;
            }
            if (inQuarter(closed)) {
                ++d.casesClosed;
                if (!q.value(4).isNull()) {
                    csatSum += q.value(4).toDouble();
                    ++csatCount;
                }
                const QDateTime from = CrmFormat::parseInstant(openedText);
                const QDateTime to = CrmFormat::parseInstant(closedText);
                if (from.isValid() && to.isValid() && from <= to)
                    daysToClose.append(double(from.secsTo(to)) / 86400.0);
            }
            const bool closedByEnd = closed.isValid() ? closed <= last : statusClosed;
            if (opened.isValid() && opened <= last && !closedByEnd)
                ++d.casesOpenAtEnd;
        }
        QList<std::pair<QString, Bucket>> sorted;
        for (auto it = priorities.cbegin(); it != priorities.cend(); ++it)
            sorted.append({ it.key(), it.value() });
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            if (a.second.rank != b.second.rank)
                return a.second.rank > b.second.rank;
            if (a.second.count != b.second.count)
                return a.second.count > b.second.count;
            return a.first < b.first;
        });
        for (const auto &[label, bucket] : std::as_const(sorted))
            d.casesByPriority.append({ label, bucket.count });
        if (csatCount > 0)
            d.csatAverage = csatSum / csatCount;
        if (!daysToClose.isEmpty())
            d.medianDaysToClose = median(daysToClose);
    }

    // Voice of the customer.
    {
        QSqlQuery q(sql);
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT n.responded_at, n.score, n.comment, c.first_name, c.last_name FROM nps n"
            " LEFT JOIN contacts c ON c.id = n.contact_id"
            " WHERE n.account_id = ? AND n.archived = 0 AND n.score IS NOT NULL"
            " AND n.responded_at >= ? AND n.responded_at < ? ORDER BY n.responded_at DESC, n.pk DESC"_s);
        q.addBindValue(d.accountId);
        q.addBindValue(firstText);
        q.addBindValue(endText);
        if (!q.exec())
            return readFailed(q);
        int promoters = 0;
        int detractors = 0;
        while (q.next()) {
            NpsResponse r;
            r.day = CrmFormat::parseDate(q.value(0).toString());
            r.score = q.value(1).toInt();
            r.comment = q.value(2).toString().trimmed();
            r.contact = CrmFormat::personName(q.value(3).toString(), q.value(4).toString());
            if (r.score >= 9)
                ++promoters;
            else if (r.score <= 6)
                ++detractors;
            d.npsResponses.append(r);
        }
        if (!d.npsResponses.isEmpty())
            d.npsScore = 100.0 * (promoters - detractors) / double(d.npsResponses.size());
    }

    // Renewal and expansion.
    {
        QSqlQuery q(sql);
        q.setForwardOnly(true);
        q.prepare(u"SELECT name, type, stage, amount, close_date, is_closed, is_won FROM opportunities"
                  " WHERE account_id = ? AND archived = 0"
                  " AND ((close_date >= ? AND close_date < ?) OR COALESCE(is_closed, 0) = 0)"
                  " ORDER BY close_date IS NULL, close_date, name, pk"_s);
        q.addBindValue(d.accountId);
        q.addBindValue(firstText);
        q.addBindValue(endText);
        if (!q.exec())
            return readFailed(q);
        while (q.next()) {
            Opportunity o;
            o.name = q.value(0).toString();
            o.type = q.value(1).toString().trimmed().toLower();
            o.stage = q.value(2).toString();
            o.amount = optionalDouble(q.value(3));
            o.closeDate = CrmFormat::parseDate(q.value(4).toString());
            // Without the CRM's flags, the stage tells ("Closed Won").
            const QString stage = o.stage.trimmed().toLower();
            o.closed = q.value(5).isNull() ? stage.startsWith("closed"_L1) : q.value(5).toInt() != 0;
            o.won = q.value(6).isNull() ? stage.startsWith("closed"_L1) && stage.contains("won"_L1)
                                        : q.value(6).toInt() != 0;
            d.opportunities.append(o);
        }
    }

    if (error)
        error->clear();
    return d;
}
