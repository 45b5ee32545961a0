#include "HomeIcons.h"

#include "common/Icons.h"

#include <QPainter>
#include <QPainterPath>

namespace {

// A touch bolder than Icons::make(), and up to 48 pixels: the size of a figure card's.
QIcon makeIcon(const Icons::Painter &glyph, const QColor &color)
{
    QIcon icon;
    for (int size : { 16, 20, 24, 32, 48 })
        icon.addPixmap(Icons::render(glyph, color, size, 1.9));
    return icon;
}

void calendarFrame(QPainter &p)
{
    p.drawRoundedRect(QRectF(3.5, 5, 17, 15.5), 2, 2);
    p.drawLine(QPointF(3.5, 9.5), QPointF(20.5, 9.5));
    p.drawLine(QPointF(8, 3), QPointF(8, 6.5));
    p.drawLine(QPointF(16, 3), QPointF(16, 6.5));
}

} // namespace

QIcon HomeIcons::calendar(const QColor &color)
{
    return makeIcon(
        [](QPainter &p) {
            calendarFrame(p);
            for (double x : { 8.0, 12.0, 16.0 })
                p.drawPoint(QPointF(x, 13.5));
            p.drawPoint(QPointF(8, 17));
            p.drawPoint(QPointF(12, 17));
        },
        color);
}

QIcon HomeIcons::alert(const QColor &color)
{
    return makeIcon(
        [](QPainter &p) {
            QPainterPath triangle;
            triangle.moveTo(12, 3.5);
            triangle.lineTo(21, 19.5);
            triangle.lineTo(3, 19.5);
            triangle.closeSubpath();
            p.drawPath(triangle);
            p.drawLine(QPointF(12, 9.5), QPointF(12, 13.5));
            p.drawPoint(QPointF(12, 16.5));
        },
        color);
}

QIcon HomeIcons::quiet(const QColor &color)
{
    return makeIcon(
        [](QPainter &p) {
            p.drawEllipse(QPointF(12, 12.5), 8.5, 8.5);
            p.drawPolyline(QList<QPointF> { { 12, 7.5 }, { 12, 12.5 }, { 15.5, 14.5 } });
        },
        color);
}

QIcon HomeIcons::taskOverdue(const QColor &color)
{
    return makeIcon(
        [](QPainter &p) {
            p.drawRoundedRect(QRectF(4, 4, 16, 16), 3, 3);
            p.drawLine(QPointF(12, 8), QPointF(12, 12.5));
            p.drawPoint(QPointF(12, 16));
        },
        color);
}

QIcon HomeIcons::taskToday(const QColor &color)
{
    return makeIcon(
        [](QPainter &p) {
            calendarFrame(p);
            p.drawPolyline(QList<QPointF> { { 8.5, 14.5 }, { 11, 17 }, { 15.5, 12.5 } });
        },
        color);
}

QIcon HomeIcons::activity(const QColor &color)
{
    return makeIcon(
        [](QPainter &p) {
            p.drawPolyline(QList<QPointF> {
                { 3, 12.5 }, { 7, 12.5 }, { 9.5, 6 }, { 14, 19 }, { 16.5, 12.5 }, { 21, 12.5 } });
        },
        color);
}

QIcon HomeIcons::checkList(const QColor &color)
{
    return makeIcon(
        [](QPainter &p) {
            p.drawPolyline(QList<QPointF> { { 4, 7 }, { 5.8, 8.8 }, { 8.8, 5.5 } });
            p.drawPolyline(QList<QPointF> { { 4, 15 }, { 5.8, 16.8 }, { 8.8, 13.5 } });
            p.drawLine(QPointF(12, 7.5), QPointF(20, 7.5));
            p.drawLine(QPointF(12, 15.5), QPointF(20, 15.5));
        },
        color);
}

QIcon HomeIcons::activityKind(const QString &kind, const QColor &color)
{
    const QString key = kind.trimmed().toLower();
    if (key == QLatin1StringView("call")) {
        return makeIcon(
            [](QPainter &p) {
                QPainterPath handset;
                handset.moveTo(6.5, 3.5);
                handset.lineTo(9.5, 3.5);
                handset.lineTo(11, 8);
                handset.lineTo(9, 9.5);
                handset.cubicTo(10, 11.8, 12.2, 14, 14.5, 15);
                handset.lineTo(16, 13);
                handset.lineTo(20.5, 14.5);
                handset.lineTo(20.5, 17.5);
                handset.cubicTo(20.5, 19, 19.3, 20.5, 17.5, 20.5);
                handset.cubicTo(10, 20, 4, 14, 3.5, 6.5);
                handset.cubicTo(3.5, 4.8, 5, 3.5, 6.5, 3.5);
                p.drawPath(handset);
            },
            color);
    }
    if (key == QLatin1StringView("email")) {
        return makeIcon(
            [](QPainter &p) {
                p.drawRoundedRect(QRectF(3.5, 5.5, 17, 13), 2, 2);
                p.drawPolyline(QList<QPointF> { { 4, 6.5 }, { 12, 12.5 }, { 20, 6.5 } });
            },
            color);
    }
    if (key == QLatin1StringView("meeting")) {
        return makeIcon(
            [](QPainter &p) {
                p.drawEllipse(QPointF(9, 8.5), 3, 3);
                p.drawEllipse(QPointF(16.5, 9.5), 2.4, 2.4);
                QPainterPath left;
                left.moveTo(3.5, 19.5);
                left.cubicTo(4, 15.5, 6.5, 14, 9, 14);
                left.cubicTo(11.5, 14, 14, 15.5, 14.5, 19.5);
                p.drawPath(left);
                QPainterPath right;
                right.moveTo(15.5, 14.3);
                right.cubicTo(18.5, 14.3, 20, 16, 20.5, 19.5);
                p.drawPath(right);
            },
            color);
    }
    // A note, or any other kind: a page with lines.
    return makeIcon(
        [](QPainter &p) {
            QPainterPath page;
            page.moveTo(6, 3.5);
            page.lineTo(14.5, 3.5);
            page.lineTo(18.5, 7.5);
            page.lineTo(18.5, 20.5);
            page.lineTo(6, 20.5);
            page.closeSubpath();
            p.drawPath(page);
            p.drawLine(QPointF(9, 11), QPointF(15.5, 11));
            p.drawLine(QPointF(9, 14.5), QPointF(15.5, 14.5));
            p.drawLine(QPointF(9, 18), QPointF(13, 18));
        },
        color);
}
