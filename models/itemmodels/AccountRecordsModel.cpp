#include "AccountRecordsModel.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

AccountRecordsModel::AccountRecordsModel(const QSqlDatabase &db, int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_columnCount(columns)
{ }

AccountRecordsModel::AccountRecordsModel(Database &db, int columns, QObject *parent)
    : AccountRecordsModel(db.connection(), columns, parent)
{ }

void AccountRecordsModel::setAccountId(const QString &accountId)
{
    m_accountId = accountId;
    reload();
}

void AccountRecordsModel::reload()
{
    m_lastError.clear();
    beginResetModel();
    loadRows();
    endResetModel();
}

bool AccountRecordsModel::execForAccount(QSqlQuery &q, const QString &sql, int accountBindings)
{
    if (m_accountId.isEmpty())
        return false;
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < accountBindings; ++i)
        q.addBindValue(m_accountId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

int AccountRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int AccountRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

Qt::Alignment AccountRecordsModel::columnAlignment(int) const
{
    return {};
}

QVariant AccountRecordsModel::alignmentData(int column) const
{
    const Qt::Alignment alignment = columnAlignment(column);
    return alignment ? QVariant(int(alignment)) : QVariant();
}

QVariant AccountRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignmentData(section);
    if (role != Qt::DisplayRole)
        return {};
    return columnTitle(section);
}
