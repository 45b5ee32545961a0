#pragma once

#include "AccountRecordsModel.h"

#include <QDateTime>
#include <QList>
#include <optional>

// One account's support cases: open ones first, then by the time they were opened,
// newest first. Read-only; loaded whole (an account has at most a few hundred).
class CaseListModel : public AccountRecordsModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Subject,
        Status,
        Priority,
        Opened,
        Closed,
        Csat,
        ColumnCount
    };

    enum DataRole
    {
        RawRole = Qt::UserRole, // the stored value: text, QDateTime, double CSAT, priority rank
        CaseIdRole,
        IsOpenRole, // bool
        PriorityCodeRole, // low, medium, high, urgent, or as the CRM wrote it
    };

    explicit CaseListModel(const QSqlDatabase &db, QObject *parent = nullptr)
        : AccountRecordsModel(db, ColumnCount, parent)
    { }
    explicit CaseListModel(Database &db, QObject *parent = nullptr)
        : AccountRecordsModel(db, ColumnCount, parent)
    { }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int openCount() const;
    // Open cases of high or urgent priority.
    int urgentOpenCount() const;
    // The mean CSAT (1-5) over the cases that have one.
    std::optional<double> averageCsat() const;
    // 0 low, 1 medium, 2 high, 3 urgent; -1 unknown.
    static int priorityRank(const QString &priority);

protected:
    void loadRows() override;
    int recordCount() const override { return int(m_rows.size()); }
    QString columnTitle(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;

private:
    struct Row
    {
        QString id;
        QString number;
        QString subject;
        QString status;
        QString priority;
        QDateTime opened;
        QDateTime closed;
        std::optional<double> csat;
        bool open = true;
    };

    QList<Row> m_rows;
};
