#include "Icons.h"

#include <QImageReader>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

using Painter = Icons::Painter;

// The design of resources/icons/pitwall.svg on its 128-unit grid: a health gauge
// (red, yellow, green bands, needle in the green) above a chequered pit wall.
void paintLogo(QPainter &p)
{
    QPainterPath tile;
    tile.addRoundedRect(QRectF(4, 4, 120, 120), 26, 26);
    QLinearGradient background(0, 4, 0, 124);
    background.setColorAt(0, QColor(0x26, 0x50, 0x7a));
    background.setColorAt(1, QColor(0x13, 0x2a, 0x44));
    p.fillPath(tile, background);

    p.save();
    p.setClipPath(tile);
    p.fillRect(QRectF(0, 96, 128, 32), QColor(0xee, 0xf2, 0xf6));
    for (int column = 0; column < 8; ++column) {
        const int row = column % 2;
        p.fillRect(QRectF(column * 16, 96 + row * 16, 16, 16), QColor(0x17, 0x22, 0x2e));
    }
    p.restore();

    const QRectF dial(64 - 36, 57 - 36, 72, 72);
    auto band = [&](double from, double span, const QColor &color) {
        p.setPen(QPen(color, 13, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(dial, int(from * 16), int(span * 16));
    };
    band(210.0, -116.4, QColor(0xe5, 0x53, 0x4b));
    band(86.4, -52.8, QColor(0xf2, 0xb8, 0x4b));
    band(26.4, -56.4, QColor(0x3f, 0xb9, 0x50));

    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    const QPointF needle[] = { { 92.23, 50.38 }, { 61.25, 62.78 }, { 58.96, 53.05 } };
    p.drawPolygon(needle, 3);
    p.drawEllipse(QPointF(64, 57), 9, 9);
    p.setBrush(QColor(0x13, 0x2a, 0x44));
    p.drawEllipse(QPointF(64, 57), 3.5, 3.5);
}

// A white glyph on a disc of `color`.
QPixmap badge(int size, const QColor &color, const Painter &glyph)
{
    return Icons::render(
        [&](QPainter &p) {
            const QPen pen = p.pen();
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(QRectF(1, 1, 22, 22));
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            glyph(p);
        },
        Qt::white, size, 2.4);
}

} // namespace

void Icons::paint(QPainter &painter, const QRectF &rect, const Painter &glyph, const QColor &color,
                  qreal penWidth)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(rect.topLeft());
    painter.scale(rect.width() / 24.0, rect.height() / 24.0);
    painter.setPen(QPen(color, penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    glyph(painter);
    painter.restore();
}

QPixmap Icons::render(const Painter &glyph, const QColor &color, int size, qreal penWidth)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    paint(p, QRectF(0, 0, size, size), glyph, color, penWidth);
    return pixmap;
}

QIcon Icons::make(const Painter &glyph, const QColor &color, const QColor &selected)
{
    QIcon icon;
    for (int size : { 16, 20, 24, 32, 48, 64 }) {
        icon.addPixmap(render(glyph, color, size), QIcon::Normal);
        if (selected.isValid())
            icon.addPixmap(render(glyph, selected, size), QIcon::Selected);
    }
    return icon;
}

QIcon Icons::application()
{
    if (QImageReader::supportedImageFormats().contains("svg"))
        return QIcon(u":/pitwall/icons/pitwall.svg"_s);
    QIcon icon;
    for (int size : { 16, 24, 32, 48, 64, 128, 256 })
        icon.addPixmap(logo(size));
    return icon;
}

QPixmap Icons::logo(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 128.0, size / 128.0);
    paintLogo(p);
    return pixmap;
}

