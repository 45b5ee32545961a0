// Home's figures on a hand-built cache where every number is known, and the promise
// behind every click-through: the figure's AccountFilter lists exactly the accounts it
// counts.
#include "accounts/AccountFilter.h"
#include "home/HomeFormat.h"
#include "home/HomeSummary.h"
#include "home/HomeSummaryJob.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2025, 6, 16);

// Noon UTC `days` before `today` (negative: after): far from any midnight, so the
// 30-day window means the same in every time zone.
QString daysAgo(int days)
{
    return QDateTime(today.addDays(-days), QTime(12, 0), QTimeZone::utc()).toString(Qt::ISODate);
}

QString dateIn(int days)
{
    return today.addDays(days).toString(Qt::ISODate);
}

struct Fixture
{
    QTemporaryDir dir;
    Database db;
    QString error;

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db.connection());
        if (!q.prepare(sql)) {
            error = q.lastError().text() + u" in "_s + sql;
            return false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            error = q.lastError().text() + u" in "_s + sql;
            return false;
        }
        return true;
    }

    bool account(const QString &id, const QString &owner, const QVariant &currency, const QVariant &arr,
                 const QVariant &renewal, const QVariant &stage, bool archived = false)
    {
        return exec(u"INSERT INTO accounts (id, name, owner_id, currency, arr, renewal_date, lifecycle_stage,"
                    " status, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    { id, QString(u"Account "_s + id), owner, currency, arr, renewal, stage,
                      stage.toString() == "churned"_L1 ? u"churned"_s : u"active"_s, archived ? 1 : 0 });
    }

    bool activity(const QString &id, const QString &account, const QString &type, const QString &subject,
                  const QString &at, bool archived = false)
    {
        return exec(u"INSERT INTO activities (id, account_id, type, subject, occurred_at, owner_id, archived)"
                    " VALUES (?, ?, ?, ?, ?, 'U1', ?)"_s,
                    { id, account, type, subject, at, archived ? 1 : 0 });
    }

    bool note(const QString &id, const QString &account, const QString &body, const QString &at,
              bool deleted = false)
    {
        return exec(u"INSERT INTO notes (id, account_id, kind, body, author, created_at, updated_at, deleted)"
                    " VALUES (?, ?, 'note', ?, 'U1', ?, ?, ?)"_s,
                    { id, account, body, at, at, deleted ? 1 : 0 });
    }

    bool task(const QString &id, const QString &account, const QVariant &due, bool done = false,
              bool deleted = false)
    {
        return exec(
            u"INSERT INTO tasks (id, account_id, title, due_date, done, deleted, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"_s,
            { id, account, QString(u"Task "_s + id), due, done ? 1 : 0, deleted ? 1 : 0 });
    }

    // The book (today = 2025-06-16). Alice (U1) and Bob (U2) are team T1, managed by
    // Maria (M1); Carol (U3) is team T2; Dan (U4) owns one churned account only.
    bool build()
    {
        if (!db.open(dir.filePath(u"cache.sqlite"_s), &error))
            return false;
        const bool ok
            = exec(u"INSERT INTO teams (id, name, manager_id) VALUES ('T1', 'East', 'M1'),"
                   " ('T2', 'West', NULL)"_s)
            && exec(
                  u"INSERT INTO users (id, name, team, manager_id) VALUES ('U1', 'Alice Martin', 'T1', 'M1'),"
                  " ('U2', 'Bob Chen', 'T1', 'M1'), ('U3', 'Carol Diaz', 'T2', NULL),"
                  " ('U4', 'Dan Wu', 'T2', NULL), ('M1', 'Maria Lopez', 'T0', NULL)"_s)
            // Alice
            && account(u"A01"_s, u"U1"_s, u"USD"_s, 100000, dateIn(10), u"adoption"_s)
            && account(u"A02"_s, u"U1"_s, u"USD"_s, 250000, dateIn(60), u"renewal"_s)
            && account(u"A03"_s, u"U1"_s, u"CNY"_s, 700000, dateIn(120), u"adoption"_s)
            && account(u"A04"_s, u"U1"_s, u"USD"_s, 50000, dateIn(-5), u"renewal"_s)
            && account(u"A05"_s, u"U1"_s, u"USD"_s, 80000, dateIn(400), u"onboarding"_s)
            && account(u"A06"_s, u"U1"_s, u"USD"_s, 30000, dateIn(-200), u"churned"_s)
            && account(u"A07"_s, u"U1"_s, u"USD"_s, 999999, dateIn(10), u"adoption"_s, true)
            && account(u"A08"_s, u"U1"_s, u"USD"_s, QVariant(), QVariant(), QVariant())
            // Bob
            && account(u"A09"_s, u"U2"_s, u"USD"_s, 120000, dateIn(30), u"expansion"_s)
            && account(u"A10"_s, u"U2"_s, u"USD"_s, 60000, dateIn(31), u"at_risk"_s)
            // Carol
            && account(u"A11"_s, u"U3"_s, u"CNY"_s, 350000, dateIn(0), u"adoption"_s)
            && account(u"A12"_s, u"U3"_s, u"USD"_s, 20000, dateIn(-1), u"at_risk"_s)
            // Dan
            && account(u"A13"_s, u"U4"_s, u"USD"_s, 40000, dateIn(-100), u"churned"_s)
            // Touches: within 30 days unless said otherwise.
            && activity(u"X01"_s, u"A01"_s, u"call"_s, u"Weekly sync"_s, daysAgo(3))
            && activity(u"X02"_s, u"A02"_s, u"email"_s, u"Renewal quote sent"_s, daysAgo(10))
            && activity(u"X03"_s, u"A03"_s, u"meeting"_s, u"QBR"_s, daysAgo(45)) // too old
            && note(u"N01"_s, u"A03"_s, u"Champion moved to procurement.\nFollow up next week."_s, daysAgo(5))
            && activity(u"X04"_s, u"A04"_s, u"call"_s, u"Budget call"_s, daysAgo(29))
            && activity(u"X05"_s, u"A08"_s, u"email"_s, u"Intro"_s, daysAgo(31)) // too old
            && activity(u"X06"_s, u"A09"_s, u"call"_s, u"Removed from the CRM"_s, daysAgo(2), true)
            && note(u"N02"_s, u"A09"_s, u"Deleted note"_s, daysAgo(2), true)
            && activity(u"X07"_s, u"A10"_s, u"meeting"_s, u"Planned kickoff"_s, daysAgo(-5)) // future
            && activity(u"X08"_s, u"A11"_s, u"call"_s, u"Escalation"_s, daysAgo(1))
            && note(u"N03"_s, u"A12"_s, u"Usage review"_s, daysAgo(20))
            && activity(u"X09"_s, u"A07"_s, u"call"_s, u"Archived account"_s, daysAgo(1))
            // Tasks
            && task(u"T1"_s, u"A01"_s, dateIn(-2)) // overdue, Alice
            && task(u"T2"_s, u"A02"_s, dateIn(0)) // today, Alice
            && task(u"T3"_s, u"A01"_s, dateIn(-1), true) // done
            && task(u"T4"_s, u"A04"_s, dateIn(-3), false, true) // deleted
            && task(u"T5"_s, u"A09"_s, dateIn(0)) // today, Bob
            && task(u"T6"_s, u"A11"_s, dateIn(-10)) // overdue, Carol
            && task(u"T7"_s, u"A05"_s, dateIn(3)) // later
            && task(u"T8"_s, u"A05"_s, QVariant()); // undated
        return ok;
    }
};

