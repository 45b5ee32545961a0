// QbrData: the figures of one account and quarter from a hand-built cache whose answers
// were worked out by hand: usage weeks cut at the quarter's edges, licences purchased
// from the account record, cases opened/closed/open at the end with CSAT and median
// days to close, NPS, opportunities, health history and churn; the quarter still
// running; an account with no data; errors. Then every account of a demo cache.
#include "TestSupport.h"
#include "demo/DemoExportWriter.h"
#include "qbr/QbrData.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

char *toString(const QbrQuarter &q)
{
    return QTest::toString(q.toString());
}

namespace {

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

qint64 dayOf(int y, int m, int d)
{
    return QDate(1970, 1, 1).daysTo(QDate(y, m, d));
}

QString points(const QbrData::Series &s)
{
    QStringList parts;
    for (const QbrData::Point &p : s.points)
        parts.append(p.day.toString(Qt::ISODate) + u'=' + QString::number(p.value));
    return parts.join(u' ');
}

const QbrQuarter q3 { 2026, 3 };

} // namespace

class TestQbrData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void account();
    void usageWeeksInsideTheQuarter();
    void support();
    void voiceOfTheCustomer();
    void opportunities();
    void healthOfAPastQuarter();
    void quarterStillRunning();
    void futureQuarterHasNoData();
    void accountWithoutData();
    void errors();
    void everyAccountOfADemoCache();

private:
    bool seed();
    QbrData load(const QString &account, const QbrQuarter &quarter, const QDate &today);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestQbrData::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QVERIFY(seed());
}

void TestQbrData::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
}

