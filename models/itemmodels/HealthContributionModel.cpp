#include "HealthContributionModel.h"

#include "account/CrmFormat.h"
#include "health/HealthInputs.h"
#include "work/LocalWork.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Status = HealthContribution::Status;

// "27.5": one decimal, and none when it is a whole number.
QString decimal(double value, int decimals = 1)
{
    const QLocale locale = CrmFormat::displayLocale();
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    if (std::abs(rounded - std::round(rounded)) < 1e-9)
        return locale.toString(qint64(std::llround(rounded)));
    return locale.toString(rounded, 'f', decimals);
}

QString percent(double fraction)
{
    return HealthContributionModel::tr("%1%").arg(decimal(100.0 * fraction));
}

} // namespace

HealthContributionModel::HealthContributionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HealthContributionModel::setContributions(const QList<HealthContribution> &contributions,
                                               const HealthScorecard &card, const QString &topDrag)
{
    beginResetModel();
    m_rows.clear();
    m_topDrag = topDrag;
    double totalGroupWeight = 0;
    for (const HealthScorecard::Group &g : card.groups())
        totalGroupWeight += g.weight;
    m_rows.reserve(contributions.size());
    for (const HealthContribution &c : contributions) {
        Row row;
        row.contribution = c;
        row.label = c.measureId;
        row.groupLabel = c.groupId;
        // The scorecard gives the words, the unit, the window and the configured weight.
        for (const HealthScorecard::Group &g : card.groups()) {
            double measureWeight = 0;
            for (const HealthScorecard::Measure &m : g.measures)
                measureWeight += m.weight;
            for (const HealthScorecard::Measure &m : g.measures) {
                if (m.id != c.measureId)
                    continue;
                row.known = true;
                row.label = m.displayLabel();
                row.groupLabel = g.displayLabel();
                row.contribution.groupId = g.id;
                row.input = m.input;
                row.windowDays = m.windowDays;
                if (totalGroupWeight > 0 && measureWeight > 0)
                    row.nominalShare = (g.weight / totalGroupWeight) * (m.weight / measureWeight);
                row.contribution.nominalShare = row.nominalShare;
            }
        }
        m_rows.append(row);
    }
    endResetModel();
}

void HealthContributionModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_topDrag.clear();
    endResetModel();
}

int HealthContributionModel::rowOf(const QString &measureId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).contribution.measureId == measureId)
            return int(i);
    }
    return -1;
}

const HealthContribution *HealthContributionModel::contribution(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).contribution : nullptr;
}

int HealthContributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthContributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HealthContributionModel::formatValue(const HealthInputKey &input, double raw)
{
    const QLocale locale = CrmFormat::displayLocale();
    switch (input.kind) {
    case HealthInput::LicenceUtilisation:
    case HealthInput::ActiveUsersPerLicence:
        return percent(raw);
    case HealthInput::UsageTrend: {
        const QString magnitude = tr("%1%").arg(decimal(std::abs(raw)));
        if (std::abs(raw) < 0.05)
            return magnitude;
        //: A change in %, e.g. "+12%" or "−8%"
        return raw > 0 ? tr("+%1").arg(magnitude) : tr("−%1").arg(magnitude);
    }
    case HealthInput::OpenCases:
    case HealthInput::HighPriorityCases:
    case HealthInput::CasesLast90Days:
        return tr("%n case(s)", nullptr, int(std::lround(raw)));
    case HealthInput::NpsAverage:
    case HealthInput::NpsLatest:
        //: An NPS answer on its 0-10 scale, e.g. "7.5 of 10"
        return tr("%1 of 10").arg(decimal(raw));
    case HealthInput::DaysSinceActivity:
        return tr("%n day(s)", nullptr, int(std::lround(raw)));
    case HealthInput::CsmSentiment: {
        const LocalWork::Sentiment level
            = LocalWork::sentimentFromKeyword(HealthInputKey::sentimentKeyword(raw));
        const QString label = LocalWork::sentimentLabel(level);
        return label.isEmpty() ? decimal(raw) : label;
    }
    case HealthInput::DaysToRenewal:
        return CrmFormat::relativeDays(std::llround(raw));
    case HealthInput::UsageMetric:
        break;
    }
    return decimal(raw, std::abs(raw) >= 100 ? 0 : 2);
}

QDate HealthContributionModel::staleSince(const Row &row) const
{
    const HealthContribution &c = row.contribution;
    if (c.status != Status::Stale || c.observedDay == HealthValue::noDay)
        return {};
    return HealthInputs::dateOfDay(c.observedDay).addDays(row.windowDays + 1);
}