HomeSummary summarize(Database &db, Workspace::Scope scope, const QString &user, int recent = 12)
{
    HomeSummary::Options options;
    options.scope = scope;
    options.userId = user;
    options.today = today;
    options.recentLimit = recent;
    return HomeSummary::compute(db, options);
}

// What the account list would show for `filter`: its count and ARR per currency.
struct Listed
{
    int count = -1;
    QMap<QString, double> arr;
};

Listed list(Database &db, const AccountFilter &filter)
{
    Listed listed;
    QVariantList binds;
    const QString where = filter.sqlCondition(&binds);
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT COALESCE(a.currency, ''), COUNT(*), TOTAL(a.arr)"
              " FROM accounts a LEFT JOIN users u ON u.id = a.owner_id WHERE "_s
              + where + u" GROUP BY 1"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return listed;
    }
    listed.count = 0;
    while (q.next()) {
        listed.count += q.value(1).toInt();
        listed.arr.insert(q.value(0).toString(), q.value(2).toDouble());
    }
    return listed;
}

QMap<QString, double> arrOf(const HomeSummary::Figure &figure)
{
    QMap<QString, double> arr;
    for (const HomeSummary::Money &m : figure.arr)
        arr.insert(m.currency, m.amount);
    return arr;
}

QList<const HomeSummary::Figure *> figuresOf(const HomeSummary &s)
{
    return { &s.accounts, &s.renewals[0], &s.renewals[1], &s.renewals[2], &s.overdueRenewals, &s.notTouched };
}

} // namespace

class TestHomeSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void myBook();
    void myTeam();
    void managerSeesTheTeamsTheyManage();
    void allAccounts();
    void aScopeOfChurnedAccountsOnlyIsCountedAsItIs();
    void everyFigureListsExactlyItsAccounts_data();
    void everyFigureListsExactlyItsAccounts();
    void recentActivityMergesCrmActivitiesAndNotes();
    void emptyCache();
    void reportsAnUnreadableCache();
    void jobDeliversTheNewestRequestOnly();
    void compactMoneyInEnglish_data();
    void compactMoneyInEnglish();
    void compactMoneyInChinese_data();
    void compactMoneyInChinese();
    void relativeTime();
    void scalesToAManagersExport();
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

private:
    Fixture m_fixture;
};

void TestHomeSummary::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_fixture.build(), qPrintable(m_fixture.error));
}

void TestHomeSummary::myBook()
{
    const HomeSummary s = summarize(m_fixture.db, Workspace::Scope::MyBook, u"U1"_s);
    QVERIFY2(s.isValid(), qPrintable(s.error));
    QCOMPARE(s.today, today);
    // A01-A05 and A08; A06 is churned, A07 archived.
    QCOMPARE(s.accounts.count, 6);
    QCOMPARE(s.churnedAccounts, 1);
    QCOMPARE(s.mainCurrency, u"USD"_s);
    QCOMPARE(s.accounts.arr.size(), 2);
    QCOMPARE(s.accounts.arr.at(0), (HomeSummary::Money { u"USD"_s, 480000, 5 }));
    QCOMPARE(s.accounts.arr.at(1), (HomeSummary::Money { u"CNY"_s, 700000, 1 }));
    QCOMPARE(s.renewals[0].count, 1); // A01
    QCOMPARE(s.renewals[0].arrIn(u"USD"_s), 100000.0);
    QCOMPARE(s.renewals[1].count, 2); // + A02
    QCOMPARE(s.renewals[1].arrIn(u"USD"_s), 350000.0);
    QCOMPARE(s.renewals[1].arrIn(u"CNY"_s), 0.0);
    QCOMPARE(s.renewals[2].count, 3); // + A03
    QCOMPARE(s.renewals[2].arrIn(u"CNY"_s), 700000.0);
    QCOMPARE(s.overdueRenewals.count, 1); // A04, not the churned A06 nor the undated A08
    QCOMPARE(s.overdueRenewals.arrIn(u"USD"_s), 50000.0);
    QCOMPARE(s.notTouched.count, 2); // A05 never, A08 31 days ago
    QCOMPARE(s.notTouched.arrIn(u"USD"_s), 80000.0);
    QCOMPARE(s.overdueTasks, 1);
    QCOMPARE(s.tasksDueToday, 1);
    // The filters name the book and the live stages.
    const AccountFilter &f = s.accounts.filter;
    QCOMPARE(f.scope, Workspace::Scope::MyBook);
    QCOMPARE(f.scopeUserId, u"U1"_s);
    QCOMPARE(f.today, today);
    QCOMPARE(f.lifecycleStages, (QStringList { QString(), u"adoption"_s, u"onboarding"_s, u"renewal"_s }));
    QCOMPARE(s.renewals[1].filter.renewalWithinDays, 90);
    QVERIFY(s.overdueRenewals.filter.overdueRenewals);
    QCOMPARE(s.notTouched.filter.notTouchedDays, 30);
}

