// The dashboard's figures: on a hand-built cache where every number is known (bands with
// overrides holding and expired, renewals on the edges of months, NPS responses on the
// edges of the year, snapshots of accounts churned or archived since), and on the demo
// company's book in every scope, where each figure must equal the count and the sums of
// the list its AccountFilter selects.
#include "TestSupport.h"
#include "accounts/AccountFilter.h"
#include "dashboard/DashboardData.h"
#include "dashboard/DashboardJob.h"
#include "demo/DemoExportWriter.h"
#include "health/HealthRecompute.h"
#include "health/HealthStore.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QMap>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cmath>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

using Band = DashboardData::Band;
using Nps = DashboardData::NpsCategory;

namespace {

const QDate today(2025, 6, 16); // a Monday

QString dateIn(int days)
{
    return today.addDays(days).toString(Qt::ISODate);
}

bool exec(Database &db, const QString &sql, const QVariantList &values = {}, QString *error = nullptr)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql) || [&] {
            for (const QVariant &v : values)
                q.addBindValue(v);
            return !q.exec();
        }()) {
        const QString message = q.lastError().text() + u" in "_s + sql;
        if (error)
            *error = message;
        qWarning().noquote() << message;
        return false;
    }
    return true;
}

// What the account list shows for `filter`: its count, ARR per currency and ARR x churn
// probability per currency.
struct Listed
{
    qint64 count = -1;
    QMap<QString, double> arr;
    QMap<QString, double> atRisk;
};

Listed list(Database &db, const AccountFilter &filter)
{
    Listed listed;
    QVariantList binds;
    const QString where = filter.sqlCondition(&binds);
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT COALESCE(a.currency, ''), COUNT(*), TOTAL(a.arr), TOTAL(a.arr * c.probability)"
              " FROM accounts a LEFT JOIN users u ON u.id = a.owner_id"
              " LEFT JOIN churn_scores c ON c.account_id = a.id WHERE "_s
              + where + u" GROUP BY 1"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return listed;
    }
    listed.count = 0;
    while (q.next()) {
        listed.count += q.value(1).toLongLong();
        listed.arr.insert(q.value(0).toString(), q.value(2).toDouble());
        listed.atRisk.insert(q.value(0).toString(), q.value(3).toDouble());
    }
    return listed;
}

QStringList listedIds(Database &db, const AccountFilter &filter)
{
    QVariantList binds;
    const QString where = filter.sqlCondition(&binds);
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT a.id FROM accounts a WHERE "_s + where + u" ORDER BY a.id"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QStringList ids;
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QMap<QString, double> arrOf(const QList<DashboardData::Money> &money)
{
    QMap<QString, double> map;
    for (const DashboardData::Money &m : money)
        map.insert(m.currency, m.amount);
    return map;
}

// Equal up to the rounding of sums taken in another order.
bool sameAmounts(const QMap<QString, double> &a, const QMap<QString, double> &b)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (std::abs(it.value() - b.value(it.key())) > 1e-6 * std::max(1.0, std::abs(it.value())))
            return false;
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (std::abs(it.value()) > 1e-9 && !a.contains(it.key()))
            return false;
    }
    return true;
}

QByteArray describe(const QMap<QString, double> &map)
{
    QByteArray text;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        text += it.key().toUtf8() + '=' + QByteArray::number(it.value(), 'f', 2) + ' ';
    return text;
}

DashboardData read(Database &db, Workspace::Scope scope, const QString &user, bool retention = false,
                   qint64 bulkNpsFrom = DashboardData::Options().bulkNpsFrom)
{
    DashboardData::Options options;
    options.scope = scope;
    options.userId = user;
    options.today = today;
    options.retention = retention;
    options.bulkNpsFrom = bulkNpsFrom;
    return DashboardData::compute(db, options);
}

// The book (today = 2025-06-16): Alice (U1) and Bob (U2) are team T1, Carol (U3) T2.
struct Fixture
{
    QTemporaryDir dir;
    Database db;
    QString error;

