#include "TeamItemDelegate.h"

#include "common/Theme.h"
#include "itemmodels/TeamModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int barWidth = 88;
constexpr int barHeight = 10;

} // namespace

QColor TeamItemDelegate::redColor()
{
    return Theme::danger();
}

QColor TeamItemDelegate::yellowColor()
{
    return QColor(0xe0, 0xa1, 0x1b);
}

QColor TeamItemDelegate::greenColor()
{
    return QColor(0x2d, 0xa4, 0x4e);
}

QColor TeamItemDelegate::notScoredColor()
{
    return QColor(0xc9, 0xd1, 0xdc);
}

void TeamItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(TeamModel::IsTotalRole).toBool())
        option->font.setWeight(QFont::DemiBold);
    const bool selected = option->state & QStyle::State_Selected;
    if ((index.data(TeamModel::FigureRole).toInt() < 0 && !TeamModel::isPlaybookColumn(index.column()))
        || selected)
        return;
    // Zero: muted. The bands and overdue work in their colours, other figures as text;
    // a figure that lists accounts is a link under the mouse (accent, underlined).
    QColor color = Theme::mutedText();
    if (index.data(TeamModel::HasAccountsRole).toBool()) {
        const bool hovered = option->state & QStyle::State_MouseOver;
        switch (index.column()) {
        case TeamModel::Red:
        case TeamModel::OverdueTasks:
        case TeamModel::PlaybookOverdue:
            color = Theme::danger();
            break;
        case TeamModel::Yellow:
            color = Theme::warning();
            break;
        case TeamModel::Green:
            color = Theme::success();
            break;
        default:
            color = hovered ? Theme::accent() : Theme::text();
            break;
        }
        if (hovered)
            option->font.setUnderline(true);
    }
    option->palette.setColor(QPalette::Text, color);
}

void TeamItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    // The style paints the background (alternate rows, selection) across the whole cell;
    // the text goes in here with the header's padding, so figures line up under their
    // titles, or the bar for the health mix.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const bool hasFocus = opt.state & QStyle::State_HasFocus;
    opt.text.clear();
    opt.state &= ~QStyle::State_HasFocus;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (index.column() == TeamModel::Health) {
        paintHealthBar(painter, option, index);
    } else if (!text.isEmpty()) {
        // One line per currency, each elided on its own.
        const QRect content = option.rect.adjusted(cellPadding, 0, -cellPadding, 0);
        const QFontMetrics metrics(opt.font);
        // (The item delegate turns the model's line breaks into line separators.)
        QStringList lines = QString(text).replace(QChar::LineSeparator, u'\n').split(u'\n');
        for (QString &line : lines) {
            if (metrics.horizontalAdvance(line) > content.width())
                line = metrics.elidedText(line, opt.textElideMode, content.width());
        }
        const QPalette::ColorGroup group
            = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(content, int(opt.displayAlignment), lines.join(u'\n'));
        painter->restore();
    }

    // The current cell, when the table has the keyboard: Enter opens what it shows.
    if (hasFocus) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Theme::accent(), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 4, 4);
        painter->restore();
    }
}

void TeamItemDelegate::paintHealthBar(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QVariantList mix = index.data(TeamModel::HealthMixRole).toList();
    if (mix.size() != 4)
        return;
    const qint64 counts[4]
        = { mix.at(0).toLongLong(), mix.at(1).toLongLong(), mix.at(2).toLongLong(), mix.at(3).toLongLong() };
    const qint64 total = counts[0] + counts[1] + counts[2] + counts[3];
    if (total <= 0)
        return;
    const QColor colors[4] = { redColor(), yellowColor(), greenColor(), notScoredColor() };

    const int width = qMin(barWidth, option.rect.width() - 16);
    if (width <= 8)
        return;
    const QRectF bar(option.rect.center().x() - width / 2.0, option.rect.center().y() - barHeight / 2.0 + 0.5,
                     width, barHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath clip;
    clip.addRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);
    painter->setClipPath(clip);
    painter->fillRect(bar, notScoredColor());
    qreal x = bar.left();
    for (int i = 0; i < 4; ++i) {
        if (counts[i] == 0)
            continue;
        const qreal w = bar.width() * qreal(counts[i]) / qreal(total);
        // A thin white gap between segments keeps neighbours apart.
        painter->fillRect(QRectF(x, bar.top(), w, bar.height()), colors[i]);
        x += w;
        if (x < bar.right() - 0.5)
            painter->fillRect(QRectF(x - 0.5, bar.top(), 1, bar.height()), Qt::white);
    }
    painter->restore();
}

QSize TeamItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 2 * cellPadding);
    if (index.column() == TeamModel::Health)
        size.setWidth(qMax(size.width(), barWidth + 20));
    return size;
}