void TestHomeSummary::myTeam()
{
    const HomeSummary s = summarize(m_fixture.db, Workspace::Scope::MyTeam, u"U1"_s);
    QVERIFY2(s.isValid(), qPrintable(s.error));
    QCOMPARE(s.accounts.count, 8); // Alice's six and Bob's two
    QCOMPARE(s.accounts.arrIn(u"USD"_s), 660000.0);
    QCOMPARE(s.renewals[0].count, 2); // A01, A09 (due in exactly 30 days)
    QCOMPARE(s.renewals[0].arrIn(u"USD"_s), 220000.0);
    QCOMPARE(s.renewals[1].count, 4); // + A02, A10 (31 days)
    QCOMPARE(s.renewals[2].count, 5);
    QCOMPARE(s.overdueRenewals.count, 1);
    // + A09 (its activity is archived, its note deleted) and A10 (a meeting next week).
    QCOMPARE(s.notTouched.count, 4);
    QCOMPARE(s.overdueTasks, 1);
    QCOMPARE(s.tasksDueToday, 2);
}

void TestHomeSummary::managerSeesTheTeamsTheyManage()
{
    const HomeSummary manager = summarize(m_fixture.db, Workspace::Scope::MyTeam, u"M1"_s);
    const HomeSummary member = summarize(m_fixture.db, Workspace::Scope::MyTeam, u"U2"_s);
    QCOMPARE(manager.accounts.count, 8);
    QCOMPARE(member.accounts.count, 8);
    const HomeSummary book = summarize(m_fixture.db, Workspace::Scope::MyBook, u"M1"_s);
    QCOMPARE(book.accounts.count, 0);
    QVERIFY(book.accounts.arr.isEmpty());
    QVERIFY(book.mainCurrency.isEmpty());
}

void TestHomeSummary::allAccounts()
{
    const HomeSummary s = summarize(m_fixture.db, Workspace::Scope::All, u"U1"_s);
    QVERIFY2(s.isValid(), qPrintable(s.error));
    QCOMPARE(s.accounts.count, 10); // A13 is churned too
    QCOMPARE(s.churnedAccounts, 2);
    QCOMPARE(s.mainCurrency, u"USD"_s);
    QCOMPARE(s.accounts.arrIn(u"CNY"_s), 1050000.0);
    QCOMPARE(s.renewals[0].count, 3); // + A11, due today
    QCOMPARE(s.renewals[0].arrIn(u"CNY"_s), 350000.0);
    QCOMPARE(s.overdueRenewals.count, 2); // A04, A12
    QCOMPARE(s.notTouched.count, 4);
    QCOMPARE(s.overdueTasks, 2);
    QCOMPARE(s.tasksDueToday, 2);
    QCOMPARE(s.accounts.filter.scope, Workspace::Scope::All);
    // No user: the same, every account.
    const HomeSummary nobody = summarize(m_fixture.db, Workspace::Scope::MyBook, QString());
    QCOMPARE(nobody.accounts.count, 10);
    QCOMPARE(nobody.overdueTasks, 2);
}

void TestHomeSummary::aScopeOfChurnedAccountsOnlyIsCountedAsItIs()
{
    const HomeSummary s = summarize(m_fixture.db, Workspace::Scope::MyBook, u"U4"_s);
    QVERIFY2(s.isValid(), qPrintable(s.error));
    QCOMPARE(s.accounts.count, 1);
    QCOMPARE(s.churnedAccounts, 0);
    QCOMPARE(s.overdueRenewals.count, 1);
    QVERIFY(s.accounts.filter.lifecycleStages.isEmpty());
}

