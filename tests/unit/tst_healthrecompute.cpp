// Health recompute: every input read from a hand-built cache where each value is known
// (usage weekly and daily, cases open and closed around the as-of day, NPS inside and
// outside the year, sentiment, last touch), archived and churned accounts left out, one
// account recomputed alone, and the demo company producing all three bands in sensible
// proportions, the bulk read agreeing with the one-account read.
#include "TestSupport.h"
#include "demo/DemoExportWriter.h"
#include "health/HealthEngine.h"
#include "health/HealthInputReader.h"
#include "health/HealthRecompute.h"
#include "health/HealthStore.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace Qt::StringLiterals;

using Band = HealthScorecard::Band;

namespace {

const QDate asOf(2025, 6, 16); // a Monday
const qint64 D = HealthInputs::dayNumber(asOf);

struct Fixture
{
    QTemporaryDir dir;
    Database db;
    QString error;

    bool exec(const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql)) {
            error = q.lastError().text() + u" in "_s + sql;
            return false;
        }
        return true;
    }

    bool open()
    {
        if (!db.open(dir.filePath(u"cache.sqlite"_s), &error))
            return false;
        for (
            const QString &sql : {
                u"INSERT INTO accounts (pk, id, name, licenses, last_activity_at, created_at, renewal_date,"
                " lifecycle_stage, archived) VALUES"
                " (1, 'R1', 'Weekly Ltd', 100, '2025-06-06T12:00:00Z', '2020-01-01', '2025-09-14', "
                "'adoption', 0),"
                " (2, 'R2', 'Daily GmbH', NULL, '2025-06-16T08:00:00Z', '2021-01-01', NULL, 'renewal', 0),"
                " (3, 'R3', '新客户', NULL, NULL, '2025-06-01T09:00:00Z', NULL, 'onboarding', 0),"
                " (4, 'R4', 'Archived Inc', 10, NULL, NULL, NULL, 'adoption', 1),"
                " (5, 'R5', 'Gone Corp', 10, NULL, NULL, NULL, ' Churned ', 0)"_s,
                u"INSERT INTO metrics (id, name) VALUES (1, 'licenses_used'), (2, 'active_users'),"
                " (3, 'core_feature_adoption'), (4, 'Seats total')"_s,
                // R1, weekly: seats 80 (last 4 weeks), 60, 50; active 66 then 60; a row after the day.
                u"WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < 9)"
                " INSERT INTO usage (account_pk, metric_id, day, value)"
                " SELECT 1, 1, %1 - 7 * n, CASE WHEN n < 4 THEN 80 WHEN n < 8 THEN 60 ELSE 50 END FROM k"
                " UNION ALL SELECT 1, 2, %1 - 7 * n, CASE WHEN n < 4 THEN 66 ELSE 60 END FROM k WHERE n < 8"_s
                    .arg(D),
                u"INSERT INTO usage (account_pk, metric_id, day, value) VALUES (1, 2, %1, 999),"
                " (1, 3, %2, 55.5), (1, 3, %3, 40)"_s.arg(D + 7)
                    .arg(D)
                    .arg(D - 7),
                // R2, daily: active 20 for the last 28 days, 10 before; 40 seats bought (metric).
                u"WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < 59)"
                " INSERT INTO usage (account_pk, metric_id, day, value)"
                " SELECT 2, 2, %1 - n, CASE WHEN n < 28 THEN 20 ELSE 10 END FROM k"
                " UNION ALL SELECT 2, 4, %1 - n, 40 FROM k"_s.arg(D),
                // Archived and churned accounts have usage too: never read.
                u"INSERT INTO usage (account_pk, metric_id, day, value) VALUES (4, 1, %1, 10), (5, 1, %1, 10)"_s
                    .arg(D),
                u"INSERT INTO cases (id, account_id, status, priority, opened_at, closed_at, archived) VALUES"
                " ('C1', 'R1', 'New', 'high', '2025-06-01T10:00:00Z', NULL, 0),"
                " ('C2', 'R1', 'Working', 'low', '2025-05-01T10:00:00Z', NULL, 0),"
                " ('C3', 'R1', 'Closed', 'urgent', '2025-06-05T10:00:00Z', '2025-06-10T10:00:00Z', 0),"
                " ('C4', 'R1', 'Working', 'high', '2025-01-01T10:00:00Z', NULL, 0),"
                " ('C5', 'R1', 'Closed', 'urgent', '2025-06-12T10:00:00Z', '2025-06-20T10:00:00Z', 0),"
                " ('C6', 'R1', 'New', 'high', '2025-06-02T10:00:00Z', NULL, 1),"
                " ('C7', 'R1', 'New', 'high', '2025-06-18T10:00:00Z', NULL, 0),"
                " ('C8', 'R1', 'Resolved', 'critical', '2025-06-02T10:00:00Z', NULL, 0),"
                " ('C9', 'R2', 'Closed', 'medium', '2025-04-01T10:00:00Z', '2025-04-20T10:00:00Z', 0),"
                " ('C10', 'R4', 'New', 'high', '2025-06-01T10:00:00Z', NULL, 0)"_s,
                u"INSERT INTO nps (id, account_id, score, responded_at, archived) VALUES"
                " ('N1', 'R1', 9, '2025-06-10T10:00:00Z', 0),"
                " ('N2', 'R1', 6, '2025-03-10T10:00:00Z', 0),"
                " ('N3', 'R1', 3, '2024-09-01T10:00:00Z', 0),"
                " ('N4', 'R1', 0, '2024-05-01T10:00:00Z', 0),"
                " ('N5', 'R1', 10, '2025-06-20T10:00:00Z', 0),"
                " ('N6', 'R1', 0, '2025-06-11T10:00:00Z', 1),"
                " ('N7', 'R1', NULL, '2025-06-12T10:00:00Z', 0)"_s,
                u"INSERT INTO sentiment (account_id, level, updated_at) VALUES"
                " ('R1', 'yellow', '2025-05-01T09:00:00.000Z'), ('R5', 'red', '2025-06-01T09:00:00.000Z')"_s,
            }) {
            if (!exec(sql))
                return false;
        }
        return true;
    }
};

