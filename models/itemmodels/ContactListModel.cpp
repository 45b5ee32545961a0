#include "ContactListModel.h"

#include "account/CrmFormat.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

void ContactListModel::loadRows()
{
    m_rows.clear();
    QSqlQuery q(database());
    if (!execForAccount(q,
                        u"SELECT c.id, c.first_name, c.title,"
                        " c.role, c.email, c.phone, c.status, act.last, c.last_name"
                        " FROM contacts c LEFT JOIN"
                        " (SELECT contact_id, MAX(occurred_at) AS last FROM activities"
                        "  WHERE account_id = ? AND archived = 0 AND contact_id IS NOT NULL"
                        "  GROUP BY contact_id) act"
                        " ON act.contact_id = c.id"
                        " WHERE c.account_id = ? AND c.archived = 0"_s,
                        2))
        return;
    while (q.next()) {
        Row row;
        row.id = q.value(0).toString();
        row.name = CrmFormat::personName(q.value(1).toString(), q.value(8).toString());
        if (row.name.isEmpty())
            row.name = q.value(4).toString(); // no name: the e-mail address says who
        row.title = q.value(2).toString();
        row.role = q.value(3).toString();
        row.email = q.value(4).toString();
        row.phone = q.value(5).toString();
        row.left = q.value(6).toString().compare("left"_L1, Qt::CaseInsensitive) == 0;
        row.lastActivity = CrmFormat::parseInstant(q.value(7).toString());
        m_rows.append(row);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.left != b.left)
            return !a.left;
        const int ra = CrmFormat::contactRoleRank(a.role);
        const int rb = CrmFormat::contactRoleRank(b.role);
        if (ra != rb)
            return ra < rb;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
}

int ContactListModel::keyContactCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return !r.left && CrmFormat::contactRoleRank(r.role) <= 2;
    }));
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Title:
            return row.title;
        case Role:
            if (row.left)
                return row.role.isEmpty() ? tr("Left the company")
                                          : tr("%1 (left)").arg(CrmFormat::contactRoleLabel(row.role));
            return CrmFormat::contactRoleLabel(row.role);
        case Email:
            return row.email;
        case Phone:
            return row.phone;
        case LastActivity:
            return row.lastActivity.isValid() ? CrmFormat::date(row.lastActivity.toLocalTime().date())
                                              : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LastActivity && row.lastActivity.isValid())
            return CrmFormat::dateTime(row.lastActivity);
        if (index.column() == Name && row.left)
            return tr("%1 has left the company").arg(row.name);
        return {};
    case RawRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Title:
            return row.title;
        case Role:
            // Sorts by importance, not alphabetically.
            return CrmFormat::contactRoleRank(row.role) + (row.left ? 100 : 0);
        case Email:
            return row.email;
        case Phone:
            return row.phone;
        case LastActivity:
            return row.lastActivity;
        }
        return {};
    case ContactIdRole:
        return row.id;
    case RoleCodeRole:
        return row.role;
    case LeftRole:
        return row.left;
    default:
        return {};
    }
}

QString ContactListModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Title:
        return tr("Title");
    case Role:
        return tr("Role");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case LastActivity:
        return tr("Last activity");
    }
    return {};
}
