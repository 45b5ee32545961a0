#pragma once

#include "HealthInputs.h"
#include "HealthScorecard.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

// What one measure added to a score.
struct HealthContribution
{
    enum class Status
    {
        Scored,
        Missing, // no data
        Stale, // data older than the measure's window
    };

    QString measureId;
    QString groupId;
    Status status = Status::Missing;
    double raw = 0; // the input's value (also when stale)
    qint64 observedDay = HealthValue::noDay; // when the data was observed (days since 1970)
    double score = 0; // the measure's own score, 0-100 (0 when not scored)
    double nominalShare = 0; // its share of the total as configured (0-1)
    double share = 0; // its share once missing measures' weight is spread (0-1; 0 when not scored)
    double points = 0; // share × score: what it adds to the total (0-100)
    double drag = 0; // share × (100 − score): the points it costs

    bool hasRaw() const { return status != Status::Missing; }
    static QString statusKeyword(Status status); // "scored", "missing", "stale"
};

struct HealthResult
{
    bool scored = false; // false: no measure had fresh data (band None, score 0)
    double exactScore = 0; // Σ points, before rounding and rules
    int computedScore = 0; // exactScore rounded half up: what the arithmetic says
    int score = 0; // after the rules
    HealthScorecard::Band band = HealthScorecard::Band::None;
    QList<HealthContribution> contributions; // one per measure, in scorecard order
    QString topDrag; // the measure costing the most points; empty when none costs any
    QString rule; // the rule that changed the score or band; empty when none did
    QStringList firedRules; // every rule whose condition held, in scorecard order
    double coverage = 0; // the configured share of the measures that had data (0-1)

    const HealthContribution *contribution(const QString &measureId) const;
};

// The arithmetic of a health score: pure, no I/O.
//
// Weights: each group's weight is its share of the total, and each measure's weight its
// share of its group. A measure with no data, or data older than its window (as of
// `asOfDay`), is missing: its weight goes to the other measures of its group in
// proportion to their weights; a group with no measure left gives its weight to the
// other groups the same way. The score is Σ share × measure score, rounded half up.
//
// Rules then apply, each when its input is present (and, if it has a window, fresh):
// "cap_score" lowers the score to the cap; "force_band" moves the score into that band
// (to its highest score when it was above, its lowest when below), so the score and the
// band always agree. Several forced bands: the worst wins; several caps: the lowest.
class HealthEngine
{
public:
    static HealthResult score(const HealthInputs &inputs, const HealthScorecard &card, qint64 asOfDay);

    // The contributions as stored in health_scores.contributions: compact JSON, one array
    // per measure in scorecard order, [measure, status, raw, observed, score, weight,
    // points] (status "scored", "missing" or "stale"; observed "YYYY-MM-DD"; weight the
    // % share of the total), cut short where the rest does not apply:
    //   [["licence_utilisation","scored",0.8,"2026-11-16",90,30,27],["open_cases","missing"],
    //    ["nps","stale",7.5,"2026-05-01"]]
    // About 400 bytes an account: a recompute rewrites every row.
    static QByteArray contributionsJson(const HealthResult &result);
    // Reads that back (groupId, nominalShare left empty; drag recomputed). Empty and
    // *ok false when it is not that format.
    static QList<HealthContribution> parseContributions(const QByteArray &json, bool *ok = nullptr);
    // As self-describing JSON for people and scripts: [{"measure", "group", "label",
    // "status", "raw", "observed", "score", "weight", "points"}], group and label from
    // `card` when it has the measure; absent fields left out.
    static QJsonArray contributionsToJson(const QList<HealthContribution> &contributions,
                                          const HealthScorecard &card);
};
