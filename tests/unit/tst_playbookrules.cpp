// Playbook rules: each trigger on a hand-made cache, the actions (playbook, task, manager's
// notification) with their journal rows, de-duplication (a second run starts nothing; a
// new event while one is open starts nothing; after completion a new event may), rule
// sets from JSON (validation, published > local > built-in), and the hooks in the import
// and the health refresh.
#include "TestSupport.h"
#include "health/HealthRefresh.h"
#include "import/Importer.h"
#include "playbook/PlaybookRules.h"
#include "playbook/PlaybookStore.h"
#include "playbook/PlaybookTemplateStore.h"
#include "store/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    return scalar(db, sql, binds).toLongLong();
}

const QDate today = d("2026-11-20");

} // namespace

class TestPlaybookRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstEvaluationStartsRenewalAndOnboarding();
    void secondEvaluationFindsNothingNew();
    void npsDetractorAndDeduplication();
    void healthTurnsRed();
    void renewalWithinTheWindow();
    void newAccountAfterTheFirstEvaluation();
    void championLeaves();
    void scopeKeepsToTheChangedAccounts();
    void scopeNeedsTodaysFullEvaluation();
    void publishedRulesReplaceTheBuiltIns();
    void localRulesAndPrecedence();
    void rulesJsonIsValidated_data();
    void rulesJsonIsValidated();
    void builtInRulesRoundTrip();
    void notifications();
    void healthRefreshEvaluatesTheRules();
    void importStoresPublishedTemplatesAndRules();
    void importRefusesBrokenPlaybookConfig_data();
    void importRefusesBrokenPlaybookConfig();

private:
    QSqlDatabase c() const { return m_db->connection(); }
    PlaybookRules::Outcome evaluate(const QDate &day = today,
                                    const std::optional<QStringList> &scope = std::nullopt);
    QString copyNativeFixture();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPlaybookRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QVERIFY(exec(
        c(),
        u"INSERT INTO teams (id, name, manager_id) VALUES ('T1', 'West', 'M1'), ('T2', 'East', 'M2')"_s));
    // U1's manager is on their record; U2's comes from their team.
    QVERIFY(exec(c(),
                 u"INSERT INTO users (id, name, team, manager_id) VALUES ('U1', 'Alice', 'T1', 'M1'),"
                 " ('U2', 'Bob', 'T2', NULL), ('M1', 'Mia', 'T1', NULL), ('M2', 'Max', 'T2', NULL)"_s));
    QVERIFY(
        exec(c(),
             u"INSERT INTO accounts (id, name, owner_id, renewal_date, created_at, lifecycle_stage, archived)"
             " VALUES ('A1', 'Acme', 'U1', '2027-06-30', '2020-01-01T00:00:00Z', 'adoption', 0),"
             " ('A2', 'Beta', 'U2', '2027-01-15', '2026-11-10T09:00:00Z', 'onboarding', 0),"
             " ('A3', 'Gone', 'U1', '2027-01-10', '2020-01-01T00:00:00Z', 'adoption', 1),"
             " ('A4', 'Lost', 'U1', '2027-01-10', '2026-11-15T00:00:00Z', 'churned', 0),"
             " ('A5', 'Echo', 'U1', '2027-04-30', '2019-05-01T00:00:00Z', 'adoption', 0)"_s));
    QVERIFY(exec(c(),
                 u"INSERT INTO contacts (id, account_id, first_name, last_name, role, status) VALUES"
                 " ('C1', 'A1', 'Jane', 'Doe', 'champion', 'active'),"
                 " ('C2', 'A2', 'Wei', 'Li', 'Champion', 'active'),"
                 " ('C3', 'A5', 'Sam', 'Ray', 'user', 'active')"_s));
}

void TestPlaybookRules::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

PlaybookRules::Outcome TestPlaybookRules::evaluate(const QDate &day, const std::optional<QStringList> &scope)
{
    PlaybookRules rules(*m_db);
    rules.setToday(day);
    rules.setAccountScope(scope);
    PlaybookRules::Outcome outcome;
    if (!rules.evaluate(&outcome))
        qWarning() << rules.lastError();
    return outcome;
}

void TestPlaybookRules::firstEvaluationStartsRenewalAndOnboarding()
{
    const PlaybookRules::Outcome o = evaluate();
    // A2 renews in 56 days and was created 10 days ago; A3 is archived, A4 churned, A1 and
    // A5 renew later than 120 days and are old.
    QCOMPARE(o.started, 2);
    QCOMPARE(o.suppressed, 0);
    QCOMPARE(o.tasks, 0);
    QCOMPARE(o.notifications, 0);
    QVERIFY(o.warnings.isEmpty());
    QCOMPARE(o.byRule.value(u"renewal_120"_s).started, 1);
    QCOMPARE(o.byRule.value(u"new_account"_s).started, 1);
    QVERIFY(o.anything());
    QVERIFY2(o.summary().contains(u"2 playbook"_s), qPrintable(o.summary()));

    PlaybookStore store(*m_db, u"U2"_s);
    store.setToday(today);
    const QList<PlaybookStore::Instance> list = store.instances(u"A2"_s);
    QCOMPARE(list.size(), 2);
    const PlaybookStore::Instance renewal = list.at(0).templateId == "renewal"_L1 ? list.at(0) : list.at(1);
    QCOMPARE(renewal.trigger, u"renewal_120"_s);
    QCOMPARE(renewal.reason, u"renewal"_s);
    QVERIFY(renewal.startedBy.isEmpty());
    QCOMPARE(renewal.triggerDetail.value("renewal_date"_L1).toString(), u"2027-01-15"_s);
    QCOMPARE(renewal.triggerDetail.value("days"_L1).toInt(), 56);
    const PlaybookStore::Instance full = *store.instance(renewal.id);
    // 2027-01-15 − 120/−90 are past: the start day; −60 = 11-16 past too; −30 = 12-16.
    QCOMPARE(full.steps.at(0).due, today);
    QCOMPARE(full.steps.at(2).due, today);
    QCOMPARE(full.steps.at(3).due, d("2026-12-16"));
    QCOMPARE(scalar(c(), u"SELECT author FROM change_journal WHERE entity = 'playbook' AND entity_id = ?"_s,
                    { renewal.id })
                 .toString(),
             u"rule:renewal_120"_s);
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM playbook_rule_events"_s), 2);
    QCOMPARE(scalar(c(), u"SELECT value FROM meta WHERE key = 'playbook_rules_account_pk'"_s).toInt(), 5);
    // The champions are recorded for the next evaluation, nothing fired for them.
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM playbook_rule_champions"_s), 2);
}

