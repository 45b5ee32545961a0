#pragma once

#include <QColor>
#include <QIcon>
#include <QRectF>

class QPainter;

// The Account 360's glyphs, drawn in code on a 24-unit grid like ui/common/Icons: one
// per timeline entry type and per section, for the timeline and the empty states.
class Account360Icons
{
public:
    enum class Glyph
    {
        Note,
        Email,
        Call,
        Meeting,
        Task,
        Checkbox, // an open task
        Other,
        Usage,
        Case,
        Nps,
        Opportunity,
        Contact,
        Timeline,
        Missing,
        Health, // a pulse
    };

    // The glyph for a TimelineModel type (note, email, call, meeting, task, other).
    static Glyph glyphForType(const QString &type);
    // The colour that marks a timeline type.
    static QColor colorForType(const QString &type);

    // Strokes the glyph into `rect` with `color`.
    static void paint(QPainter &painter, Glyph glyph, const QRectF &rect, const QColor &color);
    static QIcon icon(Glyph glyph, const QColor &color);
};
