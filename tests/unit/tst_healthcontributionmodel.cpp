// The health panel's contributions table: one row per measure of the default scorecard,
// the raw input written in its unit, the points, weights and contributions of a score
// worked out by hand (missing and stale measures spread their weight), the status of
// measures without fresh data, and the measure dragging the score down most.
#include "health/HealthEngine.h"
#include "health/HealthScorecard.h"
#include "itemmodels/HealthContributionModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;

using Status = HealthContribution::Status;
using Model = HealthContributionModel;

namespace {

const QDate asOf(2025, 6, 16);
const qint64 D = HealthInputs::dayNumber(asOf);

// An account whose score is worked out by hand on the default scorecard:
//   adoption 50: licence utilisation 0.8 -> 90 (between 0.7 -> 70 and 0.85 -> 100);
//                active users per licence missing: the licence measure takes all 50
//   engagement 10: 12 days since the last touch -> 100
//   support 5: 2 open cases -> 75 (weight 3 of 5 = 3%), no high-priority case -> 100 (2%)
//   sentiment 25: NPS 7.5 observed 200 days ago, past its 180-day window: stale, so CSM
//                 sentiment yellow -> 55 takes all 25
//   outcomes 10: usage trend -8% -> 30 + 7/15 × 40 = 48.67
// Points: 45 + 10 + 2.25 + 2 + 13.75 + 4.867 = 77.87 -> 78. Drags: sentiment 11.25,
// usage trend 5.13, licences 5: sentiment drags most.
HealthInputs handWorkedInputs()
{
    HealthInputs in;
    in.set(HealthInput::LicenceUtilisation, 0.8, D - 3);
    in.set(HealthInput::DaysSinceActivity, 12, D);
    in.set(HealthInput::OpenCases, 2, D);
    in.set(HealthInput::HighPriorityCases, 0, D);
    in.set(HealthInput::NpsAverage, 7.5, D - 200);
    in.set(HealthInput::CsmSentiment, *HealthInputKey::sentimentValue(u"yellow"_s), D - 10);
    in.set(HealthInput::UsageTrend, -8, D - 3);
    return in;
}

// As the panel gets them: through the JSON stored in health_scores.
QList<HealthContribution> stored(const HealthResult &result)
{
    bool ok = false;
    const QList<HealthContribution> list
        = HealthEngine::parseContributions(HealthEngine::contributionsJson(result), &ok);
    return ok ? list : QList<HealthContribution>();
}

// A plural as the translations in effect write it ("4 cases" once pitwall_en has it).
QString plural(const char *context, const char *source, int n)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestHealthContributionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void oneRowPerMeasureWithLabelsAndGroups();
    void valuesInTheirUnits();
    void pointsWeightsAndContributionsAddUp();
    void missingAndStaleMeasuresSaySo();
    void topDragIsMarked();
    void formatsEveryInput_data();
    void formatsEveryInput();
    void sortsByRawValues();
    void clearsAndResets();
    void unknownMeasureKeepsItsId();

private:
    HealthScorecard m_card;
    HealthResult m_result;
};

void TestHealthContributionModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_card = HealthScorecard::builtIn();
    QVERIFY(m_card.isValid());
    m_result = HealthEngine::score(handWorkedInputs(), m_card, D);
    QVERIFY(m_result.scored);
    QCOMPARE(m_result.computedScore, 78);
    QCOMPARE(m_result.topDrag, u"csm_sentiment"_s);
}

