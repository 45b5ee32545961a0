#include "Account360Icons.h"

#include "common/Icons.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

void strokeGlyph(QPainter &p, Account360Icons::Glyph glyph)
{
    using Glyph = Account360Icons::Glyph;
    switch (glyph) {
    case Glyph::Note: {
        // A sheet with a folded corner and two lines.
        QPainterPath sheet;
        sheet.moveTo(6, 3.5);
        sheet.lineTo(14.5, 3.5);
        sheet.lineTo(19, 8);
        sheet.lineTo(19, 20.5);
        sheet.lineTo(6, 20.5);
        sheet.closeSubpath();
        p.drawPath(sheet);
        p.drawPolyline(QList<QPointF> { { 14.5, 3.5 }, { 14.5, 8 }, { 19, 8 } });
        p.drawLine(QPointF(9, 12.5), QPointF(16, 12.5));
        p.drawLine(QPointF(9, 16.5), QPointF(14, 16.5));
        break;
    }
    case Glyph::Email:
        p.drawRoundedRect(QRectF(3.5, 5.5, 17, 13), 2, 2);
        p.drawPolyline(QList<QPointF> { { 4, 6.5 }, { 12, 12.5 }, { 20, 6.5 } });
        break;
    case Glyph::Call: {
        // A handset.
        QPainterPath handset;
        handset.moveTo(6.5, 3.8);
        handset.lineTo(9.5, 3.8);
        handset.lineTo(11, 8);
        handset.lineTo(9, 9.5);
        handset.cubicTo(10, 11.8, 12.2, 14, 14.5, 15);
        handset.lineTo(16, 13);
        handset.lineTo(20.2, 14.5);
        handset.lineTo(20.2, 17.5);
        handset.cubicTo(20.2, 19, 19, 20.2, 17.5, 20.2);
        handset.cubicTo(10, 19.5, 4.5, 14, 3.8, 6.5);
        handset.cubicTo(3.8, 5, 5, 3.8, 6.5, 3.8);
        p.drawPath(handset);
        break;
    }
    case Glyph::Meeting:
        // Two people.
        p.drawEllipse(QPointF(9, 8.5), 3, 3);
        p.drawArc(QRectF(3.5, 14, 11, 10), 0, 180 * 16);
        p.drawEllipse(QPointF(16.5, 9.5), 2.4, 2.4);
        p.drawArc(QRectF(13.5, 14.5, 8, 8), 10 * 16, 150 * 16);
        break;
    case Glyph::Task:
        p.drawRoundedRect(QRectF(4, 4, 16, 16), 3, 3);
        p.drawPolyline(QList<QPointF> { { 8, 12.2 }, { 11, 15 }, { 16.5, 9 } });
        break;
    case Glyph::Checkbox:
        p.drawRoundedRect(QRectF(5, 5, 14, 14), 3, 3);
        break;
    case Glyph::Other:
        p.drawEllipse(QPointF(12, 12), 8, 8);
        p.drawPoint(QPointF(8.5, 12));
        p.drawPoint(QPointF(12, 12));
        p.drawPoint(QPointF(15.5, 12));
        break;
    case Glyph::Usage:
        p.drawPolyline(QList<QPointF> { { 4, 4 }, { 4, 20 }, { 20, 20 } });
        p.drawPolyline(QList<QPointF> { { 7, 15.5 }, { 10.5, 11.5 }, { 13.5, 14 }, { 19, 7 } });
        break;
    case Glyph::Case:
        // A lifebuoy.
        p.drawEllipse(QPointF(12, 12), 8, 8);
        p.drawEllipse(QPointF(12, 12), 3.5, 3.5);
        p.drawLine(QPointF(6.3, 6.3), QPointF(9.5, 9.5));
        p.drawLine(QPointF(17.7, 6.3), QPointF(14.5, 9.5));
        p.drawLine(QPointF(6.3, 17.7), QPointF(9.5, 14.5));
        p.drawLine(QPointF(17.7, 17.7), QPointF(14.5, 14.5));
        break;
    case Glyph::Nps:
        // A smile.
        p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
        p.drawArc(QRectF(7.5, 8, 9, 8), 200 * 16, 140 * 16);
        p.drawPoint(QPointF(9.2, 9.8));
        p.drawPoint(QPointF(14.8, 9.8));
        break;
    case Glyph::Opportunity:
        // A target.
        p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
        p.drawEllipse(QPointF(12, 12), 5, 5);
        p.drawEllipse(QPointF(12, 12), 1.5, 1.5);
        break;
    case Glyph::Contact:
        p.drawEllipse(QPointF(12, 8.5), 3.8, 3.8);
        p.drawArc(QRectF(5, 14.5, 14, 12), 0, 180 * 16);
        break;
    case Glyph::Timeline:
        p.drawLine(QPointF(7, 4), QPointF(7, 20));
        p.drawEllipse(QPointF(7, 7), 1.6, 1.6);
        p.drawEllipse(QPointF(7, 17), 1.6, 1.6);
        p.drawLine(QPointF(11, 7), QPointF(19, 7));
        p.drawLine(QPointF(11, 17), QPointF(17, 17));
        break;
    case Glyph::Missing:
        p.drawEllipse(QPointF(10.5, 10.5), 6.5, 6.5);
        p.drawLine(QPointF(15.3, 15.3), QPointF(20, 20));
        p.drawLine(QPointF(8, 8), QPointF(13, 13));
        p.drawLine(QPointF(13, 8), QPointF(8, 13));
        break;
    case Glyph::Health:
        // A pulse across a heart rate line.
        p.drawPolyline(QList<QPointF> {
            { 3, 12.5 }, { 7.5, 12.5 }, { 9.5, 7 }, { 12.5, 18 }, { 15, 10 }, { 16.5, 12.5 }, { 21, 12.5 } });
        break;
    }
}

Icons::Painter stroker(Account360Icons::Glyph glyph)
{
    return [glyph](QPainter &p) {
        strokeGlyph(p, glyph);
    };
}

} // namespace

Account360Icons::Glyph Account360Icons::glyphForType(const QString &type)
{
    if (type == "note"_L1)
        return Glyph::Note;
    if (type == "email"_L1)
        return Glyph::Email;
    if (type == "call"_L1)
        return Glyph::Call;
    if (type == "meeting"_L1)
        return Glyph::Meeting;
    if (type == "task"_L1)
        return Glyph::Task;
    return Glyph::Other;
}

QColor Account360Icons::colorForType(const QString &type)
{
    if (type == "note"_L1)
        return QColor(0xb0, 0x6a, 0x00);
    if (type == "email"_L1)
        return QColor(0x1f, 0x6f, 0xeb);
    if (type == "call"_L1)
        return QColor(0x1a, 0x7f, 0x37);
    if (type == "meeting"_L1)
        return QColor(0x82, 0x50, 0xdf);
    if (type == "task"_L1)
        return QColor(0x0e, 0x7c, 0x86);
    return QColor(0x6b, 0x76, 0x86);
}

void Account360Icons::paint(QPainter &painter, Glyph glyph, const QRectF &rect, const QColor &color)
{
    Icons::paint(painter, rect, stroker(glyph), color);
}

QIcon Account360Icons::icon(Glyph glyph, const QColor &color)
{
    return Icons::make(stroker(glyph), color);
}
