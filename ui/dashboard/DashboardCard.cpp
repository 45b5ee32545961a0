#include "DashboardCard.h"

#include "common/Icons.h"
#include "common/Theme.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// An arrow down into a tray: "save a copy".
QIcon saveIcon(const QColor &color)
{
    return Icons::make(
        [](QPainter &p) {
            p.drawLine(QPointF(12, 3.5), QPointF(12, 15));
            p.drawPolyline(QList<QPointF> { { 7.5, 10.5 }, { 12, 15 }, { 16.5, 10.5 } });
            p.drawPolyline(QList<QPointF> { { 4, 15.5 }, { 4, 20 }, { 20, 20 }, { 20, 15.5 } });
        },
        color);
}

// A list with an arrow out: "open the accounts".
QIcon accountsIcon(const QColor &color)
{
    return Icons::make(
        [](QPainter &p) {
            for (const qreal y : { 6.0, 12.0, 18.0 }) {
                p.drawPoint(QPointF(4.5, y));
                p.drawLine(QPointF(8.5, y), QPointF(19.5, y));
            }
        },
        color);
}

} // namespace

DashboardCard::DashboardCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(this))
    , m_footnote(new QLabel(this))
    , m_note(new QLabel(this))
    , m_header(new QHBoxLayout)
    , m_pages(new QStackedWidget(this))
    , m_accountsMenu(new QMenu(tr("Show accounts"), this))
    , m_contextMenu(new QMenu(this))
    , m_accountsButton(new QToolButton(this))
    , m_saveButton(new QToolButton(this))
{
    Theme::setRole(this, "card");
    setAccessibleName(title);
    Theme::setRole(m_title, "heading");
    m_title->setObjectName(u"cardTitle"_s);
    Theme::setRole(m_subtitle, "muted");
    m_subtitle->setObjectName(u"cardSubtitle"_s);
    m_subtitle->hide();
    Theme::setRole(m_footnote, "muted");
    m_footnote->setObjectName(u"cardFootnote"_s);
    m_footnote->setWordWrap(true);
    m_footnote->hide();
    m_note->setObjectName(u"cardNote"_s);
    Theme::setRole(m_note, "muted");
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->setMargin(16);
    m_pages->addWidget(m_note);

    m_accountsButton->setObjectName(u"cardAccountsButton"_s);
    m_accountsButton->setIcon(accountsIcon(Theme::mutedText()));
    m_accountsButton->setText(tr("Show accounts"));
    m_accountsButton->setToolTip(tr("Show the accounts behind a figure"));
    m_accountsButton->setAccessibleName(tr("Show accounts of %1").arg(title));
    m_accountsButton->setMenu(m_accountsMenu);
    m_accountsButton->setPopupMode(QToolButton::InstantPopup);
    m_accountsButton->setAutoRaise(true);
    m_accountsButton->setFocusPolicy(Qt::StrongFocus);

    m_saveButton->setObjectName(u"cardSaveButton"_s);
    m_saveButton->setIcon(saveIcon(Theme::mutedText()));
    m_saveButton->setToolTip(tr("Save as PNG…"));
    m_saveButton->setAccessibleName(tr("Save %1 as PNG").arg(title));
    m_saveButton->setAutoRaise(true);
    m_saveButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_saveButton, &QToolButton::clicked, this, &DashboardCard::saveRequested);

    QAction *save = m_contextMenu->addAction(saveIcon(Theme::text()), tr("Save as PNG…"));
    connect(save, &QAction::triggered, this, &DashboardCard::saveRequested);
    m_contextMenu->addMenu(m_accountsMenu);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_header->setSpacing(4);
    m_header->addLayout(titles, 1);
    m_header->addWidget(m_accountsButton, 0, Qt::AlignTop);
    m_header->addWidget(m_saveButton, 0, Qt::AlignTop);
    m_tools << m_accountsButton << m_saveButton;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(m_header);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_footnote);
}

QString DashboardCard::title() const
{
    return m_title->text();
}

void DashboardCard::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

QString DashboardCard::subtitle() const
{
    return m_subtitle->text();
}

void DashboardCard::setFootnote(const QString &text)
{
    m_footnote->setText(text);
    m_footnote->setVisible(!text.isEmpty());
}

QString DashboardCard::footnote() const
{
    return m_footnote->text();
}

void DashboardCard::addHeaderWidget(QWidget *widget)
{
    widget->setParent(this);
    // After the titles, before "Show accounts".
    m_header->insertWidget(m_header->count() - 2, widget, 0, Qt::AlignTop);
    m_tools.prepend(widget);
}

void DashboardCard::setContent(QWidget *content)
{
    m_content = content;
    m_pages->insertWidget(0, content);
    m_pages->setCurrentWidget(content);
}

void DashboardCard::showNote(const QString &text)
{
    m_note->setText(text);
    m_pages->setCurrentWidget(m_note);
}

void DashboardCard::showContent()
{
    if (m_content)
        m_pages->setCurrentWidget(m_content);
}

bool DashboardCard::isShowingNote() const
{
    return m_pages->currentWidget() == m_note;
}

QString DashboardCard::note() const
{
    return isShowingNote() ? m_note->text() : QString();
}

void DashboardCard::popUpContextMenu(const QPoint &globalPos)
{
    m_accountsMenu->setEnabled(!m_accountsMenu->isEmpty());
    m_contextMenu->popup(globalPos);
}

void DashboardCard::contextMenuEvent(QContextMenuEvent *event)
{
    popUpContextMenu(event->globalPos());
    event->accept();
}

QImage DashboardCard::image(qreal scale)
{
    // The buttons are for the screen, not for a slide.
    QList<QWidget *> hidden;
    for (QWidget *tool : std::as_const(m_tools)) {
        if (tool->isVisible()) {
            tool->hide();
            hidden << tool;
        }
    }
    // Layouts a change just asked for (a chart's legend after new series) come first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (layout())
        layout()->activate();
    QImage image((QSizeF(size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    }
    for (QWidget *tool : std::as_const(hidden))
        tool->show();
    return image;
}

bool DashboardCard::saveImage(const QString &path, QString *error)
{
    QImageWriter writer(path, "png");
    if (!writer.write(image())) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    return true;
}
