#include "HealthStore.h"

#include "store/Database.h"
#include "store/WriteTransaction.h"
#include "work/ChangeJournal.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

using Band = HealthScorecard::Band;

QString isoText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseInstant(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(v.toString(), Qt::ISODate);
    return at.isValid() ? at.toUTC() : at;
}

std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QVariant nullableInt(std::optional<int> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

Band bandOf(const QVariant &v)
{
    return HealthScorecard::bandFromKeyword(v.toString()).value_or(Band::None);
}

// One change_journal row of an override (`overrideId`); no author writes NULL.
bool journal(const QSqlDatabase &db, const QString &overrideId, const QString &accountId,
             const QString &field, const QVariant &newValue, int baseVersion, const QString &author,
             const QDateTime &at, QString *error)
{
    return ChangeJournal::append(db,
                                 { u"health_override"_s, overrideId, accountId, field, QVariant(), newValue,
                                   baseVersion, author.isEmpty() ? QString() : author, at },
                                 error);
}

// Clears the override `old` as of `at`, journaled. False with `error` set on failure.
bool clearOverrideRow(const QSqlDatabase &db, const HealthStore::Override &old, const QDateTime &at,
                      const QString &author, QString *error)
{
    const QString atText = isoText(at);
    QSqlQuery clear(db);
    clear.prepare(u"UPDATE health_overrides SET cleared_at = ?, cleared_by = ?, version = version + 1"
                  " WHERE id = ?"_s);
    clear.addBindValue(atText);
    clear.addBindValue(author);
    clear.addBindValue(old.id);
    if (!clear.exec()) {
        *error = clear.lastError().text();
        return false;
    }
    return journal(db, old.id, old.accountId, u"cleared_at"_s, atText, old.version, author, at, error);
}

const auto overrideColumns
    = "id, account_id, band, score, reason, author, created_at, expires_at, cleared_at, cleared_by, version"_L1;

HealthStore::Override overrideFrom(const QSqlQuery &q)
{
    HealthStore::Override o;
    o.id = q.value(0).toString();
    o.accountId = q.value(1).toString();
    o.band = bandOf(q.value(2));
    o.score = optionalInt(q.value(3));
    o.reason = q.value(4).toString();
    o.author = q.value(5).toString();
    o.createdAt = parseInstant(q.value(6));
    o.expiresAt = parseInstant(q.value(7));
    o.clearedAt = parseInstant(q.value(8));
    o.clearedBy = q.value(9).toString();
    o.version = q.value(10).toInt();
    return o;
}

} // namespace

std::optional<int> HealthStore::Record::effectiveScore() const
{
    if (overridden() && override.score)
        return override.score;
    return score;
}

QList<HealthContribution> HealthStore::Record::contributions() const
{
    return HealthEngine::parseContributions(contributionsJson);
}

HealthStore::HealthStore(const QSqlDatabase &db)
    : m_db(db)
{ }

HealthStore::HealthStore(Database &db)
    : HealthStore(db.connection())
{ }

QDateTime HealthStore::now() const
{
    return m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
}

bool HealthStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QDate HealthStore::weekOf(const QDate &date)
{
    return date.isValid() ? date.addDays(1 - date.dayOfWeek()) : date;
}

QDate HealthStore::trendBaseWeek(const QDate &week)
{
    return weekOf(week).addDays(-28);
}

QList<HealthStore::Override> HealthStore::selectOverrides(const QString &where,
                                                          const QVariantList &binds) const
{
    QList<Override> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + overrideColumns + u" FROM health_overrides WHERE "_s + where
              + u" ORDER BY created_at DESC, pk DESC"_s);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("Could not read the health overrides: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next())
        result.append(overrideFrom(q));
    return result;
}