void TestHomeSummary::everyFigureListsExactlyItsAccounts_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("user");
    QTest::newRow("Alice's book") << int(Workspace::Scope::MyBook) << u"U1"_s;
    QTest::newRow("Alice's team") << int(Workspace::Scope::MyTeam) << u"U1"_s;
    QTest::newRow("Maria's team") << int(Workspace::Scope::MyTeam) << u"M1"_s;
    QTest::newRow("Carol's team") << int(Workspace::Scope::MyTeam) << u"U3"_s;
    QTest::newRow("Dan's book") << int(Workspace::Scope::MyBook) << u"U4"_s;
    QTest::newRow("all") << int(Workspace::Scope::All) << u"U1"_s;
    QTest::newRow("nobody") << int(Workspace::Scope::MyBook) << QString();
}

void TestHomeSummary::everyFigureListsExactlyItsAccounts()
{
    QFETCH(int, scope);
    QFETCH(QString, user);
    const HomeSummary s = summarize(m_fixture.db, Workspace::Scope(scope), user);
    QVERIFY2(s.isValid(), qPrintable(s.error));
    int index = 0;
    for (const HomeSummary::Figure *figure : figuresOf(s)) {
        const Listed listed = list(m_fixture.db, figure->filter);
        const QByteArray which = "figure " + QByteArray::number(index++);
        const QByteArray message = which + ": listed " + QByteArray::number(listed.count) + ", counted "
            + QByteArray::number(figure->count);
        QVERIFY2(listed.count == figure->count, message.constData());
        QCOMPARE(listed.arr, arrOf(*figure));
        // What a saved view or a settings round trip would restore.
        QCOMPARE(AccountFilter::fromVariantMap(figure->filter.toVariantMap()), figure->filter);
    }
}

void TestHomeSummary::recentActivityMergesCrmActivitiesAndNotes()
{
    const HomeSummary s = summarize(m_fixture.db, Workspace::Scope::MyBook, u"U1"_s, 4);
    QCOMPARE(s.recent.size(), 4);
    using Source = HomeSummary::Activity::Source;
    const HomeSummary::Activity &first = s.recent.at(0);
    QCOMPARE(first.id, u"X01"_s);
    QCOMPARE(first.source, Source::Crm);
    QCOMPARE(first.accountId, u"A01"_s);
    QCOMPARE(first.accountName, u"Account A01"_s);
    QCOMPARE(first.type, u"call"_s);
    QCOMPARE(first.subject, u"Weekly sync"_s);
    QCOMPARE(first.who, u"Alice Martin"_s);
    QCOMPARE(first.when, QDateTime(today.addDays(-3), QTime(12, 0), QTimeZone::utc()));
    const HomeSummary::Activity &note = s.recent.at(1);
    QCOMPARE(note.id, u"N01"_s);
    QCOMPARE(note.source, Source::Note);
    QCOMPARE(note.type, u"note"_s);
    QCOMPARE(note.subject, u"Champion moved to procurement."_s); // the first line
    QCOMPARE(s.recent.at(2).id, u"X02"_s);
    QCOMPARE(s.recent.at(3).id, u"X04"_s);

    // Not the archived account's call (yesterday), nor Bob's planned meeting, nor the
    // archived activity or the deleted note.
    const HomeSummary all = summarize(m_fixture.db, Workspace::Scope::All, u"U1"_s, 50);
    QStringList ids;
    for (const HomeSummary::Activity &a : all.recent)
        ids << a.id;
    QCOMPARE(
        ids,
        (QStringList { u"X08"_s, u"X01"_s, u"N01"_s, u"X02"_s, u"N03"_s, u"X04"_s, u"X05"_s, u"X03"_s }));

    QVERIFY(summarize(m_fixture.db, Workspace::Scope::MyBook, u"U1"_s, 0).recent.isEmpty());
}

void TestHomeSummary::emptyCache()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"empty.sqlite"_s), &error), qPrintable(error));
    const HomeSummary s = summarize(db, Workspace::Scope::All, QString());
    QVERIFY2(s.isValid(), qPrintable(s.error));
    for (const HomeSummary::Figure *figure : figuresOf(s)) {
        QCOMPARE(figure->count, 0);
        QVERIFY(figure->arr.isEmpty());
    }
    QCOMPARE(s.overdueTasks, 0);
    QCOMPARE(s.tasksDueToday, 0);
    QVERIFY(s.recent.isEmpty());
}

