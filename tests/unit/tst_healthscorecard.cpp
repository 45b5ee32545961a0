// The health scorecard: JSON parsing and validation, the scoring arithmetic on golden
// cases worked out by hand (weights spread over missing and stale measures, thresholds
// and ranges at their edges, rules), overrides that hold until they expire and survive a
// recompute, and the weekly history with its trend.
#include "health/HealthEngine.h"
#include "health/HealthRecompute.h"
#include "health/HealthScorecard.h"
#include "health/HealthStore.h"
#include "store/Database.h"
#include "work/ChangeJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace Qt::StringLiterals;

using Band = HealthScorecard::Band;
using Status = HealthContribution::Status;

Q_DECLARE_METATYPE(HealthInputs)

namespace {

// Two groups: A (60) = util (2, ranges 0..1 -> 0..100) + active (1, steps);
// B (40) = nps (1, ranges) + sent (1, steps on the sentiment level, never stale).
const char *const goldenCard = R"({
  "format": "pitwall-health-scorecard",
  "version": 1,
  "name": "Golden",
  "bands": { "yellow": 50, "green": 75 },
  "groups": [
    { "id": "a", "label": "A", "weight": 60, "measures": [
      { "id": "util", "label": "Util", "input": "licence_utilisation", "weight": 2, "window_days": 30,
        "ranges": [[0, 0], [1, 100]] },
      { "id": "active", "label": "Active", "input": "active_users_per_licence", "weight": 1, "window_days": 30,
        "thresholds": [ { "min": 0.5, "score": 100 }, { "min": 0.25, "score": 50 }, { "score": 0 } ] } ] },
    { "id": "b", "label": "B", "weight": 40, "measures": [
      { "id": "nps", "label": "NPS", "input": "nps_average", "weight": 1, "window_days": 90,
        "ranges": [[0, 0], [5, 20], [10, 100]] },
      { "id": "sent", "label": "Sentiment", "input": "csm_sentiment", "weight": 1,
        "thresholds": [ { "equals": "green", "score": 100 }, { "equals": "yellow", "score": 50 },
                        { "score": 0 } ] } ] }
  ],
  "rules": [
    { "id": "red_sentiment", "label": "Red sentiment forces red",
      "when": { "input": "csm_sentiment", "equals": "red" }, "force_band": "red" },
    { "id": "cases_cap", "label": "Escalations cap at 60",
      "when": { "input": "high_priority_cases", "min": 3 }, "window_days": 30, "cap_score": 60 }
  ]
})";

constexpr qint64 D = 20000; // the as-of day (2024-10-04)

HealthScorecard golden()
{
    QStringList errors;
    HealthScorecard card = HealthScorecard::fromJson(goldenCard, &errors);
    if (!card.isValid())
        qWarning() << errors;
    return card;
}

// Inputs by name; a negative age means "missing". Ages in days before D.
struct In
{
    const char *input;
    double value;
    qint64 age = 0;
};

HealthInputs inputsOf(std::initializer_list<In> list)
{
    HealthInputs inputs;
    for (const In &in : list)
        inputs.set(*HealthInputKey::fromName(QString::fromLatin1(in.input)), in.value, D - in.age);
    return inputs;
}

// Sentiment levels as the input holds them.
constexpr double red = 0, yellow = 1, green = 2;

QStringList errorsOf(const QByteArray &json)
{
    QStringList errors;
    const HealthScorecard card = HealthScorecard::fromJson(json, &errors);
    if (card.isValid())
        return { u"<valid>"_s };
    return errors;
}

bool anyContains(const QStringList &list, const QString &needle)
{
    for (const QString &s : list) {
        if (s.contains(needle))
            return true;
    }
    return false;
}

// A one-measure card around a measure body, for the validation cases.
QByteArray cardWithMeasure(const QByteArray &measure)
{
    return R"({"groups": [{"id": "g", "label": "G", "weight": 1, "measures": [)" + measure + "]}]}";
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

class TestHealthScorecard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInScorecardIsValid();
    void goldenScores_data();
    void goldenScores();
    void sharesAlwaysAddUpToOne();
    void staleEdgeIsInclusive();
    void roundsHalfUp();
    void nothingToScore();
    void rules_data();
    void rules();
    void thresholdEdges_data();
    void thresholdEdges();
    void rangeEdges_data();
    void rangeEdges();
    void defaultScorecardMappings();
    void bandEdges();
    void customBands();
    void contributionsJson();
    void validationErrors_data();
    void validationErrors();
    void reportsEveryProblemAtOnce();
    void labels();
    void inputNames();

    void overrideHoldsUntilItExpires();
    void recomputeNeverReplacesAnOverride();
    void overrideIsJournaled();
    void overrideRefusesBadValues();
    void newOverrideClearsTheOldOne();
    void historyAndTrend();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    bool openCache();
};

bool TestHealthScorecard::openCache()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    if (!m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error)) {
        qWarning() << error;
        return false;
    }
    return exec(m_db->connection(),
                u"INSERT INTO accounts (id, name, last_activity_at) VALUES"
                " ('A1', 'Acme', '2026-03-02T10:00:00Z'), ('A2', '华为科技', NULL)"_s);
}

void TestHealthScorecard::builtInScorecardIsValid()
{
    const HealthScorecard card = HealthScorecard::builtIn();
    QVERIFY(card.isValid());
    QCOMPARE(card.groups().size(), 5);
    QCOMPARE(card.measureCount(), 8);
    QStringList groups;
    double total = 0;
    for (const HealthScorecard::Group &g : card.groups()) {
        groups.append(g.id);
        total += g.weight;
    }
    QCOMPARE(groups,
             QStringList({ u"adoption"_s, u"engagement"_s, u"support"_s, u"sentiment"_s, u"outcomes"_s }));
    QCOMPARE(total, 100.0);
    QCOMPARE(card.group(u"adoption"_s)->weight, 50.0);
    QCOMPARE(card.group(u"sentiment"_s)->weight, 25.0);
    QCOMPARE(card.measure(u"licence_utilisation"_s)->windowDays, 60);
    QCOMPARE(card.measure(u"open_cases"_s)->windowDays, 30);
    QCOMPARE(card.measure(u"csm_sentiment"_s)->windowDays, 90);
    QVERIFY(card.rule(u"sentiment_red"_s));
    QCOMPARE(card.rule(u"sentiment_red"_s)->forceBand, Band::Red);
    QCOMPARE(card.bands().yellow, 50);
    QCOMPARE(card.bands().green, 75);
    // The same file parses from disk too (it is the resource).
    QStringList errors;
    QVERIFY(HealthScorecard::fromFile(HealthScorecard::builtInPath(), &errors).isValid());
    QVERIFY(errors.isEmpty());
}