    bool account(const char *id, const char *owner, const char *currency, double arr, const QVariant &renewal,
                 const char *stage, bool archived = false)
    {
        return exec(db,
                    u"INSERT INTO accounts (id, name, owner_id, currency, arr, renewal_date, lifecycle_stage,"
                    " archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    { QString::fromLatin1(id), QString(u"Account "_s + QString::fromLatin1(id)),
                      QString::fromLatin1(owner), QString::fromLatin1(currency), arr, renewal,
                      QString::fromLatin1(stage), archived ? 1 : 0 },
                    &error);
    }

    bool score(const char *id, const char *band)
    {
        const QString b = QString::fromLatin1(band);
        return exec(db,
                    u"INSERT INTO health_scores (account_id, score, band, as_of, computed_at, contributions)"
                    " VALUES (?, ?, ?, '2025-06-16', '2025-06-16T06:00:00Z', '[]')"_s,
                    { QString::fromLatin1(id),
                      b == "none"_L1 ? QVariant()
                                     : QVariant(b == "red"_L1          ? 30
                                                    : b == "yellow"_L1 ? 60
                                                                       : 90),
                      b },
                    &error);
    }

    bool snapshot(const char *week, const char *id, const char *band)
    {
        return exec(db, u"INSERT INTO health_history (week, account_id, score, band) VALUES (?, ?, 50, ?)"_s,
                    { QString::fromLatin1(week), QString::fromLatin1(id), QString::fromLatin1(band) },
                    &error);
    }

    bool nps(const char *id, const char *account, const QVariant &score, const char *at,
             bool archived = false)
    {
        return exec(
            db, u"INSERT INTO nps (id, account_id, score, responded_at, archived) VALUES (?, ?, ?, ?, ?)"_s,
            { QString::fromLatin1(id), QString::fromLatin1(account), score, QString::fromLatin1(at),
              archived ? 1 : 0 },
            &error);
    }

    bool churn(const char *id, double p)
    {
        return exec(db,
                    u"INSERT INTO churn_scores (account_id, probability, drivers, computed_at)"
                    " VALUES (?, ?, '[]', '2025-06-16T06:00:00Z')"_s,
                    { QString::fromLatin1(id), p }, &error);
    }

    bool build()
    {
        if (!db.open(dir.filePath(u"cache.sqlite"_s), &error))
            return false;
        const QString later = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
        const QString earlier = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
        return exec(db,
                    u"INSERT INTO users (id, name, team) VALUES ('U1', 'Alice Martin', 'T1'),"
                    " ('U2', 'Bob Chen', 'T1'), ('U3', 'Carol Diaz', 'T2')"_s,
                    {}, &error)
            && account("A01", "U1", "USD", 100000, dateIn(10), "adoption")
            && account("A02", "U1", "USD", 200000, u"2025-07-15"_s, "renewal")
            && account("A03", "U1", "CNY", 700000, u"2025-07-20"_s, "adoption")
            && account("A04", "U1", "USD", 50000, dateIn(-5), "renewal")
            && account("A05", "U1", "USD", 80000, u"2026-05-31"_s, "onboarding")
            && account("A06", "U1", "USD", 30000, u"2026-06-01"_s, "adoption") // past the 12 months
            && account("A07", "U1", "USD", 999, dateIn(20), "churned")
            && account("A08", "U1", "USD", 5000, dateIn(20), "adoption", true)
            && account("A09", "U2", "USD", 120000, u"2025-06-30"_s, "expansion")
            && account("A10", "U2", "EUR", 60000, dateIn(0), "at_risk")
            && account("A11", "U3", "USD", 90000, dateIn(-1), "adoption")
            // Health now: A03's override (red) holds, A04's (green) expired.
            && score("A01", "green") && score("A02", "red") && score("A03", "yellow")
            && score("A04", "yellow") && score("A06", "none") && score("A07", "red") && score("A09", "green")
            && score("A10", "red") && score("A11", "green")
            && exec(db,
                    u"INSERT INTO health_overrides (id, account_id, band, reason, author, created_at, "
                    u"expires_at)"
                    " VALUES ('O1', 'A03', 'red', 'Champion left', 'U1', '2025-06-01T00:00:00Z', ?),"
                    " ('O2', 'A04', 'green', 'Renewal signed', 'U1', '2025-05-01T00:00:00Z', ?),"
                    " ('O3', 'A01', 'red', 'Cleared', 'U1', '2025-05-01T00:00:00Z', ?)"_s,
                    { later, earlier, later }, &error)
            && exec(db, u"UPDATE health_overrides SET cleared_at = '2025-05-02T00:00:00Z' WHERE id = 'O3'"_s,
                    {}, &error)
            // Weekly snapshots; 2025-06-02 has none.
            && snapshot("2025-06-16", "A01", "green") && snapshot("2025-06-16", "A02", "red")
            && snapshot("2025-06-16", "A03", "red") && snapshot("2025-06-16", "A04", "yellow")
            && snapshot("2025-06-16", "A09", "green") && snapshot("2025-06-16", "A10", "red")
            && snapshot("2025-06-16", "A11", "green") && snapshot("2025-06-09", "A01", "green")
            && snapshot("2025-06-09", "A02", "yellow") && snapshot("2025-06-09", "A03", "yellow")
            && snapshot("2025-06-09", "A04", "yellow") && snapshot("2025-06-09", "A07", "red")
            && snapshot("2025-06-09", "A08", "green") && snapshot("2025-05-26", "A01", "yellow")
            && snapshot("2025-05-26", "A02", "yellow") && snapshot("2024-01-01", "A01", "red")
            && snapshot("2025-06-23", "A01", "red")
            // NPS, the window being 2024-06-16 through 2025-06-16.
            && nps("N01", "A01", 10, "2024-06-10T09:00:00Z") && nps("N02", "A01", 3, "2025-03-01T09:00:00Z")
            && nps("N03", "A02", 9, "2024-06-16T00:00:00Z") && nps("N04", "A02", 8, "2025-06-16T23:59:00Z")
            && nps("N05", "A03", 10, "2025-01-05T10:00:00Z") && nps("N06", "A03", 9, "2025-02-05T10:00:00Z")
            && nps("N07", "A04", 0, "2025-06-17T08:00:00Z")
            && nps("N08", "A04", QVariant(), "2025-05-01T08:00:00Z")
            && nps("N09", "A05", 7, "2025-04-01T08:00:00Z", true)
            && nps("N10", "A05", 11, "2025-04-02T08:00:00Z") && nps("N11", "A07", 2, "2025-05-01T08:00:00Z")
            && nps("N12", "A09", 6, "2025-05-05T08:00:00Z")
            // The same instant: the later record is the latest answer.
            && nps("N13", "A09", 10, "2025-05-05T08:00:00Z")
            // Churn probabilities (A05 and A11 have none).
            && churn("A01", 0.1) && churn("A02", 0.5) && churn("A03", 0.2) && churn("A04", 0.4)
            && churn("A07", 0.9) && churn("A09", 0.25) && churn("A10", 0.8);
    }
};

// The demo company's book: imported, health recomputed as of six Mondays (a trend), and
// churn probabilities written the way ChurnRisk stores them.
struct DemoFixture
{
    QTemporaryDir dir;
    Database db;
    QString error;

