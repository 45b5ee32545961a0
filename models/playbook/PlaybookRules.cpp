#include "PlaybookRules.h"

#include "PlaybookStore.h"
#include "PlaybookTemplateStore.h"
#include "PlaybookWriter.h"
#include "accounts/AccountFilter.h"
#include "health/HealthStore.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"
#include "work/ChangeJournal.h"
#include "work/LocalWork.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const auto rulesFormat = "pitwall-playbook-rules"_L1;
constexpr int formatVersion = 1;
const auto watermarkKey = "playbook_rules_account_pk"_L1;
const auto evaluatedKey = "playbook_rules_evaluated_on"_L1;
// The day and the rule set (a digest) of the last evaluation that looked at every account.
const auto fullEvaluationKey = "playbook_rules_full_evaluation"_L1;

// The built-in rules' texts, in the same context as the built-in templates.
struct BuiltInRule
{
    const char *id;
    const char *name;
    PlaybookRule::Trigger trigger;
    const char *reason;
    const char *startTemplate;
    const char *taskTitle; // nullptr: no task
    int taskDueDays;
    bool notifyManager;
};

constexpr BuiltInRule builtInRules[] = {
    { "nps_detractor", QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Detractor NPS response"),
      PlaybookRule::Trigger::NpsDetractor, "at_risk", "risk_rescue",
      QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Call {contact} about their NPS score of {score}"), 2, true },
    { "health_red", QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Health turned red"),
      PlaybookRule::Trigger::HealthRed, "at_risk", "risk_rescue", nullptr, 0, true },
    { "renewal_120", QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Renewal in 120 days"),
      PlaybookRule::Trigger::RenewalWithin, "renewal", "renewal", nullptr, 0, false },
    { "new_account", QT_TRANSLATE_NOOP("PlaybookBuiltIn", "New account"), PlaybookRule::Trigger::NewAccount,
      "onboarding", "onboarding", nullptr, 0, false },
    { "champion_left", QT_TRANSLATE_NOOP("PlaybookBuiltIn", "The champion left"),
      PlaybookRule::Trigger::ChampionLeft, "champion_left", "",
      QT_TRANSLATE_NOOP("PlaybookBuiltIn", "Find a new champion at {account}: {contact} has left"), 7, true },
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

int readInt(const QJsonObject &o, QLatin1StringView member, int fallback, int min, int max,
            const QString &where, QStringList *errors)
{
    if (!o.contains(member))
        return fallback;
    const QJsonValue v = o.value(member);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::isnan(d) || d != std::floor(d) || d < min || d > max) {
        errors->append(PlaybookRules::tr("%1: “%2” must be a whole number from %3 to %4, not %5.")
                           .arg(where, member)
                           .arg(min)
                           .arg(max)
                           .arg(v.isString() ? quoted(v.toString()) : v.toVariant().toString()));
        return fallback;
    }
    return int(d);
}

QString fillTitle(const QString &title, const QHash<QString, QString> &values)
{
    QString result = title;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        result.replace(it.key(), it.value());
    return result.simplified();
}

} // namespace

// PlaybookRule

QString PlaybookRule::displayName() const
{
    return builtIn ? QCoreApplication::translate("PlaybookBuiltIn", name.toUtf8().constData()) : name;
}

QString PlaybookRule::displayTaskTitle() const
{
    return builtIn ? QCoreApplication::translate("PlaybookBuiltIn", taskTitle.toUtf8().constData())
                   : taskTitle;
}

QString PlaybookRule::triggerKeyword(Trigger trigger)
{
    switch (trigger) {
    case Trigger::NpsDetractor:
        return u"nps_detractor"_s;
    case Trigger::HealthRed:
        return u"health_red"_s;
    case Trigger::RenewalWithin:
        return u"renewal_within"_s;
    case Trigger::NewAccount:
        return u"new_account"_s;
    case Trigger::ChampionLeft:
        return u"champion_left"_s;
    }
    return {};
}

std::optional<PlaybookRule::Trigger> PlaybookRule::triggerFromKeyword(const QString &keyword)
{
    for (const Trigger t : { Trigger::NpsDetractor, Trigger::HealthRed, Trigger::RenewalWithin,
                             Trigger::NewAccount, Trigger::ChampionLeft }) {
        if (triggerKeyword(t) == keyword)
            return t;
    }
    return std::nullopt;
}

QStringList PlaybookRule::taskPlaceholders()
{
    return { u"{account}"_s, u"{contact}"_s, u"{score}"_s, u"{renewal_date}"_s, u"{days}"_s };
}

QString PlaybookRule::triggerSummary() const
{
    switch (trigger) {
    case Trigger::NpsDetractor:
        return PlaybookRules::tr("NPS response of %1 or less (last %n day(s))", nullptr, withinDays)
            .arg(maxScore);
    case Trigger::HealthRed:
        return PlaybookRules::tr("Health turns red");
    case Trigger::RenewalWithin:
        return PlaybookRules::tr("Renewal within %n day(s)", nullptr, days);
    case Trigger::NewAccount:
        return PlaybookRules::tr("New account");
    case Trigger::ChampionLeft:
        return PlaybookRules::tr("The champion leaves");
    }
    return {};
}

QString PlaybookRule::actionSummary() const
{
    QStringList parts;
    if (!startTemplate.isEmpty()) {
        QString templateName = startTemplate;
        if (const std::optional<PlaybookTemplate> t = PlaybookTemplate::builtIn(startTemplate))
            templateName = t->displayName();
        parts.append(PlaybookRules::tr("start “%1”").arg(templateName));
    }
    if (createTask)
        parts.append(PlaybookRules::tr("a task for the owner"));
    if (notifyManager)
        parts.append(PlaybookRules::tr("tell the manager"));
    return parts.join(PlaybookRules::tr(", "));
}

