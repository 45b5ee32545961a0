#include "AccountItemDelegate.h"

#include "common/Theme.h"
#include "itemmodels/AccountListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

constexpr int rowHeight = 34;
constexpr int cellPadding = 10;

struct PillColors
{
    QColor background;
    QColor text;
};

// CRM status values are free text; the common words map onto the traffic-light colours
// a CSM expects, anything else stays neutral.
PillColors pillColors(const QString &status)
{
    const QString s = status.toLower();
    if (s.contains("churn"_L1) || s.contains("lost"_L1) || s.contains("cancel"_L1)
        || s.contains("inactive"_L1) || s.contains("closed"_L1))
        return { QColor(0xfd, 0xe8, 0xe8), QColor(0xa4, 0x0e, 0x26) };
    if (s.contains("risk"_L1) || s.contains("warn"_L1) || s.contains("hold"_L1))
        return { QColor(0xff, 0xf4, 0xd6), QColor(0x8a, 0x55, 0x00) };
    if (s.contains("active"_L1) || s.contains("live"_L1) || s.contains("healthy"_L1)
        || s.contains("customer"_L1))
        return { QColor(0xe3, 0xf6, 0xe8), QColor(0x1a, 0x6b, 0x31) };
    return { QColor(0xee, 0xf1, 0xf5), QColor(0x4b, 0x55, 0x63) };
}

} // namespace

void AccountItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(AccountListModel::ArchivedRole).toBool()) {
        option->palette.setColor(QPalette::Text, Theme::mutedText());
        option->font.setItalic(true);
    }
    if (index.column() == AccountListModel::Name && !option->font.italic())
        option->font.setWeight(QFont::Medium);
    if (index.column() == AccountListModel::CrmId) {
        option->palette.setColor(QPalette::Text, Theme::mutedText());
        // Salesforce ids share their prefix; the end is what tells them apart.
        option->textElideMode = Qt::ElideMiddle;
    }
}

void AccountItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The style paints the background (alternate rows, selection) across the whole cell;
    // the text goes in here, with horizontal padding item views do not have per cell.
    opt.text.clear();
    opt.state &= ~QStyle::State_HasFocus;
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    const QRect content = option.rect.adjusted(cellPadding, 0, -cellPadding, 0);
    if (index.column() == AccountListModel::Status) {
        // Coloured by the stored value, so the colours do not depend on the language.
        paintStatusPill(painter, opt.font, content, text, index.data(AccountListModel::RawRole).toString());
        return;
    }
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QString elided = QFontMetrics(opt.font).elidedText(text, opt.textElideMode, content.width());
    painter->drawText(content, int(opt.displayAlignment) | Qt::TextSingleLine, elided);
    painter->restore();
}

void AccountItemDelegate::paintStatusPill(QPainter *painter, const QFont &baseFont, const QRect &rect,
                                          const QString &status, const QString &rawStatus) const
{
    QFont font = baseFont;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 6;
    const int textWidth = metrics.horizontalAdvance(status);
    const int width = qMin(textWidth + 18, rect.width());
    const QRect pill(rect.left(), rect.center().y() - height / 2 + 1, width, height);
    // Elide only what really does not fit: elidedText() measures a pixel wider than
    // horizontalAdvance() and would clip a word that fits exactly.
    const QString text
        = textWidth + 18 <= rect.width() ? status : metrics.elidedText(status, Qt::ElideRight, width - 18);
    const PillColors colors = pillColors(rawStatus);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(colors.text);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize AccountItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 2 * cellPadding);
    size.setHeight(qMax(size.height(), rowHeight));
    return size;
}
