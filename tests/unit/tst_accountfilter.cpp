#include "accounts/AccountFilter.h"
#include "accounts/AccountSearchIndex.h"
#include "accounts/LastActivity.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 6, 15);

AccountFilter everything()
{
    AccountFilter f;
    f.searchText = u"acme 华为"_s;
    f.scope = Workspace::Scope::MyTeam;
    f.scopeUserId = u"U1"_s;
    f.ownerIds = { u"U1"_s, u"U2"_s };
    f.teams = { u"East"_s };
    f.segments = { u"enterprise"_s, QString() };
    f.lifecycleStages = { u"adoption"_s };
    f.renewalWithinDays = 90;
    f.overdueRenewals = true;
    f.notTouchedDays = 30;
    f.archived = AccountFilter::Archived::Only;
    f.today = today;
    return f;
}

} // namespace

class TestAccountFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrips();
    void readsOldOrDamagedMaps();
    void isPlain();
    void conditionHasABindPerPlaceholder();
    void searchWords();
    void searchIsSafe_data();
    void searchIsSafe();
    void searchesNameIdAndOwner_data();
    void searchesNameIdAndOwner();
    void renewalWindow();
    void notTouched();
    void effectiveHealthBand();
    void summary();

private:
    QStringList ids(const AccountFilter &filter);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAccountFilter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir.filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    const QStringList statements = {
        u"INSERT INTO users (id, name, team) VALUES ('U1', 'Alice Martin', 'East'), ('U2', '王小明', 'West')"_s,
        u"INSERT INTO accounts (id, name, owner_id, segment, renewal_date) VALUES"
        " ('A1', 'Acme Corp', 'U1', 'enterprise', '2026-06-14'),"
        " ('A2', '华为科技', 'U2', 'smb', '2026-06-15'),"
        " ('A3', 'Globex \"Quoted\" * NEAR(x)', 'U1', NULL, '2026-09-13'),"
        " ('A4', 'Initech', 'U9', 'smb', '2026-09-14'),"
        " ('A5', 'Umbrella', NULL, NULL, NULL),"
        " ('B-77', 'Hooli', 'U2', NULL, '')"_s,
    };
    for (const QString &sql : statements)
        QVERIFY2(m_db->exec(sql, &error), qPrintable(error));
}

QStringList TestAccountFilter::ids(const AccountFilter &filter)
{
    QVariantList binds;
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT a.id FROM accounts a LEFT JOIN users u ON u.id = a.owner_id WHERE "_s
              + filter.sqlCondition(&binds) + u" ORDER BY a.id"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return { u"<error>"_s };
    }
    QStringList result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

void TestAccountFilter::roundTrips()
{
    const AccountFilter f = everything();
    QCOMPARE(AccountFilter::fromVariantMap(f.toVariantMap()), f);
    QCOMPARE(AccountFilter::fromVariantMap(AccountFilter().toVariantMap()), AccountFilter());
    AccountFilter archived;
    archived.archived = AccountFilter::Archived::Include;
    archived.scope = Workspace::Scope::MyBook;
    QCOMPARE(AccountFilter::fromVariantMap(archived.toVariantMap()), archived);
    QVERIFY(!(AccountFilter::fromVariantMap(archived.toVariantMap()) == f));
    // Readable keys: saved views are stored as they are.
    const QVariantMap map = f.toVariantMap();
    QCOMPARE(map.value(u"scope"_s).toString(), u"team"_s);
    QCOMPARE(map.value(u"archived"_s).toString(), u"only"_s);
    QCOMPARE(map.value(u"today"_s).toString(), u"2026-06-15"_s);
    QVERIFY(!AccountFilter().toVariantMap().contains(u"today"_s));
}

