// pitwall-cli contact / conflicts: the CRM fields shared with Pitwall (a contact's role
// and title), the edits waiting for the CRM, and the conflicts with it.
#include "CliApp.h"
#include "store/Database.h"
#include "work/SharedEdits.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject toJson(const SharedEdits::Edit &e)
{
    return { { "id"_L1, e.id },
             { "state"_L1, SharedEdits::stateName(e.state) },
             { "entity"_L1, e.entity },
             { "entity_id"_L1, e.entityId },
             { "name"_L1, e.entityName },
             { "account_id"_L1, e.accountId },
             { "account_name"_L1, e.accountName },
             { "field"_L1, e.field },
             { "mine"_L1, textOrNull(e.mine) },
             { "base"_L1, textOrNull(e.base) },
             { "theirs"_L1, e.state == SharedEdits::State::Conflict ? textOrNull(e.theirs) : QJsonValue() },
             { "author"_L1, textOrNull(e.author) },
             { "edited_at"_L1, e.editedAt.toUTC().toString(Qt::ISODate) },
             { "detected_at"_L1,
               e.detectedAt.isValid() ? QJsonValue(e.detectedAt.toUTC().toString(Qt::ISODate))
                                      : QJsonValue() } };
}

} // namespace

int CliApp::contact(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({ u"id"_s, tr("The contact's CRM id."), tr("id") });
    parser.addOption(
        { u"role"_s,
          tr("The new role: champion, executive_sponsor, decision_maker, technical, user, billing, "
             "or empty to clear it."),
          tr("role") });
    parser.addOption({ u"title"_s, tr("The new job title (empty clears it)."), tr("text") });
    if (!parseCommand(parser, arguments,
                      tr("Edit a contact's role or title (shared with the CRM; sent at the "
                         "next sync).")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    if (!parser.isSet(u"id"_s) || (!parser.isSet(u"role"_s) && !parser.isSet(u"title"_s)))
        return fail(tr("contact needs --id and at least one of --role and --title."), 2);
    Database db;
    if (!openDatabase(parser, db))
        return 1;
    SharedEdits edits(db, author());
    const QString id = parser.value(u"id"_s);
    for (const QString &field : { u"role"_s, u"title"_s }) {
        if (parser.isSet(field) && !edits.set(u"contact"_s, id, field, parser.value(field)))
            return fail(edits.lastError());
    }
    m_out << tr("Saved; sent to the CRM at the next sync.") << '\n';
    m_out.flush();
    return 0;
}

int CliApp::conflicts(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(
        { u"resolve"_s, tr("Resolve the conflict with this edit id (see the list)."), tr("id") });
    parser.addOption(
        { u"keep"_s, tr("With --resolve: mine (your value stays) or theirs (the CRM's)."), tr("side") });
    parser.addOption({ u"json"_s, tr("Print as JSON.") });
    if (!parseCommand(parser, arguments,
                      tr("Edits of CRM fields waiting for the CRM, and the conflicts with it.")))
        return parser.isSet(u"help"_s) ? 0 : 2;
    Database db;
    if (!openDatabase(parser, db))
        return 1;
    SharedEdits edits(db, author());
    if (parser.isSet(u"resolve"_s)) {
        const QString keep = parser.value(u"keep"_s);
        if (keep != "mine"_L1 && keep != "theirs"_L1)
            return fail(tr("--resolve needs --keep mine or --keep theirs."), 2);
        const bool ok = keep == "mine"_L1 ? edits.keepMine(parser.value(u"resolve"_s))
                                          : edits.keepTheirs(parser.value(u"resolve"_s));
        if (!ok)
            return fail(edits.lastError());
        m_out << (keep == "mine"_L1 ? tr("Kept your value; it is sent again at the next sync.")
                                    : tr("Took the CRM's value."))
              << '\n';
        m_out.flush();
        return 0;
    }
    const QList<SharedEdits::Edit> list = edits.list();
    if (!edits.lastError().isEmpty())
        return fail(edits.lastError());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SharedEdits::Edit &e : list)
            array.append(toJson(e));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        m_out.flush();
        return 0;
    }
    if (list.isEmpty())
        m_out << tr("No conflicts, and no edit waiting for the CRM.") << '\n';
    for (const SharedEdits::Edit &e : list) {
        const QString who = e.entityName.isEmpty() ? e.entityId : e.entityName;
        if (e.state == SharedEdits::State::Conflict)
            m_out << tr("CONFLICT %1: %2 (%3), %4: yours “%5”, the CRM's “%6” (was “%7”)")
                         .arg(e.id, who, e.accountName, SharedEdits::fieldLabel(e.field),
                              SharedEdits::displayValue(e.field, e.mine),
                              SharedEdits::displayValue(e.field, e.theirs),
                              SharedEdits::displayValue(e.field, e.base))
                  << '\n';
        else
            m_out << tr("waiting %1: %2 (%3), %4: “%5” (the CRM has “%6”)")
                         .arg(e.id, who, e.accountName, SharedEdits::fieldLabel(e.field),
                              SharedEdits::displayValue(e.field, e.mine),
                              SharedEdits::displayValue(e.field, e.base))
                  << '\n';
    }
    m_out.flush();
    return 0;
}