void TestHealthContributionModel::oneRowPerMeasureWithLabelsAndGroups()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    model.setContributions(stored(m_result), m_card, m_result.topDrag);
    QCOMPARE(model.rowCount(), m_card.measureCount());
    QCOMPARE(model.rowCount(), 8);

    const QStringList measures {
        u"Licence utilisation"_s, u"Active users per licence"_s, u"Days since last touch"_s,
        u"Open cases"_s,          u"High-priority open cases"_s, u"NPS (12-month average)"_s,
        u"CSM sentiment"_s,       u"Usage trend (4 weeks)"_s
    };
    for (int r = 0; r < measures.size(); ++r)
        QCOMPARE(text(model, r, Model::Measure), measures.at(r));
    QCOMPARE(text(model, 0, Model::Group), u"Product adoption"_s);
    QCOMPARE(text(model, 1, Model::Group), u"Product adoption"_s);
    QCOMPARE(text(model, 2, Model::Group), u"Engagement"_s);
    QCOMPARE(text(model, 3, Model::Group), u"Support"_s);
    QCOMPARE(text(model, 5, Model::Group), u"Sentiment"_s);
    QCOMPARE(text(model, 7, Model::Group), u"Outcomes"_s);
    QCOMPARE(model.index(0, 0).data(Model::MeasureIdRole).toString(), u"licence_utilisation"_s);
    QCOMPARE(model.rowOf(u"usage_trend"_s), 7);
    QCOMPARE(model.rowOf(u"nope"_s), -1);

    QCOMPARE(model.headerData(Model::Measure, Qt::Horizontal).toString(), u"Measure"_s);
    QCOMPARE(model.headerData(Model::Contribution, Qt::Horizontal).toString(), u"Contribution"_s);
    QVERIFY(!model.headerData(Model::Weight, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

void TestHealthContributionModel::valuesInTheirUnits()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContributions(stored(m_result), m_card, m_result.topDrag);
    QCOMPARE(text(model, model.rowOf(u"licence_utilisation"_s), Model::Value), u"80%"_s);
    QCOMPARE(text(model, model.rowOf(u"days_since_activity"_s), Model::Value),
             plural("HealthContributionModel", "%n day(s)", 12));
    QCOMPARE(text(model, model.rowOf(u"open_cases"_s), Model::Value),
             plural("HealthContributionModel", "%n case(s)", 2));
    QCOMPARE(text(model, model.rowOf(u"high_priority_cases"_s), Model::Value),
             plural("HealthContributionModel", "%n case(s)", 0));
    QCOMPARE(text(model, model.rowOf(u"csm_sentiment"_s), Model::Value), u"Yellow"_s);
    QCOMPARE(text(model, model.rowOf(u"usage_trend"_s), Model::Value), u"−8%"_s);
    // The raw value for sorting, and the day it was observed.
    const int licences = model.rowOf(u"licence_utilisation"_s);
    QCOMPARE(model.index(licences, Model::Value).data(Model::RawRole).toDouble(), 0.8);
    QCOMPARE(model.index(licences, 0).data(Model::ObservedRole).toDate(), asOf.addDays(-3));
}

void TestHealthContributionModel::pointsWeightsAndContributionsAddUp()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContributions(stored(m_result), m_card, m_result.topDrag);

    const struct
    {
        const char *measure;
        const char *points;
        const char *weight;
        const char *contribution;
    } expected[] = {
        { "licence_utilisation", "90", "50%", "45" }, { "days_since_activity", "100", "10%", "10" },
        { "open_cases", "75", "3%", "2.3" }, // 2.25, stored to 2 decimals, shown to 1
        { "high_priority_cases", "100", "2%", "2" },  { "csm_sentiment", "55", "25%", "13.8" },
        { "usage_trend", "49", "10%", "4.9" },
    };
    for (const auto &e : expected) {
        const int row = model.rowOf(QString::fromLatin1(e.measure));
        QVERIFY2(row >= 0, e.measure);
        QCOMPARE(text(model, row, Model::Points), QString::fromLatin1(e.points));
        QCOMPARE(text(model, row, Model::Weight), QString::fromLatin1(e.weight));
        QCOMPARE(text(model, row, Model::Contribution), QString::fromLatin1(e.contribution));
        QCOMPARE(model.index(row, 0).data(Model::StatusRole).toInt(), int(Status::Scored));
    }

    // The effective weights make 100%, and the contributions the score.
    double shares = 0;
    double points = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        shares += model.index(r, 0).data(Model::ShareRole).toDouble();
        points += model.index(r, 0).data(Model::PointsRole).toDouble();
    }
    QVERIFY2(std::abs(shares - 1.0) < 1e-6, qPrintable(QString::number(shares)));
    QVERIFY2(std::abs(points - 77.867) < 0.01, qPrintable(QString::number(points)));
    QCOMPARE(int(std::floor(points + 0.5)), m_result.computedScore);

    // The configured weight, and the tooltip that says where the rest came from.
    const int licences = model.rowOf(u"licence_utilisation"_s);
    QCOMPARE(model.index(licences, 0).data(Model::NominalShareRole).toDouble(), 0.3);
    const QString tip = text(model, licences, Model::Weight, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"Configured weight 30%; 50% once"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"90 points of 100 × weight 50% = 45 of the score."_s), qPrintable(tip));
}