void TestPlaybookRules::secondEvaluationFindsNothingNew()
{
    evaluate();
    const qint64 journal = count(c(), u"SELECT COUNT(*) FROM change_journal"_s);
    const PlaybookRules::Outcome o = evaluate();
    QCOMPARE(o.started + o.suppressed + o.tasks + o.notifications, 0);
    QVERIFY(!o.anything());
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM playbook_instances"_s), 2);
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM change_journal"_s), journal);
    // Even days later, the same renewal does not fire twice.
    QCOMPARE(evaluate(today.addDays(3)).started, 0);
}

void TestPlaybookRules::npsDetractorAndDeduplication()
{
    evaluate(); // the first evaluation: renewal and onboarding on A2
    QVERIFY(exec(c(),
                 u"INSERT INTO nps (id, account_id, contact_id, score, responded_at) VALUES"
                 " ('N0', 'A1', 'C1', 2, '2026-09-01T10:00:00Z')," // too old
                 " ('N1', 'A1', 'C1', 4, '2026-11-15T10:00:00Z'),"
                 " ('N2', 'A5', 'C3', 9, '2026-11-16T10:00:00Z')," // a promoter
                 " ('N3', 'A5', 'C3', 7, '2026-11-16T11:00:00Z')," // passive
                 " ('N4', 'A3', NULL, 1, '2026-11-16T11:00:00Z')"_s)); // archived account
    const qint64 journalBefore = count(c(), u"SELECT COUNT(*) FROM change_journal"_s);
    PlaybookRules::Outcome o = evaluate();
    QCOMPARE(o.started, 1);
    QCOMPARE(o.tasks, 1);
    QCOMPARE(o.notifications, 1);
    QCOMPARE(o.byRule.value(u"nps_detractor"_s).events, 1);

    PlaybookStore store(*m_db, u"U1"_s);
    store.setToday(today);
    QList<PlaybookStore::Instance> open = store.instances(u"A1"_s, false);
    QCOMPARE(open.size(), 1);
    const QString first = open.at(0).id;
    QCOMPARE(open.at(0).templateId, u"risk_rescue"_s);
    QCOMPARE(open.at(0).trigger, u"nps_detractor"_s);
    QCOMPARE(open.at(0).reason, u"at_risk"_s);
    QCOMPARE(open.at(0).triggerDetail.value("score"_L1).toInt(), 4);
    QCOMPARE(open.at(0).triggerDetail.value("contact"_L1).toString(), u"Jane Doe"_s);

    // The task is the owner's, due in two days, made by the rule.
    QSqlQuery t(c());
    QVERIFY(t.exec(u"SELECT title, owner_id, due_date, source, source_id, author FROM tasks"_s) && t.next());
    QCOMPARE(t.value(0).toString(), u"Call Jane Doe about their NPS score of 4"_s);
    QCOMPARE(t.value(1).toString(), u"U1"_s);
    QCOMPARE(t.value(2).toString(), u"2026-11-22"_s);
    QCOMPARE(t.value(3).toString(), u"rule"_s);
    QCOMPARE(t.value(4).toString(), first);
    QCOMPARE(t.value(5).toString(), u"rule:nps_detractor"_s);
    // The manager hears of it.
    QCOMPARE(scalar(c(), u"SELECT recipient_id FROM notifications"_s).toString(), u"M1"_s);
    // Journal: the playbook, the task, the notification.
    QSqlQuery j(c());
    QVERIFY(j.exec(u"SELECT entity, field, author FROM change_journal ORDER BY seq"_s));
    QStringList entities;
    int seen = 0;
    while (j.next()) {
        if (++seen <= journalBefore)
            continue;
        entities.append(j.value(0).toString() + u'.' + j.value(1).toString());
        QCOMPARE(j.value(2).toString(), u"rule:nps_detractor"_s);
    }
    QCOMPARE(entities, (QStringList { u"playbook.created"_s, u"task.created"_s, u"notification.created"_s }));

    // Run again: nothing.
    o = evaluate();
    QVERIFY(!o.anything());

    // A new detractor while the rescue is open: no second playbook, but the task and the
    // notification for the new response.
    QVERIFY(exec(c(),
                 u"INSERT INTO nps (id, account_id, contact_id, score, responded_at) VALUES"
                 " ('N5', 'A1', NULL, 6, '2026-11-19T10:00:00Z')"_s));
    o = evaluate();
    QCOMPARE(o.started, 0);
    QCOMPARE(o.suppressed, 1);
    QCOMPARE(o.tasks, 1);
    QCOMPARE(o.notifications, 1);
    QCOMPARE(store.instances(u"A1"_s, false).size(), 1);
    QCOMPARE(scalar(c(), u"SELECT outcome FROM playbook_rule_events WHERE event = 'N5'"_s).toString(),
             u"suppressed"_s);
    QCOMPARE(scalar(c(), u"SELECT title FROM tasks WHERE title LIKE '%score of 6'"_s).toString(),
             u"Call the contact about their NPS score of 6"_s);

    // Health turning red shares the reason: no second rescue either.
    QVERIFY(exec(c(),
                 u"INSERT INTO health_history (week, account_id, score, band) VALUES"
                 " ('2026-11-09', 'A1', 60, 'yellow')"_s));
    QVERIFY(exec(c(),
                 u"INSERT INTO health_scores (account_id, score, band, as_of, computed_at, contributions)"
                 " VALUES ('A1', 30, 'red', '2026-11-20', '2026-11-20T00:00:00Z', '[]')"_s));
    o = evaluate();
    QCOMPARE(o.byRule.value(u"health_red"_s).events, 1);
    QCOMPARE(o.started, 0);
    QCOMPARE(o.suppressed, 1);
    QCOMPARE(store.instances(u"A1"_s, false).size(), 1);

    // Completed: the next detractor may start a new rescue.
    const PlaybookStore::Instance rescue = *store.instance(first);
    for (const PlaybookStore::Step &step : rescue.steps)
        QVERIFY(store.check(first, step.position));
    QCOMPARE(store.instance(first)->status, PlaybookStore::Status::Completed);
    QVERIFY(!evaluate().anything()); // nothing new yet: completing is no event
    QVERIFY(exec(c(),
                 u"INSERT INTO nps (id, account_id, contact_id, score, responded_at) VALUES"
                 " ('N6', 'A1', 'C1', 3, '2026-11-20T08:00:00Z')"_s));
    o = evaluate();
    QCOMPARE(o.started, 1);
    open = store.instances(u"A1"_s, false);
    QCOMPARE(open.size(), 1);
    QVERIFY(open.at(0).id != first);
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM playbook_instances WHERE account_id = 'A1'"_s), 2);
}