// Every built-in input plus a named metric.
HealthScorecard everyInputCard()
{
    QByteArray measures;
    for (const QString &name :
         HealthInputKey::builtInNames() + QStringList { u"metric:Core_Feature_Adoption"_s }) {
        if (name == "metric:NAME"_L1)
            continue;
        if (!measures.isEmpty())
            measures += ',';
        QString id = name.toLower();
        id.replace(u':', u'_');
        measures += R"({"id": ")" + id.toLatin1() + R"(", "label": "x", "input": ")" + name.toLatin1()
            + R"(", "weight": 1, "window_days": 60, "thresholds": [{"score": 50}]})";
    }
    QStringList errors;
    HealthScorecard card = HealthScorecard::fromJson(
        R"({"groups": [{"id": "all", "label": "All", "weight": 1, "measures": [)" + measures + "]}]}",
        &errors);
    if (!card.isValid())
        qWarning() << errors;
    return card;
}

HealthValue valueOf(const HealthInputs &in, const char *name)
{
    return in.value(*HealthInputKey::fromName(QString::fromLatin1(name)));
}

} // namespace

class TestHealthRecompute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryInput();
    void recomputeWritesScoresAndSnapshots();
    void recomputeOneAccount();
    void demoProducesAllThreeBands();
};

void TestHealthRecompute::readsEveryInput()
{
    Fixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    const HealthScorecard card = everyInputCard();
    QVERIFY(card.isValid());
    HealthInputReader reader(f.db);
    reader.setAsOf(asOf);
    QList<HealthInputReader::Account> accounts;
    QVERIFY2(reader.read(card, &accounts), qPrintable(reader.lastError()));
    // Archived R4 and churned R5 are left out; pk order.
    QCOMPARE(accounts.size(), 3);
    QCOMPARE(accounts.at(0).id, u"R1"_s);
    QCOMPARE(accounts.at(1).id, u"R2"_s);
    QCOMPARE(accounts.at(2).id, u"R3"_s);

    const HealthInputs &r1 = accounts.at(0).inputs;
    // Seats in use 80 of 100 licences, on the latest week.
    QCOMPARE(valueOf(r1, "licence_utilisation").value, 0.8);
    QCOMPARE(valueOf(r1, "licence_utilisation").observedDay, D);
    // 66 active users per 100 licences (the 999 after the day is ignored).
    QCOMPARE(valueOf(r1, "active_users_per_licence").value, 0.66);
    // Active users: 66 over the last four weeks against 60 before: +10%.
    QVERIFY(qAbs(valueOf(r1, "usage_trend").value - 10.0) < 1e-9);
    QCOMPARE(valueOf(r1, "usage_trend").observedDay, D);
    QCOMPARE(valueOf(r1, "metric:Core_Feature_Adoption").value, 55.5); // name matched in any case
    // Cases: C1, C2 and C5 (closed after the day) open; C1, C5 high; C1, C2, C3, C5, C8 in 90 days.
    QCOMPARE(valueOf(r1, "open_cases").value, 3.0);
    QCOMPARE(valueOf(r1, "high_priority_cases").value, 2.0);
    QCOMPARE(valueOf(r1, "cases_90d").value, 5.0);
    QCOMPARE(valueOf(r1, "open_cases").observedDay, D); // a case is open now
    // NPS of the year: 9, 6, 3 -> 6; the newest 9 on 2025-06-10.
    QCOMPARE(valueOf(r1, "nps_average").value, 6.0);
    QCOMPARE(valueOf(r1, "nps_latest").value, 9.0);
    QCOMPARE(valueOf(r1, "nps_latest").observedDay, HealthInputs::dayNumber(QDate(2025, 6, 10)));
    QCOMPARE(valueOf(r1, "days_since_activity").value, 10.0);
    QCOMPARE(valueOf(r1, "days_since_activity").observedDay, D);
    QCOMPARE(valueOf(r1, "csm_sentiment").value, 1.0); // yellow
    QCOMPARE(valueOf(r1, "csm_sentiment").observedDay, HealthInputs::dayNumber(QDate(2025, 5, 1)));
    QCOMPARE(valueOf(r1, "days_to_renewal").value, 90.0);

    const HealthInputs &r2 = accounts.at(1).inputs;
    // Daily data: the latest value is the mean of the last 7 days; 40 seats bought per the
    // "Seats total" metric; no "licences used" metric, so active users stand in.
    QCOMPARE(valueOf(r2, "active_users_per_licence").value, 0.5);
    QCOMPARE(valueOf(r2, "licence_utilisation").value, 0.5);
    QVERIFY(qAbs(valueOf(r2, "usage_trend").value - 100.0) < 1e-9);
    QCOMPARE(valueOf(r2, "open_cases").value, 0.0);
    QCOMPARE(valueOf(r2, "cases_90d").value, 1.0);
    QCOMPARE(valueOf(r2, "open_cases").observedDay, HealthInputs::dayNumber(QDate(2025, 4, 20)));
    QVERIFY(!valueOf(r2, "nps_average").present);
    QVERIFY(!valueOf(r2, "csm_sentiment").present);
    QVERIFY(!valueOf(r2, "days_to_renewal").present);
    QVERIFY(!valueOf(r2, "metric:Core_Feature_Adoption").present);
    QCOMPARE(valueOf(r2, "days_since_activity").value, 0.0);

    const HealthInputs &r3 = accounts.at(2).inputs;
    // Never touched: days since it was created.
    QCOMPARE(valueOf(r3, "days_since_activity").value, 15.0);
    for (const char *missing : { "licence_utilisation", "usage_trend", "open_cases", "nps_average" })
        QVERIFY2(!valueOf(r3, missing).present, missing);

    // One account alone reads the same.
    QList<HealthInputReader::Account> one;
    QVERIFY(reader.readAccount(card, u"R1"_s, &one));
    QCOMPARE(one.size(), 1);
    QCOMPARE(HealthEngine::contributionsJson(HealthEngine::score(one.at(0).inputs, card, D)),
             HealthEngine::contributionsJson(HealthEngine::score(r1, card, D)));
    QVERIFY(reader.readAccount(card, u"R4"_s, &one));
    QVERIFY(one.isEmpty());
    QVERIFY(reader.readAccount(card, u"nope"_s, &one));
    QVERIFY(one.isEmpty());

    // As of a week earlier: R1's newest usage is a week older, and N1 (2025-06-10) comes
    // after the day: the newest response is N2 and the year holds N2 and N3.
    reader.setAsOf(asOf.addDays(-7));
    QVERIFY(reader.readAccount(card, u"R1"_s, &one));
    QCOMPARE(valueOf(one.at(0).inputs, "licence_utilisation").observedDay, D - 7);
    QCOMPARE(valueOf(one.at(0).inputs, "nps_latest").value, 6.0);
    QCOMPARE(valueOf(one.at(0).inputs, "nps_average").value, 4.5);
    // The trend's windows end on the day: 66, 66, 66, 60 against 60, 60, 60: +7.5%.
    QVERIFY(qAbs(valueOf(one.at(0).inputs, "usage_trend").value - 7.5) < 1e-9);

    // Usage older than the longest usage window (60 days here) is not read: missing.
    // (70 days on: the 999 of D + 7 is out of the window too.)
    reader.setAsOf(asOf.addDays(70));
    QVERIFY(reader.readAccount(card, u"R1"_s, &one));
    QVERIFY(!valueOf(one.at(0).inputs, "licence_utilisation").present);
    QVERIFY(!valueOf(one.at(0).inputs, "usage_trend").present);
    reader.setAsOf(asOf.addDays(59));
    QVERIFY(reader.readAccount(card, u"R1"_s, &one));
    QCOMPARE(valueOf(one.at(0).inputs, "licence_utilisation").value, 0.8);
    QVERIFY(!valueOf(one.at(0).inputs, "usage_trend").present); // nothing in the last 4 weeks
}

