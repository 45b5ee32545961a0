#pragma once

#include "team/TeamSummary.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

// The team view's table over a TeamSummary: one row per CSM (sortable by any column),
// the totals row always last. Counts and money are right-aligned; money is written
// compactly in the main currency, another currency on a second line ("US$1.2M\nCN¥300万";
// " + " in the accessible text).
// The health mix is the Health column (HealthMixRole, for a stacked bar) and three
// count columns. Every figure cell knows the AccountFilter listing its accounts.
class TeamModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Csm,
        Team,
        Accounts,
        Arr,
        Health,
        Red,
        Yellow,
        Green,
        ArrAtRisk,
        Renewals,
        RenewalArr,
        NotTouched,
        OverdueTasks,
        PlaybookCompletion, // steps due that were done or skipped (playbooks)
        PlaybookOverdue, // open playbook steps overdue now
        ColumnCount
    };

    enum Role
    {
        // The value sorted on: QString for names, qint64 counts, double money (in the
        // main currency), double for Health (the red share, then yellow, as 0..2).
        RawRole = Qt::UserRole,
        OwnerIdRole, // the CSM's CRM user id; empty for "No owner" and the total
        IsTotalRole, // bool
                     // Health column: QVariantList { red, yellow, green, not scored } (qint64 each).
        HealthMixRole,
        // The TeamSummary::Figure the cell opens, as an int; -1 for none (CSM, Team, Health).
        FigureRole,
        // The cell's count or amount is above 0: clicking it lists accounts (or, in the
        // playbook columns, the CSM's playbook steps).
        HasAccountsRole,
    };

    explicit TeamModel(QObject *parent = nullptr);

    void setSummary(const TeamSummary &summary);
    const TeamSummary &summary() const { return m_summary; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The summary row shown at `row` (the total last).
    const TeamSummary::Row &rowAt(int row) const;
    bool isTotalRow(int row) const { return row == int(m_order.size()); }
    // The summary's row indexes in the order shown (without the total), for an export.
    QList<int> order() const { return m_order; }
    // The model row showing the CSM `ownerId`; -1 when none.
    int rowOfOwner(const QString &ownerId) const;

    // The playbook columns open the CSM's steps rather than accounts.
    static bool isPlaybookColumn(int column)
    {
        return column == PlaybookCompletion || column == PlaybookOverdue;
    }
    // The figure a column shows, if any.
    static std::optional<TeamSummary::Figure> figureOf(int column);
    // The accounts behind a cell: its figure's, or the row's for a cell without one.
    AccountFilter filterFor(const QModelIndex &index) const;
    static QString columnTitle(int column);

private:
    QString displayText(const TeamSummary::Row &row, int column, bool multiLine) const;
    QString toolTip(const TeamSummary::Row &row, int column) const;
    QVariant rawValue(const TeamSummary::Row &row, int column) const;
    QString moneyText(const TeamSummary::Row &row, double TeamSummary::Figures::*amount,
                      const QString &separator) const;

    TeamSummary m_summary;
    QList<int> m_order; // summary row indexes, in display order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
