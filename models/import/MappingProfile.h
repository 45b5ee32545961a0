#pragma once

#include "csv/ValueParser.h"
#include "domain/Entity.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

// How the columns of a CRM's export map onto Pitwall's records. Built-in profiles
// (Salesforce, HubSpot) ship as JSON under :/pitwall/mappings/; a user edits a copy
// (see userMappingPath()) or passes another file. The native profile is the identity.
struct MappingProfile
{
    Q_DECLARE_TR_FUNCTIONS(MappingProfile)

public:
    struct FieldRule
    {
        QStringList columns; // source headers, first non-null per row wins
        QStringList concat; // else: these columns joined by a space
        QHash<QString, QString> values; // lower-cased source value -> canonical; "*" = anything else
        QString defaultValue; // used when the row gives nothing
        bool firstOfList = false; // "a;b;c" -> "a" (HubSpot association lists)
    };

    struct EntityMapping
    {
        Entity entity = Entity::Accounts;
        QStringList files; // file names, any letter case
        QStringList matchHeaders; // or: the CSV whose header has all of these
        QString deletedColumn; // a true value there means the record is deleted
        QHash<QString, FieldRule> fields; // canonical field -> rule
    };

    QString name;
    QString description;
    int version = 1;
    bool salesforceIds = false;
    ValueParser::DateOrder dateOrder = ValueParser::DateOrder::Unknown; // Unknown: decide per file
    ValueParser::DateOrder ambiguousDateOrder = ValueParser::DateOrder::MonthFirst;
    QTimeZone timeZone = QTimeZone::utc();
    QLocale numberLocale = QLocale::c();
    bool createMissingUsers = false;
    QList<EntityMapping> entities;
    QByteArray sourceJson; // the JSON it came from (part of the re-import fingerprint)

    const EntityMapping *mapping(Entity entity) const;

    static MappingProfile native();
    static std::optional<MappingProfile> fromJson(const QByteArray &json, QString *error);
    // The built-in profile `name`, or the user's edited copy of it when one exists.
    static std::optional<MappingProfile> load(const QString &name, QString *error);
    static QString userMappingPath(const QString &name);
    static QByteArray builtinJson(const QString &name);
};
