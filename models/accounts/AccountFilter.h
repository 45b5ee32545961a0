#pragma once

#include "workspace/Workspace.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

// Which accounts a list shows: the one description shared by the account list, its
// export (GUI and CLI), saved views, and every "click through" from Home. Turns itself
// into an SQL condition over `accounts a` (with `users u` joined on a.owner_id = u.id).
struct AccountFilter
{
    enum class Archived
    {
        Exclude,
        Include,
        Only
    };

    // Renewal window: renewal date from `today` up to `today + renewalWithinDays`;
    // 0 = no window; overdueRenewals = renewal date before today (not yet renewed).
    QString searchText; // words; each must occur in name, CRM id or owner name
    Workspace::Scope scope = Workspace::Scope::All;
    QString scopeUserId; // whose book / team the scope means
    QStringList ownerIds;
    QStringList teams;
    QStringList segments;
    QStringList lifecycleStages;
    int renewalWithinDays = 0;
    bool overdueRenewals = false;
    // Renewal date within [renewalFrom, renewalTo] (either end may be open); the
    // dashboard's "renewals in March".
    QDate renewalFrom;
    QDate renewalTo;
    // Accounts with no CRM activity and no local note in this many days; 0 = off.
    int notTouchedDays = 0;
    // Health band shown now ("red", "yellow", "green"; "none" = not scored): an override's
    // band where one holds, else the computed band (health_scores).
    QStringList healthBands;
    // When valid, healthBands means the band of the weekly snapshot (health_history) of
    // the week holding this day instead of the band shown now; the dashboard's trend.
    QDate healthWeek;
    // The category of the account's latest NPS response in the 12 months up to `today`
    // ("promoter" 9-10, "passive" 7-8, "detractor" 0-6); empty = any.
    QStringList npsCategories;
    // Exactly these accounts (CRM ids), e.g. a forecast's accounts at risk; empty = any.
    QStringList accountIds;
    Archived archived = Archived::Exclude;
    // "Today" for the date windows; invalid = QDate::currentDate().
    QDate today;

    bool operator==(const AccountFilter &) const = default;

    // True when only the search text and the archived switch are set (and scope All).
    bool isPlain() const;
    // The WHERE condition (without "WHERE"), values appended to `binds`; "1" when empty.
    QString sqlCondition(QVariantList *binds) const;
    // For saved views and settings; fromVariantMap ignores unknown keys.
    QVariantMap toVariantMap() const;
    static AccountFilter fromVariantMap(const QVariantMap &map);
    // A short human summary ("Enterprise · renewal in 90 days"), translated.
    QString summary() const;

    // `today`, or the current date when it is not set.
    QDate effectiveToday() const;
    // The search text split into the words that must each match.
    static QStringList searchWords(const QString &text);
    // The condition for one search word over name, CRM id (trigram index
    // `accounts_search` for words of 3+ characters) and owner name.
    static QString searchCondition(const QString &word, QVariantList *binds);
    // The health band account `a` shows now, as an SQL expression over `accounts a`:
    // the band of its latest override that holds at `now` (not cleared, not expired),
    // else its computed band (health_scores), else 'none'. What healthBands compares;
    // one value (`now`, or the current instant when invalid) appended to `binds`.
    static QString effectiveHealthBandSql(QVariantList *binds, const QDateTime &now = {});
};