bool TestQbrData::seed()
{
    const QSqlDatabase db = m_db->connection();
    QStringList sql = {
        u"INSERT INTO users (id, name) VALUES ('U1', 'Alice Martin')"_s,
        u"INSERT INTO accounts (pk, id, name, owner_id, segment, currency, arr, renewal_date, licenses)"
        " VALUES (1, 'A1', 'Acme Corp', 'U1', 'enterprise', 'EUR', 120000, '2027-01-31', 100),"
        " (2, 'A2', 'Empty Co', 'U9', NULL, NULL, NULL, NULL, 50)"_s,
        u"INSERT INTO metrics (id, name) VALUES (1, 'licenses_used'), (2, 'active_users'), (3, 'api_calls'),"
        " (4, 'storage_gb')"_s,
        u"INSERT INTO contacts (id, account_id, first_name, last_name) VALUES ('K1', 'A1', 'Jane', 'Doe'),"
        " ('K2', 'A1', '伟', '张')"_s,
    };
    // Usage. Q3 2026 runs Wednesday 1 July to Wednesday 30 September.
    const QList<std::tuple<int, QDate, QString>> usage = {
        // Licences used: the Monday and Tuesday before the quarter do not count; the
        // first week is 1-2 July only, dated 1 July.
        { 1, QDate(2026, 6, 29), u"999"_s },
        { 1, QDate(2026, 6, 30), u"999"_s },
        { 1, QDate(2026, 7, 1), u"40"_s },
        { 1, QDate(2026, 7, 2), u"42"_s },
        { 1, QDate(2026, 7, 6), u"50"_s },
        { 1, QDate(2026, 7, 7), u"60"_s },
        { 1, QDate(2026, 7, 8), u"NULL"_s }, // no value: ignored
        { 1, QDate(2026, 9, 28), u"70"_s },
        { 1, QDate(2026, 9, 30), u"80"_s },
        { 1, QDate(2026, 10, 1), u"999"_s }, // next quarter
        // Active users: one day in mid-July and one in September.
        { 2, QDate(2026, 7, 15), u"30"_s },
        { 2, QDate(2026, 9, 14), u"35"_s },
        // Another metric, early August.
        { 3, QDate(2026, 8, 3), u"1000"_s },
        { 3, QDate(2026, 8, 4), u"2000"_s },
        // A metric with data only outside the quarter.
        { 4, QDate(2026, 5, 4), u"12"_s },
    };
    for (const auto &[metric, day, value] : usage) {
        sql.append(
            u"INSERT INTO usage (account_pk, metric_id, day, value) VALUES (1, %1, %2, %3)"_s.arg(metric)
                .arg(QDate(1970, 1, 1).daysTo(day))
                .arg(value));
    }
    // A2's usage is all before the quarter.
    sql.append(u"INSERT INTO usage (account_pk, metric_id, day, value) VALUES (2, 1, %1, 5)"_s.arg(
        dayOf(2026, 6, 1)));
    sql.append(
        uR"(INSERT INTO cases (id, account_id, status, priority, opened_at, closed_at, csat, archived) VALUES
        ('C1', 'A1', 'Closed', 'high',   '2026-06-20T10:00:00Z', '2026-07-02T10:00:00Z', 4,    0),
        ('C2', 'A1', 'Closed', 'urgent', '2026-07-01T00:00:00Z', '2026-07-03T12:00:00Z', 5,    0),
        ('C3', 'A1', 'Open',   'low',    '2026-08-10T09:00:00Z', NULL,                   NULL, 0),
        ('C4', 'A1', 'Closed', 'High',   '2026-09-30T23:59:59Z', '2026-10-02T00:00:00Z', 1,    0),
        ('C5', 'A1', 'Open',   'urgent', '2026-10-01T00:00:00Z', NULL,                   NULL, 0),
        ('C6', 'A1', 'Closed', 'low',    '2026-05-01T00:00:00Z', NULL,                   NULL, 0),
        ('C7', 'A1', 'Closed', NULL,     '2026-07-10T00:00:00Z', '2026-07-20T00:00:00Z', NULL, 0),
        ('C8', 'A1', 'Open',   'urgent', '2026-07-05T00:00:00Z', NULL,                   NULL, 1),
        ('C9', 'A1', 'Open',   'medium', '2026-05-05T00:00:00Z', NULL,                   NULL, 0))"_s);
    sql.append(uR"(INSERT INTO nps (id, account_id, contact_id, score, comment, responded_at, archived) VALUES
        ('N1', 'A1', 'K1', 10,   'Great support', '2026-07-05T08:00:00Z', 0),
        ('N2', 'A1', 'K2', 6,    '太慢了',          '2026-09-30T18:00:00Z', 0),
        ('N3', 'A1', NULL, 9,    '',              '2026-08-01',           0),
        ('N4', 'A1', 'K1', 0,    'next quarter',  '2026-10-01T00:00:00Z', 0),
        ('N5', 'A1', 'K1', 0,    'last quarter',  '2026-06-30T23:59:59Z', 0),
        ('N6', 'A1', 'K1', 0,    'archived',      '2026-08-02',           1),
        ('N7', 'A1', 'K1', NULL, 'no score',      '2026-08-03',           0))"_s);
    sql.append(
        uR"(INSERT INTO opportunities (id, account_id, name, type, stage, amount, close_date, is_closed, is_won, archived) VALUES
        ('O1', 'A1', 'Acme Renewal 2026',        'Renewal',   'Closed Won',  120000, '2026-07-31', 1, 1, 0),
        ('O2', 'A1', 'Acme Expansion +20 seats', 'expansion', 'Proposal',    24000,  '2026-11-15', 0, 0, 0),
        ('O3', 'A1', 'Old expansion',            'expansion', 'Closed Lost', 5000,   '2026-03-01', 1, 0, 0),
        ('O4', 'A1', 'Won after the quarter',    'expansion', 'Closed Won',  7000,   '2026-10-05', 1, 1, 0),
        ('O5', 'A1', 'Undated upsell',           'upsell',    'Qualification', NULL, NULL,         0, 0, 0),
        ('O6', 'A1', 'Archived',                 'expansion', 'Proposal',    1,      '2026-08-01', 0, 0, 1),
        ('O7', 'A1', 'Lost in the quarter',      'expansion', 'Closed Lost', 3000,   '2026-09-30', NULL, NULL, 0))"_s);
    // Health history: the previous quarter's weeks start on Monday 30 March.
    sql.append(uR"(INSERT INTO health_history (week, account_id, score, band) VALUES
        ('2026-03-23', 'A1', 10, 'red'),
        ('2026-03-30', 'A1', 50, 'yellow'),
        ('2026-07-20', 'A1', 66, 'yellow'),
        ('2026-08-31', 'A1', 64, 'yellow'),
        ('2026-09-07', 'A1', 60, 'yellow'),
        ('2026-09-21', 'A1', NULL, 'yellow'),
        ('2026-09-28', 'A1', 72, 'yellow'),
        ('2026-10-05', 'A1', 90, 'green'),
        ('2026-09-28', 'A2', 40, 'red'))"_s);
    // The score now (used while the quarter runs): 70 computed, overridden to green 80.
    sql.append(uR"(INSERT INTO health_scores (account_id, score, band, computed_score, as_of, computed_at,
        contributions, top_drag) VALUES ('A1', 70, 'yellow', 70, '2026-08-17', '2026-08-17T06:00:00Z',
        '[["licence_utilisation","scored",0.41,"2026-08-16",41,30,12.3],["nps","scored",8,"2026-08-01",80,20,16]]',
        'licence_utilisation'))"_s);
    sql.append(
        uR"(INSERT INTO health_overrides (id, account_id, band, score, reason, author, created_at, expires_at)
        VALUES ('O-1', 'A1', 'green', 80, 'Exec sponsor re-engaged', 'U1', '2026-08-18T09:00:00.000Z',
        '2026-12-31T00:00:00.000Z'))"_s);
    sql.append(
        uR"(INSERT INTO churn_scores (account_id, probability, drivers, computed_at) VALUES ('A1', 0.23,
        '[{"feature":"usage_trend","value":-0.2,"contribution":0.5},{"feature":"segment=enterprise","value":1,"contribution":0.2}]',
        '2026-08-17T06:00:00Z'))"_s);
    for (const QString &s : std::as_const(sql)) {
        if (!exec(db, s))
            return false;
    }
    return true;
}

