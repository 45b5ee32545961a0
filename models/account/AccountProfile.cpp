#include "AccountProfile.h"

#include "CrmFormat.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

std::optional<qint64> AccountProfile::daysToRenewal(const QDate &today) const
{
    if (!renewalDate.isValid() || !today.isValid())
        return std::nullopt;
    return today.daysTo(renewalDate);
}

QString AccountProfile::websiteUrl() const
{
    const QString site = website.trimmed();
    if (site.isEmpty())
        return {};
    if (site.startsWith("http://"_L1, Qt::CaseInsensitive)
        || site.startsWith("https://"_L1, Qt::CaseInsensitive))
        return site;
    return u"https://"_s + site;
}

AccountProfile AccountProfile::load(Database &db, const QString &accountId, QString *error)
{
    return load(db.connection(), accountId, error);
}

AccountProfile AccountProfile::load(const QSqlDatabase &db, const QString &accountId, QString *error)
{
    AccountProfile profile;
    if (!db.isOpen()) {
        if (error)
            *error = tr("The cache is not open.");
        return profile;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.pk, a.id, a.name, a.owner_id, u.name, u.email, u.team, t.name, a.segment,"
              " a.industry, a.region, a.country, a.lifecycle_stage, a.status, a.arr, a.currency,"
              " a.licenses, a.contract_start, a.renewal_date, a.created_at, a.website, a.parent_id,"
              " p.name, a.archived, a.archived_at, a.updated_at"
              " FROM accounts a"
              " LEFT JOIN users u ON u.id = a.owner_id"
              " LEFT JOIN teams t ON t.id = u.team"
              " LEFT JOIN accounts p ON p.id = a.parent_id"
              " WHERE a.id = ?"_s);
    q.addBindValue(accountId);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read account %1: %2").arg(accountId, q.lastError().text());
        return profile;
    }
    if (!q.next()) {
        if (error)
            *error = tr("Account %1 is not in the cache.").arg(accountId);
        return profile;
    }
    profile.pk = q.value(0).toLongLong();
    profile.id = q.value(1).toString();
    profile.name = q.value(2).toString();
    profile.ownerId = q.value(3).toString();
    profile.ownerName = q.value(4).toString();
    profile.ownerEmail = q.value(5).toString();
    profile.teamId = q.value(6).toString();
    profile.teamName = q.value(7).toString();
    if (profile.teamName.isEmpty())
        profile.teamName = profile.teamId;
    profile.segment = q.value(8).toString();
    profile.industry = q.value(9).toString();
    profile.region = q.value(10).toString();
    profile.country = q.value(11).toString();
    profile.lifecycleStage = q.value(12).toString();
    profile.status = q.value(13).toString();
    if (!q.isNull(14))
        profile.arr = q.value(14).toDouble();
    profile.currency = q.value(15).toString();
    if (!q.isNull(16))
        profile.licenses = q.value(16).toLongLong();
    profile.contractStart = CrmFormat::parseDate(q.value(17).toString());
    profile.renewalDate = CrmFormat::parseDate(q.value(18).toString());
    profile.createdAt = CrmFormat::parseDate(q.value(19).toString());
    profile.website = q.value(20).toString();
    profile.parentId = q.value(21).toString();
    profile.parentName = q.value(22).toString();
    profile.archived = q.value(23).toInt() != 0;
    profile.archivedAt = CrmFormat::parseInstant(q.value(24).toString());
    profile.updatedAt = CrmFormat::parseInstant(q.value(25).toString());
    if (error)
        error->clear();
    return profile;
}
