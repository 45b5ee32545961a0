#include "PlaybookTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <span>

using namespace Qt::StringLiterals;

namespace {

const auto templateFormat = "pitwall-playbook-template"_L1;
constexpr int formatVersion = 1;

// The built-in templates. Texts in the "PlaybookBuiltIn" context: lupdate offers them
// for translation and Playbook::builtInText() shows them translated.
struct BuiltInStep
{
    const char *title;
    const char *guidance;
    PlaybookAnchor from;
    int days;
    const char *role;
    bool required;
};

struct BuiltInTemplate
{
    const char *id;
    const char *name;
    const char *description;
    PlaybookAnchor anchor;
    std::span<const BuiltInStep> steps;
};

constexpr auto S = PlaybookAnchor::Start;
constexpr auto R = PlaybookAnchor::Renewal;

constexpr BuiltInStep onboardingSteps[] = {
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Review the sales handoff"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Read the handoff notes, the order form and the success criteria the customer bought "
                        "against. List the open questions for the account executive before the kickoff."),
      S, 0, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Hold the kickoff call"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "Introduce the team, confirm the goals, the success criteria and the 90-day plan, agree "
          "who does what on the customer's side, and book a recurring check-in."),
      S, 2, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Complete the technical setup"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "Single sign-on, integrations and the first data load done, admins trained. Escalate any "
          "blocker to support the same day."),
      S, 7, "implementation", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Deliver the first value"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "The first use case is live and the customer has seen a result they care about. Write it "
          "down in a note: it is the story of the first QBR."),
      S, 14, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Check adoption at day 30"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Compare active users with the licences bought and offer training to the teams that "
                        "have not started yet."),
      S, 30, "csm", false },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Reach 80% use of the core features"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "Check the usage trend: at least 80% of the core features in regular use. If not, agree "
          "on a recovery plan with the champion."),
      S, 60, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Close onboarding and talk about expansion"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Review the success criteria with the sponsor, close onboarding, and explore further "
                        "teams, use cases or products. Bring in sales when there is an opportunity."),
      S, 90, "csm", true },
};

constexpr BuiltInStep riskRescueSteps[] = {
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Diagnose the risk"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "Read the health drivers, recent tickets, NPS comments and the usage trend. Write the "
          "root cause down in one sentence."),
      S, 2, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Agree the rescue plan internally"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "Agree with your manager on the plan, the help needed (support, product, an executive) "
          "and when to escalate."),
      S, 3, "manager", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Meet the customer about the issues"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Listen first. Confirm the problems in the customer's words and agree what \"fixed\" "
                        "looks like."),
      S, 7, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Send a written get-well plan"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Actions, owners and dates on both sides, sent to the champion and the sponsor."),
      S, 10, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Executive sponsor call"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "For large accounts: a call between executives on both sides to show commitment."),
      S, 14, "manager", false },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Review progress on the plan"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Go through the plan with the customer every week and log each check-in as a note."),
      S, 21, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Confirm the recovery"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Health is back to yellow or green and the customer confirms the issues are solved. "
                        "Close the plan, or escalate again."),
      S, 45, "csm", true },
};

constexpr BuiltInStep renewalSteps[] = {
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Assess the renewal risk"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "Check health, usage against licences, open tickets and whether the champion is still "
          "there. Decide: a routine, an at-risk or an expansion renewal."),
      R, -120, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Review the value delivered with the sponsor"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Show the outcomes of this term against the goals. Confirm who signs and how their "
                        "purchasing works."),
      R, -90, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Send the renewal proposal"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "The quote with the agreed licences and terms. Raise any discount or multi-year request "
          "with your manager first."),
      R, -60, "sales", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Clear the open items and get the signature"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "Follow up procurement, legal and security reviews, and agree the date of signature."),
      R, -30, "csm", true },
};

