#include "Entity.h"

using namespace Qt::StringLiterals;

namespace {

constexpr FieldSpec id(QLatin1StringView name, bool required = false)
{
    return { name, FieldType::Id, required };
}
constexpr FieldSpec text(QLatin1StringView name, bool required = false)
{
    return { name, FieldType::Text, required };
}
constexpr FieldSpec ref(QLatin1StringView name, Entity target, bool hard, bool required = false)
{
    return { name, FieldType::Id, required, true, target, hard };
}
constexpr FieldSpec typed(QLatin1StringView name, FieldType type, bool required = false)
{
    return { name, type, required };
}

const QList<EntitySpec> &specs()
{
    static const QList<EntitySpec> all = {
        { Entity::Users,
          "users"_L1,
          "users"_L1,
          { id("id"_L1, true), text("name"_L1, true), text("email"_L1), text("role"_L1), text("team"_L1),
            ref("manager_id"_L1, Entity::Users, false), text("title"_L1),
            typed("active"_L1, FieldType::Bool) },
          { "id"_L1 } },
        { Entity::Accounts,
          "accounts"_L1,
          "accounts"_L1,
          { id("id"_L1, true), text("name"_L1, true), ref("owner_id"_L1, Entity::Users, false),
            text("segment"_L1), text("industry"_L1), text("region"_L1), text("country"_L1),
            text("lifecycle_stage"_L1), text("status"_L1), typed("arr"_L1, FieldType::Number),
            text("currency"_L1), typed("licenses"_L1, FieldType::Integer),
            typed("contract_start"_L1, FieldType::Date), typed("renewal_date"_L1, FieldType::Date),
            typed("created_at"_L1, FieldType::DateTime), text("website"_L1),
            ref("parent_id"_L1, Entity::Accounts, false) },
          { "id"_L1 } },
        { Entity::Contacts,
          "contacts"_L1,
          "contacts"_L1,
          { id("id"_L1, true), ref("account_id"_L1, Entity::Accounts, true, true), text("first_name"_L1),
            text("last_name"_L1), text("email"_L1), text("title"_L1), text("phone"_L1), text("role"_L1),
            text("status"_L1), typed("created_at"_L1, FieldType::DateTime) },
          { "id"_L1 } },
        { Entity::Opportunities,
          "opportunities"_L1,
          "opportunities"_L1,
          { id("id"_L1, true), ref("account_id"_L1, Entity::Accounts, true, true), text("name"_L1),
            text("type"_L1), text("stage"_L1), typed("amount"_L1, FieldType::Number),
            typed("close_date"_L1, FieldType::Date), typed("is_closed"_L1, FieldType::Bool),
            typed("is_won"_L1, FieldType::Bool), ref("owner_id"_L1, Entity::Users, false),
            typed("created_at"_L1, FieldType::DateTime) },
          { "id"_L1 } },
        { Entity::Cases,
          "cases"_L1,
          "cases"_L1,
          { id("id"_L1, true), ref("account_id"_L1, Entity::Accounts, true, true), text("number"_L1),
            text("subject"_L1), text("status"_L1), text("priority"_L1),
            typed("opened_at"_L1, FieldType::DateTime), typed("closed_at"_L1, FieldType::DateTime),
            typed("csat"_L1, FieldType::Number), ref("contact_id"_L1, Entity::Contacts, false) },
          { "id"_L1 } },
        { Entity::Usage,
          "usage"_L1,
          "usage"_L1,
          { ref("account_id"_L1, Entity::Accounts, true, true), typed("date"_L1, FieldType::Date, true),
            text("metric"_L1, true), typed("value"_L1, FieldType::Number, true) },
          { "account_id"_L1, "metric"_L1, "date"_L1 },
          false },
        { Entity::Nps,
          "nps"_L1,
          "nps"_L1,
          { id("id"_L1, true), ref("account_id"_L1, Entity::Accounts, true, true),
            ref("contact_id"_L1, Entity::Contacts, false), typed("score"_L1, FieldType::Integer, true),
            text("comment"_L1), typed("responded_at"_L1, FieldType::DateTime) },
          { "id"_L1 } },
        { Entity::Activities,
          "activities"_L1,
          "activities"_L1,
          { id("id"_L1, true), ref("account_id"_L1, Entity::Accounts, true, true),
            ref("contact_id"_L1, Entity::Contacts, false), text("type"_L1), text("subject"_L1),
            text("body"_L1), typed("occurred_at"_L1, FieldType::DateTime),
            ref("owner_id"_L1, Entity::Users, false), text("status"_L1) },
          { "id"_L1 } },
    };
    return all;
}

} // namespace

const EntitySpec &entitySpec(Entity entity)
{
    return specs().at(static_cast<int>(entity));
}

const EntitySpec *entitySpecByName(QStringView name)
{
    for (const EntitySpec &spec : specs()) {
        if (name.compare(spec.name, Qt::CaseInsensitive) == 0)
            return &spec;
    }
    return nullptr;
}
