#pragma once

#include "AccountRecordsModel.h"

#include <QDate>
#include <QDateTime>
#include <QList>

// One account's contacts: champions, sponsors and decision makers first, then by name;
// contacts who left the company last. Each with the date of the latest activity that
// involved them. Read-only; an account has at most a few hundred, so all are loaded.
class ContactListModel : public AccountRecordsModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Title,
        Role,
        Email,
        Phone,
        LastActivity,
        ColumnCount
    };

    enum DataRole
    {
        RawRole = Qt::UserRole, // the stored value: text, or QDateTime for LastActivity
        ContactIdRole,
        RoleCodeRole, // the CRM code: champion, decision_maker, ...
        LeftRole, // bool: left the company
    };

    explicit ContactListModel(const QSqlDatabase &db, QObject *parent = nullptr)
        : AccountRecordsModel(db, ColumnCount, parent)
    { }
    explicit ContactListModel(Database &db, QObject *parent = nullptr)
        : AccountRecordsModel(db, ColumnCount, parent)
    { }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Contacts with a key role (champion, executive sponsor, decision maker) still there.
    int keyContactCount() const;

protected:
    void loadRows() override;
    int recordCount() const override { return int(m_rows.size()); }
    QString columnTitle(int column) const override;

private:
    struct Row
    {
        QString id;
        QString name;
        QString title;
        QString role;
        QString email;
        QString phone;
        QDateTime lastActivity;
        bool left = false;
    };

    QList<Row> m_rows;
};
