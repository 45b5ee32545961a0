#pragma once

#include "accounts/AccountFilter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

class Database;

// The accounts table as a list, read lazily: rows arrive a page at a time as the view
// scrolls (fetchMore), and each page continues from the last row's sort key (keyset
// pagination over an index on that key), so the cost of a page does not grow with how
// far down the list it is. Filtering (an AccountFilter) and sorting happen in SQL.
//
// Counting: the first page comes first; only when it is full is the filter counted,
// and that count uses the search index, so a keystroke costs a few milliseconds.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The order is the default order of the columns in a view. Saved views and
    // settings store columnKey(), never the number.
    enum Column
    {
        Name,
        CrmId,
        Owner,
        Team,
        Segment,
        Industry,
        Region,
        Country,
        Arr,
        Licenses,
        RenewalDate,
        ContractStart,
        LifecycleStage,
        Status,
        LastActivity,
        // Its open playbooks: "1 overdue · 3/7" (steps resolved of all); sorted by
        // overdue steps, then progress (accounts without one last ascending).
        Playbooks,
        ColumnCount
    };

    enum Role
    {
        // The stored value: text; double ARR; qint64 licences; QDate renewal and
        // contract start; QDateTime (UTC) last activity; invalid QVariant when empty.
        RawRole = Qt::UserRole,
        PkRole,
        ArchivedRole,
        CurrencyRole,
        AccountIdRole, // the CRM id, on every column
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

    // Which accounts the list shows; one reset when it differs from the current one.
    void setFilter(const AccountFilter &filter);
    const AccountFilter &filter() const { return m_filter; }

    // Conveniences that edit the filter: its search text (words separated by spaces;
    // every word must occur in the name, CRM id or owner name), and whether archived
    // accounts are shown too (Archived::Include) or not (Archived::Exclude).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter.searchText; }
    void setIncludeArchived(bool include);
    bool includeArchived() const { return m_filter.archived != AccountFilter::Archived::Exclude; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Rows matching the filter, loaded or not.
    int totalCount() const { return m_totalCount; }
    // Accounts in the cache regardless of the filter (archived ones only when the filter
    // shows them): tells "no accounts yet" apart from "nothing matches".
    int unfilteredCount() const { return m_unfilteredCount; }
    // The last query error, empty when fine.
    QString lastError() const { return m_lastError; }

    // Stable names of the columns for saved views and settings ("name", "arr",
    // "lastActivity"...); columnFromKey() returns -1 for an unknown key.
    static QString columnKey(int column);
    static int columnFromKey(const QString &key);
    // The translated column title, as the header shows it.
    static QString columnTitle(int column);
    // A CRM code value ("mid_market", "at_risk") as a person reads it, translated.
    static QString valueLabel(const QString &value);
    // The ORDER BY key of a column, an SQL expression over `accounts a`, `users u`
    // (joined on the owner) and `teams t` (joined on the owner's team); never NULL.
    static QString sortKeySql(int column);

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
        // Few distinct values each: shared through m_strings.
        QString owner;
        QString team;
        QString segment;
        QString industry;
        QString region;
        QString country;
        QString currency;
        QString lifecycle;
        QString status;
        double arr = 0;
        qint64 licenses = 0;
        QDate renewal;
        QDate contractStart;
        QDateTime lastActivity;
        bool hasArr = false;
        bool hasLicenses = false;
        bool archived = false;
        // Open playbooks (PlaybookStore::accountSummaries), read per page.
        int playbooks = 0;
        int playbookSteps = 0;
        int playbookResolved = 0;
        int playbookOverdue = 0;
    };

    void resetAndLoad(bool recountUnfiltered);
    void queryUnfilteredCount();
    bool queryFilteredCount();
    void scanForRareMatches();
    QList<Row> queryPage();
    void readPlaybooks(QList<Row> *page) const;
    QString displayText(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;
    QString shared(const QString &value);

    QSqlDatabase m_db;
    QList<Row> m_rows;
    AccountFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_totalCount = 0;
    int m_unfilteredCount = 0;
    // Where the next page continues: the last loaded row's sort key and pk.
    QVariant m_lastKey;
    qint64 m_lastPk = 0;
    bool m_exhausted = false; // a page came back short: nothing more to fetch
    // Set while a change is being announced: a listener that calls fetchMore() from its
    // slot would otherwise nest a second change inside the first, which the listeners
    // after it would see out of order.
    bool m_changing = false;
    // All the matching pks when a short search word is rare (then < rareMatches), plus
    // a 0; empty otherwise.
    static constexpr int rareMatches = 2000;
    QList<qint64> m_scanned;
    QHash<QString, QString> m_strings;
    QString m_lastError;
};
