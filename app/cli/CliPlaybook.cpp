// pitwall-cli playbook: templates, running playbooks and their steps, and the rules.
#include "CliApp.h"
#include "playbook/PlaybookRules.h"
#include "playbook/PlaybookStore.h"
#include "playbook/PlaybookTemplateStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QByteArray jsonText(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue instantOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Progress as a fraction with three decimals, as machines like it.
double rounded(double fraction)
{
    return std::round(fraction * 1000.0) / 1000.0;
}

// Columns in a terminal: CJK characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : (wide ? 2 : 1);
    }
    return width;
}

QString padded(const QString &text, int width)
{
    return text + QString(qMax(0, width - displayWidth(text)), u' ');
}

QString shortValue(const QString &text, int max)
{
    QString line = text.simplified();
    if (displayWidth(line) <= max)
        return line;
    while (!line.isEmpty() && displayWidth(line) > max - 1)
        line.chop(1);
    return line + u'…';
}

QString table(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return {};
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths.at(i), displayWidth(row.at(i)));
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? padded(row.at(i), widths.at(i) + 2) : row.at(i);
        out += line.trimmed() + u'\n';
    }
    return out;
}

QString originKeyword(PlaybookTemplate::Origin origin)
{
    switch (origin) {
    case PlaybookTemplate::Origin::BuiltIn:
        return u"built-in"_s;
    case PlaybookTemplate::Origin::Published:
        return u"published"_s;
    case PlaybookTemplate::Origin::Local:
        return u"local"_s;
    }
    return {};
}

QJsonObject stepJson(const PlaybookStore::Step &s, const QDate &today, bool full)
{
    QJsonObject o { { "position"_L1, s.position },
                    { "title"_L1, s.displayTitle() },
                    { "due"_L1, dateOrNull(s.due) },
                    { "status"_L1, PlaybookStore::stepStatusKeyword(s.status) } };
    if (!full)
        return o;
    o.insert("guidance"_L1, s.displayGuidance());
    o.insert("owner_role"_L1, s.ownerRole);
    o.insert("required"_L1, s.required);
    o.insert("overdue"_L1, s.isOverdue(today));
    o.insert("done_by"_L1, textOrNull(s.doneBy));
    o.insert("done_at"_L1, instantOrNull(s.doneAt));
    o.insert("skip_reason"_L1, textOrNull(s.skipReason));
    o.insert("note"_L1, s.note);
    return o;
}

QJsonObject instanceJson(const PlaybookStore::Instance &in)
{
    return { { "id"_L1, in.id },
             { "account"_L1, in.accountId },
             { "account_name"_L1, in.accountName },
             { "template"_L1, in.templateId },
             { "template_name"_L1, in.displayName() },
             { "trigger"_L1, textOrNull(in.trigger) },
             { "reason"_L1, textOrNull(in.reason) },
             { "status"_L1, PlaybookStore::statusKeyword(in.status) },
             { "progress"_L1, rounded(in.progress.fraction()) },
             { "required_progress"_L1, rounded(in.progress.requiredFraction()) },
             { "steps_total"_L1, in.progress.steps },
             { "done"_L1, in.progress.done },
             { "skipped"_L1, in.progress.skipped },
             { "overdue"_L1, in.progress.overdue },
             { "next_due"_L1, dateOrNull(in.nextDue) },
             { "start_date"_L1, dateOrNull(in.startDate) },
             { "started_by"_L1, textOrNull(in.startedBy) } };
}

// A rule's name as the user reads it; the id when the rule is no longer in force.
QString ruleName(Database &db, const QString &id)
{
    for (const PlaybookRule &rule : PlaybookRules(db).active().rules) {
        if (rule.id == id)
            return rule.displayName();
    }
    return id;
}

QString statusMark(PlaybookStore::StepStatus status)
{
    switch (status) {
    case PlaybookStore::StepStatus::Done:
        return u"[x]"_s;
    case PlaybookStore::StepStatus::Skipped:
        return u"[-]"_s;
    case PlaybookStore::StepStatus::Open:
        break;
    }
    return u"[ ]"_s;
}

} // namespace

