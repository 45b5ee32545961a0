#include "FigureCard.h"

#include "common/Theme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

constexpr int padding = 16;
constexpr qreal radius = 10;
constexpr int badgeSize = 30;

QFont scaledFont(const QFont &base, qreal pointSize, QFont::Weight weight)
{
    QFont font = base;
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    return font;
}

QFont captionFont(const QFont &base)
{
    return scaledFont(base, 9.5, QFont::DemiBold);
}

QFont valueFont(const QFont &base)
{
    return scaledFont(base, 23, QFont::DemiBold);
}

QFont detailFont(const QFont &base)
{
    return scaledFont(base, 9, QFont::Normal);
}

} // namespace

FigureCard::FigureCard(QWidget *parent)
    : QAbstractButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FigureCard::setCaption(const QString &caption)
{
    m_caption = caption;
    updateAccessibleName();
    update();
}

void FigureCard::setValue(const QString &value)
{
    m_value = value;
    setText(value);
    updateAccessibleName();
    update();
}

void FigureCard::setDetail(const QString &detail)
{
    m_detail = detail;
    setToolTip(detail);
    updateAccessibleName();
    update();
}

void FigureCard::setTone(Tone tone)
{
    m_tone = tone;
    update();
}

void FigureCard::setActive(bool active)
{
    m_active = active;
    update();
}

void FigureCard::setGlyph(const QIcon &icon)
{
    m_glyph = icon;
    update();
}

QSize FigureCard::sizeHint() const
{
    const QFontMetrics caption(captionFont(font()));
    const QFontMetrics value(valueFont(font()));
    const QFontMetrics detail(detailFont(font()));
    const int height
        = padding + qMax(caption.height(), badgeSize) + 4 + value.height() + 2 + detail.height() + padding;
    return { 220, height };
}

QSize FigureCard::minimumSizeHint() const
{
    return { 170, sizeHint().height() };
}

QColor FigureCard::toneColor() const
{
    switch (m_tone) {
    case Tone::Accent:
        return Theme::accent();
    case Tone::Warning:
        return Theme::warning();
    case Tone::Danger:
        return Theme::danger();
    case Tone::Neutral:
        break;
    }
    return Theme::text();
}

void FigureCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    const bool hovered = m_hovered && isEnabled();
    const bool focused = hasFocus();
    const QRectF card = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);

    // A soft shadow that deepens on hover: the card lifts under the pointer.
    if (hovered && !isDown()) {
        QPainterPath shadow;
        shadow.addRoundedRect(card.translated(0, 2), radius, radius);
        p.fillPath(shadow, QColor(15, 29, 46, 18));
    }
    QColor background = Qt::white;
    if (isDown())
        background = QColor(0xee, 0xf3, 0xfc);
    else if (hovered)
        background = QColor(0xfb, 0xfc, 0xff);
    QColor border = Theme::border();
    if (focused)
        border = Theme::accent();
    else if (hovered)
        border = QColor(0xb7, 0xc9, 0xeb);
    QPainterPath shape;
    shape.addRoundedRect(card, radius, radius);
    p.fillPath(shape, background);
    p.setPen(QPen(border, focused ? 2.0 : 1.0));
    p.drawPath(shape);

    const QColor tone = m_active ? toneColor() : Theme::text();
    const QRect inner = rect().adjusted(padding, padding, -padding, -padding);

    // The glyph in a disc tinted with the tone, top right.
    const QRect badge(inner.right() - badgeSize + 1, inner.top(), badgeSize, badgeSize);
    if (!m_glyph.isNull()) {
        QColor tint = m_active && m_tone != Tone::Neutral ? toneColor() : Theme::accent();
        tint.setAlpha(28);
        p.setPen(Qt::NoPen);
        p.setBrush(tint);
        p.drawEllipse(badge);
        m_glyph.paint(&p, badge.adjusted(7, 7, -7, -7));
    }

    // Caption, beside the badge.
    const QFont caption = captionFont(font());
    p.setFont(caption);
    p.setPen(Theme::mutedText());
    const QRect captionRect(inner.left(), inner.top(), badge.left() - inner.left() - 8, badgeSize);
    p.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(caption).elidedText(m_caption, Qt::ElideRight, captionRect.width()));

    // The number.
    const QFont value = valueFont(font());
    const QFontMetrics valueMetrics(value);
    p.setFont(value);
    p.setPen(tone);
    const QRect valueRect(inner.left(), captionRect.bottom() + 5, inner.width(), valueMetrics.height());
    p.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter,
               valueMetrics.elidedText(m_value, Qt::ElideRight, valueRect.width()));

    // Detail, and an arrow on hover or focus saying the card opens something.
    const QFont detail = detailFont(font());
    const QFontMetrics detailMetrics(detail);
    p.setFont(detail);
    const int arrowWidth = detailMetrics.horizontalAdvance(u"→"_s) + 6;
    const QRect detailRect(inner.left(), valueRect.bottom() + 3, inner.width() - arrowWidth,
                           detailMetrics.height());
    p.setPen(Theme::mutedText());
    p.drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
               detailMetrics.elidedText(m_detail, Qt::ElideRight, detailRect.width()));
    if (hovered || focused) {
        p.setPen(Theme::accent());
        p.drawText(QRect(detailRect.right(), detailRect.top(), arrowWidth, detailRect.height()),
                   Qt::AlignRight | Qt::AlignVCenter, u"→"_s);
    }
}

void FigureCard::keyPressEvent(QKeyEvent *event)
{
    // Space is QAbstractButton's; Enter and Return open the figure too, as on a link.
    if (!event->isAutoRepeat() && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        animateClick();
        event->accept();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void FigureCard::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void FigureCard::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void FigureCard::updateAccessibleName()
{
    // Read as one sentence: "Overdue renewals: 3, $1.2M ARR".
    QString name = m_caption + u": "_s + m_value;
    if (!m_detail.isEmpty())
        name += u", "_s + m_detail;
    setAccessibleName(name);
}