    bool build(int accounts)
    {
        // The import scores health as of today with weeks of history, and trains the
        // churn model (HealthRefresh).
        if (!TestSupport::buildDemoCache(
                db, dir.path(), { .accounts = accounts, .usageWeeks = 30, .asOf = today }, &error, { today }))
            return false;
        QSqlQuery weeks(db.connection());
        if (!weeks.exec(u"SELECT COUNT(DISTINCT week) FROM health_history"_s) || !weeks.next())
            return false;
        for (int weeksAgo = 5; weeks.value(0).toInt() < 6 && weeksAgo >= 0; --weeksAgo) {
            HealthRecompute recompute(db);
            recompute.setAsOf(today.addDays(-7 * weeksAgo));
            recompute.setNow(QDateTime(today.addDays(-7 * weeksAgo), QTime(6, 0), QTimeZone::utc()));
            if (!recompute.recomputeAll()) {
                error = recompute.lastError();
                return false;
            }
        }
        // An override on a few accounts, one of them on an account scored red.
        HealthStore store(db);
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT account_id FROM health_scores WHERE band = 'red' ORDER BY account_id LIMIT 3"_s))
            return false;
        while (q.next()) {
            if (store
                    .setOverride(q.value(0).toString(), Band::Green, std::nullopt, u"Exec sponsor engaged"_s,
                                 QDateTime::currentDateTimeUtc().addDays(60), u"test"_s)
                    .isEmpty()) {
                error = store.lastError();
                return false;
            }
        }
        // Probabilities where the model could not train on so small a book.
        return exec(db,
                    u"INSERT OR IGNORE INTO churn_scores (account_id, probability, drivers, computed_at)"
                    " SELECT id, (pk * 37 % 100) / 100.0, '[]', '2025-06-16T06:00:00Z' FROM accounts"
                    " WHERE archived = 0 AND pk % 5 <> 0 AND NOT EXISTS (SELECT 1 FROM churn_scores)"_s,
                    {}, &error);
    }
};

} // namespace

class TestDashboardData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthMixByCountAndArr();
    void overridesDecideTheBandShown();
    void renewalsByMonthWithArrAtRisk();
    void npsCountsResponsesAndLatestCategory();
    void npsFilterTakesTheLatestResponseInTheYear();
    void trendCountsEverySnapshotInScope();
    void scopes();
    void everyFigureListsExactlyItsAccounts_data();
    void everyFigureListsExactlyItsAccounts();
    void demoBookInEveryScope_data();
    void demoBookInEveryScope();
    void filtersRoundTrip();
    void churnModelIsReported();
    void retentionFromTheForecast();
    void emptyCache();
    void reportsAnUnreadableCache();
    void jobDeliversTheNewestRequestOnly();
    void scalesToAManagersExport();
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

private:
    void checkEveryFigure(Database &db, const DashboardData &d);

    Fixture m_fixture;
    std::unique_ptr<DemoFixture> m_demo;
};

void TestDashboardData::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_fixture.build(), qPrintable(m_fixture.error));
}

void TestDashboardData::healthMixByCountAndArr()
{
    const DashboardData d = read(m_fixture.db, Workspace::Scope::MyBook, u"U1"_s);
    QVERIFY2(d.isValid(), qPrintable(d.error));
    QCOMPARE(d.today, today);
    QVERIFY(d.healthComputed);
    // A01-A06; A07 is churned, A08 archived.
    QCOMPARE(d.liveBook.count, 6);
    QCOMPARE(d.churnedAccounts, 1);
    QCOMPARE(d.mainCurrency, u"USD"_s);
    QCOMPARE(d.otherCurrencies(), (QList<DashboardData::Money> { { u"CNY"_s, 700000, 1 } }));
    const auto &green = d.healthMix[int(Band::Green)];
    const auto &red = d.healthMix[int(Band::Red)];
    const auto &yellow = d.healthMix[int(Band::Yellow)];
    const auto &none = d.healthMix[int(Band::None)];
    QCOMPARE(green.count, 1); // A01
    QCOMPARE(green.arrIn(u"USD"_s), 100000.0);
    QCOMPARE(red.count, 2); // A02, A03 (its override)
    QCOMPARE(red.arrIn(u"USD"_s), 200000.0);
    QCOMPARE(red.arrIn(u"CNY"_s), 700000.0);
    QCOMPARE(red.arr.first().currency, u"USD"_s); // the main currency first
    QCOMPARE(yellow.count, 1); // A04 (its override expired)
    QCOMPARE(yellow.arrIn(u"USD"_s), 50000.0);
    QCOMPARE(none.count, 2); // A05 never scored, A06 scored 'none'
    QCOMPARE(none.arrIn(u"USD"_s), 110000.0);
    QCOMPARE(green.filter.healthBands, QStringList { u"green"_s });
    QCOMPARE(none.filter.healthBands, QStringList { u"none"_s });
    QCOMPARE(green.filter.scope, Workspace::Scope::MyBook);
    QCOMPARE(green.filter.scopeUserId, u"U1"_s);
    QCOMPARE(green.filter.lifecycleStages,
             (QStringList { u"adoption"_s, u"onboarding"_s, u"renewal"_s })); // not churned
}

void TestDashboardData::overridesDecideTheBandShown()
{
    const DashboardData d = read(m_fixture.db, Workspace::Scope::MyBook, u"U1"_s);
    QCOMPARE(listedIds(m_fixture.db, d.healthMix[int(Band::Red)].filter),
             (QStringList { u"A02"_s, u"A03"_s }));
    QCOMPARE(listedIds(m_fixture.db, d.healthMix[int(Band::Yellow)].filter), QStringList { u"A04"_s });
    // A01's cleared override (red) no longer holds.
    QCOMPARE(listedIds(m_fixture.db, d.healthMix[int(Band::Green)].filter), QStringList { u"A01"_s });
}