void TestHealthContributionModel::missingAndStaleMeasuresSaySo()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContributions(stored(m_result), m_card, m_result.topDrag);

    const int active = model.rowOf(u"active_users"_s);
    QCOMPARE(model.index(active, 0).data(Model::StatusRole).toInt(), int(Status::Missing));
    QCOMPARE(text(model, active, Model::Value), u"No data"_s);
    QCOMPARE(text(model, active, Model::Points), u"—"_s);
    QCOMPARE(text(model, active, Model::Weight), u"—"_s);
    QCOMPARE(text(model, active, Model::Contribution), u"—"_s);
    QVERIFY(!model.index(active, Model::Value).data(Model::RawRole).isValid());
    QVERIFY(!model.index(active, 0).data(Model::ObservedRole).isValid());
    QVERIFY(text(model, active, Model::Measure, Qt::ToolTipRole).contains(u"No data for this measure"_s));

    // Observed 200 days ago with a 180-day window: stale from day 181 on.
    const int nps = model.rowOf(u"nps"_s);
    QCOMPARE(model.index(nps, 0).data(Model::StatusRole).toInt(), int(Status::Stale));
    const QDate since = asOf.addDays(-200 + 181);
    QCOMPARE(model.index(nps, 0).data(Model::StaleSinceRole).toDate(), since);
    QCOMPARE(text(model, nps, Model::Value),
             u"Stale since %1"_s.arg(QLocale().toString(since, QLocale::ShortFormat)));
    QCOMPARE(text(model, nps, Model::Points), u"—"_s);
    QCOMPARE(model.index(nps, Model::Value).data(Model::RawRole).toDouble(), 7.5);
    const QString tip = text(model, nps, Model::Value, Qt::ToolTipRole);
    QVERIFY2(
        tip.contains(u"The latest value, 7.5 of 10 from %1, is older than the measure's 180-day window"_s.arg(
            QLocale().toString(asOf.addDays(-200), QLocale::ShortFormat))),
        qPrintable(tip));
    QVERIFY(!model.index(nps, 0).data(Model::StaleSinceRole).isNull());
    QVERIFY(!model.index(0, 0).data(Model::StaleSinceRole).isValid());
}

void TestHealthContributionModel::topDragIsMarked()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContributions(stored(m_result), m_card, m_result.topDrag);
    QCOMPARE(model.topDrag(), u"csm_sentiment"_s);
    int marked = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, Model::Value).data(Model::TopDragRole).toBool()) {
            ++marked;
            QCOMPARE(model.index(r, 0).data(Model::MeasureIdRole).toString(), u"csm_sentiment"_s);
        }
    }
    QCOMPARE(marked, 1);
    const QString tip = text(model, model.rowOf(u"csm_sentiment"_s), Model::Measure, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"Dragging the score down most: it costs 11.3 points."_s), qPrintable(tip));

    // Nothing marked when nothing costs points.
    model.setContributions(stored(m_result), m_card, QString());
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(!model.index(r, 0).data(Model::TopDragRole).toBool());
}

