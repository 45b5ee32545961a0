// Forecast: renewals due, expected ARR, the least likely to renew, GRR and NRR; and the
// health/forecast commands of pitwall-cli.
#include "../support/TestSupport.h"
#include "forecast/Forecast.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void renewalsAndExpectedArr();
    void leastLikelyToRenew();
    void retentionOverTwelveMonths();
    void retentionByGroup();
    void scopeMyBook();
    void cliForecastJson();
    void cliHealthJson();
    void cliRejectsBadInput();

private:
    void exec(const QString &sql);
    QByteArray runCli(const QStringList &args, int *exitCode);

    QTemporaryDir m_dir;
    Database m_db;
    const QDate m_today { 2026, 6, 15 };
};

void TestForecast::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u": "_s + sql));
}

QByteArray TestForecast::runCli(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(TestSupport::cliPath(), QStringList { u"--db"_s, m_dir.filePath(u"cache.sqlite"_s) } + args);
    p.waitForFinished(60000);
    *exitCode = p.exitCode();
    return p.readAllStandardOutput() + p.readAllStandardError();
}

void TestForecast::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    exec(u"INSERT INTO users (id, name, team) VALUES ('U1', 'Ann', 'East'), ('U2', 'Bo', 'West')"_s);
    // Renewing in the window (today 2026-06-15, 3 months: through 2026-09-30).
    //  R1 1000 USD p .5, R2 3000 USD p .1, R3 2000 USD no score, R4 500 CNY p .9,
    //  R5 renews 2026-11-01 (outside), R6 overdue since 2026-05-01 p .2, R7 churned (not live).
    exec(
        u"INSERT INTO accounts (id, name, owner_id, segment, currency, arr, renewal_date, created_at, "
        u"lifecycle_stage)"
        " VALUES ('R1', 'One', 'U1', 'smb', 'USD', 1000, '2026-07-01', '2020-01-01T00:00:00Z', 'adoption'),"
        " ('R2', 'Two', 'U1', 'smb', 'USD', 3000, '2026-09-30', '2020-01-01T00:00:00Z', 'adoption'),"
        " ('R3', 'Three', 'U2', 'enterprise', 'USD', 2000, '2026-08-10', '2020-01-01T00:00:00Z', 'adoption'),"
        " ('R4', 'Four', 'U2', 'enterprise', 'CNY', 500, '2026-07-20', '2020-01-01T00:00:00Z', 'adoption'),"
        " ('R5', 'Five', 'U2', 'smb', 'USD', 700, '2026-11-01', '2020-01-01T00:00:00Z', 'adoption'),"
        " ('R6', 'Six', 'U1', 'smb', 'USD', 400, '2026-05-01', '2020-01-01T00:00:00Z', 'renewal'),"
        " ('R7', 'Seven', 'U1', 'smb', 'USD', 900, '2026-07-05', '2020-01-01T00:00:00Z', 'churned')"_s);
    exec(u"INSERT INTO churn_scores (account_id, probability, drivers, computed_at) VALUES"
         " ('R1', 0.5, '[{\"feature\":\"usage_trend\",\"value\":-40,\"contribution\":1.2}]', "
         "'2026-06-15T00:00:00Z'),"
         " ('R2', 0.1, '[]', '2026-06-15T00:00:00Z'), ('R4', 0.9, '[]', '2026-06-15T00:00:00Z'),"
         " ('R5', 0.3, '[]', '2026-06-15T00:00:00Z'), ('R6', 0.2, '[]', '2026-06-15T00:00:00Z')"_s);
    // Retention, 2025-06-15 .. 2026-06-15:
    //  G1 (U1, smb, USD) arr today 120 with a 20 expansion won in the window: start 100, expansion 20.
    //  G2 (U1, smb, USD) churned in the window (renewal lost 2026-02-01), arr 50: churned 50.
    //  G3 (U2, enterprise, USD) renewed for 80 after 100: contraction 20, start 100.
    //  G4 churned before the window: left out.  G5 a customer only since 2026-01: left out.
    exec(
        u"INSERT INTO accounts (id, name, owner_id, segment, currency, arr, renewal_date, created_at, "
        u"lifecycle_stage)"
        " VALUES ('G1', 'Grow', 'U1', 'smb', 'USD', 120, '2027-03-01', '2023-01-01T00:00:00Z', 'expansion'),"
        " ('G2', 'Gone', 'U1', 'smb', 'USD', 50, '2026-02-01', '2023-01-01T00:00:00Z', 'churned'),"
        " ('G3', 'Shrink', 'U2', 'enterprise', 'USD', 80, '2027-02-01', '2023-01-01T00:00:00Z', 'adoption'),"
        " ('G4', 'Old loss', 'U2', 'enterprise', 'USD', 999, '2025-01-01', '2022-01-01T00:00:00Z', "
        "'churned'),"
        " ('G5', 'New', 'U2', 'enterprise', 'USD', 777, '2027-01-01', '2026-01-10T00:00:00Z', 'onboarding')"_s);
    exec(u"INSERT INTO opportunities (id, account_id, type, stage, amount, close_date, is_closed, is_won) "
         u"VALUES"
         " ('X1', 'G1', 'Expansion', 'Closed Won', 20, '2026-03-01', 1, 1),"
         " ('X2', 'G1', 'Expansion', 'Closed Won', 30, '2025-03-01', 1, 1),"
         " ('L2', 'G2', 'Renewal', 'Closed Lost', 50, '2026-02-01', 1, 0),"
         " ('W3a', 'G3', 'Renewal', 'Closed Won', 100, '2025-02-01', 1, 1),"
         " ('W3b', 'G3', 'Renewal', 'Closed Won', 80, '2026-02-01', 1, 1),"
         " ('L4', 'G4', 'Renewal', 'Closed Lost', 999, '2025-01-01', 1, 0)"_s);
}

