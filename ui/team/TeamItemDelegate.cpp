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
    if (index.data(TeamModel::FigureRole).toInt() < 0 || selected)
        return;
    // Zero: muted. The bands and overdue work in their colours, other figures as text;
    // a figure that lists accounts is a link under the mouse (accent, underlined).
    QColor color = Theme::mutedText();
    if (index.data(TeamModel::HasAccountsRole).toBool()) {
        const bool hovered = option->state & QStyle::State_MouseOver;
        switch (index.column()) {
        case TeamModel::Red:
        case TeamModel::OverdueTasks:
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
    if (index.column() != TeamModel::Health) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as any cell, then the bar.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    paintHealthBar(painter, option, index);
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
    if (index.column() == TeamModel::Health)
        size.setWidth(qMax(size.width(), barWidth + 20));
    return size;
}