constexpr BuiltInStep qbrSteps[] = {
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Book the QBR with the sponsor"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Find a date in the next three weeks with the sponsor and the champion; an hour is "
                        "enough."),
      S, 0, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Gather the figures"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "Usage, adoption, support and NPS for the quarter. Start the QBR draft in Pitwall and "
          "check that the charts fill in."),
      S, 7, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Agree the value story with the champion"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "Preview the KPIs and the narrative with the champion and ask what the sponsor will want "
          "to hear."),
      S, 10, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Review the deck with your manager"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Worth it for strategic accounts and for renewals at risk."), S,
      12, "manager", false },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Hold the QBR"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "Results first, then goals for next quarter; leave time for the customer's priorities."),
      S, 14, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Send the summary and the commitments"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "Mark the QBR delivered in Pitwall: its commitments become tasks with owners and dates."),
      S, 16, "csm", true },
};

constexpr BuiltInStep handoffSteps[] = {
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Hold the handoff meeting"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "The account executive walks through why the customer bought, what was promised, the "
                        "people involved and any non-standard terms."),
      S, 0, "sales", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Check the CRM record"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "Contacts with their roles (champion, sponsor, technical), contract dates, licences and "
          "ARR are right."),
      S, 1, "csm", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Write down the success criteria"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Two or three measurable outcomes the customer expects, agreed with the account "
                        "executive."),
      S, 2, "sales", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Introduce the CSM to the customer"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "A warm introduction by email from the account executive to the champion and the "
                        "sponsor."),
      S, 3, "sales", true },
    { QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Start the onboarding playbook"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Once the handoff is done, the golden 90 days begin."), S, 5,
      "csm", false },
};

constexpr BuiltInTemplate builtInTemplates[] = {
    { "onboarding", QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Onboarding: the golden 90 days"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "From the sales handoff to first value in two weeks and the expansion talk at day 90."),
      S, onboardingSteps },
    { "risk_rescue", QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Risk rescue (get-well plan)"),
      QT_TRANSLATE_NOOP(
          "PlaybookBuiltIn",
          "For an account in trouble: find the cause, agree a written plan with the customer and "
          "follow it to recovery."),
      S, riskRescueSteps },
    { "renewal", QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Renewal"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Four checkpoints: 120, 90, 60 and 30 days before the renewal date."),
      R, renewalSteps },
    { "qbr_preparation", QT_TRANSLATE_NOOP("PlaybookBuiltIn", "QBR preparation"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Two weeks from booking the quarterly business review to sending its summary."),
      S, qbrSteps },
    { "sales_handoff", QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Sales-to-CS handoff"),
      QT_TRANSLATE_NOOP("PlaybookBuiltIn",
                        "Everything the account executive knows, passed on to the CSM in the first days."),
      S, handoffSteps },
};

QString quoted(const QString &text)
{
    return u"“"_s + text + u"”"_s;
}

bool validId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
    return pattern.match(id).hasMatch();
}

QStringList unknownMembers(const QJsonObject &object, std::initializer_list<QLatin1StringView> allowed)
{
    QStringList unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            unknown.append(it.key());
    }
    return unknown;
}

// A whole number of days in range; *ok false (and an error appended) otherwise.
int readDays(const QJsonValue &v, const QString &where, QStringList *errors)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::isnan(d) || d != std::floor(d) || std::abs(d) > Playbook::maxDays) {
        errors->append(Playbook::tr("%1: “days” must be a whole number of days from -%2 to %2, not %3.")
                           .arg(where)
                           .arg(Playbook::maxDays)
                           .arg(v.isString() ? quoted(v.toString()) : v.toVariant().toString()));
        return 0;
    }
    return int(d);
}

