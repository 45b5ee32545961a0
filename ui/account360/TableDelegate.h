#pragma once

#include <QHash>
#include <QStyledItemDelegate>
#include <functional>

// The Account 360's table cells: text with the same padding as the header, and
// optional "pill" columns (status, priority, NPS score, outcome) drawn as a rounded
// badge whose colour a function picks from the row: "green", "yellow", "red", "blue",
// "purple", or "" for neutral grey.
class TableDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using ToneFunction = std::function<QString(const QModelIndex &index)>;

    explicit TableDelegate(QObject *parent = nullptr);

    void setPillColumn(int column, ToneFunction tone);
    // Secondary text (ids, numbers) in the muted colour.
    void setMutedColumn(int column);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int cellPadding = 10;

private:
    QHash<int, ToneFunction> m_pills;
    QList<int> m_muted;
};
