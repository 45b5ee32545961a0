#pragma once

#include "health/HealthEngine.h"
#include "health/HealthScorecard.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// What each measure of one account's health score added to it, one row per measure in
// scorecard order: the measure and its group, the raw input as a person reads it (a %,
// days, cases, an NPS score), the measure's own points (0-100), its weight once the
// weight of measures without data is spread over the others, and its contribution
// (points × weight) to the total. A measure without data or with stale data says so
// and counts for nothing; the one dragging the score down most is marked (TopDragRole),
// for a view to set in bold. Read-only; the view decides colours and fonts.
class HealthContributionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Measure,
        Group,
        Value,
        Points,
        Weight,
        Contribution,
        ColumnCount
    };

    enum DataRole
    {
        RawRole
        = Qt::UserRole, // for sorting: label, group, raw value, score, share, points (-1, 0, 0 without data)
        MeasureIdRole,
        StatusRole, // int(HealthContribution::Status)
        TopDragRole, // bool: the measure costing the most points
        ObservedRole, // QDate the data was observed; invalid when missing
        StaleSinceRole, // QDate the data went stale; invalid unless stale
        ScoreRole, // double 0-100, or invalid when not scored
        ShareRole, // double 0-1 (effective weight), or invalid when not scored
        PointsRole, // double: what it adds to the total, or invalid when not scored
        NominalShareRole, // double 0-1: the weight as configured
    };

    explicit HealthContributionModel(QObject *parent = nullptr);

    // Shows `contributions` (as HealthStore::Record::contributions() reads them) with the
    // labels, groups, units and windows of `card`; `topDrag` is the measure id to mark.
    void setContributions(const QList<HealthContribution> &contributions, const HealthScorecard &card,
                          const QString &topDrag);
    void clear();

    QString topDrag() const { return m_topDrag; }
    // The row of a measure, or -1.
    int rowOf(const QString &measureId) const;
    const HealthContribution *contribution(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The raw value of a measure reading `input`, as a person reads it: "82%" for a
    // ratio, "+12%" for a trend, "3 cases", "7.5 of 10", "12 days", "Yellow".
    static QString formatValue(const HealthInputKey &input, double raw);

private:
    struct Row
    {
        HealthContribution contribution;
        QString label;
        QString groupLabel;
        HealthInputKey input;
        bool known = false; // the scorecard has the measure
        int windowDays = 0;
        double nominalShare = 0;
    };

    QString valueText(const Row &row) const;
    QString toolTip(const Row &row) const;
    QDate staleSince(const Row &row) const;

    QList<Row> m_rows;
    QString m_topDrag;
};