void TestForecast::renewalsAndExpectedArr()
{
    Forecast::Options options;
    options.asOf = m_today;
    Forecast::Result r;
    QString error;
    QVERIFY2(Forecast::compute(m_db, options, &r, &error), qPrintable(error));
    QCOMPARE(r.until, QDate(2026, 9, 30));
    QStringList ids;
    for (const Forecast::Renewal &n : std::as_const(r.renewals))
        ids << n.accountId;
    QCOMPARE(ids, (QStringList { u"R6"_s, u"R1"_s, u"R4"_s, u"R3"_s, u"R2"_s })); // by date; R5, R7 out
    QCOMPARE(r.currency, u"USD"_s);
    QCOMPARE(r.renewalCount, 4);
    QCOMPARE(r.renewingArr, 1000.0 + 3000 + 2000 + 400);
    // Unscored R3 counts in full.
    QCOMPARE(r.expectedArr, 1000 * 0.5 + 3000 * 0.9 + 2000 + 400 * 0.8);
    QCOMPARE(r.byCurrency.size(), 2);
    QCOMPARE(r.byCurrency.at(1).currency, u"CNY"_s);
    QCOMPARE(r.byCurrency.at(1).renewingArr, 500.0);
    QCOMPARE(r.byCurrency.at(1).expectedArr, 50.0);
}

void TestForecast::leastLikelyToRenew()
{
    Forecast::Options options;
    options.asOf = m_today;
    Forecast::Result r;
    QString error;
    QVERIFY(Forecast::compute(m_db, options, &r, &error));
    // Four scored renewals: the top 20% rounded up is one, the most likely to churn.
    QCOMPARE(r.atRisk.size(), 1);
    QCOMPARE(r.atRisk.at(0).accountId, u"R4"_s);
    QCOMPARE(r.atRisk.at(0).arrAtRisk(), 450.0);
    options.atRiskShare = 0.5;
    QVERIFY(Forecast::compute(m_db, options, &r, &error));
    QCOMPARE(r.atRisk.size(), 2);
    QCOMPARE(r.atRisk.at(1).accountId, u"R1"_s);
    QCOMPARE(r.atRisk.at(1).drivers.size(), 1);
    QCOMPARE(r.atRisk.at(1).drivers.at(0).feature, u"usage_trend"_s);
    QCOMPARE(r.arrAtRisk, 500.0); // USD: R1's 1000 x .5
}

void TestForecast::retentionOverTwelveMonths()
{
    Forecast::Options options;
    options.asOf = m_today;
    Forecast::Result r;
    QString error;
    QVERIFY(Forecast::compute(m_db, options, &r, &error));
    // The cohort: R1-R3, R5, R6 (customers since 2020) and G1-G3; R4 is CNY, R7 and G4
    // churned before or outside, G5 is too new.
    const Forecast::Retention &t = r.retention;
    QCOMPARE(t.currency, u"USD"_s);
    const double start = 1000 + 3000 + 2000 + 700 + 400
        + 900 /* R7: churned 2026-07-05, after today: still a customer */
        + 100 + 50 + 100;
    QCOMPARE(t.accounts, 9);
    QCOMPARE(t.startArr, start);
    QCOMPARE(t.churnedArr, 50.0);
    QCOMPARE(t.contractionArr, 20.0);
    QCOMPARE(t.expansionArr, 20.0);
    QCOMPARE(*t.grr(), (start - 50 - 20) / start);
    QCOMPARE(*t.nrr(), (start - 50 - 20 + 20) / start);
}

void TestForecast::retentionByGroup()
{
    Forecast::Options options;
    options.asOf = m_today;
    Forecast::Result r;
    QString error;
    QVERIFY(Forecast::compute(m_db, options, &r, &error));
    QCOMPARE(r.byCsm.size(), 2);
    const Forecast::Retention &ann = r.byCsm.at(0);
    QCOMPARE(ann.label, u"Ann"_s);
    // Ann: R1 1000, R2 3000, R6 400, R7 900, G1 100, G2 50.
    QCOMPARE(ann.startArr, 5450.0);
    QCOMPARE(ann.churnedArr, 50.0);
    QCOMPARE(*ann.nrr(), (5450.0 - 50 + 20) / 5450.0);
    const Forecast::Retention &bo = r.byCsm.at(1);
    // Bo: R3 2000, R5 700, G3 100 (USD; R4 is CNY, his other currency).
    QCOMPARE(bo.startArr, 2800.0);
    QCOMPARE(*bo.grr(), (2800.0 - 20) / 2800.0);
    QCOMPARE(r.byTeam.size(), 2);
    QCOMPARE(r.byTeam.at(0).label, u"East"_s);
    QCOMPARE(r.bySegment.size(), 2);
    QVERIFY(r.toJson().value(u"grr"_s).isDouble());
}