// PlaybookRuleSet

PlaybookRuleSet PlaybookRuleSet::builtIn()
{
    PlaybookRuleSet set;
    set.origin = Origin::BuiltIn;
    for (const BuiltInRule &b : builtInRules) {
        PlaybookRule r;
        r.id = QString::fromLatin1(b.id);
        r.name = QString::fromUtf8(b.name);
        r.trigger = b.trigger;
        r.reason = QString::fromLatin1(b.reason);
        r.startTemplate = QString::fromLatin1(b.startTemplate);
        r.createTask = b.taskTitle != nullptr;
        if (b.taskTitle)
            r.taskTitle = QString::fromUtf8(b.taskTitle);
        r.taskDueDays = b.taskDueDays;
        r.notifyManager = b.notifyManager;
        r.builtIn = true;
        set.rules.append(r);
    }
    return set;
}

std::optional<PlaybookRuleSet> PlaybookRuleSet::fromJson(const QByteArray &json, QString *error,
                                                         const QStringList *knownTemplates, Origin origin)
{
    const auto failed = [error](const QStringList &errors) {
        if (error)
            *error = errors.join(u"; "_s);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed({ PlaybookRules::tr("The playbook rules are not valid JSON: %1 (at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset) });
    if (!doc.isObject())
        return failed({ PlaybookRules::tr("The playbook rules must be a JSON object with a “rules” list.") });
    const QJsonObject root = doc.object();
    QStringList errors;
    if (root.contains("format"_L1) && root.value("format"_L1).toString() != rulesFormat)
        errors.append(PlaybookRules::tr("The playbook rules: “format” must be “%1”, not %2.")
                          .arg(rulesFormat, quoted(root.value("format"_L1).toVariant().toString())));
    if (root.contains("version"_L1) && root.value("version"_L1).toInt(-1) != formatVersion)
        errors.append(PlaybookRules::tr("The playbook rules are version %1; this Pitwall reads version %2.")
                          .arg(root.value("version"_L1).toVariant().toString())
                          .arg(formatVersion));
    for (const QString &member : unknownMembers(root, { "format"_L1, "version"_L1, "rules"_L1 }))
        errors.append(PlaybookRules::tr("The playbook rules have an unknown member %1.").arg(quoted(member)));
    if (!root.value("rules"_L1).isArray())
        errors.append(PlaybookRules::tr("The playbook rules need a “rules” list."));

    PlaybookRuleSet set;
    set.origin = origin;
    QSet<QString> ids;
    const QJsonArray array = root.value("rules"_L1).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            errors.append(PlaybookRules::tr("Rule %1 is not an object.").arg(i + 1));
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        PlaybookRule r;
        r.id = o.value("id"_L1).toString();
        const QString where = r.id.isEmpty() ? PlaybookRules::tr("Rule %1").arg(i + 1)
                                             : PlaybookRules::tr("The rule %1").arg(quoted(r.id));
        for (const QString &member :
             unknownMembers(o, { "id"_L1, "name"_L1, "enabled"_L1, "trigger"_L1, "reason"_L1, "actions"_L1 }))
            errors.append(PlaybookRules::tr("%1 has an unknown member %2.").arg(where, quoted(member)));
        if (r.id.isEmpty())
            errors.append(PlaybookRules::tr("%1 needs an “id”.").arg(where));
        else if (!validId(r.id))
            errors.append(
                PlaybookRules::tr(
                    "%1: the id may only hold lower-case letters, digits, “_” and “-” (at most 64).")
                    .arg(where));
        else if (ids.contains(r.id))
            errors.append(PlaybookRules::tr("The rule id %1 appears twice.").arg(quoted(r.id)));
        ids.insert(r.id);
        r.name = o.value("name"_L1).toString().trimmed();
        if (r.name.isEmpty())
            errors.append(PlaybookRules::tr("%1 needs a “name”.").arg(where));
        if (o.contains("enabled"_L1)) {
            if (!o.value("enabled"_L1).isBool())
                errors.append(PlaybookRules::tr("%1: “enabled” must be true or false.").arg(where));
            r.enabled = o.value("enabled"_L1).toBool(true);
        }
        r.reason = r.id;
        if (o.contains("reason"_L1)) {
            r.reason = o.value("reason"_L1).toString();
            if (!validId(r.reason))
                errors.append(
                    PlaybookRules::tr("%1: “reason” must be a key of lower-case letters, digits, “_” "
                                      "and “-”, such as at_risk.")
                        .arg(where));
        }

        const QJsonValue triggerValue = o.value("trigger"_L1);
        if (!triggerValue.isObject()) {
            errors.append(PlaybookRules::tr("%1 needs a “trigger” object with a “type”.").arg(where));
        } else {
            const QJsonObject t = triggerValue.toObject();
            const QString type = t.value("type"_L1).toString();
            const std::optional<PlaybookRule::Trigger> trigger = PlaybookRule::triggerFromKeyword(type);
            if (!trigger) {
                errors.append(
                    PlaybookRules::tr("%1: the trigger type %2 is unknown; use nps_detractor, health_red, "
                                      "renewal_within, new_account or champion_left.")
                        .arg(where, quoted(t.value("type"_L1).toVariant().toString())));
            } else {
                r.trigger = *trigger;
                const QString triggerWhere = PlaybookRules::tr("%1, trigger").arg(where);
                switch (r.trigger) {
                case PlaybookRule::Trigger::NpsDetractor:
                    for (const QString &m :
                         unknownMembers(t, { "type"_L1, "max_score"_L1, "within_days"_L1 }))
                        errors.append(
                            PlaybookRules::tr("%1 has an unknown member %2.").arg(triggerWhere, quoted(m)));
                    r.maxScore = readInt(t, "max_score"_L1, 6, 0, 10, triggerWhere, &errors);
                    r.withinDays = readInt(t, "within_days"_L1, 30, 1, 3650, triggerWhere, &errors);
                    break;
                case PlaybookRule::Trigger::RenewalWithin:
                    for (const QString &m : unknownMembers(t, { "type"_L1, "days"_L1 }))
                        errors.append(
                            PlaybookRules::tr("%1 has an unknown member %2.").arg(triggerWhere, quoted(m)));
                    r.days = readInt(t, "days"_L1, 120, 1, 3650, triggerWhere, &errors);
                    break;
                case PlaybookRule::Trigger::NewAccount:
                    for (const QString &m : unknownMembers(t, { "type"_L1, "within_days"_L1 }))
                        errors.append(
                            PlaybookRules::tr("%1 has an unknown member %2.").arg(triggerWhere, quoted(m)));
                    r.withinDays = readInt(t, "within_days"_L1, 30, 1, 3650, triggerWhere, &errors);
                    break;
                case PlaybookRule::Trigger::HealthRed:
                case PlaybookRule::Trigger::ChampionLeft:
                    for (const QString &m : unknownMembers(t, { "type"_L1 }))
                        errors.append(
                            PlaybookRules::tr("%1 has an unknown member %2.").arg(triggerWhere, quoted(m)));
                    break;
                }
            }
        }

        const QJsonValue actionsValue = o.value("actions"_L1);
        if (!actionsValue.isArray() || actionsValue.toArray().isEmpty()) {
            errors.append(PlaybookRules::tr("%1 needs a list of “actions” (at least one).").arg(where));
        } else {
            const QJsonArray actions = actionsValue.toArray();
            QSet<QString> seen;
            for (qsizetype a = 0; a < actions.size(); ++a) {
                const QString actionWhere = PlaybookRules::tr("%1, action %2").arg(where).arg(a + 1);
                if (!actions.at(a).isObject()) {
                    errors.append(PlaybookRules::tr("%1 is not an object.").arg(actionWhere));
                    continue;
                }
                const QJsonObject act = actions.at(a).toObject();
                const QString type = act.value("type"_L1).toString();
                if (seen.contains(type)) {
                    errors.append(PlaybookRules::tr("%1: %2 appears twice in the rule.")
                                      .arg(actionWhere, quoted(type)));
                    continue;
                }
                seen.insert(type);
                if (type == "start_playbook"_L1) {
                    for (const QString &m : unknownMembers(act, { "type"_L1, "template"_L1 }))
                        errors.append(
                            PlaybookRules::tr("%1 has an unknown member %2.").arg(actionWhere, quoted(m)));
                    r.startTemplate = act.value("template"_L1).toString();
                    if (r.startTemplate.isEmpty())
                        errors.append(
                            PlaybookRules::tr("%1 needs the “template” to start.").arg(actionWhere));
                    else if (knownTemplates && !knownTemplates->contains(r.startTemplate))
                        errors.append(
                            PlaybookRules::tr("%1 starts the template %2, which does not exist (the "
                                              "templates are: %3).")
                                .arg(actionWhere, quoted(r.startTemplate), knownTemplates->join(u", "_s)));
                } else if (type == "create_task"_L1) {
                    for (const QString &m : unknownMembers(act, { "type"_L1, "title"_L1, "due_days"_L1 }))
                        errors.append(
                            PlaybookRules::tr("%1 has an unknown member %2.").arg(actionWhere, quoted(m)));
                    r.createTask = true;
                    r.taskTitle = act.value("title"_L1).toString().trimmed();
                    if (r.taskTitle.isEmpty())
                        errors.append(PlaybookRules::tr("%1 needs the task's “title”.").arg(actionWhere));
                    static const QRegularExpression placeholder(u"\\{[A-Za-z_]+\\}"_s);
                    auto it = placeholder.globalMatch(r.taskTitle);
                    while (it.hasNext()) {
                        const QString found = it.next().captured(0);
                        if (!PlaybookRule::taskPlaceholders().contains(found))
                            errors.append(
                                PlaybookRules::tr("%1: the title uses an unknown placeholder %2 (use %3).")
                                    .arg(actionWhere, found, PlaybookRule::taskPlaceholders().join(u", "_s)));
                    }
                    r.taskDueDays = readInt(act, "due_days"_L1, 2, 0, 3650, actionWhere, &errors);
                } else if (type == "notify_manager"_L1) {
                    for (const QString &m : unknownMembers(act, { "type"_L1 }))
                        errors.append(
                            PlaybookRules::tr("%1 has an unknown member %2.").arg(actionWhere, quoted(m)));
                    r.notifyManager = true;
                } else {
                    errors.append(PlaybookRules::tr("%1: the action type %2 is unknown; use start_playbook, "
                                                    "create_task or notify_manager.")
                                      .arg(actionWhere, quoted(act.value("type"_L1).toVariant().toString())));
                }
            }
        }
        set.rules.append(r);
    }
    if (!errors.isEmpty())
        return failed(errors);
    if (error)
        error->clear();
    return set;
}

QByteArray PlaybookRuleSet::toJson() const
{
    QJsonArray array;
    for (const PlaybookRule &r : rules) {
        QJsonObject trigger { { "type"_L1, PlaybookRule::triggerKeyword(r.trigger) } };
        switch (r.trigger) {
        case PlaybookRule::Trigger::NpsDetractor:
            trigger.insert("max_score"_L1, r.maxScore);
            trigger.insert("within_days"_L1, r.withinDays);
            break;
        case PlaybookRule::Trigger::RenewalWithin:
            trigger.insert("days"_L1, r.days);
            break;
        case PlaybookRule::Trigger::NewAccount:
            trigger.insert("within_days"_L1, r.withinDays);
            break;
        case PlaybookRule::Trigger::HealthRed:
        case PlaybookRule::Trigger::ChampionLeft:
            break;
        }
        QJsonArray actions;
        if (!r.startTemplate.isEmpty())
            actions.append(
                QJsonObject { { "type"_L1, u"start_playbook"_s }, { "template"_L1, r.startTemplate } });
        if (r.createTask)
            actions.append(QJsonObject { { "type"_L1, u"create_task"_s },
                                         { "title"_L1, r.taskTitle },
                                         { "due_days"_L1, r.taskDueDays } });
        if (r.notifyManager)
            actions.append(QJsonObject { { "type"_L1, u"notify_manager"_s } });
        array.append(QJsonObject { { "id"_L1, r.id },
                                   { "name"_L1, r.name },
                                   { "enabled"_L1, r.enabled },
                                   { "trigger"_L1, trigger },
                                   { "reason"_L1, r.reason },
                                   { "actions"_L1, actions } });
    }
    return QJsonDocument(QJsonObject { { "format"_L1, rulesFormat },
                                       { "version"_L1, formatVersion },
                                       { "rules"_L1, array } })
        .toJson(QJsonDocument::Indented);
}

// PlaybookRules

QString PlaybookRules::Outcome::summary() const
{
    QStringList parts;
    parts.append(PlaybookRules::tr("%n playbook(s) started", nullptr, started));
    if (suppressed > 0)
        parts.append(PlaybookRules::tr("%n already open", nullptr, suppressed));
    parts.append(PlaybookRules::tr("%n task(s)", nullptr, tasks));
    parts.append(PlaybookRules::tr("%n notification(s)", nullptr, notifications));
    return parts.join(PlaybookRules::tr(", "));
}

PlaybookRules::PlaybookRules(const QSqlDatabase &db)
    : m_db(db)
{ }

PlaybookRules::PlaybookRules(Database &db)
    : PlaybookRules(db.connection())
{ }

bool PlaybookRules::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

PlaybookRuleSet PlaybookRules::active(QString *origin) const
{
    m_lastError.clear();
    for (const bool published : { true, false }) {
        QSqlQuery q(m_db);
        q.prepare(published ? u"SELECT content, source FROM config_documents WHERE name = ?"_s
                            : u"SELECT content, 'local' FROM local_config WHERE name = ?"_s);
        q.addBindValue(documentName());
        if (!q.exec() || !q.next())
            continue;
        QString error;
        const std::optional<PlaybookRuleSet> set = PlaybookRuleSet::fromJson(
            q.value(0).toByteArray(), &error, nullptr,
            published ? PlaybookRuleSet::Origin::Published : PlaybookRuleSet::Origin::Local);
        if (set) {
            if (origin)
                *origin = published ? q.value(1).toString() : tr("local");
            return *set;
        }
        fail(
            published
                ? tr("The published playbook rules cannot be used (%1); the next set in line is used.")
                      .arg(error)
                : tr("The local playbook rules cannot be used (%1); the built-in ones are used.").arg(error));
    }
    if (origin)
        *origin = tr("built-in");
    return PlaybookRuleSet::builtIn();
}

bool PlaybookRules::saveLocal(const PlaybookRuleSet &set, const QString &author)
{
    m_lastError.clear();
    QStringList known;
    for (const PlaybookTemplate &t : PlaybookTemplateStore(m_db).templates())
        known.append(t.id);
    const QByteArray json = set.toJson();
    QString error;
    if (!PlaybookRuleSet::fromJson(json, &error, &known))
        return fail(error);
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT OR REPLACE INTO local_config (name, content, updated_at, updated_by) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(documentName());
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(PlaybookWriter::isoText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(author);
    if (!q.exec())
        return fail(tr("The playbook rules could not be saved: %1").arg(q.lastError().text()));
    return true;
}

bool PlaybookRules::clearLocal()
{
    m_lastError.clear();
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM local_config WHERE name = ?"_s);
    q.addBindValue(documentName());
    if (!q.exec())
        return fail(tr("The local playbook rules could not be removed: %1").arg(q.lastError().text()));
    return true;
}

namespace {

struct Candidate
{
    QString accountId;
    QString event;
    QVariant d1;
    QVariant d2;
    QVariant d3;
    QString accountName;
    QString ownerId;
    QString managerId;
    QDate renewal;
    QDate contractStart;
};

QString key(const QString &a, const QString &b)
{
    return a + QChar(0x1f) + b;
}

} // namespace

bool PlaybookRules::evaluate(Outcome *outcomeOut)
{
    m_lastError.clear();
    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    QString origin;
    const PlaybookRuleSet set = active(&origin);
    if (!m_lastError.isEmpty())
        outcome.warnings.append(m_lastError);
    m_lastError.clear();

    const QDate day = today();
    const QString todayText = day.toString(Qt::ISODate);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = PlaybookWriter::isoText(now);

    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.begin(&error))
        return fail(tr("The playbook rules could not be evaluated: %1").arg(error));
    const auto sqlFail = [this](const QString &message) {
        return fail(tr("The playbook rules could not be evaluated: %1").arg(message));
    };
    const auto meta = [this](QLatin1StringView k) -> QVariant {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
        q.addBindValue(QString(k));
        if (q.exec() && q.next())
            return q.value(0);
        return {};
    };

    const QVariant watermark = meta(watermarkKey);
    // Only the accounts in the scope, when a full evaluation with these rules ran today
    // (see setAccountScope()).
    const QString fullEvaluation = todayText + u' '
        + QString::fromLatin1(QCryptographicHash::hash(set.toJson(), QCryptographicHash::Sha1).toHex());
    const bool scoped
        = m_scope && !watermark.isNull() && meta(fullEvaluationKey).toString() == fullEvaluation;
    QString inScope;
    if (scoped) {
        QSqlQuery q(m_db);
        if (!q.exec(
                u"CREATE TEMP TABLE IF NOT EXISTS playbook_rule_scope (id TEXT PRIMARY KEY) WITHOUT ROWID"_s)
            || !q.exec(u"DELETE FROM temp.playbook_rule_scope"_s))
            return sqlFail(q.lastError().text());
        q.prepare(u"INSERT OR IGNORE INTO temp.playbook_rule_scope (id) VALUES (?)"_s);
        for (const QString &id : std::as_const(*m_scope)) {
            q.bindValue(0, id);
            if (!q.exec())
                return sqlFail(q.lastError().text());
        }
        inScope = u" IN (SELECT id FROM temp.playbook_rule_scope)"_s;
        outcome.scopedAccounts = m_scope->size();
    }

    // What is open now: a rule starts nothing where the reason or the template is open.
    QSet<QString> openReasons;
    QSet<QString> openTemplates;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT account_id, reason, template_id FROM playbook_instances WHERE status = 'open'"_s
                    + (scoped ? u" AND account_id"_s + inScope : QString())))
            return sqlFail(q.lastError().text());
        while (q.next()) {
            if (!q.value(1).isNull())
                openReasons.insert(key(q.value(0).toString(), q.value(1).toString()));
            openTemplates.insert(key(q.value(0).toString(), q.value(2).toString()));
        }
    }

    const PlaybookTemplateStore templateStore(m_db);
    QHash<QString, PlaybookTemplate> templates;
    for (const PlaybookTemplate &t : templateStore.templates())
        templates.insert(t.id, t);

    PlaybookWriter writer(m_db);
    QSqlQuery eventInsert(m_db);
    eventInsert.prepare(
        u"INSERT OR IGNORE INTO playbook_rule_events (rule_id, account_id, event, fired_at, outcome,"
        " instance_id) VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery notificationInsert(m_db);
    notificationInsert.prepare(
        u"INSERT INTO notifications (id, recipient_id, account_id, kind, rule_id, trigger,"
        " detail, instance_id, created_at) VALUES (?, ?, ?, 'playbook_rule', ?, ?, ?, ?, ?)"_s);

    // The previous scored week, for "turned red".
    const QString thisWeek = HealthStore::weekOf(day).toString(Qt::ISODate);
    QString previousWeek;
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT MAX(week) FROM health_history WHERE week < ?"_s);
        q.addBindValue(thisWeek);
        if (q.exec() && q.next())
            previousWeek = q.value(0).toString();
    }

    for (const PlaybookRule &rule : set.rules) {
        if (!rule.enabled)
            continue;
        // The trigger's events, as rows of (account, event, three details).
        QString from;
        QString event;
        QString d1 = u"NULL"_s;
        QString d2 = u"NULL"_s;
        QString d3 = u"NULL"_s;
        QString where;
        QVariantList binds; // in the order the ? appear: select list, from, where
        switch (rule.trigger) {
        case PlaybookRule::Trigger::NpsDetractor:
            from
                = u"nps n JOIN accounts a ON a.id = n.account_id LEFT JOIN contacts ct ON ct.id = n.contact_id"_s;
            event = u"n.id"_s;
            d1 = u"n.score"_s;
            d2 = u"TRIM(COALESCE(ct.first_name, '') || ' ' || COALESCE(ct.last_name, ''))"_s;
            d3 = u"substr(n.responded_at, 1, 10)"_s;
            where = u"n.archived = 0 AND n.score IS NOT NULL AND n.score BETWEEN 0 AND ? AND n.responded_at "
                    u">= ?"
                    " AND n.responded_at < ?"_s;
            binds << rule.maxScore << day.addDays(-rule.withinDays).toString(Qt::ISODate)
                  << day.addDays(1).toString(Qt::ISODate);
            break;
        case PlaybookRule::Trigger::HealthRed: {
            if (previousWeek.isEmpty())
                continue; // no earlier snapshot: nothing can have turned red
            event = u"'red:' || ?"_s;
            binds << thisWeek;
            d1 = u"(SELECT h.score FROM health_scores h WHERE h.account_id = a.id)"_s;
            d2 = u"p.band"_s;
            from = u"accounts a JOIN health_history p ON p.week = ? AND p.account_id = a.id"_s;
            binds << previousWeek;
            QVariantList bandBinds;
            where = u"p.band IN ('yellow', 'green') AND "_s
                + AccountFilter::effectiveHealthBandSql(&bandBinds, now) + u" = 'red'"_s;
            binds += bandBinds;
            break;
        }
        case PlaybookRule::Trigger::RenewalWithin:
            from = u"accounts a"_s;
            event = u"'renewal:' || a.renewal_date"_s;
            d1 = u"a.renewal_date"_s;
            where = u"a.renewal_date >= ? AND a.renewal_date <= ?"_s;
            binds << todayText << day.addDays(rule.days).toString(Qt::ISODate);
            break;
        case PlaybookRule::Trigger::NewAccount:
            from = u"accounts a"_s;
            event = u"'new'"_s;
            d1 = u"substr(a.created_at, 1, 10)"_s;
            if (watermark.isNull()) {
                where = u"a.created_at >= ?"_s;
                binds << day.addDays(-rule.withinDays).toString(Qt::ISODate);
            } else {
                where = u"a.pk > ?"_s;
                binds << watermark.toLongLong();
            }
            break;
        case PlaybookRule::Trigger::ChampionLeft:
            from = u"playbook_rule_champions s JOIN accounts a ON a.id = s.account_id"
                   " LEFT JOIN contacts ct ON ct.id = s.contact_id"_s;
            event = u"'champion:' || s.contact_id"_s;
            d1 = u"TRIM(COALESCE(ct.first_name, '') || ' ' || COALESCE(ct.last_name, ''))"_s;
            d2 = u"CASE WHEN ct.id IS NULL THEN 'gone' WHEN ct.archived <> 0 THEN 'archived'"
                 " WHEN LOWER(COALESCE(ct.status, '')) IN ('left', 'inactive') THEN 'left'"
                 " WHEN ct.account_id <> s.account_id THEN 'moved' ELSE 'role_changed' END"_s;
            d3 = u"s.contact_id"_s;
            where
                = u"(ct.id IS NULL OR ct.archived <> 0 OR LOWER(COALESCE(ct.role, '')) <> 'champion'"
                  " OR LOWER(COALESCE(ct.status, '')) IN ('left', 'inactive') OR ct.account_id <> s.account_id)"_s;
            break;
        }
        // New accounts are found by the watermark alone, whatever the scope.
        if (scoped && rule.trigger != PlaybookRule::Trigger::NewAccount)
            where += u" AND a.id"_s + inScope;
        // Select-list binds come first: the event (health) is the only one there.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT * FROM (SELECT a.id AS account_id, "_s + event + u" AS event, "_s + d1 + u", "_s + d2
            + u", "_s + d3
            + u", a.name, COALESCE(a.owner_id, ''), COALESCE(ou.manager_id, t.manager_id, ''),"
              " a.renewal_date, a.contract_start FROM "_s
            + from
            + u" LEFT JOIN users ou ON ou.id = a.owner_id LEFT JOIN teams t ON t.id = ou.team"
              " WHERE a.archived = 0 AND LOWER(COALESCE(a.lifecycle_stage, '')) <> 'churned'"
              " AND LOWER(COALESCE(a.status, '')) <> 'churned' AND "_s
            + where
            + u") c WHERE NOT EXISTS (SELECT 1 FROM playbook_rule_events e WHERE e.rule_id = ?"
              " AND e.account_id = c.account_id AND e.event = c.event) ORDER BY c.account_id, c.event"_s);
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        q.addBindValue(rule.id);
        if (!q.exec())
            return sqlFail(q.lastError().text());
        QList<Candidate> candidates;
        while (q.next()) {
            candidates.append({ q.value(0).toString(), q.value(1).toString(), q.value(2), q.value(3),
                                q.value(4), q.value(5).toString(), q.value(6).toString(),
                                q.value(7).toString(),
                                QDate::fromString(q.value(8).toString().left(10), Qt::ISODate),
                                QDate::fromString(q.value(9).toString().left(10), Qt::ISODate) });
        }
        q.finish();
        if (candidates.isEmpty())
            continue;

        std::optional<PlaybookTemplate> tmpl;
        if (!rule.startTemplate.isEmpty()) {
            if (templates.contains(rule.startTemplate))
                tmpl = templates.value(rule.startTemplate);
            else
                outcome.warnings.append(tr("The rule “%1” starts the playbook template “%2”, which does not "
                                           "exist: it only creates its "
                                           "task and notification.")
                                            .arg(rule.displayName(), rule.startTemplate));
        }
        const QString author = u"rule:"_s + rule.id;
        LocalWork work(m_db, author);
        RuleCount &count = outcome.byRule[rule.id];
        for (const Candidate &c : std::as_const(candidates)) {
            ++count.events;
            QString outcomeKeyword = u"fired"_s;
            QString instanceId;
            QJsonObject detail { { "rule"_L1, rule.id },
                                 { "rule_name"_L1, rule.name },
                                 { "rule_builtin"_L1, rule.builtIn },
                                 { "account_name"_L1, c.accountName } };
            QHash<QString, QString> values { { u"{account}"_s, c.accountName } };
            switch (rule.trigger) {
            case PlaybookRule::Trigger::NpsDetractor:
                detail.insert("score"_L1, c.d1.toInt());
                detail.insert("contact"_L1, c.d2.toString());
                detail.insert("responded_on"_L1, c.d3.toString());
                detail.insert("response_id"_L1, c.event);
                values.insert(u"{score}"_s, QString::number(c.d1.toInt()));
                values.insert(u"{contact}"_s,
                              c.d2.toString().isEmpty() ? tr("the contact") : c.d2.toString());
                break;
            case PlaybookRule::Trigger::HealthRed:
                if (!c.d1.isNull())
                    detail.insert("score"_L1, c.d1.toInt());
                detail.insert("previous_band"_L1, c.d2.toString());
                detail.insert("week"_L1, thisWeek);
                if (!c.d1.isNull())
                    values.insert(u"{score}"_s, QString::number(c.d1.toInt()));
                break;
            case PlaybookRule::Trigger::RenewalWithin:
                detail.insert("renewal_date"_L1, c.d1.toString());
                detail.insert("days"_L1, int(day.daysTo(c.renewal)));
                break;
            case PlaybookRule::Trigger::NewAccount:
                if (!c.d1.isNull())
                    detail.insert("created_on"_L1, c.d1.toString());
                break;
            case PlaybookRule::Trigger::ChampionLeft:
                detail.insert("contact"_L1, c.d1.toString());
                detail.insert("how"_L1, c.d2.toString());
                detail.insert("contact_id"_L1, c.d3.toString());
                values.insert(u"{contact}"_s,
                              c.d1.toString().isEmpty() ? tr("the champion") : c.d1.toString());
                break;
            }
            if (c.renewal.isValid()) {
                values.insert(u"{renewal_date}"_s, c.renewal.toString(Qt::ISODate));
                values.insert(u"{days}"_s, QString::number(day.daysTo(c.renewal)));
            }

            if (tmpl) {
                if (openReasons.contains(key(c.accountId, rule.reason))
                    || openTemplates.contains(key(c.accountId, tmpl->id))) {
                    outcomeKeyword = u"suppressed"_s;
                    ++count.suppressed;
                    ++outcome.suppressed;
                } else {
                    PlaybookStore::StartOptions options;
                    options.startDate = day;
                    options.trigger = rule.id;
                    options.reason = rule.reason;
                    options.triggerDetail = detail;
                    const PlaybookSchedule schedule
                        = PlaybookSchedule::compute(*tmpl, { day, c.renewal, c.contractStart });
                    if (!writer.insert(c.accountId, *tmpl, schedule, options, QString(), author, now,
                                       &instanceId, &error))
                        return sqlFail(error);
                    openReasons.insert(key(c.accountId, rule.reason));
                    openTemplates.insert(key(c.accountId, tmpl->id));
                    outcomeKeyword = u"started"_s;
                    ++count.started;
                    ++outcome.started;
                }
                detail.insert("template"_L1, tmpl->id);
                detail.insert("template_name"_L1, tmpl->name);
                detail.insert("template_builtin"_L1, tmpl->translatable());
                detail.insert("outcome"_L1, outcomeKeyword);
            }
            if (rule.createTask) {
                const QString title = fillTitle(rule.displayTaskTitle(), values);
                const QString taskId
                    = work.addTask(c.accountId, title, day.addDays(rule.taskDueDays), c.ownerId, u"rule"_s,
                                   instanceId.isEmpty() ? rule.id : instanceId);
                if (taskId.isEmpty())
                    return sqlFail(work.lastError());
                ++count.tasks;
                ++outcome.tasks;
            }
            if (rule.notifyManager) {
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                const QString detailText
                    = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
                const QVariantList values2 = { id,
                                               PlaybookWriter::textOrNull(c.managerId),
                                               c.accountId,
                                               rule.id,
                                               PlaybookRule::triggerKeyword(rule.trigger),
                                               detailText,
                                               PlaybookWriter::textOrNull(instanceId),
                                               nowText };
                for (int i = 0; i < values2.size(); ++i)
                    notificationInsert.bindValue(i, values2.at(i));
                if (!notificationInsert.exec())
                    return sqlFail(notificationInsert.lastError().text());
                const QJsonObject record { { "id"_L1, id },
                                           { "recipient_id"_L1,
                                             c.managerId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(c.managerId) },
                                           { "account_id"_L1, c.accountId },
                                           { "kind"_L1, u"playbook_rule"_s },
                                           { "trigger"_L1, PlaybookRule::triggerKeyword(rule.trigger) },
                                           { "detail"_L1, detail },
                                           { "created_at"_L1, nowText } };
                if (!ChangeJournal::append(
                        m_db,
                        { u"notification"_s, id, c.accountId, u"created"_s, QVariant(),
                          QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)), 0, author,
                          now },
                        &error))
                    return sqlFail(error);
                ++count.notifications;
                ++outcome.notifications;
            }
            const QVariantList eventValues
                = { rule.id, c.accountId,    c.event,
                    nowText, outcomeKeyword, PlaybookWriter::textOrNull(instanceId) };
            for (int i = 0; i < eventValues.size(); ++i)
                eventInsert.bindValue(i, eventValues.at(i));
            if (!eventInsert.exec())
                return sqlFail(eventInsert.lastError().text());
        }
    }

    // What the next evaluation compares with: the champions now (of the accounts in the
    // scope: the others' contacts did not change), the newest account.
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"DELETE FROM playbook_rule_champions WHERE NOT EXISTS (SELECT 1 FROM contacts c"
                    " WHERE c.id = playbook_rule_champions.contact_id AND c.archived = 0"
                    " AND c.account_id = playbook_rule_champions.account_id"
                    " AND LOWER(COALESCE(c.role, '')) = 'champion'"
                    " AND LOWER(COALESCE(c.status, '')) NOT IN ('left', 'inactive'))"_s
                    + (scoped ? u" AND account_id"_s + inScope : QString())))
            return sqlFail(q.lastError().text());
        if (!q.exec(u"INSERT OR IGNORE INTO playbook_rule_champions (contact_id, account_id)"
                    " SELECT c.id, c.account_id FROM contacts c WHERE c.archived = 0"
                    " AND LOWER(COALESCE(c.role, '')) = 'champion'"
                    " AND LOWER(COALESCE(c.status, '')) NOT IN ('left', 'inactive')"_s
                    + (scoped ? u" AND c.account_id"_s + inScope : QString())))
            return sqlFail(q.lastError().text());
        QSqlQuery state(m_db);
        state.prepare(
            u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, (SELECT COALESCE(MAX(pk), 0) FROM "
            u"accounts)),"
            " (?, ?)"_s);
        state.addBindValue(QString(watermarkKey));
        state.addBindValue(QString(evaluatedKey));
        state.addBindValue(todayText);
        if (!state.exec())
            return sqlFail(state.lastError().text());
        if (!scoped) {
            state.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
            state.addBindValue(QString(fullEvaluationKey));
            state.addBindValue(fullEvaluation);
            if (!state.exec())
                return sqlFail(state.lastError().text());
        }
        if (scoped && !q.exec(u"DELETE FROM temp.playbook_rule_scope"_s))
            return sqlFail(q.lastError().text());
    }
    if (!transaction.commit(&error))
        return sqlFail(error);
    outcome.elapsedMs = timer.elapsed();
    if (outcomeOut)
        *outcomeOut = outcome;
    return true;
}

