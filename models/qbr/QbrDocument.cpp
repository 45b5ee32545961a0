#include "QbrDocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const auto templateFormat = "pitwall-qbr-template"_L1;
const auto documentFormat = "pitwall-qbr"_L1;
constexpr int formatVersion = 1;

// {word}: a placeholder, or a typo of one.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([A-Za-z_]+)\\}"_s);
    return pattern;
}

QString quoted(const QString &text)
{
    return u"“"_s + text + u"”"_s;
}

QString knownKeys()
{
    QStringList keys;
    for (const QbrSection s : Qbr::allSections())
        keys.append(Qbr::sectionKey(s));
    return keys.join(u", "_s);
}

// The members of `object` that are not in `allowed`.
QStringList unknownMembers(const QJsonObject &object, std::initializer_list<QLatin1StringView> allowed)
{
    QStringList unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            unknown.append(it.key());
    }
    return unknown;
}

// A format/version pair, when present, must be ours.
void checkFormat(const QJsonObject &root, QLatin1StringView format, const QString &what, QStringList *errors)
{
    if (root.contains("format"_L1) && root.value("format"_L1).toString() != format) {
        errors->append(Qbr::tr("%1: “format” must be “%2”, not “%3”.")
                           .arg(what, format, root.value("format"_L1).toVariant().toString()));
    }
    if (root.contains("version"_L1) && root.value("version"_L1).toInt(-1) != formatVersion) {
        errors->append(Qbr::tr("%1 is version %2; this Pitwall reads version %3.")
                           .arg(what, root.value("version"_L1).toVariant().toString())
                           .arg(formatVersion));
    }
}

// Reads the "sections" array of a template or a document. Missing sections are
// appended disabled, in the default order.
QList<QbrSectionState> readSections(const QJsonValue &value, const QString &what, bool checkPlaceholders,
                                    QStringList *errors)
{
    QList<QbrSectionState> sections;
    if (!value.isArray()) {
        errors->append(Qbr::tr("%1 needs a “sections” list.").arg(what));
        return sections;
    }
    const QJsonArray array = value.toArray();
    QSet<QbrSection> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString number = QString::number(i + 1);
        if (!array.at(i).isObject()) {
            errors->append(Qbr::tr("%1: section %2 is not an object.").arg(what, number));
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        const QString key = o.value("key"_L1).toString();
        if (key.isEmpty()) {
            errors->append(Qbr::tr("%1: section %2 has no “key”.").arg(what, number));
            continue;
        }
        const std::optional<QbrSection> section = Qbr::sectionFromKey(key);
        if (!section) {
            errors->append(Qbr::tr("%1: section %2 has an unknown key %3 (use one of: %4).")
                               .arg(what, number, quoted(key), knownKeys()));
            continue;
        }
        if (seen.contains(*section)) {
            errors->append(Qbr::tr("%1: the section %2 appears twice.").arg(what, quoted(key)));
            continue;
        }
        seen.insert(*section);
        for (const QString &member : unknownMembers(o, { "key"_L1, "enabled"_L1, "narrative"_L1 })) {
            errors->append(Qbr::tr("%1: the section %2 has an unknown member %3.")
                               .arg(what, quoted(key), quoted(member)));
        }
        QbrSectionState state;
        state.section = *section;
        if (o.contains("enabled"_L1)) {
            if (!o.value("enabled"_L1).isBool())
                errors->append(
                    Qbr::tr("%1: “enabled” of the section %2 must be true or false.").arg(what, quoted(key)));
            state.enabled = o.value("enabled"_L1).toBool(true);
        }
        if (o.contains("narrative"_L1)) {
            const QJsonValue narrative = o.value("narrative"_L1);
            if (!narrative.isString() && !narrative.isNull())
                errors->append(
                    Qbr::tr("%1: “narrative” of the section %2 must be text.").arg(what, quoted(key)));
            state.narrative = narrative.toString();
        }
        if (checkPlaceholders) {
            const QStringList known = Qbr::placeholders();
            auto it = placeholderPattern().globalMatch(state.narrative);
            while (it.hasNext()) {
                const QString found = it.next().captured(0);
                if (!known.contains(found)) {
                    errors->append(Qbr::tr("%1: the narrative of %2 uses an unknown placeholder %3 (use %4).")
                                       .arg(what, quoted(key), found, known.join(u", "_s)));
                }
            }
        }
        sections.append(state);
    }
    for (const QbrSection s : Qbr::allSections()) {
        if (!seen.contains(s))
            sections.append({ s, false, {} });
    }
    return sections;
}