void TestPlaybookRules::healthTurnsRed()
{
    // No earlier snapshot: nothing can have turned red.
    QVERIFY(
        exec(c(),
             u"INSERT INTO health_scores (account_id, score, band, as_of, computed_at, contributions)"
             " VALUES ('A1', 30, 'red', '2026-11-20', 'x', '[]'), ('A5', 20, 'red', '2026-11-20', 'x', '[]'),"
             " ('A2', 80, 'green', '2026-11-20', 'x', '[]')"_s));
    QCOMPARE(evaluate().byRule.value(u"health_red"_s).events, 0);
    // Last week: A1 yellow, A5 already red, A2 green.
    QVERIFY(exec(c(),
                 u"INSERT INTO health_history (week, account_id, score, band) VALUES"
                 " ('2026-11-09', 'A1', 60, 'yellow'), ('2026-11-09', 'A5', 25, 'red'),"
                 " ('2026-11-09', 'A2', 82, 'green'), ('2026-11-02', 'A5', 70, 'yellow')"_s));
    PlaybookRules::Outcome o = evaluate();
    QCOMPARE(o.byRule.value(u"health_red"_s).events, 1);
    QCOMPARE(o.byRule.value(u"health_red"_s).started, 1);
    QCOMPARE(o.byRule.value(u"health_red"_s).notifications, 1);
    PlaybookStore store(*m_db, u"U1"_s);
    QList<PlaybookStore::Instance> open = store.instances(u"A1"_s, false);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).trigger, u"health_red"_s);
    QCOMPARE(open.at(0).triggerDetail.value("previous_band"_L1).toString(), u"yellow"_s);
    QCOMPARE(open.at(0).triggerDetail.value("score"_L1).toInt(), 30);
    QVERIFY(store.instances(u"A5"_s).isEmpty());
    QCOMPARE(evaluate().byRule.value(u"health_red"_s).events, 0);

    // The CSM's override counts: the account shows red now.
    QVERIFY(
        exec(c(),
             u"INSERT INTO health_overrides (id, account_id, band, reason, author, created_at, expires_at)"
             " VALUES ('O1', 'A2', 'red', 'Exec sponsor left', 'U2', '2026-11-20T00:00:00Z',"
             " '2099-01-01T00:00:00Z')"_s));
    o = evaluate();
    QCOMPARE(o.byRule.value(u"health_red"_s).started, 1);
    QCOMPARE(store.instances(u"A2"_s, false).size(), 3); // renewal, onboarding, the rescue
    // U2's manager comes from their team.
    QCOMPARE(scalar(c(), u"SELECT recipient_id FROM notifications WHERE account_id = 'A2'"_s).toString(),
             u"M2"_s);
    // Next week the account is still red: that is no turn.
    QVERIFY(exec(c(),
                 u"INSERT INTO health_history (week, account_id, score, band) VALUES"
                 " ('2026-11-16', 'A1', 30, 'red')"_s));
    QCOMPARE(evaluate(d("2026-11-27")).byRule.value(u"health_red"_s).events, 0);
}