void TestHealthScorecard::goldenScores_data()
{
    QTest::addColumn<HealthInputs>("inputs");
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("band");
    QTest::addColumn<QString>("topDrag");
    // measure id -> {status, share, points} for util, active, nps, sent
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QList<double>>("shares");
    QTest::addColumn<QList<double>>("points");

    const int S = int(Status::Scored), M = int(Status::Missing), T = int(Status::Stale);

    // util 0.8 -> 80 (share .6*2/3 = .4 -> 32); active 0.3 -> 50 (.2 -> 10);
    // nps 7.5 -> 20 + 2.5/5*80 = 60 (.2 -> 12); sent green -> 100 (.2 -> 20). 74: yellow.
    // Drags: util 8, active 10, nps 8, sent 0.
    QTest::newRow("all present") << inputsOf({ { "licence_utilisation", 0.8 },
                                               { "active_users_per_licence", 0.3 },
                                               { "nps_average", 7.5 },
                                               { "csm_sentiment", green } })
                                 << 74 << int(Band::Yellow) << u"active"_s << QList<int> { S, S, S, S }
                                 << QList<double> { .4, .2, .2, .2 } << QList<double> { 32, 10, 12, 20 };

    // active missing: its weight goes to util within group A (util .6 -> 48).
    // 48 + 12 + 20 = 80: green. Drags: util 12, nps 8.
    QTest::newRow("missing measure, weight stays in its group")
        << inputsOf({ { "licence_utilisation", 0.8 }, { "nps_average", 7.5 }, { "csm_sentiment", green } })
        << 80 << int(Band::Green) << u"util"_s << QList<int> { S, M, S, S } << QList<double> { .6, 0, .2, .2 }
        << QList<double> { 48, 0, 12, 20 };

    // nps observed 91 days ago, window 90: stale -> sent takes group B (.4 -> 40).
    // 32 + 10 + 0 + 40 = 82: green.
    QTest::newRow("stale measure counts as missing")
        << inputsOf({ { "licence_utilisation", 0.8 },
                      { "active_users_per_licence", 0.3 },
                      { "nps_average", 7.5, 91 },
                      { "csm_sentiment", green } })
        << 82 << int(Band::Green) << u"active"_s << QList<int> { S, S, T, S }
        << QList<double> { .4, .2, 0, .4 } << QList<double> { 32, 10, 0, 40 };

    // Group B empty: its 40 goes to A. util 2/3 * 80 = 53.33, active 1/3 * 50 = 16.67: 70.
    QTest::newRow("missing group, weight spread over the other groups")
        << inputsOf({ { "licence_utilisation", 0.8 }, { "active_users_per_licence", 0.3 } }) << 70
        << int(Band::Yellow) << u"active"_s << QList<int> { S, S, M, M }
        << QList<double> { 2.0 / 3, 1.0 / 3, 0, 0 } << QList<double> { 160.0 / 3, 50.0 / 3, 0, 0 };

    // Only the sentiment: it is the whole score. Yellow -> 50: yellow.
    QTest::newRow("one measure left")
        << inputsOf({ { "csm_sentiment", yellow, 400 } }) << 50 << int(Band::Yellow) << u"sent"_s
        << QList<int> { M, M, M, S } << QList<double> { 0, 0, 0, 1 } << QList<double> { 0, 0, 0, 50 };

    // util and active stale (31 days, window 30) as well as nps: only sent remains.
    QTest::newRow("everything stale but the sentiment")
        << inputsOf({ { "licence_utilisation", 0.9, 31 },
                      { "active_users_per_licence", 0.9, 31 },
                      { "nps_average", 9, 120 },
                      { "csm_sentiment", green } })
        << 100 << int(Band::Green) << QString() << QList<int> { T, T, T, S } << QList<double> { 0, 0, 0, 1 }
        << QList<double> { 0, 0, 0, 100 };

    // Perfect on everything: no drag at all.
    QTest::newRow("perfect") << inputsOf({ { "licence_utilisation", 1.2 },
                                           { "active_users_per_licence", 0.5 },
                                           { "nps_average", 10 },
                                           { "csm_sentiment", green } })
                             << 100 << int(Band::Green) << QString() << QList<int> { S, S, S, S }
                             << QList<double> { .4, .2, .2, .2 } << QList<double> { 40, 20, 20, 20 };

    // Poor: util 0.1 -> 10 (4), active 0.1 -> 0, nps 3 -> 12 (2.4), sent yellow -> 50 (10). 16.4 -> 16.
    // Drags: util 36, active 20, nps 17.6, sent 10.
    QTest::newRow("poor") << inputsOf({ { "licence_utilisation", 0.1 },
                                        { "active_users_per_licence", 0.1 },
                                        { "nps_average", 3 },
                                        { "csm_sentiment", yellow } })
                          << 16 << int(Band::Red) << u"util"_s << QList<int> { S, S, S, S }
                          << QList<double> { .4, .2, .2, .2 } << QList<double> { 4, 0, 2.4, 10 };
}

void TestHealthScorecard::goldenScores()
{
    QFETCH(HealthInputs, inputs);
    QFETCH(int, score);
    QFETCH(int, band);
    QFETCH(QString, topDrag);
    QFETCH(QList<int>, statuses);
    QFETCH(QList<double>, shares);
    QFETCH(QList<double>, points);

    const HealthScorecard card = golden();
    QVERIFY(card.isValid());
    const HealthResult r = HealthEngine::score(inputs, card, D);
    QVERIFY(r.scored);
    QCOMPARE(r.score, score);
    QCOMPARE(r.computedScore, score);
    QCOMPARE(int(r.band), band);
    QCOMPARE(r.topDrag, topDrag);
    QVERIFY(r.rule.isEmpty());
    QCOMPARE(r.contributions.size(), 4);
    const QStringList ids { u"util"_s, u"active"_s, u"nps"_s, u"sent"_s };
    double sum = 0;
    for (int i = 0; i < 4; ++i) {
        const HealthContribution &c = r.contributions.at(i);
        QCOMPARE(c.measureId, ids.at(i));
        QCOMPARE(int(c.status), statuses.at(i));
        QVERIFY2(qAbs(c.share - shares.at(i)) < 1e-9,
                 qPrintable(u"%1 share %2"_s.arg(c.measureId).arg(c.share)));
        QVERIFY2(qAbs(c.points - points.at(i)) < 1e-9,
                 qPrintable(u"%1 points %2"_s.arg(c.measureId).arg(c.points)));
        sum += c.points;
    }
    QVERIFY(qAbs(sum - r.exactScore) < 1e-9);
    // The configured shares do not move: .4, .2, .2, .2.
    QCOMPARE(r.contributions.at(0).nominalShare, 0.4);
    QVERIFY(qAbs(r.contributions.at(3).nominalShare - 0.2) < 1e-12);
}

void TestHealthScorecard::sharesAlwaysAddUpToOne()
{
    const HealthScorecard card = HealthScorecard::builtIn();
    // Every subset of the eight measures present.
    const QList<HealthInputKey> keys = card.inputs();
    QCOMPARE(keys.size(), 8);
    for (int mask = 1; mask < (1 << 8); ++mask) {
        HealthInputs inputs;
        for (int i = 0; i < 8; ++i) {
            if (mask & (1 << i))
                inputs.set(keys.at(i), 1, D);
        }
        const HealthResult r = HealthEngine::score(inputs, card, D);
        QVERIFY(r.scored);
        double shares = 0;
        double coverage = 0;
        for (const HealthContribution &c : r.contributions) {
            shares += c.share;
            if (c.status == Status::Scored)
                coverage += c.nominalShare;
        }
        QVERIFY2(qAbs(shares - 1) < 1e-9, qPrintable(QString::number(mask)));
        QVERIFY(qAbs(coverage - r.coverage) < 1e-9);
        QVERIFY(r.score >= 0 && r.score <= 100);
    }
}

