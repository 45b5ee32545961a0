#pragma once

#include "AccountRecordsModel.h"

#include <QDate>
#include <QList>
#include <optional>

// One account's opportunities (renewals, expansions, new business): open ones first by
// close date, then closed ones, most recent first. Amounts are in the account's
// currency. Read-only; loaded whole.
class OpportunityListModel : public AccountRecordsModel
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

    explicit OpportunityListModel(const QSqlDatabase &db, QObject *parent = nullptr)
        : AccountRecordsModel(db, ColumnCount, parent)
    { }
    explicit OpportunityListModel(Database &db, QObject *parent = nullptr)
        : AccountRecordsModel(db, ColumnCount, parent)
    { }

    QString currency() const { return m_currency; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int openCount() const;
    // The amounts of the open opportunities, added up.
    double openPipeline() const;
    static QString outcomeLabel(Outcome outcome);

protected:
    void loadRows() override;
    int recordCount() const override { return int(m_rows.size()); }
    QString columnTitle(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;

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

    QString m_currency;
    QList<Row> m_rows;
};
