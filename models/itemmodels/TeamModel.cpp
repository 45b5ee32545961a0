#include "TeamModel.h"

#include "account/CrmFormat.h"
#include "home/HomeFormat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Figures = TeamSummary::Figures;

bool isNumeric(int column)
{
    return column != TeamModel::Csm && column != TeamModel::Team && column != TeamModel::Health;
}

qint64 countOf(const Figures &f, int column)
{
    switch (column) {
    case TeamModel::Accounts:
        return f.accounts;
    case TeamModel::Red:
        return f.red;
    case TeamModel::Yellow:
        return f.yellow;
    case TeamModel::Green:
        return f.green;
    case TeamModel::Renewals:
        return f.renewals;
    case TeamModel::NotTouched:
        return f.notTouched;
    case TeamModel::OverdueTasks:
        return f.overdueTasks;
    default:
        return 0;
    }
}

// The money a column adds up, per currency.
double Figures::*amountOf(int column)
{
    switch (column) {
    case TeamModel::Arr:
        return &Figures::arr;
    case TeamModel::ArrAtRisk:
        return &Figures::arrAtRisk;
    case TeamModel::RenewalArr:
        return &Figures::renewalArr;
    default:
        return nullptr;
    }
}

// Whether a cell's figure lists any account (or, for the playbooks, any step).
bool hasAccounts(const TeamSummary::Row &row, int column)
{
    if (column == TeamModel::PlaybookCompletion)
        return row.playbooks.open > 0;
    if (column == TeamModel::PlaybookOverdue)
        return row.playbooks.overdueSteps > 0;
    if (!TeamModel::figureOf(column))
        return false;
    switch (column) {
    case TeamModel::Arr:
    case TeamModel::ArrAtRisk:
        return row.figures.accounts > 0;
    case TeamModel::RenewalArr:
        return row.figures.renewals > 0;
    default:
        return countOf(row.figures, column) > 0;
    }
}

// Red counts twice as much as yellow: 0 for an all-green (or unscored) book, 2 for all red.
double healthRisk(const Figures &f)
{
    const qint64 scored = f.red + f.yellow + f.green;
    return scored > 0 ? double(2 * f.red + f.yellow) / double(scored) : -1.0;
}

} // namespace