void TestForecast::scopeMyBook()
{
    Forecast::Options options;
    options.asOf = m_today;
    options.scope = Workspace::Scope::MyBook;
    options.scopeUserId = u"U2"_s;
    Forecast::Result r;
    QString error;
    QVERIFY(Forecast::compute(m_db, options, &r, &error));
    QStringList ids;
    for (const Forecast::Renewal &n : std::as_const(r.renewals))
        ids << n.accountId;
    QCOMPARE(ids, (QStringList { u"R4"_s, u"R3"_s }));
    QCOMPARE(r.retention.startArr, 2800.0);
}

void TestForecast::cliForecastJson()
{
    int code = -1;
    const QByteArray out
        = runCli({ u"forecast"_s, u"--months"_s, u"3"_s, u"--as-of"_s, u"2026-06-15"_s, u"--json"_s }, &code);
    QCOMPARE(code, 0);
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, out.constData());
    QCOMPARE(o.value(u"renewing_arr"_s).toDouble(), 6400.0);
    QCOMPARE(o.value(u"expected_arr"_s).toDouble(), 1000 * 0.5 + 3000 * 0.9 + 2000 + 400 * 0.8);
    const QJsonArray atRisk = o.value(u"at_risk"_s).toArray();
    QCOMPARE(atRisk.size(), 1);
    QCOMPARE(atRisk.at(0).toObject().value(u"id"_s).toString(), u"R4"_s);
    QCOMPARE(atRisk.at(0).toObject().value(u"probability"_s).toDouble(), 0.9);
    QVERIFY(atRisk.at(0).toObject().value(u"drivers"_s).isArray());
    QVERIFY(o.value(u"grr"_s).isDouble());
    QVERIFY(o.value(u"nrr"_s).toDouble() > o.value(u"grr"_s).toDouble());
    QVERIFY(o.value(u"retention"_s).toObject().value(u"by_csm"_s).toArray().size() == 2);
    const QByteArray text
        = runCli({ u"forecast"_s, u"--as-of"_s, u"2026-06-15"_s, u"--lang"_s, u"en"_s }, &code);
    QCOMPARE(code, 0);
    QVERIFY2(text.contains("GRR"), text.constData());
}

void TestForecast::cliHealthJson()
{
    int code = -1;
    // Recompute (the churn model has too few outcomes here, and says so), then read.
    QByteArray out = runCli(
        { u"health"_s, u"--recompute"_s, u"--as-of"_s, u"2026-06-15"_s, u"--lang"_s, u"en"_s }, &code);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("Too few known outcomes"), out.constData());
    out = runCli({ u"health"_s, u"--json"_s }, &code);
    QCOMPARE(code, 0);
    const QJsonArray array = QJsonDocument::fromJson(out).array();
    QVERIFY2(!array.isEmpty(), out.constData());
    QStringList ids;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ids << o.value(u"id"_s).toString();
        const QString band = o.value(u"band"_s).toString();
        QVERIFY2(band == u"red"_s || band == u"yellow"_s || band == u"green"_s || band == u"none"_s,
                 qPrintable(band));
        QVERIFY(o.value(u"contributions"_s).isArray());
        QVERIFY(!o.value(u"contributions"_s).toArray().isEmpty());
        QVERIFY(o.contains(u"trend"_s));
        QVERIFY(!o.contains(u"override"_s));
    }
    QVERIFY(ids.contains(u"R1"_s));
    QVERIFY(!ids.contains(u"R7"_s)); // churned: not scored
    out = runCli({ u"health"_s, u"--account"_s, u"R1"_s, u"--json"_s }, &code);
    QCOMPARE(code, 0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 1);
}

void TestForecast::cliRejectsBadInput()
{
    int code = -1;
    QByteArray out = runCli({ u"forecast"_s, u"--months"_s, u"zero"_s, u"--lang"_s, u"en"_s }, &code);
    QCOMPARE(code, 2);
    QVERIFY2(out.contains("--months"), out.constData());
    out = runCli({ u"health"_s, u"--account"_s, u"NOPE"_s, u"--lang"_s, u"en"_s }, &code);
    QCOMPARE(code, 1);
    QVERIFY2(out.contains("NOPE"), out.constData());
    out = runCli({ u"forecast"_s, u"--scope"_s, u"galaxy"_s, u"--lang"_s, u"en"_s }, &code);
    QCOMPARE(code, 2);
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
