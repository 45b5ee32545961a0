#include "TimelineDelegate.h"

#include "Account360Icons.h"
#include "account/CrmFormat.h"
#include "common/Theme.h"
#include "itemmodels/TimelineModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int padding = 12;
constexpr int badgeSize = 32;
constexpr int gap = 12;

QString whenText(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    // A CRM date without a time is stored as midnight UTC: show the day alone.
    if (at.time() == QTime(0, 0))
        return CrmFormat::date(at.date());
    return QLocale().toString(local, QLocale::ShortFormat);
}

// Up to `maxLines` lines of `text` wrapped to `width`, the last one elided.
QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    const QFontMetrics metrics(font);
    QString rest = text.simplified();
    QTextLayout layout(rest, font);
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const QString part = rest.mid(line.textStart(), line.textLength());
        if (lines.size() == maxLines - 1 && line.textStart() + line.textLength() < rest.size())
            lines << metrics.elidedText(rest.mid(line.textStart()), Qt::ElideRight, width);
        else
            lines << part.trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

QString TimelineDelegate::metaLine(const QModelIndex &index)
{
    QStringList parts;
    parts << index.data(TimelineModel::TypeLabelRole).toString();
    const QString contact = index.data(TimelineModel::ContactRole).toString();
    if (!contact.isEmpty())
        parts << tr("with %1").arg(contact);
    const QString author = index.data(TimelineModel::AuthorRole).toString();
    if (!author.isEmpty())
        parts << tr("by %1").arg(author);
    const QString when = whenText(index.data(TimelineModel::AtRole).toDateTime());
    if (!when.isEmpty())
        parts << when;
    return parts.join(u"  ·  "_s);
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const QString body = index.data(TimelineModel::BodyRole).toString().trimmed();
    const bool hasSubject = !index.data(TimelineModel::SubjectRole).toString().trimmed().isEmpty();
    // Title and meta line, plus a line of text when the title does not show it all.
    const bool moreText = hasSubject ? !body.isEmpty() : !body.section(u'\n', 1).trimmed().isEmpty();
    const int lines = moreText ? 3 : 2;
    const int height = 2 * padding + lines * (metrics.height() + 3) + 2;
    return { 400, qMax(height, badgeSize + 2 * padding) };
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool isNote = index.data(TimelineModel::IsLocalNoteRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;
    const QString type = index.data(TimelineModel::TypeRole).toString();
    const QColor tint = Account360Icons::colorForType(type);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = opt.rect;
    QColor background = Qt::white;
    if (isNote)
        background = QColor(0xff, 0xfb, 0xeb);
    if (hovered)
        background = isNote ? QColor(0xfd, 0xf3, 0xd3) : QColor(0xf5, 0xf8, 0xfc);
    if (selected)
        background = QColor(0xe8, 0xf0, 0xfe);
    painter->fillRect(rect, background);
    if (selected) {
        painter->fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), Theme::accent());
    }
    // Hairline between entries.
    painter->setPen(Theme::border());
    painter->drawLine(rect.left() + padding + badgeSize + gap, rect.bottom(), rect.right() - padding,
                      rect.bottom());

    // The type badge: a soft disc of the type's colour with its glyph.
    const QRectF badge(rect.left() + padding, rect.top() + padding, badgeSize, badgeSize);
    QColor disc = tint;
    disc.setAlpha(32);
    painter->setPen(Qt::NoPen);
    painter->setBrush(disc);
    painter->drawEllipse(badge);
    Account360Icons::paint(*painter, Account360Icons::glyphForType(type), badge.adjusted(7, 7, -7, -7), tint);

    const int textLeft = int(badge.right()) + gap;
    const int textWidth = rect.right() - padding - textLeft;
    const QFontMetrics metrics(opt.font);
    int y = rect.top() + padding - 1;

    // Title, with a "Your note" pill on local notes.
    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    QString pill;
    if (isNote)
        pill = tr("Your note");
    QFont pillFont = opt.font;
    pillFont.setPointSizeF(pillFont.pointSizeF() * 0.85);
    pillFont.setWeight(QFont::DemiBold);
    const QFontMetrics pillMetrics(pillFont);
    const int pillWidth = pill.isEmpty() ? 0 : pillMetrics.horizontalAdvance(pill) + 14;
    const QString title = titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                  textWidth - (pillWidth ? pillWidth + 8 : 0));
    painter->setFont(titleFont);
    painter->setPen(Theme::text());
    const QRect titleRect(textLeft, y, textWidth, titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, title);
    if (pillWidth) {
        const int x = textLeft + titleMetrics.horizontalAdvance(title) + 8;
        const QRectF pillRect(x, y + (titleMetrics.height() - pillMetrics.height() - 4) / 2.0, pillWidth,
                              pillMetrics.height() + 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xfb, 0xe7, 0xb5));
        painter->drawRoundedRect(pillRect, pillRect.height() / 2, pillRect.height() / 2);
        painter->setFont(pillFont);
        painter->setPen(QColor(0x7a, 0x4a, 0x00));
        painter->drawText(pillRect, Qt::AlignCenter, pill);
    }
    y += titleMetrics.height() + 3;

    // Who and when.
    painter->setFont(opt.font);
    painter->setPen(Theme::mutedText());
    const QString meta = metrics.elidedText(metaLine(index), Qt::ElideRight, textWidth);
    painter->drawText(QRect(textLeft, y, textWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      meta);
    y += metrics.height() + 3;

    // The text itself, when the title did not already show it all.
    const QString subject = index.data(TimelineModel::SubjectRole).toString().trimmed();
    QString body = index.data(TimelineModel::BodyRole).toString().trimmed();
    if (subject.isEmpty())
        body = body.section(u'\n', 1).trimmed(); // the first line is the title
    const int bodyLines = (rect.bottom() - padding - y + 3) / (metrics.height() + 3);
    if (!body.isEmpty() && bodyLines > 0) {
        painter->setPen(QColor(0x3d, 0x48, 0x57));
        for (const QString &line : wrappedLines(body, opt.font, textWidth, bodyLines)) {
            painter->drawText(QRect(textLeft, y, textWidth, metrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, line);
            y += metrics.height() + 3;
        }
    }
    painter->restore();
}
