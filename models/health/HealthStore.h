#pragma once

#include "HealthEngine.h"
#include "HealthScorecard.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

class Database;

// Account health as stored in the cache (schema v3): the latest computed score of each
// account (health_scores, written by HealthRecompute), its weekly history
// (health_history) and the CSM's manual overrides (health_overrides).
//
// An override sets the band (and optionally a score within it) with a reason, an author
// and an expiry. It holds until it expires or is cleared; a recompute never changes it,
// it only keeps computing the score underneath. Setting one while another holds clears
// the old one. Setting and clearing are journaled in change_journal (entity
// "health_override", entity_id the override's id; field "created" with the record as
// JSON, or "cleared_at"), one transaction each, like LocalWork's records.
class HealthStore
{
    Q_DECLARE_TR_FUNCTIONS(HealthStore)

public:
    using Band = HealthScorecard::Band;

    struct Override
    {
        QString id;
        QString accountId;
        Band band = Band::None;
        std::optional<int> score;
        QString reason;
        QString author;
        QDateTime createdAt;
        QDateTime expiresAt;
        QDateTime clearedAt; // invalid while not cleared
        QString clearedBy;
        int version = 0;

        bool isValid() const { return !id.isEmpty(); }
        bool holdsAt(const QDateTime &at) const
        {
            return isValid() && !clearedAt.isValid() && at < expiresAt;
        }
    };

    struct Record
    {
        QString accountId;
        std::optional<int> score; // the computed score (after the scorecard's rules)
        Band band = Band::None; // the computed band
        std::optional<int> computedScore; // the arithmetic before rules
        QDate asOf;
        QDateTime computedAt;
        QByteArray contributionsJson; // as stored; see HealthEngine::contributionsJson()
        QString topDrag;
        QString rule;
        std::optional<int> trend; // effective score now minus ~30 days ago
        Override override; // the one holding now, if any

        bool isValid() const { return !accountId.isEmpty(); }
        bool overridden() const { return override.isValid(); }
        // What to show: the override's when one holds.
        Band effectiveBand() const { return overridden() ? override.band : band; }
        // The override's score when it gives one, else the computed score.
        std::optional<int> effectiveScore() const;
        QList<HealthContribution> contributions() const; // parsed from contributionsJson
    };

    struct Snapshot
    {
        QDate week; // its Monday
        std::optional<int> score;
        Band band = Band::None;
        bool overridden = false;
    };

    explicit HealthStore(const QSqlDatabase &db);
    explicit HealthStore(Database &db);

    // `now` decides which overrides hold (default: the current time).
    void setNow(const QDateTime &now) { m_now = now; }
    QDateTime now() const;

    // One account's health; an invalid Record when it has none (lastError() empty) or
    // on failure (lastError() set).
    Record record(const QString &accountId) const;
    // Every account's, by account id.
    QList<Record> records() const;

    // Oldest first.
    QList<Snapshot> history(const QString &accountId) const;

    std::optional<Override> activeOverride(const QString &accountId) const;
    // Every override of the account, newest first.
    QList<Override> overrides(const QString &accountId) const;
    // Returns the new override's id, or empty with lastError() set. The band must be red,
    // yellow or green; a score, when given, must lie in that band; the reason is required
    // and the expiry must be after now.
    QString setOverride(const QString &accountId, Band band, std::optional<int> score, const QString &reason,
                        const QDateTime &expiresAt, const QString &author,
                        const HealthScorecard::Bands &bands = {});
    // Clears the override holding on the account; false with lastError() set when none holds.
    bool clearOverride(const QString &accountId, const QString &author);

    // The Monday of `date`'s week.
    static QDate weekOf(const QDate &date);
    // The snapshot week a trend compares with: four weeks before `week`.
    static QDate trendBaseWeek(const QDate &week);

    QString lastError() const { return m_lastError; }

private:
    QList<Record> select(const QString &accountId) const; // empty: all
    QList<Override> selectOverrides(const QString &where, const QVariantList &binds) const;
    bool fail(const QString &message) const;

    QSqlDatabase m_db;
    QDateTime m_now;
    mutable QString m_lastError;
};