void TestHealthScorecard::staleEdgeIsInclusive()
{
    const HealthScorecard card = golden();
    // Exactly 90 days old with a 90-day window: still fresh. 91: stale.
    for (const auto &[age, status] : { std::pair { 90, Status::Scored }, std::pair { 91, Status::Stale } }) {
        const HealthResult r = HealthEngine::score(inputsOf({ { "nps_average", 5, age } }), card, D);
        QCOMPARE(r.contributions.at(2).status, status);
        QCOMPARE(r.contributions.at(2).raw, 5.0);
        QCOMPARE(r.contributions.at(2).observedDay, D - age);
    }
    // Data dated after the as-of day is fresh.
    QCOMPARE(HealthEngine::score(inputsOf({ { "nps_average", 5, -3 } }), card, D).contributions.at(2).status,
             Status::Scored);
}

void TestHealthScorecard::roundsHalfUp()
{
    const HealthScorecard card = golden();
    // util alone is the score: 0.745 -> 74.5 (74.4999... in binary) rounds up to 75, green.
    HealthResult r = HealthEngine::score(inputsOf({ { "licence_utilisation", 0.745 } }), card, D);
    QCOMPARE(r.score, 75);
    QCOMPARE(r.band, Band::Green);
    r = HealthEngine::score(inputsOf({ { "licence_utilisation", 0.7449 } }), card, D);
    QCOMPARE(r.score, 74);
    QCOMPARE(r.band, Band::Yellow);
    r = HealthEngine::score(inputsOf({ { "licence_utilisation", 0.495 } }), card, D);
    QCOMPARE(r.score, 50);
    QCOMPARE(r.band, Band::Yellow);
    r = HealthEngine::score(inputsOf({ { "licence_utilisation", 0.494 } }), card, D);
    QCOMPARE(r.score, 49);
    QCOMPARE(r.band, Band::Red);
}

void TestHealthScorecard::nothingToScore()
{
    const HealthScorecard card = golden();
    // Nothing at all, or only stale data, or only an input no measure reads.
    for (const HealthInputs &inputs :
         { HealthInputs(), inputsOf({ { "licence_utilisation", 0.9, 45 }, { "nps_average", 9, 200 } }),
           inputsOf({ { "open_cases", 2 } }) }) {
        const HealthResult r = HealthEngine::score(inputs, card, D);
        QVERIFY(!r.scored);
        QCOMPARE(r.band, Band::None);
        QCOMPARE(r.score, 0);
        QVERIFY(r.topDrag.isEmpty());
        QCOMPARE(r.contributions.size(), 4);
        QCOMPARE(r.coverage, 0.0);
    }
}

void TestHealthScorecard::rules_data()
{
    QTest::addColumn<HealthInputs>("inputs");
    QTest::addColumn<int>("computed");
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("band");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("fired");

    const HealthInputs strong = inputsOf(
        { { "licence_utilisation", 1 }, { "active_users_per_licence", 0.6 }, { "nps_average", 10 } });

    // 40 + 20 + 20 + sentiment red 0 = 80, forced into red: its top, 49.
    HealthInputs in = strong;
    in.set(HealthInput::CsmSentiment, red, D);
    QTest::newRow("red sentiment forces red")
        << in << 80 << 49 << int(Band::Red) << u"red_sentiment"_s << QStringList { u"red_sentiment"_s };

    // The rule has no window: a year-old red sentiment still forces red (the measure
    // reads it too: sentiment never goes stale in this card).
    in = strong;
    in.set(HealthInput::CsmSentiment, red, D - 365);
    QTest::newRow("force without window")
        << in << 80 << 49 << int(Band::Red) << u"red_sentiment"_s << QStringList { u"red_sentiment"_s };

    // Already red: the rule fires but changes nothing.
    in = inputsOf({ { "licence_utilisation", 0.1 }, { "csm_sentiment", red } });
    QTest::newRow("already red") << in << 6 << 6 << int(Band::Red) << QString()
                                 << QStringList { u"red_sentiment"_s };

    // Three high-priority cases cap 100 at 60 (yellow).
    in = strong;
    in.set(HealthInput::CsmSentiment, green, D);
    in.set(HealthInput::HighPriorityCases, 3, D - 30);
    QTest::newRow("cap at its threshold")
        << in << 100 << 60 << int(Band::Yellow) << u"cases_cap"_s << QStringList { u"cases_cap"_s };

    // Two: below the rule's min.
    in.set(HealthInput::HighPriorityCases, 2, D);
    QTest::newRow("cap not reached") << in << 100 << 100 << int(Band::Green) << QString() << QStringList();

    // 31 days old with a 30-day window: the rule does not fire.
    in.set(HealthInput::HighPriorityCases, 5, D - 31);
    QTest::newRow("rule input stale") << in << 100 << 100 << int(Band::Green) << QString() << QStringList();

    // Score under the cap: fired, no effect.
    in = inputsOf({ { "licence_utilisation", 0.5 }, { "high_priority_cases", 4 } });
    QTest::newRow("under the cap") << in << 50 << 50 << int(Band::Yellow) << QString()
                                   << QStringList { u"cases_cap"_s };

    // Both: capped to 60, then forced red to 49; the forced band decides.
    in = strong;
    in.set(HealthInput::CsmSentiment, red, D);
    in.set(HealthInput::HighPriorityCases, 6, D);
    QTest::newRow("cap and force") << in << 80 << 49 << int(Band::Red) << u"red_sentiment"_s
                                   << QStringList { u"red_sentiment"_s, u"cases_cap"_s };
}

void TestHealthScorecard::rules()
{
    QFETCH(HealthInputs, inputs);
    QFETCH(int, computed);
    QFETCH(int, score);
    QFETCH(int, band);
    QFETCH(QString, rule);
    QFETCH(QStringList, fired);
    const HealthResult r = HealthEngine::score(inputs, golden(), D);
    QVERIFY(r.scored);
    QCOMPARE(r.computedScore, computed);
    QCOMPARE(r.score, score);
    QCOMPARE(int(r.band), band);
    QCOMPARE(r.rule, rule);
    QCOMPARE(r.firedRules, fired);
}

void TestHealthScorecard::thresholdEdges_data()
{
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("expected");
    // active: min 0.5 -> 100, min 0.25 -> 50, else 0; bounds inclusive.
    QTest::newRow("well above") << 3.0 << 100.0;
    QTest::newRow("at 0.5") << 0.5 << 100.0;
    QTest::newRow("just under 0.5") << 0.4999 << 50.0;
    QTest::newRow("at 0.25") << 0.25 << 50.0;
    QTest::newRow("just under 0.25") << 0.2499 << 0.0;
    QTest::newRow("zero") << 0.0 << 0.0;
    QTest::newRow("negative") << -1.0 << 0.0;
}

void TestHealthScorecard::thresholdEdges()
{
    QFETCH(double, raw);
    QFETCH(double, expected);
    const HealthScorecard card = golden();
    QCOMPARE(card.measure(u"active"_s)->map(raw), expected);
}

void TestHealthScorecard::rangeEdges_data()
{
    QTest::addColumn<double>("raw");
    QTest::addColumn<double>("expected");
    // nps: [0, 0], [5, 20], [10, 100]: flat outside, linear between.
    QTest::newRow("below the first point") << -2.0 << 0.0;
    QTest::newRow("first point") << 0.0 << 0.0;
    QTest::newRow("between first and second") << 2.5 << 10.0;
    QTest::newRow("second point") << 5.0 << 20.0;
    QTest::newRow("between second and last") << 7.5 << 60.0;
    QTest::newRow("just under the last") << 9.99 << 99.84;
    QTest::newRow("last point") << 10.0 << 100.0;
    QTest::newRow("above the last") << 11.0 << 100.0;
}

