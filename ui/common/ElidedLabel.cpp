#include "ElidedLabel.h"

#include <QFontMetricsF>
#include <QResizeEvent>
#include <QtMath>

ElidedLabel::ElidedLabel(Qt::TextElideMode mode, QWidget *parent)
    : QLabel(parent)
    , m_mode(mode)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setTextFormat(Qt::PlainText);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(text);
    updateElidedText();
    updateGeometry();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    // Rounded up: elidedText() compares the fractional width, so a rounded-down hint
    // would elide the text it was sized for.
    const int textWidth = qCeil(QFontMetricsF(font()).horizontalAdvance(m_fullText));
    return { textWidth + m.left() + m.right() + 2 * margin(), QLabel::sizeHint().height() };
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Shrinks down to a few characters; the elision shows there is more.
    return { fontMetrics().horizontalAdvance(QStringLiteral("M")) * 8, QLabel::minimumSizeHint().height() };
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElidedText();
}

void ElidedLabel::updateElidedText()
{
    const int available = contentsRect().width();
    QLabel::setText(fontMetrics().elidedText(m_fullText, m_mode, available));
}