void TestPlaybookRules::renewalWithinTheWindow()
{
    PlaybookRules::Outcome o = evaluate();
    QCOMPARE(o.byRule.value(u"renewal_120"_s).started, 1); // A2 only
    // 41 days on, A5 (2027-04-30) is exactly 120 days away.
    o = evaluate(d("2026-12-31"));
    QCOMPARE(o.byRule.value(u"renewal_120"_s).started, 1);
    PlaybookStore store(*m_db, u"U1"_s);
    const QList<PlaybookStore::Instance> a5 = store.instances(u"A5"_s);
    QCOMPARE(a5.size(), 1);
    const PlaybookStore::Instance full = *store.instance(a5.at(0).id);
    QCOMPARE(full.startDate, d("2026-12-31"));
    QCOMPARE(full.steps.at(0).due, d("2026-12-31"));
    QCOMPARE(full.steps.at(1).due, d("2027-01-30"));
    QCOMPARE(full.steps.at(3).due, d("2027-03-31"));
    // The renewal is pushed back: a new event, but the renewal play is open.
    QVERIFY(exec(c(), u"UPDATE accounts SET renewal_date = '2027-02-15' WHERE id = 'A2'"_s));
    o = evaluate(d("2026-12-31"));
    QCOMPARE(o.byRule.value(u"renewal_120"_s).events, 1);
    QCOMPARE(o.byRule.value(u"renewal_120"_s).suppressed, 1);
    QCOMPARE(store.instances(u"A2"_s, false).size(), 2);
    // A renewal already past does not fire.
    QVERIFY(exec(c(), u"UPDATE accounts SET renewal_date = '2026-10-01' WHERE id = 'A1'"_s));
    QCOMPARE(evaluate(d("2026-12-31")).byRule.value(u"renewal_120"_s).events, 0);
}

void TestPlaybookRules::newAccountAfterTheFirstEvaluation()
{
    QCOMPARE(evaluate().byRule.value(u"new_account"_s).started, 1); // A2: created 10 days ago
    // An account the next import brings is new, however old it is in the CRM.
    QVERIFY(exec(c(),
                 u"INSERT INTO accounts (id, name, owner_id, created_at) VALUES"
                 " ('A6', 'Foxtrot', 'U2', '2015-03-01T00:00:00Z')"_s));
    const PlaybookRules::Outcome o = evaluate();
    QCOMPARE(o.byRule.value(u"new_account"_s).started, 1);
    PlaybookStore store(*m_db, u"U1"_s);
    QCOMPARE(store.instances(u"A6"_s).size(), 1);
    QCOMPARE(store.instances(u"A6"_s).at(0).templateId, u"onboarding"_s);
    QCOMPARE(evaluate().byRule.value(u"new_account"_s).events, 0);
    QCOMPARE(scalar(c(), u"SELECT value FROM meta WHERE key = 'playbook_rules_account_pk'"_s).toInt(), 6);
}

void TestPlaybookRules::championLeaves()
{
    evaluate(); // records C1 and C2 as the champions
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM playbook_rule_champions"_s), 2);
    // C1 is archived (gone from the export), C2 is no longer the champion.
    QVERIFY(exec(c(), u"UPDATE contacts SET archived = 1 WHERE id = 'C1'"_s));
    QVERIFY(exec(c(), u"UPDATE contacts SET role = 'user' WHERE id = 'C2'"_s));
    // A new champion on A5 is no event.
    QVERIFY(exec(c(),
                 u"INSERT INTO contacts (id, account_id, first_name, last_name, role, status) VALUES"
                 " ('C4', 'A5', 'Ana', 'Silva', 'champion', 'active')"_s));
    PlaybookRules::Outcome o = evaluate();
    QCOMPARE(o.byRule.value(u"champion_left"_s).events, 2);
    QCOMPARE(o.byRule.value(u"champion_left"_s).tasks, 2);
    QCOMPARE(o.byRule.value(u"champion_left"_s).notifications, 2);
    QCOMPARE(o.byRule.value(u"champion_left"_s).started, 0);
    QCOMPARE(scalar(c(), u"SELECT title FROM tasks WHERE account_id = 'A1'"_s).toString(),
             u"Find a new champion at Acme: Jane Doe has left"_s);
    QCOMPARE(scalar(c(), u"SELECT due_date FROM tasks WHERE account_id = 'A1'"_s).toString(),
             u"2026-11-27"_s);
    QCOMPARE(scalar(c(), u"SELECT owner_id FROM tasks WHERE account_id = 'A2'"_s).toString(), u"U2"_s);
    const QJsonObject detail
        = QJsonDocument::fromJson(
              scalar(c(), u"SELECT detail FROM notifications WHERE account_id = 'A2'"_s).toByteArray())
              .object();
    QCOMPARE(detail.value("how"_L1).toString(), u"role_changed"_s);
    QCOMPARE(detail.value("contact"_L1).toString(), u"Wei Li"_s);
    QVERIFY(!evaluate().anything());
    // C4 was recorded; leaving the company counts too.
    QVERIFY(exec(c(), u"UPDATE contacts SET status = 'left' WHERE id = 'C4'"_s));
    o = evaluate();
    QCOMPARE(o.byRule.value(u"champion_left"_s).events, 1);
    QCOMPARE(scalar(c(), u"SELECT detail FROM notifications WHERE account_id = 'A5'"_s)
                 .toString()
                 .contains(u"\"left\""_s),
             true);
}

