#include "ChartStyle.h"

#include "Theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

const QColor gridColor(0xee, 0xf1, 0xf5);

} // namespace

QChart *ChartStyle::makeChart(const QMargins &margins)
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(margins);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(Theme::text());
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(9);
    chart->legend()->setFont(legendFont);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    return chart;
}

QChartView *ChartStyle::makeView(QChart *chart, QWidget *parent, int minimumHeight)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setStyleSheet(u"background: transparent;"_s);
    view->setMinimumHeight(minimumHeight);
    return view;
}

QLabel *ChartStyle::makeNote(QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);
    Theme::setRole(note, "muted");
    return note;
}

void ChartStyle::styleAxis(QAbstractAxis *axis)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(8.5);
    axis->setLabelsFont(font);
    axis->setLabelsColor(Theme::mutedText());
    axis->setLinePenColor(Theme::border());
    axis->setGridLineColor(gridColor);
    axis->setMinorGridLineVisible(false);
}

void ChartStyle::styleValueAxis(QAbstractAxis *axis)
{
    styleAxis(axis);
    axis->setLineVisible(false);
    axis->setGridLineVisible(true);
}

QDateTimeAxis *ChartStyle::dateAxis(const QDate &from, const QDate &to, int ticks)
{
    auto *axis = new QDateTimeAxis;
    styleAxis(axis);
    axis->setFormat(from.daysTo(to) > 400 ? tr("MMM yyyy") : tr("d MMM"));
    axis->setTickCount(ticks);
    axis->setRange(QDateTime(from, QTime(0, 0)), QDateTime(to, QTime(0, 0)));
    return axis;
}

qint64 ChartStyle::msecsOf(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
}

void ChartStyle::clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}
