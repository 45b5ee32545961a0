#include "Forecast.h"

#include "account/CrmFormat.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace {

const auto liveSql = "a.archived = 0 AND lower(COALESCE(a.lifecycle_stage, '')) <> 'churned'"
                     " AND lower(COALESCE(a.status, '')) <> 'churned'"_L1;
const auto renewalType = "lower(COALESCE(o.type, '')) LIKE '%renew%'"_L1;
const auto expansionType
    = "(lower(COALESCE(o.type, '')) LIKE '%expan%' OR lower(COALESCE(o.type, '')) LIKE '%upsell%'"
      " OR lower(COALESCE(o.type, '')) LIKE '%upgrade%' OR lower(COALESCE(o.type, '')) LIKE "
      "'%cross%')"_L1;

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// The currency most of the items use (ties: the larger sum, then the code).
template<typename Items, typename Currency, typename Amount>
QString mainCurrency(const Items &items, Currency currencyOf, Amount amountOf)
{
    QHash<QString, std::pair<qint64, double>> counts;
    for (const auto &item : items) {
        auto &c = counts[currencyOf(item)];
        ++c.first;
        c.second += amountOf(item);
    }
    QString best;
    std::pair<qint64, double> bestCount { -1, 0 };
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value().first > bestCount.first
            || (it.value().first == bestCount.first
                && (it.value().second > bestCount.second
                    || (it.value().second == bestCount.second && it.key() < best)))) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

struct CohortAccount
{
    QString ownerId;
    QString ownerName;
    QString team;
    QString segment;
    QString currency;
    double startArr = 0;
    double churnedArr = 0;
    double contractionArr = 0;
    double expansionArr = 0;
};

} // namespace

std::optional<double> Forecast::Retention::grr() const
{
    if (startArr <= 0)
        return std::nullopt;
    return qMax(0.0, (startArr - churnedArr - contractionArr) / startArr);
}

std::optional<double> Forecast::Retention::nrr() const
{
    if (startArr <= 0)
        return std::nullopt;
    return qMax(0.0, (startArr - churnedArr - contractionArr + expansionArr) / startArr);
}