// After an import, the rules look at the accounts it changed, and only those.
void TestPlaybookRules::scopeKeepsToTheChangedAccounts()
{
    QVERIFY(!evaluate().scopedAccounts); // today's full evaluation
    QVERIFY(exec(c(),
                 u"INSERT INTO nps (id, account_id, contact_id, score, responded_at) VALUES"
                 " ('N1', 'A1', 'C1', 3, '2026-11-18T10:00:00Z'),"
                 " ('N2', 'A5', 'C3', 2, '2026-11-18T11:00:00Z')"_s));
    // C1 (A1's champion) is no longer one.
    QVERIFY(exec(c(), u"UPDATE contacts SET role = 'user' WHERE id = 'C1'"_s));

    PlaybookRules::Outcome o = evaluate(today, QStringList { u"A5"_s });
    QCOMPARE(o.scopedAccounts, std::optional<qsizetype>(1));
    QCOMPARE(o.byRule.value(u"nps_detractor"_s).events, 1);
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM playbook_rule_events WHERE event = 'N2'"_s), 1);
    QCOMPARE(o.byRule.value(u"champion_left"_s).events, 0);
    // Outside the scope, the champions' snapshot is left as it was: C1 is still compared.
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM playbook_rule_champions WHERE contact_id = 'C1'"_s), 1);

    o = evaluate(today, QStringList { u"A1"_s, u"A404"_s });
    QCOMPARE(o.scopedAccounts, std::optional<qsizetype>(2));
    QCOMPARE(o.byRule.value(u"nps_detractor"_s).events, 1);
    QCOMPARE(o.byRule.value(u"champion_left"_s).events, 1);
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM playbook_rule_champions WHERE contact_id = 'C1'"_s), 0);
    // Nothing was missed: a full evaluation finds nothing more.
    QVERIFY(!evaluate().anything());
    // An empty scope: only new accounts, which the watermark finds whatever the scope.
    QVERIFY(
        exec(c(),
             u"INSERT INTO accounts (id, name, owner_id, renewal_date, created_at, lifecycle_stage, archived)"
             " VALUES ('A6', 'Fresh', 'U1', '2028-01-01', '2026-11-19T00:00:00Z', 'onboarding', 0)"_s));
    o = evaluate(today, QStringList());
    QCOMPARE(o.scopedAccounts, std::optional<qsizetype>(0));
    QCOMPARE(o.byRule.value(u"new_account"_s).events, 1);
}

// Events come with time (a renewal entering its window), and with new rules: a scope is
// only kept after a full evaluation with the same rules on the same day.
void TestPlaybookRules::scopeNeedsTodaysFullEvaluation()
{
    // No evaluation yet: the first one looks at everything.
    PlaybookRules::Outcome o = evaluate(today, QStringList { u"A1"_s });
    QVERIFY(!o.scopedAccounts);
    QVERIFY(o.started > 0);
    QVERIFY(evaluate(today, QStringList { u"A1"_s }).scopedAccounts);

    // The next day: A5's renewal (2027-04-30) enters a 160-day window on 2026-11-21, and
    // A5 is not in the scope: the scope is dropped, and the renewal found.
    PlaybookRules rules(*m_db);
    PlaybookRuleSet set = rules.active();
    for (PlaybookRule &r : set.rules) {
        if (r.trigger == PlaybookRule::Trigger::RenewalWithin)
            r.days = 160;
    }
    QVERIFY2(rules.saveLocal(set, u"U1"_s), qPrintable(rules.lastError()));
    // The rules changed today: no scope either.
    o = evaluate(today, QStringList { u"A1"_s });
    QVERIFY(!o.scopedAccounts);
    QVERIFY(evaluate(today, QStringList { u"A1"_s }).scopedAccounts);
    QCOMPARE(count(c(),
                   u"SELECT COUNT(*) FROM playbook_rule_events WHERE account_id = 'A5'"
                   " AND rule_id = 'renewal_120'"_s),
             0);
    o = evaluate(today.addDays(1), QStringList { u"A1"_s });
    QVERIFY(!o.scopedAccounts);
    QCOMPARE(count(c(),
                   u"SELECT COUNT(*) FROM playbook_rule_events WHERE account_id = 'A5'"
                   " AND rule_id = 'renewal_120'"_s),
             1);
}

void TestPlaybookRules::publishedRulesReplaceTheBuiltIns()
{
    const QByteArray json = R"json({"format": "pitwall-playbook-rules", "version": 1, "rules": [
        {"id": "renewal-60", "name": "Renewal in 60 days", "trigger": {"type": "renewal_within", "days": 60},
         "reason": "renewal",
         "actions": [{"type": "start_playbook", "template": "qbr_preparation"},
                     {"type": "create_task", "title": "Renewal of {account} on {renewal_date} ({days} days)",
                      "due_days": 1}]},
        {"id": "ghost", "name": "Ghost", "trigger": {"type": "new_account"},
         "actions": [{"type": "start_playbook", "template": "ghost-template"}, {"type": "notify_manager"}]},
        {"id": "off", "name": "Off", "enabled": false, "trigger": {"type": "renewal_within", "days": 3650},
         "actions": [{"type": "notify_manager"}]}
    ]})json";
    QVERIFY(
        exec(c(), u"INSERT INTO config_documents (name, content, source, imported_at) VALUES (?, ?, ?, ?)"_s,
             { PlaybookRules::documentName(), QString::fromUtf8(json), PlaybookRules::fileName(), u"x"_s }));
    PlaybookRules rules(*m_db);
    QString origin;
    const PlaybookRuleSet set = rules.active(&origin);
    QCOMPARE(origin, u"playbook-rules.json"_s);
    QCOMPARE(set.rules.size(), 3);
    QCOMPARE(set.origin, PlaybookRuleSet::Origin::Published);

    const PlaybookRules::Outcome o = evaluate();
    QCOMPARE(o.byRule.value(u"renewal-60"_s).started, 1); // A2, 56 days
    QCOMPARE(o.byRule.value(u"ghost"_s).started, 0);
    QCOMPARE(o.byRule.value(u"ghost"_s).notifications, 1); // A2 is new; the template is missing
    QVERIFY(!o.byRule.contains(u"off"_s));
    QVERIFY(!o.byRule.contains(u"renewal_120"_s));
    QCOMPARE(o.warnings.size(), 1);
    QVERIFY2(o.warnings.first().contains(u"ghost-template"_s), qPrintable(o.warnings.first()));
    QCOMPARE(scalar(c(), u"SELECT title FROM tasks"_s).toString(),
             u"Renewal of Beta on 2027-01-15 (56 days)"_s);
    QCOMPARE(scalar(c(), u"SELECT template_id FROM playbook_instances"_s).toString(), u"qbr_preparation"_s);
}

