#include "QbrChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace QbrStyle {

QColor navy()
{
    return QColor(0x15, 0x23, 0x3b);
}
QColor accent()
{
    return QColor(0x1f, 0x6f, 0xeb);
}
QColor text()
{
    return QColor(0x1b, 0x24, 0x30);
}
QColor muted()
{
    return QColor(0x5f, 0x6b, 0x7a);
}
QColor border()
{
    return QColor(0xdd, 0xe3, 0xea);
}
QColor panel()
{
    return QColor(0xf4, 0xf6, 0xf9);
}
QColor success()
{
    return QColor(0x1a, 0x7f, 0x37);
}
QColor warning()
{
    return QColor(0xc2, 0x7a, 0x00);
}
QColor danger()
{
    return QColor(0xcf, 0x22, 0x2e);
}

QColor series(int index)
{
    static const QColor colors[]
        = { QColor(0x1f, 0x6f, 0xeb), QColor(0x0f, 0x9d, 0x8a), QColor(0x82, 0x50, 0xdf),
            QColor(0xd9, 0x73, 0x0d), QColor(0xbf, 0x39, 0x89), QColor(0x57, 0x60, 0x6a) };
    return colors[qMax(0, index) % int(std::size(colors))];
}

QColor zone(const QColor &band)
{
    if (band == success())
        return QColor(0xe3, 0xf3, 0xe7);
    if (band == warning())
        return QColor(0xfd, 0xf3, 0xd9);
    if (band == danger())
        return QColor(0xfb, 0xe5, 0xe7);
    return panel();
}

QStringList fontFamilies()
{
    return { u"Noto Sans"_s,           u"DejaVu Sans"_s,        u"Liberation Sans"_s,
             u"Noto Sans CJK SC"_s,    u"Source Han Sans SC"_s, u"Droid Sans Fallback"_s,
             u"WenQuanYi Micro Hei"_s, u"sans-serif"_s };
}

QFont font(int pixelSize, QFont::Weight weight, bool italic)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    f.setItalic(italic);
    // Unhinted: text measured once paints the same width on every device.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // Any letter spacing turns ligatures off: "fi" stays two letters when copied out of
    // the PDF instead of becoming U+FB01. 1/20 of a unit is invisible.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

} // namespace QbrStyle

namespace {

QString defaultFormat(const QLocale &locale, double value)
{
    return locale.toString(value, 'f', std::abs(value) < 10 && value != std::round(value) ? 1 : 0);
}

// The first day of every month from `from` to `to`.
QList<QDate> monthStarts(const QDate &from, const QDate &to)
{
    QList<QDate> days;
    for (QDate d(from.year(), from.month(), 1); d <= to; d = d.addMonths(1)) {
        if (d >= from)
            days.append(d);
    }
    return days;
}

} // namespace

double QbrChartPainter::niceStep(double range, int ticks)
{
    if (!(range > 0) || ticks < 1)
        return 1;
    const double rough = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double f = rough / magnitude;
    const double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
    return nice * magnitude;
}

void QbrChartPainter::paintArrow(QPainter &painter, const QRectF &rect, int direction, const QColor &color)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double s = std::min(rect.width(), rect.height());
    const QPointF c = rect.center();
    if (direction == 0) {
        painter.fillRect(QRectF(c.x() - s * 0.4, c.y() - s * 0.08, s * 0.8, s * 0.16), color);
    } else {
        QPainterPath path;
        const double h = s * 0.7;
        const double w = s * 0.8;
        if (direction > 0) {
            path.moveTo(c.x(), c.y() - h / 2);
            path.lineTo(c.x() + w / 2, c.y() + h / 2);
            path.lineTo(c.x() - w / 2, c.y() + h / 2);
        } else {
            path.moveTo(c.x(), c.y() + h / 2);
            path.lineTo(c.x() + w / 2, c.y() - h / 2);
            path.lineTo(c.x() - w / 2, c.y() - h / 2);
        }
        path.closeSubpath();
        painter.fillPath(path, color);
    }
    painter.restore();
}