QJsonArray sectionsJson(const QList<QbrSectionState> &sections)
{
    QJsonArray array;
    for (const QbrSectionState &s : sections) {
        array.append(QJsonObject {
            { "key"_L1, Qbr::sectionKey(s.section) },
            { "enabled"_L1, s.enabled },
            { "narrative"_L1, s.narrative },
        });
    }
    return array;
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue instantJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateJson(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// An array member's objects; anything else in it is an error.
QList<QJsonObject> objectsOf(const QJsonObject &root, QLatin1StringView member, const QString &what,
                             QStringList *errors)
{
    QList<QJsonObject> result;
    const QJsonValue value = root.value(member);
    if (value.isUndefined() || value.isNull())
        return result;
    if (!value.isArray()) {
        errors->append(Qbr::tr("%1: “%2” must be a list.").arg(what, member));
        return result;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            errors->append(Qbr::tr("%1: item %2 of “%3” is not an object.").arg(what).arg(i + 1).arg(member));
            continue;
        }
        result.append(array.at(i).toObject());
    }
    return result;
}

std::optional<double> readNumber(const QJsonObject &o, QLatin1StringView member, const QString &where,
                                 QStringList *errors)
{
    const QJsonValue v = o.value(member);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        errors->append(Qbr::tr("%1: “%2” must be a number.").arg(where, member));
        return std::nullopt;
    }
    return v.toDouble();
}

QDateTime readInstant(const QJsonObject &o, QLatin1StringView member, const QString &what,
                      QStringList *errors)
{
    const QJsonValue v = o.value(member);
    if (v.isUndefined() || v.isNull())
        return {};
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!at.isValid()) {
        errors->append(
            Qbr::tr("%1: “%2” is not a date and time: %3.").arg(what, member, v.toVariant().toString()));
        return {};
    }
    return at.toUTC();
}

} // namespace

// Qbr

QList<QbrSection> Qbr::allSections()
{
    return { QbrSection::Cover,      QbrSection::ExecutiveSummary,
             QbrSection::Health,     QbrSection::Adoption,
             QbrSection::Value,      QbrSection::Support,
             QbrSection::Goals,      QbrSection::Voice,
             QbrSection::Renewal,    QbrSection::Risks,
             QbrSection::Commitments };
}

QString Qbr::sectionKey(QbrSection section)
{
    switch (section) {
    case QbrSection::Cover:
        return u"cover"_s;
    case QbrSection::ExecutiveSummary:
        return u"executive_summary"_s;
    case QbrSection::Health:
        return u"health"_s;
    case QbrSection::Adoption:
        return u"adoption"_s;
    case QbrSection::Value:
        return u"value"_s;
    case QbrSection::Support:
        return u"support"_s;
    case QbrSection::Goals:
        return u"goals"_s;
    case QbrSection::Voice:
        return u"voice"_s;
    case QbrSection::Renewal:
        return u"renewal"_s;
    case QbrSection::Risks:
        return u"risks"_s;
    case QbrSection::Commitments:
        return u"commitments"_s;
    }
    return {};
}

std::optional<QbrSection> Qbr::sectionFromKey(const QString &key)
{
    for (const QbrSection s : allSections()) {
        if (sectionKey(s) == key)
            return s;
    }
    return std::nullopt;
}

