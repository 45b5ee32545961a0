#pragma once

#include <QStyledItemDelegate>

// Draws the team table: the health mix as a small stacked bar (red, yellow, green, not
// scored), figures that open a list of accounts as links (underlined under the mouse),
// zero figures muted, the totals row in bold, text padded as the header's titles are,
// and a ring around the current cell while the table has the keyboard.
class TeamItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colours of the bar's segments, shared with the legend.
    static QColor redColor();
    static QColor yellowColor();
    static QColor greenColor();
    static QColor notScoredColor();
    // Horizontal padding of a cell's text: the header's (ui/common/Theme).
    static constexpr int cellPadding = 10;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintHealthBar(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
};