void TestDashboardData::renewalsByMonthWithArrAtRisk()
{
    const DashboardData d = read(m_fixture.db, Workspace::Scope::MyBook, u"U1"_s);
    QCOMPARE(d.renewals.size(), 12);
    QCOMPARE(d.renewals.at(0).from, today); // this month from today on
    QCOMPARE(d.renewals.at(0).to, QDate(2025, 6, 30));
    QCOMPARE(d.renewals.at(1).from, QDate(2025, 7, 1));
    QCOMPARE(d.renewals.at(11).from, QDate(2026, 5, 1));
    QCOMPARE(d.renewals.at(11).to, QDate(2026, 5, 31));

    const auto &june = d.renewals.at(0);
    QCOMPARE(june.renewals.count, 1); // A01
    QCOMPARE(june.renewals.arrIn(u"USD"_s), 100000.0);
    QCOMPARE(june.atRiskIn(u"USD"_s), 10000.0);
    QCOMPARE(june.scored, 1);
    const auto &july = d.renewals.at(1);
    QCOMPARE(july.renewals.count, 2); // A02, A03
    QCOMPARE(july.renewals.arrIn(u"USD"_s), 200000.0);
    QCOMPARE(july.renewals.arrIn(u"CNY"_s), 700000.0);
    QCOMPARE(july.atRiskIn(u"USD"_s), 100000.0);
    QCOMPARE(july.atRiskIn(u"CNY"_s), 140000.0);
    const auto &may = d.renewals.at(11);
    QCOMPARE(may.renewals.count, 1); // A05, not scored: nothing at risk
    QCOMPARE(may.renewals.arrIn(u"USD"_s), 80000.0);
    QCOMPARE(may.atRiskIn(u"USD"_s), 0.0);
    QCOMPARE(may.scored, 0);
    for (int i = 2; i < 11; ++i)
        QCOMPARE(d.renewals.at(i).renewals.count, 0);
    QCOMPARE(d.overdue.renewals.count, 1); // A04, not the churned A07's
    QCOMPARE(d.overdue.renewals.arrIn(u"USD"_s), 50000.0);
    QCOMPARE(d.overdue.atRiskIn(u"USD"_s), 20000.0);
    QVERIFY(d.overdue.renewals.filter.overdueRenewals);
    QCOMPARE(july.renewals.filter.renewalFrom, QDate(2025, 7, 1));
    QCOMPARE(july.renewals.filter.renewalTo, QDate(2025, 7, 31));

    // All: today's and the month's last day count in June; EUR is kept apart.
    const DashboardData all = read(m_fixture.db, Workspace::Scope::All, QString());
    const auto &allJune = all.renewals.at(0);
    QCOMPARE(allJune.renewals.count, 3); // A01, A09, A10
    QCOMPARE(allJune.renewals.arrIn(u"USD"_s), 220000.0);
    QCOMPARE(allJune.renewals.arrIn(u"EUR"_s), 60000.0);
    QCOMPARE(allJune.atRiskIn(u"USD"_s), 40000.0);
    QCOMPARE(allJune.atRiskIn(u"EUR"_s), 48000.0);
    QCOMPARE(all.overdue.renewals.count, 2); // + A11, due yesterday
}

void TestDashboardData::npsCountsResponsesAndLatestCategory()
{
    const DashboardData d = read(m_fixture.db, Workspace::Scope::MyBook, u"U1"_s);
    QCOMPARE(d.nps.from, QDate(2024, 6, 16));
    QCOMPARE(d.nps.until, today);
    // N03 (first day) and N05, N06; N04 (last day, late evening); N02. Not N01 (too old),
    // N07 (tomorrow), N08 (no score), N09 (archived), N10 (11), N11 (churned account).
    QCOMPARE(d.nps.responses[int(Nps::Promoter)], 3);
    QCOMPARE(d.nps.responses[int(Nps::Passive)], 1);
    QCOMPARE(d.nps.responses[int(Nps::Detractor)], 1);
    QCOMPARE(d.nps.totalResponses(), 5);
    QCOMPARE(d.nps.score().value(), 40.0);
    QCOMPARE(d.nps.accounts[int(Nps::Promoter)].count, 1); // A03
    QCOMPARE(d.nps.accounts[int(Nps::Promoter)].arrIn(u"CNY"_s), 700000.0);
    QCOMPARE(d.nps.accounts[int(Nps::Passive)].count, 1); // A02: its latest is the 8
    QCOMPARE(d.nps.accounts[int(Nps::Detractor)].count, 1); // A01
    QCOMPARE(d.nps.accounts[int(Nps::Detractor)].arrIn(u"USD"_s), 100000.0);

    const DashboardData team = read(m_fixture.db, Workspace::Scope::MyTeam, u"U1"_s);
    QCOMPARE(team.nps.responses[int(Nps::Detractor)], 2); // + A09's 6
    QCOMPARE(team.nps.responses[int(Nps::Promoter)], 4); // + A09's 10, at the same instant
    QCOMPARE(team.nps.totalResponses(), 7);
    QVERIFY(std::abs(team.nps.score().value() - 200.0 / 7.0) < 1e-9);
    QCOMPARE(team.nps.accounts[int(Nps::Promoter)].count, 2); // A03, A09 (its later record)
    QCOMPARE(team.nps.accounts[int(Nps::Detractor)].count, 1);

    const DashboardData carol = read(m_fixture.db, Workspace::Scope::MyBook, u"U3"_s);
    QCOMPARE(carol.nps.totalResponses(), 0);
    QVERIFY(!carol.nps.score().has_value());
}

