#pragma once

#include "PlaybookTemplate.h"
#include "workspace/Workspace.h"

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

// Playbooks running on accounts (schema v5: playbook_instances, playbook_steps).
//
// Starting one copies the template's name and steps into the cache with each step's due
// date computed from the anchors (PlaybookSchedule: the start day, the account's renewal
// date, its contract start), so editing the template later never changes it. Each step is
// then open, done (who and when) or skipped (who, when and a reason), with a note; the
// playbook completes by itself when no step is left open, reopens when a step is
// unticked, and can be cancelled.
//
// Saved as typed, like LocalWork: every call is one BEGIN IMMEDIATE transaction that
// changes the record and writes its change-journal rows, so what the CSM did is on disk
// (WAL) the moment the call returns. The journal (ChangeJournal::append):
// - entity "playbook", entity_id the playbook's id: field "created" (new_value the
//   playbook as compact JSON: id, account_id, template_id, template_name, trigger, reason,
//   start_date, renewal_date, status, version and its steps with position, title,
//   due_date, owner_role, required), "status" ("open", "completed", "cancelled") and
//   "cancel_reason";
// - entity "playbook_step", entity_id "<playbook id>/<position>": field "status" ("open",
//   "done", "skipped"), "skip_reason" and "note".
// A note typed in pauses folds into the newest journal row of that step when it is a
// "note" row by the same author, unsent, unsealed and younger than
// LocalWork::coalesceWindowMs (LocalWork's rule; the version does not move then). Every
// other change appends rows and bumps the record's version once; base_version is the
// version the change applies to.
//
// Never two OPEN playbooks on an account for the same reason (the rules' de-duplication
// key; a unique index enforces it) nor, when started by hand, from the same template.
// An archived account cannot start one.
class PlaybookStore
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookStore)

