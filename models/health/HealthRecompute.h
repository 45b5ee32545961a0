#pragma once

#include "HealthInputReader.h"
#include "HealthScorecard.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

class Database;

// Recomputes account health: reads every live account's inputs (HealthInputReader),
// scores them (HealthEngine) and, in one transaction, replaces health_scores and writes
// this week's snapshot into health_history (the week of the as-of day, by its Monday;
// a later recompute in the same week replaces it). The snapshot shows an override where
// one holds; the override itself is never touched (see HealthStore). Meant to run after
// each import and on demand; about a second for 100k accounts.
class HealthRecompute
{
    Q_DECLARE_TR_FUNCTIONS(HealthRecompute)

public:
    struct Report
    {
        QDate asOf;
        QDate week; // the snapshot's Monday
        qint64 accounts = 0; // live accounts scored (or found unscorable)
        qint64 red = 0; // by computed band
        qint64 yellow = 0;
        qint64 green = 0;
        qint64 unscored = 0; // no measure had data
        qint64 overridden = 0; // an override holds (their snapshot shows it)
        qint64 readMs = 0;
        qint64 scoreMs = 0;
        qint64 writeMs = 0;
        qint64 totalMs = 0;
        HealthInputReader::Timing read;
    };

    explicit HealthRecompute(Database &db, const HealthScorecard &card = HealthScorecard::builtIn());

    // The day inputs are read as of (default: today, UTC) and the instant written as
    // computed_at and used to decide which overrides hold (default: now).
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    void setNow(const QDateTime &now) { m_now = now; }

    // Every live account; scores of accounts no longer live are removed.
    bool recomputeAll();
    // One account (its score is removed when it is archived, churned or gone).
    bool recomputeAccount(const QString &accountId);

    const Report &report() const { return m_report; }
    QString lastError() const { return m_lastError; }

private:
    bool run(const QString &accountId);

    Database &m_db;
    HealthScorecard m_card;
    QDate m_asOf;
    QDateTime m_now;
    Report m_report;
    QString m_lastError;
};
