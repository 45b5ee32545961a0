#include "PlaybookStepDelegate.h"

#include "common/Theme.h"
#include "playbook/PlaybookStepModel.h"
#include "playbook/PlaybookStore.h"
#include "playbook/PlaybookTemplate.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int hMargin = 12;

} // namespace

PlaybookStepDelegate::PlaybookStepDelegate(PlaybookStepModel *model, bool large, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
    , m_large(large)
{ }

QFont PlaybookStepDelegate::titleFont(const QFont &base) const
{
    QFont font = base;
    if (m_large)
        font.setPointSizeF(15);
    else
        font.setPointSizeF(std::max(base.pointSizeF(), 10.0));
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont PlaybookStepDelegate::detailFont(const QFont &base) const
{
    QFont font = base;
    font.setPointSizeF(m_large ? 11.5 : std::max(base.pointSizeF() - 1.0, 8.5));
    return font;
}

QRect PlaybookStepDelegate::checkBoxRect(const QRect &rowRect) const
{
    const int side = m_large ? 22 : 16;
    const int top = rowRect.top() + (m_large ? 14 : 10);
    return QRect(rowRect.left() + hMargin, top, side, side);
}

void PlaybookStepDelegate::loadUserNames(const QSqlDatabase &db)
{
    m_userNames.clear();
    const QList<Workspace::User> users = Workspace::users(db);
    for (const Workspace::User &user : users)
        m_userNames.insert(user.id, user.name);
}

QString PlaybookStepDelegate::dueText(const QModelIndex &index) const
{
    const QDate due = index.data(PlaybookStepModel::DueDateRole).toDate();
    if (!due.isValid())
        return tr("No due date");
    const QString day = QLocale().toString(due, QLocale::ShortFormat);
    if (index.data(PlaybookStepModel::OverdueRole).toBool()) {
        const int late = int(due.daysTo(m_model->today()));
        return tr("%1 · %n day(s) overdue", nullptr, late).arg(day);
    }
    if (index.data(PlaybookStepModel::DueTodayRole).toBool())
        return tr("Due today");
    return tr("Due %1").arg(day);
}

QString PlaybookStepDelegate::detailText(const QModelIndex &index) const
{
    QStringList parts;
    parts.append(Playbook::ownerRoleLabel(index.data(PlaybookStepModel::OwnerRoleRole).toString()));
    parts.append(index.data(PlaybookStepModel::RequiredRole).toBool() ? tr("Required") : tr("Optional"));
    const QString status = index.data(PlaybookStepModel::StatusRole).toString();
    const QString whoId = index.data(PlaybookStepModel::DoneByRole).toString();
    const QString who = m_userNames.value(whoId, whoId);
    const QDateTime when = index.data(PlaybookStepModel::DoneAtRole).toDateTime();
    const QString whenText
        = when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    if (status == "done"_L1)
        parts.append(tr("Done by %1 on %2").arg(who, whenText));
    else if (status == "skipped"_L1)
        parts.append(
            tr("Skipped by %1: %2").arg(who, index.data(PlaybookStepModel::SkipReasonRole).toString()));
    const QString note = index.data(PlaybookStepModel::NoteRole).toString().trimmed();
    if (!note.isEmpty())
        parts.append(tr("Note: %1").arg(note.section(u'\n', 0, 0)));
    return parts.join(u"  ·  "_s);
}

void PlaybookStepDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(0, 0, 0, -1);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    painter->fillRect(r, selected ? QColor(0xe8, 0xf0, 0xfe) : option.palette.base().color());
    if (selected)
        painter->fillRect(QRect(r.left(), r.top(), 3, r.height()), Theme::accent());
    painter->setPen(Theme::border());
    painter->drawLine(r.bottomLeft() + QPoint(0, 1), r.bottomRight() + QPoint(0, 1));
    if (focused && !selected) {
        painter->setPen(QPen(Theme::accent(), 1, Qt::DotLine));
        painter->drawRect(r.adjusted(1, 1, -2, -2));
    }

    const QString status = index.data(PlaybookStepModel::StatusRole).toString();
    const bool done = status == "done"_L1;
    const bool skipped = status == "skipped"_L1;
    const bool overdue = index.data(PlaybookStepModel::OverdueRole).toBool();
    const bool dueToday = index.data(PlaybookStepModel::DueTodayRole).toBool();

    // Tick box
    const QRect box = checkBoxRect(option.rect);
    QPainterPath path;
    path.addRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    if (done) {
        painter->fillPath(path, Theme::success());
        QPen pen(Qt::white, m_large ? 2.6 : 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        const QRectF b = QRectF(box).adjusted(box.width() * 0.22, box.height() * 0.25, -box.width() * 0.22,
                                              -box.height() * 0.25);
        QPolygonF tick;
        tick << QPointF(b.left(), b.center().y()) << QPointF(b.left() + b.width() * 0.38, b.bottom())
             << QPointF(b.right(), b.top());
        painter->drawPolyline(tick);
    } else if (skipped) {
        painter->fillPath(path, QColor(0xd0, 0xd7, 0xde));
        painter->setPen(QPen(QColor(0x57, 0x60, 0x6a), m_large ? 2.6 : 2.0, Qt::SolidLine, Qt::RoundCap));
        const int y = box.center().y();
        painter->drawLine(box.left() + box.width() / 4, y, box.right() - box.width() / 4, y);
    } else {
        painter->fillPath(path, Qt::white);
        painter->setPen(QPen(overdue ? Theme::danger() : QColor(0x8c, 0x95, 0x9f), 1.5));
        painter->drawPath(path);
    }

    // Due date, right-aligned on the title's line
    const QFont tFont = titleFont(option.font);
    const QFont dFont = detailFont(option.font);
    const QFontMetrics tm(tFont);
    const QFontMetrics dm(dFont);
    const int textLeft = box.right() + (m_large ? 14 : 10);
    const int titleTop = box.center().y() - tm.height() / 2;
    const QString due = dueText(index);
    painter->setFont(dFont);
    QFont dueFont = dFont;
    if (overdue)
        dueFont.setWeight(QFont::DemiBold);
    painter->setFont(dueFont);
    const int dueWidth = QFontMetrics(dueFont).horizontalAdvance(due);
    // Call mode's big titles take the whole width; the due date goes on the detail line.
    const int detailTop = titleTop + tm.height() + (m_large ? 4 : 2);
    const QRect dueRect = m_large ? QRect(r.right() - hMargin - dueWidth, detailTop, dueWidth, dm.height())
                                  : QRect(r.right() - hMargin - dueWidth, titleTop, dueWidth, tm.height());
    QColor dueColor = Theme::mutedText();
    if (done || skipped)
        dueColor = QColor(0xa0, 0xa8, 0xb2);
    else if (overdue)
        dueColor = Theme::danger();
    else if (dueToday)
        dueColor = Theme::warning();
    painter->setPen(dueColor);
    painter->drawText(dueRect, Qt::AlignRight | Qt::AlignVCenter, due);

    // Title
    QFont font = tFont;
    font.setStrikeOut(done || skipped);
    painter->setFont(font);
    painter->setPen(done || skipped ? Theme::mutedText() : Theme::text());
    const int position = index.data(PlaybookStepModel::PositionRole).toInt();
    const QString title
        = tr("%1. %2").arg(position).arg(m_model->instance().steps.value(index.row()).displayTitle());
    const int titleRight = m_large ? r.right() - hMargin : dueRect.left() - 12;
    const QRect titleRect(textLeft, titleTop, titleRight - textLeft, tm.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      tm.elidedText(title, Qt::ElideRight, titleRect.width()));

    // Details
    painter->setFont(dFont);
    painter->setPen(skipped ? Theme::warning() : Theme::mutedText());
    const int detailRight = m_large ? dueRect.left() - 12 : r.right() - hMargin;
    const QRect detailRect(textLeft, detailTop, detailRight - textLeft, dm.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      dm.elidedText(detailText(index), Qt::ElideRight, detailRect.width()));
    painter->restore();
}

QSize PlaybookStepDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics tm(titleFont(option.font));
    const QFontMetrics dm(detailFont(option.font));
    const int pad = m_large ? 14 : 10;
    const int boxSide = m_large ? 22 : 16;
    const int titleBlock = std::max(tm.height(), boxSide);
    return QSize(320, pad + titleBlock + (m_large ? 4 : 2) + dm.height() + pad);
}

bool PlaybookStepDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                       const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && checkBoxRect(option.rect).adjusted(-4, -4, 4, 4).contains(mouse->position().toPoint())) {
            Q_EMIT toggleRequested(index.row());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
