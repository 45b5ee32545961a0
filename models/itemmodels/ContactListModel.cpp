#include "ContactListModel.h"

#include "account/CrmFormat.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

ContactListModel::ContactListModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

ContactListModel::ContactListModel(Database &db, QObject *parent)
    : ContactListModel(db.connection(), parent)
{ }

void ContactListModel::setAccountId(const QString &accountId)
{
    m_accountId = accountId;
    reload();
}

void ContactListModel::reload()
{
    QList<Row> rows = query();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QList<ContactListModel::Row> ContactListModel::query()
{
    m_lastError.clear();
    QList<Row> rows;
    if (m_accountId.isEmpty())
        return rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, c.first_name, c.title,"
              " c.role, c.email, c.phone, c.status, act.last, c.last_name"
              " FROM contacts c LEFT JOIN"
              " (SELECT contact_id, MAX(occurred_at) AS last FROM activities"
              "  WHERE account_id = ? AND archived = 0 AND contact_id IS NOT NULL GROUP BY contact_id) act"
              " ON act.contact_id = c.id"
              " WHERE c.account_id = ? AND c.archived = 0"_s);
    q.addBindValue(m_accountId);
    q.addBindValue(m_accountId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
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
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.left != b.left)
            return !a.left;
        const int ra = CrmFormat::contactRoleRank(a.role);
        const int rb = CrmFormat::contactRoleRank(b.role);
        if (ra != rb)
            return ra < rb;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return rows;
}

int ContactListModel::keyContactCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return !r.left && CrmFormat::contactRoleRank(r.role) <= 2;
    }));
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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