void TestHealthScorecard::rangeEdges()
{
    QFETCH(double, raw);
    QFETCH(double, expected);
    const HealthScorecard card = golden();
    QVERIFY(qAbs(card.measure(u"nps"_s)->map(raw) - expected) < 1e-9);
}

void TestHealthScorecard::defaultScorecardMappings()
{
    const HealthScorecard card = HealthScorecard::builtIn();
    const auto map = [&card](const char *id, double raw) {
        return card.measure(QString::fromLatin1(id))->map(raw);
    };
    // Days since last touch: max 14 -> 100, 30 -> 80, 60 -> 50, 90 -> 20, else 0.
    QCOMPARE(map("days_since_activity", 0), 100.0);
    QCOMPARE(map("days_since_activity", 14), 100.0);
    QCOMPARE(map("days_since_activity", 15), 80.0);
    QCOMPARE(map("days_since_activity", 30), 80.0);
    QCOMPARE(map("days_since_activity", 60), 50.0);
    QCOMPARE(map("days_since_activity", 90), 20.0);
    QCOMPARE(map("days_since_activity", 91), 0.0);
    // Licence utilisation: [0.2, 0], [0.5, 40], [0.7, 70], [0.85, 100].
    QCOMPARE(map("licence_utilisation", 0.1), 0.0);
    QVERIFY(qAbs(map("licence_utilisation", 0.6) - 55) < 1e-9);
    QVERIFY(qAbs(map("licence_utilisation", 0.8) - 90) < 1e-9);
    QCOMPARE(map("licence_utilisation", 1.1), 100.0);
    // Open cases 0 -> 100, 1-2 -> 75, 3-5 -> 40, more -> 10.
    QCOMPARE(map("open_cases", 0), 100.0);
    QCOMPARE(map("open_cases", 2), 75.0);
    QCOMPARE(map("open_cases", 3), 40.0);
    QCOMPARE(map("open_cases", 6), 10.0);
    // Sentiment by level.
    QCOMPARE(map("csm_sentiment", green), 100.0);
    QCOMPARE(map("csm_sentiment", yellow), 55.0);
    QCOMPARE(map("csm_sentiment", red), 0.0);
    // Usage trend in %: [-30, 0], [-15, 30], [0, 70], [10, 90], [20, 100].
    QCOMPARE(map("usage_trend", -50), 0.0);
    QVERIFY(qAbs(map("usage_trend", -7.5) - 50) < 1e-9);
    QCOMPARE(map("usage_trend", 0), 70.0);
    QCOMPARE(map("usage_trend", 40), 100.0);

    // A healthy account on the default card, by hand: adoption 50 = util 0.8 (90) ×3/5 +
    // active 0.6 (75 + 0.05/0.15×25 = 83.33) ×2/5 = 87.33; engagement 10 days (100);
    // support 0 open (100), 0 high (100); sentiment nps 8 (60 + 1/1.5×30 = 80),
    // sentiment green (100) -> 90; outcomes +5% (80).
    // 0.5×87.333 + 0.1×100 + 0.05×100 + 0.25×90 + 0.1×80 = 43.667 + 10 + 5 + 22.5 + 8 = 89.17.
    HealthInputs in;
    in.set(HealthInput::LicenceUtilisation, 0.8, D - 3);
    in.set(HealthInput::ActiveUsersPerLicence, 0.6, D - 3);
    in.set(HealthInput::DaysSinceActivity, 10, D);
    in.set(HealthInput::OpenCases, 0, D - 10);
    in.set(HealthInput::HighPriorityCases, 0, D - 10);
    in.set(HealthInput::NpsAverage, 8, D - 60);
    in.set(HealthInput::CsmSentiment, green, D - 20);
    in.set(HealthInput::UsageTrend, 5, D - 3);
    HealthResult r = HealthEngine::score(in, card, D);
    QVERIFY(qAbs(r.exactScore - (0.5 * (0.6 * 90 + 0.4 * (75 + 25.0 / 3)) + 10 + 5 + 22.5 + 8)) < 1e-9);
    QCOMPARE(r.score, 89);
    QCOMPARE(r.band, Band::Green);
    QCOMPARE(r.topDrag, u"active_users"_s); // 0.2 × 16.67 = 3.33, more than util's 0.3 × 10 = 3

    // The same account, support data 31 days old: the support group (5) is spread over the
    // other 95. And the CSM turning red forces red.
    in.set(HealthInput::OpenCases, 0, D - 31);
    in.set(HealthInput::HighPriorityCases, 0, D - 31);
    r = HealthEngine::score(in, card, D);
    QCOMPARE(r.contributions.at(3).status, Status::Stale);
    QVERIFY(qAbs(r.exactScore - (0.5 * (0.6 * 90 + 0.4 * (75 + 25.0 / 3)) + 10 + 22.5 + 8) / 0.95) < 1e-9);
    in.set(HealthInput::CsmSentiment, red, D - 20);
    r = HealthEngine::score(in, card, D);
    QCOMPARE(r.band, Band::Red);
    QCOMPARE(r.score, 49);
    QCOMPARE(r.rule, u"sentiment_red"_s);
    QCOMPARE(r.topDrag, u"csm_sentiment"_s);
}

void TestHealthScorecard::bandEdges()
{
    const HealthScorecard::Bands bands;
    QCOMPARE(bands.bandOf(0), Band::Red);
    QCOMPARE(bands.bandOf(49), Band::Red);
    QCOMPARE(bands.bandOf(50), Band::Yellow);
    QCOMPARE(bands.bandOf(74), Band::Yellow);
    QCOMPARE(bands.bandOf(75), Band::Green);
    QCOMPARE(bands.bandOf(100), Band::Green);
    QCOMPARE(bands.highest(Band::Red), 49);
    QCOMPARE(bands.lowest(Band::Yellow), 50);
    QCOMPARE(bands.highest(Band::Yellow), 74);
    QCOMPARE(bands.lowest(Band::Green), 75);
}

void TestHealthScorecard::customBands()
{
    QByteArray json = goldenCard;
    json.replace(R"("bands": { "yellow": 50, "green": 75 })",
                 R"("bands": { "red": 0, "yellow": 40, "green": 80 })");
    QStringList errors;
    const HealthScorecard card = HealthScorecard::fromJson(json, &errors);
    QVERIFY2(card.isValid(), qPrintable(errors.join(u'\n')));
    QCOMPARE(card.bands().yellow, 40);
    // 74 is yellow under these bands too, 82 is green, 70 yellow; util 0.39 alone is red.
    HealthResult r = HealthEngine::score(inputsOf({ { "licence_utilisation", 0.79 } }), card, D);
    QCOMPARE(r.band, Band::Yellow);
    r = HealthEngine::score(inputsOf({ { "licence_utilisation", 0.8 } }), card, D);
    QCOMPARE(r.band, Band::Green);
    r = HealthEngine::score(inputsOf({ { "licence_utilisation", 0.39 } }), card, D);
    QCOMPARE(r.band, Band::Red);
    // Forced red now tops out at 39.
    HealthInputs in = inputsOf({ { "licence_utilisation", 1 } });
    in.set(HealthInput::CsmSentiment, red, D);
    r = HealthEngine::score(in, card, D);
    QCOMPARE(r.score, 39);
}