void TestDashboardData::npsFilterTakesTheLatestResponseInTheYear()
{
    AccountFilter f;
    f.today = today;
    f.npsCategories = { u"promoter"_s };
    // Not A01: its 10 is too old. A09's 6 and 10 came at the same instant: the later counts.
    QCOMPARE(listedIds(m_fixture.db, f), (QStringList { u"A03"_s, u"A09"_s }));
    f.npsCategories = { u"detractor"_s };
    // A07 is churned but the filter alone does not know it; A04's 0 is tomorrow's.
    QCOMPARE(listedIds(m_fixture.db, f), (QStringList { u"A01"_s, u"A07"_s }));
    f.npsCategories = { u"passive"_s, u"promoter"_s };
    QCOMPARE(listedIds(m_fixture.db, f), (QStringList { u"A02"_s, u"A03"_s, u"A09"_s }));
    // A day later A02's 9 of 2024-06-16 falls out; its 8 is still the latest.
    f.today = today.addDays(1);
    f.npsCategories = { u"detractor"_s };
    QCOMPARE(listedIds(m_fixture.db, f), (QStringList { u"A01"_s, u"A04"_s, u"A07"_s }));
    QCOMPARE(f.summary(), u"Latest NPS detractor"_s);
}

void TestDashboardData::trendCountsEverySnapshotInScope()
{
    const DashboardData d = read(m_fixture.db, Workspace::Scope::MyBook, u"U1"_s);
    QCOMPARE(d.trend.size(), 26);
    QCOMPARE(d.trend.last().week, today);
    QCOMPARE(d.trend.first().week, today.addDays(-7 * 25));
    const auto counts = [&](int index) {
        const DashboardData::TrendWeek &w = d.trend.at(index);
        return QList<qint64> { w.counts[int(Band::Red)], w.counts[int(Band::Yellow)],
                               w.counts[int(Band::Green)] };
    };
    QCOMPARE(counts(25), (QList<qint64> { 2, 1, 1 }));
    // A07 (churned since) and A08 (archived since) were in the book that week.
    QCOMPARE(counts(24), (QList<qint64> { 1, 3, 2 }));
    QCOMPARE(d.trend.at(23).total(), 0); // no snapshot that week
    QCOMPARE(counts(22), (QList<qint64> { 0, 2, 0 }));
    qint64 before = 0;
    for (int i = 0; i < 22; ++i)
        before += d.trend.at(i).total();
    QCOMPARE(before, 0); // 2024's snapshot is older than 26 weeks

    const AccountFilter f = d.trendSliceFilter(24, Band::Green);
    QCOMPARE(f.healthWeek, QDate(2025, 6, 9));
    QCOMPARE(listedIds(m_fixture.db, f), (QStringList { u"A01"_s, u"A08"_s }));
    QVERIFY2(f.summary().contains(u"green in the week of"_s), qPrintable(f.summary()));

    const DashboardData all = read(m_fixture.db, Workspace::Scope::All, QString());
    QCOMPARE(all.trend.last().counts[int(Band::Green)], 3); // A01, A09, A11
    QCOMPARE(all.trend.last().total(), 7);
}

void TestDashboardData::scopes()
{
    const DashboardData team = read(m_fixture.db, Workspace::Scope::MyTeam, u"U2"_s);
    QCOMPARE(team.liveBook.count, 8); // Alice's six and Bob's two
    QCOMPARE(team.healthMix[int(Band::Red)].count, 3); // + A10
    QCOMPARE(team.healthMix[int(Band::Green)].count, 2); // + A09
    QCOMPARE(team.otherCurrencies().size(), 2); // CNY and EUR
    const DashboardData all = read(m_fixture.db, Workspace::Scope::All, u"U1"_s);
    QCOMPARE(all.liveBook.count, 9);
    QCOMPARE(all.healthMix[int(Band::Green)].count, 3);
    QCOMPARE(all.liveBook.filter.scope, Workspace::Scope::All);
    const DashboardData carol = read(m_fixture.db, Workspace::Scope::MyBook, u"U3"_s);
    QCOMPARE(carol.liveBook.count, 1);
    QCOMPARE(carol.churnedAccounts, 0);
    QVERIFY(carol.liveBook.filter.lifecycleStages.isEmpty()); // nothing churned to leave out
    QCOMPARE(carol.trend.last().total(), 1);
}

