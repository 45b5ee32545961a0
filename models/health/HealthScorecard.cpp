#include "HealthScorecard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const auto formatName = "pitwall-health-scorecard"_L1;
constexpr int formatVersion = 1;

// The default scorecard's labels, so lupdate offers them for translation; any label equal
// to one of these is shown translated.
[[maybe_unused]] constexpr const char *builtInLabels[] = {
    QT_TRANSLATE_NOOP("HealthScorecard", "Product adoption"),
    QT_TRANSLATE_NOOP("HealthScorecard", "Licence utilisation"),
    QT_TRANSLATE_NOOP("HealthScorecard", "Active users per licence"),
    QT_TRANSLATE_NOOP("HealthScorecard", "Engagement"),
    QT_TRANSLATE_NOOP("HealthScorecard", "Days since last touch"),
    QT_TRANSLATE_NOOP("HealthScorecard", "Support"),
    QT_TRANSLATE_NOOP("HealthScorecard", "Open cases"),
    QT_TRANSLATE_NOOP("HealthScorecard", "High-priority open cases"),
    QT_TRANSLATE_NOOP("HealthScorecard", "Sentiment"),
    QT_TRANSLATE_NOOP("HealthScorecard", "NPS (12-month average)"),
    QT_TRANSLATE_NOOP("HealthScorecard", "CSM sentiment"),
    QT_TRANSLATE_NOOP("HealthScorecard", "Outcomes"),
    QT_TRANSLATE_NOOP("HealthScorecard", "Usage trend (4 weeks)"),
    QT_TRANSLATE_NOOP("HealthScorecard", "CSM sentiment red forces red"),
    QT_TRANSLATE_NOOP("HealthScorecard", "Three or more high-priority open cases cap the score at 60"),
};

bool validId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9_]+$"_s);
    return pattern.match(id).hasMatch();
}

// Collects the problems found while parsing, each prefixed by where it is.
class Problems
{
public:
    explicit Problems(QStringList *out)
        : m_out(out)
    { }
    void add(const QString &where, const QString &what)
    {
        m_count++;
        if (m_out)
            m_out->append(where.isEmpty() ? what : where + u": "_s + what);
    }
    int count() const { return m_count; }

private:
    QStringList *m_out;
    int m_count = 0;
};

void checkKeys(const QJsonObject &o, std::initializer_list<QLatin1StringView> known, const QString &where,
               Problems &problems)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        for (const QLatin1StringView k : known)
            ok = ok || it.key() == k;
        if (!ok)
            problems.add(where, HealthScorecard::tr("unknown key “%1”.").arg(it.key()));
    }
}

QHash<QString, QString> readLabels(const QJsonObject &o, const QString &where, Problems &problems)
{
    QHash<QString, QString> labels;
    const QJsonValue v = o.value("labels"_L1);
    if (v.isUndefined())
        return labels;
    if (!v.isObject()) {
        problems.add(where, HealthScorecard::tr("“labels” must be an object of language: label."));
        return labels;
    }
    const QJsonObject l = v.toObject();
    for (auto it = l.begin(); it != l.end(); ++it) {
        if (!it.value().isString())
            problems.add(where, HealthScorecard::tr("the label for “%1” must be text.").arg(it.key()));
        else
            labels.insert(it.key(), it.value().toString());
    }
    return labels;
}