void TestHealthScorecard::contributionsJson()
{
    const HealthScorecard card = golden();
    const HealthResult r = HealthEngine::score(
        inputsOf({ { "licence_utilisation", 0.8 }, { "nps_average", 7.5, 91 }, { "csm_sentiment", green } }),
        card, D);
    QCOMPARE(r.score, 88);
    // util alone in group A: 60% share, 80 -> 48 points; active missing; nps stale; sent
    // alone in B: 40% share, 100 -> 40.
    const QByteArray json = HealthEngine::contributionsJson(r);
    QCOMPARE(json,
             QByteArray(R"([["util","scored",0.8,"2024-10-04",80,60,48],["active","missing"],)"
                        R"(["nps","stale",7.5,"2024-07-05"],["sent","scored",2,"2024-10-04",100,40,40]])"));
    QVERIFY(!QJsonDocument::fromJson(json).isNull());

    // Read back.
    bool ok = false;
    const QList<HealthContribution> back = HealthEngine::parseContributions(json, &ok);
    QVERIFY(ok);
    QCOMPARE(back.size(), 4);
    QCOMPARE(back.at(0).measureId, u"util"_s);
    QCOMPARE(back.at(0).status, Status::Scored);
    QCOMPARE(back.at(0).raw, 0.8);
    QCOMPARE(back.at(0).observedDay, D);
    QCOMPARE(back.at(0).score, 80.0);
    QCOMPARE(back.at(0).share, 0.6);
    QCOMPARE(back.at(0).points, 48.0);
    QCOMPARE(back.at(0).drag, 12.0);
    QCOMPARE(back.at(1).status, Status::Missing);
    QVERIFY(!back.at(1).hasRaw());
    QCOMPARE(back.at(2).status, Status::Stale);
    QCOMPARE(back.at(2).observedDay, D - 91);
    QCOMPARE(back.at(2).share, 0.0);
    QVERIFY(HealthEngine::parseContributions("{}", &ok).isEmpty());
    QVERIFY(!ok);
    QVERIFY(HealthEngine::parseContributions("[[1]]", &ok).isEmpty());
    QVERIFY(!ok);

    // Rounding: 1/3 shares to two decimals, raw values to four.
    const HealthResult thirds = HealthEngine::score(
        inputsOf({ { "licence_utilisation", 0.123456 }, { "active_users_per_licence", 0.3 } }), card, D);
    QVERIFY2(HealthEngine::contributionsJson(thirds).startsWith(
                 R"([["util","scored",0.1235,"2024-10-04",12.35,66.67,8.23],)"),
             HealthEngine::contributionsJson(thirds).constData());

    // Negative values, tiny values, whole numbers. (-12.34567% -> 30 + 2.65433 / 15 × 40 = 37.08.)
    HealthInputs in;
    in.set(HealthInput::UsageTrend, -12.34567, D);
    in.set(HealthInput::LicenceUtilisation, 0.00004, D);
    in.set(HealthInput::DaysSinceActivity, 120, D);
    const QByteArray builtIn
        = HealthEngine::contributionsJson(HealthEngine::score(in, HealthScorecard::builtIn(), D));
    QVERIFY2(builtIn.contains(R"(["usage_trend","scored",-12.3457,"2024-10-04",37.08,)"),
             builtIn.constData());
    QVERIFY2(builtIn.contains(R"(["licence_utilisation","scored",0,"2024-10-04",0,)"), builtIn.constData());
    QVERIFY2(builtIn.contains(R"(["days_since_activity","scored",120,"2024-10-04",0,)"), builtIn.constData());

    // As objects for people and scripts, with the group and label from the scorecard.
    const QJsonArray objects = HealthEngine::contributionsToJson(back, card);
    QCOMPARE(objects.size(), 4);
    QCOMPARE(objects.at(0).toObject(),
             QJsonObject({ { "measure"_L1, u"util"_s },
                           { "group"_L1, u"a"_s },
                           { "label"_L1, u"Util"_s },
                           { "status"_L1, u"scored"_s },
                           { "raw"_L1, 0.8 },
                           { "observed"_L1, u"2024-10-04"_s },
                           { "score"_L1, 80 },
                           { "weight"_L1, 60 },
                           { "points"_L1, 48 } }));
    QCOMPARE(objects.at(1).toObject(),
             QJsonObject({ { "measure"_L1, u"active"_s },
                           { "group"_L1, u"a"_s },
                           { "label"_L1, u"Active"_s },
                           { "status"_L1, u"missing"_s } }));
    QCOMPARE(objects.at(2).toObject().value("observed"_L1).toString(), u"2024-07-05"_s);
    QVERIFY(!objects.at(2).toObject().contains("points"_L1));
}