void TestDashboardData::checkEveryFigure(Database &db, const DashboardData &d)
{
    QVERIFY2(d.isValid(), qPrintable(d.error));
    const auto check = [&](const QByteArray &which, const DashboardData::Slice &slice) {
        const Listed listed = list(db, slice.filter);
        const QByteArray message = which + ": listed " + QByteArray::number(listed.count) + ", counted "
            + QByteArray::number(slice.count);
        QVERIFY2(listed.count == slice.count, message.constData());
        QVERIFY2(
            sameAmounts(listed.arr, arrOf(slice.arr)),
            QByteArray(which + ": listed " + describe(listed.arr) + "counted " + describe(arrOf(slice.arr)))
                .constData());
    };
    qint64 banded = 0;
    for (int b = 0; b < DashboardData::bandCount; ++b) {
        check("band " + QByteArray::number(b), d.healthMix[b]);
        banded += d.healthMix[b].count;
    }
    QCOMPARE(banded, d.liveBook.count);
    check("live book", d.liveBook);

    QList<const DashboardData::RenewalMonth *> months { &d.overdue };
    for (const DashboardData::RenewalMonth &m : d.renewals)
        months << &m;
    for (const DashboardData::RenewalMonth *m : std::as_const(months)) {
        const QByteArray which = "renewals " + m->from.toString(Qt::ISODate).toLatin1();
        check(which, m->renewals);
        const Listed listed = list(db, m->renewals.filter);
        QVERIFY2(sameAmounts(listed.atRisk, arrOf(m->arrAtRisk)),
                 QByteArray(which + " at risk: listed " + describe(listed.atRisk) + "counted "
                            + describe(arrOf(m->arrAtRisk)))
                     .constData());
    }

    for (int c = 0; c < DashboardData::npsCategoryCount; ++c)
        check("nps " + QByteArray::number(c), d.nps.accounts[c]);
    // Responses, counted another way: per account in the live book, in the window.
    QVariantList binds { d.nps.from.toString(Qt::ISODate), d.today.addDays(1).toString(Qt::ISODate) };
    const QString where = d.liveBook.filter.sqlCondition(&binds);
    QSqlQuery q(db.connection());
    QVERIFY(q.prepare(u"SELECT SUM(n.score >= 9), SUM(n.score IN (7, 8)), SUM(n.score <= 6) FROM nps n"
                      " WHERE n.archived = 0 AND n.score IS NOT NULL AND n.score BETWEEN 0 AND 10"
                      " AND substr(n.responded_at, 1, 10) >= ? AND substr(n.responded_at, 1, 10) < ?"
                      " AND n.account_id IN (SELECT a.id FROM accounts a WHERE "_s
                      + where + u")"_s));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(d.nps.responses[int(Nps::Promoter)], q.value(0).toLongLong());
    QCOMPARE(d.nps.responses[int(Nps::Passive)], q.value(1).toLongLong());
    QCOMPARE(d.nps.responses[int(Nps::Detractor)], q.value(2).toLongLong());

    for (int i = 0; i < d.trend.size(); ++i) {
        for (const Band band : { Band::Red, Band::Yellow, Band::Green }) {
            const qint64 listed = list(db, d.trendSliceFilter(i, band)).count;
            const QByteArray message = "trend week " + QByteArray::number(i) + " band "
                + QByteArray::number(int(band)) + ": listed " + QByteArray::number(listed) + ", counted "
                + QByteArray::number(d.trend.at(i).counts[int(band)]);
            QVERIFY2(listed == d.trend.at(i).counts[int(band)], message.constData());
        }
    }
}

void TestDashboardData::everyFigureListsExactlyItsAccounts_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("user");
    QTest::newRow("Alice's book") << int(Workspace::Scope::MyBook) << u"U1"_s;
    QTest::newRow("Alice's team") << int(Workspace::Scope::MyTeam) << u"U1"_s;
    QTest::newRow("Carol's book") << int(Workspace::Scope::MyBook) << u"U3"_s;
    QTest::newRow("all") << int(Workspace::Scope::All) << u"U1"_s;
    QTest::newRow("nobody") << int(Workspace::Scope::MyBook) << QString();
}

void TestDashboardData::everyFigureListsExactlyItsAccounts()
{
    QFETCH(int, scope);
    QFETCH(QString, user);
    checkEveryFigure(m_fixture.db, read(m_fixture.db, Workspace::Scope(scope), user));
    // NPS read in bulk (every response, then the book's) as for a large scope.
    checkEveryFigure(m_fixture.db, read(m_fixture.db, Workspace::Scope(scope), user, false, 0));
}

void TestDashboardData::demoBookInEveryScope_data()
{
    QTest::addColumn<int>("scope");
    QTest::newRow("my book") << int(Workspace::Scope::MyBook);
    QTest::newRow("my team") << int(Workspace::Scope::MyTeam);
    QTest::newRow("all") << int(Workspace::Scope::All);
}

void TestDashboardData::demoBookInEveryScope()
{
    QFETCH(int, scope);
    if (!m_demo) {
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY2(m_demo->build(400), qPrintable(m_demo->error));
    }
    Database &db = m_demo->db;
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT owner_id FROM accounts WHERE archived = 0 GROUP BY owner_id"
                   " ORDER BY COUNT(*) DESC, owner_id LIMIT 1"_s)
            && q.next());
    const QString user = q.value(0).toString();
    const DashboardData d = read(db, Workspace::Scope(scope), user);
    checkEveryFigure(db, d);
    const DashboardData bulk = read(db, Workspace::Scope(scope), user, false, 0);
    checkEveryFigure(db, bulk);
    for (int c = 0; c < DashboardData::npsCategoryCount; ++c) {
        QCOMPARE(bulk.nps.responses[c], d.nps.responses[c]);
        QCOMPARE(bulk.nps.accounts[c].count, d.nps.accounts[c].count);
    }

    // The demo company is a real-looking book: every band, renewals most months, some of
    // their ARR at risk, NPS in all three categories, six weeks of trend.
    QVERIFY(d.liveBook.count > 0);
    for (const Band band : { Band::Red, Band::Yellow, Band::Green })
        QVERIFY2(d.healthMix[int(band)].count > 0, qPrintable(HealthScorecard::bandKeyword(band)));
    int monthsWithRenewals = 0;
    double atRisk = 0;
    for (const auto &m : d.renewals) {
        monthsWithRenewals += m.renewals.count > 0 ? 1 : 0;
        atRisk += m.atRiskIn(d.mainCurrency);
    }
    QVERIFY(monthsWithRenewals >= (scope == int(Workspace::Scope::MyBook) ? 4 : 10));
    QVERIFY(atRisk > 0);
    for (int c = 0; c < DashboardData::npsCategoryCount; ++c)
        QVERIFY(d.nps.responses[c] > 0);
    int weeks = 0;
    for (const auto &w : d.trend)
        weeks += w.total() > 0 ? 1 : 0;
    QVERIFY2(weeks >= 6, QByteArray::number(weeks).constData());
    QCOMPARE(d.trend.last().total(), d.liveBook.count); // this week's snapshot is the live book
    if (scope == int(Workspace::Scope::All)) {
        const DashboardData book = read(db, Workspace::Scope::MyBook, user);
        QVERIFY(book.liveBook.count < d.liveBook.count);
    }
}