QbrData TestQbrData::load(const QString &account, const QbrQuarter &quarter, const QDate &today)
{
    QString error;
    const std::optional<QbrData> d = QbrData::load(*m_db, account, quarter, today, &error);
    if (!d) {
        qWarning() << error;
        return {};
    }
    return *d;
}

void TestQbrData::account()
{
    const QbrData d = load(u"A1"_s, q3, QDate(2026, 11, 15));
    QCOMPARE(d.accountId, u"A1"_s);
    QCOMPARE(d.accountName, u"Acme Corp"_s);
    QCOMPARE(d.csmName, u"Alice Martin"_s);
    QCOMPARE(d.segment, u"enterprise"_s);
    QCOMPARE(d.currency, u"EUR"_s);
    QCOMPARE(d.arr.value_or(-1), 120000.0);
    QCOMPARE(d.renewalDate, QDate(2027, 1, 31));
    QCOMPARE(d.licenses, 100);
    QCOMPARE(d.quarter, q3);
    QCOMPARE(d.asOf, QDate(2026, 9, 30)); // the quarter is over
}

void TestQbrData::usageWeeksInsideTheQuarter()
{
    const QbrData d = load(u"A1"_s, q3, QDate(2026, 11, 15));
    QVERIFY(d.hasUsage());
    QCOMPARE(d.licencesUsed.name, u"Licences used"_s);
    QCOMPARE(points(d.licencesUsed), u"2026-07-01=41 2026-07-06=55 2026-09-28=75"_s);
    // No purchased metric: the account's 100 licences on each of those weeks.
    QCOMPARE(d.licencesPurchased.name, u"Licences purchased"_s);
    QCOMPARE(points(d.licencesPurchased), u"2026-07-01=100 2026-07-06=100 2026-09-28=100"_s);
    QCOMPARE(d.utilisationStart.value_or(-1), 0.41);
    QCOMPARE(d.utilisationEnd.value_or(-1), 0.75);
    QCOMPARE(d.activeUsers.name, u"Active users"_s);
    QCOMPARE(points(d.activeUsers), u"2026-07-13=30 2026-09-14=35"_s);
    // Every metric with data in the quarter, by name; storage_gb has none.
    QCOMPARE(d.metrics.size(), 3);
    QCOMPARE(d.metrics.at(0).name, u"Active users"_s);
    QCOMPARE(d.metrics.at(1).name, u"Api calls"_s);
    QCOMPARE(points(d.metrics.at(1)), u"2026-08-03=1500"_s);
    QCOMPARE(d.metrics.at(2).name, u"Licences used"_s);
}

