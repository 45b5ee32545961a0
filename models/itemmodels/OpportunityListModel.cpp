#include "OpportunityListModel.h"

#include "account/CrmFormat.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

QString OpportunityListModel::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Won:
        return tr("Won");
    case Outcome::Lost:
        return tr("Lost");
    case Outcome::Open:
        break;
    }
    return tr("Open");
}

void OpportunityListModel::loadRows()
{
    m_currency.clear();
    m_rows.clear();
    if (accountId().isEmpty())
        return;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT currency FROM accounts WHERE id = ?"_s);
    q.addBindValue(accountId());
    if (q.exec() && q.next())
        m_currency = q.value(0).toString();
    if (!execForAccount(q,
                        u"SELECT id, name, type, stage, amount, close_date, is_closed, is_won"
                        " FROM opportunities WHERE account_id = ? AND archived = 0"_s))
        return;
    while (q.next()) {
        Row row;
        row.id = q.value(0).toString();
        row.name = q.value(1).toString();
        row.type = q.value(2).toString();
        row.stage = q.value(3).toString();
        if (!q.isNull(4))
            row.amount = q.value(4).toDouble();
        row.closeDate = CrmFormat::parseDate(q.value(5).toString());
        const bool closed = q.value(6).toInt() != 0;
        const bool won = q.value(7).toInt() != 0;
        row.outcome = won ? Outcome::Won : closed ? Outcome::Lost : Outcome::Open;
        m_rows.append(row);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        const bool aOpen = a.outcome == Outcome::Open;
        const bool bOpen = b.outcome == Outcome::Open;
        if (aOpen != bOpen)
            return aOpen;
        if (a.closeDate.isValid() != b.closeDate.isValid())
            return a.closeDate.isValid();
        // The next to close first while open; the latest first once closed.
        return aOpen ? a.closeDate < b.closeDate : a.closeDate > b.closeDate;
    });
}

int OpportunityListModel::openCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.outcome == Outcome::Open; }));
}

double OpportunityListModel::openPipeline() const
{
    double sum = 0;
    for (const Row &r : m_rows) {
        if (r.outcome == Outcome::Open && r.amount)
            sum += *r.amount;
    }
    return sum;
}

Qt::Alignment OpportunityListModel::columnAlignment(int column) const
{
    return (column == Amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

QVariant OpportunityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Type:
            return CrmFormat::codeLabel(row.type);
        case Stage:
            return CrmFormat::codeLabel(row.stage);
        case Amount:
            return row.amount ? CrmFormat::money(*row.amount, m_currency) : QString();
        case CloseDate:
            return CrmFormat::date(row.closeDate);
        case Result:
            return outcomeLabel(row.outcome);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return row.name;
        return {};
    case Qt::TextAlignmentRole:
        return alignmentData(index.column());
    case RawRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Type:
            return row.type;
        case Stage:
            return row.stage;
        case Amount:
            return row.amount ? QVariant(*row.amount) : QVariant();
        case CloseDate:
            return row.closeDate;
        case Result:
            return int(row.outcome);
        }
        return {};
    case OpportunityIdRole:
        return row.id;
    case OutcomeRole:
        return int(row.outcome);
    default:
        return {};
    }
}

QString OpportunityListModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Stage:
        return tr("Stage");
    case Amount:
        return tr("Amount");
    case CloseDate:
        return tr("Close date");
    case Result:
        return tr("Result");
    }
    return {};
}