void TestHealthRecompute::recomputeWritesScoresAndSnapshots()
{
    Fixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    // A score left from before R4 was archived goes away.
    QVERIFY(f.exec(u"INSERT INTO health_scores (account_id, score, band, as_of, computed_at, contributions)"
                   " VALUES ('R4', 80, 'green', '2025-01-01', '2025-01-01T00:00:00Z', '[]')"_s));
    HealthRecompute recompute(f.db);
    recompute.setAsOf(asOf);
    recompute.setNow(QDateTime(asOf, QTime(7, 30), QTimeZone::utc()));
    QVERIFY2(recompute.recomputeAll(), qPrintable(recompute.lastError()));
    const HealthRecompute::Report &report = recompute.report();
    QCOMPARE(report.accounts, 3);
    QCOMPARE(report.red + report.yellow + report.green + report.unscored, 3);
    QCOMPARE(report.week, asOf);

    QSqlQuery q(f.db.connection());
    QVERIFY(q.exec(
        u"SELECT account_id, score, band, as_of, computed_at, top_drag FROM health_scores ORDER BY 1"_s));
    QStringList ids;
    while (q.next()) {
        ids.append(q.value(0).toString());
        QCOMPARE(q.value(3).toString(), u"2025-06-16"_s);
        QCOMPARE(q.value(4).toString(), u"2025-06-16T07:30:00.000Z"_s);
    }
    QCOMPARE(ids, QStringList({ u"R1"_s, u"R2"_s, u"R3"_s }));

    // R1 on the default card, by hand. Adoption: util 0.8 -> 90 (×3/5), active 0.66 ->
    // 75 + 0.11/0.15×25 = 93.33 (×2/5) = 91.33. Engagement: 10 days -> 100. Support:
    // 3 open -> 40 (×3/5), 2 high -> 0 = 24. Sentiment: NPS 6 -> 40 (×1/2), yellow -> 55 = 47.5.
    // Outcomes: +10% -> 90. 0.5×91.33 + 0.1×100 + 0.05×24 + 0.25×47.5 + 0.1×90 = 77.74 -> 78.
    HealthStore store(f.db);
    store.setNow(QDateTime(asOf, QTime(8, 0), QTimeZone::utc()));
    const HealthStore::Record r1 = store.record(u"R1"_s);
    QVERIFY2(r1.isValid(), qPrintable(store.lastError()));
    QCOMPARE(r1.score, std::optional<int>(78));
    QCOMPARE(r1.band, Band::Green);
    // Drags: util .3 × 10 = 3, active .2 × 6.7 = 1.3, open .03 × 60 = 1.8, high .02 × 100 = 2,
    // NPS .125 × 60 = 7.5, sentiment .125 × 45 = 5.6, trend .1 × 10 = 1.
    QCOMPARE(r1.topDrag, u"nps"_s);
    QVERIFY(r1.rule.isEmpty());
    QVERIFY(!r1.trend); // no history four weeks back
    const QList<HealthContribution> contributions = r1.contributions();
    QCOMPARE(contributions.size(), 8);
    QCOMPARE(contributions.at(0).measureId, u"licence_utilisation"_s);
    QCOMPARE(contributions.at(0).share, 0.3);
    QCOMPARE(contributions.at(0).points, 27.0);
    QCOMPARE(contributions.at(5).measureId, u"nps"_s);
    QCOMPARE(contributions.at(5).raw, 6.0);
    QCOMPARE(contributions.at(5).observedDay, HealthInputs::dayNumber(QDate(2025, 6, 10)));

    // R3: only the last touch (15 days -> 80): 80, green.
    QCOMPARE(store.record(u"R3"_s).score, std::optional<int>(80));

    // Snapshots of this week, one per scored account.
    const QList<HealthStore::Snapshot> h = store.history(u"R1"_s);
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.constFirst().week, asOf);
    QCOMPARE(h.constFirst().score, std::optional<int>(78));
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM health_history"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);

    // The CSM turns red: the rule forces red on the next recompute.
    QVERIFY(f.exec(u"UPDATE sentiment SET level = 'red', updated_at = '2025-06-16T07:00:00.000Z'"
                   " WHERE account_id = 'R1'"_s));
    QVERIFY(recompute.recomputeAll());
    const HealthStore::Record red = store.record(u"R1"_s);
    QCOMPARE(red.band, Band::Red);
    QCOMPARE(red.score, std::optional<int>(49));
    QCOMPARE(red.computedScore, std::optional<int>(71)); // 47.5 -> 20 in the sentiment group
    QCOMPARE(red.rule, u"sentiment_red"_s);
    QCOMPARE(store.history(u"R1"_s).size(), 1); // the same week, replaced
    QCOMPARE(store.history(u"R1"_s).constFirst().band, Band::Red);
}

