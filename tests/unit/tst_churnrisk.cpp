// ChurnRisk: the churn model trained on the cache's own renewal outcomes.
#include "account/UsageSeries.h"
#include "churn/ChurnRisk.h"
#include "demo/DemoExportWriter.h"
#include "import/Importer.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace {

using FeatureRow = ChurnRisk::FeatureRow;

// Keys of FeatureRow::values, as the reference below fills them.
enum Key
{
    UsageTrend,
    LicenceUtilisation,
    ActivePerLicence,
    NoUsage,
    Cases90,
    HighPriorityCases90,
    NpsAverage,
    NpsResponses,
    NoNps,
    DaysSinceTouch,
    TenureYears,
    LogArr,
};

const double blank = std::numeric_limits<double>::quiet_NaN();

qint64 epochDay(const QDate &date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The same value: equal, or both blank.
bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// The reference: the features of one account on one day, each from its own plain query
// as the model defines it, one row at a time (how ChurnRisk first read them).
class ReferenceReader
{
public:
    explicit ReferenceReader(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery m(db);
        QList<int> active, used;
        if (m.exec(u"SELECT id, name FROM metrics"_s)) {
            while (m.next()) {
                const UsageSeries::Kind kind = UsageSeries::kindOf(m.value(1).toString());
                if (kind == UsageSeries::Kind::ActiveUsers)
                    active << m.value(0).toInt();
                else if (kind == UsageSeries::Kind::LicencesUsed)
                    used << m.value(0).toInt();
            }
        }
        const auto list = [](const QList<int> &ids) {
            QStringList texts;
            for (int id : ids)
                texts << QString::number(id);
            return texts.isEmpty() ? u"-1"_s : texts.join(u',');
        };
        m_activeIds = list(active);
        m_usedIds = list(used.isEmpty() ? active : used);
    }

    FeatureRow read(qint64 pk, const QDate &day)
    {
        FeatureRow row;
        row.accountPk = pk;
        row.day = day;
        double *v = row.values.data();
        const qint64 d = epochDay(day);
        const QString until = iso(day.addDays(1)); // text before the next day is on or before it

        QSqlQuery a = query(u"SELECT id, licenses, arr, COALESCE(segment, ''), COALESCE(contract_start, ''),"
                            " COALESCE(created_at, '') FROM accounts WHERE pk = ?"_s,
                            { pk });
        const bool found = a.next();
        const QString id = found ? a.value(0).toString() : QString();
        const double licenses = found && !a.value(1).isNull() ? a.value(1).toDouble() : 0.0;
        const double arr = found && !a.value(2).isNull() ? a.value(2).toDouble() : 0.0;
        row.segment = found ? a.value(3).toString().toUtf8().toLower() : QByteArray();
        std::optional<qint64> start = found ? dayOf(a.value(5).toString()) : std::nullopt;
        if (!start && found)
            start = dayOf(a.value(4).toString());

        // Usage: averages over the 28 days to the day and the 28 before those.
        const auto average = [&](const QString &ids, qint64 from, qint64 to) {
            QSqlQuery u = query(u"SELECT AVG(value) FROM usage WHERE account_pk = ? AND metric_id IN (%1)"
                                " AND day BETWEEN ? AND ?"_s.arg(ids),
                                { pk, from, to });
            return u.next() && !u.value(0).isNull() ? u.value(0).toDouble() : blank;
        };
        const double recent = average(m_activeIds, d - 27, d);
        const double prior = average(m_activeIds, d - 55, d - 28);
        const double used = average(m_usedIds, d - 27, d);
        const bool hasRecent = !std::isnan(recent);
        v[UsageTrend]
            = hasRecent && prior > 0 ? qBound(-100.0, (recent - prior) / prior * 100.0, 300.0) : blank;
        v[LicenceUtilisation] = licenses > 0 && !std::isnan(used) ? qMin(2.0, used / licenses) : blank;
        v[ActivePerLicence] = licenses > 0 && hasRecent ? qMin(2.0, recent / licenses) : blank;
        v[NoUsage] = hasRecent ? 0.0 : 1.0;

        // Cases opened in the 90 days to the day.
        QSqlQuery c
            = query(u"SELECT COUNT(*), COUNT(CASE WHEN lower(COALESCE(priority, '')) IN ('high', 'urgent',"
                    " 'critical', 'p1', 'p2') THEN 1 END) FROM cases WHERE account_id = ? AND archived = 0"
                    " AND opened_at >= ? AND opened_at < ?"_s,
                    { id, iso(day.addDays(-89)), until });
        c.next();
        v[Cases90] = c.value(0).toDouble();
        v[HighPriorityCases90] = c.value(1).toDouble();

        // NPS responses in the 365 days to the day.
        QSqlQuery n = query(u"SELECT AVG(score), COUNT(score) FROM nps WHERE account_id = ? AND archived = 0"
                            " AND responded_at >= ? AND responded_at < ?"_s,
                            { id, iso(day.addDays(-364)), until });
        n.next();
        v[NpsAverage] = n.value(0).isNull() ? blank : n.value(0).toDouble();
        v[NpsResponses] = n.value(1).toDouble();
        v[NoNps] = n.value(0).isNull() ? 1.0 : 0.0;

        // The last touch up to the day: the newest activity or note, else the account's start.
        QSqlQuery x = query(u"SELECT MAX(occurred_at) FROM activities WHERE account_id = ? AND archived = 0"
                            " AND occurred_at < ?"_s,
                            { id, until });
        QSqlQuery t = query(u"SELECT MAX(created_at) FROM notes WHERE account_id = ? AND deleted = 0"
                            " AND created_at < ?"_s,
                            { id, until });
        const std::optional<qint64> activity = x.next() ? dayOf(x.value(0).toString()) : std::nullopt;
        const std::optional<qint64> note = t.next() ? dayOf(t.value(0).toString()) : std::nullopt;
        std::optional<qint64> touched = activity && note ? std::max(*activity, *note)
            : activity                                   ? activity
                                                         : note;
        if (!touched)
            touched = start;
        v[DaysSinceTouch] = touched ? double(qBound(qint64(0), d - *touched, qint64(365))) : blank;
        v[TenureYears] = start ? double(qMax<qint64>(0, d - *start)) / 365.25 : blank;
        v[LogArr] = std::log1p(qMax(0.0, arr));
        return row;
    }

private:
    static std::optional<qint64> dayOf(const QString &text)
    {
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        return date.isValid() ? std::optional<qint64>(epochDay(date)) : std::nullopt;
    }

    QSqlQuery query(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q;
    }

    QSqlDatabase m_db;
    QString m_activeIds;
    QString m_usedIds;
};

// Every row's features from readFeatures() equal the reference's, value for value (to the
// bit): outside a transaction (usage read on a second connection) and inside one (all on
// this connection). `expected` gets the reference rows; `mismatch` says what differs.
bool sameAsReference(Database &db, const std::vector<FeatureRow> &points, std::vector<FeatureRow> *expected,
                     QString *mismatch)
{
    ReferenceReader reference(db.connection());
    expected->clear();
    for (const FeatureRow &p : points)
        expected->push_back(reference.read(p.accountPk, p.day));
    const QStringList keys = ChurnRisk::numericFeatureKeys();
    for (const bool inTransaction : { false, true }) {
        std::vector<FeatureRow> rows = points;
        ChurnRisk risk(db);
        if (inTransaction && !db.connection().transaction()) {
            *mismatch = u"BEGIN failed"_s;
            return false;
        }
        const bool ok = risk.readFeatures(&rows);
        if (inTransaction)
            db.connection().rollback();
        if (!ok) {
            *mismatch = risk.lastError();
            return false;
        }
        for (size_t i = 0; i < rows.size(); ++i) {
            const FeatureRow &got = rows[i];
            const FeatureRow &want = (*expected)[i];
            const QString where
                = u"account pk %1 on %2 (%3)"_s.arg(want.accountPk)
                      .arg(iso(want.day), inTransaction ? u"in a transaction"_s : u"parallel"_s);
            if (got.accountPk != want.accountPk || got.day != want.day || got.segment != want.segment) {
                *mismatch = u"%1: the row or its segment differs (%2 vs %3)"_s.arg(
                    where, QString::fromUtf8(got.segment), QString::fromUtf8(want.segment));
                return false;
            }
            for (int k = 0; k < ChurnRisk::numericFeatureCount; ++k) {
                if (!same(got.values[size_t(k)], want.values[size_t(k)])) {
                    *mismatch = u"%1: %2 is %3, the reference says %4"_s.arg(where, keys.at(k))
                                    .arg(got.values[size_t(k)], 0, 'g', 17)
                                    .arg(want.values[size_t(k)], 0, 'g', 17);
                    return false;
                }
            }
        }
    }
    return true;
}

} // namespace

class TestChurnRisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoTrainsAModelThatBeatsChance();
    void everyLiveAccountIsScoredWithItsDrivers();
    void storedModelAndScoreReadBack();
    void tooFewOutcomesSaysSoAndScoresNothing();
    void rerunReplacesTheScores();
    void featuresMatchTheReferenceOnTheDemo();
    void featureWindowsAndBlanks();

private:
    qint64 count(const QString &sql);

    QTemporaryDir m_dir;
    Database m_db;
    const QDate m_asOf { 2026, 3, 14 };
};

qint64 TestChurnRisk::count(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestChurnRisk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.accounts = 1500;
    options.seed = 7;
    options.usageWeeks = 78; // the demo default: usage reaches back past most renewals
    options.asOf = m_asOf;
    QString error;
    QVERIFY2(DemoExportWriter(options).write(m_dir.filePath(u"bundle"_s), &error), qPrintable(error));
    QVERIFY2(m_db.open(m_dir.filePath(u"demo.sqlite"_s), &error), qPrintable(error));
    Importer importer(m_db);
    importer.setRefreshRisk(false);
    ImportOptions import;
    import.source = m_dir.filePath(u"bundle"_s);
    const ImportReport report = importer.run(import);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(count(u"SELECT COUNT(*) FROM churn_scores"_s), 0); // the refresh was off
}

