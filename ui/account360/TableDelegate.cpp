#include "TableDelegate.h"

#include "common/Theme.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

struct PillColors
{
    QColor background;
    QColor text;
};

PillColors pillColors(const QString &tone)
{
    if (tone == "green"_L1)
        return { QColor(0xe3, 0xf6, 0xe8), QColor(0x1a, 0x6b, 0x31) };
    if (tone == "yellow"_L1)
        return { QColor(0xff, 0xf1, 0xcc), QColor(0x8a, 0x55, 0x00) };
    if (tone == "red"_L1)
        return { QColor(0xfd, 0xe8, 0xe8), QColor(0xa4, 0x0e, 0x26) };
    if (tone == "blue"_L1)
        return { QColor(0xe7, 0xef, 0xfd), QColor(0x1a, 0x5f, 0xd0) };
    if (tone == "purple"_L1)
        return { QColor(0xf0, 0xe9, 0xfd), QColor(0x66, 0x39, 0xba) };
    return { QColor(0xee, 0xf1, 0xf5), QColor(0x4b, 0x55, 0x63) };
}

} // namespace

TableDelegate::TableDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void TableDelegate::setPillColumn(int column, ToneFunction tone)
{
    m_pills.insert(column, std::move(tone));
}

void TableDelegate::setIconColumn(int column, std::function<QIcon(const QModelIndex &index)> icon)
{
    m_icons.insert(column, std::move(icon));
}

void TableDelegate::setMutedColumn(int column)
{
    m_muted.append(column);
}

bool TableDelegate::isCheckCell(const QModelIndex &index)
{
    return (index.flags() & Qt::ItemIsUserCheckable) && index.data(Qt::DisplayRole).toString().isEmpty();
}

QStyleOptionViewItem TableDelegate::checkOption(const QStyleOptionViewItem &option)
{
    QStyleOptionViewItem shifted = option;
    shifted.rect.adjust(cellPadding - 3, 0, 0, 0);
    return shifted;
}

bool TableDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    return QStyledItemDelegate::editorEvent(event, model, isCheckCell(index) ? checkOption(option) : option,
                                            index);
}

void TableDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (isCheckCell(index)) {
        QStyleOptionViewItem background = opt;
        background.features &= ~QStyleOptionViewItem::HasCheckIndicator;
        background.state &= ~QStyle::State_HasFocus;
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, opt.widget);
        QStyleOptionViewItem box = checkOption(option);
        box.state &= ~QStyle::State_HasFocus;
        QStyledItemDelegate::paint(painter, box, index);
        return;
    }
    const QString text = opt.text;
    // The style paints the background (alternate rows, selection); the text goes in here
    // with the padding the header has.
    opt.text.clear();
    opt.state &= ~QStyle::State_HasFocus;
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    QRect content = option.rect.adjusted(cellPadding, 0, -cellPadding, 0);
    painter->save();
    if (m_strongRows && m_strongRows(index))
        opt.font.setWeight(QFont::Bold);
    if (const auto icon = m_icons.constFind(index.column()); icon != m_icons.cend()) {
        const QIcon glyph = (*icon)(index);
        if (!glyph.isNull()) {
            constexpr int size = 16;
            glyph.paint(painter, QRect(content.left(), content.center().y() - size / 2 + 1, size, size));
            content.setLeft(content.left() + size + 6);
        }
    }
    const auto pill = m_pills.constFind(index.column());
    const QString tone = pill != m_pills.cend() ? (*pill)(index) : u"plain"_s;
    if (tone != "plain"_L1) {
        QFont font = opt.font;
        font.setPointSizeF(font.pointSizeF() * 0.9);
        font.setWeight(QFont::DemiBold);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 6;
        const int textWidth = metrics.horizontalAdvance(text);
        const int width = qMin(qMax(textWidth + 18, height), content.width());
        int left = content.left();
        if (opt.displayAlignment & Qt::AlignHCenter)
            left = content.left() + (content.width() - width) / 2;
        else if (opt.displayAlignment & Qt::AlignRight)
            left = content.right() - width;
        const QRect rect(left, content.center().y() - height / 2 + 1, width, height);
        const PillColors colors = pillColors(tone);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.background);
        painter->drawRoundedRect(rect, height / 2.0, height / 2.0);
        painter->setFont(font);
        painter->setPen(colors.text);
        const QString shown
            = textWidth + 18 <= content.width() ? text : metrics.elidedText(text, Qt::ElideRight, width - 14);
        painter->drawText(rect, Qt::AlignCenter, shown);
        painter->restore();
        return;
    }
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor color = opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
    if (m_muted.contains(index.column()) || (m_mutedRows && m_mutedRows(index)))
        color = Theme::mutedText();
    painter->setPen(color);
    painter->setFont(opt.font);
    if (opt.features & QStyleOptionViewItem::WrapText) {
        // Long text (NPS comments) wraps onto as many lines as the row was sized for.
        painter->drawText(content.adjusted(0, 6, 0, -6), int(opt.displayAlignment) | Qt::TextWordWrap, text);
    } else {
        const QString elided = QFontMetrics(opt.font).elidedText(text, opt.textElideMode, content.width());
        painter->drawText(content, int(opt.displayAlignment) | Qt::TextSingleLine, elided);
    }
    painter->restore();
}

QSize TableDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Wrapped text gets the width that is left inside the padding.
    QStyleOptionViewItem opt = option;
    if (opt.rect.width() > 2 * cellPadding)
        opt.rect.setWidth(opt.rect.width() - 2 * cellPadding);
    QSize size = QStyledItemDelegate::sizeHint(opt, index);
    size.setWidth(size.width() + 2 * cellPadding);
    size.setHeight(qMax(size.height() + 12, 32));
    return size;
}