// A number that is there, or an error. nullopt when absent (and not required).
std::optional<double> readNumber(const QJsonObject &o, QLatin1StringView key, const QString &where,
                                 Problems &problems, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            problems.add(where, HealthScorecard::tr("“%1” is missing.").arg(key));
        return std::nullopt;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        problems.add(where, HealthScorecard::tr("“%1” must be a number.").arg(key));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<int> readWindow(const QJsonObject &o, const QString &where, Problems &problems)
{
    const std::optional<double> w = readNumber(o, "window_days"_L1, where, problems, false);
    if (!w)
        return o.contains("window_days"_L1) ? std::nullopt : std::optional<int>(0);
    if (*w < 0 || *w != std::floor(*w) || *w > 36500) {
        problems.add(where, HealthScorecard::tr("“window_days” must be a whole number of days, 0 or more."));
        return std::nullopt;
    }
    return int(*w);
}

bool validScore(double s)
{
    return s >= 0 && s <= 100;
}

// "equals" may name a sentiment level for csm_sentiment.
std::optional<double> readEquals(const QJsonObject &o, const HealthInputKey &input, const QString &where,
                                 Problems &problems)
{
    const QJsonValue v = o.value("equals"_L1);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isString() && input.kind == HealthInput::CsmSentiment) {
        const std::optional<double> level = HealthInputKey::sentimentValue(v.toString());
        if (!level)
            problems.add(
                where,
                HealthScorecard::tr("“equals” must be red, yellow or green, not “%1”.").arg(v.toString()));
        return level;
    }
    if (!v.isDouble()) {
        problems.add(where,
                     input.kind == HealthInput::CsmSentiment
                         ? HealthScorecard::tr("“equals” must be red, yellow or green.")
                         : HealthScorecard::tr("“equals” must be a number."));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<HealthInputKey> readInput(const QJsonObject &o, const QString &where, Problems &problems)
{
    const QJsonValue v = o.value("input"_L1);
    if (!v.isString()) {
        problems.add(where,
                     v.isUndefined() ? HealthScorecard::tr("“input” is missing.")
                                     : HealthScorecard::tr("“input” must be text."));
        return std::nullopt;
    }
    const std::optional<HealthInputKey> key = HealthInputKey::fromName(v.toString());
    if (!key)
        problems.add(where,
                     HealthScorecard::tr("unknown input “%1” (known: %2).")
                         .arg(v.toString(), HealthInputKey::builtInNames().join(u", "_s)));
    return key;
}

void readThresholds(const QJsonValue &value, HealthScorecard::Measure &m, const QString &where,
                    Problems &problems)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        problems.add(where, HealthScorecard::tr("“thresholds” must be a non-empty list."));
        return;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = where + u", "_s + HealthScorecard::tr("threshold %1").arg(i + 1);
        if (!list.at(i).isObject()) {
            problems.add(at, HealthScorecard::tr("must be an object such as {\"max\": 14, \"score\": 100}."));
            continue;
        }
        const QJsonObject t = list.at(i).toObject();
        checkKeys(t, { "min"_L1, "max"_L1, "equals"_L1, "score"_L1 }, at, problems);
        HealthScorecard::Threshold threshold;
        threshold.min = readNumber(t, "min"_L1, at, problems, false);
        threshold.max = readNumber(t, "max"_L1, at, problems, false);
        threshold.equals = readEquals(t, m.input, at, problems);
        const std::optional<double> score = readNumber(t, "score"_L1, at, problems, true);
        if (score && !validScore(*score))
            problems.add(at, HealthScorecard::tr("“score” must be between 0 and 100."));
        threshold.score = score.value_or(0);
        if (threshold.min && threshold.max && *threshold.min > *threshold.max)
            problems.add(at, HealthScorecard::tr("“min” is greater than “max”."));
        const bool bounded = t.contains("min"_L1) || t.contains("max"_L1) || t.contains("equals"_L1);
        const bool last = i == list.size() - 1;
        if (last && bounded)
            problems.add(at,
                         HealthScorecard::tr("the last threshold needs no “min”, “max” or “equals”: it "
                                             "scores every value the others do not."));
        if (!last && !bounded)
            problems.add(
                at, HealthScorecard::tr("only the last threshold may have no “min”, “max” or “equals”."));
        m.thresholds.append(threshold);
    }
}

void readRanges(const QJsonValue &value, HealthScorecard::Measure &m, const QString &where,
                Problems &problems)
{
    if (!value.isArray() || value.toArray().size() < 2) {
        problems.add(where, HealthScorecard::tr("“ranges” must list at least two points [value, score]."));
        return;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = where + u", "_s + HealthScorecard::tr("point %1").arg(i + 1);
        const QJsonArray p = list.at(i).toArray();
        if (!list.at(i).isArray() || p.size() != 2 || !p.at(0).isDouble() || !p.at(1).isDouble()) {
            problems.add(at, HealthScorecard::tr("must be [value, score], two numbers."));
            continue;
        }
        const QPointF point(p.at(0).toDouble(), p.at(1).toDouble());
        if (!validScore(point.y()))
            problems.add(at, HealthScorecard::tr("the score must be between 0 and 100."));
        if (!m.points.isEmpty() && !(point.x() > m.points.constLast().x()))
            problems.add(at, HealthScorecard::tr("the values must go up from point to point."));
        m.points.append(point);
    }
}