QList<HealthStore::Record> HealthStore::select(const QString &accountId) const
{
    const bool one = !accountId.isEmpty();
    m_lastError.clear();
    QList<Record> result;
    // Overrides holding now: few, read once.
    QHash<QString, Override> holding;
    const QList<Override> active = selectOverrides(
        u"cleared_at IS NULL AND expires_at > ?"_s + (one ? u" AND account_id = ?"_s : QString()),
        one ? QVariantList { isoText(now()), accountId } : QVariantList { isoText(now()) });
    if (!m_lastError.isEmpty())
        return result;
    for (const Override &o : active) {
        if (!holding.contains(o.accountId)) // the newest
            holding.insert(o.accountId, o);
    }

    // The trend compares with the snapshot four weeks before the score's week, else the
    // week before that, else the week after; the current week's snapshot is the score.
    // (Weeks are Mondays: date(as_of, 'weekday 0', '-6 days') is the score's own.)
    const auto baseWeekScore = [](const QString &shift) {
        return u"(SELECT h.score FROM health_history h WHERE h.account_id = s.account_id"
               " AND h.week = date(s.as_of, 'weekday 0', '%1') AND h.score IS NOT NULL)"_s.arg(shift);
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.account_id, s.score, s.band, s.computed_score, s.as_of, s.computed_at,"
              " s.contributions, s.top_drag, s.rule,"
              " COALESCE("_s
              + baseWeekScore(u"-34 days"_s) + u", "_s + baseWeekScore(u"-41 days"_s) + u", "_s
              + baseWeekScore(u"-27 days"_s) + u") FROM health_scores s"_s
              + (one ? u" WHERE s.account_id = ?"_s : QString()) + u" ORDER BY s.account_id"_s);
    if (one)
        q.addBindValue(accountId);
    if (!q.exec()) {
        fail(tr("Could not read the health scores: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        Record r;
        r.accountId = q.value(0).toString();
        r.score = optionalInt(q.value(1));
        r.band = bandOf(q.value(2));
        r.computedScore = optionalInt(q.value(3));
        r.asOf = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.computedAt = parseInstant(q.value(5));
        r.contributionsJson = q.value(6).toByteArray();
        r.topDrag = q.value(7).toString();
        r.rule = q.value(8).toString();
        r.override = holding.value(r.accountId);
        const std::optional<int> base = optionalInt(q.value(9));
        const std::optional<int> now = r.effectiveScore();
        if (base && now)
            r.trend = *now - *base;
        result.append(r);
    }
    return result;
}

HealthStore::Record HealthStore::record(const QString &accountId) const
{
    if (accountId.isEmpty()) {
        m_lastError.clear();
        return Record();
    }
    const QList<Record> list = select(accountId);
    return list.isEmpty() ? Record() : list.constFirst();
}

QList<HealthStore::Record> HealthStore::records() const
{
    return select(QString());
}

QList<HealthStore::Snapshot> HealthStore::history(const QString &accountId) const
{
    m_lastError.clear();
    QList<Snapshot> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The table is in week order: walk its distinct weeks (a seek each) and look the
    // account up in each.
    q.prepare(u"WITH RECURSIVE weeks(week) AS (SELECT MIN(week) FROM health_history"
              " UNION ALL SELECT (SELECT MIN(week) FROM health_history WHERE week > weeks.week) FROM weeks"
              " WHERE weeks.week IS NOT NULL)"
              " SELECT h.week, h.score, h.band, h.overridden FROM weeks"
              " JOIN health_history h ON h.week = weeks.week AND h.account_id = ? ORDER BY h.week"_s);
    q.addBindValue(accountId);
    if (!q.exec()) {
        fail(tr("Could not read the health history: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        result.append({ QDate::fromString(q.value(0).toString(), Qt::ISODate), optionalInt(q.value(1)),
                        bandOf(q.value(2)), q.value(3).toInt() != 0 });
    }
    return result;
}

std::optional<HealthStore::Override> HealthStore::activeOverride(const QString &accountId) const
{
    m_lastError.clear();
    const QList<Override> list = selectOverrides(
        u"account_id = ? AND cleared_at IS NULL AND expires_at > ?"_s, { accountId, isoText(now()) });
    if (list.isEmpty())
        return std::nullopt;
    return list.constFirst();
}

QList<HealthStore::Override> HealthStore::overrides(const QString &accountId) const
{
    m_lastError.clear();
    return selectOverrides(u"account_id = ?"_s, { accountId });
}

QString HealthStore::setOverride(const QString &accountId, Band band, std::optional<int> score,
                                 const QString &reason, const QDateTime &expiresAt, const QString &author,
                                 const HealthScorecard::Bands &bands)
{
    m_lastError.clear();
    const QDateTime at = now();
    if (band == Band::None) {
        fail(tr("Choose red, yellow or green for the override."));
        return {};
    }
    if (score && (*score < bands.lowest(band) || *score > bands.highest(band))) {
        fail(tr("A %1 score runs from %2 to %3; %4 is outside it.")
                 .arg(HealthScorecard::bandLabel(band).toLower())
                 .arg(bands.lowest(band))
                 .arg(bands.highest(band))
                 .arg(*score));
        return {};
    }
    if (reason.trimmed().isEmpty()) {
        fail(tr("Say why you override the health score: the reason is required."));
        return {};
    }
    if (!expiresAt.isValid() || expiresAt.toUTC() <= at) {
        fail(tr("The override must expire in the future."));
        return {};
    }

    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.begin(&error)) {
        fail(tr("The cache could not be written: %1").arg(error));
        return {};
    }
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM accounts WHERE id = ?"_s);
    q.addBindValue(accountId);
    if (!q.exec()) {
        fail(tr("The cache could not be read: %1").arg(q.lastError().text()));
        return {};
    }
    if (!q.next()) {
        fail(tr("No account with CRM id “%1” in the cache.").arg(accountId));
        return {};
    }
    q.finish();

    // A new override replaces the one holding: that one is cleared, journaled.
    const QString atText = isoText(at);
    const QList<Override> holding = selectOverrides(
        u"account_id = ? AND cleared_at IS NULL AND expires_at > ?"_s, { accountId, atText });
    if (!m_lastError.isEmpty())
        return {};
    for (const Override &old : holding) {
        if (!clearOverrideRow(m_db, old, at, author, &error)) {
            fail(tr("The cache could not be written: %1").arg(error));
            return {};
        }
    }

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString expiresText = isoText(expiresAt);
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO health_overrides (id, account_id, band, score, reason, author, created_at,"
                   " expires_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"_s);
    for (const QVariant &v :
         QVariantList { id, accountId, HealthScorecard::bandKeyword(band), nullableInt(score),
                        reason.trimmed(), author, atText, expiresText })
        insert.addBindValue(v);
    if (!insert.exec()) {
        fail(tr("The cache could not be written: %1").arg(insert.lastError().text()));
        return {};
    }
    const QJsonObject record { { "id"_L1, id },
                               { "account_id"_L1, accountId },
                               { "band"_L1, HealthScorecard::bandKeyword(band) },
                               { "score"_L1, score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null) },
                               { "reason"_L1, reason.trimmed() },
                               { "author"_L1, author },
                               { "created_at"_L1, atText },
                               { "expires_at"_L1, expiresText },
                               { "version"_L1, 1 } };
    if (!journal(m_db, id, accountId, u"created"_s,
                 QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)), 0, author, at,
                 &error)) {
        fail(tr("The cache could not be written: %1").arg(error));
        return {};
    }

    // This week's snapshot shows the override from now on.
    QSqlQuery week(m_db);
    week.prepare(u"INSERT INTO health_history (account_id, week, score, band, overridden)"
                 " VALUES (?, ?, COALESCE(?, (SELECT score FROM health_scores WHERE account_id = ?)), ?, 1)"
                 " ON CONFLICT (week, account_id) DO UPDATE SET score = excluded.score, band = excluded.band,"
                 " overridden = 1"_s);
    week.addBindValue(accountId);
    week.addBindValue(weekOf(at.date()).toString(Qt::ISODate));
    week.addBindValue(nullableInt(score));
    week.addBindValue(accountId);
    week.addBindValue(HealthScorecard::bandKeyword(band));
    if (!week.exec()) {
        fail(tr("The cache could not be written: %1").arg(week.lastError().text()));
        return {};
    }
    if (!transaction.commit(&error)) {
        fail(tr("The cache could not be written: %1").arg(error));
        return {};
    }
    return id;
}

