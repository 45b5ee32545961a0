#include "MappingProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QStringList stringList(const QJsonValue &v)
{
    if (v.isString())
        return { v.toString() };
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

std::optional<ValueParser::DateOrder> dateOrderFromName(const QString &name)
{
    if (name.isEmpty() || name == "auto"_L1)
        return ValueParser::DateOrder::Unknown;
    if (name == "month_first"_L1)
        return ValueParser::DateOrder::MonthFirst;
    if (name == "day_first"_L1)
        return ValueParser::DateOrder::DayFirst;
    return std::nullopt;
}

} // namespace

const MappingProfile::EntityMapping *MappingProfile::mapping(Entity entity) const
{
    for (const EntityMapping &m : entities) {
        if (m.entity == entity)
            return &m;
    }
    return nullptr;
}

MappingProfile MappingProfile::native()
{
    MappingProfile p;
    p.name = u"native"_s;
    p.description = tr("Pitwall export bundle");
    p.dateOrder = ValueParser::DateOrder::Unknown;
    for (Entity e : allEntities) {
        const EntitySpec &spec = entitySpec(e);
        EntityMapping m;
        m.entity = e;
        m.files = { QString(spec.name) + ".csv"_L1 };
        for (const FieldSpec &f : spec.fields)
            m.fields.insert(QString(f.name), FieldRule { { QString(f.name) }, {}, {}, {}, false });
        p.entities.append(m);
    }
    p.sourceJson = "native-v1";
    return p;
}

std::optional<MappingProfile> MappingProfile::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = tr("The mapping profile is not valid JSON: %1 (at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    MappingProfile p;
    p.sourceJson = json;
    p.name = root.value("name"_L1).toString();
    p.description = root.value("description"_L1).toString();
    p.version = root.value("version"_L1).toInt(1);
    p.salesforceIds = root.value("salesforce_ids"_L1).toBool(false);
    p.createMissingUsers = root.value("create_missing_users"_L1).toBool(false);
    const auto order = dateOrderFromName(root.value("date_order"_L1).toString());
    const auto ambiguous
        = dateOrderFromName(root.value("ambiguous_date_order"_L1).toString(u"month_first"_s));
    if (!order || !ambiguous || *ambiguous == ValueParser::DateOrder::Unknown) {
        *error = tr("The mapping profile's date_order must be \"auto\", \"month_first\" or \"day_first\".");
        return std::nullopt;
    }
    p.dateOrder = *order;
    p.ambiguousDateOrder = *ambiguous;
    const QString zone = root.value("timezone"_L1).toString(u"UTC"_s);
    p.timeZone = QTimeZone(zone.toUtf8());
    if (!p.timeZone.isValid()) {
        *error = tr("The mapping profile names an unknown time zone \"%1\".").arg(zone);
        return std::nullopt;
    }
    p.numberLocale = QLocale(root.value("number_locale"_L1).toString(u"C"_s));

    const QJsonObject entities = root.value("entities"_L1).toObject();
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        const EntitySpec *spec = entitySpecByName(it.key());
        if (!spec) {
            *error = tr("The mapping profile names an unknown record type \"%1\".").arg(it.key());
            return std::nullopt;
        }
        const QJsonObject o = it.value().toObject();
        EntityMapping m;
        m.entity = spec->entity;
        m.files = stringList(o.value("files"_L1));
        m.matchHeaders = stringList(o.value("match_headers"_L1));
        m.deletedColumn = o.value("deleted_column"_L1).toString();
        const QJsonObject fields = o.value("fields"_L1).toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            bool known = false;
            for (const FieldSpec &fs : spec->fields)
                known = known || f.key() == fs.name;
            if (!known) {
                *error = tr("The mapping profile maps an unknown field \"%1\" of %2.").arg(f.key(), it.key());
                return std::nullopt;
            }
            FieldRule rule;
            if (f.value().isObject()) {
                const QJsonObject r = f.value().toObject();
                rule.columns = stringList(r.value("columns"_L1));
                rule.concat = stringList(r.value("concat"_L1));
                rule.defaultValue = r.value("default"_L1).toString();
                rule.firstOfList = r.value("first_of_list"_L1).toBool(false);
                const QJsonObject values = r.value("values"_L1).toObject();
                for (auto v = values.begin(); v != values.end(); ++v)
                    rule.values.insert(v.key().toLower(), v.value().toString());
            } else {
                rule.columns = stringList(f.value());
            }
            m.fields.insert(f.key(), rule);
        }
        if (m.files.isEmpty() && m.matchHeaders.isEmpty()) {
            *error = tr("The mapping for %1 names neither files nor match_headers.").arg(it.key());
            return std::nullopt;
        }
        p.entities.append(m);
    }
    if (p.name.isEmpty() || p.entities.isEmpty()) {
        *error = tr("The mapping profile needs a name and at least one record type.");
        return std::nullopt;
    }
    return p;
}

QString MappingProfile::userMappingPath(const QString &name)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/mappings/"_s + name
        + u".json"_s;
}

QByteArray MappingProfile::builtinJson(const QString &name)
{
    QFile f(u":/pitwall/mappings/"_s + name + u".json"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::optional<MappingProfile> MappingProfile::load(const QString &name, QString *error)
{
    if (name == "native"_L1)
        return native();
    QFile user(userMappingPath(name));
    if (user.exists()) {
        if (!user.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the mapping profile %1: %2").arg(user.fileName(), user.errorString());
            return std::nullopt;
        }
        auto p = fromJson(user.readAll(), error);
        if (!p)
            *error = user.fileName() + u": "_s + *error;
        return p;
    }
    const QByteArray json = builtinJson(name);
    if (json.isEmpty()) {
        *error = tr("There is no mapping profile named \"%1\".").arg(name);
        return std::nullopt;
    }
    return fromJson(json, error);
}