void TestPlaybookRules::localRulesAndPrecedence()
{
    PlaybookRules rules(*m_db);
    QString origin;
    QCOMPARE(rules.active(&origin).rules.size(), 5);
    QCOMPARE(origin, u"built-in"_s);
    PlaybookRuleSet mine = PlaybookRuleSet::builtIn();
    mine.rules.removeAt(2); // no renewal plays
    mine.rules[0].maxScore = 4;
    QVERIFY2(rules.saveLocal(mine, u"U1"_s), qPrintable(rules.lastError()));
    PlaybookRuleSet active = rules.active(&origin);
    QCOMPARE(origin, u"local"_s);
    QCOMPARE(active.rules.size(), 4);
    QCOMPARE(active.rules.at(0).maxScore, 4);
    QCOMPARE(active.origin, PlaybookRuleSet::Origin::Local);
    QCOMPARE(evaluate().byRule.value(u"renewal_120"_s).started, 0);

    // A rule naming a template that does not exist is refused.
    PlaybookRuleSet broken = mine;
    broken.rules[0].startTemplate = u"nope"_s;
    QVERIFY(!rules.saveLocal(broken, u"U1"_s));
    QVERIFY2(rules.lastError().contains(u"“nope”"_s), qPrintable(rules.lastError()));

    // Published wins; clearing the local set brings the built-ins back.
    QVERIFY(exec(c(),
                 u"INSERT INTO config_documents (name, content, source, imported_at) VALUES (?, ?, ?, ?)"_s,
                 { PlaybookRules::documentName(), QString::fromUtf8(PlaybookRuleSet::builtIn().toJson()),
                   PlaybookRules::fileName(), u"x"_s }));
    QCOMPARE(rules.active(&origin).rules.size(), 5);
    QCOMPARE(origin, u"playbook-rules.json"_s);
    QVERIFY(exec(c(), u"DELETE FROM config_documents"_s));
    QVERIFY(rules.clearLocal());
    QCOMPARE(rules.active(&origin).origin, PlaybookRuleSet::Origin::BuiltIn);
    // A broken stored set (hand-edited) is skipped, with a message.
    QVERIFY(exec(
        c(), u"INSERT INTO local_config (name, content, updated_at) VALUES ('playbook_rules', '{}', 'x')"_s));
    QCOMPARE(rules.active(&origin).origin, PlaybookRuleSet::Origin::BuiltIn);
    QVERIFY(rules.lastError().contains(u"local"_s));
}

void TestPlaybookRules::rulesJsonIsValidated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");
    const auto rule = [](const QByteArray &body) -> QByteArray {
        return R"({"rules": [{"id": "r1", "name": "R", )" + body + "}]}";
    };
    const QByteArray start = R"("actions": [{"type": "start_playbook", "template": "renewal"}])";
    QTest::newRow("not json") << QByteArray("{") << QStringList { u"not valid JSON"_s };
    QTest::newRow("no rules") << QByteArray("{}") << QStringList { u"“rules”"_s };
    QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "rules": []})")
                                  << QStringList { u"“format”"_s };
    QTest::newRow("unknown trigger") << rule(R"("trigger": {"type": "birthday"}, )" + start)
                                     << QStringList { u"“r1”"_s, u"birthday"_s };
    QTest::newRow("no trigger") << rule(start) << QStringList { u"“r1”"_s, u"“trigger”"_s };
    QTest::newRow("max score 11") << rule(R"("trigger": {"type": "nps_detractor", "max_score": 11}, )"
                                          + start)
                                  << QStringList { u"“r1”"_s, u"“max_score”"_s, u"11"_s };
    QTest::newRow("days as text") << rule(R"("trigger": {"type": "renewal_within", "days": "90"}, )" + start)
                                  << QStringList { u"“days”"_s, u"“90”"_s };
    QTest::newRow("trigger member") << rule(R"("trigger": {"type": "health_red", "band": "red"}, )" + start)
                                    << QStringList { u"trigger"_s, u"“band”"_s };
    QTest::newRow("no actions") << rule(R"("trigger": {"type": "health_red"}, "actions": [])")
                                << QStringList { u"“r1”"_s, u"“actions”"_s };
    QTest::newRow("unknown action") << rule(
        R"("trigger": {"type": "health_red"}, "actions": [{"type": "send_flowers"}])")
                                    << QStringList { u"action 1"_s, u"send_flowers"_s };
    QTest::newRow("action twice") << rule(
        R"("trigger": {"type": "health_red"}, "actions": [{"type": "notify_manager"}, {"type": "notify_manager"}])")
                                  << QStringList { u"action 2"_s, u"twice"_s };
    QTest::newRow("unknown template") << rule(
        R"("trigger": {"type": "health_red"}, "actions": [{"type": "start_playbook", "template": "nope"}])")
                                      << QStringList { u"action 1"_s, u"“nope”"_s };
    QTest::newRow("task without title")
        << rule(R"("trigger": {"type": "health_red"}, "actions": [{"type": "create_task"}])")
        << QStringList { u"action 1"_s, u"“title”"_s };
    QTest::newRow("unknown placeholder") << rule(
        R"("trigger": {"type": "health_red"}, "actions": [{"type": "create_task", "title": "Call {owner}"}])")
                                         << QStringList { u"{owner}"_s };
    QTest::newRow("bad reason") << rule(R"("reason": "At Risk", "trigger": {"type": "health_red"}, )" + start)
                                << QStringList { u"“reason”"_s };
    QTest::newRow("enabled not bool")
        << rule(R"("enabled": "yes", "trigger": {"type": "health_red"}, )" + start)
        << QStringList { u"“enabled”"_s };
    QTest::newRow("duplicate id") << QByteArray(
        R"({"rules": [{"id": "a", "name": "A", "trigger": {"type": "health_red"}, "actions": [{"type": "notify_manager"}]},
                                    {"id": "a", "name": "B", "trigger": {"type": "health_red"}, "actions": [{"type": "notify_manager"}]}]})")
                                  << QStringList { u"“a”"_s, u"twice"_s };
    QTest::newRow("no name") << QByteArray(
        R"({"rules": [{"id": "a", "trigger": {"type": "health_red"}, "actions": [{"type": "notify_manager"}]}]})")
                             << QStringList { u"“name”"_s };
}