PlaybookStepTemplate readStep(const QJsonValue &value, PlaybookAnchor anchor, const QString &where,
                              QStringList *errors)
{
    PlaybookStepTemplate step;
    if (!value.isObject()) {
        errors->append(Playbook::tr("%1 is not an object.").arg(where));
        return step;
    }
    const QJsonObject o = value.toObject();
    for (const QString &member :
         unknownMembers(o, { "title"_L1, "guidance"_L1, "due"_L1, "owner_role"_L1, "required"_L1 }))
        errors->append(Playbook::tr("%1 has an unknown member %2.").arg(where, quoted(member)));
    const QJsonValue title = o.value("title"_L1);
    if (!title.isString() || title.toString().trimmed().isEmpty())
        errors->append(Playbook::tr("%1 needs a “title”.").arg(where));
    step.title = title.toString().trimmed();
    if (o.contains("guidance"_L1)) {
        const QJsonValue guidance = o.value("guidance"_L1);
        if (!guidance.isString() && !guidance.isNull())
            errors->append(Playbook::tr("%1: “guidance” must be text.").arg(where));
        step.guidance = guidance.toString().trimmed();
    }
    const QJsonValue due = o.value("due"_L1);
    step.from = anchor;
    if (due.isUndefined() || due.isNull()) {
        step.dated = false;
    } else if (!due.isObject()) {
        errors->append(Playbook::tr("%1: “due” must be an object such as {\"from\": \"start\", \"days\": 7}.")
                           .arg(where));
    } else {
        const QJsonObject d = due.toObject();
        for (const QString &member : unknownMembers(d, { "from"_L1, "days"_L1 }))
            errors->append(Playbook::tr("%1: “due” has an unknown member %2.").arg(where, quoted(member)));
        if (d.contains("from"_L1)) {
            const QString from = d.value("from"_L1).toString();
            if (const std::optional<PlaybookAnchor> a = Playbook::anchorFromKeyword(from))
                step.from = *a;
            else
                errors->append(Playbook::tr("%1: “due.from” is %2; use start, renewal or contract_start.")
                                   .arg(where, quoted(d.value("from"_L1).toVariant().toString())));
        }
        if (!d.contains("days"_L1))
            errors->append(Playbook::tr("%1: “due” needs “days”.").arg(where));
        else
            step.days = readDays(d.value("days"_L1), where, errors);
    }
    if (o.contains("owner_role"_L1)) {
        const QString role = o.value("owner_role"_L1).toString();
        if (!Playbook::ownerRoles().contains(role))
            errors->append(Playbook::tr("%1: “owner_role” is %2; use one of: %3.")
                               .arg(where, quoted(o.value("owner_role"_L1).toVariant().toString()),
                                    Playbook::ownerRoles().join(u", "_s)));
        else
            step.ownerRole = role;
    }
    if (o.contains("required"_L1)) {
        if (!o.value("required"_L1).isBool())
            errors->append(Playbook::tr("%1: “required” must be true or false.").arg(where));
        step.required = o.value("required"_L1).toBool(true);
    }
    return step;
}

} // namespace

// Playbook

QStringList Playbook::builtInTemplateIds()
{
    QStringList ids;
    for (const BuiltInTemplate &t : builtInTemplates)
        ids.append(QString::fromLatin1(t.id));
    return ids;
}

QString Playbook::anchorKeyword(PlaybookAnchor anchor)
{
    switch (anchor) {
    case PlaybookAnchor::Start:
        return u"start"_s;
    case PlaybookAnchor::Renewal:
        return u"renewal"_s;
    case PlaybookAnchor::ContractStart:
        return u"contract_start"_s;
    }
    return {};
}

std::optional<PlaybookAnchor> Playbook::anchorFromKeyword(const QString &keyword)
{
    for (const PlaybookAnchor a :
         { PlaybookAnchor::Start, PlaybookAnchor::Renewal, PlaybookAnchor::ContractStart }) {
        if (anchorKeyword(a) == keyword)
            return a;
    }
    return std::nullopt;
}

QString Playbook::anchorLabel(PlaybookAnchor anchor)
{
    switch (anchor) {
    case PlaybookAnchor::Start:
        return tr("Start");
    case PlaybookAnchor::Renewal:
        return tr("Renewal date");
    case PlaybookAnchor::ContractStart:
        return tr("Contract start");
    }
    return {};
}

QStringList Playbook::ownerRoles()
{
    return { u"csm"_s, u"manager"_s, u"sales"_s, u"implementation"_s, u"support"_s, u"customer"_s };
}

QString Playbook::ownerRoleLabel(const QString &role)
{
    if (role == "csm"_L1)
        return tr("CSM");
    if (role == "manager"_L1)
        return tr("Manager");
    if (role == "sales"_L1)
        return tr("Sales");
    if (role == "implementation"_L1)
        return tr("Implementation");
    if (role == "support"_L1)
        return tr("Support");
    if (role == "customer"_L1)
        return tr("Customer");
    return role;
}