void TestQbrData::support()
{
    const QbrData d = load(u"A1"_s, q3, QDate(2026, 11, 15));
    // Opened in Q3: C2 (urgent), C3 (low), C4 (High, 30 Sep 23:59), C7 (no priority);
    // not C5 (1 Oct), C8 (archived), C1/C6/C9 (earlier).
    QCOMPARE(d.casesOpened, 4);
    QCOMPARE(d.casesByPriority.size(), 4);
    QCOMPARE(d.casesByPriority.at(0), (QPair<QString, int>(u"Urgent"_s, 1)));
    QCOMPARE(d.casesByPriority.at(1), (QPair<QString, int>(u"High"_s, 1)));
    QCOMPARE(d.casesByPriority.at(2), (QPair<QString, int>(u"Low"_s, 1)));
    QCOMPARE(d.casesByPriority.at(3), (QPair<QString, int>(u"No priority"_s, 1)));
    // Closed in Q3: C1 (12 days, CSAT 4), C2 (2.5 days, CSAT 5), C7 (10 days, no CSAT);
    // C4 closed on 2 October.
    QCOMPARE(d.casesClosed, 3);
    QCOMPARE(d.csatAverage.value_or(-1), 4.5);
    QCOMPARE(d.medianDaysToClose.value_or(-1), 10.0);
    // Open on 30 September: C3, C4 (closed later), C9 (opened in May); C6 says closed.
    QCOMPARE(d.casesOpenAtEnd, 3);
}

void TestQbrData::voiceOfTheCustomer()
{
    const QbrData d = load(u"A1"_s, q3, QDate(2026, 11, 15));
    QCOMPARE(d.npsResponses.size(), 3);
    QCOMPARE(d.npsResponses.at(0).day, QDate(2026, 9, 30));
    QCOMPARE(d.npsResponses.at(0).score, 6);
    QCOMPARE(d.npsResponses.at(0).contact, u"张伟"_s);
    QCOMPARE(d.npsResponses.at(0).comment, u"太慢了"_s);
    QCOMPARE(d.npsResponses.at(1).day, QDate(2026, 8, 1));
    QCOMPARE(d.npsResponses.at(1).score, 9);
    QVERIFY(d.npsResponses.at(1).contact.isEmpty());
    QCOMPARE(d.npsResponses.at(2).contact, u"Jane Doe"_s);
    QCOMPARE(d.npsResponses.at(2).comment, u"Great support"_s);
    // Two promoters, one detractor of three.
    QVERIFY(qAbs(d.npsScore.value_or(-1000) - 100.0 / 3.0) < 1e-9);
}

void TestQbrData::opportunities()
{
    const QbrData d = load(u"A1"_s, q3, QDate(2026, 11, 15));
    QStringList names;
    for (const QbrData::Opportunity &o : d.opportunities)
        names.append(o.name);
    // Closing in the quarter (O1, O7) and still open (O2, O5 undated last); not O3, O4, O6.
    QCOMPARE(names,
             (QStringList { u"Acme Renewal 2026"_s, u"Lost in the quarter"_s, u"Acme Expansion +20 seats"_s,
                            u"Undated upsell"_s }));
    const QbrData::Opportunity &renewal = d.opportunities.at(0);
    QCOMPARE(renewal.type, u"renewal"_s);
    QCOMPARE(renewal.stage, u"Closed Won"_s);
    QCOMPARE(renewal.amount.value_or(-1), 120000.0);
    QCOMPARE(renewal.closeDate, QDate(2026, 7, 31));
    QVERIFY(renewal.closed);
    QVERIFY(renewal.won);
    // No flags: the stage tells.
    QVERIFY(d.opportunities.at(1).closed);
    QVERIFY(!d.opportunities.at(1).won);
    QVERIFY(!d.opportunities.at(2).closed);
    QCOMPARE(d.opportunities.at(2).closeDate, QDate(2026, 11, 15));
    QVERIFY(!d.opportunities.at(3).amount);
    QVERIFY(!d.opportunities.at(3).closeDate.isValid());
}