void TestHealthContributionModel::formatsEveryInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<double>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utilisation") << u"licence_utilisation"_s << 0.375 << u"37.5%"_s;
    QTest::newRow("over 100%") << u"active_users_per_licence"_s << 1.2 << u"120%"_s;
    QTest::newRow("trend up") << u"usage_trend"_s << 12.0 << u"+12%"_s;
    QTest::newRow("trend flat") << u"usage_trend"_s << 0.0 << u"0%"_s;
    QTest::newRow("one case") << u"open_cases"_s << 1.0 << plural("HealthContributionModel", "%n case(s)", 1);
    QTest::newRow("cases 90d") << u"cases_90d"_s << 4.0 << plural("HealthContributionModel", "%n case(s)", 4);
    QTest::newRow("nps latest") << u"nps_latest"_s << 9.0 << u"9 of 10"_s;
    QTest::newRow("one day") << u"days_since_activity"_s << 1.0
                             << plural("HealthContributionModel", "%n day(s)", 1);
    QTest::newRow("red") << u"csm_sentiment"_s << 0.0 << u"Red"_s;
    QTest::newRow("green") << u"csm_sentiment"_s << 2.0 << u"Green"_s;
    QTest::newRow("renewal ahead") << u"days_to_renewal"_s << 45.0 << plural("CrmFormat", "in %n day(s)", 45);
    QTest::newRow("renewal past") << u"days_to_renewal"_s << -3.0 << plural("CrmFormat", "%n day(s) ago", 3);
    QTest::newRow("metric") << u"metric:logins"_s << 1234.4 << u"1,234"_s;
    QTest::newRow("small metric") << u"metric:ratio"_s << 0.125 << u"0.13"_s;
}

void TestHealthContributionModel::formatsEveryInput()
{
    QFETCH(QString, input);
    QFETCH(double, raw);
    QFETCH(QString, expected);
    const std::optional<HealthInputKey> key = HealthInputKey::fromName(input);
    QVERIFY(key);
    QCOMPARE(Model::formatValue(*key, raw), expected);
}

void TestHealthContributionModel::sortsByRawValues()
{
    Model model;
    model.setContributions(stored(m_result), m_card, m_result.topDrag);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Model::RawRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(Model::Contribution, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, Model::Measure).data().toString(), u"Licence utilisation"_s);
    QCOMPARE(proxy.index(1, Model::Measure).data().toString(), u"CSM sentiment"_s);
    QCOMPARE(proxy.index(2, Model::Measure).data().toString(), u"Days since last touch"_s);
    // Measures without data add nothing: they sort last.
    QCOMPARE(proxy.index(7, Model::Contribution).data().toString(), u"—"_s);
    QCOMPARE(proxy.index(6, Model::Contribution).data().toString(), u"—"_s);
    proxy.sort(Model::Points, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, Model::Points).data().toString(), u"—"_s);
    QCOMPARE(proxy.index(2, Model::Points).data().toString(), u"49"_s);
}

void TestHealthContributionModel::clearsAndResets()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setContributions(stored(m_result), m_card, m_result.topDrag);
    QCOMPARE(resets.size(), 1);
    model.clear();
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.topDrag().isEmpty());
    QVERIFY(!model.contribution(0));
}

void TestHealthContributionModel::unknownMeasureKeepsItsId()
{
    // Scored with another scorecard than the one shown: the id stands in for the label.
    HealthContribution c;
    c.measureId = u"old_measure"_s;
    c.status = Status::Scored;
    c.raw = 3;
    c.score = 50;
    c.share = 1;
    c.points = 50;
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContributions({ c }, m_card, u"old_measure"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, Model::Measure), u"old_measure"_s);
    QCOMPARE(text(model, 0, Model::Value), u"3"_s);
    QCOMPARE(text(model, 0, Model::Contribution), u"50"_s);
    QVERIFY(model.index(0, 0).data(Model::TopDragRole).toBool());
}

QTEST_GUILESS_MAIN(TestHealthContributionModel)
#include "tst_healthcontributionmodel.moc"
