#pragma once

#include <QStyledItemDelegate>

// Paints one TimelineModel entry as a card row: a tinted type badge, the subject, a line
// of who and when, and the start of the text. The CSM's own notes get a soft highlight
// and an "Edit" hint, since a click opens them in the note editor.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text of the second line: type, contact, author and time.
    static QString metaLine(const QModelIndex &index);
};