// NotificationStore

QString NotificationStore::Notification::text() const
{
    const QString account
        = detail.value("account_name"_L1).toString(accountName.isEmpty() ? accountId : accountName);
    QString what;
    const std::optional<PlaybookRule::Trigger> t = PlaybookRule::triggerFromKeyword(trigger);
    switch (t.value_or(PlaybookRule::Trigger::NewAccount)) {
    case PlaybookRule::Trigger::NpsDetractor: {
        const QString contact = detail.value("contact"_L1).toString();
        what = contact.isEmpty() ? NotificationStore::tr("%1: a detractor NPS response (%2).")
                                       .arg(account)
                                       .arg(detail.value("score"_L1).toInt())
                                 : NotificationStore::tr("%1: NPS %2 from %3.")
                                       .arg(account)
                                       .arg(detail.value("score"_L1).toInt())
                                       .arg(contact);
        break;
    }
    case PlaybookRule::Trigger::HealthRed:
        what = NotificationStore::tr("%1 turned red.").arg(account);
        break;
    case PlaybookRule::Trigger::RenewalWithin:
        what = NotificationStore::tr("%1 renews on %2.")
                   .arg(account, detail.value("renewal_date"_L1).toString());
        break;
    case PlaybookRule::Trigger::NewAccount:
        what = NotificationStore::tr("%1 is a new account.").arg(account);
        break;
    case PlaybookRule::Trigger::ChampionLeft: {
        const QString contact = detail.value("contact"_L1).toString();
        what = contact.isEmpty()
            ? NotificationStore::tr("%1: the champion has left.").arg(account)
            : NotificationStore::tr("%1: the champion %2 has left.").arg(account, contact);
        break;
    }
    }
    if (!t)
        what = account;
    const QString outcome = detail.value("outcome"_L1).toString();
    const QString playbook = Playbook::displayText(detail.value("template_name"_L1).toString(),
                                                   detail.value("template_builtin"_L1).toBool());
    if (outcome == "started"_L1)
        what += u' ' + NotificationStore::tr("“%1” started.").arg(playbook);
    else if (outcome == "suppressed"_L1)
        what += u' ' + NotificationStore::tr("“%1” was already open.").arg(playbook);
    return what;
}

