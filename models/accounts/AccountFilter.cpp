#include "AccountFilter.h"

#include "AccountSearchIndex.h"
#include "itemmodels/AccountListModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

const auto searchKey = "search"_L1;
const auto scopeKey = "scope"_L1;
const auto scopeUserKey = "scopeUser"_L1;
const auto ownersKey = "owners"_L1;
const auto teamsKey = "teams"_L1;
const auto segmentsKey = "segments"_L1;
const auto stagesKey = "lifecycleStages"_L1;
const auto renewalKey = "renewalWithinDays"_L1;
const auto overdueKey = "overdueRenewals"_L1;
const auto notTouchedKey = "notTouchedDays"_L1;
const auto renewalFromKey = "renewalFrom"_L1;
const auto renewalToKey = "renewalTo"_L1;
const auto healthKey = "healthBands"_L1;
const auto accountIdsKey = "accountIds"_L1;
const auto healthWeekKey = "healthWeek"_L1;
const auto npsKey = "npsCategories"_L1;
const auto archivedKey = "archived"_L1;
const auto todayKey = "today"_L1;

QString archivedKeyword(AccountFilter::Archived archived)
{
    switch (archived) {
    case AccountFilter::Archived::Include:
        return u"include"_s;
    case AccountFilter::Archived::Only:
        return u"only"_s;
    case AccountFilter::Archived::Exclude:
        break;
    }
    return u"exclude"_s;
}

