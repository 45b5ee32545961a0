#include "ActivityItemDelegate.h"

#include "HomeIcons.h"
#include "common/Theme.h"
#include "home/HomeFormat.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

constexpr int rowHeight = 54;
constexpr int badgeSize = 30;
constexpr int margin = 14;

QColor kindColor(const QString &kind)
{
    const QString key = kind.trimmed().toLower();
    if (key == "call"_L1)
        return QColor(0x1a, 0x7f, 0x37);
    if (key == "email"_L1)
        return QColor(0x1f, 0x6f, 0xeb);
    if (key == "meeting"_L1)
        return QColor(0x82, 0x50, 0xdf);
    return QColor(0xb0, 0x6a, 0x00);
}

} // namespace

ActivityItemDelegate::ActivityItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QSize ActivityItemDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    // The width is the list's: entries elide rather than scroll sideways.
    return { 1, rowHeight };
}

void ActivityItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    if (selected)
        painter->fillRect(r, QColor(0xdb, 0xe8, 0xfd));
    else if (hovered)
        painter->fillRect(r, QColor(0xf5, 0xf8, 0xfc));
    // A hairline between entries.
    painter->setPen(QColor(0xee, 0xf1, 0xf5));
    painter->drawLine(r.left() + margin + badgeSize + 12, r.bottom(), r.right() - margin, r.bottom());

    const QString kind = index.data(KindRole).toString();
    const QColor color = kindColor(kind);
    const QRect badge(r.left() + margin, r.top() + (r.height() - badgeSize) / 2, badgeSize, badgeSize);
    QColor tint = color;
    tint.setAlpha(30);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tint);
    painter->drawEllipse(badge);
    HomeIcons::activityKind(kind, color).paint(painter, badge.adjusted(7, 7, -7, -7));

    const QRect text(badge.right() + 12, r.top() + 8, r.right() - margin - badge.right() - 12,
                     r.height() - 16);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.92);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(small);

    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QString when = HomeFormat::relativeTime(index.data(WhenRole).toDateTime(), now);
    const int whenWidth = smallMetrics.horizontalAdvance(when);
    painter->setFont(small);
    painter->setPen(Theme::mutedText());
    const QRect firstLine(text.left(), text.top(), text.width(), boldMetrics.height());
    painter->drawText(firstLine, Qt::AlignRight | Qt::AlignVCenter, when);

    painter->setFont(bold);
    painter->setPen(Theme::text());
    const QString account = index.data(Qt::DisplayRole).toString();
    painter->drawText(firstLine.adjusted(0, 0, -(whenWidth + 12), 0), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(account, Qt::ElideRight, firstLine.width() - whenWidth - 12));

    QStringList parts;
    parts << index.data(KindLabelRole).toString();
    const QString subject = index.data(SubjectRole).toString();
    if (!subject.isEmpty())
        parts << subject;
    const QString who = index.data(WhoRole).toString();
    if (!who.isEmpty())
        parts << who;
    parts.removeAll(QString());
    painter->setFont(small);
    painter->setPen(Theme::mutedText());
    const QRect secondLine(text.left(), text.bottom() - smallMetrics.height() + 1, text.width(),
                           smallMetrics.height());
    painter->drawText(secondLine, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(parts.join(u" · "_s), Qt::ElideRight, secondLine.width()));

    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(Theme::accent(), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(r).adjusted(2, 2, -2, -2), 4, 4);
    }
    painter->restore();
}
