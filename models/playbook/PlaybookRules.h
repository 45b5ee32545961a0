#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

// A rule: when something happens on an account (the trigger), start a playbook, give the
// account's owner a task, and/or tell their manager. As JSON:
//
//   { "format": "pitwall-playbook-rules", "version": 1,
//     "rules": [
//       { "id": "nps_detractor",            // 1-64 of a-z 0-9 _ -; unique
//         "name": "Detractor NPS response",
//         "enabled": true,                  // optional, default true
//         "trigger": { "type": "nps_detractor", "max_score": 6, "within_days": 30 },
//         "reason": "at_risk",              // optional, default the id
//         "actions": [
//           { "type": "start_playbook", "template": "risk_rescue" },
//           { "type": "create_task", "title": "Call {contact} about their NPS of {score}",
//             "due_days": 2 },
//           { "type": "notify_manager" } ] } ] }
//
// Triggers (each fires once per event; see PlaybookRules::evaluate()):
// - "nps_detractor": a response scored max_score (0-10, default 6) or less, received in
//   the last within_days (default 30) days; the event is the response.
// - "health_red": the health the account shows now (an override's, else the computed
//   band) is red while its snapshot of the previous scored week was yellow or green; the
//   event is the week it turned red.
// - "renewal_within": the renewal date is within days (default 120) from today; the
//   event is that renewal date (a renewal pushed back fires again).
// - "new_account": an account the cache first saw in an import after the rules' last
//   evaluation; at the very first evaluation (nothing to compare with), one created in
//   the CRM within within_days (default 30); the event is the account.
// - "champion_left": a contact with the role champion at the last evaluation is now
//   archived, gone, marked as having left, on another account, or no longer a champion;
//   the event is the contact.
// Actions (at most one of each): "start_playbook" (template: a template id), "create_task"
// (title, may use {account}, {contact}, {score}, {renewal_date}, {days}; due_days from
// today, default 2), "notify_manager" (a notification to the owner's manager: their
// users.manager_id, else their team's manager).
//
// "reason" is the de-duplication key: a rule never starts a playbook on an account where
// one with the same reason (or from the same template) is open; the event is then
// recorded as "suppressed" (its task and notification still go out: the event is new).
// Two rules may share a reason: NPS and red health both start a risk rescue, and the
// account gets one.
//
// Five rules ship built in (their names and task titles translated like the built-in
// templates); CS Ops can publish a set as "playbook-rules.json" in the central export
// (config_documents "playbook_rules"), and the user can keep a local set from Settings
// (local_config "playbook_rules"). The published set wins over the local one, which wins
// over the built-in set; each replaces the whole set.
struct PlaybookRule
{
    enum class Trigger
    {
        NpsDetractor,
        HealthRed,
        RenewalWithin,
        NewAccount,
        ChampionLeft,
    };

    QString id;
    QString name;
    bool enabled = true;
    Trigger trigger = Trigger::NpsDetractor;
    int maxScore = 6; // nps_detractor
    int withinDays = 30; // nps_detractor, new_account
    int days = 120; // renewal_within
    QString reason; // the de-duplication key (the id when the JSON has none)
    QString startTemplate; // empty: no playbook
    bool createTask = false;
    QString taskTitle;
    int taskDueDays = 2;
    bool notifyManager = false;
    bool builtIn = false; // name and task title are built-in texts, translated when shown

    QString displayName() const;
    QString displayTaskTitle() const;
    // "NPS 6 or less (last 30 days)", "Renewal within 120 days"... translated.
    QString triggerSummary() const;
    // "Start “Risk rescue”, task for the owner, tell the manager", translated.
    QString actionSummary() const;

    static QString triggerKeyword(Trigger trigger);
    static std::optional<Trigger> triggerFromKeyword(const QString &keyword);
    static QStringList taskPlaceholders(); // {account}, {contact}, {score}, {renewal_date}, {days}
};

struct PlaybookRuleSet
{
    enum class Origin
    {
        BuiltIn,
        Published,
        Local,
    };

    QList<PlaybookRule> rules;
    Origin origin = Origin::BuiltIn;

