#include "TestSupport.h"
#include "account/AccountProfile.h"
#include "account/CrmFormat.h"
#include "account/UsageSeries.h"
#include "demo/DemoExportWriter.h"
#include "itemmodels/CaseListModel.h"
#include "itemmodels/ContactListModel.h"
#include "itemmodels/NpsListModel.h"
#include "itemmodels/OpportunityListModel.h"
#include "itemmodels/TimelineModel.h"
#include "store/Database.h"
#include "work/LocalWork.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// One statement per entry; a failure names the statement.
bool execAll(QSqlDatabase db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
    }
    return true;
}

QStringList columnTexts(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int r = 0; r < model.rowCount(); ++r)
        texts << model.index(r, column).data(role).toString();
    return texts;
}

// A weekday of the demo-free fixture: Monday 2025-03-03 is day 20150.
constexpr qint64 monday20250303 = 20150;

} // namespace

class TestAccount360Models : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void profileReadsEveryFact();
    void profileOfUnknownAccountFails();
    void profileOfBareAccount();
    void formatsCodesAndDays();

    void usageKindFromName_data();
    void usageKindFromName();
    void usageMetricsOfAnAccount();
    void usageWeeklyPoints();
    void usageOfAccountWithoutUsage();

    void contactsByRoleWithLastActivity();
    void timelineMergesNewestFirst();
    void timelineFiltersByType();
    void timelineLoadsLazily();
    void timelineFollowsNoteEdits();
    void casesOpenFirstWithSummary();
    void npsScoresAndCategories();
    void opportunitiesOpenFirstWithPipeline();
    void emptyAccountHasEmptyModels();

    void demoCacheUnderTheTester();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestAccount360Models::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QSqlDatabase db = m_db.connection();
    QVERIFY(execAll(
        db,
        {
            u"INSERT INTO teams (id, name) VALUES ('T1', 'West Coast')"_s,
            u"INSERT INTO users (id, name, email, team) VALUES"
            " ('U1', 'Alice Martin', 'alice@pitwall.example', 'T1'), ('U2', '王小明', NULL, 'T1')"_s,
            u"INSERT INTO accounts (id, name, owner_id, segment, industry, region, country, lifecycle_stage,"
            " status, arr, currency, licenses, contract_start, renewal_date, created_at, website, parent_id)"
            " VALUES ('A1', 'Acme Corp', 'U1', 'enterprise', 'Manufacturing', 'north_america', 'US',"
            " 'at_risk', 'active', 250000, 'USD', 120, '2024-04-01', '2025-03-31', '2024-03-20',"
            " 'acme.example', 'P1')"_s,
            u"INSERT INTO accounts (id, name, owner_id) VALUES ('P1', 'Acme Holdings', 'U2')"_s,
            u"INSERT INTO accounts (id, name) VALUES ('A3', '空白科技')"_s,
            // Contacts: the user first in insertion order, so sorting is tested.
            u"INSERT INTO contacts (id, account_id, first_name, last_name, email, title, phone, role, status)"
            " VALUES"
            " ('C1', 'A1', 'Uma', 'User', 'uma@acme.example', 'Analyst', '+1 555 0101', 'user', 'active'),"
            " ('C2', 'A1', 'Chris', 'Champion', 'chris@acme.example', 'Ops lead', NULL, 'champion', "
            "'active'),"
            " ('C3', 'A1', 'Dana', 'Decider', 'dana@acme.example', 'CFO', NULL, 'decision_maker', 'active'),"
            " ('C4', 'A1', 'Eve', 'Sponsor', 'eve@acme.example', 'CEO', NULL, 'executive_sponsor', 'active'),"
            " ('C5', 'A1', 'Lee', 'Left', 'lee@acme.example', 'Former champion', NULL, 'champion', 'left'),"
            " ('C6', 'A1', 'Arch', 'Ived', NULL, NULL, NULL, 'user', 'active')"_s,
            u"UPDATE contacts SET archived = 1 WHERE id = 'C6'"_s,
            u"INSERT INTO activities (id, account_id, contact_id, type, subject, body, occurred_at, owner_id,"
            " status) VALUES"
            " ('ACT1', 'A1', 'C2', 'call', 'Kick-off call', 'Agreed the plan', '2025-03-01T09:00:00Z', 'U1',"
            " 'completed'),"
            " ('ACT2', 'A1', 'C2', 'Email', 'Follow-up', 'Sent the deck', '2025-03-05T10:30:00Z', 'U1', "
            "NULL),"
            " ('ACT3', 'A1', 'C3', 'meeting', 'QBR', NULL, '2025-02-10T15:00:00Z', 'U1', NULL),"
            " ('ACT4', 'A1', NULL, 'Task', 'Send contract', NULL, '2025-03-04', 'U2', NULL),"
            " ('ACT5', 'A1', NULL, 'webinar', 'Product webinar', NULL, '2025-01-15T12:00:00Z', 'U1', NULL),"
            " ('ACT6', 'A1', 'C1', 'call', 'Archived call', NULL, '2025-03-06T08:00:00Z', 'U1', NULL)"_s,
            u"UPDATE activities SET archived = 1 WHERE id = 'ACT6'"_s,
            u"INSERT INTO notes (id, account_id, kind, body, author, created_at, updated_at, deleted) VALUES"
            " ('N1', 'A1', 'note', 'Renewal risk: budget cut\nSecond line', 'U1', '2025-03-03T12:00:00.000Z',"
            " '2025-03-03T12:00:00.000Z', 0),"
            " ('N2', 'A1', 'note', 'Deleted note', 'U1', '2025-03-07T12:00:00.000Z',"
            " '2025-03-07T12:00:00.000Z', 1)"_s,
            u"INSERT INTO cases (id, account_id, number, subject, status, priority, opened_at, closed_at, "
            u"csat)"
            " VALUES"
            " ('CS1', 'A1', '00010001', 'Login fails', 'Closed', 'high', '2025-01-10T08:00:00Z',"
            " '2025-01-11T08:00:00Z', 4),"
            " ('CS2', 'A1', '00010002', 'Export is slow', 'Working', 'urgent', '2025-03-01T08:00:00Z', NULL,"
            " NULL),"
            " ('CS3', 'A1', '00010003', 'Question about SSO', 'New', 'low', '2025-03-05T08:00:00Z', NULL, "
            "NULL),"
            " ('CS4', 'A1', '00010004', 'Invoice address', 'Closed', 'medium', '2025-02-01T08:00:00Z',"
            " '2025-02-03T08:00:00Z', 2)"_s,
            u"INSERT INTO nps (id, account_id, contact_id, score, comment, responded_at) VALUES"
            " ('NPS1', 'A1', 'C2', 10, 'Love it', '2025-02-01T10:00:00Z'),"
            " ('NPS2', 'A1', 'C3', 6, 'Too expensive', '2025-02-03T10:00:00Z'),"
            " ('NPS3', 'A1', 'C1', 8, NULL, '2024-11-01T10:00:00Z'),"
            " ('NPS4', 'A1', 'C4', 9, '  ', '2025-02-05T10:00:00Z')"_s,
            u"INSERT INTO opportunities (id, account_id, name, type, stage, amount, close_date, is_closed, "
            u"is_won)"
            " VALUES"
            " ('O1', 'A1', 'Renewal 2025', 'renewal', 'Negotiation', 260000, '2025-03-31', 0, 0),"
            " ('O2', 'A1', 'Expansion +50 seats', 'expansion', 'Proposal', 40000, '2025-06-30', 0, 0),"
            " ('O3', 'A1', 'Initial deal', 'new_business', 'Closed Won', 240000, '2024-03-20', 1, 1),"
            " ('O4', 'A1', 'Add-on analytics', 'expansion', 'Closed Lost', 15000, '2024-09-30', 1, 0)"_s,
            u"INSERT INTO metrics (id, name) VALUES (1, 'licenses_used'), (2, 'active_users'),"
            " (3, 'core_feature_adoption'), (4, 'unused_metric')"_s,
        }));
    // Daily licences used over two weeks (Mon 2025-03-03 .. Sun 2025-03-16): 100..113;
    // active users weekly on Mondays.
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO usage (account_pk, metric_id, day, value) VALUES"
              " ((SELECT pk FROM accounts WHERE id = 'A1'), ?, ?, ?)"_s);
    for (int d = 0; d < 14; ++d) {
        q.addBindValue(1);
        q.addBindValue(monday20250303 + d);
        q.addBindValue(100.0 + d);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    for (int w = 0; w < 3; ++w) {
        q.addBindValue(2);
        q.addBindValue(monday20250303 + 7 * w);
        q.addBindValue(50.0 + 10 * w);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    q.addBindValue(3);
    q.addBindValue(monday20250303 + 2);
    q.addBindValue(QVariant(QMetaType::fromType<double>())); // a NULL value is no point
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestAccount360Models::profileReadsEveryFact()
{
    QString error = u"stale"_s;
    const AccountProfile p = AccountProfile::load(m_db, u"A1"_s, &error);
    QVERIFY2(p.isValid(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(p.id, u"A1"_s);
    QCOMPARE(p.name, u"Acme Corp"_s);
    QCOMPARE(p.ownerId, u"U1"_s);
    QCOMPARE(p.ownerName, u"Alice Martin"_s);
    QCOMPARE(p.ownerEmail, u"alice@pitwall.example"_s);
    QCOMPARE(p.teamId, u"T1"_s);
    QCOMPARE(p.teamName, u"West Coast"_s);
    QCOMPARE(p.segment, u"enterprise"_s);
    QCOMPARE(p.industry, u"Manufacturing"_s);
    QCOMPARE(p.region, u"north_america"_s);
    QCOMPARE(p.country, u"US"_s);
    QCOMPARE(p.lifecycleStage, u"at_risk"_s);
    QCOMPARE(p.status, u"active"_s);
    QVERIFY(p.arr.has_value());
    QCOMPARE(*p.arr, 250000.0);
    QCOMPARE(p.currency, u"USD"_s);
    QCOMPARE(p.licenses.value_or(-1), 120);
    QCOMPARE(p.contractStart, QDate(2024, 4, 1));
    QCOMPARE(p.renewalDate, QDate(2025, 3, 31));
    QCOMPARE(p.createdAt, QDate(2024, 3, 20));
    QCOMPARE(p.website, u"acme.example"_s);
    QCOMPARE(p.websiteUrl(), u"https://acme.example"_s);
    QCOMPARE(p.parentId, u"P1"_s);
    QCOMPARE(p.parentName, u"Acme Holdings"_s);
    QVERIFY(!p.archived);
    QCOMPARE(p.daysToRenewal(QDate(2025, 3, 14)).value_or(-999), 17);
    QCOMPARE(p.daysToRenewal(QDate(2025, 4, 2)).value_or(-999), -2);
}

void TestAccount360Models::profileOfUnknownAccountFails()
{
    QString error;
    const AccountProfile p = AccountProfile::load(m_db, u"NOPE"_s, &error);
    QVERIFY(!p.isValid());
    QVERIFY2(error.contains(u"NOPE"_s), qPrintable(error));
}

void TestAccount360Models::profileOfBareAccount()
{
    const AccountProfile p = AccountProfile::load(m_db, u"A3"_s);
    QVERIFY(p.isValid());
    QCOMPARE(p.name, u"空白科技"_s);
    QVERIFY(!p.arr.has_value());
    QVERIFY(!p.licenses.has_value());
    QVERIFY(!p.daysToRenewal(QDate(2025, 3, 14)).has_value());
    QVERIFY(p.ownerDisplayName().isEmpty());
    QVERIFY(p.websiteUrl().isEmpty());
}

void TestAccount360Models::formatsCodesAndDays()
{
    QCOMPARE(CrmFormat::codeLabel(u"at_risk"_s), u"At risk"_s);
    QCOMPARE(CrmFormat::codeLabel(u"Mid-Market"_s), u"Mid-market"_s);
    QCOMPARE(CrmFormat::codeLabel(u"some_new_code"_s), u"Some new code"_s);
    QCOMPARE(CrmFormat::codeLabel(u"Closed Won"_s), u"Closed won"_s);
    QCOMPARE(CrmFormat::contactRoleLabel(u"executive_sponsor"_s), u"Executive sponsor"_s);
    QCOMPARE(CrmFormat::contactRoleLabel(u"Decision Maker"_s), u"Decision maker"_s);
    QVERIFY(CrmFormat::contactRoleRank(u"champion"_s) < CrmFormat::contactRoleRank(u"user"_s));
    QCOMPARE(CrmFormat::personName(u"Ana"_s, u"Lopez"_s), u"Ana Lopez"_s);
    QCOMPARE(CrmFormat::personName(u"小明"_s, u"王"_s), u"王小明"_s);
    QCOMPARE(CrmFormat::personName(QString(), u"Lopez"_s), u"Lopez"_s);
    QCOMPARE(CrmFormat::personName(u" Ana "_s, QString()), u"Ana"_s);
    QCOMPARE(CrmFormat::relativeDays(0), u"today"_s);
    // The English plural forms come from translations/pitwall_en.ts.
    QVERIFY(CrmFormat::relativeDays(17).startsWith(u"in 17 day"_s));
    QVERIFY(CrmFormat::relativeDays(-3).startsWith(u"3 day"_s));
    QVERIFY(CrmFormat::relativeDays(-3).endsWith(u" ago"_s));
    QCOMPARE(CrmFormat::money(250000, u"USD"_s), u"$250,000"_s); // en_US: its own currency
    QCOMPARE(CrmFormat::money(250000, u"EUR"_s), u"€250,000"_s);
    QCOMPARE(CrmFormat::money(1500.5, u"CNY"_s, 2), u"CN¥1,500.50"_s);
    QCOMPARE(CrmFormat::parseInstant(u"2025-03-01T09:00:00Z"_s),
             QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::utc()));
    QCOMPARE(CrmFormat::parseInstant(u"2025-03-04"_s),
             QDateTime(QDate(2025, 3, 4), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(!CrmFormat::parseInstant(u"garbage"_s).isValid());
}

void TestAccount360Models::usageKindFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    const int used = int(UsageSeries::Kind::LicencesUsed);
    const int bought = int(UsageSeries::Kind::LicencesPurchased);
    const int active = int(UsageSeries::Kind::ActiveUsers);
    const int other = int(UsageSeries::Kind::Other);
    QTest::newRow("demo used") << u"licenses_used"_s << used;
    QTest::newRow("demo active") << u"active_users"_s << active;
    QTest::newRow("demo adoption") << u"core_feature_adoption"_s << other;
    QTest::newRow("british") << u"Licences Used"_s << used;
    QTest::newRow("camel") << u"LicensesUsed"_s << used;
    QTest::newRow("seats assigned") << u"Seats assigned"_s << used;
    QTest::newRow("salesforce field") << u"Licenses_Used__c"_s << used;
    QTest::newRow("purchased") << u"licenses_purchased"_s << bought;
    QTest::newRow("seats total") << u"Total seats"_s << bought;
    QTest::newRow("monthly active") << u"Monthly Active Users"_s << active;
    QTest::newRow("mau") << u"MAU"_s << active;
    QTest::newRow("chinese active") << u"活跃用户数"_s << active;
    QTest::newRow("chinese used") << u"已用许可"_s << used;
    QTest::newRow("logins") << u"logins"_s << other;
    QTest::newRow("user count is not active") << u"users_invited"_s << other;
}

void TestAccount360Models::usageKindFromName()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QCOMPARE(int(UsageSeries::kindOf(name)), kind);
}

void TestAccount360Models::usageMetricsOfAnAccount()
{
    const AccountProfile p = AccountProfile::load(m_db, u"A1"_s);
    QString error;
    const QList<UsageSeries::Metric> metrics = UsageSeries::metrics(m_db.connection(), p.pk, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Only the metrics this account has, by name; not "unused_metric".
    QCOMPARE(metrics.size(), 3);
    QCOMPARE(metrics.at(0).name, u"active_users"_s);
    QCOMPARE(metrics.at(1).name, u"core_feature_adoption"_s);
    QCOMPARE(metrics.at(2).name, u"licenses_used"_s);
    QCOMPARE(metrics.at(2).days, 14);
    QCOMPARE(metrics.at(2).first, QDate(2025, 3, 3));
    QCOMPARE(metrics.at(2).last, QDate(2025, 3, 16));
    const UsageSeries::Metric *used = UsageSeries::find(metrics, UsageSeries::Kind::LicencesUsed);
    QVERIFY(used);
    QCOMPARE(used->id, 1);
    const UsageSeries::Metric *active = UsageSeries::find(metrics, UsageSeries::Kind::ActiveUsers);
    QVERIFY(active);
    QCOMPARE(active->id, 2);
    QVERIFY(!UsageSeries::find(metrics, UsageSeries::Kind::LicencesPurchased));
    QCOMPARE(UsageSeries::displayName(u"licenses_used"_s), u"Licences used"_s);
    QCOMPARE(UsageSeries::displayName(u"weekly_logins"_s), u"Weekly logins"_s);
}

void TestAccount360Models::usageWeeklyPoints()
{
    const qint64 pk = AccountProfile::load(m_db, u"A1"_s).pk;
    QCOMPARE(UsageSeries::dayNumber(QDate(2025, 3, 3)), monday20250303);
    QCOMPARE(UsageSeries::mondayOf(QDate(2025, 3, 9)), QDate(2025, 3, 3));

    QString error;
    UsageSeries s
        = UsageSeries::load(m_db.connection(), pk, 1, {}, {}, UsageSeries::Aggregation::Average, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s.metricName, u"licenses_used"_s);
    QCOMPARE(s.points.size(), 2);
    QCOMPARE(s.points.at(0).week, QDate(2025, 3, 3));
    QCOMPARE(s.points.at(0).value, 103.0); // mean of 100..106
    QCOMPARE(s.points.at(1).week, QDate(2025, 3, 10));
    QCOMPARE(s.points.at(1).value, 110.0);
    QCOMPARE(s.maximum(), 110.0);

    s = UsageSeries::load(m_db.connection(), pk, 1, {}, {}, UsageSeries::Aggregation::Sum);
    QCOMPARE(s.points.at(0).value, 721.0);
    s = UsageSeries::load(m_db.connection(), pk, 1, {}, {}, UsageSeries::Aggregation::Last);
    QCOMPARE(s.points.at(0).value, 106.0);
    QCOMPARE(s.points.at(1).value, 113.0);

    // A range starting mid-week takes the whole week; the end is inclusive.
    s = UsageSeries::load(m_db.connection(), pk, 1, QDate(2025, 3, 12), QDate(2025, 3, 12));
    QCOMPARE(s.points.size(), 1);
    QCOMPARE(s.points.at(0).week, QDate(2025, 3, 10));
    QCOMPARE(s.points.at(0).value, 108.0); // mean of 107..109
    s = UsageSeries::load(m_db.connection(), pk, 2, QDate(2025, 3, 10), {});
    QCOMPARE(s.points.size(), 2);
    QCOMPARE(s.points.at(0).value, 60.0);
    QCOMPARE(s.points.at(1).value, 70.0);

    // Only NULL values: no points.
    QVERIFY(UsageSeries::load(m_db.connection(), pk, 3, {}, {}).isEmpty());
}

void TestAccount360Models::usageOfAccountWithoutUsage()
{
    const qint64 pk = AccountProfile::load(m_db, u"A3"_s).pk;
    QString error;
    QVERIFY(UsageSeries::metrics(m_db.connection(), pk, &error).isEmpty());
    QVERIFY(error.isEmpty());
    QVERIFY(UsageSeries::load(m_db.connection(), pk, 1, {}, {}).isEmpty());
}

void TestAccount360Models::contactsByRoleWithLastActivity()
{
    ContactListModel model(m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccountId(u"A1"_s);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 5); // the archived one is not there
    QCOMPARE(columnTexts(model, ContactListModel::Name),
             QStringList(
                 { u"Chris Champion"_s, u"Eve Sponsor"_s, u"Dana Decider"_s, u"Uma User"_s, u"Lee Left"_s }));
    QCOMPARE(columnTexts(model, ContactListModel::Role),
             QStringList({ u"Champion"_s, u"Executive sponsor"_s, u"Decision maker"_s, u"User"_s,
                           u"Champion (left)"_s }));
    QCOMPARE(model.index(0, ContactListModel::Title).data().toString(), u"Ops lead"_s);
    QCOMPARE(model.index(0, ContactListModel::Email).data().toString(), u"chris@acme.example"_s);
    QCOMPARE(model.index(3, ContactListModel::Phone).data().toString(), u"+1 555 0101"_s);
    // The latest of ACT1 and ACT2; the archived ACT6 does not count for Uma.
    QCOMPARE(model.index(0, ContactListModel::LastActivity).data(ContactListModel::RawRole).toDateTime(),
             QDateTime(QDate(2025, 3, 5), QTime(10, 30), QTimeZone::utc()));
    QCOMPARE(model.index(2, ContactListModel::LastActivity).data(ContactListModel::RawRole).toDateTime(),
             QDateTime(QDate(2025, 2, 10), QTime(15, 0), QTimeZone::utc()));
    QVERIFY(!model.index(3, ContactListModel::LastActivity)
                 .data(ContactListModel::RawRole)
                 .toDateTime()
                 .isValid());
    QVERIFY(model.index(3, ContactListModel::LastActivity).data().toString().isEmpty());
    QCOMPARE(model.index(0, 0).data(ContactListModel::ContactIdRole).toString(), u"C2"_s);
    QCOMPARE(model.index(4, 0).data(ContactListModel::LeftRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(ContactListModel::RoleCodeRole).toString(), u"executive_sponsor"_s);
    QCOMPARE(model.keyContactCount(), 3);
    QCOMPARE(model.headerData(ContactListModel::LastActivity, Qt::Horizontal).toString(), u"Last activity"_s);
}

void TestAccount360Models::timelineMergesNewestFirst()
{
    TimelineModel model(m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &TimelineModel::countsChanged);
    model.setAccountId(u"A1"_s);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(counts.size(), 1);
    // 5 live activities + 1 live note; archived activity and deleted note left out.
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.totalCount(), 6);
    QCOMPARE(columnTexts(model, 0),
             QStringList({ u"Follow-up"_s, u"Send contract"_s, u"Renewal risk: budget cut"_s,
                           u"Kick-off call"_s, u"QBR"_s, u"Product webinar"_s }));
    QCOMPARE(columnTexts(model, 0, TimelineModel::TypeRole),
             QStringList({ u"email"_s, u"task"_s, u"note"_s, u"call"_s, u"meeting"_s, u"other"_s }));
    const QModelIndex note = model.index(2, 0);
    QVERIFY(note.data(TimelineModel::IsLocalNoteRole).toBool());
    QCOMPARE(note.data(TimelineModel::NoteIdRole).toString(), u"N1"_s);
    QCOMPARE(note.data(TimelineModel::BodyRole).toString(), u"Renewal risk: budget cut\nSecond line"_s);
    QCOMPARE(note.data(TimelineModel::AuthorRole).toString(), u"Alice Martin"_s);
    QCOMPARE(note.data(TimelineModel::AtRole).toDateTime(),
             QDateTime(QDate(2025, 3, 3), QTime(12, 0), QTimeZone::utc()));
    const QModelIndex email = model.index(0, 0);
    QVERIFY(!email.data(TimelineModel::IsLocalNoteRole).toBool());
    QVERIFY(email.data(TimelineModel::NoteIdRole).toString().isEmpty());
    QCOMPARE(email.data(TimelineModel::EntryIdRole).toString(), u"ACT2"_s);
    QCOMPARE(email.data(TimelineModel::ContactRole).toString(), u"Chris Champion"_s);
    QCOMPARE(email.data(TimelineModel::TypeLabelRole).toString(), u"Email"_s);
    QCOMPARE(model.index(3, 0).data(TimelineModel::StatusRole).toString(), u"Completed"_s);
    QCOMPARE(model.index(1, 0).data(TimelineModel::AuthorRole).toString(), u"王小明"_s);
    // A bare CRM date sorts as midnight UTC of that day.
    QCOMPARE(model.index(1, 0).data(TimelineModel::AtRole).toDateTime(),
             QDateTime(QDate(2025, 3, 4), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(model.rowOfNote(u"N1"_s), 2);
    QCOMPARE(model.rowOfNote(u"N2"_s), -1);
}

void TestAccount360Models::timelineFiltersByType()
{
    TimelineModel model(m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccountId(u"A1"_s);
    const QHash<QString, int> types = model.typeCounts();
    QCOMPARE(types.value(u"email"_s), 1);
    QCOMPARE(types.value(u"call"_s), 1);
    QCOMPARE(types.value(u"note"_s), 1);
    QCOMPARE(types.value(u"other"_s), 1);

    model.setTypeFilter({ u"call"_s, u"note"_s });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalCount(), 2);
    QCOMPARE(model.unfilteredCount(), 6);
    QCOMPARE(columnTexts(model, 0), QStringList({ u"Renewal risk: budget cut"_s, u"Kick-off call"_s }));
    model.setTypeFilter({ u"other"_s });
    QCOMPARE(columnTexts(model, 0), QStringList({ u"Product webinar"_s }));
    model.setTypeFilter({ u"meeting"_s, u"email"_s });
    QCOMPARE(columnTexts(model, 0), QStringList({ u"Follow-up"_s, u"QBR"_s }));
    model.setTypeFilter({});
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(TimelineModel::typeLabel(u"meeting"_s), u"Meeting"_s);
}

void TestAccount360Models::timelineLoadsLazily()
{
    // 250 activities and 60 notes on one account, interleaved in time.
    QSqlDatabase db = m_db.connection();
    QVERIFY(execAll(db, { u"INSERT INTO accounts (id, name) VALUES ('BIG', 'Busy Account')"_s }));
    db.transaction();
    QSqlQuery q(db);
    const QDateTime start(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc());
    q.prepare(
        u"INSERT INTO activities (id, account_id, type, subject, occurred_at) VALUES (?, 'BIG', ?, ?, ?)"_s);
    for (int i = 0; i < 250; ++i) {
        q.addBindValue(u"BIG-ACT-%1"_s.arg(i));
        q.addBindValue(i % 2 ? u"call"_s : u"email"_s);
        q.addBindValue(u"Activity %1"_s.arg(i));
        // Pairs share a timestamp, so the pk tie-break is exercised across pages.
        q.addBindValue(start.addSecs(3600 * (i / 2)).toString(Qt::ISODate));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    q.prepare(
        u"INSERT INTO notes (id, account_id, body, created_at, updated_at) VALUES (?, 'BIG', ?, ?, ?)"_s);
    for (int i = 0; i < 60; ++i) {
        q.addBindValue(u"BIG-NOTE-%1"_s.arg(i));
        q.addBindValue(u"Note %1"_s.arg(i));
        const QString at = start.addSecs(3600 * (2 * i) + 1800).toString(Qt::ISODateWithMs);
        q.addBindValue(at);
        q.addBindValue(at);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(db.commit());

    TimelineModel model(m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccountId(u"BIG"_s);
    QCOMPARE(model.totalCount(), 310);
    QCOMPARE(model.rowCount(), TimelineModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(model.rowCount(), 310);
    // Strictly newest first, no entry twice.
    QSet<QString> seen;
    QDateTime previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        const QString id = i.data(TimelineModel::EntryIdRole).toString();
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        const QDateTime at = i.data(TimelineModel::AtRole).toDateTime();
        if (r > 0)
            QVERIFY2(at <= previous, qPrintable(id));
        previous = at;
    }
    QCOMPARE(model.index(0, 0).data().toString(), u"Activity 249"_s);
    QCOMPARE(model.index(309, 0).data().toString(), u"Activity 0"_s);

    // A filter pages too.
    model.setTypeFilter({ u"note"_s });
    QCOMPARE(model.totalCount(), 60);
    QCOMPARE(model.rowCount(), 60);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(0, 0).data().toString(), u"Note 59"_s);
}

void TestAccount360Models::timelineFollowsNoteEdits()
{
    LocalWork work(m_db, u"U1"_s);
    TimelineModel model(m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccountId(u"A1"_s);
    const int before = model.rowCount();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const QString id = work.addNote(u"A1"_s, u"C"_s);
    QVERIFY2(!id.isEmpty(), qPrintable(work.lastError()));
    model.refreshNote(id);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.totalCount(), before + 1);
    QCOMPARE(model.rowOfNote(id), 0); // written now: the newest entry
    QCOMPARE(model.index(0, 0).data().toString(), u"C"_s);

    QVERIFY(work.setNoteBody(id, u"Call went well"_s));
    model.refreshNote(id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"Call went well"_s);
    QCOMPARE(model.rowCount(), before + 1);

    // Filtered out: refreshing a note does not add it.
    model.setTypeFilter({ u"email"_s });
    QCOMPARE(model.rowCount(), 1);
    model.refreshNote(id);
    QCOMPARE(model.rowCount(), 1);
    model.setTypeFilter({});
    reset.clear();

    QVERIFY(work.deleteNote(id));
    model.refreshNote(id);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.rowOfNote(id), -1);
    QCOMPARE(reset.size(), 0); // never a reset: the list keeps its scroll position
}

void TestAccount360Models::casesOpenFirstWithSummary()
{
    CaseListModel model(m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccountId(u"A1"_s);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(columnTexts(model, CaseListModel::Number),
             QStringList({ u"00010003"_s, u"00010002"_s, u"00010004"_s, u"00010001"_s }));
    QCOMPARE(columnTexts(model, CaseListModel::Status),
             QStringList({ u"New"_s, u"Working"_s, u"Closed"_s, u"Closed"_s }));
    QCOMPARE(columnTexts(model, CaseListModel::Priority),
             QStringList({ u"Low"_s, u"Urgent"_s, u"Medium"_s, u"High"_s }));
    QCOMPARE(model.index(3, CaseListModel::Csat).data().toString(), u"4 / 5"_s);
    QVERIFY(model.index(0, CaseListModel::Csat).data().toString().isEmpty());
    QCOMPARE(model.index(1, CaseListModel::Opened).data(CaseListModel::RawRole).toDateTime(),
             QDateTime(QDate(2025, 3, 1), QTime(8, 0), QTimeZone::utc()));
    QVERIFY(!model.index(1, CaseListModel::Closed).data(CaseListModel::RawRole).toDateTime().isValid());
    QCOMPARE(model.index(1, 0).data(CaseListModel::IsOpenRole).toBool(), true);
    QCOMPARE(model.index(2, 0).data(CaseListModel::IsOpenRole).toBool(), false);
    QCOMPARE(model.index(1, CaseListModel::Priority).data(CaseListModel::RawRole).toInt(), 3);
    QCOMPARE(model.openCount(), 2);
    QCOMPARE(model.urgentOpenCount(), 1);
    QCOMPARE(model.averageCsat().value_or(0), 3.0);
}

void TestAccount360Models::npsScoresAndCategories()
{
    NpsListModel model(m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccountId(u"A1"_s);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(columnTexts(model, NpsListModel::Score), QStringList({ u"9"_s, u"6"_s, u"10"_s, u"8"_s }));
    QCOMPARE(columnTexts(model, NpsListModel::Contact),
             QStringList({ u"Eve Sponsor"_s, u"Dana Decider"_s, u"Chris Champion"_s, u"Uma User"_s }));
    QCOMPARE(columnTexts(model, NpsListModel::Group),
             QStringList({ u"Promoter"_s, u"Detractor"_s, u"Promoter"_s, u"Passive"_s }));
    QCOMPARE(columnTexts(model, NpsListModel::Comment),
             QStringList({ QString(), u"Too expensive"_s, u"Love it"_s, QString() }));
    QCOMPARE(model.index(1, 0).data(NpsListModel::CategoryRole).toInt(),
             int(NpsListModel::Category::Detractor));
    QCOMPARE(model.index(0, 0).data(NpsListModel::ResponseIdRole).toString(), u"NPS4"_s);
    const NpsListModel::Summary all = model.summary();
    QCOMPARE(all.responses, 4);
    QCOMPARE(all.promoters, 2);
    QCOMPARE(all.passives, 1);
    QCOMPARE(all.detractors, 1);
    QCOMPARE(all.nps().value_or(-999), 25);
    const NpsListModel::Summary recent
        = model.summary(QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(recent.responses, 3);
    QCOMPARE(recent.nps().value_or(-999), 33);
    QVERIFY(!NpsListModel::Summary().nps().has_value());
    QCOMPARE(NpsListModel::category(0), NpsListModel::Category::Detractor);
    QCOMPARE(NpsListModel::category(7), NpsListModel::Category::Passive);
    QCOMPARE(NpsListModel::category(11), NpsListModel::Category::None);
}

void TestAccount360Models::opportunitiesOpenFirstWithPipeline()
{
    OpportunityListModel model(m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccountId(u"A1"_s);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.currency(), u"USD"_s);
    QCOMPARE(columnTexts(model, OpportunityListModel::Name),
             QStringList(
                 { u"Renewal 2025"_s, u"Expansion +50 seats"_s, u"Add-on analytics"_s, u"Initial deal"_s }));
    QCOMPARE(columnTexts(model, OpportunityListModel::Result),
             QStringList({ u"Open"_s, u"Open"_s, u"Lost"_s, u"Won"_s }));
    QCOMPARE(columnTexts(model, OpportunityListModel::Type),
             QStringList({ u"Renewal"_s, u"Expansion"_s, u"Expansion"_s, u"New business"_s }));
    QCOMPARE(model.index(0, OpportunityListModel::Amount).data().toString(), u"$260,000"_s);
    QCOMPARE(model.index(0, OpportunityListModel::Amount).data(OpportunityListModel::RawRole).toDouble(),
             260000.0);
    QCOMPARE(model.index(0, OpportunityListModel::CloseDate).data(OpportunityListModel::RawRole).toDate(),
             QDate(2025, 3, 31));
    QCOMPARE(model.index(3, 0).data(OpportunityListModel::OutcomeRole).toInt(),
             int(OpportunityListModel::Outcome::Won));
    QCOMPARE(model.openCount(), 2);
    QCOMPARE(model.openPipeline(), 300000.0);
}

void TestAccount360Models::emptyAccountHasEmptyModels()
{
    ContactListModel contacts(m_db);
    TimelineModel timeline(m_db);
    CaseListModel cases(m_db);
    NpsListModel nps(m_db);
    OpportunityListModel opportunities(m_db);
    QAbstractItemModelTester t1(&contacts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&cases, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(&nps, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t5(&opportunities, QAbstractItemModelTester::FailureReportingMode::Fatal);
    contacts.setAccountId(u"A3"_s);
    timeline.setAccountId(u"A3"_s);
    cases.setAccountId(u"A3"_s);
    nps.setAccountId(u"A3"_s);
    opportunities.setAccountId(u"A3"_s);
    QCOMPARE(contacts.rowCount(), 0);
    QCOMPARE(timeline.rowCount(), 0);
    QCOMPARE(timeline.totalCount(), 0);
    QVERIFY(!timeline.canFetchMore({}));
    QCOMPARE(cases.rowCount(), 0);
    QCOMPARE(nps.rowCount(), 0);
    QCOMPARE(opportunities.rowCount(), 0);
    QVERIFY(!cases.averageCsat().has_value());
    QVERIFY(!nps.summary().nps().has_value());
    QCOMPARE(opportunities.openPipeline(), 0.0);
}

void TestAccount360Models::demoCacheUnderTheTester()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    Database db;
    QVERIFY2(TestSupport::buildDemoCache(
                 db, dir.path(), { .accounts = 24, .seed = 7, .usageWeeks = 30, .asOf = QDate(2025, 3, 14) },
                 &error),
             qPrintable(error));

    // The account with the most activity has something in every model.
    QSqlQuery q(db.connection());
    QVERIFY(
        q.exec(u"SELECT account_id FROM activities GROUP BY account_id ORDER BY COUNT(*) DESC LIMIT 1"_s));
    QVERIFY(q.next());
    const QString accountId = q.value(0).toString();
    const AccountProfile profile = AccountProfile::load(db, accountId, &error);
    QVERIFY2(profile.isValid(), qPrintable(error));
    QVERIFY(!profile.ownerName.isEmpty());
    QVERIFY(profile.arr.has_value());

    ContactListModel contacts(db);
    TimelineModel timeline(db);
    CaseListModel cases(db);
    NpsListModel nps(db);
    OpportunityListModel opportunities(db);
    QAbstractItemModelTester t1(&contacts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&cases, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(&nps, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t5(&opportunities, QAbstractItemModelTester::FailureReportingMode::Fatal);
    contacts.setAccountId(accountId);
    timeline.setAccountId(accountId);
    cases.setAccountId(accountId);
    nps.setAccountId(accountId);
    opportunities.setAccountId(accountId);
    QVERIFY(contacts.rowCount() > 0);
    QVERIFY(timeline.rowCount() > 0);
    QVERIFY(opportunities.rowCount() > 0);
    // Every demo contact role has a translated label, not the raw code.
    for (int r = 0; r < contacts.rowCount(); ++r)
        QVERIFY2(!contacts.index(r, ContactListModel::Role).data().toString().contains(u'_'),
                 qPrintable(contacts.index(r, ContactListModel::Role).data().toString()));
    // Demo activities are calls, e-mails and meetings only.
    const QHash<QString, int> types = timeline.typeCounts();
    QCOMPARE(types.value(u"other"_s), 0);
    QVERIFY(types.value(u"call"_s) + types.value(u"email"_s) + types.value(u"meeting"_s) > 0);

    // The demo's usage metrics are recognised.
    const QList<UsageSeries::Metric> metrics = UsageSeries::metrics(db.connection(), profile.pk);
    const UsageSeries::Metric *used = UsageSeries::find(metrics, UsageSeries::Kind::LicencesUsed);
    const UsageSeries::Metric *active = UsageSeries::find(metrics, UsageSeries::Kind::ActiveUsers);
    QVERIFY(used);
    QVERIFY(active);
    const UsageSeries weekly = UsageSeries::load(db.connection(), profile.pk, used->id, {}, {});
    QVERIFY(weekly.points.size() > 4);
    for (const UsageSeries::Point &p : weekly.points)
        QCOMPARE(p.week.dayOfWeek(), 1);
    QVERIFY(weekly.maximum() <= double(profile.licenses.value_or(0)) * 1.1);
}

QTEST_GUILESS_MAIN(TestAccount360Models)
#include "tst_account360models.moc"
