#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

class Database;

// One account's support cases: open ones first, then by the time they were opened,
// newest first. Read-only; loaded whole (an account has at most a few hundred).
class CaseListModel : public QAbstractTableModel
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

    explicit CaseListModel(const QSqlDatabase &db, QObject *parent = nullptr);
    explicit CaseListModel(Database &db, QObject *parent = nullptr);

    void setAccountId(const QString &accountId);
    QString accountId() const { return m_accountId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int openCount() const;
    // Open cases of high or urgent priority.
    int urgentOpenCount() const;
    // The mean CSAT (1-5) over the cases that have one.
    std::optional<double> averageCsat() const;
    // 0 low, 1 medium, 2 high, 3 urgent; -1 unknown.
    static int priorityRank(const QString &priority);
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();

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

    QList<Row> query();

    QSqlDatabase m_db;
    QString m_accountId;
    QList<Row> m_rows;
    QString m_lastError;
};