    static PlaybookRuleSet builtIn();
    // nullopt and *error (every problem, each naming the rule and member) for an invalid
    // document. With `knownTemplates`, a start_playbook naming any other template is an
    // error too.
    static std::optional<PlaybookRuleSet> fromJson(const QByteArray &json, QString *error,
                                                   const QStringList *knownTemplates = nullptr,
                                                   Origin origin = Origin::Local);
    QByteArray toJson() const;
};

// Evaluates the rules on the cache and reads or saves the set in force.
class PlaybookRules
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookRules)

public:
    struct RuleCount
    {
        int events = 0; // new events the rule acted on
        int started = 0;
        int suppressed = 0;
        int tasks = 0;
        int notifications = 0;
    };

    struct Outcome
    {
        int started = 0; // playbooks started
        int suppressed = 0; // events whose playbook was not started: one for the reason was open
        int tasks = 0;
        int notifications = 0;
        QHash<QString, RuleCount> byRule;
        QStringList warnings; // translated, e.g. a rule naming a template that does not exist
        qint64 elapsedMs = 0;
        // How many accounts the evaluation looked at when it kept to a scope (see
        // setAccountScope()); nullopt when it looked at every account.
        std::optional<qsizetype> scopedAccounts;

        bool anything() const { return started + suppressed + tasks + notifications > 0; }
        // "3 playbooks started, 2 tasks, 1 notification" (translated).
        QString summary() const;
    };

    explicit PlaybookRules(const QSqlDatabase &db);
    explicit PlaybookRules(Database &db);

    // After an import, the rules need only look at the accounts it changed (the import
    // names them: ImportReport::ruleAccounts). evaluate() keeps to them when it can prove
    // nothing else has a new event: a full evaluation with the same rules already ran
    // today, so the events that come with time (a renewal entering its window, a response
    // leaving it) are found. Otherwise, or with nullopt, it looks at every account.
    // Local edits made since (a health override, a contact's role) are found by the next
    // full evaluation: the day's first one, or the next health recompute.
    void setAccountScope(std::optional<QStringList> accounts) { m_scope = std::move(accounts); }

    // "Today" for the date windows (default: the current date).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    // The rule set in force; *origin names it ("built-in", "local", or the file it was
    // published in). A broken published or local set (only a hand-edited cache has one)
    // is skipped with lastError() set.
    PlaybookRuleSet active(QString *origin = nullptr) const;
    // The local set (Settings); validated against the templates the cache offers.
    bool saveLocal(const PlaybookRuleSet &set, const QString &author);
    bool clearLocal();

    // Evaluates every enabled rule of the active set, set-based, in one transaction: finds
    // each trigger's new events (not acted on before), acts on them, and records them, so a
    // second evaluation finds nothing new. Also records what the next evaluation compares
    // with (the newest account, the champions). False with lastError() on failure (nothing
    // is kept then).
    bool evaluate(Outcome *outcome = nullptr);

    // The files in a central export and their config_documents names.
    static QString fileName() { return QStringLiteral("playbook-rules.json"); }
    static QString documentName() { return QStringLiteral("playbook_rules"); }

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &message) const;

    QSqlDatabase m_db;
    QDate m_today;
    std::optional<QStringList> m_scope;
    mutable QString m_lastError;
};

// Notifications the rules leave (table notifications), e.g. for Home's list.
class NotificationStore
{
    Q_DECLARE_TR_FUNCTIONS(NotificationStore)

public:
    struct Notification
    {
        QString id;
        QString recipientId; // empty: whoever uses the cache
        QString accountId;
        QString accountName;
        QString kind; // "playbook_rule"
        QString ruleId;
        QString trigger; // PlaybookRule::triggerKeyword()
        QJsonObject detail;
        QString instanceId; // the playbook the rule started, if any
        QDateTime createdAt;
        QDateTime readAt;

        bool isRead() const { return readAt.isValid(); }
        // The message in the reader's language: "Acme: NPS 3 from Jane Doe. “Risk rescue”
        // started."
        QString text() const;
    };

    explicit NotificationStore(const QSqlDatabase &db);
    explicit NotificationStore(Database &db);

    // Newest first; for one recipient (and those for anyone) when `recipientId` is given.
    QList<Notification> list(const QString &recipientId = {}, bool unreadOnly = false, int limit = 100) const;
    int unreadCount(const QString &recipientId = {}) const;
    bool markRead(const QString &id);
    bool markAllRead(const QString &recipientId = {});

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};