int CliApp::playbook(const QStringList &arguments)
{
    // The sub-command is the first argument past the global options.
    QStringList args = arguments;
    QString sub;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == "--db"_L1 || a == "--lang"_L1) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-')) {
            sub = args.takeAt(i);
            break;
        }
        if (a == "-h"_L1 || a == "--help"_L1)
            break;
    }
    const QStringList subs
        = { u"templates"_s, u"list"_s, u"start"_s, u"check"_s, u"skip"_s, u"show"_s, u"rules"_s };
    if (sub.isEmpty() || !subs.contains(sub)) {
        QTextStream &s
            = sub.isEmpty() && (args.contains(u"--help"_s) || args.contains(u"-h"_s)) ? m_out : m_err;
        if (!sub.isEmpty())
            s << "pitwall-cli: " << tr("unknown playbook command \"%1\"").arg(sub) << '\n';
        s << tr("Usage: pitwall-cli playbook COMMAND [options]") << "\n\n"
          << "  templates [--json]\n"
          << "  list [--account ID] [--all] [--json]\n"
          << "  start --account ID --template TEMPLATE_ID [--json]\n"
          << "  check --instance ID --step N [--note TEXT]\n"
          << "  skip --instance ID --step N --reason TEXT\n"
          << "  show --instance ID [--json]\n"
          << "  rules [--evaluate [--as-of YYYY-MM-DD]] [--json]\n";
        s.flush();
        return &s == &m_out ? 0 : 2;
    }
    args[0] += u' ' + sub;

    QCommandLineParser parser;
    addCommonOptions(parser);
    const bool takesJson = sub != "check"_L1 && sub != "skip"_L1;
    if (takesJson)
        parser.addOption({ u"json"_s, tr("Print as JSON.") });
    QString description;
    if (sub == "templates"_L1) {
        description = tr("The playbook templates in force: built in, published by CS Ops, or your own.");
    } else if (sub == "list"_L1) {
        parser.addOption({ u"account"_s, tr("Only this account's playbooks (CRM id)."), tr("id") });
        parser.addOption({ u"all"_s, tr("Include completed and cancelled playbooks.") });
        description = tr("Running playbooks with their progress.");
    } else if (sub == "start"_L1) {
        parser.addOption({ u"account"_s, tr("The account's CRM id."), tr("id") });
        parser.addOption({ u"template"_s, tr("The template's id (see playbook templates)."), tr("id") });
        description = tr("Start a playbook on an account.");
    } else if (sub == "check"_L1 || sub == "skip"_L1 || sub == "show"_L1) {
        parser.addOption({ u"instance"_s, tr("The playbook's id (or its first characters)."), tr("id") });
        if (sub != "show"_L1)
            parser.addOption({ u"step"_s, tr("The step's number, from 1."), tr("n") });
        if (sub == "check"_L1)
            parser.addOption({ u"note"_s, tr("A note to keep with the step."), tr("text") });
        if (sub == "skip"_L1)
            parser.addOption({ u"reason"_s, tr("Why the step is skipped (required)."), tr("text") });
        description = sub == "check"_L1 ? tr("Mark a step done.")
            : sub == "skip"_L1          ? tr("Skip a step, with a reason.")
                                        : tr("One playbook and its steps.");
    } else {
        parser.addOption({ u"evaluate"_s, tr("Evaluate the rules now and print what they did.") });
        parser.addOption(
            { u"as-of"_s, tr("With --evaluate: the day to evaluate as of (default: today)."), tr("date") });
        description = tr("The playbook rules in force: what starts a playbook, a task or a notification.");
    }
    if (!parseCommand(parser, args, description))
        return parser.isSet(u"help"_s) ? 0 : 2;
    const bool json = takesJson && parser.isSet(u"json"_s);

    // Arguments are checked before the cache is opened.
    int step = 0;
    if (sub == "check"_L1 || sub == "skip"_L1) {
        if (!parser.isSet(u"instance"_s) || !parser.isSet(u"step"_s))
            return fail(tr("playbook %1 needs --instance ID and --step N").arg(sub), 2);
        bool ok = false;
        step = parser.value(u"step"_s).toInt(&ok);
        if (!ok || step < 1)
            return fail(tr("--step needs a step number from 1, not \"%1\".").arg(parser.value(u"step"_s)), 2);
        if (sub == "skip"_L1 && parser.value(u"reason"_s).trimmed().isEmpty())
            return fail(tr("playbook skip needs --reason TEXT: say why the step is skipped."), 2);
    }
    if (sub == "show"_L1 && !parser.isSet(u"instance"_s))
        return fail(tr("playbook show needs --instance ID"), 2);
    if (sub == "start"_L1 && (!parser.isSet(u"account"_s) || !parser.isSet(u"template"_s)))
        return fail(tr("playbook start needs --account ID and --template TEMPLATE_ID"), 2);

    Database db;
    if (!openDatabase(parser, db))
        return 1;
    PlaybookStore store(db, author());

    if (sub == "templates"_L1) {
        const PlaybookTemplateStore templates(db);
        const QList<PlaybookTemplate> list = templates.templates();
        if (!templates.lastError().isEmpty())
            m_err << "pitwall-cli: " << templates.lastError() << Qt::endl;
        if (json) {
            QJsonArray array;
            for (const PlaybookTemplate &t : list)
                array.append(QJsonObject { { "id"_L1, t.id },
                                           { "name"_L1, t.displayName() },
                                           { "description"_L1, t.displayDescription() },
                                           { "origin"_L1, originKeyword(t.origin) },
                                           { "steps"_L1, int(t.steps.size()) } });
            m_out << jsonText(array);
            m_out.flush();
            return 0;
        }
        QList<QStringList> rows = { { tr("Id"), tr("Name"), tr("Steps"), tr("From") } };
        for (const PlaybookTemplate &t : list) {
            const QString from = t.origin == PlaybookTemplate::Origin::BuiltIn ? tr("built in")
                : t.origin == PlaybookTemplate::Origin::Published              ? tr("CS Ops")
                                                                               : tr("local");
            rows.append({ t.id, shortValue(t.displayName(), 48), QString::number(t.steps.size()), from });
        }
        m_out << table(rows);
        m_out.flush();
        return 0;
    }

    if (sub == "rules"_L1) {
        PlaybookRules rules(db);
        if (parser.isSet(u"evaluate"_s)) {
            if (parser.isSet(u"as-of"_s)) {
                const QDate asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
                if (!asOf.isValid())
                    return fail(
                        tr("--as-of needs a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(u"as-of"_s)),
                        2);
                rules.setToday(asOf);
            }
            PlaybookRules::Outcome outcome;
            if (!rules.evaluate(&outcome))
                return fail(rules.lastError());
            for (const QString &warning : std::as_const(outcome.warnings))
                m_err << "pitwall-cli: " << warning << Qt::endl;
            if (json) {
                QJsonObject byRule;
                for (auto it = outcome.byRule.cbegin(); it != outcome.byRule.cend(); ++it)
                    byRule.insert(it.key(),
                                  QJsonObject { { "events"_L1, it->events },
                                                { "started"_L1, it->started },
                                                { "suppressed"_L1, it->suppressed },
                                                { "tasks"_L1, it->tasks },
                                                { "notifications"_L1, it->notifications } });
                m_out << jsonText(QJsonObject { { "started"_L1, outcome.started },
                                                { "suppressed"_L1, outcome.suppressed },
                                                { "tasks"_L1, outcome.tasks },
                                                { "notifications"_L1, outcome.notifications },
                                                { "rules"_L1, byRule },
                                                { "elapsed_ms"_L1, outcome.elapsedMs } });
            } else {
                m_out << tr("Evaluated the playbook rules in %1 ms: %2.")
                             .arg(outcome.elapsedMs)
                             .arg(outcome.summary())
                      << Qt::endl;
            }
            m_out.flush();
            return 0;
        }
        QString origin;
        const PlaybookRuleSet set = rules.active(&origin);
        if (!rules.lastError().isEmpty())
            m_err << "pitwall-cli: " << rules.lastError() << Qt::endl;
        if (json) {
            QJsonArray array;
            for (const PlaybookRule &r : set.rules) {
                QJsonObject o { { "id"_L1, r.id },
                                { "name"_L1, r.displayName() },
                                { "enabled"_L1, r.enabled },
                                { "trigger"_L1, PlaybookRule::triggerKeyword(r.trigger) },
                                { "summary"_L1, r.triggerSummary() },
                                { "reason"_L1, r.reason },
                                { "start_playbook"_L1, textOrNull(r.startTemplate) },
                                { "create_task"_L1,
                                  r.createTask ? QJsonValue(r.displayTaskTitle()) : QJsonValue() },
                                { "notify_manager"_L1, r.notifyManager } };
                array.append(o);
            }
            m_out << jsonText(QJsonObject { { "origin"_L1, origin }, { "rules"_L1, array } });
            m_out.flush();
            return 0;
        }
        m_out << tr("Playbook rules (%1):").arg(origin) << '\n';
        QList<QStringList> rows = { { tr("Id"), tr("When"), tr("Then"), tr("On") } };
        for (const PlaybookRule &r : set.rules)
            rows.append({ r.id, r.triggerSummary(), r.actionSummary(), r.enabled ? tr("yes") : tr("no") });
        m_out << table(rows);
        m_out.flush();
        return 0;
    }

    if (sub == "list"_L1) {
        PlaybookStore::Query query;
        query.openOnly = !parser.isSet(u"all"_s);
        if (parser.isSet(u"account"_s)) {
            query.accountId = parser.value(u"account"_s);
            QSqlQuery q(db.connection());
            q.prepare(u"SELECT 1 FROM accounts WHERE id = ?"_s);
            q.addBindValue(query.accountId);
            if (!q.exec() || !q.next())
                return fail(tr("No account with CRM id “%1” in the cache.").arg(query.accountId));
        }
        const QList<PlaybookStore::Instance> list = store.instances(query);
        if (!store.lastError().isEmpty())
            return fail(store.lastError());
        if (json) {
            QJsonArray array;
            for (const PlaybookStore::Instance &in : list)
                array.append(instanceJson(in));
            m_out << jsonText(array);
            m_out.flush();
            return 0;
        }
        if (list.isEmpty()) {
            m_out << (query.openOnly ? tr("No open playbooks.") : tr("No playbooks.")) << Qt::endl;
            return 0;
        }
        QList<QStringList> rows = { { tr("Id"), tr("Account"), tr("Playbook"), tr("Progress"), tr("Overdue"),
                                      tr("Next due"), tr("Started by") } };
        QHash<QString, QString> ruleNames;
        for (const PlaybookRule &rule : PlaybookRules(db).active().rules)
            ruleNames.insert(rule.id, rule.displayName());
        for (const PlaybookStore::Instance &in : list) {
            QString progress = u"%1/%2"_s.arg(in.progress.resolved()).arg(in.progress.steps);
            if (in.status != PlaybookStore::Status::Open)
                progress += u' ' + PlaybookStore::statusLabel(in.status).toLower();
            rows.append({ in.id.left(8), shortValue(in.accountName, 28), shortValue(in.displayName(), 32),
                          progress,
                          in.progress.overdue > 0 ? QString::number(in.progress.overdue) : QString(),
                          in.nextDue.isValid() ? in.nextDue.toString(Qt::ISODate) : QString(),
                          in.byRule() ? ruleNames.value(in.trigger, in.trigger) : tr("by hand") });
        }
        m_out << table(rows) << tr("%n playbook(s)", nullptr, int(list.size())) << '\n';
        m_out.flush();
        return 0;
    }

    if (sub == "start"_L1) {
        const QString id = store.start(parser.value(u"account"_s), parser.value(u"template"_s));
        if (id.isEmpty())
            return fail(store.lastError());
        const std::optional<PlaybookStore::Instance> in = store.instance(id);
        if (!in)
            return fail(store.lastError());
        if (json) {
            QJsonArray steps;
            for (const PlaybookStore::Step &s : in->steps)
                steps.append(stepJson(s, store.today(), false));
            QJsonObject o = instanceJson(*in);
            o.insert("steps"_L1, steps);
            o.insert("notes"_L1, QJsonArray::fromStringList(store.lastNotes()));
            m_out << jsonText(o);
            m_out.flush();
            return 0;
        }
        m_out << tr("Started “%1” on %2: %3").arg(in->displayName(), in->accountName, in->id) << '\n';
        for (const QString &note : store.lastNotes())
            m_out << "  " << note << '\n';
        for (const PlaybookStore::Step &s : in->steps)
            m_out << "  " << s.position << ". " << s.displayTitle()
                  << (s.due.isValid() ? u"  ("_s + tr("due %1").arg(s.due.toString(Qt::ISODate)) + u')'
                                      : QString())
                  << '\n';
        m_out.flush();
        return 0;
    }

    // check, skip, show: one playbook.
    const QString id = store.resolveId(parser.value(u"instance"_s));
    if (id.isEmpty())
        return fail(store.lastError());
    if (sub == "check"_L1 || sub == "skip"_L1) {
        const bool ok = sub == "check"_L1
            ? store.check(id, step,
                          parser.isSet(u"note"_s) ? std::optional<QString>(parser.value(u"note"_s))
                                                  : std::nullopt)
            : store.skip(id, step, parser.value(u"reason"_s));
        if (!ok)
            return fail(store.lastError());
        const std::optional<PlaybookStore::Instance> in = store.instance(id);
        if (!in)
            return fail(store.lastError());
        const PlaybookStore::Step &s = in->steps.at(step - 1);
        m_out << (sub == "check"_L1 ? tr("Done: %1").arg(s.displayTitle())
                                    : tr("Skipped: %1").arg(s.displayTitle()))
              << '\n'
              << tr("“%1” on %2: %3 of %n step(s) done or skipped.", nullptr, in->progress.steps)
                     .arg(in->displayName(), in->accountName)
                     .arg(in->progress.resolved())
              << '\n';
        if (in->status == PlaybookStore::Status::Completed)
            m_out << tr("The playbook is complete.") << '\n';
        m_out.flush();
        return 0;
    }

    const std::optional<PlaybookStore::Instance> in = store.instance(id);
    if (!in)
        return fail(store.lastError());
    if (json) {
        QJsonArray steps;
        for (const PlaybookStore::Step &s : in->steps)
            steps.append(stepJson(s, store.today(), true));
        QJsonObject o = instanceJson(*in);
        o.insert("renewal_date"_L1, dateOrNull(in->renewalDate));
        o.insert("renewal_assumed"_L1, in->renewalAssumed);
        o.insert("trigger_detail"_L1,
                 in->triggerDetail.isEmpty() ? QJsonValue() : QJsonValue(in->triggerDetail));
        o.insert("cancel_reason"_L1, textOrNull(in->cancelReason));
        o.insert("steps"_L1, steps);
        m_out << jsonText(o);
        m_out.flush();
        return 0;
    }
    m_out << tr("“%1” on %2 (%3)").arg(in->displayName(), in->accountName, in->accountId) << '\n'
          << tr("Id: %1").arg(in->id) << '\n'
          << tr("Started %1 %2; %3")
                 .arg(in->startDate.toString(Qt::ISODate),
                      in->byRule() ? tr("by the rule “%1”").arg(ruleName(db, in->trigger)) : tr("by hand"),
                      PlaybookStore::statusLabel(in->status).toLower())
          << '\n';
    if (in->renewalAssumed)
        m_out << tr("The account had no renewal date: the renewal was taken to be %1.")
                     .arg(in->renewalDate.toString(Qt::ISODate))
              << '\n';
    m_out << tr("%1 of %n step(s) done or skipped", nullptr, in->progress.steps).arg(in->progress.resolved());
    if (in->progress.overdue > 0)
        m_out << ", " << tr("%n overdue", nullptr, in->progress.overdue);
    m_out << "\n\n";
    for (const PlaybookStore::Step &s : in->steps) {
        QString line = statusMark(s.status) + u' ' + QString::number(s.position) + u". "_s + s.displayTitle();
        if (!s.required)
            line += u' ' + tr("(optional)");
        if (s.due.isValid())
            line += u"  "_s
                + (s.isOverdue(store.today()) ? tr("overdue since %1") : tr("due %1"))
                      .arg(s.due.toString(Qt::ISODate));
        line += u"  ["_s + Playbook::ownerRoleLabel(s.ownerRole) + u']';
        m_out << line << '\n';
        if (s.status == PlaybookStore::StepStatus::Done && s.doneAt.isValid())
            m_out << "      "
                  << tr("done by %1 on %2")
                         .arg(s.doneBy, s.doneAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
                  << '\n';
        if (s.status == PlaybookStore::StepStatus::Skipped)
            m_out << "      " << tr("skipped: %1").arg(s.skipReason) << '\n';
        if (!s.note.isEmpty())
            m_out << "      " << tr("note: %1").arg(shortValue(s.note, 100)) << '\n';
    }
    m_out.flush();
    return 0;
}