QString Playbook::dueRuleLabel(const PlaybookStepTemplate &step)
{
    if (!step.dated)
        return tr("No due date");
    switch (step.from) {
    case PlaybookAnchor::Start:
        return tr("Day %1").arg(step.days);
    case PlaybookAnchor::Renewal:
        if (step.days == 0)
            return tr("On the renewal date");
        return step.days < 0 ? tr("Renewal − %n day(s)", nullptr, -step.days)
                             : tr("Renewal + %n day(s)", nullptr, step.days);
    case PlaybookAnchor::ContractStart:
        if (step.days == 0)
            return tr("On the contract start");
        return step.days < 0 ? tr("Contract start − %n day(s)", nullptr, -step.days)
                             : tr("Contract start + %n day(s)", nullptr, step.days);
    }
    return {};
}

QString Playbook::builtInText(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate(builtInContext, text.toUtf8().constData());
}

QString Playbook::displayText(const QString &text, bool translatable)
{
    return translatable ? builtInText(text) : text;
}

// PlaybookTemplate

QString PlaybookTemplate::displayName() const
{
    return Playbook::displayText(name, translatable());
}

QString PlaybookTemplate::displayDescription() const
{
    return Playbook::displayText(description, translatable());
}

QString PlaybookTemplate::displayStepTitle(qsizetype index) const
{
    return index >= 0 && index < steps.size() ? Playbook::displayText(steps.at(index).title, translatable())
                                              : QString();
}

QString PlaybookTemplate::displayStepGuidance(qsizetype index) const
{
    return index >= 0 && index < steps.size()
        ? Playbook::displayText(steps.at(index).guidance, translatable())
        : QString();
}

bool PlaybookTemplate::usesAnchor(PlaybookAnchor a) const
{
    return std::any_of(steps.cbegin(), steps.cend(),
                       [a](const PlaybookStepTemplate &s) { return s.dated && s.from == a; });
}

bool PlaybookTemplate::sameContent(const PlaybookTemplate &other) const
{
    return id == other.id && name == other.name && description == other.description && anchor == other.anchor
        && steps == other.steps;
}

QList<PlaybookTemplate> PlaybookTemplate::builtIns()
{
    QList<PlaybookTemplate> result;
    for (const BuiltInTemplate &b : builtInTemplates) {
        PlaybookTemplate t;
        t.id = QString::fromLatin1(b.id);
        t.name = QString::fromUtf8(b.name);
        t.description = QString::fromUtf8(b.description);
        t.anchor = b.anchor;
        t.origin = Origin::BuiltIn;
        for (const BuiltInStep &s : b.steps) {
            PlaybookStepTemplate step;
            step.title = QString::fromUtf8(s.title);
            step.guidance = QString::fromUtf8(s.guidance);
            step.from = s.from;
            step.days = s.days;
            step.ownerRole = QString::fromLatin1(s.role);
            step.required = s.required;
            t.steps.append(step);
        }
        result.append(t);
    }
    return result;
}

