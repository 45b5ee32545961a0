#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

class Database;

// One account's contacts: champions, sponsors and decision makers first, then by name;
// contacts who left the company last. Each with the date of the latest activity that
// involved them. Read-only; an account has at most a few hundred, so all are loaded.
class ContactListModel : public QAbstractTableModel
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

    explicit ContactListModel(const QSqlDatabase &db, QObject *parent = nullptr);
    explicit ContactListModel(Database &db, QObject *parent = nullptr);

    void setAccountId(const QString &accountId);
    QString accountId() const { return m_accountId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Contacts with a key role (champion, executive sponsor, decision maker) still there.
    int keyContactCount() const;
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();

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

    QList<Row> query();

    QSqlDatabase m_db;
    QString m_accountId;
    QList<Row> m_rows;
    QString m_lastError;
};