std::optional<HealthScorecard::Measure> readMeasure(const QJsonValue &value, const QString &groupWhere,
                                                    qsizetype index, Problems &problems)
{
    if (!value.isObject()) {
        problems.add(groupWhere, HealthScorecard::tr("measure %1 must be an object.").arg(index + 1));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    HealthScorecard::Measure m;
    m.id = o.value("id"_L1).toString();
    const QString where = groupWhere + u", "_s
        + (m.id.isEmpty() ? HealthScorecard::tr("measure %1").arg(index + 1)
                          : HealthScorecard::tr("measure “%1”").arg(m.id));
    const int before = problems.count();
    checkKeys(o,
              { "id"_L1, "label"_L1, "labels"_L1, "input"_L1, "weight"_L1, "window_days"_L1, "thresholds"_L1,
                "ranges"_L1 },
              where, problems);
    if (!validId(m.id))
        problems.add(where,
                     m.id.isEmpty() ? HealthScorecard::tr("“id” is missing.")
                                    : HealthScorecard::tr("the id may hold only a-z, 0-9 and _."));
    m.label = o.value("label"_L1).toString();
    if (m.label.trimmed().isEmpty())
        problems.add(where, HealthScorecard::tr("“label” is missing."));
    m.labels = readLabels(o, where, problems);
    if (const auto input = readInput(o, where, problems))
        m.input = *input;
    const std::optional<double> weight = readNumber(o, "weight"_L1, where, problems, true);
    if (weight && !(*weight > 0))
        problems.add(where, HealthScorecard::tr("“weight” must be more than 0."));
    m.weight = weight.value_or(1);
    m.windowDays = readWindow(o, where, problems).value_or(0);
    const bool hasThresholds = o.contains("thresholds"_L1);
    const bool hasRanges = o.contains("ranges"_L1);
    if (hasThresholds == hasRanges) {
        problems.add(where, HealthScorecard::tr("give either “thresholds” or “ranges” (exactly one)."));
    } else if (hasRanges) {
        m.ranged = true;
        readRanges(o.value("ranges"_L1), m, where, problems);
    } else {
        readThresholds(o.value("thresholds"_L1), m, where, problems);
    }
    if (problems.count() != before)
        return std::nullopt;
    return m;
}

std::optional<HealthScorecard::Rule> readRule(const QJsonValue &value, qsizetype index, Problems &problems)
{
    if (!value.isObject()) {
        problems.add({}, HealthScorecard::tr("Rule %1 must be an object.").arg(index + 1));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    HealthScorecard::Rule r;
    r.id = o.value("id"_L1).toString();
    const QString where = r.id.isEmpty() ? HealthScorecard::tr("Rule %1").arg(index + 1)
                                         : HealthScorecard::tr("Rule “%1”").arg(r.id);
    const int before = problems.count();
    checkKeys(
        o, { "id"_L1, "label"_L1, "labels"_L1, "when"_L1, "window_days"_L1, "force_band"_L1, "cap_score"_L1 },
        where, problems);
    if (!validId(r.id))
        problems.add(where,
                     r.id.isEmpty() ? HealthScorecard::tr("“id” is missing.")
                                    : HealthScorecard::tr("the id may hold only a-z, 0-9 and _."));
    r.label = o.value("label"_L1).toString();
    if (r.label.trimmed().isEmpty())
        problems.add(where, HealthScorecard::tr("“label” is missing."));
    r.labels = readLabels(o, where, problems);
    if (!o.value("when"_L1).isObject()) {
        problems.add(where,
                     HealthScorecard::tr("“when” must be an object such as {\"input\": \"csm_sentiment\", "
                                         "\"equals\": \"red\"}."));
    } else {
        const QJsonObject w = o.value("when"_L1).toObject();
        const QString whenWhere = where + u", “when”"_s;
        checkKeys(w, { "input"_L1, "min"_L1, "max"_L1, "equals"_L1 }, whenWhere, problems);
        if (const auto input = readInput(w, whenWhere, problems))
            r.when.input = *input;
        r.when.min = readNumber(w, "min"_L1, whenWhere, problems, false);
        r.when.max = readNumber(w, "max"_L1, whenWhere, problems, false);
        r.when.equals = readEquals(w, r.when.input, whenWhere, problems);
        if (!w.contains("min"_L1) && !w.contains("max"_L1) && !w.contains("equals"_L1))
            problems.add(whenWhere, HealthScorecard::tr("give “min”, “max” or “equals”."));
        if (r.when.min && r.when.max && *r.when.min > *r.when.max)
            problems.add(whenWhere, HealthScorecard::tr("“min” is greater than “max”."));
    }
    r.windowDays = readWindow(o, where, problems).value_or(0);
    if (o.contains("force_band"_L1)) {
        const auto band = HealthScorecard::bandFromKeyword(o.value("force_band"_L1).toString());
        if (!band || *band == HealthScorecard::Band::None)
            problems.add(where, HealthScorecard::tr("“force_band” must be red, yellow or green."));
        else
            r.forceBand = *band;
    }
    if (const auto cap = readNumber(o, "cap_score"_L1, where, problems, false)) {
        if (!validScore(*cap) || *cap != std::floor(*cap))
            problems.add(where, HealthScorecard::tr("“cap_score” must be a whole number from 0 to 100."));
        else
            r.capScore = int(*cap);
    }
    if (!o.contains("force_band"_L1) && !o.contains("cap_score"_L1))
        problems.add(where, HealthScorecard::tr("give “force_band” or “cap_score”: what the rule does."));
    if (problems.count() != before)
        return std::nullopt;
    return r;
}

} // namespace

bool HealthScorecard::Threshold::matches(double raw) const
{
    if (min && raw < *min)
        return false;
    if (max && raw > *max)
        return false;
    if (equals && raw != *equals)
        return false;
    return true;
}

double HealthScorecard::Measure::map(double raw) const
{
    if (!ranged) {
        for (const Threshold &t : thresholds) {
            if (t.matches(raw))
                return t.score;
        }
        return 0; // unreachable in a valid scorecard: the last threshold matches anything
    }
    if (points.isEmpty())
        return 0;
    if (raw <= points.constFirst().x())
        return points.constFirst().y();
    if (raw >= points.constLast().x())
        return points.constLast().y();
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QPointF &a = points.at(i - 1);
        const QPointF &b = points.at(i);
        if (raw <= b.x())
            return a.y() + (b.y() - a.y()) * (raw - a.x()) / (b.x() - a.x());
    }
    return points.constLast().y();
}

