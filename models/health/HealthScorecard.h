#pragma once

#include "HealthInputs.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

// How CS Ops scores account health, as configured in JSON (the default ships as the
// resource :/pitwall/health/default-scorecard.json; one in the central export replaces
// it). The format:
//
// {
//   "format": "pitwall-health-scorecard", "version": 1, "name": "...",
//   "bands": { "yellow": 50, "green": 75 },        // lower bounds; red starts at 0
//   "groups": [ { "id": "adoption", "label": "Product adoption", "weight": 50,
//                 "measures": [ { "id": "licence_utilisation", "label": "Licence utilisation",
//                                 "input": "licence_utilisation",  // see HealthInputs.h
//                                 "weight": 3,                      // within the group
//                                 "window_days": 60,                // older data is missing
//                                 "ranges": [[0.2, 0], [0.85, 100]] } ] } ],
//   "rules": [ { "id": "sentiment_red", "label": "...",
//                "when": { "input": "csm_sentiment", "equals": "red" },
//                "window_days": 90, "force_band": "red" } ]        // or "cap_score": 60
// }
//
// A measure maps its raw value to 0-100 either by "thresholds" (steps: a list of
// { "min": x, "max": y, "equals": z, "score": s }, the first entry whose bounds hold wins,
// bounds inclusive, and the last entry has no bound: it scores everything else) or by
// "ranges" (points [x, score] with x ascending: linear between points, flat outside).
// "labels": { "zh_CN": "..." } may give a label per language; the built-in English
// labels are translated. Ids are lower-case letters, digits and underscores.
class HealthScorecard
{
    Q_DECLARE_TR_FUNCTIONS(HealthScorecard)

public:
    enum class Band
    {
        None, // not scored: no measure had data
        Red,
        Yellow,
        Green
    };

    struct Threshold
    {
        std::optional<double> min;
        std::optional<double> max;
        std::optional<double> equals;
        double score = 0;

        bool matches(double raw) const;
    };

    struct Measure
    {
        QString id;
        QString label; // English
        QHash<QString, QString> labels; // per language, from the JSON
        HealthInputKey input;
        double weight = 1; // relative, within its group
        int windowDays = 0; // 0: never stale
        bool ranged = false; // ranges (linear) rather than thresholds (steps)
        QList<Threshold> thresholds;
        QList<QPointF> points; // ranges: x ascending, y the score

        // The raw value as a score 0-100.
        double map(double raw) const;
        QString displayLabel() const;
    };

    struct Group
    {
        QString id;
        QString label;
        QHash<QString, QString> labels;
        double weight = 1;
        QList<Measure> measures;

        QString displayLabel() const;
    };

    struct Condition
    {
        HealthInputKey input;
        std::optional<double> min;
        std::optional<double> max;
        std::optional<double> equals;

        bool matches(double raw) const;
    };

    struct Rule
    {
        QString id;
        QString label;
        QHash<QString, QString> labels;
        Condition when;
        int windowDays = 0; // the input must be this fresh for the rule to fire; 0: any age
        Band forceBand = Band::None; // None: no forced band
        std::optional<int> capScore;

        QString displayLabel() const;
    };

    // Lower bounds of yellow and green; red is 0 up to yellow - 1.
    struct Bands
    {
        int yellow = 50;
        int green = 75;

        Band bandOf(int score) const;
        int lowest(Band band) const;
        int highest(Band band) const;
    };

    HealthScorecard() = default;

    // Parses and validates; on any error returns an invalid scorecard and lists every
    // problem found in `errors` (translated, naming the group, measure or rule).
    static HealthScorecard fromJson(const QByteArray &json, QStringList *errors);
    static HealthScorecard fromFile(const QString &path, QStringList *errors);
    // The built-in default (always valid).
    static HealthScorecard builtIn();
    static QString builtInPath(); // ":/pitwall/health/default-scorecard.json"

    bool isValid() const { return m_valid; }
    QString name() const { return m_name; }
    const Bands &bands() const { return m_bands; }
    const QList<Group> &groups() const { return m_groups; }
    const QList<Rule> &rules() const { return m_rules; }

    int measureCount() const;
    const Measure *measure(const QString &id) const;
    const Group *group(const QString &id) const;
    const Rule *rule(const QString &id) const;
    // Every input a measure or a rule reads, once each.
    QList<HealthInputKey> inputs() const;
    // The longest freshness window of the usage inputs (0 when one never goes stale).
    int usageWindowDays(bool *anyUnbounded = nullptr) const;

    static QString bandKeyword(Band band); // "red", "yellow", "green", "none"
    static std::optional<Band> bandFromKeyword(const QString &keyword); // "none" included
    static QString bandLabel(Band band); // translated

    // A label in the user's language: labels[QLocale().name()] or labels[language], else
    // the English label through the translations (the built-in labels are translated).
    static QString localizedLabel(const QString &english, const QHash<QString, QString> &labels);

private:
    bool m_valid = false;
    QString m_name;
    Bands m_bands;
    QList<Group> m_groups;
    QList<Rule> m_rules;
};