void TestAccountFilter::readsOldOrDamagedMaps()
{
    QVariantMap map = everything().toVariantMap();
    map.insert(u"someFutureKey"_s, 42);
    QCOMPARE(AccountFilter::fromVariantMap(map), everything());
    const QVariantMap damaged = { { u"scope"_s, u"galaxy"_s },     { u"archived"_s, 7 },
                                  { u"renewalWithinDays"_s, -5 },  { u"notTouchedDays"_s, u"x"_s },
                                  { u"today"_s, u"not a date"_s }, { u"segments"_s, u"smb"_s } };
    const AccountFilter f = AccountFilter::fromVariantMap(damaged);
    QCOMPARE(f.scope, Workspace::Scope::All);
    QCOMPARE(f.archived, AccountFilter::Archived::Exclude);
    QCOMPARE(f.renewalWithinDays, 0);
    QCOMPARE(f.notTouchedDays, 0);
    QVERIFY(!f.today.isValid());
    QCOMPARE(f.segments, QStringList { u"smb"_s });
    QCOMPARE(AccountFilter::fromVariantMap({}), AccountFilter());
}

void TestAccountFilter::isPlain()
{
    AccountFilter f;
    QVERIFY(f.isPlain());
    f.searchText = u"acme"_s;
    f.archived = AccountFilter::Archived::Include;
    QVERIFY(f.isPlain());
    f.scope = Workspace::Scope::MyBook; // nobody chosen: the scope means nothing yet
    QVERIFY(f.isPlain());
    f.scopeUserId = u"U1"_s;
    QVERIFY(!f.isPlain());
    const auto notPlain = [](void (*edit)(AccountFilter &)) {
        AccountFilter g;
        edit(g);
        return !g.isPlain();
    };
    QVERIFY(notPlain([](AccountFilter &g) { g.ownerIds = { u"U1"_s }; }));
    QVERIFY(notPlain([](AccountFilter &g) { g.teams = { u"East"_s }; }));
    QVERIFY(notPlain([](AccountFilter &g) { g.segments = { u"smb"_s }; }));
    QVERIFY(notPlain([](AccountFilter &g) { g.lifecycleStages = { u"adoption"_s }; }));
    QVERIFY(notPlain([](AccountFilter &g) { g.renewalWithinDays = 30; }));
    QVERIFY(notPlain([](AccountFilter &g) { g.overdueRenewals = true; }));
    QVERIFY(notPlain([](AccountFilter &g) { g.notTouchedDays = 30; }));
}

void TestAccountFilter::conditionHasABindPerPlaceholder()
{
    QVariantList binds;
    QCOMPARE(AccountFilter().sqlCondition(&binds), u"a.archived = 0"_s);
    QVERIFY(binds.isEmpty());
    AccountFilter all;
    all.archived = AccountFilter::Archived::Include;
    QCOMPARE(all.sqlCondition(&binds), u"1"_s);
    QVERIFY(binds.isEmpty());
    binds = { u"existing"_s }; // appended to, never replaced
    const QString sql = everything().sqlCondition(&binds);
    QCOMPARE(binds.constFirst().toString(), u"existing"_s);
    QCOMPARE(int(sql.count(u'?')), int(binds.size()) - 1);
    QVERIFY(!ids(everything()).contains(u"<error>"_s));
}

void TestAccountFilter::searchWords()
{
    QCOMPARE(AccountFilter::searchWords(u"  acme \t corp\n"_s), (QStringList { u"acme"_s, u"corp"_s }));
    QVERIFY(AccountFilter::searchWords(u"   "_s).isEmpty());
    QCOMPARE(AccountFilter::searchWords(u"华为 王小明"_s), (QStringList { u"华为"_s, u"王小明"_s }));
}

void TestAccountFilter::searchIsSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("quote") << u"\"quoted\""_s << QStringList { u"A3"_s };
    QTest::newRow("lone quote") << u"\""_s << QStringList { u"A3"_s };
    QTest::newRow("star") << u"* near(x)"_s << QStringList { u"A3"_s };
    QTest::newRow("fts keywords") << u"AND OR NOT"_s << QStringList();
    QTest::newRow("percent") << u"%"_s << QStringList();
    QTest::newRow("parenthesis") << u"(x)"_s << QStringList { u"A3"_s };
}

