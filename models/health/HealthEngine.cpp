#include "HealthEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Band = HealthScorecard::Band;
using Status = HealthContribution::Status;

bool fresh(const HealthValue &v, int windowDays, qint64 asOfDay)
{
    return windowDays <= 0 || asOfDay - v.observedDay <= windowDays;
}

// A number for JSON, rounded half away from zero to `decimals` (0-4), without trailing
// zeros. Integer arithmetic: a recompute formats millions of these.
void appendNumber(QByteArray &out, double v, int decimals)
{
    static constexpr qint64 scales[] = { 1, 10, 100, 1000, 10000 };
    decimals = std::clamp(decimals, 0, 4);
    const qint64 scale = scales[decimals];
    if (!std::isfinite(v) || std::abs(v) > 1e13) {
        out += std::isfinite(v) ? QByteArray::number(v, 'g', 15) : QByteArray("null");
        return;
    }
    qint64 n = std::llround(v * double(scale));
    if (n < 0) {
        out += '-';
        n = -n;
    }
    qint64 whole = n / scale;
    qint64 fraction = n % scale;
    char digits[24];
    int len = 0;
    do {
        digits[len++] = char('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    while (len > 0)
        out += digits[--len];
    if (fraction == 0)
        return;
    int places = decimals;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --places;
    }
    out += '.';
    for (int p = places - 1; p >= 0; --p) {
        qint64 divisor = 1;
        for (int k = 0; k < p; ++k)
            divisor *= 10;
        out += char('0' + (fraction / divisor) % 10);
    }
}

// "YYYY-MM-DD" without QDate::toString's formatting machinery (it shows in a 100k recompute).
void appendIsoDate(QByteArray &out, qint64 day)
{
    int y = 0, m = 0, d = 0;
    HealthInputs::dateOfDay(day).getDate(&y, &m, &d);
    if (y < 0 || y > 9999) {
        out += "null";
        return;
    }
    const char text[] = { '"',
                          char('0' + y / 1000),
                          char('0' + y / 100 % 10),
                          char('0' + y / 10 % 10),
                          char('0' + y % 10),
                          '-',
                          char('0' + m / 10),
                          char('0' + m % 10),
                          '-',
                          char('0' + d / 10),
                          char('0' + d % 10),
                          '"' };
    out.append(text, sizeof text);
}

void appendLatin1(QByteArray &out, const QString &text)
{
    for (const QChar c : text)
        out += char(c.unicode() < 0x80 ? c.unicode() : '?');
}

} // namespace

QString HealthContribution::statusKeyword(Status status)
{
    switch (status) {
    case Status::Scored:
        return u"scored"_s;
    case Status::Stale:
        return u"stale"_s;
    case Status::Missing:
        break;
    }
    return u"missing"_s;
}

const HealthContribution *HealthResult::contribution(const QString &measureId) const
{
    for (const HealthContribution &c : contributions) {
        if (c.measureId == measureId)
            return &c;
    }
    return nullptr;
}

HealthResult HealthEngine::score(const HealthInputs &inputs, const HealthScorecard &card, qint64 asOfDay)
{
    HealthResult result;
    if (!card.isValid())
        return result;
    const QList<HealthScorecard::Group> &groups = card.groups();
    result.contributions.reserve(card.measureCount());

    // Measures with fresh data, and the weight left in each group.
    QVarLengthArray<double, 8> availableWeight(groups.size());
    double totalGroupWeight = 0;
    double availableGroupWeight = 0;
    for (qsizetype gi = 0; gi < groups.size(); ++gi) {
        const HealthScorecard::Group &g = groups.at(gi);
        totalGroupWeight += g.weight;
        double measureWeight = 0;
        for (const HealthScorecard::Measure &m : g.measures)
            measureWeight += m.weight;
        availableWeight[gi] = 0;
        for (const HealthScorecard::Measure &m : g.measures) {
            HealthContribution c;
            c.measureId = m.id;
            c.groupId = g.id;
            c.nominalShare = 0; // set below, once the total is known
            const HealthValue v = inputs.value(m.input);
            if (v.present) {
                c.raw = v.value;
                c.observedDay = v.observedDay;
                if (fresh(v, m.windowDays, asOfDay)) {
                    c.status = Status::Scored;
                    c.score = m.map(v.value);
                    availableWeight[gi] += m.weight;
                } else {
                    c.status = Status::Stale;
                }
            }
            c.nominalShare = g.weight * (m.weight / measureWeight); // scaled by the total below
            result.contributions.append(c);
        }
        if (availableWeight[gi] > 0)
            availableGroupWeight += g.weight;
    }

    // Shares: the group's share of the groups with data, the measure's of its group's.
    qsizetype i = 0;
    double nominalCovered = 0;
    double exact = 0;
    for (qsizetype gi = 0; gi < groups.size(); ++gi) {
        const HealthScorecard::Group &g = groups.at(gi);
        for (const HealthScorecard::Measure &m : g.measures) {
            HealthContribution &c = result.contributions[i++];
            c.nominalShare /= totalGroupWeight;
            if (c.status != Status::Scored)
                continue;
            nominalCovered += c.nominalShare;
            c.share = (g.weight / availableGroupWeight) * (m.weight / availableWeight[gi]);
            c.points = c.share * c.score;
            c.drag = c.share * (100.0 - c.score);
            exact += c.points;
        }
    }
    result.coverage = nominalCovered;

    // The measure costing the most points (the first one on a tie).
    double worst = 0;
    for (const HealthContribution &c : std::as_const(result.contributions)) {
        if (c.status == Status::Scored && c.drag > worst + 1e-9) {
            worst = c.drag;
            result.topDrag = c.measureId;
        }
    }

    // Rules whose condition holds on present (and fresh enough) data.
    const HealthScorecard::Rule *capRule = nullptr;
    const HealthScorecard::Rule *forceRule = nullptr;
    for (const HealthScorecard::Rule &r : card.rules()) {
        const HealthValue v = inputs.value(r.when.input);
        if (!v.present || !fresh(v, r.windowDays, asOfDay) || !r.when.matches(v.value))
            continue;
        result.firedRules.append(r.id);
        if (r.capScore && (!capRule || *r.capScore < *capRule->capScore))
            capRule = &r;
        if (r.forceBand != Band::None && (!forceRule || int(r.forceBand) < int(forceRule->forceBand)))
            forceRule = &r;
    }

    if (availableGroupWeight <= 0)
        return result; // nothing to score

    result.scored = true;
    result.exactScore = exact;
    // Half up; the epsilon keeps 74.5 computed as 74.4999999 from rounding down.
    result.computedScore = std::clamp(int(std::floor(exact + 0.5 + 1e-9)), 0, 100);
    const HealthScorecard::Bands &bands = card.bands();
    int score = result.computedScore;
    if (capRule && *capRule->capScore < score) {
        score = *capRule->capScore;
        result.rule = capRule->id;
    }
    if (forceRule) {
        const int lo = bands.lowest(forceRule->forceBand);
        const int hi = bands.highest(forceRule->forceBand);
        if (score > hi || score < lo) {
            score = std::clamp(score, lo, hi);
            result.rule = forceRule->id;
        }
    }
    result.score = score;
    result.band = bands.bandOf(score);
    return result;
}