QIcon Icons::accounts(const QColor &color, const QColor &selected)
{
    return make(
        [](QPainter &p) {
            p.drawRoundedRect(QRectF(4, 3.5, 10, 17), 1.2, 1.2);
            p.drawPolyline(QList<QPointF> { { 14, 9 }, { 19, 9 }, { 20, 10 }, { 20, 20.5 }, { 14, 20.5 } });
            p.drawLine(QPointF(2.5, 20.5), QPointF(21.5, 20.5));
            for (double y : { 7.5, 11.0, 14.5 })
                for (double x : { 7.0, 11.0 })
                    p.drawPoint(QPointF(x, y));
            p.drawPoint(QPointF(17, 13));
            p.drawPoint(QPointF(17, 16.5));
        },
        color, selected);
}

QIcon Icons::search(const QColor &color)
{
    return make(
        [](QPainter &p) {
            p.drawEllipse(QPointF(10.5, 10.5), 6, 6);
            p.drawLine(QPointF(15, 15), QPointF(20, 20));
        },
        color);
}

QIcon Icons::importData(const QColor &color)
{
    return make(
        [](QPainter &p) {
            QPainterPath tray;
            tray.moveTo(4, 14);
            tray.lineTo(4, 18);
            tray.quadTo(4, 20, 6, 20);
            tray.lineTo(18, 20);
            tray.quadTo(20, 20, 20, 18);
            tray.lineTo(20, 14);
            p.drawPath(tray);
            p.drawLine(QPointF(12, 3.5), QPointF(12, 14.5));
            p.drawPolyline(QList<QPointF> { { 7.5, 10 }, { 12, 14.5 }, { 16.5, 10 } });
        },
        color);
}

QIcon Icons::demoData(const QColor &color)
{
    return make(
        [](QPainter &p) {
            auto sparkle = [&p](QPointF c, double r) {
                QPainterPath s;
                s.moveTo(c.x(), c.y() - r);
                s.quadTo(c.x(), c.y(), c.x() + r, c.y());
                s.quadTo(c.x(), c.y(), c.x(), c.y() + r);
                s.quadTo(c.x(), c.y(), c.x() - r, c.y());
                s.quadTo(c.x(), c.y(), c.x(), c.y() - r);
                p.drawPath(s);
            };
            sparkle({ 10, 14 }, 7);
            sparkle({ 18.5, 5.5 }, 3);
        },
        color);
}

QIcon Icons::refresh(const QColor &color)
{
    return make(
        [](QPainter &p) {
            const QRectF circle(4.5, 4.5, 15, 15);
            p.drawArc(circle, 60 * 16, 285 * 16);
            p.drawPolyline(QList<QPointF> { { 13.5, 2.5 }, { 16.2, 5.3 }, { 13.2, 7.8 } });
        },
        color);
}

QIcon Icons::home(const QColor &color, const QColor &selected)
{
    return make(
        [](QPainter &p) {
            p.drawPolyline(QList<QPointF> { { 3, 11.5 }, { 12, 3.5 }, { 21, 11.5 } });
            p.drawPolyline(QList<QPointF> { { 5.5, 9.5 }, { 5.5, 20.5 }, { 18.5, 20.5 }, { 18.5, 9.5 } });
            p.drawPolyline(QList<QPointF> { { 10, 20.5 }, { 10, 14.5 }, { 14, 14.5 }, { 14, 20.5 } });
        },
        color, selected);
}

QIcon Icons::dashboard(const QColor &color, const QColor &selected)
{
    return make(
        [](QPainter &p) {
            p.drawLine(QPointF(3.5, 20.5), QPointF(20.5, 20.5));
            p.drawRect(QRectF(5, 12, 3.5, 8.5));
            p.drawRect(QRectF(10.25, 7, 3.5, 13.5));
            p.drawRect(QRectF(15.5, 3.5, 3.5, 17));
        },
        color, selected);
}

QIcon Icons::team(const QColor &color, const QColor &selected)
{
    return make(
        [](QPainter &p) {
            p.drawEllipse(QPointF(9, 8), 3.2, 3.2);
            p.drawArc(QRectF(3, 13, 12, 11), 0, 180 * 16);
            p.drawEllipse(QPointF(16.5, 9), 2.6, 2.6);
            p.drawArc(QRectF(13, 14, 8, 8), 0, 180 * 16);
        },
        color, selected);
}