void TestHomeSummary::reportsAnUnreadableCache()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"broken.sqlite"_s), &error), qPrintable(error));
    QVERIFY(db.exec(u"DROP TABLE tasks"_s));
    const HomeSummary s = summarize(db, Workspace::Scope::All, QString());
    QVERIFY(!s.isValid());
    QVERIFY2(s.error.contains(u"tasks"_s), qPrintable(s.error));
}

void TestHomeSummary::jobDeliversTheNewestRequestOnly()
{
    HomeSummaryJob job(m_fixture.db.path());
    QSignalSpy finished(&job, &HomeSummaryJob::finished);
    HomeSummary::Options book { Workspace::Scope::MyBook, u"U1"_s, today, 5 };
    HomeSummary::Options all { Workspace::Scope::All, u"U1"_s, today, 5 };
    job.start(book);
    job.start(book);
    job.start(all);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(10000));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!job.isRunning());
    const HomeSummary s = job.result();
    QVERIFY2(s.isValid(), qPrintable(s.error));
    QCOMPARE(s.accounts.count, 10);
    QCOMPARE(s.recent.size(), 5);

    // A file where a folder should be: the worker cannot open it.
    HomeSummaryJob missing(m_fixture.db.path() + u"/inside.sqlite"_s);
    QSignalSpy failed(&missing, &HomeSummaryJob::finished);
    missing.start(book);
    QVERIFY(failed.wait(10000));
    QVERIFY(!missing.result().isValid());
}

void TestHomeSummary::compactMoneyInEnglish_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << u"USD"_s << u"$0"_s;
    QTest::newRow("small") << 950.0 << u"USD"_s << u"$950"_s;
    QTest::newRow("just under a thousand") << 999.6 << u"USD"_s << u"$1,000"_s;
    QTest::newRow("thousand") << 1000.0 << u"USD"_s << u"$1K"_s;
    QTest::newRow("thousands") << 12340.0 << u"USD"_s << u"$12.3K"_s;
    QTest::newRow("hundreds of thousands") << 950000.0 << u"USD"_s << u"$950K"_s;
    QTest::newRow("rounds into millions") << 999960.0 << u"USD"_s << u"$1M"_s;
    QTest::newRow("million") << 1234567.0 << u"USD"_s << u"$1.2M"_s;
    QTest::newRow("no .0") << 2000000.0 << u"USD"_s << u"$2M"_s;
    QTest::newRow("tens of millions") << 99940000.0 << u"USD"_s << u"$99.9M"_s;
    QTest::newRow("hundred millions") << 99960000.0 << u"USD"_s << u"$100M"_s;
    QTest::newRow("billions") << 9154171400.0 << u"USD"_s << u"$9.2B"_s;
    QTest::newRow("yuan") << 2074240000.0 << u"CNY"_s << u"CN¥2.1B"_s;
    QTest::newRow("negative") << -1500000.0 << u"USD"_s << u"-$1.5M"_s;
    QTest::newRow("euro") << 4200.0 << u"EUR"_s << u"€4.2K"_s;
}

void TestHomeSummary::compactMoneyInEnglish()
{
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(HomeFormat::compactMoney(amount, currency), expected);
}

void TestHomeSummary::compactMoneyInChinese_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("small") << 8500.0 << u"CNY"_s << u"¥8,500"_s;
    QTest::newRow("wan") << 12000.0 << u"CNY"_s << u"¥1.2万"_s;
    QTest::newRow("hundreds of wan") << 1200000.0 << u"CNY"_s << u"¥120万"_s;
    QTest::newRow("thousands of wan") << 12345678.0 << u"CNY"_s << u"¥1,235万"_s;
    QTest::newRow("rounds into yi") << 99999999.0 << u"CNY"_s << u"¥1亿"_s;
    QTest::newRow("yi") << 2074240000.0 << u"CNY"_s << u"¥20.7亿"_s;
    QTest::newRow("dollars") << 9154171400.0 << u"USD"_s << u"US$91.5亿"_s;
    QTest::newRow("wan yi") << 3.2e12 << u"CNY"_s << u"¥3.2万亿"_s;
}

