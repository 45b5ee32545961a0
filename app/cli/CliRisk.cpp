// pitwall-cli health and forecast: account health and the renewal forecast.
#include "CliApp.h"
#include "account/CrmFormat.h"
#include "forecast/Forecast.h"
#include "health/HealthRefresh.h"
#include "health/HealthStore.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QJsonValue number(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString measureLabel(const HealthScorecard &card, const QString &id)
{
    const HealthScorecard::Measure *m = card.measure(id);
    return m ? HealthScorecard::localizedLabel(m->label, m->labels) : id;
}

QString groupOf(const HealthScorecard &card, const QString &measureId)
{
    for (const HealthScorecard::Group &g : card.groups()) {
        for (const HealthScorecard::Measure &m : g.measures) {
            if (m.id == measureId)
                return g.id;
        }
    }
    return {};
}

std::optional<QDate> parseAsOf(const QCommandLineParser &parser, bool *ok)
{
    *ok = true;
    if (!parser.isSet(u"as-of"_s))
        return std::nullopt;
    const QDate d = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
    *ok = d.isValid();
    return d;
}

} // namespace

int CliApp::health(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(
        { u"recompute"_s, tr("Recompute every account's health and retrain the churn model first.") });
    parser.addOption({ u"account"_s, tr("Only this account (CRM id)."), tr("id") });
    parser.addOption({ u"as-of"_s, tr("Recompute as of this day (default: today)."), tr("date") });
    parser.addOption({ u"json"_s,
                       tr("Print as JSON: an array of objects with id, score, band, trend, "
                          "contributions and override.") });
    if (!parseCommand(parser, arguments,
                      tr("Account health: score, band, trend and the measures behind it.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    bool ok = true;
    const std::optional<QDate> asOf = parseAsOf(parser, &ok);
    if (!ok)
        return fail(tr("--as-of needs a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(u"as-of"_s)), 2);
    Database db;
    if (!openDatabase(parser, db))
        return 1;

    const bool json = parser.isSet(u"json"_s);
    if (parser.isSet(u"recompute"_s)) {
        HealthRefresh::Report report;
        QString error;
        const auto stage = [this, json](const QString &text) {
            if (!json)
                m_err << text << "..." << Qt::endl;
        };
        if (!HealthRefresh::run(db, asOf.value_or(QDate()), &report, &error, stage))
            return fail(tr("Health could not be recomputed: %1").arg(error));
        if (!json) {
            m_out << tr("Recomputed the health of %n account(s) in %1 ms with the %2 scorecard.", nullptr,
                        int(report.accounts))
                         .arg(report.healthMs)
                         .arg(report.scorecardOrigin)
                  << Qt::endl;
            if (report.weeksBackfilled > 0)
                m_out << tr("Scored the %n week(s) before today from the cache's history.", nullptr,
                            int(report.weeksBackfilled))
                      << Qt::endl;
            m_out << tr("Churn model (%1 ms): %2").arg(report.churnMs).arg(report.model.message) << Qt::endl;
        }
    }

    QString origin;
    const HealthScorecard card = HealthRefresh::activeScorecard(db, &origin);
    HealthStore store(db);
    QList<HealthStore::Record> records;
    if (parser.isSet(u"account"_s)) {
        const QString id = parser.value(u"account"_s);
        const HealthStore::Record r = store.record(id);
        if (!store.lastError().isEmpty())
            return fail(store.lastError());
        if (!r.isValid()) {
            QSqlQuery q(db.connection());
            q.prepare(u"SELECT 1 FROM accounts WHERE id = ?"_s);
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                return fail(tr("No account with the id \"%1\" in the cache.").arg(id));
            return fail(
                tr("Account %1 has no health score yet: it is churned or archived, or health has not been "
                   "computed (run health --recompute).")
                    .arg(id));
        }
        records.append(r);
    } else {
        records = store.records();
        if (!store.lastError().isEmpty())
            return fail(store.lastError());
    }

    QHash<QString, QString> names;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (q.exec(u"SELECT a.id, a.name FROM accounts a JOIN health_scores h ON h.account_id = a.id"_s)) {
            while (q.next())
                names.insert(q.value(0).toString(), q.value(1).toString());
        }
    }

    if (json) {
        QJsonArray array;
        for (const HealthStore::Record &r : std::as_const(records)) {
            QJsonArray contributions;
            for (const HealthContribution &c : r.contributions()) {
                QJsonObject o { { "measure"_L1, c.measureId },
                                { "label"_L1, measureLabel(card, c.measureId) },
                                { "group"_L1, groupOf(card, c.measureId) },
                                { "status"_L1, HealthContribution::statusKeyword(c.status) },
                                { "value"_L1, c.hasRaw() ? QJsonValue(c.raw) : QJsonValue(QJsonValue::Null) },
                                { "score"_L1,
                                  c.status == HealthContribution::Status::Scored ? QJsonValue(c.score)
                                                                                 : QJsonValue() },
                                { "weight"_L1, c.share },
                                { "points"_L1, c.points } };
                contributions.append(o);
            }
            QJsonObject o { { "id"_L1, r.accountId },
                            { "name"_L1, names.value(r.accountId) },
                            { "score"_L1, number(r.effectiveScore()) },
                            { "band"_L1, HealthScorecard::bandKeyword(r.effectiveBand()) },
                            { "computed_score"_L1, number(r.score) },
                            { "computed_band"_L1, HealthScorecard::bandKeyword(r.band) },
                            { "trend"_L1, number(r.trend) },
                            { "top_drag"_L1, r.topDrag.isEmpty() ? QJsonValue() : QJsonValue(r.topDrag) },
                            { "rule"_L1, r.rule.isEmpty() ? QJsonValue() : QJsonValue(r.rule) },
                            { "as_of"_L1, r.asOf.toString(Qt::ISODate) },
                            { "contributions"_L1, contributions } };
            if (r.overridden()) {
                const HealthStore::Override &ov = r.override;
                o.insert(
                    "override"_L1,
                    QJsonObject { { "band"_L1, HealthScorecard::bandKeyword(ov.band) },
                                  { "score"_L1, number(ov.score) },
                                  { "reason"_L1, ov.reason },
                                  { "author"_L1, ov.author },
                                  { "created_at"_L1, ov.createdAt.toUTC().toString(Qt::ISODateWithMs) },
                                  { "expires_at"_L1, ov.expiresAt.toUTC().toString(Qt::ISODateWithMs) } });
            }
            array.append(o);
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        m_out.flush();
        return 0;
    }

    if (records.isEmpty()) {
        m_out << tr("No health scores yet: import data or run health --recompute.") << Qt::endl;
        return 0;
    }
    QHash<HealthScorecard::Band, qsizetype> counts;
    for (const HealthStore::Record &r : std::as_const(records))
        ++counts[r.effectiveBand()];
    const QLocale locale = CrmFormat::displayLocale();
    for (const HealthStore::Record &r : std::as_const(records)) {
        const std::optional<int> score = r.effectiveScore();
        QString trend = r.trend ? (*r.trend > 0 ? u"+"_s : QString()) + locale.toString(*r.trend) : u"–"_s;
        QString why
            = r.topDrag.isEmpty() ? QString() : tr("dragged down by %1").arg(measureLabel(card, r.topDrag));
        if (r.overridden())
            why = tr("override until %1: %2")
                      .arg(locale.toString(r.override.expiresAt.toLocalTime().date(), QLocale::ShortFormat),
                           r.override.reason);
        m_out << r.accountId << "  " << names.value(r.accountId).left(32).leftJustified(32) << "  "
              << (score ? locale.toString(*score) : u"–"_s).rightJustified(3) << "  "
              << HealthScorecard::bandLabel(r.effectiveBand()).leftJustified(8) << "  "
              << trend.rightJustified(4) << "  " << why << '\n';
    }
    m_out << tr("%n account(s): ", nullptr, int(records.size()))
          << tr("%1 red, %2 yellow, %3 green, %4 not scored")
                 .arg(counts.value(HealthScorecard::Band::Red))
                 .arg(counts.value(HealthScorecard::Band::Yellow))
                 .arg(counts.value(HealthScorecard::Band::Green))
                 .arg(counts.value(HealthScorecard::Band::None))
          << Qt::endl;
    return 0;
}

int CliApp::forecast(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({ u"months"_s, tr("Renewals due in the next N months (default 3)."), tr("n"), u"3"_s });
    parser.addOption({ u"scope"_s, tr("mine, team or all (default all)."), tr("scope"), u"all"_s });
    parser.addOption(
        { u"user"_s, tr("Whose book or team the scope means (default: the GUI's user)."), tr("id") });
    parser.addOption({ u"as-of"_s, tr("The day the forecast is made on (default: today)."), tr("date") });
    parser.addOption({ u"json"_s,
                       tr("Print as JSON: an object with renewing_arr, expected_arr, at_risk, grr and "
                          "nrr.") });
    if (!parseCommand(parser, arguments, tr("The renewal forecast and revenue retention.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    Forecast::Options options;
    bool ok = false;
    options.months = parser.value(u"months"_s).toInt(&ok);
    if (!ok || options.months < 1 || options.months > 60)
        return fail(
            tr("--months needs a whole number from 1 to 60, not \"%1\".").arg(parser.value(u"months"_s)), 2);
    const QString scope = parser.value(u"scope"_s).toLower();
    if (scope == "mine"_L1 || scope == "book"_L1)
        options.scope = Workspace::Scope::MyBook;
    else if (scope == "team"_L1)
        options.scope = Workspace::Scope::MyTeam;
    else if (scope != "all"_L1)
        return fail(tr("--scope must be mine, team or all, not \"%1\".").arg(parser.value(u"scope"_s)), 2);
    const std::optional<QDate> asOf = parseAsOf(parser, &ok);
    if (!ok)
        return fail(tr("--as-of needs a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(u"as-of"_s)), 2);
    options.asOf = asOf.value_or(QDate());
    Database db;
    if (!openDatabase(parser, db))
        return 1;
    if (options.scope != Workspace::Scope::All) {
        options.scopeUserId = parser.value(u"user"_s);
        if (options.scopeUserId.isEmpty()) {
            Workspace workspace;
            QSettings settings;
            workspace.load(settings);
            options.scopeUserId = workspace.userId();
        }
        if (options.scopeUserId.isEmpty())
            return fail(tr("--scope %1 needs --user ID (no user is chosen in Pitwall yet).").arg(scope), 2);
    }
    Forecast::Result result;
    QString error;
    if (!Forecast::compute(db, options, &result, &error))
        return fail(tr("The forecast could not be computed: %1").arg(error));
    if (parser.isSet(u"json"_s)) {
        m_out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
        m_out.flush();
        return 0;
    }
    m_out << result.toText();
    m_out.flush();
    return 0;
}