void TestAccountFilter::searchIsSafe()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    AccountFilter f;
    f.searchText = text;
    // Accounts not yet in the search index are compared row by row; indexed ones
    // through the trigram index: both must give the same answer.
    QCOMPARE(ids(f), expected);
    QString error;
    QVERIFY2(AccountSearchIndex::catchUp(m_db->connection(), &error), qPrintable(error));
    QCOMPARE(ids(f), expected);
    QVERIFY(m_db->exec(u"DELETE FROM accounts_search"_s));
}

void TestAccountFilter::searchesNameIdAndOwner_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name, 3+ letters, any case") << u"ACME"_s << QStringList { u"A1"_s };
    QTest::newRow("name, 2 letters") << u"ac"_s << QStringList { u"A1"_s };
    QTest::newRow("chinese name, 2 characters") << u"华为"_s << QStringList { u"A2"_s };
    QTest::newRow("chinese name, 3 characters") << u"华为科"_s << QStringList { u"A2"_s };
    QTest::newRow("chinese owner") << u"王小明"_s << QStringList { u"A2"_s, u"B-77"_s };
    QTest::newRow("latin owner") << u"martin"_s << QStringList { u"A1"_s, u"A3"_s };
    QTest::newRow("crm id") << u"b-77"_s << QStringList { u"B-77"_s };
    QTest::newRow("every word") << u"corp alice"_s << QStringList { u"A1"_s };
    QTest::newRow("owner id is not searched") << u"U9"_s << QStringList();
}

void TestAccountFilter::searchesNameIdAndOwner()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    AccountFilter f;
    f.searchText = text;
    // Accounts not yet in the search index are compared row by row; indexed ones
    // through the trigram index: both must give the same answer.
    QCOMPARE(ids(f), expected);
    QString error;
    QVERIFY2(AccountSearchIndex::catchUp(m_db->connection(), &error), qPrintable(error));
    QCOMPARE(ids(f), expected);
    QVERIFY(m_db->exec(u"DELETE FROM accounts_search"_s));
}

void TestAccountFilter::renewalWindow()
{
    AccountFilter f;
    f.today = today; // 2026-06-15
    f.renewalWithinDays = 90; // up to 2026-09-13
    QCOMPARE(ids(f), (QStringList { u"A2"_s, u"A3"_s }));
    f.overdueRenewals = true;
    QCOMPARE(ids(f), (QStringList { u"A1"_s, u"A2"_s, u"A3"_s }));
    f.renewalWithinDays = 0;
    QCOMPARE(ids(f), QStringList { u"A1"_s }); // no date or an empty one is never overdue
    f.overdueRenewals = false;
    f.segments = { u"smb"_s };
    QCOMPARE(ids(f), (QStringList { u"A2"_s, u"A4"_s }));
    f.segments = { QString() }; // "no segment"
    QCOMPARE(ids(f), (QStringList { u"A3"_s, u"A5"_s, u"B-77"_s }));
    f.segments.clear();
    f.teams = { u"East"_s };
    QCOMPARE(ids(f), (QStringList { u"A1"_s, u"A3"_s }));
    f.teams.clear();
    f.ownerIds = { u"U9"_s };
    QCOMPARE(ids(f), QStringList { u"A4"_s });
}

