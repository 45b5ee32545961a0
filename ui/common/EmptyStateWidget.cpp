#include "EmptyStateWidget.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    Theme::setRole(m_title, "emptyTitle");
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setFixedWidth(480);
    Theme::setRole(m_text, "emptyText");
    m_buttons->setSpacing(10);
    m_buttons->addStretch();
    m_buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(14);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(4);
    // Not added with an alignment: an aligned widget gets its plain size hint, which
    // ignores the height the wrapped text needs.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(18);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void EmptyStateWidget::setIcon(const QIcon &icon)
{
    // The glyph sits in a soft accent-tinted disc, the way the eye finds it first.
    constexpr int disc = 72;
    QPixmap pixmap(disc, disc);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe7, 0xef, 0xfd));
    p.drawEllipse(pixmap.rect());
    icon.paint(&p, QRect(18, 18, 36, 36));
    p.end();
    m_icon->setPixmap(pixmap);
}

void EmptyStateWidget::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyStateWidget::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setMinimumHeight(m_text->heightForWidth(m_text->width()));
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::text() const
{
    return m_text->text();
}

QPushButton *EmptyStateWidget::addButton(const QString &text, bool primary)
{
    auto *button = new QPushButton(text, this);
    Theme::setRole(button, primary ? "primary" : "secondary");
    // Before the trailing stretch, so the row stays centred.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}