public:
    enum class Status
    {
        Open,
        Completed,
        Cancelled,
    };

    enum class StepStatus
    {
        Open,
        Done,
        Skipped,
    };

    struct Step
    {
        int position = 0; // from 1
        QString title; // as stored: the English source for a built-in template
        QString guidance;
        bool dated = true;
        PlaybookAnchor from = PlaybookAnchor::Start;
        int days = 0;
        QDate due; // invalid: no due date
        QString ownerRole;
        bool required = true;
        StepStatus status = StepStatus::Open;
        QString doneBy; // who ticked or skipped it
        QDateTime doneAt;
        QString skipReason;
        QString note;
        QDateTime updatedAt;
        int version = 0;
        bool translatable = false; // the playbook came from a built-in template

        QString displayTitle() const { return Playbook::displayText(title, translatable); }
        QString displayGuidance() const { return Playbook::displayText(guidance, translatable); }
        bool isOpen() const { return status == StepStatus::Open; }
        // Open and due before `today`.
        bool isOverdue(const QDate &today) const { return isOpen() && due.isValid() && due < today; }
    };

    // Counts over a playbook's steps. Progress is the share resolved (done or skipped).
    struct Progress
    {
        int steps = 0;
        int done = 0;
        int skipped = 0;
        int overdue = 0; // open steps due before today (counted for open playbooks only)
        int required = 0;
        int requiredResolved = 0;

        int resolved() const { return done + skipped; }
        int open() const { return steps - resolved(); }
        double fraction() const { return steps > 0 ? double(resolved()) / steps : 0.0; }
        double requiredFraction() const { return required > 0 ? double(requiredResolved) / required : 1.0; }
    };

    struct Instance
    {
        QString id;
        QString accountId;
        QString accountName;
        QString ownerId; // the account's owner
        QString ownerName;
        QString templateId;
        QString templateName; // as stored; see displayName()
        bool translatable = false;
        QString trigger; // the rule id that started it; empty: by hand
        QString reason; // the de-duplication key; empty: by hand
        QJsonObject triggerDetail; // what fired the rule (PlaybookRules)
        QDate startDate;
        QDate renewalDate; // the renewal the due dates count from (maybe assumed)
        bool renewalAssumed = false;
        QDateTime startedAt;
        QString startedBy;
        Status status = Status::Open;
        QDateTime closedAt;
        QString closedBy;
        QString cancelReason;
        QDateTime updatedAt;
        int version = 0;
        Progress progress;
        QDate nextDue; // the earliest due date among the open steps
        QList<Step> steps; // filled by instance() only

        bool isValid() const { return !id.isEmpty(); }
        bool byRule() const { return !trigger.isEmpty(); }
        QString displayName() const { return Playbook::displayText(templateName, translatable); }
    };

    struct StartOptions
    {
        QDate startDate; // the day due dates count from; invalid: today
        QString trigger; // rule id; empty: by hand
        QString reason; // de-duplication key; empty: none
        QJsonObject triggerDetail;
    };

    // A step due soon or overdue, with its playbook and account (Home, Team drill-down).
    struct DueStep
    {
        QString instanceId;
        int position = 0;
        QString accountId;
        QString accountName;
        QString ownerId;
        QString ownerName;
        QString playbookName; // displayed (translated for a built-in template)
        QString title; // displayed
        QDate due;
        QString ownerRole;
        bool required = true;
        bool overdue = false;
    };

    // Which playbooks or steps a list shows.
    struct Query
    {
        Workspace::Scope scope = Workspace::Scope::All;
        QString userId; // whose book / team the scope means
        QStringList ownerIds; // account owners; empty: any
        QString accountId; // one account; empty: any
        bool openOnly = true; // playbooks: open ones only
        // Steps: due on or before this day (invalid: any day; undated steps never match).
        QDate dueOnOrBefore;
        bool overdueOnly = false; // steps: due before today only
        int limit = -1;
    };

    // Per CSM (the accounts' owner), over the playbooks started in the period: how many
    // are open, completed, cancelled; of their steps due by today (in open or completed
    // playbooks) how many were done or skipped; and the open steps overdue now.
    struct OwnerCompletion
    {
        QString ownerId;
        QString ownerName;
        int open = 0;
        int completed = 0;
        int cancelled = 0;
        int stepsDue = 0;
        int stepsDueResolved = 0;
        int overdueSteps = 0;

        // Steps due so far that were done or skipped; nullopt when none was due yet.
        std::optional<double> completionRate() const
        {
            return stepsDue > 0 ? std::optional<double>(double(stepsDueResolved) / stepsDue) : std::nullopt;
        }
        // Completed among the playbooks not cancelled; nullopt when there is none.
        std::optional<double> playbookCompletionRate() const
        {
            return open + completed > 0 ? std::optional<double>(double(completed) / (open + completed))
                                        : std::nullopt;
        }
    };

    // One account's open playbooks at a glance (the account list's column).
    struct AccountSummary
    {
        int open = 0; // open playbooks
        int steps = 0; // their steps
        int resolved = 0;
        int overdue = 0;
        QDate nextDue;
    };

    // `author` is written as started_by / done_by / closed_by and into the journal.
    PlaybookStore(const QSqlDatabase &db, const QString &author);
    PlaybookStore(Database &db, const QString &author);

    QString author() const { return m_author; }
    // "Today" for overdue counts and for the start day; the current date unless set.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    // Starts the template in force with this id (PlaybookTemplateStore) on the account.
    // Returns the new playbook's id, or empty with lastError() set (unknown or archived
    // account, unknown template, one already open for the same reason or template).
    // lastNotes() then holds PlaybookSchedule::notes() (assumed renewal date etc.).
    QString start(const QString &accountId, const QString &templateId, const StartOptions &options = {});
    QString start(const QString &accountId, const PlaybookTemplate &tmpl, const StartOptions &options = {});
    QStringList lastNotes() const { return m_lastNotes; }

    // Step edits; `position` counts from 1. False with lastError() set on an unknown
    // playbook, a step out of range, a cancelled playbook, a skip without a reason.
    // check(): done (by the author, now); `note`, when given, replaces the step's note.
    bool check(const QString &instanceId, int position, const std::optional<QString> &note = std::nullopt);
    // Open again (and the playbook with it, when it had completed).
    bool uncheck(const QString &instanceId, int position);
    bool skip(const QString &instanceId, int position, const QString &reason);
    // Saved as typed; see the class comment for how the journal folds typing.
    bool setNote(const QString &instanceId, int position, const QString &note);
    // Cancels an open playbook (a reason is optional). Cancelling a cancelled one does nothing.
    bool cancel(const QString &instanceId, const QString &reason = {});

    // One playbook with its steps; nullopt when unknown (lastError() set).
    std::optional<Instance> instance(const QString &id) const;
    // The full id of the playbook whose id is or starts with `idOrPrefix` (at least 4
    // characters, unique); empty with lastError() set otherwise.
    QString resolveId(const QString &idOrPrefix) const;
    // Playbooks without their steps: open ones first, each group newest first.
    QList<Instance> instances(const Query &query) const;
    // One account's (open ones first, then closed, newest first).
    QList<Instance> instances(const QString &accountId, bool includeClosed = true) const;
    // Open steps of open playbooks, by due date (undated last), then account name.
    QList<DueStep> dueSteps(const Query &query) const;
    // The Team view's figures, one row per owner with any playbook, by owner name.
    // `since`: only playbooks started on or after it (invalid: all).
    QList<OwnerCompletion> completionByOwner(Workspace::Scope scope, const QString &userId,
                                             const QDate &since = {}) const;
    // Open playbooks per account, for these accounts (empty: every account with one).
    QHash<QString, AccountSummary> accountSummaries(const QStringList &accountIds = {}) const;

    static QString statusKeyword(Status status); // "open", "completed", "cancelled"
    static std::optional<Status> statusFromKeyword(const QString &keyword);
    static QString statusLabel(Status status); // translated
    static QString stepStatusKeyword(StepStatus status); // "open", "done", "skipped"
    static std::optional<StepStatus> stepStatusFromKeyword(const QString &keyword);
    static QString stepStatusLabel(StepStatus status); // translated
    // "<playbook id>/<position>": a step's journal entity_id.
    static QString stepEntityId(const QString &instanceId, int position);

    QString lastError() const { return m_lastError; }

private:
    enum class StepChange
    {
        Check,
        Uncheck,
        Skip,
        Note,
    };
    bool changeStep(const QString &instanceId, int position, StepChange change, const QString &text,
                    bool withNote);
    bool fail(const QString &message) const;
    QList<Instance> selectInstances(const QString &where, const QVariantList &binds,
                                    const QString &tail) const;

    QSqlDatabase m_db;
    QString m_author;
    QDate m_today;
    QStringList m_lastNotes;
    mutable QString m_lastError;

    friend class PlaybookRules;
};
