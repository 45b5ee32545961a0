#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <optional>

class Database;

// One account's opportunities (renewals, expansions, new business): open ones first by
// close date, then closed ones, most recent first. Amounts are in the account's
// currency. Read-only; loaded whole.
class OpportunityListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Type,
        Stage,
        Amount,
        CloseDate,
        Result,
        ColumnCount
    };

    enum DataRole
    {
        RawRole = Qt::UserRole, // text, double amount, QDate, int(Outcome)
        OpportunityIdRole,
        OutcomeRole, // int(OpportunityListModel::Outcome)
    };

    enum class Outcome
    {
        Open,
        Won,
        Lost
    };

    explicit OpportunityListModel(const QSqlDatabase &db, QObject *parent = nullptr);
    explicit OpportunityListModel(Database &db, QObject *parent = nullptr);

    void setAccountId(const QString &accountId);
    QString accountId() const { return m_accountId; }
    QString currency() const { return m_currency; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int openCount() const;
    // The amounts of the open opportunities, added up.
    double openPipeline() const;
    static QString outcomeLabel(Outcome outcome);
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        QString id;
        QString name;
        QString type;
        QString stage;
        std::optional<double> amount;
        QDate closeDate;
        Outcome outcome = Outcome::Open;
    };

    QList<Row> query();

    QSqlDatabase m_db;
    QString m_accountId;
    QString m_currency;
    QList<Row> m_rows;
    QString m_lastError;
};