const char *Qbr::sectionTitleSource(QbrSection section)
{
    switch (section) {
    case QbrSection::Cover:
        return QT_TRANSLATE_NOOP("Qbr", "Cover");
    case QbrSection::ExecutiveSummary:
        return QT_TRANSLATE_NOOP("Qbr", "Executive summary");
    case QbrSection::Health:
        return QT_TRANSLATE_NOOP("Qbr", "Health and trend");
    case QbrSection::Adoption:
        return QT_TRANSLATE_NOOP("Qbr", "Adoption and usage");
    case QbrSection::Value:
        return QT_TRANSLATE_NOOP("Qbr", "Value delivered");
    case QbrSection::Support:
        return QT_TRANSLATE_NOOP("Qbr", "Support");
    case QbrSection::Goals:
        return QT_TRANSLATE_NOOP("Qbr", "Goals and success plan");
    case QbrSection::Voice:
        return QT_TRANSLATE_NOOP("Qbr", "Voice of the customer");
    case QbrSection::Renewal:
        return QT_TRANSLATE_NOOP("Qbr", "Renewal and expansion");
    case QbrSection::Risks:
        return QT_TRANSLATE_NOOP("Qbr", "Risks and mitigations");
    case QbrSection::Commitments:
        return QT_TRANSLATE_NOOP("Qbr", "Next-quarter commitments");
    }
    return "";
}

QString Qbr::sectionTitle(QbrSection section)
{
    return QCoreApplication::translate("Qbr", sectionTitleSource(section));
}

QStringList Qbr::goalStatuses()
{
    return { u"not_started"_s, u"on_track"_s, u"at_risk"_s, u"done"_s };
}

QString Qbr::goalStatusLabel(const QString &status)
{
    if (status == "not_started"_L1)
        return tr("Not started");
    if (status == "on_track"_L1)
        return tr("On track");
    if (status == "at_risk"_L1)
        return tr("At risk");
    if (status == "done"_L1)
        return tr("Done");
    return status;
}

QStringList Qbr::placeholders()
{
    return { u"{account}"_s, u"{quarter}"_s, u"{csm}"_s };
}

QString Qbr::fillPlaceholders(const QString &text, const QString &accountName, const QbrQuarter &quarter,
                              const QString &csmName)
{
    QString result = text;
    result.replace("{account}"_L1, accountName);
    result.replace("{quarter}"_L1, quarter.label());
    result.replace("{csm}"_L1, csmName);
    return result;
}

// QbrTemplate

QString QbrTemplate::builtInPath()
{
    return u":/pitwall/qbr/default-template.json"_s;
}

// The built-in template's name and narratives, for lupdate: default-template.json holds
// the English, the catalogue the translations (tst_qbrdocument keeps the two in step).
constexpr const char *defaultTemplateWords[] = {
    QT_TRANSLATE_NOOP("QbrDefaultTemplate", "Standard QBR"),
    QT_TRANSLATE_NOOP("QbrDefaultTemplate",
                      "Our partnership in {quarter}: the value {account} got, where things stand, and the "
                      "plan for next quarter."),
    QT_TRANSLATE_NOOP("QbrDefaultTemplate",
                      "In {quarter}, {account} [the headline outcome, in the sponsor's words].\n\nWhat went "
                      "well: [the one or two wins the team is proudest of].\n\nWhere we need to focus: [the "
                      "main gap or risk, and what we propose]."),
    QT_TRANSLATE_NOOP("QbrDefaultTemplate",
                      "The partnership is [healthy / steady / under strain], and [improving / holding / "
                      "slipping] since last quarter. The main reason: [what moved it, in plain words]."),
    QT_TRANSLATE_NOOP(
        "QbrDefaultTemplate",
        "Adoption this quarter: [which teams or use cases grew, and why].\n\nWhere there is room to grow: "
        "[the teams, licences or features not yet in use, and the plan to close the gap]."),
    QT_TRANSLATE_NOOP("QbrDefaultTemplate",
                      "The outcomes {account} set out to achieve, measured against the baseline we agreed. "
                      "The result that matters most: [the improvement, and what it means for the business]."),
    QT_TRANSLATE_NOOP("QbrDefaultTemplate",
                      "Recurring themes in the cases this quarter: [topics].\n\nWhat changed as a result: "
                      "[fixes, training or documentation delivered]."),
    QT_TRANSLATE_NOOP("QbrDefaultTemplate",
                      "Progress on the success plan we agreed with {account}. Done: [goal]. On track: "
                      "[goal]. Needs attention: [goal, and what it needs from each side]."),
    QT_TRANSLATE_NOOP("QbrDefaultTemplate",
                      "What {account}'s people told us this quarter: [the most telling comment, in their "
                      "words].\n\nWhat we are doing with that feedback: [action]."),
    QT_TRANSLATE_NOOP("QbrDefaultTemplate",
                      "[Where the renewal stands and the steps to the date.]\n\n[Growth we see together: the "
                      "team, use case or outcome it would serve.]"),
    QT_TRANSLATE_NOOP("QbrDefaultTemplate",
                      "Risks to the outcomes we agreed, and how we handle them together."),
    QT_TRANSLATE_NOOP("QbrDefaultTemplate",
                      "What each side commits to before our next review, each with an owner and a date."),
};