void TestChurnRisk::demoTrainsAModelThatBeatsChance()
{
    ChurnRisk risk(m_db);
    risk.setAsOf(m_asOf);
    QVERIFY2(risk.run(), qPrintable(risk.lastError()));
    const ChurnRisk::Model model = risk.model();
    QCOMPARE(model.status, ChurnRisk::Status::Trained);
    QVERIFY2(model.outcomes > 500, qPrintable(QString::number(model.outcomes)));
    QVERIFY(model.churned >= 10);
    QVERIFY(model.churned < model.outcomes / 2);
    QVERIFY(model.auc.has_value());
    qInfo("%s", qPrintable(model.message));
    // "A model that beats chance clearly".
    QVERIFY2(*model.auc > 0.75, qPrintable(QString::number(*model.auc)));
    QVERIFY(*model.auc <= 1.0);
    QVERIFY(model.message.contains(u"ROC-AUC"_s));
}

void TestChurnRisk::everyLiveAccountIsScoredWithItsDrivers()
{
    const qint64 live
        = count(u"SELECT COUNT(*) FROM accounts WHERE archived = 0 AND lower(COALESCE(lifecycle_stage, ''))"
                " <> 'churned' AND lower(COALESCE(status, '')) <> 'churned'"_s);
    QVERIFY(live > 1000);
    QCOMPARE(count(u"SELECT COUNT(*) FROM churn_scores"_s), live);
    QCOMPARE(count(u"SELECT COUNT(*) FROM churn_scores WHERE probability < 0 OR probability > 1"_s), 0);
    // Risk is spread: neither everyone safe nor everyone lost.
    QVERIFY(count(u"SELECT COUNT(*) FROM churn_scores WHERE probability > 0.5"_s) > 0);
    QVERIFY(count(u"SELECT COUNT(*) FROM churn_scores WHERE probability < 0.1"_s) > live / 3);
    // Accounts the demo marks at risk are riskier than the ones expanding.
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT AVG(CASE WHEN a.lifecycle_stage = 'at_risk' THEN c.probability END),"
                   " AVG(CASE WHEN a.lifecycle_stage = 'expansion' THEN c.probability END)"
                   " FROM churn_scores c JOIN accounts a ON a.id = c.account_id"_s)
            && q.next());
    QVERIFY2(q.value(0).toDouble() > 3 * q.value(1).toDouble(),
             qPrintable(u"%1 vs %2"_s.arg(q.value(0).toDouble()).arg(q.value(1).toDouble())));

    QVERIFY(q.exec(u"SELECT account_id, drivers FROM churn_scores ORDER BY probability DESC LIMIT 50"_s));
    int withDrivers = 0;
    while (q.next()) {
        const QList<ChurnRisk::Driver> drivers = ChurnRisk::driversFromJson(q.value(1).toByteArray());
        QVERIFY(drivers.size() <= 3);
        withDrivers += drivers.isEmpty() ? 0 : 1;
        for (qsizetype i = 0; i < drivers.size(); ++i) {
            QVERIFY2(drivers.at(i).contribution > 0, qPrintable(drivers.at(i).feature));
            if (i > 0)
                QVERIFY(drivers.at(i).contribution <= drivers.at(i - 1).contribution);
            QVERIFY(!drivers.at(i).label().isEmpty());
            QVERIFY(drivers.at(i).label() != drivers.at(i).feature); // every feature has a label
            // A yes/no feature is a driver only when it holds.
            if (drivers.at(i).feature.startsWith(u"segment="_s) || drivers.at(i).feature.startsWith(u"no_"_s))
                QCOMPARE(drivers.at(i).value, 1.0);
        }
    }
    QCOMPARE(withDrivers, 50);
}