bool Forecast::compute(Database &db, const Options &options, Result *result, QString *error)
{
    Result r;
    r.asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    r.months = qBound(1, options.months, 60);
    r.until = QDate(r.asOf.year(), r.asOf.month(), 1).addMonths(r.months + 1).addDays(-1);
    r.model = ChurnRisk::storedModel(db);
    const QString today = r.asOf.toString(Qt::ISODate);

    // Renewals due: live accounts renewing by the window's end, overdue ones (renewal date
    // passed in the last year, not yet renewed) included.
    {
        QVariantList binds;
        QString scope
            = Workspace::ownerCondition(options.scope, options.scopeUserId, u"a.owner_id"_s, &binds);
        const QString sql
            = u"SELECT a.id, a.name, COALESCE(a.owner_id, ''), COALESCE(u.name, ''), COALESCE(u.team, ''),"
              " COALESCE(a.segment, ''), COALESCE(a.currency, ''), a.renewal_date, COALESCE(a.arr, 0),"
              " c.probability, c.drivers"
              " FROM accounts a LEFT JOIN users u ON u.id = a.owner_id"
              " LEFT JOIN churn_scores c ON c.account_id = a.id WHERE "_s
            + liveSql + (scope.isEmpty() ? QString() : u" AND "_s + scope)
            + u" AND a.renewal_date >= ? AND a.renewal_date <= ? ORDER BY a.renewal_date, a.name"_s;
        binds << r.asOf.addYears(-1).toString(Qt::ISODate) << r.until.toString(Qt::ISODate);
        QSqlQuery q(db.connection());
        if (!exec(q, sql, binds, error))
            return false;
        while (q.next()) {
            Renewal n;
            n.accountId = q.value(0).toString();
            n.name = q.value(1).toString();
            n.ownerId = q.value(2).toString();
            n.ownerName = q.value(3).toString();
            n.team = q.value(4).toString();
            n.segment = q.value(5).toString();
            n.currency = q.value(6).toString();
            n.renewalDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
            n.arr = q.value(8).toDouble();
            if (!q.value(9).isNull()) {
                n.probability = q.value(9).toDouble();
                n.drivers = ChurnRisk::driversFromJson(q.value(10).toByteArray());
            }
            r.renewals.append(n);
        }
    }

    // The least likely to renew: the top share of the scored renewals by probability.
    {
        QList<qsizetype> scored;
        for (qsizetype i = 0; i < r.renewals.size(); ++i) {
            if (r.renewals.at(i).probability)
                scored.append(i);
        }
        std::stable_sort(scored.begin(), scored.end(), [&](qsizetype a, qsizetype b) {
            const Renewal &x = r.renewals.at(a);
            const Renewal &y = r.renewals.at(b);
            if (*x.probability != *y.probability)
                return *x.probability > *y.probability;
            return x.arrAtRisk() > y.arrAtRisk();
        });
        const qsizetype take = scored.isEmpty()
            ? 0
            : qMax<qsizetype>(1, qsizetype(std::ceil(double(scored.size()) * options.atRiskShare)));
        for (qsizetype i = 0; i < take && i < scored.size(); ++i)
            r.atRisk.append(r.renewals.at(scored.at(i)));
    }

    // Money per currency, the main one first.
    r.currency = mainCurrency(
        r.renewals, [](const Renewal &n) { return n.currency; }, [](const Renewal &n) { return n.arr; });
    {
        std::map<QString, Money> money;
        for (const Renewal &n : std::as_const(r.renewals)) {
            Money &m = money[n.currency];
            m.currency = n.currency;
            ++m.renewals;
            m.renewingArr += n.arr;
            m.expectedArr += n.expectedArr();
        }
        for (const Renewal &n : std::as_const(r.atRisk))
            money[n.currency].arrAtRisk += n.arrAtRisk();
        if (auto it = money.find(r.currency); it != money.end()) {
            r.byCurrency.append(it->second);
            money.erase(it);
        }
        for (const auto &[code, m] : money)
            r.byCurrency.append(m);
        if (!r.byCurrency.isEmpty() && r.byCurrency.constFirst().currency == r.currency) {
            const Money &m = r.byCurrency.constFirst();
            r.renewalCount = m.renewals;
            r.renewingArr = m.renewingArr;
            r.expectedArr = m.expectedArr;
            r.arrAtRisk = m.arrAtRisk;
        }
    }

    // Retention over the trailing 12 months.
    const QDate start = r.asOf.addYears(-1);
    const QString startIso = start.toString(Qt::ISODate);
    QList<CohortAccount> cohort;
    {
        QVariantList binds;
        QString scope
            = Workspace::ownerCondition(options.scope, options.scopeUserId, u"a.owner_id"_s, &binds);
        const QString sql
            = u"WITH exp AS (SELECT o.account_id, SUM(COALESCE(o.amount, 0)) s FROM opportunities o"
              " WHERE o.archived = 0 AND o.is_won = 1 AND "_s
            + expansionType
            + u" AND o.close_date > ? AND o.close_date <= ? GROUP BY o.account_id),"
              " ren AS (SELECT o.account_id, o.close_date, COALESCE(o.amount, 0) amount,"
              " LAG(COALESCE(o.amount, 0)) OVER (PARTITION BY o.account_id ORDER BY o.close_date) prev"
              " FROM opportunities o WHERE o.archived = 0 AND o.is_closed = 1 AND o.is_won = 1 AND "_s
            + renewalType
            + u"), con AS (SELECT account_id, SUM(MAX(prev - amount, 0)) s FROM ren"
              " WHERE prev IS NOT NULL AND close_date > ? AND close_date <= ? GROUP BY account_id),"
              " lost AS (SELECT o.account_id, MAX(o.close_date) d FROM opportunities o"
              " WHERE o.archived = 0 AND o.is_closed = 1 AND o.is_won = 0 AND "_s
            + renewalType
            + u" GROUP BY o.account_id)"
              " SELECT COALESCE(a.owner_id, ''), COALESCE(u.name, ''), COALESCE(u.team, ''), "
              "COALESCE(a.segment, ''),"
              " COALESCE(a.currency, ''), COALESCE(a.arr, 0),"
              " (lower(COALESCE(a.lifecycle_stage, '')) = 'churned' OR lower(COALESCE(a.status, '')) = "
              "'churned'),"
              " COALESCE(l.d, NULLIF(a.renewal_date, ''), substr(a.updated_at, 1, 10)),"
              " COALESCE(NULLIF(substr(a.created_at, 1, 10), ''), a.contract_start, ''),"
              " COALESCE(e.s, 0), COALESCE(c.s, 0)"
              " FROM accounts a LEFT JOIN users u ON u.id = a.owner_id"
              " LEFT JOIN exp e ON e.account_id = a.id LEFT JOIN con c ON c.account_id = a.id"
              " LEFT JOIN lost l ON l.account_id = a.id WHERE a.archived = 0"_s
            + (scope.isEmpty() ? QString() : u" AND "_s + scope);
        QVariantList all { startIso, today, startIso, today };
        all += binds;
        QSqlQuery q(db.connection());
        if (!exec(q, sql, all, error))
            return false;
        while (q.next()) {
            const QString started = q.value(8).toString();
            if (started.isEmpty() || started > startIso)
                continue; // not a customer 12 months ago
            const bool churned = q.value(6).toBool();
            const QString churnDate = q.value(7).toString();
            if (churned && churnDate <= startIso)
                continue; // already gone
            CohortAccount c;
            c.ownerId = q.value(0).toString();
            c.ownerName = q.value(1).toString();
            c.team = q.value(2).toString();
            c.segment = q.value(3).toString();
            c.currency = q.value(4).toString();
            const double arr = q.value(5).toDouble();
            if (churned && churnDate <= today) {
                c.startArr = arr;
                c.churnedArr = arr;
            } else {
                c.expansionArr = q.value(9).toDouble();
                c.contractionArr = q.value(10).toDouble();
                c.startArr = qMax(0.0, arr - c.expansionArr + c.contractionArr);
            }
            cohort.append(c);
        }
    }
    const auto retentionOf
        = [&](const QList<const CohortAccount *> &group, const QString &key, const QString &label) {
              Retention t;
              t.key = key;
              t.label = label;
              t.currency = mainCurrency(
                  group, [](const CohortAccount *c) { return c->currency; },
                  [](const CohortAccount *c) { return c->startArr; });
              for (const CohortAccount *c : group) {
                  if (c->currency != t.currency)
                      continue;
                  ++t.accounts;
                  t.startArr += c->startArr;
                  t.churnedArr += c->churnedArr;
                  t.contractionArr += c->contractionArr;
                  t.expansionArr += c->expansionArr;
              }
              return t;
          };
    {
        QList<const CohortAccount *> everyone;
        for (const CohortAccount &c : std::as_const(cohort))
            everyone.append(&c);
        r.retention = retentionOf(everyone, QString(), tr("All"));
        const auto grouped = [&](auto keyOf, auto labelOf) {
            std::map<QString, QList<const CohortAccount *>> groups;
            for (const CohortAccount &c : std::as_const(cohort))
                groups[keyOf(c)].append(&c);
            QList<Retention> out;
            for (const auto &[key, members] : groups)
                out.append(retentionOf(members, key, labelOf(*members.constFirst())));
            std::sort(out.begin(), out.end(), [](const Retention &a, const Retention &b) {
                return a.label.localeAwareCompare(b.label) < 0;
            });
            return out;
        };
        r.byCsm = grouped([](const CohortAccount &c) { return c.ownerId; },
                          [](const CohortAccount &c) {
                              return c.ownerName.isEmpty()
                                  ? (c.ownerId.isEmpty() ? tr("(no owner)") : c.ownerId)
                                  : c.ownerName;
                          });
        r.byTeam
            = grouped([](const CohortAccount &c) { return c.team; },
                      [](const CohortAccount &c) { return c.team.isEmpty() ? tr("(no team)") : c.team; });
        r.bySegment
            = grouped([](const CohortAccount &c) { return c.segment; },
                      [](const CohortAccount &c) {
                          return c.segment.isEmpty() ? tr("(no segment)") : CrmFormat::codeLabel(c.segment);
                      });
    }
    *result = r;
    return true;
}