void TestPlaybookRules::rulesJsonIsValidated()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    const QStringList known = Playbook::builtInTemplateIds();
    QString error;
    QVERIFY(!PlaybookRuleSet::fromJson(json, &error, &known));
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(u"“%1” not in: %2"_s.arg(m, error)));
}

void TestPlaybookRules::builtInRulesRoundTrip()
{
    const PlaybookRuleSet builtIn = PlaybookRuleSet::builtIn();
    QCOMPARE(builtIn.rules.size(), 5);
    QStringList triggers;
    for (const PlaybookRule &r : builtIn.rules) {
        triggers.append(PlaybookRule::triggerKeyword(r.trigger));
        QVERIFY(r.builtIn);
        QVERIFY(!r.triggerSummary().isEmpty() && !r.actionSummary().isEmpty());
    }
    QCOMPARE(triggers,
             (QStringList { u"nps_detractor"_s, u"health_red"_s, u"renewal_within"_s, u"new_account"_s,
                            u"champion_left"_s }));
    const QStringList known = Playbook::builtInTemplateIds();
    QString error;
    const std::optional<PlaybookRuleSet> back = PlaybookRuleSet::fromJson(builtIn.toJson(), &error, &known);
    QVERIFY2(back, qPrintable(error));
    for (qsizetype i = 0; i < builtIn.rules.size(); ++i) {
        const PlaybookRule &a = builtIn.rules.at(i);
        const PlaybookRule &b = back->rules.at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.trigger, a.trigger);
        QCOMPARE(b.reason, a.reason);
        QCOMPARE(b.startTemplate, a.startTemplate);
        QCOMPARE(b.createTask, a.createTask);
        QCOMPARE(b.taskTitle, a.taskTitle);
        if (a.createTask)
            QCOMPARE(b.taskDueDays, a.taskDueDays);
        QCOMPARE(b.notifyManager, a.notifyManager);
        QCOMPARE(b.maxScore, a.maxScore);
        QCOMPARE(b.days, a.days);
    }
    // NPS ≤ 6 and within 120 days, as the issue says.
    QCOMPARE(builtIn.rules.at(0).maxScore, 6);
    QCOMPARE(builtIn.rules.at(2).days, 120);
    QCOMPARE(builtIn.rules.at(0).reason, builtIn.rules.at(1).reason);
}

void TestPlaybookRules::notifications()
{
    evaluate();
    QVERIFY(exec(
        c(),
        u"INSERT INTO nps (id, account_id, contact_id, score, responded_at) VALUES"
        " ('N1', 'A1', 'C1', 4, '2026-11-15T10:00:00Z'), ('N2', 'A2', NULL, 0, '2026-11-16T10:00:00Z')"_s));
    evaluate();
    NotificationStore store(*m_db);
    QCOMPARE(store.list().size(), 2);
    QCOMPARE(store.unreadCount(), 2);
    const QList<NotificationStore::Notification> mia = store.list(u"M1"_s);
    QCOMPARE(mia.size(), 1);
    QCOMPARE(mia.at(0).accountId, u"A1"_s);
    QCOMPARE(mia.at(0).accountName, u"Acme"_s);
    QCOMPARE(mia.at(0).trigger, u"nps_detractor"_s);
    QVERIFY(!mia.at(0).instanceId.isEmpty());
    QCOMPARE(mia.at(0).text(), u"Acme: NPS 4 from Jane Doe. “Risk rescue (get-well plan)” started."_s);
    const QList<NotificationStore::Notification> max = store.list(u"M2"_s);
    QCOMPARE(max.size(), 1);
    QCOMPARE(max.at(0).text(),
             u"Beta: a detractor NPS response (0). “Risk rescue (get-well plan)” started."_s);
    QVERIFY(store.markRead(mia.at(0).id));
    QCOMPARE(store.unreadCount(u"M1"_s), 0);
    QCOMPARE(store.unreadCount(), 1);
    QCOMPARE(store.list(QString(), true).size(), 1);
    QVERIFY(store.list(u"M1"_s).at(0).isRead());
    QVERIFY(store.markAllRead());
    QCOMPARE(store.unreadCount(), 0);
}