QString HealthContributionModel::valueText(const Row &row) const
{
    const HealthContribution &c = row.contribution;
    switch (c.status) {
    case Status::Missing:
        return tr("No data");
    case Status::Stale: {
        // It counts for nothing: when it went stale says more than the old value, which
        // the tooltip keeps.
        const QDate since = staleSince(row);
        return since.isValid() ? tr("Stale since %1").arg(CrmFormat::date(since)) : tr("Stale");
    }
    case Status::Scored:
        break;
    }
    return row.known ? formatValue(row.input, c.raw) : decimal(c.raw, 2);
}

QString HealthContributionModel::toolTip(const Row &row) const
{
    const HealthContribution &c = row.contribution;
    QStringList lines;
    switch (c.status) {
    case Status::Missing:
        lines << tr("No data for this measure: its weight is spread over the measures that have data.");
        break;
    case Status::Stale: {
        const QDate observed
            = c.observedDay == HealthValue::noDay ? QDate() : HealthInputs::dateOfDay(c.observedDay);
        const QString value = row.known ? formatValue(row.input, c.raw) : decimal(c.raw, 2);
        lines << tr("The latest value, %1 from %2, is older than the measure's %n-day window: it counts as "
                    "missing and its weight is spread over the others.",
                    nullptr, row.windowDays)
                     .arg(value, CrmFormat::date(observed));
        break;
    }
    case Status::Scored:
        if (c.observedDay != HealthValue::noDay)
            lines << tr("Data from %1.").arg(CrmFormat::date(HealthInputs::dateOfDay(c.observedDay)));
        lines << tr("%1 points of 100 × weight %2 = %3 of the score.")
                     .arg(decimal(c.score), percent(c.share), decimal(c.points));
        if (row.nominalShare > 0 && std::abs(row.nominalShare - c.share) > 0.0005)
            lines << tr("Configured weight %1; %2 once the weight of measures without data is spread.")
                         .arg(percent(row.nominalShare), percent(c.share));
        if (c.measureId == m_topDrag)
            lines << tr("Dragging the score down most: it costs %1 points.").arg(decimal(c.drag));
        break;
    }
    return lines.join(u'\n');
}

QVariant HealthContributionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const HealthContribution &c = row.contribution;
    const bool scored = c.status == Status::Scored;
    const QString noValue = u"—"_s;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Measure:
            return row.label;
        case Group:
            return row.groupLabel;
        case Value:
            return valueText(row);
        case Points:
            return scored ? decimal(c.score, 0) : noValue;
        case Weight:
            return scored ? percent(c.share) : noValue;
        case Contribution:
            return scored ? decimal(c.points) : noValue;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::TextAlignmentRole:
        return index.column() >= Points ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case RawRole:
        switch (index.column()) {
        case Measure:
            return row.label;
        case Group:
            return row.groupLabel;
        case Value:
            return c.hasRaw() ? QVariant(c.raw) : QVariant();
        // A measure without data adds nothing; its points sort below any score.
        case Points:
            return scored ? c.score : -1.0;
        case Weight:
            return scored ? c.share : 0.0;
        case Contribution:
            return scored ? c.points : 0.0;
        }
        return {};
    case MeasureIdRole:
        return c.measureId;
    case StatusRole:
        return int(c.status);
    case TopDragRole:
        return !m_topDrag.isEmpty() && c.measureId == m_topDrag;
    case ObservedRole:
        return c.observedDay == HealthValue::noDay ? QVariant()
                                                   : QVariant(HealthInputs::dateOfDay(c.observedDay));
    case StaleSinceRole: {
        const QDate since = staleSince(row);
        return since.isValid() ? QVariant(since) : QVariant();
    }
    case ScoreRole:
        return scored ? QVariant(c.score) : QVariant();
    case ShareRole:
        return scored ? QVariant(c.share) : QVariant();
    case PointsRole:
        return scored ? QVariant(c.points) : QVariant();
    case NominalShareRole:
        return row.nominalShare;
    default:
        return {};
    }
}

QVariant HealthContributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section >= Points ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Value:
            return tr("The measure's input as last observed");
        case Points:
            return tr("What the value scores on the measure's own scale, 0 to 100");
        case Weight:
            return tr("The measure's share of the score, once the weight of measures without data is "
                      "spread over the others");
        case Contribution:
            return tr("Points × weight: what the measure adds to the score");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Measure:
        return tr("Measure");
    case Group:
        return tr("Group");
    case Value:
        return tr("Value");
    case Points:
        return tr("Points");
    case Weight:
        return tr("Weight");
    case Contribution:
        return tr("Contribution");
    }
    return {};
}
