#pragma once

#include <QColor>

class QApplication;
class QFrame;
class QLabel;
class QLayout;
class QString;
class QWidget;

// Pitwall's look: Fusion with a light palette, a navy sidebar, and one style sheet for
// the whole application. Widgets opt into a look with the "role" property
// (title, subtitle, muted, primary, secondary, card, ...) rather than styling themselves.
class Theme
{
public:
    static void apply(QApplication &app);

    // Sets the role property and re-polishes `widget` so that the style sheet applies.
    static void setRole(QWidget *widget, const char *role);
    // The views' building blocks: a "card" frame (white, rounded, bordered), and a label
    // in `role` (none when null).
    static QFrame *card(QWidget *parent);
    static QLabel *label(const QString &text, const char *role, QWidget *parent);
    // Deletes every item of `layout`, with the widgets and layouts in them.
    static void clearLayout(QLayout *layout);

    static QColor accent() { return QColor(0x1f, 0x6f, 0xeb); }
    static QColor text() { return QColor(0x1b, 0x24, 0x30); }
    static QColor mutedText() { return QColor(0x6b, 0x76, 0x86); }
    static QColor sidebarText() { return QColor(0xb8, 0xc4, 0xd4); }
    static QColor border() { return QColor(0xe1, 0xe6, 0xed); }
    static QColor success() { return QColor(0x1a, 0x7f, 0x37); }
    static QColor warning() { return QColor(0xb0, 0x6a, 0x00); }
    static QColor danger() { return QColor(0xcf, 0x22, 0x2e); }
};