NotificationStore::NotificationStore(const QSqlDatabase &db)
    : m_db(db)
{ }

NotificationStore::NotificationStore(Database &db)
    : NotificationStore(db.connection())
{ }

QList<NotificationStore::Notification> NotificationStore::list(const QString &recipientId, bool unreadOnly,
                                                               int limit) const
{
    m_lastError.clear();
    QList<Notification> result;
    QStringList conditions = { u"1"_s };
    QVariantList binds;
    if (!recipientId.isEmpty()) {
        conditions.append(u"(n.recipient_id = ? OR n.recipient_id IS NULL)"_s);
        binds.append(recipientId);
    }
    if (unreadOnly)
        conditions.append(u"n.read_at IS NULL"_s);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT n.id, n.recipient_id, n.account_id, COALESCE(a.name, n.account_id, ''), n.kind, n.rule_id,"
        " n.trigger, n.detail, n.instance_id, n.created_at, n.read_at FROM notifications n"
        " LEFT JOIN accounts a ON a.id = n.account_id WHERE "_s
        + conditions.join(u" AND "_s) + u" ORDER BY n.created_at DESC, n.pk DESC"_s
        + (limit >= 0 ? u" LIMIT "_s + QString::number(limit) : QString()));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = tr("The notifications could not be read: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next()) {
        Notification n;
        n.id = q.value(0).toString();
        n.recipientId = q.value(1).toString();
        n.accountId = q.value(2).toString();
        n.accountName = q.value(3).toString();
        n.kind = q.value(4).toString();
        n.ruleId = q.value(5).toString();
        n.trigger = q.value(6).toString();
        n.detail = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
        n.instanceId = q.value(8).toString();
        n.createdAt = PlaybookWriter::parseInstant(q.value(9));
        n.readAt = PlaybookWriter::parseInstant(q.value(10));
        result.append(n);
    }
    return result;
}