void TestDashboardData::filtersRoundTrip()
{
    const DashboardData d = read(m_fixture.db, Workspace::Scope::MyTeam, u"U1"_s);
    QList<AccountFilter> filters { d.liveBook.filter, d.overdue.renewals.filter,
                                   d.trendSliceFilter(24, Band::Red) };
    for (const auto &slice : d.healthMix)
        filters << slice.filter;
    for (const auto &m : d.renewals)
        filters << m.renewals.filter;
    for (const auto &slice : d.nps.accounts)
        filters << slice.filter;
    for (const AccountFilter &f : std::as_const(filters))
        QCOMPARE(AccountFilter::fromVariantMap(f.toVariantMap()), f);
    QVERIFY(!d.nps.accounts[0].filter.isPlain());
    QVERIFY(!d.trendSliceFilter(24, Band::Red).isPlain());
    QCOMPARE(d.retentionFilter(u"team"_s, u"T1"_s).teams, QStringList { u"T1"_s });
    QCOMPARE(d.retentionFilter(u"csm"_s, u"U2"_s).ownerIds, QStringList { u"U2"_s });
    QCOMPARE(d.retentionFilter(u"segment"_s, u"smb"_s).segments, QStringList { u"smb"_s });
}

void TestDashboardData::churnModelIsReported()
{
    DashboardData d = read(m_fixture.db, Workspace::Scope::All, QString());
    QCOMPARE(d.churnModel.status, ChurnRisk::Status::NotTrained);
    QVERIFY(
        exec(m_fixture.db,
             u"INSERT INTO churn_model (id, trained_at, as_of, status, outcomes, churned, message)"
             " VALUES (1, '2025-06-16T06:00:00Z', '2025-06-16', 'too_few_outcomes', 12, 3, 'Too few')"_s));
    d = read(m_fixture.db, Workspace::Scope::All, QString());
    QCOMPARE(d.churnModel.status, ChurnRisk::Status::TooFewOutcomes);
    QCOMPARE(d.churnModel.outcomes, 12);
    QVERIFY(!d.churnModel.message.isEmpty());
    QVERIFY(exec(m_fixture.db, u"DELETE FROM churn_model"_s));
}

void TestDashboardData::retentionFromTheForecast()
{
    // The demo company: customers a year ago, some lost, some grown.
    if (!m_demo) {
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY2(m_demo->build(400), qPrintable(m_demo->error));
    }
    Database &db = m_demo->db;
    const DashboardData d = read(db, Workspace::Scope::All, QString(), true);
    QVERIFY2(d.retention.read, qPrintable(d.retention.error));
    Forecast::Options options;
    options.asOf = today;
    Forecast::Result forecast;
    QString error;
    QVERIFY2(Forecast::compute(db, options, &forecast, &error), qPrintable(error));
    const Forecast::Retention &overall = d.retention.overall;
    QVERIFY(overall.accounts > 0);
    QCOMPARE(overall.accounts, forecast.retention.accounts);
    QCOMPARE(overall.startArr, forecast.retention.startArr);
    QVERIFY(overall.grr().has_value() && overall.nrr().has_value());
    QVERIFY2(*overall.grr() > 0.5 && *overall.grr() <= 1.0, QByteArray::number(*overall.grr()).constData());
    QVERIFY(*overall.nrr() >= *overall.grr());
    QCOMPARE(d.retention.byCsm.size(), forecast.byCsm.size());
    QVERIFY(!d.retention.byTeam.isEmpty());
    QVERIFY(!d.retention.bySegment.isEmpty());
    // Teams by name (the demo's ids are their names: rename one), and each row lists its
    // group, churned accounts included.
    const QString teamId = d.retention.byTeam.constFirst().key;
    QVERIFY(exec(db, u"UPDATE teams SET name = 'Renamed team' WHERE id = ?"_s, { teamId }));
    const DashboardData renamed = read(db, Workspace::Scope::All, QString(), true);
    QString label;
    for (const Forecast::Retention &t : renamed.retention.byTeam) {
        if (t.key == teamId)
            label = t.label;
    }
    QCOMPARE(label, u"Renamed team"_s);
    QVERIFY(exec(db, u"UPDATE teams SET name = id WHERE id = ?"_s, { teamId }));
    const AccountFilter team = d.retentionFilter(u"team"_s, teamId);
    QVERIFY(team.lifecycleStages.isEmpty());
    QVERIFY(list(db, team).count > 0);
    QVERIFY(list(db, team).count < d.liveBook.count + d.churnedAccounts);

    // Without it, nothing is read.
    QVERIFY(!read(db, Workspace::Scope::All, QString(), false).retention.read);
}

void TestDashboardData::emptyCache()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"empty.sqlite"_s), &error), qPrintable(error));
    const DashboardData d = read(db, Workspace::Scope::All, QString());
    QVERIFY2(d.isValid(), qPrintable(d.error));
    QCOMPARE(d.liveBook.count, 0);
    QVERIFY(d.mainCurrency.isEmpty());
    QVERIFY(!d.healthComputed);
    for (const auto &slice : d.healthMix)
        QCOMPARE(slice.count, 0);
    QCOMPARE(d.renewals.size(), 12);
    QCOMPARE(d.trend.size(), 26);
    QCOMPARE(d.trend.last().total(), 0);
    QVERIFY(!d.nps.score().has_value());
}