void QbrChartPainter::paintLineChart(QPainter &painter, const QRectF &rect, const LineChart &chart)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const auto format = [&chart](double v) {
        return chart.format ? chart.format(v) : defaultFormat(chart.locale, v);
    };
    const QFont labelFont = QbrStyle::font(chart.compact ? 8 : 9);
    const QFont valueFont = QbrStyle::font(chart.compact ? 9 : 10, QFont::Bold);
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF valueMetrics(valueFont);

    QRectF area = rect;
    // Legend above the plot.
    int drawn = 0;
    for (const Series &s : chart.series)
        drawn += s.points.isEmpty() ? 0 : 1;
    if (chart.legend && drawn > 1) {
        painter.setFont(labelFont);
        double x = area.left();
        const double y = area.top();
        for (const Series &s : chart.series) {
            if (s.points.isEmpty())
                continue;
            const double w = labelMetrics.horizontalAdvance(s.name);
            QPen pen(s.color, 2.2);
            if (s.dashed)
                pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(x, y + 7), QPointF(x + 16, y + 7));
            painter.setPen(QbrStyle::muted());
            painter.drawText(QRectF(x + 21, y, w + 2, 14),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, s.name);
            x += 21 + w + 16;
        }
        area.setTop(area.top() + 20);
    }

    // Value range.
    double lo = 0;
    double hi = 0;
    bool any = false;
    for (const Series &s : chart.series) {
        for (const QPointF &p : s.points) {
            lo = any ? std::min(lo, p.y()) : p.y();
            hi = any ? std::max(hi, p.y()) : p.y();
            any = true;
        }
    }
    double yMin = chart.yMin.value_or(std::min(0.0, lo));
    double yMax = chart.yMax.value_or(hi);
    const int targetTicks = chart.compact ? 2 : 4;
    double step = niceStep(yMax - yMin, targetTicks);
    if (!chart.yMax) {
        if (yMax <= yMin)
            yMax = yMin + (std::abs(yMin) > 0 ? std::abs(yMin) : 1);
        step = niceStep(yMax - yMin, targetTicks);
        yMax = std::ceil(yMax * 1.02 / step) * step;
    }
    if (!chart.yMin && yMin < 0)
        yMin = std::floor(yMin / step) * step;
    if (chart.yMax && chart.yMin)
        step = niceStep(yMax - yMin, targetTicks);

    // Axes: value labels on the left, months below, room for the last values on the right.
    double labelWidth = 0;
    for (double v = yMin; v <= yMax + step * 1e-6; v += step)
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(format(v)));
    double lastWidth = 0;
    for (const Series &s : chart.series) {
        if (s.labelLast && !s.points.isEmpty())
            lastWidth = std::max(lastWidth, valueMetrics.horizontalAdvance(format(s.points.last().y())));
    }
    const double axisHeight = labelMetrics.height() + 6;
    QRectF plot(area.left() + labelWidth + 6, area.top() + (chart.markerLabel.isEmpty() ? 4 : 16),
                area.width() - labelWidth - 6 - (lastWidth > 0 ? lastWidth + 8 : 4), 0);
    plot.setBottom(area.bottom() - axisHeight);
    if (plot.width() < 20 || plot.height() < 20) {
        painter.restore();
        return;
    }

    const double x0 = chart.from.toJulianDay();
    const double x1 = std::max(x0 + 1, double(chart.to.toJulianDay()));
    const auto mapX = [&](double x) {
        return plot.left() + (x - x0) / (x1 - x0) * plot.width();
    };
    const auto mapY = [&](double y) {
        return plot.bottom() - (y - yMin) / (yMax - yMin) * plot.height();
    };

    // Zones, grid and value labels.
    for (const Zone &z : chart.zones) {
        const double top = mapY(std::min(z.to, yMax));
        const double bottom = mapY(std::max(z.from, yMin));
        if (bottom > top)
            painter.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top), z.color);
    }
    painter.setFont(labelFont);
    for (double v = yMin; v <= yMax + step * 1e-6; v += step) {
        const double y = mapY(v);
        painter.setPen(QPen(v == 0 ? QbrStyle::muted().lighter(150) : QbrStyle::border(), 0.6));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QbrStyle::muted());
        painter.drawText(QRectF(area.left(), y - 8, labelWidth, 16),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip, format(v));
    }
    // Months: a faint line where each starts, the name centred on its span.
    const QList<QDate> months = monthStarts(chart.from, chart.to);
    QList<QDate> edges = months;
    if (edges.isEmpty() || edges.first() != chart.from)
        edges.prepend(chart.from);
    edges.append(chart.to.addDays(1));
    const bool everyOther = !chart.compact && edges.size() > 8;
    for (qsizetype i = 0; i + 1 < edges.size(); ++i) {
        const double left = mapX(edges.at(i).toJulianDay());
        const double right = mapX(std::min(double(edges.at(i + 1).toJulianDay()), x1));
        if (i > 0) {
            painter.setPen(QPen(QbrStyle::border(), 0.6));
            painter.drawLine(QPointF(left, plot.top()), QPointF(left, plot.bottom() + 3));
        }
        if (right - left < labelMetrics.horizontalAdvance(u"MMM"_s) * 0.8 || (everyOther && i % 2 == 1))
            continue;
        const QDate d = edges.at(i);
        QString name = chart.locale.monthName(d.month(), QLocale::ShortFormat);
        if (!chart.compact && (d.month() == 1 || i == 0) && edges.size() > 2)
            name = chart.locale.toString(d, u"MMM yyyy"_s);
        painter.setPen(QbrStyle::muted());
        painter.drawText(QRectF(left, plot.bottom() + 3, right - left, axisHeight - 3),
                         Qt::AlignCenter | Qt::TextDontClip,
                         labelMetrics.elidedText(name, Qt::ElideRight, right - left));
    }
    painter.setPen(QPen(QbrStyle::muted().lighter(140), 0.8));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    if (chart.marker.isValid() && chart.marker > chart.from && chart.marker <= chart.to) {
        const double x = mapX(chart.marker.toJulianDay());
        QPen pen(QbrStyle::muted(), 0.8, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, plot.top() - 2), QPointF(x, plot.bottom()));
        painter.setPen(QbrStyle::muted());
        painter.drawText(QRectF(x + 4, plot.top() - 16, plot.right() - x, 14),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, chart.markerLabel);
    }

    // Series, areas first so that no line hides under another's fill.
    painter.setClipRect(plot.adjusted(-4, -4, 4, 4));
    const auto pathOf = [&](const Series &s) {
        QPainterPath path;
        for (qsizetype i = 0; i < s.points.size(); ++i) {
            const QPointF p(mapX(s.points.at(i).x()), mapY(s.points.at(i).y()));
            if (i == 0) {
                path.moveTo(p);
            } else {
                if (s.step)
                    path.lineTo(p.x(), path.currentPosition().y());
                path.lineTo(p);
            }
        }
        return path;
    };
    for (const Series &s : chart.series) {
        if (!s.area || s.points.size() < 2)
            continue;
        QPainterPath fill = pathOf(s);
        fill.lineTo(mapX(s.points.last().x()), mapY(std::max(yMin, 0.0)));
        fill.lineTo(mapX(s.points.first().x()), mapY(std::max(yMin, 0.0)));
        fill.closeSubpath();
        QColor c = s.color;
        c.setAlpha(38);
        painter.fillPath(fill, c);
    }
    for (const Series &s : chart.series) {
        if (s.points.isEmpty())
            continue;
        QPen pen(s.color, chart.compact ? 1.6 : 2.2);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        if (s.dashed)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(pathOf(s));
        if (s.dots || s.points.size() == 1) {
            painter.setPen(QPen(Qt::white, 1));
            painter.setBrush(s.color);
            const double r = chart.compact ? 2.0 : 2.8;
            const qsizetype n = s.points.size();
            for (qsizetype i = 0; i < n; ++i) {
                if (!s.dots && i != n - 1)
                    continue;
                painter.drawEllipse(QPointF(mapX(s.points.at(i).x()), mapY(s.points.at(i).y())), r, r);
            }
        }
    }
    painter.setClipping(false);

    // Last values, nudged apart so that they never overlap.
    struct Label
    {
        double y;
        QString text;
        QColor color;
    };
    QList<Label> labels;
    for (const Series &s : chart.series) {
        if (s.labelLast && !s.points.isEmpty())
            labels.append({ mapY(s.points.last().y()), format(s.points.last().y()), s.color });
    }
    std::sort(labels.begin(), labels.end(), [](const Label &a, const Label &b) { return a.y < b.y; });
    const double gap = valueMetrics.height();
    for (qsizetype i = 1; i < labels.size(); ++i)
        labels[i].y = std::max(labels.at(i).y, labels.at(i - 1).y + gap);
    painter.setFont(valueFont);
    for (const Label &l : std::as_const(labels)) {
        painter.setPen(l.color);
        painter.drawText(QRectF(plot.right() + 6, l.y - gap / 2, lastWidth + 4, gap),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, l.text);
    }
    painter.restore();
}

