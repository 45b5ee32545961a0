#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>
#include <functional>

// The Account 360's table cells: text with the same padding as the header, and
// optional "pill" columns (status, priority, NPS score, outcome) drawn as a rounded
// badge whose colour a function picks from the row: "green", "yellow", "red", "blue",
// "purple", "" for neutral grey, or "plain" for no badge at all.
class TableDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using ToneFunction = std::function<QString(const QModelIndex &index)>;

    explicit TableDelegate(QObject *parent = nullptr);

    void setPillColumn(int column, ToneFunction tone);
    // Secondary text (ids, numbers) in the muted colour.
    void setMutedColumn(int column);
    // Whole rows in the muted colour (done tasks).
    void setMutedRows(std::function<bool(const QModelIndex &index)> muted) { m_mutedRows = std::move(muted); }
    // Whole rows in bold (the measure dragging a health score down).
    void setStrongRows(std::function<bool(const QModelIndex &index)> strong)
    {
        m_strongRows = std::move(strong);
    }
    // A 16-pixel icon before the text of a column's cells, where the function gives one.
    void setIconColumn(int column, std::function<QIcon(const QModelIndex &index)> icon);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    static constexpr int cellPadding = 10;

private:
    // A check box cell: the box sits where the header's text starts.
    static bool isCheckCell(const QModelIndex &index);
    static QStyleOptionViewItem checkOption(const QStyleOptionViewItem &option);

    QHash<int, ToneFunction> m_pills;
    QList<int> m_muted;
    std::function<bool(const QModelIndex &index)> m_mutedRows;
    std::function<bool(const QModelIndex &index)> m_strongRows;
    QHash<int, std::function<QIcon(const QModelIndex &index)>> m_icons;
};