void TestQbrData::healthOfAPastQuarter()
{
    const QbrData d = load(u"A1"_s, q3, QDate(2026, 11, 15));
    // The weeks from 30 March (the previous quarter's) to 28 September with a score.
    QCOMPARE(points(d.healthHistory),
             u"2026-03-30=50 2026-07-20=66 2026-08-31=64 2026-09-07=60 2026-09-28=72"_s);
    QCOMPARE(d.healthHistory.name, u"Health score"_s);
    // The quarter's last snapshot, against the one four weeks before.
    QCOMPARE(d.healthScore.value_or(-1), 72);
    QCOMPARE(d.healthBand, u"yellow"_s);
    QCOMPARE(d.healthTrend.value_or(-1000), 8);
    QVERIFY(d.healthTopDrag.isEmpty());
    QCOMPARE(d.churnProbability.value_or(-1), 0.23);
    QCOMPARE(d.churnDrivers, (QStringList { u"Usage trend"_s, u"Segment: Enterprise"_s }));
}

void TestQbrData::quarterStillRunning()
{
    const QbrData d = load(u"A1"_s, q3, QDate(2026, 8, 20));
    QCOMPARE(d.asOf, QDate(2026, 8, 20));
    // Data up to today only.
    QCOMPARE(points(d.licencesUsed), u"2026-07-01=41 2026-07-06=55"_s);
    QCOMPARE(points(d.activeUsers), u"2026-07-13=30"_s);
    QCOMPARE(d.utilisationEnd.value_or(-1), 0.55);
    QCOMPARE(points(d.healthHistory), u"2026-03-30=50 2026-07-20=66"_s);
    QCOMPARE(d.casesOpened, 3); // C2, C3, C7
    QCOMPARE(d.casesClosed, 3);
    QCOMPARE(d.casesOpenAtEnd, 2); // C3, C9
    QCOMPARE(d.npsResponses.size(), 2);
    // The health now: the override's green 80, against the snapshot of 20 July.
    QCOMPARE(d.healthScore.value_or(-1), 80);
    QCOMPARE(d.healthBand, u"green"_s);
    QCOMPARE(d.healthTrend.value_or(-1000), 14);
    QVERIFY2(d.healthTopDrag.contains(u"Licence utilisation"_s) && d.healthTopDrag.contains(u"41"_s),
             qPrintable(d.healthTopDrag));
}

void TestQbrData::futureQuarterHasNoData()
{
    const QbrData d = load(u"A1"_s, { 2027, 1 }, QDate(2026, 11, 15));
    QCOMPARE(d.accountName, u"Acme Corp"_s);
    QVERIFY(!d.hasUsage());
    // The history still shows the quarter before (up to today); no score for the quarter.
    QCOMPARE(points(d.healthHistory), u"2026-09-28=72 2026-10-05=90"_s);
    QVERIFY(!d.healthScore);
    QVERIFY(d.healthBand.isEmpty());
    QCOMPARE(d.casesOpened, 0);
    QCOMPARE(d.casesOpenAtEnd, 0);
    QVERIFY(d.npsResponses.isEmpty());
}

