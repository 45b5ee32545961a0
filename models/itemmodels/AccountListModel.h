#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

class Database;

// The accounts table as a list, read lazily: a COUNT query gives the total, rows arrive
// a page at a time as the view scrolls (fetchMore), and each page continues from the
// last row's sort key (keyset pagination), so the cost of a page does not grow with
// how far down the list it is. Sorting and filtering happen in SQL.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        CrmId,
        Owner,
        Segment,
        Arr,
        RenewalDate,
        LifecycleStage,
        Status,
        ColumnCount
    };

    enum Role
    {
        RawRole = Qt::UserRole, // the stored value: text, double ARR, QDate renewal
        PkRole,
        ArchivedRole,
        CurrencyRole,
    };

    static constexpr int pageSize = 256;

    explicit AccountListModel(const QSqlDatabase &db, QObject *parent = nullptr);
    explicit AccountListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Words separated by spaces; every word must occur in the name, CRM id or owner name.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    void setIncludeArchived(bool include);
    bool includeArchived() const { return m_includeArchived; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Rows matching the filter, loaded or not.
    int totalCount() const { return m_totalCount; }
    // Accounts in the cache regardless of the search text (archived ones only when
    // included): tells "no accounts yet" apart from "nothing matches".
    int unfilteredCount() const { return m_unfilteredCount; }
    // The last query error, empty when fine.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // Re-reads counts and the first page, e.g. after an import.
    void reload();

Q_SIGNALS:
    // After every reset: filter, sort, reload.
    void countsChanged();

private:
    struct Row
    {
        qint64 pk = 0;
        QString id;
        QString name;
        QString owner;
        QString segment;
        QVariant arr;
        QString currency;
        QDate renewal;
        QString lifecycle;
        QString status;
        bool archived = false;
        QVariant sortKey; // the ORDER BY value, where the next page continues
    };

    void resetAndLoad();
    void queryCounts();
    QList<Row> queryPage() const;
    QString whereClause(QVariantList *binds) const;
    QString sortExpression() const;
    QString displayText(const Row &row, int column) const;
    // A CRM code value ("mid_market", "at_risk") as a person reads it, translated.
    static QString valueLabel(const QString &value);
    QVariant rawValue(const Row &row, int column) const;

    QSqlDatabase m_db;
    QList<Row> m_rows;
    QString m_filterText;
    bool m_includeArchived = false;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_totalCount = 0;
    int m_unfilteredCount = 0;
    bool m_exhausted = false; // a page came back short: the table shrank since COUNT
    // Set while a change is being announced: a listener that calls fetchMore() from its
    // slot would otherwise nest a second change inside the first, which the listeners
    // after it would see out of order.
    bool m_changing = false;
    mutable QString m_lastError;
};