void TestHealthScorecard::validationErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QByteArray ok = R"("id": "m", "label": "M", "input": "open_cases", "weight": 1)";
    QTest::newRow("not JSON") << QByteArray("{\"groups\": [") << u"not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"must be a JSON object"_s;
    QTest::newRow("wrong format") << QByteArray(R"({"format": "mapping", "groups": []})")
                                  << u"not a health scorecard"_s;
    QTest::newRow("newer version") << QByteArray(R"({"version": 2, "groups": []})") << u"newer Pitwall"_s;
    QTest::newRow("no groups") << QByteArray("{}") << u"needs “groups”"_s;
    QTest::newRow("unknown input") << cardWithMeasure(
        R"({"id": "util", "label": "U", "input": "licence_use", "weight": 1, "ranges": [[0, 0], [1, 100]]})")
                                   << u"Group “g”, measure “util”: unknown input “licence_use”"_s;
    QTest::newRow("no mapping") << cardWithMeasure("{" + ok + "}") << u"measure “m”: give either"_s;
    QTest::newRow("both mappings") << cardWithMeasure(
        "{" + ok + R"(, "ranges": [[0, 0], [1, 1]], "thresholds": [{"score": 1}]})")
                                   << u"exactly one"_s;
    QTest::newRow("last threshold bounded") << cardWithMeasure(
        "{" + ok + R"(, "thresholds": [{"max": 0, "score": 100}, {"max": 3, "score": 50}]})")
                                            << u"measure “m”, threshold 2: the last threshold needs no"_s;
    QTest::newRow("catch-all in the middle")
        << cardWithMeasure("{" + ok + R"(, "thresholds": [{"score": 100}, {"score": 50}]})")
        << u"measure “m”, threshold 1: only the last threshold"_s;
    QTest::newRow("score over 100") << cardWithMeasure("{" + ok + R"(, "thresholds": [{"score": 120}]})")
                                    << u"threshold 1: “score” must be between 0 and 100"_s;
    QTest::newRow("min over max") << cardWithMeasure(
        "{" + ok + R"(, "thresholds": [{"min": 5, "max": 2, "score": 1}, {"score": 0}]})")
                                  << u"“min” is greater than “max”"_s;
    QTest::newRow("one point") << cardWithMeasure("{" + ok + R"(, "ranges": [[0, 0]]})")
                               << u"at least two points"_s;
    QTest::newRow("points not ascending")
        << cardWithMeasure("{" + ok + R"(, "ranges": [[0, 0], [5, 50], [5, 60]]})")
        << u"measure “m”, point 3: the values must go up"_s;
    QTest::newRow("point not a pair") << cardWithMeasure("{" + ok + R"(, "ranges": [[0, 0], [1]]})")
                                      << u"point 2: must be [value, score]"_s;
    QTest::newRow("weight zero") << cardWithMeasure(
        R"({"id": "m", "label": "M", "input": "open_cases", "weight": 0, "thresholds": [{"score": 1}]})")
                                 << u"measure “m”: “weight” must be more than 0"_s;
    QTest::newRow("weight missing") << cardWithMeasure(
        R"({"id": "m", "label": "M", "input": "open_cases", "thresholds": [{"score": 1}]})")
                                    << u"“weight” is missing"_s;
    QTest::newRow("typo in a key") << cardWithMeasure(
        "{" + ok + R"(, "window_day": 30, "thresholds": [{"score": 1}]})")
                                   << u"measure “m”: unknown key “window_day”"_s;
    QTest::newRow("negative window") << cardWithMeasure(
        "{" + ok + R"(, "window_days": -1, "thresholds": [{"score": 1}]})")
                                     << u"“window_days” must be a whole number"_s;
    QTest::newRow("bad sentiment level") << cardWithMeasure(
        R"({"id": "s", "label": "S", "input": "csm_sentiment", "weight": 1, "thresholds": [{"equals": "purple", "score": 1}, {"score": 0}]})")
                                         << u"red, yellow or green, not “purple”"_s;
    QTest::newRow("bad id") << cardWithMeasure(
        R"({"id": "Open Cases", "label": "M", "input": "open_cases", "weight": 1, "thresholds": [{"score": 1}]})")
                            << u"the id may hold only"_s;
    QTest::newRow("duplicate measure") << cardWithMeasure("{" + ok + R"(, "thresholds": [{"score": 1}]}, {)"
                                                          + ok + R"(, "thresholds": [{"score": 1}]})")
                                       << u"measure “m”: another measure has this id"_s;
    QTest::newRow("bands out of order") << QByteArray(
        R"({"bands": {"yellow": 80, "green": 70}, "groups": [{"id": "g", "label": "G", "weight": 1,
               "measures": [{"id": "m", "label": "M", "input": "open_cases", "weight": 1, "thresholds": [{"score": 1}]}]}]})")
                                        << u"need 0 < yellow < green ≤ 100 (yellow is 80, green 70)"_s;
    const QByteArray group
        = R"("groups": [{"id": "g", "label": "G", "weight": 1, "measures": [{"id": "m", "label": "M", "input": "open_cases", "weight": 1, "thresholds": [{"score": 1}]}]}])";
    QTest::newRow("rule does nothing") << QByteArray(
        "{" + group + R"(, "rules": [{"id": "r", "label": "R", "when": {"input": "open_cases", "min": 3}}]})")
                                       << u"Rule “r”: give “force_band” or “cap_score”"_s;
    QTest::newRow("rule bad band") << QByteArray(
        "{" + group
        + R"(, "rules": [{"id": "r", "label": "R", "when": {"input": "open_cases", "min": 3}, "force_band": "purple"}]})")
                                   << u"Rule “r”: “force_band” must be red, yellow or green"_s;
    QTest::newRow("rule without condition") << QByteArray(
        "{" + group
        + R"(, "rules": [{"id": "r", "label": "R", "when": {"input": "open_cases"}, "cap_score": 50}]})")
                                            << u"Rule “r”, “when”: give “min”, “max” or “equals”"_s;
    QTest::newRow("rule unknown input") << QByteArray(
        "{" + group
        + R"(, "rules": [{"id": "r", "label": "R", "when": {"input": "mood", "max": 1}, "cap_score": 50}]})")
                                        << u"Rule “r”, “when”: unknown input “mood”"_s;
    QTest::newRow("cap out of range") << QByteArray(
        "{" + group
        + R"(, "rules": [{"id": "r", "label": "R", "when": {"input": "open_cases", "min": 1}, "cap_score": 101}]})")
                                      << u"“cap_score” must be a whole number from 0 to 100"_s;
}

void TestHealthScorecard::validationErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QStringList errors = errorsOf(json);
    QVERIFY2(anyContains(errors, expected), qPrintable(errors.join(u'\n')));
}

void TestHealthScorecard::reportsEveryProblemAtOnce()
{
    const QByteArray json = R"({"groups": [
        {"id": "g", "label": "G", "weight": -1, "measures": [
            {"id": "a", "label": "A", "input": "nope", "weight": 1, "thresholds": [{"score": 1}]},
            {"id": "b", "label": "", "input": "open_cases", "weight": 1, "ranges": [[1, 0], [0, 1]]}]}]})";
    QStringList errors;
    const HealthScorecard card = HealthScorecard::fromJson(json, &errors);
    QVERIFY(!card.isValid());
    QVERIFY(card.groups().isEmpty());
    QCOMPARE(errors.size(), 4);
    QVERIFY(anyContains(errors, u"Group “g”: “weight” must be more than 0"_s));
    QVERIFY(anyContains(errors, u"measure “a”: unknown input “nope”"_s));
    QVERIFY(anyContains(errors, u"measure “b”: “label” is missing"_s));
    QVERIFY(anyContains(errors, u"measure “b”, point 2: the values must go up"_s));
    // An invalid scorecard scores nothing.
    QVERIFY(!HealthEngine::score(inputsOf({ { "open_cases", 1 } }), card, D).scored);
}

void TestHealthScorecard::labels()
{
    const HealthScorecard card = HealthScorecard::builtIn();
    QCOMPARE(card.measure(u"licence_utilisation"_s)->displayLabel(), u"Licence utilisation"_s);
    QCOMPARE(card.group(u"sentiment"_s)->displayLabel(), u"Sentiment"_s);
    QCOMPARE(card.rule(u"sentiment_red"_s)->displayLabel(), u"CSM sentiment red forces red"_s);
    // Labels per language from the JSON win in that language.
    QByteArray json = goldenCard;
    json.replace(R"("label": "Util",)",
                 R"("label": "Util", "labels": {"zh_CN": "许可使用率", "de": "Lizenznutzung"},)");
    QStringList errors;
    const HealthScorecard custom = HealthScorecard::fromJson(json, &errors);
    QVERIFY2(custom.isValid(), qPrintable(errors.join(u'\n')));
    const QLocale before;
    QLocale::setDefault(QLocale(u"zh_CN"_s));
    QCOMPARE(custom.measure(u"util"_s)->displayLabel(), u"许可使用率"_s);
    QLocale::setDefault(QLocale(u"de_AT"_s));
    QCOMPARE(custom.measure(u"util"_s)->displayLabel(), u"Lizenznutzung"_s);
    QLocale::setDefault(QLocale(u"fr_FR"_s));
    QCOMPARE(custom.measure(u"util"_s)->displayLabel(), u"Util"_s);
    QLocale::setDefault(before);
    QCOMPARE(HealthScorecard::bandLabel(Band::Yellow), u"Yellow"_s);
    QCOMPARE(HealthScorecard::bandKeyword(Band::None), u"none"_s);
    QCOMPARE(HealthScorecard::bandFromKeyword(u" Green "_s), std::optional<Band>(Band::Green));
}

void TestHealthScorecard::inputNames()
{
    for (const QString &name : HealthInputKey::builtInNames()) {
        if (name == "metric:NAME"_L1)
            continue;
        const auto key = HealthInputKey::fromName(name);
        QVERIFY2(key, qPrintable(name));
        QCOMPARE(key->name(), name);
    }
    const auto metric = HealthInputKey::fromName(u"metric:core_feature_adoption"_s);
    QVERIFY(metric);
    QCOMPARE(metric->kind, HealthInput::UsageMetric);
    QCOMPARE(metric->metric, u"core_feature_adoption"_s);
    QVERIFY(metric->isUsage());
    QVERIFY(!HealthInputKey::fromName(u"metric:"_s));
    QVERIFY(!HealthInputKey::fromName(u"licence"_s));
    HealthInputs inputs;
    inputs.set(*metric, 42, D);
    QCOMPARE(inputs.value(*metric).value, 42.0);
    QVERIFY(!inputs.value(*HealthInputKey::fromName(u"metric:logins"_s)).present);
    inputs.clear(*metric);
    QVERIFY(!inputs.value(*metric).present);
}

