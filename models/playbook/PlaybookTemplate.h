#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Playbooks: a standard play (template) a CSM runs on an account, step by step.
//
// A template as JSON (CS Ops publishes them as "playbook-templates.json" in the central
// export; the Settings editor saves local ones):
//
//   { "format": "pitwall-playbook-template", "version": 1,
//     "id": "onboarding",                 // 1-64 of a-z 0-9 _ -; unique
//     "name": "Onboarding: the golden 90 days",
//     "description": "...",               // optional
//     "anchor": "start",                  // optional: the default "from" of the steps' "due"
//     "steps": [
//       { "title": "Hold the kickoff call",
//         "guidance": "...",              // optional
//         "due": { "from": "start", "days": 2 },   // optional; null or absent: no due date
//         "owner_role": "csm",            // optional, default "csm"; see Playbook::ownerRoles()
//         "required": true }              // optional, default true
//     ] }
//
// "due.from" is "start" (the day the playbook starts), "renewal" (the account's renewal
// date) or "contract_start" (the account's contract start); "due.days" a whole number of
// days from it, from -3650 to 3650 ("renewal" and -90: ninety days before the renewal). A
// "due" without "from" takes the template's "anchor" (default "start"). "format" and
// "version" are optional; when given they must be these. Unknown members, an empty or
// missing title, an unknown anchor or role, a non-integer day count and repeated template
// ids are refused, each error naming the template, the step (numbered from 1) and the
// member. A file of several templates is an array of them or { "templates": [ ... ] }.
//
// Five templates ship built in (Playbook::builtInTemplateIds()). Their texts are English
// in the source and translated when shown (QT_TRANSLATE_NOOP in the "PlaybookBuiltIn"
// context): a playbook started from a built-in template keeps the English source in the
// cache and shows in the user's language; one from a published or local template shows
// the words CS Ops or the user wrote. See PlaybookTemplateStore for which template wins
// when several share an id.

enum class PlaybookAnchor
{
    Start,
    Renewal,
    ContractStart,
};

// One step of a template.
struct PlaybookStepTemplate
{
    QString title;
    QString guidance;
    bool dated = true; // false: the step has no due date
    PlaybookAnchor from = PlaybookAnchor::Start;
    int days = 0;
    QString ownerRole = QStringLiteral("csm");
    bool required = true;

    bool operator==(const PlaybookStepTemplate &) const = default;
};

struct PlaybookTemplate
{
    // Where a template comes from; a built-in one's texts are translated when shown.
    enum class Origin
    {
        BuiltIn,
        Published, // CS Ops, in the central export (config_documents "playbook_templates")
        Local, // the user's, from Settings (table playbook_templates)
    };

    QString id;
    QString name;
    QString description;
    PlaybookAnchor anchor = PlaybookAnchor::Start;
    QList<PlaybookStepTemplate> steps;
    Origin origin = Origin::Local;

    bool isValid() const { return !id.isEmpty() && !steps.isEmpty(); }
    bool translatable() const { return origin == Origin::BuiltIn; }
    // The texts as the user reads them (translated for a built-in template).
    QString displayName() const;
    QString displayDescription() const;
    QString displayStepTitle(qsizetype index) const;
    QString displayStepGuidance(qsizetype index) const;

    // Whether any dated step counts from the renewal date (or the contract start).
    bool usesAnchor(PlaybookAnchor anchor) const;

    // Equal content (origin ignored).
    bool sameContent(const PlaybookTemplate &other) const;

    // The five built-in templates, in the order the issue lists them: onboarding,
    // risk_rescue, renewal, qbr_preparation, sales_handoff.
    static QList<PlaybookTemplate> builtIns();
    static std::optional<PlaybookTemplate> builtIn(const QString &id);

    // nullopt and *error (every problem, "; "-separated) for an invalid template. The
    // result's origin is `origin`.
    static std::optional<PlaybookTemplate> fromJson(const QJsonObject &json, QString *error,
                                                    Origin origin = Origin::Local);
    static std::optional<PlaybookTemplate> fromJson(const QByteArray &json, QString *error,
                                                    Origin origin = Origin::Local);
    // A file of templates: an array, { "templates": [...] }, or one template object.
    static std::optional<QList<PlaybookTemplate>> listFromJson(const QByteArray &json, QString *error,
                                                               Origin origin = Origin::Published);
    // The JSON above, with "format" and "version"; the source texts (never translated).
    QJsonObject toJson() const;
    static QByteArray listToJson(const QList<PlaybookTemplate> &templates);
};

// Keywords, labels and the translation of built-in texts.
class Playbook
{
    Q_DECLARE_TR_FUNCTIONS(Playbook)

public:
    static constexpr const char *builtInContext = "PlaybookBuiltIn";
    static constexpr int maxDays = 3650;

    static QStringList builtInTemplateIds();

    // "start", "renewal", "contract_start" and back (nullopt for anything else).
    static QString anchorKeyword(PlaybookAnchor anchor);
    static std::optional<PlaybookAnchor> anchorFromKeyword(const QString &keyword);
    static QString anchorLabel(PlaybookAnchor anchor); // translated: "start", "renewal date"...

    // Who does a step: "csm", "manager", "sales", "implementation", "support", "customer".
    static QStringList ownerRoles();
    static QString ownerRoleLabel(const QString &role); // translated; the keyword if unknown

    // "Day 2", "Renewal − 90 days", "Contract start + 7 days" (translated).
    static QString dueRuleLabel(const PlaybookStepTemplate &step);

    // A text of a built-in template (or rule) in the user's language; `text` itself when
    // there is no translation.
    static QString builtInText(const QString &text);
    // builtInText() when `translatable`, else `text`.
    static QString displayText(const QString &text, bool translatable);
};

// The day each step of a template falls due when it starts on an account.
//
// A step due N days from the start is due start + N. One due from the renewal date is due
// renewal + N (N is usually negative: "renewal − 90"); from the contract start likewise.
// Calendar days throughout (QDate::addDays: leap days count like any other day).
//
// When the account has no renewal date, the renewal is assumed to be as far after the
// start as the template's earliest renewal step comes before it (a Renewal play with steps
// at −120…−30 started on an account without a date runs over the next 120 days, in the
// same order and spacing), or on the start day when no step comes before it; the result
// says so (assumedRenewal). A missing contract start is taken to be the start day
// (assumedContractStart). A step that would fall due before the start day (the playbook
// started late: a Renewal play begun 45 days before the renewal) is due on the start day
// instead, so a new playbook never begins overdue; clampedSteps counts them.
struct PlaybookAnchors
{
    QDate start; // invalid: today
    QDate renewal; // invalid: the account has none
    QDate contractStart; // invalid: the account has none
};

struct PlaybookSchedule
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookSchedule)

public:
    QDate start;
    QList<QDate> due; // one per step; invalid for an undated step
    QDate renewal; // the renewal date used (the account's, or the assumed one)
    bool renewalAssumed = false;
    bool contractStartAssumed = false;
    int clampedSteps = 0;

    // Translated sentences explaining any assumption or clamping; empty when none.
    QStringList notes() const;

    static PlaybookSchedule compute(const PlaybookTemplate &tmpl, const PlaybookAnchors &anchors);
    // One step: the anchor's day plus the offset, before clamping (invalid for an undated step).
    static QDate rawDue(const PlaybookStepTemplate &step, const QDate &start, const QDate &renewal,
                        const QDate &contractStart);
};