bool HealthStore::clearOverride(const QString &accountId, const QString &author)
{
    m_lastError.clear();
    const QDateTime at = now();
    const QString atText = isoText(at);
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.begin(&error))
        return fail(tr("The cache could not be written: %1").arg(error));
    const QList<Override> holding = selectOverrides(
        u"account_id = ? AND cleared_at IS NULL AND expires_at > ?"_s, { accountId, atText });
    if (!m_lastError.isEmpty())
        return false;
    if (holding.isEmpty())
        return fail(tr("No health override holds on account “%1”.").arg(accountId));
    for (const Override &old : holding) {
        if (!clearOverrideRow(m_db, old, at, author, &error))
            return fail(tr("The cache could not be written: %1").arg(error));
    }
    // This week's snapshot goes back to the computed health.
    QSqlQuery week(m_db);
    week.prepare(u"UPDATE health_history SET score = s.score, band = s.band, overridden = 0"
                 " FROM health_scores s WHERE s.account_id = health_history.account_id AND s.band <> 'none'"
                 " AND health_history.account_id = ? AND health_history.week = ?"_s);
    week.addBindValue(accountId);
    week.addBindValue(weekOf(at.date()).toString(Qt::ISODate));
    if (!week.exec())
        return fail(tr("The cache could not be written: %1").arg(week.lastError().text()));
    QSqlQuery drop(m_db);
    drop.prepare(
        u"DELETE FROM health_history WHERE account_id = ? AND week = ? AND overridden = 1"
        " AND NOT EXISTS (SELECT 1 FROM health_scores s WHERE s.account_id = ? AND s.band <> 'none')"_s);
    drop.addBindValue(accountId);
    drop.addBindValue(weekOf(at.date()).toString(Qt::ISODate));
    drop.addBindValue(accountId);
    if (!drop.exec())
        return fail(tr("The cache could not be written: %1").arg(drop.lastError().text()));
    if (!transaction.commit(&error))
        return fail(tr("The cache could not be written: %1").arg(error));
    return true;
}