void TestChurnRisk::storedModelAndScoreReadBack()
{
    const ChurnRisk::Model stored = ChurnRisk::storedModel(m_db);
    QCOMPARE(stored.status, ChurnRisk::Status::Trained);
    QCOMPARE(stored.asOf, m_asOf);
    QVERIFY(stored.auc.has_value());
    QVERIFY(stored.trainedAt.isValid());
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT account_id, probability FROM churn_scores ORDER BY probability DESC LIMIT 1"_s)
            && q.next());
    const std::optional<ChurnRisk::Score> score = ChurnRisk::storedScore(m_db, q.value(0).toString());
    QVERIFY(score.has_value());
    QCOMPARE(score->probability, q.value(1).toDouble());
    QVERIFY(!score->drivers.isEmpty());
    QVERIFY(!ChurnRisk::storedScore(m_db, u"NO-SUCH-ACCOUNT"_s).has_value());
}

void TestChurnRisk::tooFewOutcomesSaysSoAndScoresNothing()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"small.sqlite"_s), &error), qPrintable(error));
    QSqlQuery q(db.connection());
    for (int i = 0; i < 30; ++i) {
        QVERIFY(
            q.exec(u"INSERT INTO accounts (id, name, arr, licenses, created_at, renewal_date)"
                   " VALUES ('A%1', 'Account %1', 1000, 10, '2024-01-01T00:00:00Z', '2026-06-01')"_s.arg(i)));
        // Five renewed, nobody churned: nothing to learn from.
        if (i < 5)
            QVERIFY(q.exec(
                u"INSERT INTO opportunities (id, account_id, type, stage, amount, close_date, is_closed,"
                " is_won) VALUES ('O%1', 'A%1', 'Renewal', 'Closed Won', 1000, '2025-06-01', 1, 1)"_s.arg(
                    i)));
    }
    ChurnRisk risk(db);
    risk.setAsOf(QDate(2026, 3, 1));
    QVERIFY2(risk.run(), qPrintable(risk.lastError()));
    QCOMPARE(risk.model().status, ChurnRisk::Status::TooFewOutcomes);
    QCOMPARE(risk.model().outcomes, 5);
    QCOMPARE(risk.model().churned, 0);
    QVERIFY(risk.model().message.contains(u"Too few"_s));
    QVERIFY(!risk.model().auc.has_value());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM churn_scores"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    const ChurnRisk::Model stored = ChurnRisk::storedModel(db);
    QCOMPARE(stored.status, ChurnRisk::Status::TooFewOutcomes);
    QVERIFY(stored.message.contains(u"5 renewed and 0 churned"_s));
}

void TestChurnRisk::rerunReplacesTheScores()
{
    const qint64 before = count(u"SELECT COUNT(*) FROM churn_scores"_s);
    ChurnRisk risk(m_db);
    risk.setAsOf(m_asOf);
    QVERIFY(risk.run());
    QCOMPARE(count(u"SELECT COUNT(*) FROM churn_scores"_s), before);
    QCOMPARE(count(u"SELECT COUNT(*) FROM churn_model"_s), 1);
    QCOMPARE(risk.report().scored, before);
}