void TestHealthScorecard::overrideHoldsUntilItExpires()
{
    QVERIFY(openCache());
    HealthStore store(*m_db);
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    store.setNow(t0);
    QVERIFY(!store.activeOverride(u"A1"_s));
    const QString id = store.setOverride(
        u"A1"_s, Band::Red, 30, u"Champion left; exec sponsor unresponsive"_s, t0.addDays(7), u"U1"_s);
    QVERIFY2(!id.isEmpty(), qPrintable(store.lastError()));

    // Holds a second before it expires...
    store.setNow(t0.addDays(7).addSecs(-1));
    std::optional<HealthStore::Override> o = store.activeOverride(u"A1"_s);
    QVERIFY(o);
    QCOMPARE(o->id, id);
    QCOMPARE(o->band, Band::Red);
    QCOMPARE(o->score, std::optional<int>(30));
    QCOMPARE(o->reason, u"Champion left; exec sponsor unresponsive"_s);
    QCOMPARE(o->author, u"U1"_s);
    QCOMPARE(o->createdAt, t0);
    QCOMPARE(o->expiresAt, t0.addDays(7));
    QVERIFY(!o->clearedAt.isValid());
    // ...and lapses at its expiry, by itself: nothing was written.
    store.setNow(t0.addDays(7));
    QVERIFY(!store.activeOverride(u"A1"_s));
    const QList<HealthStore::Override> all = store.overrides(u"A1"_s);
    QCOMPARE(all.size(), 1);
    QVERIFY(!all.constFirst().clearedAt.isValid());
    QVERIFY(!all.constFirst().holdsAt(t0.addDays(8)));
    QVERIFY(all.constFirst().holdsAt(t0.addDays(1)));
}

void TestHealthScorecard::recomputeNeverReplacesAnOverride()
{
    QVERIFY(openCache());
    // Days since last touch only: A1 touched 2026-03-02.
    QStringList errors;
    const HealthScorecard card = HealthScorecard::fromJson(
        R"({"groups": [{"id": "e", "label": "E", "weight": 1, "measures": [{"id": "touch", "label": "Touch",
            "input": "days_since_activity", "weight": 1, "ranges": [[0, 100], [100, 0]]}]}]})",
        &errors);
    QVERIFY2(card.isValid(), qPrintable(errors.join(u'\n')));
    const QDateTime t0(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc());
    HealthStore store(*m_db);
    store.setNow(t0);
    const QString id
        = store.setOverride(u"A1"_s, Band::Red, std::nullopt, u"Budget frozen"_s, t0.addDays(14), u"U1"_s);
    QVERIFY2(!id.isEmpty(), qPrintable(store.lastError()));

    // A recompute the next day: 9 days since the touch -> 91, green; the override stays.
    HealthRecompute recompute(*m_db, card);
    recompute.setAsOf(QDate(2026, 3, 11));
    recompute.setNow(t0.addDays(1));
    QVERIFY2(recompute.recomputeAll(), qPrintable(recompute.lastError()));
    QCOMPARE(recompute.report().accounts, 2);
    QCOMPARE(recompute.report().green, 1);
    QCOMPARE(recompute.report().unscored, 1); // A2: never touched, no created_at
    QCOMPARE(recompute.report().overridden, 1);
    store.setNow(t0.addDays(1));
    HealthStore::Record r = store.record(u"A1"_s);
    QVERIFY2(r.isValid(), qPrintable(store.lastError()));
    QCOMPARE(r.score, std::optional<int>(91));
    QCOMPARE(r.band, Band::Green);
    QVERIFY(r.overridden());
    QCOMPARE(r.override.id, id);
    QCOMPARE(r.effectiveBand(), Band::Red);
    QCOMPARE(r.effectiveScore(), std::optional<int>(91)); // the override gave no score
    // This week's snapshot shows the override.
    QList<HealthStore::Snapshot> h = store.history(u"A1"_s);
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.constFirst().week, QDate(2026, 3, 9));
    QCOMPARE(h.constFirst().band, Band::Red);
    QVERIFY(h.constFirst().overridden);
    QCOMPARE(store.overrides(u"A1"_s).size(), 1);
    QVERIFY(!store.overrides(u"A1"_s).constFirst().clearedAt.isValid());

    // After expiry a recompute shows the computed health again; the override row stays.
    recompute.setAsOf(QDate(2026, 3, 25));
    recompute.setNow(t0.addDays(15));
    QVERIFY(recompute.recomputeAll());
    QCOMPARE(recompute.report().overridden, 0);
    store.setNow(t0.addDays(15));
    r = store.record(u"A1"_s);
    QVERIFY(!r.overridden());
    QCOMPARE(r.score, std::optional<int>(77)); // 23 days
    QCOMPARE(r.effectiveBand(), Band::Green);
    h = store.history(u"A1"_s);
    QCOMPARE(h.size(), 2);
    QCOMPARE(h.constLast().week, QDate(2026, 3, 23));
    QCOMPARE(h.constLast().band, Band::Green);
    QVERIFY(!h.constLast().overridden);
    QCOMPARE(store.overrides(u"A1"_s).size(), 1);
}

void TestHealthScorecard::overrideIsJournaled()
{
    QVERIFY(openCache());
    HealthStore store(*m_db);
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    store.setNow(t0);
    const QString id = store.setOverride(u"A1"_s, Band::Yellow, 60, u"Exec sponsor engaged again"_s,
                                         t0.addDays(30), u"U1"_s);
    QVERIFY(!id.isEmpty());
    store.setNow(t0.addDays(2));
    QVERIFY2(store.clearOverride(u"A1"_s, u"U2"_s), qPrintable(store.lastError()));
    QVERIFY(!store.activeOverride(u"A1"_s));
    const HealthStore::Override cleared = store.overrides(u"A1"_s).constFirst();
    QCOMPARE(cleared.clearedAt, t0.addDays(2));
    QCOMPARE(cleared.clearedBy, u"U2"_s);
    QCOMPARE(cleared.version, 2);

    const QList<ChangeJournal::Change> changes = ChangeJournal(*m_db).history(id);
    QCOMPARE(changes.size(), 2);
    const ChangeJournal::Change &created = changes.at(0);
    QCOMPARE(created.entity, u"health_override"_s);
    QCOMPARE(created.accountId, u"A1"_s);
    QCOMPARE(created.field, u"created"_s);
    QCOMPARE(created.baseVersion, u"0"_s);
    QCOMPARE(created.author, u"U1"_s);
    QVERIFY(created.oldValue.isNull());
    const QJsonObject record = QJsonDocument::fromJson(created.newValue.toString().toUtf8()).object();
    QCOMPARE(record.value("band"_L1).toString(), u"yellow"_s);
    QCOMPARE(record.value("score"_L1).toInt(), 60);
    QCOMPARE(record.value("reason"_L1).toString(), u"Exec sponsor engaged again"_s);
    QCOMPARE(record.value("expires_at"_L1).toString(), u"2026-04-01T09:00:00.000Z"_s);
    const ChangeJournal::Change &clear = changes.at(1);
    QCOMPARE(clear.field, u"cleared_at"_s);
    QCOMPARE(clear.baseVersion, u"1"_s);
    QCOMPARE(clear.author, u"U2"_s);
    QCOMPARE(clear.newValue.toString(), u"2026-03-04T09:00:00.000Z"_s);
    QCOMPARE(ChangeJournal(*m_db).unsentCount(), 2);

    // Nothing left to clear.
    QVERIFY(!store.clearOverride(u"A1"_s, u"U2"_s));
    QVERIFY(store.lastError().contains(u"No health override"_s));
}

