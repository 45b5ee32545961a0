#pragma once

#include <QCoreApplication>
#include <QMargins>
#include <QtGlobal>

class QAbstractAxis;
class QChart;
class QChartView;
class QDate;
class QDateTimeAxis;
class QLabel;
class QWidget;

// The look the QtCharts of Pitwall share (the Dashboard, the Account 360's usage charts
// and health history): charts drawn straight on their cards with localised numbers,
// small muted axis labels over a light grid, the legend below, and a note in place of a
// chart that has nothing to draw.
class ChartStyle
{
    Q_DECLARE_TR_FUNCTIONS(ChartStyle)

public:
    // A chart with no series or axes yet. Parentless: the QChartView that shows it takes
    // ownership.
    static QChart *makeChart(const QMargins &margins = QMargins(4, 4, 8, 0));
    // A frameless, transparent, antialiased view of `chart`, which it takes over.
    static QChartView *makeView(QChart *chart, QWidget *parent, int minimumHeight);
    // A muted, centred, word-wrapped label that stands in for a chart with nothing to draw.
    static QLabel *makeNote(QWidget *parent);

    // Labels in 8.5 pt muted text, the axis line in the border colour, a light grid and
    // no minor grid.
    static void styleAxis(QAbstractAxis *axis);
    // styleAxis() for the value axis beside the plot: grid lines, no axis line.
    static void styleValueAxis(QAbstractAxis *axis);
    // A styled date axis from `from` to `to` (midnights) with `ticks` ticks, labelled
    // with day and month, or with month and year over more than 400 days.
    static QDateTimeAxis *dateAxis(const QDate &from, const QDate &to, int ticks);
    // Where `date` (its local midnight) stands on a date axis.
    static qint64 msecsOf(const QDate &date);

    // Removes the chart's series and axes, and deletes them.
    static void clear(QChart *chart);
};