void TestDashboardData::reportsAnUnreadableCache()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"broken.sqlite"_s), &error), qPrintable(error));
    QVERIFY(db.exec(u"DROP TABLE nps"_s));
    const DashboardData d = read(db, Workspace::Scope::All, QString());
    QVERIFY(!d.isValid());
    QVERIFY2(d.error.contains(u"NPS"_s) && d.error.contains(u"nps"_s), qPrintable(d.error));

    // The trend, read on a connection of its own by the job's path, reports too.
    Database other;
    QVERIFY2(other.open(dir.filePath(u"no-history.sqlite"_s), &error), qPrintable(error));
    QVERIFY(other.exec(u"DROP TABLE health_history"_s));
    for (const DashboardData &r : { read(other, Workspace::Scope::All, QString()),
                                    DashboardData::compute(other.path(), DashboardData::Options()) }) {
        QVERIFY(!r.isValid());
        QVERIFY2(r.error.contains(u"health history"_s), qPrintable(r.error));
    }
}

void TestDashboardData::jobDeliversTheNewestRequestOnly()
{
    DashboardJob job(m_fixture.db.path());
    QSignalSpy finished(&job, &DashboardJob::finished);
    DashboardData::Options book;
    book.scope = Workspace::Scope::MyBook;
    book.userId = u"U1"_s;
    book.today = today;
    book.retention = false;
    DashboardData::Options all = book;
    all.scope = Workspace::Scope::All;
    job.start(book);
    job.start(book);
    job.start(all);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(10000));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!job.isRunning());
    const DashboardData d = job.result();
    QVERIFY2(d.isValid(), qPrintable(d.error));
    QCOMPARE(d.liveBook.count, 9);

    // A file where a folder should be: the worker cannot open it.
    DashboardJob missing(m_fixture.db.path() + u"/inside.sqlite"_s);
    QSignalSpy failed(&missing, &DashboardJob::finished);
    missing.start(book);
    QVERIFY(failed.wait(10000));
    QVERIFY(!missing.result().isValid());
}

void TestDashboardData::scalesToAManagersExport()
{
    // PITWALL_DASHBOARD_BENCH_CACHE=/path/to/a/100k/cache.sqlite: times the figures in
    // each scope. With PITWALL_DASHBOARD_BENCH_PREPARE=1 it first recomputes health as of
    // each of the last 26 Mondays (the trend) and writes churn scores if there are none.
    const QString path = qEnvironmentVariable("PITWALL_DASHBOARD_BENCH_CACHE");
    if (path.isEmpty())
        QSKIP("set PITWALL_DASHBOARD_BENCH_CACHE to a large cache to time the dashboard");
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT MAX(occurred_at) FROM activities"_s) && q.next());
    const QDate asOf = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate).addDays(1);
    if (qEnvironmentVariableIntValue("PITWALL_DASHBOARD_BENCH_PREPARE")) {
        for (int weeksAgo = 25; weeksAgo >= 0; --weeksAgo) {
            HealthRecompute recompute(db);
            recompute.setAsOf(asOf.addDays(-7 * weeksAgo));
            QVERIFY2(recompute.recomputeAll(), qPrintable(recompute.lastError()));
        }
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM churn_scores"_s) && q.next());
        if (q.value(0).toLongLong() == 0)
            QVERIFY(exec(db,
                         u"INSERT INTO churn_scores (account_id, probability, drivers, computed_at)"
                         " SELECT id, (pk * 37 % 100) / 100.0, '[]', '2026-01-01T00:00:00Z' FROM accounts"
                         " WHERE archived = 0"_s));
    }
    QVERIFY(q.exec(u"SELECT owner_id FROM accounts GROUP BY owner_id ORDER BY COUNT(*) DESC LIMIT 1"_s)
            && q.next());
    const QString user = q.value(0).toString();
    for (const auto scope : { Workspace::Scope::All, Workspace::Scope::MyTeam, Workspace::Scope::MyBook }) {
        QList<qint64> times;
        QList<qint64> cpu; // CPU time of both threads: what a machine busy elsewhere changes least
        DashboardData d;
        for (int run = 0; run < 5; ++run) {
            DashboardData::Options options;
            options.scope = scope;
            options.userId = user;
            options.today = asOf;
            options.retention = false;
            // As the view's job reads it: its own connections, the trend beside the rest.
            QElapsedTimer timer;
            timer.start();
            timespec before {};
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &before);
            d = DashboardData::compute(path, options);
            times << timer.elapsed();
            timespec after {};
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &after);
            cpu << (after.tv_sec - before.tv_sec) * 1000 + (after.tv_nsec - before.tv_nsec) / 1000000;
            QVERIFY2(d.isValid(), qPrintable(d.error));
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        qint64 snapshots = 0;
        for (const auto &w : d.trend)
            snapshots += w.total();
        // Retention (Forecast) on its own, as the view reads it in its second job.
        DashboardData::Options retention;
        retention.scope = scope;
        retention.userId = user;
        retention.today = asOf;
        retention.figures = false;
        const DashboardData r = DashboardData::compute(db, retention);
        QVERIFY2(r.retention.read, qPrintable(r.retention.error));
        qInfo().noquote() << "  retention (Forecast):" << r.retentionMs << "ms, GRR"
                          << r.retention.overall.grr().value_or(-1) << "NRR"
                          << r.retention.overall.nrr().value_or(-1);
        qInfo().noquote() << Workspace::scopeLabel(scope) << "of" << user << ":" << d.liveBook.count
                          << "accounts," << snapshots << "snapshots in the trend," << d.nps.totalResponses()
                          << "NPS responses; last run: accounts" << d.accountsMs << "ms, trend" << d.trendMs
                          << "ms, NPS" << d.npsMs << "ms; CPU median" << cpu.at(2) << "ms;"
                          << "median" << times.at(2) << "ms (min" << times.first() << "max" << times.last()
                          << ")";
    }
}

QTEST_GUILESS_MAIN(TestDashboardData)
#include "tst_dashboarddata.moc"
