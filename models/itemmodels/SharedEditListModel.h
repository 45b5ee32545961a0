#pragma once

#include "work/SharedEdits.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

class Database;

// The local edits of CRM fields (SharedEdits) for the Sync view: conflicts first, then
// the edits waiting for the CRM. Read-only; resolving goes through SharedEdits and then
// reload().
class SharedEditListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        State,
        Account,
        Record,
        Field,
        Mine,
        Theirs,
        When,
        ColumnCount
    };

    enum DataRole
    {
        EditIdRole = Qt::UserRole, // on every column
        ConflictRole, // bool
        AccountIdRole,
    };

    explicit SharedEditListModel(const QSqlDatabase &db, QObject *parent = nullptr);
    explicit SharedEditListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    SharedEdits::Edit edit(int row) const { return m_edits.at(row); }
    int conflictCount() const;
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    QList<SharedEdits::Edit> m_edits;
    QString m_lastError;
};
