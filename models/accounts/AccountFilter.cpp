#include "AccountFilter.h"

#include "AccountSearchIndex.h"
#include "itemmodels/AccountListModel.h"

#include <QCoreApplication>
#include <QDateTime>

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
        && renewalWithinDays <= 0 && !overdueRenewals && notTouchedDays <= 0;
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