void TestHealthRecompute::recomputeOneAccount()
{
    Fixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    HealthRecompute recompute(f.db);
    recompute.setAsOf(asOf);
    recompute.setNow(QDateTime(asOf, QTime(7, 0), QTimeZone::utc()));
    QVERIFY(recompute.recomputeAll());

    QVERIFY(f.exec(
        u"INSERT INTO sentiment (account_id, level, updated_at) VALUES ('R2', 'green', '2025-06-15')"_s));
    recompute.setNow(QDateTime(asOf, QTime(9, 0), QTimeZone::utc()));
    QVERIFY2(recompute.recomputeAccount(u"R2"_s), qPrintable(recompute.lastError()));
    QCOMPARE(recompute.report().accounts, 1);
    QSqlQuery q(f.db.connection());
    QVERIFY(q.exec(u"SELECT account_id, computed_at FROM health_scores ORDER BY 1"_s));
    QHash<QString, QString> at;
    while (q.next())
        at.insert(q.value(0).toString(), q.value(1).toString());
    QCOMPARE(at.size(), 3);
    QCOMPARE(at.value(u"R1"_s), u"2025-06-16T07:00:00.000Z"_s);
    QCOMPARE(at.value(u"R2"_s), u"2025-06-16T09:00:00.000Z"_s);
    const QList<HealthContribution> c = HealthStore(f.db).record(u"R2"_s).contributions();
    QCOMPARE(c.at(6).measureId, u"csm_sentiment"_s);
    QCOMPARE(c.at(6).status, HealthContribution::Status::Scored);

    // An account archived since: its score goes.
    QVERIFY(f.exec(u"UPDATE accounts SET archived = 1 WHERE id = 'R3'"_s));
    QVERIFY(recompute.recomputeAccount(u"R3"_s));
    QCOMPARE(recompute.report().accounts, 0);
    QVERIFY(!HealthStore(f.db).record(u"R3"_s).isValid());
    QVERIFY(HealthStore(f.db).lastError().isEmpty());
    QVERIFY(!recompute.recomputeAccount(QString()));

    // An invalid scorecard is refused, and nothing is written.
    HealthRecompute broken(f.db, HealthScorecard());
    QVERIFY(!broken.recomputeAll());
    QVERIFY(broken.lastError().contains(u"not valid"_s));
}

