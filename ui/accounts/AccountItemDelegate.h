#pragma once

#include <QStyledItemDelegate>

// Draws the account list the way a CSM scans it: the status as a coloured pill,
// archived accounts greyed out, and rows with room to breathe.
class AccountItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintStatusPill(QPainter *painter, const QFont &baseFont, const QRect &rect, const QString &status,
                         const QString &rawStatus) const;
};