void TestQbrData::accountWithoutData()
{
    const QbrData d = load(u"A2"_s, q3, QDate(2026, 11, 15));
    QCOMPARE(d.accountName, u"Empty Co"_s);
    QCOMPARE(d.csmName, u"U9"_s); // not a user of the cache: the id
    QVERIFY(!d.arr);
    QVERIFY(!d.renewalDate.isValid());
    QVERIFY(!d.hasUsage());
    QVERIFY(d.licencesUsed.points.isEmpty());
    QVERIFY(d.licencesPurchased.points.isEmpty()); // nothing used: no line to compare with
    QVERIFY(d.activeUsers.points.isEmpty());
    QVERIFY(d.metrics.isEmpty());
    QVERIFY(!d.utilisationStart && !d.utilisationEnd);
    QCOMPARE(d.casesOpened, 0);
    QCOMPARE(d.casesClosed, 0);
    QCOMPARE(d.casesOpenAtEnd, 0);
    QVERIFY(d.casesByPriority.isEmpty());
    QVERIFY(!d.csatAverage && !d.medianDaysToClose);
    QVERIFY(d.npsResponses.isEmpty());
    QVERIFY(!d.npsScore);
    QVERIFY(d.opportunities.isEmpty());
    QCOMPARE(points(d.healthHistory), u"2026-09-28=40"_s);
    QCOMPARE(d.healthBand, u"red"_s);
    QVERIFY(!d.healthTrend);
    QVERIFY(!d.churnProbability);
    QVERIFY(d.churnDrivers.isEmpty());
}

void TestQbrData::errors()
{
    QString error;
    QVERIFY(!QbrData::load(*m_db, u"NOPE-1"_s, q3, QDate(2026, 11, 15), &error));
    QVERIFY2(error.contains(u"NOPE-1"_s), qPrintable(error));
    QVERIFY(!QbrData::load(*m_db, u"A1"_s, QbrQuarter {}, QDate(2026, 11, 15), &error));
    QVERIFY2(error.contains(u"2026Q3"_s), qPrintable(error));
    // Without a today the current date is used.
    QVERIFY(QbrData::load(*m_db, u"A1"_s, q3, QDate(), &error));
    QVERIFY(error.isEmpty());
}

void TestQbrData::everyAccountOfADemoCache()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    DemoOptions options;
    options.accounts = 60;
    options.asOf = QDate(2026, 8, 20);
    QString error;
    QVERIFY2(TestSupport::buildDemoCache(db, dir.path(), options, &error, { options.asOf, true }),
             qPrintable(error));
    QStringList ids;
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT id FROM accounts ORDER BY id"_s));
        while (q.next())
            ids.append(q.value(0).toString());
    }
    QCOMPARE(ids.size(), 60);
    const QbrQuarter quarter { 2026, 2 }; // the last full quarter
    int withUsage = 0;
    int opened = 0;
    int responses = 0;
    int withHealth = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString &id : std::as_const(ids)) {
        const std::optional<QbrData> d = QbrData::load(db, id, quarter, options.asOf, &error);
        QVERIFY2(d, qPrintable(error));
        withUsage += d->hasUsage() ? 1 : 0;
        opened += d->casesOpened;
        responses += int(d->npsResponses.size());
        withHealth += d->healthHistory.points.isEmpty() ? 0 : 1;
        for (const QbrData::Point &p : d->licencesUsed.points)
            QVERIFY(quarter.contains(p.day));
        if (d->utilisationEnd)
            QVERIFY(*d->utilisationEnd >= 0);
    }
    qInfo("QbrData::load: %d accounts in %lld ms", int(ids.size()), timer.elapsed());
    // The figures agree with the cache counted another way.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM cases WHERE archived = 0 AND substr(opened_at, 1, 10)"
                   " BETWEEN '2026-04-01' AND '2026-06-30'"_s)
            && q.next());
    QCOMPARE(opened, q.value(0).toInt());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM nps WHERE archived = 0 AND score IS NOT NULL"
                   " AND substr(responded_at, 1, 10) BETWEEN '2026-04-01' AND '2026-06-30'"_s)
            && q.next());
    QCOMPARE(responses, q.value(0).toInt());
    QVERIFY(opened > 0);
    QVERIFY(withUsage > 30);
    QVERIFY(withHealth > 30); // the import scored the history
}

QTEST_GUILESS_MAIN(TestQbrData)
#include "tst_qbrdata.moc"