QIcon Icons::qbr(const QColor &color, const QColor &selected)
{
    return make(
        [](QPainter &p) {
            p.drawRoundedRect(QRectF(3, 3.5, 18, 12.5), 1.5, 1.5);
            p.drawLine(QPointF(12, 16), QPointF(12, 18.5));
            p.drawLine(QPointF(12, 18.5), QPointF(8, 21.5));
            p.drawLine(QPointF(12, 18.5), QPointF(16, 21.5));
            p.drawLine(QPointF(7.5, 12.5), QPointF(7.5, 10.5));
            p.drawLine(QPointF(12, 12.5), QPointF(12, 7.5));
            p.drawLine(QPointF(16.5, 12.5), QPointF(16.5, 9));
        },
        color, selected);
}

QIcon Icons::account(const QColor &color, const QColor &selected)
{
    return make(
        [](QPainter &p) {
            p.drawRoundedRect(QRectF(5, 3.5, 14, 17), 1.5, 1.5);
            for (double y : { 7.5, 11.0, 14.5 })
                for (double x : { 9.0, 15.0 })
                    p.drawPoint(QPointF(x, y));
            p.drawLine(QPointF(10.5, 20.5), QPointF(10.5, 17.5));
            p.drawLine(QPointF(10.5, 17.5), QPointF(13.5, 17.5));
            p.drawLine(QPointF(13.5, 17.5), QPointF(13.5, 20.5));
        },
        color, selected);
}

QIcon Icons::contact(const QColor &color)
{
    return make(
        [](QPainter &p) {
            p.drawEllipse(QPointF(12, 8.5), 4, 4);
            QPainterPath body;
            body.moveTo(4.5, 20.5);
            body.cubicTo(5, 15.5, 8, 14, 12, 14);
            body.cubicTo(16, 14, 19, 15.5, 19.5, 20.5);
            p.drawPath(body);
        },
        color);
}

QIcon Icons::user(const QColor &color)
{
    return make(
        [](QPainter &p) {
            p.drawEllipse(QPointF(12, 12), 9, 9);
            p.drawEllipse(QPointF(12, 10), 3.2, 3.2);
            QPainterPath body;
            body.moveTo(6.5, 18.5);
            body.cubicTo(8, 15.5, 10, 15, 12, 15);
            body.cubicTo(14, 15, 16, 15.5, 17.5, 18.5);
            p.drawPath(body);
        },
        color);
}

QIcon Icons::back(const QColor &color)
{
    return make(
        [](QPainter &p) {
            p.drawLine(QPointF(19, 12), QPointF(5, 12));
            p.drawPolyline(QList<QPointF> { { 11, 6 }, { 5, 12 }, { 11, 18 } });
        },
        color);
}

QIcon Icons::forward(const QColor &color)
{
    return make(
        [](QPainter &p) {
            p.drawLine(QPointF(5, 12), QPointF(19, 12));
            p.drawPolyline(QList<QPointF> { { 13, 6 }, { 19, 12 }, { 13, 18 } });
        },
        color);
}

QPixmap Icons::success(int size)
{
    return badge(size, QColor(0x1a, 0x7f, 0x37), [](QPainter &p) {
        p.drawPolyline(QList<QPointF> { { 7, 12.5 }, { 10.5, 16 }, { 17, 8.5 } });
    });
}

QPixmap Icons::failure(int size)
{
    return badge(size, QColor(0xcf, 0x22, 0x2e), [](QPainter &p) {
        p.drawLine(QPointF(12, 6.5), QPointF(12, 13.5));
        p.drawPoint(QPointF(12, 17.5));
    });
}

QPixmap Icons::cancelled(int size)
{
    return badge(size, QColor(0x6e, 0x77, 0x81),
                 [](QPainter &p) { p.drawLine(QPointF(7.5, 12), QPointF(16.5, 12)); });
}
