#pragma once

#include <QStyledItemDelegate>

// Home's task list: the tick box centred in its column, the whole cell a target for
// ticking; a done task's title struck through (it stays until the next reload, so a
// tick can be undone), and the due date as a distance, red when overdue.
class HomeTaskDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};