std::optional<PlaybookTemplate> PlaybookTemplate::builtIn(const QString &id)
{
    for (const PlaybookTemplate &t : builtIns()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

std::optional<PlaybookTemplate> PlaybookTemplate::fromJson(const QJsonObject &root, QString *error,
                                                           Origin origin)
{
    QStringList errors;
    const QString id = root.value("id"_L1).toString();
    const QString what = id.isEmpty() ? Playbook::tr("The playbook template")
                                      : Playbook::tr("The playbook template %1").arg(quoted(id));
    if (root.contains("format"_L1) && root.value("format"_L1).toString() != templateFormat)
        errors.append(Playbook::tr("%1: “format” must be “%2”, not %3.")
                          .arg(what, templateFormat, quoted(root.value("format"_L1).toVariant().toString())));
    if (root.contains("version"_L1) && root.value("version"_L1).toInt(-1) != formatVersion)
        errors.append(Playbook::tr("%1 is version %2; this Pitwall reads version %3.")
                          .arg(what, root.value("version"_L1).toVariant().toString())
                          .arg(formatVersion));
    for (const QString &member : unknownMembers(
             root,
             { "format"_L1, "version"_L1, "id"_L1, "name"_L1, "description"_L1, "anchor"_L1, "steps"_L1 }))
        errors.append(Playbook::tr("%1 has an unknown member %2.").arg(what, quoted(member)));

    PlaybookTemplate t;
    t.origin = origin;
    t.id = id;
    if (id.isEmpty())
        errors.append(Playbook::tr("%1 needs an “id”.").arg(what));
    else if (!validId(id))
        errors.append(
            Playbook::tr("%1: the id may only hold lower-case letters, digits, “_” and “-” (at most 64).")
                .arg(what));
    t.name = root.value("name"_L1).toString().trimmed();
    if (t.name.isEmpty())
        errors.append(Playbook::tr("%1 needs a “name”.").arg(what));
    if (root.contains("description"_L1)) {
        const QJsonValue d = root.value("description"_L1);
        if (!d.isString() && !d.isNull())
            errors.append(Playbook::tr("%1: “description” must be text.").arg(what));
        t.description = d.toString().trimmed();
    }
    if (root.contains("anchor"_L1)) {
        if (const std::optional<PlaybookAnchor> a
            = Playbook::anchorFromKeyword(root.value("anchor"_L1).toString()))
            t.anchor = *a;
        else
            errors.append(Playbook::tr("%1: “anchor” is %2; use start, renewal or contract_start.")
                              .arg(what, quoted(root.value("anchor"_L1).toVariant().toString())));
    }
    const QJsonValue steps = root.value("steps"_L1);
    if (!steps.isArray() || steps.toArray().isEmpty()) {
        errors.append(Playbook::tr("%1 needs a list of “steps” (at least one).").arg(what));
    } else {
        const QJsonArray array = steps.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = Playbook::tr("%1, step %2").arg(what).arg(i + 1);
            t.steps.append(readStep(array.at(i), t.anchor, where, &errors));
        }
    }
    if (!errors.isEmpty()) {
        if (error)
            *error = errors.join(u"; "_s);
        return std::nullopt;
    }
    if (error)
        error->clear();
    return t;
}

std::optional<PlaybookTemplate> PlaybookTemplate::fromJson(const QByteArray &json, QString *error,
                                                           Origin origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Playbook::tr("The playbook template is not valid JSON: %1 (at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = Playbook::tr("The playbook template must be a JSON object.");
        return std::nullopt;
    }
    return fromJson(doc.object(), error, origin);
}

std::optional<QList<PlaybookTemplate>> PlaybookTemplate::listFromJson(const QByteArray &json, QString *error,
                                                                      Origin origin)
{
    const auto failed = [error](const QStringList &errors) {
        if (error)
            *error = errors.join(u"; "_s);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed({ Playbook::tr("The playbook templates are not valid JSON: %1 (at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset) });
    QJsonArray array;
    if (doc.isArray()) {
        array = doc.array();
    } else if (doc.isObject() && doc.object().contains("templates"_L1)) {
        const QJsonObject root = doc.object();
        for (const QString &member : unknownMembers(root, { "format"_L1, "version"_L1, "templates"_L1 }))
            return failed({ Playbook::tr("The playbook templates file has an unknown member %1.")
                                .arg(quoted(member)) });
        if (!root.value("templates"_L1).isArray())
            return failed({ Playbook::tr("“templates” must be a list of playbook templates.") });
        array = root.value("templates"_L1).toArray();
    } else if (doc.isObject()) {
        array.append(doc.object());
    } else {
        return failed({ Playbook::tr("The playbook templates must be a JSON array or object.") });
    }
    QStringList errors;
    QList<PlaybookTemplate> result;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            errors.append(Playbook::tr("Template %1 of the list is not an object.").arg(i + 1));
            continue;
        }
        QString templateError;
        const std::optional<PlaybookTemplate> t = fromJson(array.at(i).toObject(), &templateError, origin);
        if (!t) {
            errors.append(templateError);
            continue;
        }
        if (ids.contains(t->id)) {
            errors.append(Playbook::tr("The playbook template id %1 appears twice.").arg(quoted(t->id)));
            continue;
        }
        ids.insert(t->id);
        result.append(*t);
    }
    if (!errors.isEmpty())
        return failed(errors);
    if (error)
        error->clear();
    return result;
}

QJsonObject PlaybookTemplate::toJson() const
{
    QJsonArray stepArray;
    for (const PlaybookStepTemplate &s : steps) {
        QJsonObject o { { "title"_L1, s.title } };
        if (!s.guidance.isEmpty())
            o.insert("guidance"_L1, s.guidance);
        o.insert("due"_L1,
                 s.dated ? QJsonValue(
                     QJsonObject { { "from"_L1, Playbook::anchorKeyword(s.from) }, { "days"_L1, s.days } })
                         : QJsonValue(QJsonValue::Null));
        o.insert("owner_role"_L1, s.ownerRole);
        o.insert("required"_L1, s.required);
        stepArray.append(o);
    }
    QJsonObject root {
        { "format"_L1, templateFormat }, { "version"_L1, formatVersion }, { "id"_L1, id }, { "name"_L1, name }
    };
    if (!description.isEmpty())
        root.insert("description"_L1, description);
    root.insert("anchor"_L1, Playbook::anchorKeyword(anchor));
    root.insert("steps"_L1, stepArray);
    return root;
}

QByteArray PlaybookTemplate::listToJson(const QList<PlaybookTemplate> &templates)
{
    QJsonArray array;
    for (const PlaybookTemplate &t : templates)
        array.append(t.toJson());
    return QJsonDocument(QJsonObject { { "templates"_L1, array } }).toJson(QJsonDocument::Indented);
}

// PlaybookSchedule

QDate PlaybookSchedule::rawDue(const PlaybookStepTemplate &step, const QDate &start, const QDate &renewal,
                               const QDate &contractStart)
{
    if (!step.dated)
        return {};
    switch (step.from) {
    case PlaybookAnchor::Start:
        return start.addDays(step.days);
    case PlaybookAnchor::Renewal:
        return renewal.addDays(step.days);
    case PlaybookAnchor::ContractStart:
        return contractStart.addDays(step.days);
    }
    return {};
}

PlaybookSchedule PlaybookSchedule::compute(const PlaybookTemplate &tmpl, const PlaybookAnchors &anchors)
{
    PlaybookSchedule s;
    s.start = anchors.start.isValid() ? anchors.start : QDate::currentDate();
    s.renewal = anchors.renewal;
    if (!s.renewal.isValid() && tmpl.usesAnchor(PlaybookAnchor::Renewal)) {
        // As far after the start as the earliest renewal step comes before the renewal.
        int earliest = 0;
        for (const PlaybookStepTemplate &step : tmpl.steps) {
            if (step.dated && step.from == PlaybookAnchor::Renewal)
                earliest = std::min(earliest, step.days);
        }
        s.renewal = s.start.addDays(-earliest);
        s.renewalAssumed = true;
    }
    QDate contractStart = anchors.contractStart;
    if (!contractStart.isValid()) {
        contractStart = s.start;
        s.contractStartAssumed = tmpl.usesAnchor(PlaybookAnchor::ContractStart);
    }
    for (const PlaybookStepTemplate &step : tmpl.steps) {
        QDate due = rawDue(step, s.start, s.renewal, contractStart);
        if (due.isValid() && due < s.start) {
            due = s.start;
            ++s.clampedSteps;
        }
        s.due.append(due);
    }
    return s;
}

QStringList PlaybookSchedule::notes() const
{
    QStringList notes;
    if (renewalAssumed)
        notes.append(tr("The account has no renewal date: the steps timed from the renewal are due as if it "
                        "were on %1.")
                         .arg(renewal.toString(Qt::ISODate)));
    if (contractStartAssumed)
        notes.append(tr("The account has no contract start: the steps timed from it count from the start of "
                        "the playbook."));
    if (clampedSteps > 0)
        notes.append(tr("%n step(s) would have been due before the playbook started and are due on its first "
                        "day instead.",
                        nullptr, clampedSteps));
    return notes;
}