void TestChurnRisk::featuresMatchTheReferenceOnTheDemo()
{
    // Every account today and long before it existed (no usage, no NPS, created later),
    // every outcome 90 days ahead as run() reads it, and days on either side of each
    // window's edges around sampled usage, cases, NPS, activities and account starts.
    std::vector<FeatureRow> points;
    const auto add = [&points](qint64 pk, const QDate &day) {
        if (!day.isValid())
            return;
        FeatureRow row;
        row.accountPk = pk;
        row.day = day;
        points.push_back(row);
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QVERIFY(q.exec(u"SELECT pk FROM accounts"_s));
    while (q.next()) {
        add(q.value(0).toLongLong(), m_asOf);
        add(q.value(0).toLongLong(), m_asOf.addYears(-4));
    }
    QVERIFY(q.exec(u"SELECT a.pk, o.close_date FROM opportunities o JOIN accounts a ON a.id = o.account_id"
                   " WHERE o.is_closed = 1 AND lower(o.type) LIKE '%renew%'"_s));
    while (q.next())
        add(q.value(0).toLongLong(),
            QDate::fromString(q.value(1).toString().left(10), Qt::ISODate).addDays(-90));
    const QDate epoch(1970, 1, 1);
    QVERIFY(q.exec(u"SELECT account_pk, day FROM usage WHERE (account_pk * 31 + day) % 601 = 0"_s));
    while (q.next()) {
        for (int offset : { -1, 0, 27, 28, 55, 56 })
            add(q.value(0).toLongLong(), epoch.addDays(q.value(1).toLongLong() + offset));
    }
    const auto aroundTexts = [&](const QString &sql, const QList<int> &offsets) {
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        while (q.next()) {
            const QDate day = QDate::fromString(q.value(1).toString().left(10), Qt::ISODate);
            for (int offset : offsets)
                add(q.value(0).toLongLong(), day.addDays(offset));
        }
    };
    aroundTexts(u"SELECT a.pk, c.opened_at FROM cases c JOIN accounts a ON a.id = c.account_id"
                " WHERE c.pk % 11 = 0"_s,
                { -1, 0, 89, 90 });
    aroundTexts(u"SELECT a.pk, n.responded_at FROM nps n JOIN accounts a ON a.id = n.account_id"
                " WHERE n.pk % 7 = 0"_s,
                { -1, 0, 364, 365 });
    aroundTexts(u"SELECT a.pk, x.occurred_at FROM activities x JOIN accounts a ON a.id = x.account_id"
                " WHERE x.pk % 29 = 0"_s,
                { -1, 0, 1 });
    aroundTexts(u"SELECT pk, created_at FROM accounts WHERE pk % 5 = 0"_s, { -1, 0, 1 });
    add(987654321, m_asOf); // no such account: no data
    // In no particular order, and some twice.
    std::mt19937 random(7);
    std::shuffle(points.begin(), points.end(), random);
    for (size_t i = 0; i < 50; ++i)
        points.push_back(points[i * 7]);
    QVERIFY2(points.size() > 10000, qPrintable(QString::number(points.size())));

    std::vector<FeatureRow> expected;
    QString mismatch;
    QVERIFY2(sameAsReference(m_db, points, &expected, &mismatch), qPrintable(mismatch));
    qInfo("%zu rows read alike, in parallel and in a transaction", points.size());

    // The sample holds every kind of case the reader must get right.
    const auto rowsWhere = [&](auto predicate) {
        return std::count_if(expected.cbegin(), expected.cend(), predicate);
    };
    QVERIFY(rowsWhere([](const FeatureRow &r) { return r.values[NoUsage] == 1.0; }) > 100);
    QVERIFY(rowsWhere([](const FeatureRow &r) { return !std::isnan(r.values[UsageTrend]); }) > 100);
    QVERIFY(rowsWhere([](const FeatureRow &r) { return !std::isnan(r.values[LicenceUtilisation]); }) > 100);
    QVERIFY(rowsWhere([](const FeatureRow &r) { return r.values[NoNps] == 1.0; }) > 100);
    QVERIFY(rowsWhere([](const FeatureRow &r) { return r.values[NpsResponses] >= 2; }) > 10);
    QVERIFY(rowsWhere([](const FeatureRow &r) { return r.values[Cases90] > 0; }) > 100);
    QVERIFY(rowsWhere([](const FeatureRow &r) { return r.values[HighPriorityCases90] > 0; }) > 10);
    QVERIFY(rowsWhere([](const FeatureRow &r) { return r.values[DaysSinceTouch] == 0; }) > 10);
    QVERIFY(rowsWhere([](const FeatureRow &r) { return r.values[DaysSinceTouch] > 0; }) > 100);
    QVERIFY(rowsWhere([](const FeatureRow &r) { return r.values[TenureYears] == 0; }) > 100); // not begun yet
    QVERIFY(rowsWhere([](const FeatureRow &r) { return r.values[TenureYears] > 1; }) > 100);
}

// Hand-made rows on the edges of every window, with the values worked out by hand (and
// the reference agreeing).
void TestChurnRisk::featureWindowsAndBlanks()
{
    // The order of Key above.
    QCOMPARE(ChurnRisk::numericFeatureKeys(),
             QStringList({ u"usage_trend"_s, u"licence_utilisation"_s, u"active_users_per_licence"_s,
                           u"no_usage"_s, u"cases_90d"_s, u"high_priority_cases"_s, u"nps_average"_s,
                           u"nps_responses"_s, u"no_nps"_s, u"days_since_touch"_s, u"tenure_years"_s,
                           u"log_arr"_s }));
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"edges.sqlite"_s), &error), qPrintable(error));
    QSqlQuery q(db.connection());
    const QDate day(2026, 3, 1);
    const qint64 d = epochDay(day);
    const auto at = [&day](int offset, const char *time) -> QString {
        return iso(day.addDays(offset)) + QLatin1StringView(time);
    };
    const auto exec = [&q](const QString &sql, const QVariantList &values = {}) {
        if (!q.prepare(sql))
            return false;
        for (const QVariant &value : values)
            q.addBindValue(value);
        return q.exec();
    };
    QVERIFY(exec(u"INSERT INTO metrics (id, name) VALUES (1, 'active_users'), (2, 'licenses_used'),"
                 " (3, 'dau'), (4, 'logins')"_s));
    // 1: everything, on both sides of each edge. 2: no data, no created_at (the contract
    // start stands in), no licences. 3: created after the day. 4: no start at all.
    // 5: usage only before the recent window. 6: only recent usage, fractions; created on
    // no real day.
    QVERIFY(
        exec(u"INSERT INTO accounts (pk, id, name, licenses, arr, segment, created_at, contract_start) VALUES"
             " (1, 'A1', 'One', 10, 1000, 'Enterprise', '2025-01-10T08:00:00Z', NULL),"
             " (2, 'A2', 'Two', NULL, NULL, NULL, NULL, '2024-06-01'),"
             " (3, 'A3', 'Three', 5, 50, 'SMB', ?, NULL),"
             " (4, 'A4', 'Four', 0, -5, '', '', ''),"
             " (5, 'A5', 'Five', 4, 10, 'mid', '2024-02-29', NULL),"
             " (6, 'A6', 'Six', 3, 10, 'mid', '2023-02-29T00:00:00Z', '2020-01-01')"_s,
             { at(30, "T09:00:00Z") }));
    struct Usage
    {
        qint64 pk;
        int metric;
        qint64 offset;
        double value;
    };
    const Usage usage[] = {
        { 1, 1, -56, 100 }, { 1, 1, -55, 8 },  { 1, 1, -28, 10 },  { 1, 1, -27, 20 }, { 1, 1, 0, 30 },
        { 1, 1, 1, 1000 },  { 1, 3, -1, 40 },  { 1, 2, -28, 999 }, { 1, 2, -27, 5 },  { 1, 2, 1, 999 },
        { 1, 4, 0, 12345 }, { 5, 1, -40, 7 },  { 5, 1, -28, 9 },   { 6, 1, -3, 0.1 }, { 6, 1, -2, 0.2 },
        { 6, 3, -2, 0.7 },  { 6, 2, -1, 0.3 },
    };
    for (const Usage &u : usage)
        QVERIFY(exec(u"INSERT INTO usage (account_pk, metric_id, day, value) VALUES (?, ?, ?, ?)"_s,
                     { u.pk, u.metric, d + u.offset, u.value }));
    QVERIFY(
        exec(u"INSERT INTO usage (account_pk, metric_id, day, value) VALUES (1, 1, ?, NULL)"_s, { d - 5 }));
    struct Case
    {
        QString opened;
        const char *priority;
        int archived;
    };
    const Case cases[] = {
        { at(-89, "T00:00:00Z"), "low", 0 },
        { at(-90, "T23:59:59Z"), "high", 0 },
        { at(0, "T23:59:59Z"), "P1", 0 },
        { at(1, "T00:00:00Z"), "high", 0 },
        { at(-10, "T12:00:00Z"), "high", 1 },
        { at(-10, "T12:00:00Z"), "HIGH", 0 },
        { at(-10, "T12:00:00Z"), " high", 0 },
        { at(-10, "T12:00:00Z"), nullptr, 0 },
        { at(-89, ""), "p2", 0 },
        { at(1, ""), "high", 0 }, // bare dates on the bounds
    };
    int n = 0;
    for (const Case &c : cases)
        QVERIFY(exec(
            u"INSERT INTO cases (id, account_id, opened_at, priority, archived) VALUES (?, 'A1', ?, ?, ?)"_s,
            { u"C%1"_s.arg(++n), c.opened,
              c.priority ? QVariant(QString::fromLatin1(c.priority)) : QVariant(), c.archived }));
    struct Nps
    {
        QString responded;
        QVariant score;
        int archived;
    };
    const Nps nps[] = {
        { at(-364, "T00:00:00Z"), 9, 0 }, { at(-365, "T23:59:59Z"), 0, 0 },
        { at(0, "T12:00:00Z"), 6, 0 },    { at(-3, "T12:00:00Z"), QVariant(), 0 },
        { at(-3, "T12:00:00Z"), 1, 1 },   { at(1, "T00:00:00Z"), 0, 0 },
        { at(-364, ""), 3, 0 },           { at(1, ""), 0, 0 }, // bare dates on the bounds
    };
    for (const Nps &r : nps)
        QVERIFY(exec(
            u"INSERT INTO nps (id, account_id, score, responded_at, archived) VALUES (?, 'A1', ?, ?, ?)"_s,
            { u"N%1"_s.arg(++n), r.score, r.responded, r.archived }));
    QVERIFY(exec(u"INSERT INTO activities (id, account_id, occurred_at, archived) VALUES"
                 " ('X1', 'A1', ?, 0), ('X2', 'A1', ?, 0), ('X3', 'A1', ?, 1), ('X4', 'A1', ?, 0)"_s,
                 { at(-10, "T10:00:00Z"), at(1, "T00:00:00Z"), at(-1, "T10:00:00Z"), at(1, "") }));
    QVERIFY(exec(u"INSERT INTO notes (id, account_id, created_at, updated_at, deleted) VALUES"
                 " ('M1', 'A1', ?, ?, 0), ('M2', 'A1', ?, ?, 1), ('M3', 'A3', ?, ?, 0)"_s,
                 { at(-4, "T10:00:00Z"), at(-4, "T10:00:00Z"), at(-2, "T10:00:00Z"), at(-2, "T10:00:00Z"),
                   at(2, "T10:00:00Z"), at(2, "T10:00:00Z") }));

    std::vector<FeatureRow> points;
    for (qint64 pk : { 1, 2, 3, 4, 5, 6, 99 }) {
        FeatureRow row;
        row.accountPk = pk;
        row.day = day;
        points.push_back(row);
    }
    // Account 1 again a few days on: the source rows past the first day's bounds are then
    // read, and must still stay out of its first row.
    points.push_back(points.front());
    points.back().day = day.addDays(5);
    std::vector<FeatureRow> rows;
    QString mismatch;
    QVERIFY2(sameAsReference(db, points, &rows, &mismatch), qPrintable(mismatch));
    const auto value = [&rows](size_t row, Key key) {
        return rows[row].values[size_t(key)];
    };

    // 1: active users 20, 30 (metric 1) and 40 (metric 3) in the 28 days, 8 and 10 in the
    // 28 before; licences used 5; cases on the 90-day edges, P1 and HIGH high, " high" not.
    QCOMPARE(rows[0].segment, QByteArray("enterprise"));
    QCOMPARE(value(0, UsageTrend), (30.0 - 9.0) / 9.0 * 100.0);
    QCOMPARE(value(0, LicenceUtilisation), 0.5);
    QCOMPARE(value(0, ActivePerLicence), 2.0); // 3.0, capped
    QCOMPARE(value(0, NoUsage), 0.0);
    QCOMPARE(value(0, Cases90), 6.0); // D-89 00:00 and bare, D 23:59, HIGH, " high", no priority
    QCOMPARE(value(0, HighPriorityCases90), 3.0); // P1, HIGH, p2
    QCOMPARE(value(0, NpsAverage), 6.0); // 9 and 3 on D-364, 6 on D
    QCOMPARE(value(0, NpsResponses), 3.0);
    QCOMPARE(value(0, NoNps), 0.0);
    QCOMPARE(value(0, DaysSinceTouch), 4.0); // the note of D-4; not the deleted one, not D+1
    QCOMPARE(value(0, TenureYears), double(d - epochDay(QDate(2025, 1, 10))) / 365.25);
    QCOMPARE(value(0, LogArr), std::log1p(1000.0));

    // 2: nothing but a contract start.
    QCOMPARE(rows[1].segment, QByteArray());
    QVERIFY(std::isnan(value(1, UsageTrend)));
    QVERIFY(std::isnan(value(1, LicenceUtilisation)));
    QVERIFY(std::isnan(value(1, ActivePerLicence)));
    QCOMPARE(value(1, NoUsage), 1.0);
    QCOMPARE(value(1, Cases90), 0.0);
    QVERIFY(std::isnan(value(1, NpsAverage)));
    QCOMPARE(value(1, NpsResponses), 0.0);
    QCOMPARE(value(1, NoNps), 1.0);
    QCOMPARE(value(1, DaysSinceTouch), 365.0); // 638 days since the contract start, capped
    QCOMPARE(value(1, TenureYears), double(d - epochDay(QDate(2024, 6, 1))) / 365.25);
    QCOMPARE(value(1, LogArr), 0.0);

    // 3: created after the day; its note is after the day too.
    QCOMPARE(value(2, TenureYears), 0.0);
    QCOMPARE(value(2, DaysSinceTouch), 0.0);

    // 4: no start at all; licences 0; a negative ARR counts as none.
    QVERIFY(std::isnan(value(3, DaysSinceTouch)));
    QVERIFY(std::isnan(value(3, TenureYears)));
    QVERIFY(std::isnan(value(3, LicenceUtilisation)));
    QCOMPARE(value(3, LogArr), 0.0);

    // 5: usage only in the earlier window: no trend, "no usage". Begun on a leap day.
    QCOMPARE(value(4, TenureYears), double(d - epochDay(QDate(2024, 2, 29))) / 365.25);
    QVERIFY(std::isnan(value(4, UsageTrend)));
    QCOMPARE(value(4, NoUsage), 1.0);
    QVERIFY(std::isnan(value(4, LicenceUtilisation)));

    // 6: only recent usage; fractions summed as SQLite sums them. Created on no real day
    // (2023-02-29): the contract start stands in.
    QCOMPARE(value(5, TenureYears), double(d - epochDay(QDate(2020, 1, 1))) / 365.25);
    QVERIFY(std::isnan(value(5, UsageTrend)));
    QCOMPARE(value(5, NoUsage), 0.0);
    QCOMPARE(value(5, ActivePerLicence), (0.1 + 0.2 + 0.7) / 3.0 / 3.0);
    QCOMPARE(value(5, LicenceUtilisation), 0.3 / 3.0);

    // 99: not in the cache: no data.
    QCOMPARE(value(6, NoUsage), 1.0);
    QCOMPARE(value(6, NoNps), 1.0);
    QVERIFY(std::isnan(value(6, TenureYears)));
}

QTEST_GUILESS_MAIN(TestChurnRisk)
#include "tst_churnrisk.moc"