void TestHealthScorecard::overrideRefusesBadValues()
{
    QVERIFY(openCache());
    HealthStore store(*m_db);
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    store.setNow(t0);
    const auto refused = [&](const QString &account, Band band, std::optional<int> score,
                             const QString &reason, const QDateTime &expires, const QString &message) {
        const QString id = store.setOverride(account, band, score, reason, expires, u"U1"_s);
        if (!id.isEmpty() || !store.lastError().contains(message)) {
            qWarning() << "accepted or wrong message:" << store.lastError();
            return false;
        }
        return true;
    };
    QVERIFY(refused(u"A1"_s, Band::Red, 30, u"  "_s, t0.addDays(1), u"reason is required"_s));
    QVERIFY(refused(u"A1"_s, Band::Red, 30, u"x"_s, t0, u"expire in the future"_s));
    QVERIFY(refused(u"A1"_s, Band::Red, 30, u"x"_s, QDateTime(), u"expire in the future"_s));
    QVERIFY(refused(u"A1"_s, Band::Red, 60, u"x"_s, t0.addDays(1), u"from 0 to 49; 60 is outside it"_s));
    QVERIFY(refused(u"A1"_s, Band::Green, 74, u"x"_s, t0.addDays(1), u"from 75 to 100"_s));
    QVERIFY(refused(u"A1"_s, Band::None, std::nullopt, u"x"_s, t0.addDays(1), u"red, yellow or green"_s));
    QVERIFY(refused(u"NOPE"_s, Band::Red, std::nullopt, u"x"_s, t0.addDays(1), u"No account with CRM id"_s));
    QCOMPARE(store.overrides(u"A1"_s).size(), 0);
    QCOMPARE(ChangeJournal(*m_db).unsentCount(), 0);
}

void TestHealthScorecard::newOverrideClearsTheOldOne()
{
    QVERIFY(openCache());
    HealthStore store(*m_db);
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    store.setNow(t0);
    const QString first
        = store.setOverride(u"A1"_s, Band::Red, std::nullopt, u"first"_s, t0.addDays(30), u"U1"_s);
    store.setNow(t0.addDays(1));
    const QString second = store.setOverride(u"A1"_s, Band::Green, 80, u"second"_s, t0.addDays(10), u"U1"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QCOMPARE(store.activeOverride(u"A1"_s)->id, second);
    const QList<HealthStore::Override> all = store.overrides(u"A1"_s);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, second);
    QCOMPARE(all.at(1).id, first);
    QCOMPARE(all.at(1).clearedAt, t0.addDays(1));
    // created, cleared_at (first), created (second).
    QCOMPARE(ChangeJournal(*m_db).unsentCount(), 3);
    // The other account is untouched.
    QVERIFY(!store.activeOverride(u"A2"_s));
}

void TestHealthScorecard::historyAndTrend()
{
    QVERIFY(openCache());
    QStringList errors;
    const HealthScorecard card = HealthScorecard::fromJson(
        R"({"groups": [{"id": "e", "label": "E", "weight": 1, "measures": [{"id": "touch", "label": "Touch",
            "input": "days_since_activity", "weight": 1, "ranges": [[0, 100], [100, 0]]}]}]})",
        &errors);
    QVERIFY(card.isValid());
    const QSqlDatabase db = m_db->connection();
    HealthRecompute recompute(*m_db, card);
    HealthStore store(*m_db);
    // Weekly recomputes, the account touched on 2026-03-02 only: 100 - days since.
    // Thursdays from 2026-03-05 to 2026-04-09.
    const QDate first(2026, 3, 5);
    for (int w = 0; w < 6; ++w) {
        const QDate day = first.addDays(7 * w);
        recompute.setAsOf(day);
        recompute.setNow(QDateTime(day, QTime(18, 0), QTimeZone::utc()));
        QVERIFY2(recompute.recomputeAll(), qPrintable(recompute.lastError()));
        QCOMPARE(recompute.report().week, HealthStore::weekOf(day));
    }
    // Twice in the last week: the snapshot is replaced, not added.
    recompute.setAsOf(QDate(2026, 4, 10));
    QVERIFY(recompute.recomputeAll());
    const QList<HealthStore::Snapshot> h = store.history(u"A1"_s);
    QCOMPARE(h.size(), 6);
    QCOMPARE(h.at(0).week, QDate(2026, 3, 2));
    QCOMPARE(h.at(0).score, std::optional<int>(97));
    QCOMPARE(h.at(5).week, QDate(2026, 4, 6));
    QCOMPARE(h.at(5).score, std::optional<int>(61)); // 39 days on 04-10
    // Trend: now (61) against four weeks before this week (2026-03-09: 90).
    store.setNow(QDateTime(QDate(2026, 4, 10), QTime(19, 0), QTimeZone::utc()));
    HealthStore::Record r = store.record(u"A1"_s);
    QVERIFY2(r.isValid(), qPrintable(store.lastError()));
    QCOMPARE(r.asOf, QDate(2026, 4, 10));
    QCOMPARE(r.trend, std::optional<int>(61 - 90));
    QCOMPARE(HealthStore::trendBaseWeek(QDate(2026, 4, 10)), QDate(2026, 3, 9));

    // Without that week's snapshot the nearest within a week stands in (the older first).
    QVERIFY(exec(db, u"DELETE FROM health_history WHERE week = '2026-03-09'"_s));
    r = store.record(u"A1"_s);
    QCOMPARE(r.trend, std::optional<int>(61 - 97)); // 2026-03-02
    QVERIFY(exec(db, u"DELETE FROM health_history WHERE week = '2026-03-02'"_s));
    r = store.record(u"A1"_s);
    QCOMPARE(r.trend, std::optional<int>(61 - 83)); // 2026-03-16
    QVERIFY(exec(db, u"DELETE FROM health_history WHERE week = '2026-03-16'"_s));
    r = store.record(u"A1"_s);
    QVERIFY(!r.trend); // nothing within a week of 2026-03-09

    // An override with a score is what the trend compares.
    QVERIFY(!store
                 .setOverride(u"A1"_s, Band::Green, 91, u"renewed early"_s,
                              QDateTime(QDate(2026, 5, 1), QTime(0, 0), QTimeZone::utc()), u"U1"_s)
                 .isEmpty());
    QVERIFY(exec(
        db,
        u"INSERT INTO health_history (account_id, week, score, band) VALUES ('A1', '2026-03-09', 90, 'green')"_s));
    r = store.record(u"A1"_s);
    QCOMPARE(r.effectiveScore(), std::optional<int>(91));
    QCOMPARE(r.trend, std::optional<int>(1));

    // All records at once agree with one by one.
    const QList<HealthStore::Record> all = store.records();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).accountId, u"A1"_s);
    QCOMPARE(all.at(0).trend, r.trend);
    QVERIFY(all.at(0).overridden());
    QCOMPARE(all.at(1).accountId, u"A2"_s);
}

QTEST_GUILESS_MAIN(TestHealthScorecard)
#include "tst_healthscorecard.moc"