void TestHealthRecompute::demoProducesAllThreeBands()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DemoOptions options { .accounts = 1000, .seed = 42, .usageWeeks = 20, .asOf = QDate(2025, 3, 14) };
    QString error;
    Database db;
    QVERIFY2(TestSupport::buildDemoCache(db, dir.path(), options, &error), qPrintable(error));

    HealthRecompute recompute(db);
    recompute.setAsOf(options.asOf);
    QVERIFY2(recompute.recomputeAll(), qPrintable(recompute.lastError()));
    const HealthRecompute::Report &r = recompute.report();
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM accounts WHERE archived = 0 AND lifecycle_stage <> 'churned'"_s)
            && q.next());
    QCOMPARE(r.accounts, q.value(0).toLongLong());
    const double n = double(r.accounts);
    qInfo("demo: %lld live accounts: red %lld (%.0f%%), yellow %lld (%.0f%%), green %lld (%.0f%%), unscored "
          "%lld;"
          " read %lld ms, score %lld ms, write %lld ms",
          r.accounts, r.red, 100 * r.red / n, r.yellow, 100 * r.yellow / n, r.green, 100 * r.green / n,
          r.unscored, r.readMs, r.scoreMs, r.writeMs);
    // All three bands, none swamping the book: most accounts healthy, a real red tail.
    QVERIFY(r.red >= 0.05 * n && r.red <= 0.30 * n);
    QVERIFY(r.yellow >= 0.15 * n && r.yellow <= 0.45 * n);
    QVERIFY(r.green >= 0.35 * n && r.green <= 0.75 * n);
    QVERIFY(r.unscored <= 0.01 * n);

    // The score follows the demo's hidden health: accounts it marks at risk score far below
    // those it marks for expansion.
    QVERIFY(q.exec(
        u"SELECT a.lifecycle_stage, AVG(s.score), COUNT(*),"
        " SUM(s.band = 'red') * 1.0 / COUNT(*) FROM health_scores s JOIN accounts a ON a.id = s.account_id"
        " WHERE s.score IS NOT NULL GROUP BY 1"_s));
    QHash<QString, double> mean;
    QHash<QString, double> redShare;
    while (q.next()) {
        mean.insert(q.value(0).toString(), q.value(1).toDouble());
        redShare.insert(q.value(0).toString(), q.value(3).toDouble());
        qInfo("  %-10s mean %.1f over %d, red %.0f%%", qPrintable(q.value(0).toString()),
              q.value(1).toDouble(), q.value(2).toInt(), 100 * q.value(3).toDouble());
    }
    QVERIFY(mean.contains(u"at_risk"_s) && mean.contains(u"expansion"_s) && mean.contains(u"adoption"_s));
    QVERIFY(mean.value(u"at_risk"_s) + 20 < mean.value(u"expansion"_s));
    QVERIFY(mean.value(u"at_risk"_s) + 10 < mean.value(u"adoption"_s));
    QVERIFY(redShare.value(u"at_risk"_s) > 0.5);
    QVERIFY(redShare.value(u"expansion"_s) < 0.05);

    // Every measure of the default card has data somewhere, and most accounts have fresh usage.
    QVERIFY(
        q.exec(
            u"SELECT COUNT(*) FROM health_scores WHERE contributions LIKE '%[\"licence_utilisation\",\"scored\"%'"_s)
        && q.next());
    QVERIFY(q.value(0).toDouble() > 0.8 * n);
    for (const char *measure : { "active_users", "days_since_activity", "open_cases", "high_priority_cases",
                                 "nps", "usage_trend" }) {
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM health_scores WHERE contributions LIKE"
                       " '%[\"%1\",\"scored\"%'"_s.arg(QLatin1StringView(measure)))
                && q.next());
        QVERIFY2(q.value(0).toInt() > 0, measure);
    }

    // The bulk read and the one-account read agree, account by account.
    HealthInputReader reader(db);
    reader.setAsOf(options.asOf);
    const HealthScorecard card = HealthScorecard::builtIn();
    QList<HealthInputReader::Account> all;
    QVERIFY(reader.read(card, &all));
    QCOMPARE(all.size(), r.accounts);
    const qint64 day = HealthInputs::dayNumber(options.asOf);
    for (qsizetype i = 0; i < all.size(); i += 37) {
        QList<HealthInputReader::Account> one;
        QVERIFY(reader.readAccount(card, all.at(i).id, &one));
        QCOMPARE(one.size(), 1);
        QCOMPARE(HealthEngine::contributionsJson(HealthEngine::score(one.at(0).inputs, card, day)),
                 HealthEngine::contributionsJson(HealthEngine::score(all.at(i).inputs, card, day)));
    }
}

QTEST_GUILESS_MAIN(TestHealthRecompute)
#include "tst_healthrecompute.moc"
