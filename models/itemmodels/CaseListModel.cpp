#include "CaseListModel.h"

#include "account/CrmFormat.h"

#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

int CaseListModel::priorityRank(const QString &priority)
{
    const QString p = priority.trimmed().toLower();
    if (p == "low"_L1 || p == "p4"_L1)
        return 0;
    if (p == "medium"_L1 || p == "normal"_L1 || p == "p3"_L1)
        return 1;
    if (p == "high"_L1 || p == "p2"_L1)
        return 2;
    if (p == "urgent"_L1 || p == "critical"_L1 || p == "p1"_L1)
        return 3;
    return -1;
}

void CaseListModel::loadRows()
{
    m_rows.clear();
    QSqlQuery q(database());
    if (!execForAccount(q,
                        u"SELECT id, number, subject, status, priority, opened_at, closed_at, csat"
                        " FROM cases WHERE account_id = ? AND archived = 0"_s))
        return;
    while (q.next()) {
        Row row;
        row.id = q.value(0).toString();
        row.number = q.value(1).toString();
        row.subject = q.value(2).toString();
        row.status = q.value(3).toString();
        row.priority = q.value(4).toString();
        row.opened = CrmFormat::parseInstant(q.value(5).toString());
        row.closed = CrmFormat::parseInstant(q.value(6).toString());
        if (!q.isNull(7))
            row.csat = q.value(7).toDouble();
        const QString status = row.status.trimmed().toLower();
        row.open = !row.closed.isValid() && !status.startsWith("closed"_L1) && status != "resolved"_L1;
        m_rows.append(row);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.open != b.open)
            return a.open;
        return a.opened > b.opened;
    });
}

int CaseListModel::openCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.open; }));
}

int CaseListModel::urgentOpenCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.open && priorityRank(r.priority) >= 2; }));
}

std::optional<double> CaseListModel::averageCsat() const
{
    double sum = 0;
    int count = 0;
    for (const Row &r : m_rows) {
        if (r.csat) {
            sum += *r.csat;
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

Qt::Alignment CaseListModel::columnAlignment(int column) const
{
    return (column == Csat ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return row.number;
        case Subject:
            return row.subject;
        case Status:
            return CrmFormat::codeLabel(row.status);
        case Priority:
            return CrmFormat::codeLabel(row.priority);
        case Opened:
            return row.opened.isValid() ? CrmFormat::date(row.opened.toLocalTime().date()) : QString();
        case Closed:
            return row.closed.isValid() ? CrmFormat::date(row.closed.toLocalTime().date()) : QString();
        case Csat:
            return row.csat ? tr("%1 / 5").arg(QLocale().toString(*row.csat, 'g', 3)) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Subject)
            return row.subject;
        if (index.column() == Opened && row.opened.isValid())
            return CrmFormat::dateTime(row.opened);
        if (index.column() == Closed && row.closed.isValid())
            return CrmFormat::dateTime(row.closed);
        return {};
    case Qt::TextAlignmentRole:
        return alignmentData(index.column());
    case RawRole:
        switch (index.column()) {
        case Number:
            return row.number;
        case Subject:
            return row.subject;
        case Status:
            return row.status;
        case Priority:
            return priorityRank(row.priority);
        case Opened:
            return row.opened;
        case Closed:
            return row.closed;
        case Csat:
            return row.csat ? QVariant(*row.csat) : QVariant();
        }
        return {};
    case CaseIdRole:
        return row.id;
    case IsOpenRole:
        return row.open;
    case PriorityCodeRole:
        return row.priority;
    default:
        return {};
    }
}

QString CaseListModel::columnTitle(int column) const
{
    switch (column) {
    case Number:
        return tr("Number");
    case Subject:
        return tr("Subject");
    case Status:
        return tr("Status");
    case Priority:
        return tr("Priority");
    case Opened:
        return tr("Opened");
    case Closed:
        return tr("Closed");
    case Csat:
        return tr("CSAT");
    }
    return {};
}