QJsonObject Forecast::Result::toJson() const
{
    const auto renewalJson = [](const Renewal &n) {
        QJsonArray drivers;
        for (const ChurnRisk::Driver &d : n.drivers)
            drivers.append(QJsonObject { { "feature"_L1, d.feature },
                                         { "label"_L1, d.label() },
                                         { "value"_L1, d.value },
                                         { "contribution"_L1, d.contribution } });
        return QJsonObject { { "id"_L1, n.accountId },
                             { "name"_L1, n.name },
                             { "owner_id"_L1, n.ownerId },
                             { "owner"_L1, n.ownerName },
                             { "renewal_date"_L1, n.renewalDate.toString(Qt::ISODate) },
                             { "currency"_L1, n.currency },
                             { "arr"_L1, n.arr },
                             { "probability"_L1, optionalNumber(n.probability) },
                             { "expected_arr"_L1, n.expectedArr() },
                             { "arr_at_risk"_L1, n.arrAtRisk() },
                             { "drivers"_L1, drivers } };
    };
    const auto retentionJson = [](const Retention &t) {
        return QJsonObject { { "key"_L1, t.key },
                             { "label"_L1, t.label },
                             { "currency"_L1, t.currency },
                             { "accounts"_L1, t.accounts },
                             { "start_arr"_L1, t.startArr },
                             { "churned_arr"_L1, t.churnedArr },
                             { "contraction_arr"_L1, t.contractionArr },
                             { "expansion_arr"_L1, t.expansionArr },
                             { "grr"_L1, optionalNumber(t.grr()) },
                             { "nrr"_L1, optionalNumber(t.nrr()) } };
    };
    QJsonArray atRiskJson;
    for (const Renewal &n : atRisk)
        atRiskJson.append(renewalJson(n));
    QJsonArray currencies;
    for (const Money &m : byCurrency)
        currencies.append(QJsonObject { { "currency"_L1, m.currency },
                                        { "renewals"_L1, m.renewals },
                                        { "renewing_arr"_L1, m.renewingArr },
                                        { "expected_arr"_L1, m.expectedArr },
                                        { "arr_at_risk"_L1, m.arrAtRisk } });
    const auto list = [&](const QList<Retention> &rows) {
        QJsonArray a;
        for (const Retention &t : rows)
            a.append(retentionJson(t));
        return a;
    };
    return QJsonObject {
        { "as_of"_L1, asOf.toString(Qt::ISODate) },
        { "until"_L1, until.toString(Qt::ISODate) },
        { "months"_L1, months },
        { "currency"_L1, currency },
        { "renewals"_L1, renewalCount },
        { "renewing_arr"_L1, renewingArr },
        { "expected_arr"_L1, expectedArr },
        { "arr_at_risk"_L1, arrAtRisk },
        { "by_currency"_L1, currencies },
        { "at_risk"_L1, atRiskJson },
        { "grr"_L1, optionalNumber(retention.grr()) },
        { "nrr"_L1, optionalNumber(retention.nrr()) },
        { "retention"_L1,
          QJsonObject { { "overall"_L1, retentionJson(retention) },
                        { "by_csm"_L1, list(byCsm) },
                        { "by_team"_L1, list(byTeam) },
                        { "by_segment"_L1, list(bySegment) } } },
        { "model"_L1,
          QJsonObject { { "status"_L1, ChurnRisk::statusKeyword(model.status) },
                        { "outcomes"_L1, model.outcomes },
                        { "churned"_L1, model.churned },
                        { "auc"_L1, optionalNumber(model.auc) },
                        { "message"_L1, model.message } } },
    };
}

