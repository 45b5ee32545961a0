#pragma once

#include <QLatin1StringView>
#include <QList>
#include <array>

// The records a central export carries, in the order an import applies them
// (referenced tables before the tables that point at them).
enum class Entity
{
    Users,
    Accounts,
    Contacts,
    Opportunities,
    Cases,
    Usage,
    Nps,
    Activities
};

inline constexpr std::array<Entity, 8> allEntities
    = { Entity::Users, Entity::Accounts, Entity::Contacts, Entity::Opportunities,
        Entity::Cases, Entity::Usage,    Entity::Nps,      Entity::Activities };

enum class FieldType
{
    Id,
    Text,
    Integer,
    Number,
    Date,
    DateTime,
    Bool
};

struct FieldSpec
{
    QLatin1StringView name;
    FieldType type;
    bool required = false;
    // For Id fields that point at another record: the entity it points at.
    // Hard references (a missing target rejects the row) point at accounts;
    // soft ones (owners, contacts) are kept as given and counted as warnings.
    bool hasReference = false;
    Entity references = Entity::Accounts;
    bool hardReference = false;
};

struct EntitySpec
{
    Entity entity;
    QLatin1StringView name; // "accounts": table name, JSON key, native file stem
    QLatin1StringView table; // SQLite table
    QList<FieldSpec> fields; // in native CSV column order
    // Key fields: {"id"} for records, {"account_id","metric","date"} for usage.
    QList<QLatin1StringView> keyFields;
    bool archivable = true; // records gone from a full export are archived
};

const EntitySpec &entitySpec(Entity entity);
const EntitySpec *entitySpecByName(QStringView name);
