#include "HomeTaskDelegate.h"

#include "account/CrmFormat.h"
#include "common/Theme.h"
#include "itemmodels/TaskListModel.h"

#include <QApplication>
#include <QDate>
#include <QMouseEvent>

void HomeTaskDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    if (index.column() != TaskListModel::Done) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool checked = opt.checkState == Qt::Checked;
    // The row's background and selection, then the box in the middle of the cell.
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QStyleOptionViewItem box = opt;
    const int w = style->pixelMetric(QStyle::PM_IndicatorWidth, &opt, widget);
    const int h = style->pixelMetric(QStyle::PM_IndicatorHeight, &opt, widget);
    box.rect = QRect(opt.rect.center().x() - w / 2, opt.rect.center().y() - h / 2 + 1, w, h);
    box.state = (opt.state & ~(QStyle::State_On | QStyle::State_Off))
        | (checked ? QStyle::State_On : QStyle::State_Off);
    style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &box, painter, widget);
}

bool HomeTaskDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (index.column() != TaskListModel::Done)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        // Consumed: a double click on the box ticks twice, it does not open the account.
        return static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton;
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
            return false;
        const bool done = index.data(TaskListModel::DoneRole).toBool();
        model->setData(index, int(done ? Qt::Unchecked : Qt::Checked), Qt::CheckStateRole);
        return true;
    }
    default:
        return false;
    }
}

void HomeTaskDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool done = index.data(TaskListModel::DoneRole).toBool();
    if (index.column() == TaskListModel::Due) {
        const QDate due = index.data(TaskListModel::DueDateRole).toDate();
        if (const auto *model = qobject_cast<const TaskListModel *>(index.model()); model && due.isValid()) {
            // "Today", "Yesterday", "3 days ago": a column reads better capitalised.
            option->text = CrmFormat::relativeDays(model->today().daysTo(due));
            if (!option->text.isEmpty())
                option->text[0] = option->text[0].toUpper();
        }
    }
    if (done) {
        option->font.setStrikeOut(index.column() == TaskListModel::Title);
        option->palette.setColor(QPalette::Text, Theme::mutedText());
    } else if (index.column() == TaskListModel::Due && index.data(TaskListModel::OverdueRole).toBool()) {
        option->palette.setColor(QPalette::Text, Theme::danger());
        option->font.setWeight(QFont::DemiBold);
    } else if (index.column() == TaskListModel::Due && index.data(TaskListModel::DueTodayRole).toBool()) {
        option->palette.setColor(QPalette::Text, Theme::accent());
        option->font.setWeight(QFont::DemiBold);
    }
}