void QbrChartPainter::paintBarChart(QPainter &painter, const QRectF &rect, const QList<Bar> &bars)
{
    if (bars.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont labelFont = QbrStyle::font(11);
    const QFont valueFont = QbrStyle::font(11, QFont::Bold);
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF valueMetrics(valueFont);
    double labelWidth = 0;
    double valueWidth = 0;
    double maximum = 0;
    for (const Bar &b : bars) {
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(b.label));
        valueWidth = std::max(valueWidth, valueMetrics.horizontalAdvance(b.valueText));
        maximum = std::max(maximum, b.value);
    }
    labelWidth = std::min(labelWidth + 10, rect.width() * 0.35);
    const double rowHeight = std::min(34.0, rect.height() / double(bars.size()));
    const double barHeight = std::min(18.0, rowHeight * 0.62);
    const double barLeft = rect.left() + labelWidth;
    const double barSpace = std::max(10.0, rect.width() - labelWidth - valueWidth - 10);
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &b = bars.at(i);
        const double top = rect.top() + rowHeight * double(i);
        const double cy = top + rowHeight / 2;
        painter.setFont(labelFont);
        painter.setPen(QbrStyle::text());
        painter.drawText(QRectF(rect.left(), top, labelWidth - 10, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip,
                         labelMetrics.elidedText(b.label, Qt::ElideRight, labelWidth - 10));
        painter.fillRect(QRectF(barLeft, cy - barHeight / 2, barSpace, barHeight), QbrStyle::panel());
        const double w = maximum > 0 ? barSpace * b.value / maximum : 0;
        if (w > 0) {
            QPainterPath path;
            path.addRoundedRect(QRectF(barLeft, cy - barHeight / 2, std::max(w, 2.0), barHeight), 2, 2);
            painter.fillPath(path, b.color.isValid() ? b.color : QbrStyle::accent());
        }
        painter.setFont(valueFont);
        painter.setPen(QbrStyle::text());
        painter.drawText(QRectF(barLeft + w + 6, top, valueWidth + 4, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, b.valueText);
    }
    painter.restore();
}
