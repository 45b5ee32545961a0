#pragma once

#include <QColor>
#include <QIcon>

// The glyphs of Home's figure cards, drawn in code on Icons' 24-unit grid.
class HomeIcons
{
public:
    static QIcon calendar(const QColor &color);
    static QIcon alert(const QColor &color);
    static QIcon quiet(const QColor &color); // not touched: a clock at rest
    static QIcon taskOverdue(const QColor &color);
    static QIcon taskToday(const QColor &color);
    static QIcon activity(const QColor &color);
    static QIcon checkList(const QColor &color);
    // Kinds of activity: call, email, meeting, note (anything else).
    static QIcon activityKind(const QString &kind, const QColor &color);
};