void TestPlaybookRules::healthRefreshEvaluatesTheRules()
{
    HealthRefresh::Report report;
    QString error;
    QVERIFY2(HealthRefresh::run(*m_db, today, &report, &error), qPrintable(error));
    QVERIFY2(report.rulesError.isEmpty(), qPrintable(report.rulesError));
    QCOMPARE(report.rules.byRule.value(u"renewal_120"_s).started, 1);
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM playbook_instances WHERE trigger = 'renewal_120'"_s), 1);
    QVERIFY2(HealthRefresh::run(*m_db, today, &report, &error), qPrintable(error));
    QVERIFY(!report.rules.anything());
}

QString TestPlaybookRules::copyNativeFixture()
{
    const QString target = m_dir->filePath(u"export"_s);
    QDir().mkpath(target);
    const QDir source(TestSupport::dataPath(u"import/native-basic/source"_s));
    for (const QString &name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), target + u'/' + name))
            return {};
        QFile::setPermissions(target + u'/' + name, QFile::ReadOwner | QFile::WriteOwner);
    }
    return target;
}

void TestPlaybookRules::importStoresPublishedTemplatesAndRules()
{
    const QString folder = copyNativeFixture();
    QVERIFY(!folder.isEmpty());
    QVERIFY(TestSupport::writeFile(folder + u"/playbook-templates.json"_s, R"({"templates": [
        {"id": "exec-refresh", "name": "Executive refresh", "steps": [
            {"title": "Map the new org chart", "due": {"from": "start", "days": 3}},
            {"title": "Meet the new sponsor", "due": {"from": "renewal", "days": -60}, "owner_role": "manager"}]}]})"));
    QVERIFY(TestSupport::writeFile(folder + u"/playbook-rules.json"_s, R"({"rules": [
        {"id": "renewal-exec", "name": "Renewal: meet the sponsor", "trigger": {"type": "renewal_within", "days": 60},
         "actions": [{"type": "start_playbook", "template": "exec-refresh"}]}]})"));
    Importer importer(*m_db);
    importer.setRefreshRisk(false);
    importer.setAsOf(today);
    ImportOptions options;
    options.source = folder;
    options.profile = u"native"_s;
    const ImportReport report = importer.run(options);
    QVERIFY2(report.ok(), qPrintable(report.error));
    const QString warnings = report.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"playbook-templates.json"_s) && warnings.contains(u"playbook-rules.json"_s),
             qPrintable(warnings));

    PlaybookTemplateStore templates(*m_db);
    const std::optional<PlaybookTemplate> published = templates.find(u"exec-refresh"_s);
    QVERIFY(published);
    QCOMPARE(published->origin, PlaybookTemplate::Origin::Published);
    QCOMPARE(templates.templates().size(), 6);
    QString origin;
    QCOMPARE(PlaybookRules(*m_db).active(&origin).rules.size(), 1);
    QCOMPARE(origin, u"playbook-rules.json"_s);
    PlaybookStore store(*m_db, u"U1"_s);
    // The rules ran after the import (health was off): ACC-1 renews on 2026-12-31.
    QCOMPARE(store.instances(PlaybookStore::Query()).size(), 1);
    const QList<PlaybookStore::Instance> list = store.instances(u"ACC-1"_s);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).templateId, u"exec-refresh"_s);
    QCOMPARE(list.at(0).trigger, u"renewal-exec"_s);
    const PlaybookStore::Instance full = *store.instance(list.at(0).id);
    QCOMPARE(full.steps.at(1).due, d("2026-11-20")); // 12-31 − 60 = 11-01: past, so today
    QCOMPARE(full.steps.at(0).due, d("2026-11-23"));
}

void TestPlaybookRules::importRefusesBrokenPlaybookConfig_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mention");
    QTest::newRow("template without steps")
        << u"playbook-templates.json"_s << QByteArray(R"([{"id": "x", "name": "X", "steps": []}])")
        << u"“steps”"_s;
    QTest::newRow("rule with an unknown template")
        << u"playbook-rules.json"_s
        << QByteArray(R"({"rules": [{"id": "r", "name": "R", "trigger": {"type": "health_red"},
                        "actions": [{"type": "start_playbook", "template": "ghost"}]}]})")
        << u"“ghost”"_s;
}

void TestPlaybookRules::importRefusesBrokenPlaybookConfig()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, mention);
    const QString folder = copyNativeFixture();
    QVERIFY(TestSupport::writeFile(folder + u'/' + file, content));
    const qint64 accountsBefore = count(c(), u"SELECT COUNT(*) FROM accounts"_s);
    Importer importer(*m_db);
    importer.setRefreshRisk(false);
    ImportOptions options;
    options.source = folder;
    options.profile = u"native"_s;
    const ImportReport report = importer.run(options);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(file) && report.error.contains(mention), qPrintable(report.error));
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM accounts"_s), accountsBefore);
    QCOMPARE(count(c(), u"SELECT COUNT(*) FROM config_documents"_s), 0);
}

QTEST_GUILESS_MAIN(TestPlaybookRules)
#include "tst_playbookrules.moc"