void TestHomeSummary::compactMoneyInChinese()
{
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString text = HomeFormat::compactMoney(amount, currency);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(text, expected);
}

void TestHomeSummary::relativeTime()
{
    const QDateTime now(QDate(2025, 6, 16), QTime(15, 0), QTimeZone::utc());
    QCOMPARE(HomeFormat::relativeTime(now.addSecs(-20), now), u"just now"_s);
    QCOMPARE(HomeFormat::relativeTime(now.addSecs(30), now), u"just now"_s); // a clock a little ahead
    QCOMPARE(HomeFormat::relativeTime(now.addSecs(-60), now), u"1 min ago"_s);
    QCOMPARE(HomeFormat::relativeTime(now.addSecs(-59 * 60), now), u"59 min ago"_s);
    QCOMPARE(HomeFormat::relativeTime(now.addSecs(-2 * 3600 - 100), now), u"2 h ago"_s);
    QCOMPARE(HomeFormat::relativeTime(now.addSecs(-23 * 3600), now), u"23 h ago"_s);
    QCOMPARE(HomeFormat::relativeTime(now.addDays(-3), now), u"3 days ago"_s);
    QCOMPARE(HomeFormat::relativeTime(now.addDays(-30), now),
             QLocale().toString(now.addDays(-30).toLocalTime().date(), QLocale::ShortFormat));
    QVERIFY(HomeFormat::relativeTime({}, now).isEmpty());
    QVERIFY(!HomeFormat::relativeTime(now.addDays(2), now).contains(u"ago"_s));
}

void TestHomeSummary::scalesToAManagersExport()
{
    // PITWALL_HOME_BENCH_CACHE=/path/to/a/100k/cache.sqlite [PITWALL_HOME_BENCH_USER=USR-1]
    const QString path = qEnvironmentVariable("PITWALL_HOME_BENCH_CACHE");
    if (path.isEmpty())
        QSKIP("set PITWALL_HOME_BENCH_CACHE to a large cache to time the summary");
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QString user = qEnvironmentVariable("PITWALL_HOME_BENCH_USER");
    if (user.isEmpty()) {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT owner_id FROM accounts GROUP BY owner_id ORDER BY COUNT(*) DESC LIMIT 1"_s));
        QVERIFY(q.next());
        user = q.value(0).toString();
    }
    QSqlQuery dates(db.connection());
    QVERIFY(dates.exec(u"SELECT MAX(occurred_at) FROM activities"_s) && dates.next());
    const QDate asOf = QDate::fromString(dates.value(0).toString().left(10), Qt::ISODate).addDays(1);
    for (const auto scope : { Workspace::Scope::All, Workspace::Scope::MyTeam, Workspace::Scope::MyBook }) {
        QList<qint64> times;
        HomeSummary s;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            s = HomeSummary::compute(db, { scope, user, asOf, 12 });
            times << timer.elapsed();
            QVERIFY2(s.isValid(), qPrintable(s.error));
        }
        std::sort(times.begin(), times.end());
        // Through the job: a worker thread that opens its own connection first.
        HomeSummaryJob job(path);
        QSignalSpy finished(&job, &HomeSummaryJob::finished);
        QElapsedTimer jobTimer;
        jobTimer.start();
        job.start({ scope, user, asOf, 12 });
        QVERIFY(finished.wait(30000));
        const qint64 jobMs = jobTimer.elapsed();
        qInfo().noquote() << Workspace::scopeLabel(scope) << "of" << user << ":" << s.accounts.count
                          << "accounts," << s.churnedAccounts << "churned left out;" << s.renewals[2].count
                          << "renewals in 180 days," << s.overdueRenewals.count << "overdue,"
                          << s.notTouched.count << "not touched;"
                          << "median" << times.at(2) << "ms"
                          << "(min" << times.first() << "max" << times.last() << "); through the job" << jobMs
                          << "ms";
    }
}

QTEST_GUILESS_MAIN(TestHomeSummary)
#include "tst_homesummary.moc"