QString HealthScorecard::Measure::displayLabel() const
{
    return localizedLabel(label, labels);
}

QString HealthScorecard::Group::displayLabel() const
{
    return localizedLabel(label, labels);
}

QString HealthScorecard::Rule::displayLabel() const
{
    return localizedLabel(label, labels);
}

bool HealthScorecard::Condition::matches(double raw) const
{
    if (min && raw < *min)
        return false;
    if (max && raw > *max)
        return false;
    if (equals && raw != *equals)
        return false;
    return true;
}

HealthScorecard::Band HealthScorecard::Bands::bandOf(int score) const
{
    if (score >= green)
        return Band::Green;
    if (score >= yellow)
        return Band::Yellow;
    return Band::Red;
}

int HealthScorecard::Bands::lowest(Band band) const
{
    switch (band) {
    case Band::Green:
        return green;
    case Band::Yellow:
        return yellow;
    case Band::Red:
    case Band::None:
        break;
    }
    return 0;
}

int HealthScorecard::Bands::highest(Band band) const
{
    switch (band) {
    case Band::Red:
        return yellow - 1;
    case Band::Yellow:
        return green - 1;
    case Band::Green:
    case Band::None:
        break;
    }
    return 100;
}

HealthScorecard HealthScorecard::fromJson(const QByteArray &json, QStringList *errors)
{
    Problems problems(errors);
    HealthScorecard card;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.add({},
                     tr("The scorecard is not valid JSON: %1 at character %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
        return card;
    }
    if (!doc.isObject()) {
        problems.add({}, tr("The scorecard must be a JSON object."));
        return card;
    }
    const QJsonObject root = doc.object();
    checkKeys(root, { "format"_L1, "version"_L1, "name"_L1, "bands"_L1, "groups"_L1, "rules"_L1 },
              tr("Scorecard"), problems);
    if (root.contains("format"_L1) && root.value("format"_L1).toString() != formatName)
        problems.add({}, tr("This is not a health scorecard (“format” is not “%1”).").arg(formatName));
    if (root.contains("version"_L1)) {
        const int version = root.value("version"_L1).toInt(-1);
        if (version > formatVersion)
            problems.add(
                {},
                tr("The scorecard is version %1, made for a newer Pitwall (this one reads version %2).")
                    .arg(version)
                    .arg(formatVersion));
        else if (version < 1)
            problems.add({}, tr("“version” must be a whole number from 1."));
    }
    card.m_name = root.value("name"_L1).toString();

    if (root.contains("bands"_L1)) {
        const QString where = tr("Bands");
        if (!root.value("bands"_L1).isObject()) {
            problems.add(where, tr("must be an object such as {\"yellow\": 50, \"green\": 75}."));
        } else {
            const QJsonObject b = root.value("bands"_L1).toObject();
            checkKeys(b, { "red"_L1, "yellow"_L1, "green"_L1 }, where, problems);
            const auto red = readNumber(b, "red"_L1, where, problems, false);
            const auto yellow = readNumber(b, "yellow"_L1, where, problems, false);
            const auto green = readNumber(b, "green"_L1, where, problems, false);
            if (red && *red != 0)
                problems.add(where, tr("red always starts at 0."));
            card.m_bands.yellow = int(yellow.value_or(card.m_bands.yellow));
            card.m_bands.green = int(green.value_or(card.m_bands.green));
            if ((yellow && *yellow != std::floor(*yellow)) || (green && *green != std::floor(*green)))
                problems.add(where, tr("the bands must start at whole numbers."));
            if (!(card.m_bands.yellow > 0 && card.m_bands.yellow < card.m_bands.green
                  && card.m_bands.green <= 100))
                problems.add(where,
                             tr("need 0 < yellow < green ≤ 100 (yellow is %1, green %2).")
                                 .arg(card.m_bands.yellow)
                                 .arg(card.m_bands.green));
        }
    }

    const QJsonValue groups = root.value("groups"_L1);
    if (!groups.isArray() || groups.toArray().isEmpty())
        problems.add({}, tr("The scorecard needs “groups”: a non-empty list of groups of measures."));
    QSet<QString> measureIds;
    QSet<QString> groupIds;
    const QJsonArray groupList = groups.toArray();
    for (qsizetype gi = 0; gi < groupList.size(); ++gi) {
        if (!groupList.at(gi).isObject()) {
            problems.add({}, tr("Group %1 must be an object.").arg(gi + 1));
            continue;
        }
        const QJsonObject o = groupList.at(gi).toObject();
        Group g;
        g.id = o.value("id"_L1).toString();
        const QString where = g.id.isEmpty() ? tr("Group %1").arg(gi + 1) : tr("Group “%1”").arg(g.id);
        checkKeys(o, { "id"_L1, "label"_L1, "labels"_L1, "weight"_L1, "measures"_L1 }, where, problems);
        if (!validId(g.id))
            problems.add(
                where, g.id.isEmpty() ? tr("“id” is missing.") : tr("the id may hold only a-z, 0-9 and _."));
        else if (groupIds.contains(g.id))
            problems.add(where, tr("another group has this id."));
        groupIds.insert(g.id);
        g.label = o.value("label"_L1).toString();
        if (g.label.trimmed().isEmpty())
            problems.add(where, tr("“label” is missing."));
        g.labels = readLabels(o, where, problems);
        const std::optional<double> weight = readNumber(o, "weight"_L1, where, problems, true);
        if (weight && !(*weight > 0))
            problems.add(where, tr("“weight” must be more than 0."));
        g.weight = weight.value_or(1);
        const QJsonValue measures = o.value("measures"_L1);
        if (!measures.isArray() || measures.toArray().isEmpty())
            problems.add(where, tr("“measures” must be a non-empty list."));
        const QJsonArray measureList = measures.toArray();
        for (qsizetype mi = 0; mi < measureList.size(); ++mi) {
            std::optional<Measure> m = readMeasure(measureList.at(mi), where, mi, problems);
            if (!m)
                continue;
            if (measureIds.contains(m->id))
                problems.add(where + u", "_s + tr("measure “%1”").arg(m->id),
                             tr("another measure has this id."));
            measureIds.insert(m->id);
            g.measures.append(*m);
        }
        card.m_groups.append(g);
    }

    const QJsonValue rules = root.value("rules"_L1);
    if (!rules.isUndefined() && !rules.isArray())
        problems.add({}, tr("“rules” must be a list."));
    QSet<QString> ruleIds;
    const QJsonArray ruleList = rules.toArray();
    for (qsizetype ri = 0; ri < ruleList.size(); ++ri) {
        std::optional<Rule> r = readRule(ruleList.at(ri), ri, problems);
        if (!r)
            continue;
        if (ruleIds.contains(r->id))
            problems.add(tr("Rule “%1”").arg(r->id), tr("another rule has this id."));
        ruleIds.insert(r->id);
        card.m_rules.append(*r);
    }

    if (problems.count() > 0)
        return HealthScorecard();
    card.m_valid = true;
    return card;
}

HealthScorecard HealthScorecard::fromFile(const QString &path, QStringList *errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (errors)
            errors->append(tr("Cannot read the scorecard %1: %2").arg(path, f.errorString()));
        return HealthScorecard();
    }
    return fromJson(f.readAll(), errors);
}

