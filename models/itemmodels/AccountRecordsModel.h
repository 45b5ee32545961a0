#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>

class Database;
class QSqlQuery;

// The base of the Account 360's read-only tables of one account's records (contacts,
// cases, NPS responses, opportunities): the account, the reload, the counts and the
// header. An account has at most a few hundred of each, so a subclass loads them whole
// and keeps them in its own rows.
class AccountRecordsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    void setAccountId(const QString &accountId);
    QString accountId() const { return m_accountId; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

protected:
    AccountRecordsModel(const QSqlDatabase &db, int columns, QObject *parent);
    AccountRecordsModel(Database &db, int columns, QObject *parent);

    // Replaces the rows with those of accountId(), none without an account; called
    // inside the model reset.
    virtual void loadRows() = 0;
    virtual int recordCount() const = 0;
    // A column's header, translated in the subclass's context.
    virtual QString columnTitle(int column) const = 0;
    // How a column's cells and header are aligned; none by default.
    virtual Qt::Alignment columnAlignment(int column) const;
    // The Qt::TextAlignmentRole value of a column's cells and header.
    QVariant alignmentData(int column) const;

    // Prepares `sql` forward-only, binds the account id to its first `accountBindings`
    // placeholders and runs it. False without an account, and when the query fails
    // (then lastError() says why).
    bool execForAccount(QSqlQuery &q, const QString &sql, int accountBindings = 1);
    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    int m_columnCount;
    QString m_accountId;
    QString m_lastError;
};