QStringList QbrTemplate::builtInSourceTexts()
{
    QStringList texts;
    for (const char *text : defaultTemplateWords)
        texts.append(QString::fromUtf8(text));
    return texts;
}

QbrTemplate QbrTemplate::builtIn()
{
    QFile f(builtInPath());
    QString error;
    std::optional<QbrTemplate> tmpl;
    if (f.open(QIODevice::ReadOnly))
        tmpl = fromJson(f.readAll(), &error);
    if (tmpl) {
        // In the user's language: a Chinese CSM starts from Chinese words.
        const auto translated = [](const QString &text) {
            return text.isEmpty()
                ? text
                : QCoreApplication::translate("QbrDefaultTemplate", text.toUtf8().constData());
        };
        tmpl->name = translated(tmpl->name);
        for (QbrSectionState &section : tmpl->sections)
            section.narrative = translated(section.narrative);
        return *tmpl;
    }
    // Only a broken build gets here (the resource is tested): every section, no words.
    qWarning("The built-in QBR template could not be read: %s", qPrintable(error));
    QbrTemplate fallback;
    fallback.name = Qbr::tr("Standard QBR");
    for (const QbrSection s : Qbr::allSections())
        fallback.sections.append({ s, true, {} });
    return fallback;
}

std::optional<QbrTemplate> QbrTemplate::fromJson(const QByteArray &json, QString *error)
{
    const auto failed = [error](const QStringList &errors) {
        if (error)
            *error = errors.join(u"; "_s);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed({ Qbr::tr("The QBR template is not valid JSON: %1 (at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset) });
    if (!doc.isObject())
        return failed({ Qbr::tr("The QBR template must be a JSON object.") });
    const QJsonObject root = doc.object();
    const QString what = Qbr::tr("The QBR template");
    QStringList errors;
    checkFormat(root, templateFormat, what, &errors);
    for (const QString &member :
         unknownMembers(root, { "format"_L1, "version"_L1, "name"_L1, "sections"_L1 }))
        errors.append(Qbr::tr("The QBR template has an unknown member %1.").arg(quoted(member)));
    QbrTemplate tmpl;
    tmpl.name = root.value("name"_L1).toString().trimmed();
    if (tmpl.name.isEmpty())
        errors.append(Qbr::tr("The QBR template needs a “name”."));
    tmpl.sections = readSections(root.value("sections"_L1), what, true, &errors);
    if (root.value("sections"_L1).isArray() && root.value("sections"_L1).toArray().isEmpty())
        errors.append(Qbr::tr("The QBR template lists no sections."));
    if (!errors.isEmpty())
        return failed(errors);
    if (error)
        error->clear();
    return tmpl;
}

QByteArray QbrTemplate::toJson() const
{
    const QJsonObject root {
        { "format"_L1, templateFormat },
        { "version"_L1, formatVersion },
        { "name"_L1, name },
        { "sections"_L1, sectionsJson(sections) },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// QbrDocument

const QbrSectionState *QbrDocument::section(QbrSection s) const
{
    for (const QbrSectionState &state : sections) {
        if (state.section == s)
            return &state;
    }
    return nullptr;
}

QbrSectionState *QbrDocument::section(QbrSection s)
{
    for (QbrSectionState &state : sections) {
        if (state.section == s)
            return &state;
    }
    return nullptr;
}

QString QbrDocument::statusKeyword(Status status)
{
    return status == Status::Delivered ? u"delivered"_s : u"draft"_s;
}

QbrDocument QbrDocument::fromTemplate(const QbrTemplate &tmpl, const QString &accountId,
                                      const QbrQuarter &quarter, const QString &accountName,
                                      const QString &csmName)
{
    QbrDocument doc;
    doc.accountId = accountId;
    doc.quarter = quarter;
    doc.templateName = tmpl.name;
    const QString name = accountName.isEmpty() ? accountId : accountName;
    for (const QbrSectionState &s : tmpl.sections)
        doc.sections.append(
            { s.section, s.enabled, Qbr::fillPlaceholders(s.narrative, name, quarter, csmName) });
    // A hand-made template may lack sections: every QBR has all eleven.
    for (const QbrSection s : Qbr::allSections()) {
        if (!doc.section(s))
            doc.sections.append({ s, false, {} });
    }
    return doc;
}

QbrDocument QbrDocument::carriedForwardTo(const QbrQuarter &target) const
{
    QbrDocument doc;
    doc.accountId = accountId;
    doc.quarter = target;
    doc.templateName = templateName;
    doc.sections = sections;
    for (const QbrKpi &kpi : kpis) {
        QbrKpi next = kpi;
        // Where it stood at the end of last quarter is where this quarter starts.
        if (kpi.current)
            next.baseline = kpi.current;
        next.current.reset();
        doc.kpis.append(next);
    }
    for (const QbrGoal &goal : goals) {
        if (goal.status != "done"_L1)
            doc.goals.append(goal);
    }
    for (const QbrRisk &risk : risks) {
        if (!risk.closed)
            doc.risks.append(risk);
    }
    return doc;
}

QJsonObject QbrDocument::toJson() const
{
    QJsonArray kpiArray;
    for (const QbrKpi &k : kpis) {
        kpiArray.append(QJsonObject { { "name"_L1, k.name },
                                      { "unit"_L1, k.unit },
                                      { "baseline"_L1, optionalNumber(k.baseline) },
                                      { "current"_L1, optionalNumber(k.current) },
                                      { "note"_L1, k.note } });
    }
    QJsonArray goalArray;
    for (const QbrGoal &g : goals) {
        goalArray.append(
            QJsonObject { { "goal"_L1, g.goal }, { "progress"_L1, g.progress }, { "status"_L1, g.status } });
    }
    QJsonArray riskArray;
    for (const QbrRisk &r : risks) {
        riskArray.append(QJsonObject {
            { "risk"_L1, r.risk }, { "mitigation"_L1, r.mitigation }, { "closed"_L1, r.closed } });
    }
    QJsonArray commitmentArray;
    for (const QbrCommitment &c : commitments) {
        commitmentArray.append(
            QJsonObject { { "what"_L1, c.what }, { "owner"_L1, c.owner }, { "due"_L1, dateJson(c.due) } });
    }
    return QJsonObject {
        { "format"_L1, documentFormat },
        { "version"_L1, formatVersion },
        { "account_id"_L1, accountId },
        { "quarter"_L1, quarter.toString() },
        { "template"_L1, templateName },
        { "status"_L1, statusKeyword(status) },
        { "updated_at"_L1, instantJson(updatedAt) },
        { "delivered_at"_L1, instantJson(deliveredAt) },
        { "sections"_L1, sectionsJson(sections) },
        { "kpis"_L1, kpiArray },
        { "goals"_L1, goalArray },
        { "risks"_L1, riskArray },
        { "commitments"_L1, commitmentArray },
    };
}

std::optional<QbrDocument> QbrDocument::fromJson(const QJsonObject &json, QString *error)
{
    const QString what = Qbr::tr("The QBR");
    QStringList errors;
    checkFormat(json, documentFormat, what, &errors);
    QbrDocument doc;
    doc.accountId = json.value("account_id"_L1).toString();
    if (doc.accountId.isEmpty())
        errors.append(Qbr::tr("The QBR names no account (“account_id”)."));
    const QString quarterText = json.value("quarter"_L1).toString();
    if (const std::optional<QbrQuarter> q = QbrQuarter::parse(quarterText))
        doc.quarter = *q;
    else
        errors.append(
            Qbr::tr("The QBR's quarter %1 is not a quarter such as 2026Q3.").arg(quoted(quarterText)));
    doc.templateName = json.value("template"_L1).toString();
    const QString status = json.value("status"_L1).toString(u"draft"_s);
    if (status == "delivered"_L1)
        doc.status = Status::Delivered;
    else if (status != "draft"_L1)
        errors.append(Qbr::tr("The QBR's status %1 is neither “draft” nor “delivered”.").arg(quoted(status)));
    doc.updatedAt = readInstant(json, "updated_at"_L1, what, &errors);
    doc.deliveredAt = readInstant(json, "delivered_at"_L1, what, &errors);
    doc.sections = readSections(json.value("sections"_L1), what, false, &errors);

    for (const QJsonObject &o : objectsOf(json, "kpis"_L1, what, &errors)) {
        QbrKpi k;
        k.name = o.value("name"_L1).toString();
        k.unit = o.value("unit"_L1).toString();
        const QString where = Qbr::tr("The KPI %1").arg(quoted(k.name));
        k.baseline = readNumber(o, "baseline"_L1, where, &errors);
        k.current = readNumber(o, "current"_L1, where, &errors);
        k.note = o.value("note"_L1).toString();
        doc.kpis.append(k);
    }
    for (const QJsonObject &o : objectsOf(json, "goals"_L1, what, &errors)) {
        QbrGoal g;
        g.goal = o.value("goal"_L1).toString();
        const QJsonValue progress = o.value("progress"_L1);
        if (!progress.isUndefined() && !progress.isNull()) {
            const double p = progress.toDouble(-1);
            if (!progress.isDouble() || p < 0 || p > 100 || p != std::floor(p))
                errors.append(Qbr::tr("The goal %1: progress must be a whole number from 0 to 100, not %2.")
                                  .arg(quoted(g.goal), progress.toVariant().toString()));
            else
                g.progress = int(p);
        }
        g.status = o.value("status"_L1).toString(u"not_started"_s);
        if (g.status.isEmpty())
            g.status = u"not_started"_s;
        if (!Qbr::goalStatuses().contains(g.status))
            errors.append(Qbr::tr("The goal %1 has an unknown status %2 (use %3).")
                              .arg(quoted(g.goal), quoted(g.status), Qbr::goalStatuses().join(u", "_s)));
        doc.goals.append(g);
    }
    for (const QJsonObject &o : objectsOf(json, "risks"_L1, what, &errors)) {
        doc.risks.append({ o.value("risk"_L1).toString(), o.value("mitigation"_L1).toString(),
                           o.value("closed"_L1).toBool(false) });
    }
    for (const QJsonObject &o : objectsOf(json, "commitments"_L1, what, &errors)) {
        QbrCommitment c;
        c.what = o.value("what"_L1).toString();
        c.owner = o.value("owner"_L1).toString();
        const QJsonValue due = o.value("due"_L1);
        if (!due.isUndefined() && !due.isNull() && !due.toString().isEmpty()) {
            c.due = QDate::fromString(due.toString(), Qt::ISODate);
            if (!c.due.isValid())
                errors.append(Qbr::tr("The commitment %1 is due on %2, which is not a date (YYYY-MM-DD).")
                                  .arg(quoted(c.what), quoted(due.toVariant().toString())));
        }
        doc.commitments.append(c);
    }
    if (!errors.isEmpty()) {
        if (error)
            *error = errors.join(u"; "_s);
        return std::nullopt;
    }
    if (error)
        error->clear();
    return doc;
}