QString Forecast::Result::toText() const
{
    const QLocale locale = CrmFormat::displayLocale();
    const auto percent = [&](const std::optional<double> &v) {
        return v ? QString(locale.toString(*v * 100.0, 'f', 1) + u'%') : tr("n/a");
    };
    QString text;
    text
        += tr("Renewal forecast %1 to %2 (%n month(s))", nullptr, months)
               .arg(locale.toString(asOf, QLocale::ShortFormat), locale.toString(until, QLocale::ShortFormat))
        + u'\n';
    text
        += tr("Churn model: %1").arg(model.message.isEmpty() ? tr("not trained yet") : model.message) + u'\n';
    for (const Money &m : byCurrency) {
        text += tr("  %1: %n renewal(s), renewing %2, expected %3, at risk %4", nullptr, int(m.renewals))
                    .arg(m.currency.isEmpty() ? tr("(no currency)") : m.currency,
                         CrmFormat::money(m.renewingArr, m.currency),
                         CrmFormat::money(m.expectedArr, m.currency),
                         CrmFormat::money(m.arrAtRisk, m.currency))
            + u'\n';
    }
    text += tr("Least likely to renew:") + u'\n';
    if (atRisk.isEmpty())
        text += tr("  (none scored)") + u'\n';
    constexpr qsizetype shown = 25;
    for (const Renewal &n : atRisk.mid(0, shown)) {
        QStringList drivers;
        for (const ChurnRisk::Driver &d : n.drivers)
            drivers << d.label();
        text += u"  %1  %2  %3  %4  %5  %6\n"_s.arg(
            n.accountId, n.name.left(32).leftJustified(32),
            locale.toString(n.renewalDate, QLocale::ShortFormat),
            QString(locale.toString(*n.probability * 100.0, 'f', 0) + u'%').rightJustified(5),
            CrmFormat::money(n.arrAtRisk(), n.currency).rightJustified(12), drivers.join(u", "_s));
    }
    if (atRisk.size() > shown)
        text += tr("  ... and %n more (--json lists them all)", nullptr, int(atRisk.size() - shown)) + u'\n';
    text += tr("Retention, trailing 12 months (%1): GRR %2, NRR %3")
                .arg(retention.currency.isEmpty() ? tr("(no currency)") : retention.currency,
                     percent(retention.grr()), percent(retention.nrr()))
        + u'\n';
    const auto section = [&](const QString &title, const QList<Retention> &rows) {
        text += title + u'\n';
        for (const Retention &t : rows)
            text += u"  %1  GRR %2  NRR %3  (%4)\n"_s.arg(
                t.label.left(28).leftJustified(28), percent(t.grr()).rightJustified(6),
                percent(t.nrr()).rightJustified(6), tr("%n account(s)", nullptr, int(t.accounts)));
    };
    section(tr("By team:"), byTeam);
    section(tr("By segment:"), bySegment);
    section(tr("By CSM:"), byCsm);
    return text;
}