TeamModel::TeamModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TeamModel::setSummary(const TeamSummary &summary)
{
    beginResetModel();
    m_summary = summary;
    m_order.clear();
    for (int i = 0; i < m_summary.rows.size(); ++i)
        m_order << i;
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    // The rows, then the total (none while the summary has no rows).
    if (parent.isValid() || m_order.isEmpty())
        return 0;
    return int(m_order.size()) + 1;
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TeamSummary::Row &TeamModel::rowAt(int row) const
{
    if (row >= 0 && row < m_order.size())
        return m_summary.rows.at(m_order.at(row));
    return m_summary.total;
}

int TeamModel::rowOfOwner(const QString &ownerId) const
{
    for (int row = 0; row < m_order.size(); ++row) {
        const TeamSummary::Row &r = m_summary.rows.at(m_order.at(row));
        if (r.kind == TeamSummary::Row::Kind::Csm && r.ownerId == ownerId)
            return row;
    }
    return -1;
}

std::optional<TeamSummary::Figure> TeamModel::figureOf(int column)
{
    using F = TeamSummary::Figure;
    switch (column) {
    case Accounts:
        return F::Accounts;
    case Arr:
        return F::Arr;
    case Red:
        return F::Red;
    case Yellow:
        return F::Yellow;
    case Green:
        return F::Green;
    case ArrAtRisk:
        return F::ArrAtRisk;
    case Renewals:
        return F::Renewals;
    case RenewalArr:
        return F::RenewalArr;
    case NotTouched:
        return F::NotTouched;
    case OverdueTasks:
        return F::OverdueTasks;
    default:
        return std::nullopt;
    }
}

AccountFilter TeamModel::filterFor(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return TeamSummary::filterFor(rowAt(index.row()),
                                  figureOf(index.column()).value_or(TeamSummary::Figure::Accounts));
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamSummary::Row &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column, true);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::AccessibleTextRole:
        if (column == Health)
            return toolTip(row, column);
        return displayText(row, column, false);
    case Qt::TextAlignmentRole:
        if (column == Health)
            return int(Qt::AlignCenter);
        return int((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case RawRole:
        return rawValue(row, column);
    case OwnerIdRole:
        return row.kind == TeamSummary::Row::Kind::Csm ? row.ownerId : QString();
    case IsTotalRole:
        return row.isTotal();
    case HealthMixRole:
        if (column != Health)
            return {};
        return QVariantList { row.figures.red, row.figures.yellow, row.figures.green, row.figures.notScored };
    case FigureRole: {
        const std::optional<TeamSummary::Figure> figure = figureOf(column);
        return figure ? int(*figure) : -1;
    }
    case HasAccountsRole:
        return hasAccounts(row, column);
    default:
        return {};
    }
}

QString TeamModel::moneyText(const TeamSummary::Row &row, double TeamSummary::Figures::*amount,
                             const QString &separator) const
{
    // The main currency, then at most one other, then "+ n more"; zero amounts left out.
    QStringList amounts;
    int more = 0;
    for (const TeamSummary::Slice &slice : row.byCurrency) {
        if (slice.figures.*amount == 0)
            continue;
        if (amounts.size() < 2)
            amounts << HomeFormat::compactMoney(slice.figures.*amount, slice.currency);
        else
            ++more;
    }
    if (amounts.isEmpty())
        return HomeFormat::compactMoney(0, m_summary.mainCurrency);
    QString text = amounts.join(separator);
    if (more > 0)
        text = tr("%1 + %n more", nullptr, more).arg(text);
    return text;
}

QString TeamModel::displayText(const TeamSummary::Row &row, int column, bool multiLine) const
{
    // Two currencies take two lines in the table, a " + " elsewhere.
    const QString separator = multiLine ? u"\n"_s : u" + "_s;
    const Figures &f = row.figures;
    switch (column) {
    case Csm:
        return TeamSummary::rowLabel(row);
    case Team:
        if (row.isTotal())
            return tr("%Ln CSM(s)", nullptr, int(m_order.size()));
        return row.team;
    case Health:
        return {}; // a stacked bar (HealthMixRole)
    case PlaybookCompletion: {
        const std::optional<double> rate = row.playbooks.completionRate();
        return rate ? tr("%1%", "a percentage").arg(qRound(100 * *rate)) : u"—"_s;
    }
    case PlaybookOverdue:
        return HomeFormat::count(row.playbooks.overdueSteps);
    case Arr:
        return f.accounts > 0 && f.arr == 0 && !row.hasOtherCurrencies()
            ? u"—"_s
            : moneyText(row, &Figures::arr, separator);
    case ArrAtRisk:
        if (f.churnUnscored >= f.accounts)
            return u"—"_s; // no account has a churn probability
        if (f.churnUnscored > 0)
            return tr("%1 (%n unscored)", nullptr, int(f.churnUnscored))
                .arg(moneyText(row, &Figures::arrAtRisk, separator));
        return moneyText(row, &Figures::arrAtRisk, separator);
    case RenewalArr:
        return f.renewals == 0 ? u"—"_s : moneyText(row, &Figures::renewalArr, separator);
    default:
        return HomeFormat::count(countOf(f, column));
    }
}

QString TeamModel::toolTip(const TeamSummary::Row &row, int column) const
{
    const Figures &f = row.figures;
    const QString who = TeamSummary::rowLabel(row);
    QStringList lines;
    const auto perCurrency = [&](double Figures::*amount, const char *context) {
        for (const TeamSummary::Slice &slice : row.byCurrency)
            lines << tr(context, nullptr, int(slice.figures.accounts))
                         .arg(CrmFormat::money(slice.figures.*amount, slice.currency));
        if (row.byCurrency.size() > 1)
            lines << tr("ARR is added up per currency; Pitwall does not convert currencies.");
    };
    switch (column) {
    case Csm:
        if (row.kind == TeamSummary::Row::Kind::Csm) {
            lines << who;
            if (!row.team.isEmpty())
                lines << row.team;
            lines << tr("CRM user ID: %1").arg(row.ownerId);
        } else if (row.kind == TeamSummary::Row::Kind::NoOwner) {
            lines << tr("Accounts without an owner in the CRM");
        }
        lines << tr("Double-click or press Enter to list these accounts");
        break;
    case Team:
        return row.isTotal() ? QString() : row.team;
    case Health: {
        const qint64 n = qMax<qint64>(1, f.accounts);
        const auto share = [n](qint64 part) {
            return qRound(100.0 * double(part) / double(n));
        };
        lines << tr("Red: %1 (%2%)").arg(HomeFormat::count(f.red)).arg(share(f.red))
              << tr("Yellow: %1 (%2%)").arg(HomeFormat::count(f.yellow)).arg(share(f.yellow))
              << tr("Green: %1 (%2%)").arg(HomeFormat::count(f.green)).arg(share(f.green));
        if (f.notScored > 0)
            lines << tr("Not scored: %1 (%2%)").arg(HomeFormat::count(f.notScored)).arg(share(f.notScored));
        break;
    }
    case Arr:
        perCurrency(&Figures::arr, QT_TR_N_NOOP("%1 ARR in %n account(s)"));
        break;
    case ArrAtRisk:
        perCurrency(&Figures::arrAtRisk, QT_TR_N_NOOP("%1 at risk in %n account(s)"));
        lines << tr("ARR at risk = ARR × the churn model's probability.");
        if (f.churnUnscored >= f.accounts)
            lines << tr("No account here has a churn probability yet: the churn model has not scored them.");
        else if (f.churnUnscored > 0)
            lines << tr("%Ln account(s) without a churn probability count 0.", nullptr, int(f.churnUnscored));
        break;
    case RenewalArr:
        for (const TeamSummary::Slice &slice : row.byCurrency) {
            if (slice.figures.renewals > 0)
                lines << tr("%1 renewing in %n account(s)", nullptr, int(slice.figures.renewals))
                             .arg(CrmFormat::money(slice.figures.renewalArr, slice.currency));
        }
        break;
    case PlaybookCompletion: {
        const TeamSummary::Playbooks &p = row.playbooks;
        if (p.stepsDue > 0)
            lines << tr("%1 of %Ln playbook step(s) due so far done or skipped", nullptr, int(p.stepsDue))
                         .arg(HomeFormat::count(p.stepsResolved));
        else
            lines << tr("No playbook step due yet");
        lines << tr("%Ln open playbook(s), %1 completed", nullptr, int(p.open))
                     .arg(HomeFormat::count(p.completed));
        if (p.open > 0)
            lines << tr("Click to list the open playbook steps");
        return lines.join(u'\n');
    }
    case PlaybookOverdue:
        if (row.playbooks.overdueSteps > 0)
            return tr("%Ln open playbook step(s) past their due date", nullptr,
                      int(row.playbooks.overdueSteps))
                + u'\n' + tr("Click to list them");
        return tr("No playbook step overdue");
    case Red:
    case Yellow:
    case Green:
    case Accounts:
    case Renewals:
    case NotTouched:
    case OverdueTasks:
        break;
    default:
        return {};
    }
    if (hasAccounts(row, column))
        lines << (column == OverdueTasks ? tr("Click to list the accounts with these tasks")
                                         : tr("Click to list these accounts"));
    return lines.join(u'\n');
}

QVariant TeamModel::rawValue(const TeamSummary::Row &row, int column) const
{
    switch (column) {
    case Csm:
        return TeamSummary::rowLabel(row);
    case Team:
        return row.team;
    case Health:
        return healthRisk(row.figures);
    case PlaybookCompletion:
        return row.playbooks.completionRate().value_or(-1.0);
    case PlaybookOverdue:
        return row.playbooks.overdueSteps;
    default:
        if (double Figures::*amount = amountOf(column))
            return row.figures.*amount;
        return countOf(row.figures, column);
    }
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::TextAlignmentRole:
        if (section == Health)
            return int(Qt::AlignCenter);
        return int((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (section) {
        case Accounts:
            return tr("Live accounts: not archived, not churned");
        case Health:
        case Red:
        case Yellow:
        case Green:
            return tr("Health band shown now: an override's where one holds, else the computed one");
        case ArrAtRisk:
            return tr("ARR × churn probability, added up; accounts without a churn score count 0");
        case Renewals:
        case RenewalArr:
            return tr("Renewal date from today up to %n day(s) ahead", nullptr, TeamSummary::renewalDays);
        case NotTouched:
            return tr("No CRM activity and no note in the last %n day(s)", nullptr,
                      TeamSummary::notTouchedDays);
        case OverdueTasks:
            return tr("Open tasks due before today on these accounts");
        case PlaybookCompletion:
            return tr("Playbook steps due so far that were done or skipped");
        case PlaybookOverdue:
            return tr("Open playbook steps past their due date");
        default:
            return {};
        }
    default:
        return {};
    }
}

QString TeamModel::columnTitle(int column)
{
    switch (column) {
    case Csm:
        return tr("CSM");
    case Team:
        return tr("Team");
    case Accounts:
        return tr("Accounts");
    case Arr:
        return tr("ARR");
    case Health:
        return tr("Health");
    case Red:
        return tr("Red");
    case Yellow:
        return tr("Yellow");
    case Green:
        return tr("Green");
    case ArrAtRisk:
        return tr("ARR\nat risk");
    case Renewals:
        return tr("Renewals\n%n day(s)", nullptr, TeamSummary::renewalDays);
    case RenewalArr:
        return tr("Renewal ARR\n%n day(s)", nullptr, TeamSummary::renewalDays);
    case NotTouched:
        return tr("Untouched\n%n day(s)", nullptr, TeamSummary::notTouchedDays);
    case OverdueTasks:
        return tr("Overdue\ntasks");
    case PlaybookCompletion:
        return tr("Playbook\ncompletion");
    case PlaybookOverdue:
        return tr("Overdue\nsteps");
    default:
        return {};
    }
}

void TeamModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> oldSummaryRow;
    for (const QModelIndex &index : before)
        oldSummaryRow << (index.row() < m_order.size() ? m_order.at(index.row()) : -1);

    const auto keyOf = [this, column](int i) {
        return rawValue(m_summary.rows.at(i), column);
    };
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const QVariant ka = keyOf(a);
        const QVariant kb = keyOf(b);
        int cmp = 0;
        if (column == Csm || column == Team) {
            cmp = ka.toString().localeAwareCompare(kb.toString());
        } else {
            const double da = ka.toDouble();
            const double db = kb.toDouble();
            cmp = da < db ? -1 : da > db ? 1 : 0;
        }
        if (cmp == 0) // ties by name, always ascending
            return TeamSummary::rowLabel(m_summary.rows.at(a))
                       .localeAwareCompare(TeamSummary::rowLabel(m_summary.rows.at(b)))
                < 0;
        return order == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
    });

    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k) {
        const QModelIndex &old = before.at(k);
        const int summaryRow = oldSummaryRow.at(k);
        const int row = summaryRow < 0 ? int(m_order.size()) : int(m_order.indexOf(summaryRow));
        after << index(row, old.column());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