void TestAccountFilter::notTouched()
{
    // Window of 10 days before 2026-06-15: from local 2026-06-05 00:00 to the end of today.
    const auto utc = [](QDate day, QTime time) {
        return QDateTime(day, time).toUTC().toString(Qt::ISODate); // local time, stored as UTC
    };
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT INTO activities (id, account_id, occurred_at, archived) VALUES (?, ?, ?, ?)"_s);
    const QList<std::tuple<QString, QString, QString, int>> activities = {
        { u"X1"_s, u"A1"_s, utc(QDate(2026, 6, 5), QTime(0, 0)), 0 }, // first instant of the window
        { u"X2"_s, u"A2"_s, utc(QDate(2026, 6, 4), QTime(23, 59, 59)), 0 }, // just before it
        { u"X3"_s, u"A3"_s, utc(QDate(2026, 6, 16), QTime(9, 0)), 0 }, // tomorrow: not yet
        { u"X4"_s, u"A4"_s, utc(QDate(2026, 6, 14), QTime(9, 0)), 1 }, // archived
        { u"X5"_s, u"A5"_s, utc(QDate(2026, 6, 15), QTime(23, 59)), 0 }, // late today
    };
    for (const auto &[id, account, at, archived] : activities) {
        q.addBindValue(id);
        q.addBindValue(account);
        q.addBindValue(at);
        q.addBindValue(archived);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QString error;
    QVERIFY2(m_db->exec(u"INSERT INTO notes (id, account_id, body, created_at, updated_at, deleted) VALUES"
                        " ('N1', 'A4', 'x', '%1', '%1', 1), ('N2', 'B-77', 'y', '%1', '%1', 0)"_s.arg(
                            QDateTime(QDate(2026, 6, 10), QTime(12, 0)).toUTC().toString(Qt::ISODateWithMs)),
                        &error),
             qPrintable(error));
    AccountFilter f;
    f.today = today;
    f.notTouchedDays = 10;
    QCOMPARE(ids(f), (QStringList { u"A2"_s, u"A3"_s, u"A4"_s }));

    // The same facts give each account its last activity (latest, live ones only).
    QVERIFY2(LastActivity::refresh(m_db->connection(), &error), qPrintable(error));
    QSqlQuery last(m_db->connection());
    QVERIFY(last.exec(u"SELECT id, last_activity_at FROM accounts ORDER BY id"_s));
    QStringList values;
    while (last.next())
        values << last.value(0).toString() + u'=' + last.value(1).toString();
    QCOMPARE(
        values,
        (QStringList {
            u"A1="_s + std::get<2>(activities.at(0)), u"A2="_s + std::get<2>(activities.at(1)),
            u"A3="_s + std::get<2>(activities.at(2)), u"A4="_s, u"A5="_s + std::get<2>(activities.at(4)),
            u"B-77="_s + QDateTime(QDate(2026, 6, 10), QTime(12, 0)).toUTC().toString(Qt::ISODateWithMs) }));
    QVERIFY(m_db->exec(u"DELETE FROM activities"_s));
    QVERIFY(m_db->exec(u"DELETE FROM notes"_s));
}

void TestAccountFilter::effectiveHealthBand()
{
    // Computed bands, and overrides: one holding (A1 red until 2090), one cleared (A2),
    // one expired (A3), two on A5 of which the latest counts.
    QString error;
    QVERIFY2(
        m_db->exec(u"INSERT INTO health_scores (account_id, score, band, as_of, computed_at, contributions)"
                   " VALUES ('A1', 80, 'green', '2026-06-15', '2026-06-15T06:00:00Z', '[]'),"
                   " ('A2', 30, 'red', '2026-06-15', '2026-06-15T06:00:00Z', '[]'),"
                   " ('A3', 60, 'yellow', '2026-06-15', '2026-06-15T06:00:00Z', '[]'),"
                   " ('A5', 90, 'green', '2026-06-15', '2026-06-15T06:00:00Z', '[]')"_s,
                   &error),
        qPrintable(error));
    QVERIFY2(
        m_db->exec(
            u"INSERT INTO health_overrides (id, account_id, band, reason, created_at, expires_at, cleared_at)"
            " VALUES ('O1', 'A1', 'red', 'champion left', '2026-06-01T00:00:00Z', '2090-01-01T00:00:00Z', "
            "NULL),"
            " ('O2', 'A2', 'green', 'fixed', '2026-06-01T00:00:00Z', '2090-01-01T00:00:00Z',"
            " '2026-06-02T00:00:00Z'),"
            " ('O3', 'A3', 'red', 'old', '2020-01-01T00:00:00Z', '2020-02-01T00:00:00Z', NULL),"
            " ('O4', 'A5', 'red', 'first', '2026-05-01T00:00:00Z', '2090-01-01T00:00:00Z', NULL),"
            " ('O5', 'A5', 'yellow', 'second', '2026-06-01T00:00:00Z', '2090-01-01T00:00:00Z', NULL)"_s,
            &error),
        qPrintable(error));
    const auto bands = [this](const QDateTime &now) {
        QVariantList binds;
        const QString band = AccountFilter::effectiveHealthBandSql(&binds, now);
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT a.id, "_s + band + u" FROM accounts a ORDER BY a.id"_s);
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        QStringList result;
        if (!q.exec())
            qWarning() << q.lastError().text();
        while (q.next())
            result << q.value(0).toString() + u'=' + q.value(1).toString();
        return std::pair { result, binds.size() };
    };
    const auto [now, nowBinds] = bands(QDateTime(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(nowBinds, 1);
    QCOMPARE(now,
             (QStringList { u"A1=red"_s, u"A2=red"_s, u"A3=yellow"_s, u"A4=none"_s, u"A5=yellow"_s,
                            u"B-77=none"_s }));
    // Once the overrides have expired, the computed bands again.
    const auto [later, laterBinds] = bands(QDateTime(QDate(2090, 1, 2), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(later,
             (QStringList { u"A1=green"_s, u"A2=red"_s, u"A3=yellow"_s, u"A4=none"_s, u"A5=green"_s,
                            u"B-77=none"_s }));
    // The filter compares that very band (now: the current instant).
    AccountFilter f;
    f.today = today;
    f.healthBands = { u"red"_s };
    QCOMPARE(ids(f), (QStringList { u"A1"_s, u"A2"_s }));
    f.healthBands = { u"none"_s, u"yellow"_s };
    QCOMPARE(ids(f), (QStringList { u"A3"_s, u"A4"_s, u"A5"_s, u"B-77"_s }));
    QVERIFY(m_db->exec(u"DELETE FROM health_overrides"_s));
    QVERIFY(m_db->exec(u"DELETE FROM health_scores"_s));
}

void TestAccountFilter::summary()
{
    // Plural forms come from the translation; the test checks the source strings' use.
    const auto plural = [](const char *source, int n) {
        return QCoreApplication::translate("AccountFilter", source, nullptr, n);
    };
    const auto capitalised = [](QString text) {
        text[0] = text[0].toUpper();
        return text;
    };
    QCOMPARE(AccountFilter().summary(), u"All accounts"_s);
    AccountFilter f;
    f.segments = { u"enterprise"_s };
    f.renewalWithinDays = 90;
    QCOMPARE(f.summary(), u"Enterprise · "_s + plural("renewal in %n day(s)", 90));
    QVERIFY(f.summary().contains(u"90"_s));
    f = {};
    f.renewalWithinDays = 1;
    QCOMPARE(f.summary(), capitalised(plural("renewal in %n day(s)", 1)));
    f.overdueRenewals = true;
    QCOMPARE(f.summary(), capitalised(plural("renewal overdue or in %n day(s)", 1)));
    f = {};
    f.overdueRenewals = true;
    f.notTouchedDays = 30;
    f.archived = AccountFilter::Archived::Only;
    QCOMPARE(f.summary(),
             u"Renewal overdue · "_s + plural("not touched in %n day(s)", 30) + u" · archived only"_s);
    f = {};
    f.scope = Workspace::Scope::MyBook;
    QCOMPARE(f.summary(), u"All accounts"_s); // nobody chosen yet
    f.scopeUserId = u"U1"_s;
    f.searchText = u" acme   corp "_s;
    f.lifecycleStages = { u"at_risk"_s, u"Custom Stage"_s };
    QCOMPARE(f.summary(), u"My book · At risk, Custom Stage · matching “acme corp”"_s);
    f = {};
    f.ownerIds = { u"U1"_s, u"U2"_s };
    f.teams = { u"East"_s };
    QCOMPARE(f.summary(), capitalised(plural("%n owner(s)", 2)) + u" · team East"_s);
    f.ownerIds = { u"U1"_s };
    QCOMPARE(f.summary(), u"Owner U1 · team East"_s);
}

QTEST_GUILESS_MAIN(TestAccountFilter)
#include "tst_accountfilter.moc"