QByteArray HealthEngine::contributionsJson(const HealthResult &result)
{
    QByteArray out;
    out.reserve(int(result.contributions.size()) * 64);
    out += '[';
    for (const HealthContribution &c : result.contributions) {
        if (out.size() > 1)
            out += ',';
        out += "[\"";
        appendLatin1(out, c.measureId); // ids are [a-z0-9_]
        out += c.status == Status::Scored ? "\",\"scored\""
            : c.status == Status::Stale   ? "\",\"stale\""
                                          : "\",\"missing\"";
        if (c.hasRaw()) {
            out += ',';
            appendNumber(out, c.raw, 4);
            out += ',';
            if (c.observedDay != HealthValue::noDay)
                appendIsoDate(out, c.observedDay);
            else
                out += "null";
        }
        if (c.status == Status::Scored) {
            out += ',';
            appendNumber(out, c.score, 2);
            out += ',';
            appendNumber(out, 100.0 * c.share, 2);
            out += ',';
            appendNumber(out, c.points, 2);
        }
        out += ']';
    }
    out += ']';
    return out;
}

QList<HealthContribution> HealthEngine::parseContributions(const QByteArray &json, bool *ok)
{
    QList<HealthContribution> result;
    if (ok)
        *ok = false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return result;
    const QJsonArray list = doc.array();
    for (const QJsonValue &v : list) {
        const QJsonArray e = v.toArray();
        if (e.size() < 2 || !e.at(0).isString() || !e.at(1).isString())
            return {};
        HealthContribution c;
        c.measureId = e.at(0).toString();
        const QString status = e.at(1).toString();
        c.status = status == "scored"_L1 ? Status::Scored
            : status == "stale"_L1       ? Status::Stale
                                         : Status::Missing;
        if (c.status != Status::Missing) {
            c.raw = e.at(2).toDouble();
            const QDate observed = QDate::fromString(e.at(3).toString(), Qt::ISODate);
            if (observed.isValid())
                c.observedDay = HealthInputs::dayNumber(observed);
        }
        if (c.status == Status::Scored) {
            c.score = e.at(4).toDouble();
            c.share = e.at(5).toDouble() / 100.0;
            c.points = e.at(6).toDouble();
            c.drag = c.share * (100.0 - c.score);
        }
        result.append(c);
    }
    if (ok)
        *ok = true;
    return result;
}

QJsonArray HealthEngine::contributionsToJson(const QList<HealthContribution> &contributions,
                                             const HealthScorecard &card)
{
    QJsonArray array;
    for (const HealthContribution &c : contributions) {
        QJsonObject o { { "measure"_L1, c.measureId } };
        QString group = c.groupId;
        for (const HealthScorecard::Group &g : card.groups()) {
            for (const HealthScorecard::Measure &m : g.measures) {
                if (m.id == c.measureId) {
                    group = g.id;
                    o.insert("label"_L1, m.displayLabel());
                }
            }
        }
        if (!group.isEmpty())
            o.insert("group"_L1, group);
        o.insert("status"_L1, HealthContribution::statusKeyword(c.status));
        if (c.hasRaw()) {
            o.insert("raw"_L1, c.raw);
            if (c.observedDay != HealthValue::noDay)
                o.insert("observed"_L1, HealthInputs::dateOfDay(c.observedDay).toString(Qt::ISODate));
        }
        if (c.status == Status::Scored) {
            o.insert("score"_L1, std::round(c.score * 100) / 100);
            o.insert("weight"_L1, std::round(c.share * 10000) / 100);
            o.insert("points"_L1, std::round(c.points * 100) / 100);
        }
        array.append(o);
    }
    return array;
}