// "?, ?, ?" for the values, which are appended to `binds`.
QString placeholders(const QStringList &values, QVariantList *binds)
{
    QString marks;
    for (const QString &v : values) {
        if (!marks.isEmpty())
            marks += u", "_s;
        marks += u'?';
        binds->append(v.isNull() ? u""_s : v); // a null QString would bind as NULL: "no value" is ''
    }
    return marks;
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// A local calendar day's first instant, as the ISO UTC text instants are stored in.
QString utcInstant(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

QString joinedLabels(const QStringList &values)
{
    QStringList labels;
    for (const QString &v : values)
        labels << (v.isEmpty() ? QCoreApplication::translate("AccountFilter", "(none)")
                               : AccountListModel::valueLabel(v));
    return labels.join(u", "_s);
}

} // namespace

QStringList AccountFilter::searchWords(const QString &text)
{
    return text.simplified().split(u' ', Qt::SkipEmptyParts);
}

bool AccountFilter::isPlain() const
{
    const bool scoped = scope != Workspace::Scope::All && !scopeUserId.isEmpty();
    return !scoped && ownerIds.isEmpty() && teams.isEmpty() && segments.isEmpty() && lifecycleStages.isEmpty()
        && renewalWithinDays <= 0 && !overdueRenewals && notTouchedDays <= 0 && !renewalFrom.isValid()
        && !renewalTo.isValid() && healthBands.isEmpty() && accountIds.isEmpty() && npsCategories.isEmpty();
}

QDate AccountFilter::effectiveToday() const
{
    return today.isValid() ? today : QDate::currentDate();
}

QString AccountFilter::searchCondition(const QString &word, QVariantList *binds)
{
    // The trigram index finds a word of three characters or more among 100k names
    // without reading them; shorter words (one or two Chinese characters, an initial)
    // are compared row by row. The owner's name comes from the small users table.
    const QString pattern = likePattern(word);
    if (word.toUcs4().size() >= 3) { // characters, not UTF-16 units
        QString phrase = word;
        phrase.replace(u'"', u"\"\""_s);
        binds->append(QString(u'"' + phrase + u'"'));
        binds->append({ pattern, pattern, pattern });
        // Accounts added since the index last caught up are compared row by row; one
        // list of pks, so SQLite still looks them up by pk instead of scanning.
        return u"(a.pk IN (SELECT rowid FROM accounts_search WHERE accounts_search MATCH ?"
               " UNION ALL SELECT r.pk FROM accounts r WHERE r.pk > "_s
            + AccountSearchIndex::indexedUpTo()
            + u" AND (r.name LIKE ? ESCAPE '\\' OR r.id LIKE ? ESCAPE '\\'))"
              " OR a.owner_id IN (SELECT id FROM users WHERE name LIKE ? ESCAPE '\\'))"_s;
    }
    binds->append({ pattern, pattern, pattern });
    return u"(a.name LIKE ? ESCAPE '\\' OR a.id LIKE ? ESCAPE '\\'"
           " OR a.owner_id IN (SELECT id FROM users WHERE name LIKE ? ESCAPE '\\'))"_s;
}

QString AccountFilter::effectiveHealthBandSql(QVariantList *binds, const QDateTime &now)
{
    // An override holds until its expiry instant (ISO UTC text, compared as text).
    *binds << (now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs);
    return u"COALESCE((SELECT o.band FROM health_overrides o WHERE o.account_id = a.id"
           " AND o.cleared_at IS NULL AND o.expires_at > ? ORDER BY o.created_at DESC LIMIT 1),"
           " (SELECT h.band FROM health_scores h WHERE h.account_id = a.id), 'none')"_s;
}

QString AccountFilter::sqlCondition(QVariantList *binds) const
{
    QStringList conditions;
    switch (archived) {
    case Archived::Exclude:
        conditions << u"a.archived = 0"_s;
        break;
    case Archived::Only:
        conditions << u"a.archived <> 0"_s;
        break;
    case Archived::Include:
        break;
    }
    const QString scoped = Workspace::ownerCondition(scope, scopeUserId, u"a.owner_id"_s, binds);
    if (!scoped.isEmpty())
        conditions << scoped;
    if (!ownerIds.isEmpty())
        conditions << u"a.owner_id IN ("_s + placeholders(ownerIds, binds) + u')';
    if (!teams.isEmpty())
        conditions << u"a.owner_id IN (SELECT id FROM users WHERE team IN ("_s + placeholders(teams, binds)
                + u"))"_s;
    if (!segments.isEmpty())
        conditions << u"COALESCE(a.segment, '') IN ("_s + placeholders(segments, binds) + u')';
    if (!lifecycleStages.isEmpty())
        conditions << u"COALESCE(a.lifecycle_stage, '') IN ("_s + placeholders(lifecycleStages, binds) + u')';

    const QDate day = effectiveToday();
    const QString todayIso = day.toString(Qt::ISODate);
    if (renewalWithinDays > 0 && overdueRenewals) {
        conditions << u"(a.renewal_date <> '' AND a.renewal_date <= ?)"_s;
        *binds << day.addDays(renewalWithinDays).toString(Qt::ISODate);
    } else if (renewalWithinDays > 0) {
        conditions << u"a.renewal_date BETWEEN ? AND ?"_s;
        *binds << todayIso << day.addDays(renewalWithinDays).toString(Qt::ISODate);
    } else if (overdueRenewals) {
        conditions << u"(a.renewal_date <> '' AND a.renewal_date < ?)"_s;
        *binds << todayIso;
    }

    if (renewalFrom.isValid()) {
        conditions << u"(a.renewal_date <> '' AND a.renewal_date >= ?)"_s;
        *binds << renewalFrom.toString(Qt::ISODate);
    }
    if (renewalTo.isValid()) {
        conditions << u"(a.renewal_date <> '' AND a.renewal_date <= ?)"_s;
        *binds << renewalTo.toString(Qt::ISODate);
    }
    if (!healthBands.isEmpty() && healthWeek.isValid()) {
        // The band of that week's snapshot (health_history is keyed by the week's Monday).
        conditions
            << u"a.id IN (SELECT s.account_id FROM health_history s WHERE s.week = ? AND s.band IN ("_s;
        *binds << healthWeek.addDays(1 - healthWeek.dayOfWeek()).toString(Qt::ISODate);
        conditions.last() += placeholders(healthBands, binds) + u"))"_s;
    } else if (!healthBands.isEmpty()) {
        conditions << effectiveHealthBandSql(binds) + u" IN ("_s;
        conditions.last() += placeholders(healthBands, binds) + u')';
    }
    if (!accountIds.isEmpty())
        conditions << u"a.id IN ("_s + placeholders(accountIds, binds) + u')';
    if (!npsCategories.isEmpty()) {
        // The account's latest scored response from the same day a year ago through today
        // (the newest; on a tie, the later record): SQLite takes the bare column `score`
        // from the row holding the MAX.
        conditions << u"a.id IN (SELECT r.account_id FROM (SELECT n.account_id, n.score,"
                      " MAX(n.responded_at || printf('%012d', n.pk)) FROM nps n"
                      " WHERE n.archived = 0 AND n.score BETWEEN 0 AND 10"
                      " AND n.responded_at >= ? AND n.responded_at < ? GROUP BY n.account_id) r"
                      " WHERE CASE WHEN r.score >= 9 THEN 'promoter' WHEN r.score >= 7 THEN 'passive'"
                      " ELSE 'detractor' END IN ("_s;
        *binds << day.addMonths(-12).toString(Qt::ISODate) << day.addDays(1).toString(Qt::ISODate);
        conditions.last() += placeholders(npsCategories, binds) + u"))"_s;
    }

    if (notTouchedDays > 0) {
        // Touched = a CRM activity or a local note from the start of the window up to
        // the end of today (a meeting planned for next week touches nothing yet).
        const QString from = utcInstant(day.addDays(-notTouchedDays));
        const QString until = utcInstant(day.addDays(1));
        conditions << u"NOT EXISTS (SELECT 1 FROM activities x WHERE x.account_id = a.id"
                      " AND x.occurred_at >= ? AND x.occurred_at < ? AND x.archived = 0)"_s
                   << u"NOT EXISTS (SELECT 1 FROM notes n WHERE n.account_id = a.id"
                      " AND n.created_at >= ? AND n.created_at < ? AND n.deleted = 0)"_s;
        *binds << from << until << from << until;
    }

    for (const QString &word : searchWords(searchText))
        conditions << searchCondition(word, binds);

    return conditions.isEmpty() ? u"1"_s : conditions.join(u" AND "_s);
}

QVariantMap AccountFilter::toVariantMap() const
{
    QVariantMap map;
    map.insert(searchKey, searchText);
    map.insert(scopeKey, Workspace::scopeKeyword(scope));
    map.insert(scopeUserKey, scopeUserId);
    map.insert(ownersKey, ownerIds);
    map.insert(teamsKey, teams);
    map.insert(segmentsKey, segments);
    map.insert(stagesKey, lifecycleStages);
    map.insert(renewalKey, renewalWithinDays);
    map.insert(overdueKey, overdueRenewals);
    map.insert(notTouchedKey, notTouchedDays);
    if (renewalFrom.isValid())
        map.insert(renewalFromKey, renewalFrom.toString(Qt::ISODate));
    if (renewalTo.isValid())
        map.insert(renewalToKey, renewalTo.toString(Qt::ISODate));
    if (!healthBands.isEmpty())
        map.insert(healthKey, healthBands);
    if (!accountIds.isEmpty())
        map.insert(accountIdsKey, accountIds);
    if (healthWeek.isValid())
        map.insert(healthWeekKey, healthWeek.toString(Qt::ISODate));
    if (!npsCategories.isEmpty())
        map.insert(npsKey, npsCategories);
    map.insert(archivedKey, archivedKeyword(archived));
    if (today.isValid())
        map.insert(todayKey, today.toString(Qt::ISODate));
    return map;
}

AccountFilter AccountFilter::fromVariantMap(const QVariantMap &map)
{
    AccountFilter f;
    f.searchText = map.value(searchKey).toString();
    f.scope = Workspace::scopeFromKeyword(map.value(scopeKey).toString()).value_or(Workspace::Scope::All);
    f.scopeUserId = map.value(scopeUserKey).toString();
    f.ownerIds = map.value(ownersKey).toStringList();
    f.teams = map.value(teamsKey).toStringList();
    f.segments = map.value(segmentsKey).toStringList();
    f.lifecycleStages = map.value(stagesKey).toStringList();
    f.renewalWithinDays = qMax(0, map.value(renewalKey).toInt());
    f.overdueRenewals = map.value(overdueKey).toBool();
    f.notTouchedDays = qMax(0, map.value(notTouchedKey).toInt());
    f.renewalFrom = QDate::fromString(map.value(renewalFromKey).toString(), Qt::ISODate);
    f.renewalTo = QDate::fromString(map.value(renewalToKey).toString(), Qt::ISODate);
    f.healthBands = map.value(healthKey).toStringList();
    f.accountIds = map.value(accountIdsKey).toStringList();
    f.healthWeek = QDate::fromString(map.value(healthWeekKey).toString(), Qt::ISODate);
    f.npsCategories = map.value(npsKey).toStringList();
    const QString archived = map.value(archivedKey).toString();
    if (archived == "include"_L1)
        f.archived = Archived::Include;
    else if (archived == "only"_L1)
        f.archived = Archived::Only;
    f.today = QDate::fromString(map.value(todayKey).toString(), Qt::ISODate);
    return f;
}

QString AccountFilter::summary() const
{
    QStringList parts;
    if (scope != Workspace::Scope::All && !scopeUserId.isEmpty())
        parts << Workspace::scopeLabel(scope);
    if (ownerIds.size() == 1)
        parts << QCoreApplication::translate("AccountFilter", "owner %1").arg(ownerIds.constFirst());
    else if (!ownerIds.isEmpty())
        parts << QCoreApplication::translate("AccountFilter", "%n owner(s)", nullptr, int(ownerIds.size()));
    if (teams.size() == 1)
        parts << QCoreApplication::translate("AccountFilter", "team %1").arg(teams.constFirst());
    else if (!teams.isEmpty())
        parts << QCoreApplication::translate("AccountFilter", "%n team(s)", nullptr, int(teams.size()));
    if (!segments.isEmpty())
        parts << joinedLabels(segments);
    if (!lifecycleStages.isEmpty())
        parts << joinedLabels(lifecycleStages);
    if (renewalWithinDays > 0 && overdueRenewals)
        parts << QCoreApplication::translate("AccountFilter", "renewal overdue or in %n day(s)", nullptr,
                                             renewalWithinDays);
    else if (renewalWithinDays > 0)
        parts << QCoreApplication::translate("AccountFilter", "renewal in %n day(s)", nullptr,
                                             renewalWithinDays);
    else if (overdueRenewals)
        parts << QCoreApplication::translate("AccountFilter", "renewal overdue");
    if (renewalFrom.isValid() && renewalTo.isValid())
        parts << QCoreApplication::translate("AccountFilter", "renewal %1 – %2")
                     .arg(QLocale().toString(renewalFrom, QLocale::ShortFormat),
                          QLocale().toString(renewalTo, QLocale::ShortFormat));
    else if (renewalFrom.isValid())
        parts << QCoreApplication::translate("AccountFilter", "renewal from %1")
                     .arg(QLocale().toString(renewalFrom, QLocale::ShortFormat));
    else if (renewalTo.isValid())
        parts << QCoreApplication::translate("AccountFilter", "renewal until %1")
                     .arg(QLocale().toString(renewalTo, QLocale::ShortFormat));
    if (!healthBands.isEmpty()) {
        QStringList bands;
        for (const QString &b : healthBands)
            bands << (b == "red"_L1          ? QCoreApplication::translate("AccountFilter", "red")
                          : b == "yellow"_L1 ? QCoreApplication::translate("AccountFilter", "yellow")
                          : b == "green"_L1  ? QCoreApplication::translate("AccountFilter", "green")
                                             : QCoreApplication::translate("AccountFilter", "not scored"));
        if (healthWeek.isValid())
            parts << QCoreApplication::translate("AccountFilter", "health %1 in the week of %2")
                         .arg(bands.join(u", "_s),
                              QLocale().toString(healthWeek.addDays(1 - healthWeek.dayOfWeek()),
                                                 QLocale::ShortFormat));
        else
            parts << QCoreApplication::translate("AccountFilter", "health %1").arg(bands.join(u", "_s));
    }
    if (!accountIds.isEmpty())
        parts << QCoreApplication::translate("AccountFilter", "%n selected account(s)", nullptr,
                                             int(accountIds.size()));
    if (!npsCategories.isEmpty()) {
        QStringList categories;
        for (const QString &c : npsCategories)
            categories << (c == "promoter"_L1      ? QCoreApplication::translate("AccountFilter", "promoter")
                               : c == "passive"_L1 ? QCoreApplication::translate("AccountFilter", "passive")
                               : c == "detractor"_L1
                               ? QCoreApplication::translate("AccountFilter", "detractor")
                               : c);
        parts << QCoreApplication::translate("AccountFilter", "latest NPS %1").arg(categories.join(u", "_s));
    }
    if (notTouchedDays > 0)
        parts << QCoreApplication::translate("AccountFilter", "not touched in %n day(s)", nullptr,
                                             notTouchedDays);
    if (archived == Archived::Include)
        parts << QCoreApplication::translate("AccountFilter", "archived included");
    else if (archived == Archived::Only)
        parts << QCoreApplication::translate("AccountFilter", "archived only");
    const QString words = searchWords(searchText).join(u' ');
    if (!words.isEmpty())
        parts << QCoreApplication::translate("AccountFilter", "matching “%1”").arg(words);
    if (parts.isEmpty())
        return Workspace::scopeLabel(Workspace::Scope::All);
    QString text = parts.join(u" · "_s);
    text[0] = text[0].toUpper(); // "Renewal in 90 days", "Enterprise · ..."
    return text;
}
