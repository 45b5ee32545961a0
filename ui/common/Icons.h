#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <functional>

class QPainter;
class QRectF;

// Pitwall's icons, drawn in code on a 24-unit grid: crisp at any size, tinted to fit
// the light content area or the dark sidebar, and independent of the SVG plugin, which
// a minimal Qt install lacks.
class Icons
{
public:
    // Draws a glyph on the 24-unit grid with the pen it is given.
    using Painter = std::function<void(QPainter &painter)>;

    // Strokes `glyph` into `rect` of `painter`: antialiased, a round pen of `color`
    // `penWidth` units wide, no brush. The painter's state is restored after.
    static void paint(QPainter &painter, const QRectF &rect, const Painter &glyph, const QColor &color,
                      qreal penWidth = 1.8);
    // The same on a transparent square pixmap of `size` pixels.
    static QPixmap render(const Painter &glyph, const QColor &color, int size, qreal penWidth = 1.8);
    // An icon from 16 to 64 pixels; `selected`, where valid, tints it where a list shows
    // it on the selection colour.
    static QIcon make(const Painter &glyph, const QColor &color, const QColor &selected = QColor());

    // The application icon: the SVG from the resources where Qt can read SVG,
    // else the same design painted.
    static QIcon application();
    static QPixmap logo(int size);

    // `selected` tints the icon where a list shows it on the selection colour.
    static QIcon accounts(const QColor &color, const QColor &selected = Qt::white);
    static QIcon search(const QColor &color);
    static QIcon importData(const QColor &color);
    static QIcon demoData(const QColor &color);
    static QIcon refresh(const QColor &color);
    static QIcon home(const QColor &color, const QColor &selected = Qt::white);
    static QIcon dashboard(const QColor &color, const QColor &selected = Qt::white);
    static QIcon team(const QColor &color, const QColor &selected = Qt::white);
    // A review deck on an easel: the QBR builder.
    static QIcon qbr(const QColor &color, const QColor &selected = Qt::white);
    static QIcon account(const QColor &color, const QColor &selected = Qt::white);
    static QIcon contact(const QColor &color);
    static QIcon back(const QColor &color);
    static QIcon forward(const QColor &color);
    static QIcon user(const QColor &color);
    // Result badges for the import report.
    static QPixmap success(int size);
    static QPixmap failure(int size);
    static QPixmap cancelled(int size);
};