int NotificationStore::unreadCount(const QString &recipientId) const
{
    m_lastError.clear();
    QSqlQuery q(m_db);
    q.prepare(
        recipientId.isEmpty()
            ? u"SELECT COUNT(*) FROM notifications WHERE read_at IS NULL"_s
            : u"SELECT COUNT(*) FROM notifications WHERE read_at IS NULL AND (recipient_id = ? OR recipient_id IS NULL)"_s);
    if (!recipientId.isEmpty())
        q.addBindValue(recipientId);
    if (!q.exec() || !q.next()) {
        m_lastError = tr("The notifications could not be read: %1").arg(q.lastError().text());
        return 0;
    }
    return q.value(0).toInt();
}

bool NotificationStore::markRead(const QString &id)
{
    m_lastError.clear();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE notifications SET read_at = ? WHERE id = ? AND read_at IS NULL"_s);
    q.addBindValue(PlaybookWriter::isoText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = tr("The notification could not be saved: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool NotificationStore::markAllRead(const QString &recipientId)
{
    m_lastError.clear();
    QSqlQuery q(m_db);
    q.prepare(
        recipientId.isEmpty()
            ? u"UPDATE notifications SET read_at = ? WHERE read_at IS NULL"_s
            : u"UPDATE notifications SET read_at = ? WHERE read_at IS NULL AND (recipient_id = ? OR recipient_id IS NULL)"_s);
    q.addBindValue(PlaybookWriter::isoText(QDateTime::currentDateTimeUtc()));
    if (!recipientId.isEmpty())
        q.addBindValue(recipientId);
    if (!q.exec()) {
        m_lastError = tr("The notifications could not be saved: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}
