// ChurnRisk: the churn model trained on the cache's own renewal outcomes.
#include "churn/ChurnRisk.h"
#include "demo/DemoExportWriter.h"
#include "import/Importer.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

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

QTEST_GUILESS_MAIN(TestChurnRisk)
#include "tst_churnrisk.moc"