QString HealthScorecard::builtInPath()
{
    return u":/pitwall/health/default-scorecard.json"_s;
}

HealthScorecard HealthScorecard::builtIn()
{
    static const HealthScorecard card = [] {
        QStringList errors;
        HealthScorecard c = fromFile(builtInPath(), &errors);
        Q_ASSERT_X(c.isValid(), "HealthScorecard::builtIn", qPrintable(errors.join(u'\n')));
        return c;
    }();
    return card;
}

int HealthScorecard::measureCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.measures.size());
    return n;
}

const HealthScorecard::Measure *HealthScorecard::measure(const QString &id) const
{
    for (const Group &g : m_groups) {
        for (const Measure &m : g.measures) {
            if (m.id == id)
                return &m;
        }
    }
    return nullptr;
}

const HealthScorecard::Group *HealthScorecard::group(const QString &id) const
{
    for (const Group &g : m_groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

const HealthScorecard::Rule *HealthScorecard::rule(const QString &id) const
{
    for (const Rule &r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QList<HealthInputKey> HealthScorecard::inputs() const
{
    QList<HealthInputKey> keys;
    const auto add = [&keys](const HealthInputKey &k) {
        if (!keys.contains(k))
            keys.append(k);
    };
    for (const Group &g : m_groups) {
        for (const Measure &m : g.measures)
            add(m.input);
    }
    for (const Rule &r : m_rules)
        add(r.when.input);
    return keys;
}

int HealthScorecard::usageWindowDays(bool *anyUnbounded) const
{
    int longest = 0;
    bool unbounded = false;
    const auto consider = [&](const HealthInputKey &key, int window) {
        if (!key.isUsage())
            return;
        if (window == 0)
            unbounded = true;
        longest = std::max(longest, window);
    };
    for (const Group &g : m_groups) {
        for (const Measure &m : g.measures)
            consider(m.input, m.windowDays);
    }
    for (const Rule &r : m_rules)
        consider(r.when.input, r.windowDays);
    if (anyUnbounded)
        *anyUnbounded = unbounded;
    return longest;
}

QString HealthScorecard::bandKeyword(Band band)
{
    switch (band) {
    case Band::Red:
        return u"red"_s;
    case Band::Yellow:
        return u"yellow"_s;
    case Band::Green:
        return u"green"_s;
    case Band::None:
        break;
    }
    return u"none"_s;
}

std::optional<HealthScorecard::Band> HealthScorecard::bandFromKeyword(const QString &keyword)
{
    const QString k = keyword.trimmed().toLower();
    if (k == "red"_L1)
        return Band::Red;
    if (k == "yellow"_L1)
        return Band::Yellow;
    if (k == "green"_L1)
        return Band::Green;
    if (k == "none"_L1)
        return Band::None;
    return std::nullopt;
}

QString HealthScorecard::bandLabel(Band band)
{
    switch (band) {
    case Band::Red:
        return tr("Red");
    case Band::Yellow:
        return tr("Yellow");
    case Band::Green:
        return tr("Green");
    case Band::None:
        break;
    }
    return tr("Not scored");
}

QString HealthScorecard::localizedLabel(const QString &english, const QHash<QString, QString> &labels)
{
    if (!labels.isEmpty()) {
        const QLocale locale;
        const QString name = locale.name(); // "zh_CN"
        if (const auto it = labels.constFind(name); it != labels.constEnd() && !it->isEmpty())
            return *it;
        const QString language = name.section(u'_', 0, 0); // "zh"
        if (const auto it = labels.constFind(language); it != labels.constEnd() && !it->isEmpty())
            return *it;
    }
    return QCoreApplication::translate("HealthScorecard", english.toUtf8().constData());
}
