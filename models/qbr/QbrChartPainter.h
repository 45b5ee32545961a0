#pragma once

#include <QColor>
#include <QDate>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QPainter;
class QRectF;

// The look of a QBR deck, shared by its pages (QbrRenderer) and its charts: colours, and
// type that renders Latin and Chinese and survives copying out of the PDF.
namespace QbrStyle {
QColor navy();
QColor accent();
QColor text();
QColor muted();
QColor border();
QColor panel(); // tile and note backgrounds
QColor success();
QColor warning();
QColor danger();
// Series colours for charts, in order of use.
QColor series(int index);
// The light fills behind a health chart's green, yellow and red zones.
QColor zone(const QColor &band);

// Latin (digits included) in a TrueType face whose glyphs map back to their characters,
// Chinese in Noto Sans CJK SC (fonts-noto-cjk), then fallbacks. Noto Sans CJK first
// would draw digits with glyphs the PDF cannot map back to text.
QStringList fontFamilies();
// Sizes are in page units (1/72 in on a 960 x 540 page): pixel sizes, never points,
// so that one layout paints the same on the PDF, an image and an SVG.
QFont font(int pixelSize, QFont::Weight weight = QFont::Normal, bool italic = false);
} // namespace QbrStyle

// Vector charts for the deck, painted with QPainter into any rectangle (PDF page,
// preview image or SVG). Labels arrive ready to show: the painter translates nothing.
class QbrChartPainter
{
public:
    struct Series
    {
        QString name;
        QColor color;
        QList<QPointF> points; // x = Julian day, y = value, in x order
        bool dashed = false;
        bool area = false; // fill down to the axis
        bool step = false; // a level held until the next point (licences purchased)
        bool dots = true;
        bool labelLast = true; // the last value beside the line's end
    };

    struct Zone
    {
        double from = 0;
        double to = 0;
        QColor color;
    };

    struct LineChart
    {
        QList<Series> series;
        QDate from; // the x axis
        QDate to;
        std::optional<double> yMin; // fixed range; else from 0 (or below) to a round maximum
        std::optional<double> yMax;
        QList<Zone> zones; // shaded bands behind the lines
        QDate marker; // a dashed vertical line (e.g. the quarter's first day)
        QString markerLabel;
        QLocale locale;
        std::function<QString(double)> format; // value labels; default: locale integers
        bool legend = true; // shown when there are two series or more
        bool compact = false; // small multiples: fewer ticks, smaller type
    };

    struct Bar
    {
        QString label;
        double value = 0;
        QString valueText;
        QColor color;
    };

    static void paintLineChart(QPainter &painter, const QRectF &rect, const LineChart &chart);
    // Horizontal bars, one per row, labelled left and valued right.
    static void paintBarChart(QPainter &painter, const QRectF &rect, const QList<Bar> &bars);
    // An up (+1) or down (-1) triangle, or a flat dash (0), centred in `rect`.
    static void paintArrow(QPainter &painter, const QRectF &rect, int direction, const QColor &color);

    // A step of 1, 2 or 5 times a power of ten that cuts `range` into about `ticks` parts.
    static double niceStep(double range, int ticks);
};
