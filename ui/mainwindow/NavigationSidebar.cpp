#include "NavigationSidebar.h"

#include "common/Icons.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int documentRole = Qt::UserRole + 1;

} // namespace

NavigationSidebar::NavigationSidebar(QWidget *parent)
    : QFrame(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(u"navigationSidebar"_s);
    setFixedWidth(208);

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::logo(34));
    auto *name = new QLabel(u"Pitwall"_s, this); // the product name is not translated
    name->setObjectName(u"brandName"_s);
    auto *tagline = new QLabel(tr("Customer Success"), this);
    tagline->setObjectName(u"brandTagline"_s);
    auto *brandText = new QVBoxLayout;
    brandText->setSpacing(0);
    brandText->addWidget(name);
    brandText->addWidget(tagline);
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(16, 18, 10, 18);
    brand->setSpacing(10);
    brand->addWidget(logo);
    brand->addLayout(brandText, 1);

    auto *section = new QLabel(tr("WORKSPACE"), this);
    section->setProperty("role", u"footer"_s);
    section->setContentsMargins(22, 6, 0, 4);

    m_list->setObjectName(u"navigationList"_s);
    m_list->setIconSize(QSize(18, 18));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::TabFocus);
    QFont listFont = m_list->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.05);
    m_list->setFont(listFont);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current && !current->data(idRole).toString().isEmpty())
            Q_EMIT currentIdChanged(current->data(idRole).toString());
    });
    m_list->viewport()->installEventFilter(this);

    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(PITWALL_VERSION)), this);
    version->setProperty("role", u"footer"_s);
    version->setContentsMargins(22, 8, 12, 14);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(brand);
    layout->addWidget(section);
    layout->addWidget(m_list, 1);
    layout->addWidget(version);
}

void NavigationSidebar::addEntry(const QString &id, const QIcon &icon, const QString &title)
{
    auto *entry = new QListWidgetItem(icon, title);
    entry->setData(idRole, id);
    entry->setSizeHint(QSize(0, 38));
    // Views stay above the open accounts.
    int row = m_list->count();
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *existing = m_list->item(i);
        if (existing == m_documentsHeader || existing->data(documentRole).toBool()) {
            row = i;
            break;
        }
    }
    m_list->insertItem(row, entry);
    if (!m_list->currentItem())
        m_list->setCurrentItem(entry);
}

void NavigationSidebar::addDocumentEntry(const QString &id, const QIcon &icon, const QString &title)
{
    if (item(id))
        return;
    if (!m_documentsHeader) {
        m_documentsHeader = new QListWidgetItem(tr("OPEN ACCOUNTS"));
        m_documentsHeader->setFlags(Qt::NoItemFlags);
        m_documentsHeader->setSizeHint(QSize(0, 34));
        QFont font = m_documentsHeader->font();
        font.setPointSizeF(font.pointSizeF() * 0.78);
        m_documentsHeader->setFont(font);
        m_documentsHeader->setForeground(QColor(0x62, 0x73, 0x8a));
        m_list->addItem(m_documentsHeader);
    }
    auto *entry = new QListWidgetItem(icon, title, m_list);
    entry->setData(idRole, id);
    entry->setData(documentRole, true);
    entry->setToolTip(tr("%1 — Ctrl+W or a middle click closes it").arg(title));
    entry->setSizeHint(QSize(0, 34));
    updateDocumentsHeader();
}

void NavigationSidebar::setEntryTitle(const QString &id, const QString &title)
{
    if (QListWidgetItem *entry = item(id)) {
        entry->setText(title);
        if (entry->data(documentRole).toBool())
            entry->setToolTip(tr("%1 — Ctrl+W or a middle click closes it").arg(title));
    }
}

void NavigationSidebar::removeEntry(const QString &id)
{
    QListWidgetItem *entry = item(id);
    if (!entry)
        return;
    const QSignalBlocker blocker(m_list);
    delete m_list->takeItem(m_list->row(entry));
    updateDocumentsHeader();
}

void NavigationSidebar::updateDocumentsHeader()
{
    if (m_documentsHeader)
        m_documentsHeader->setHidden(documentIds().isEmpty());
}

QListWidgetItem *NavigationSidebar::item(const QString &id) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(idRole).toString() == id)
            return m_list->item(i);
    }
    return nullptr;
}

void NavigationSidebar::setCurrentId(const QString &id)
{
    if (QListWidgetItem *entry = item(id)) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(entry);
    }
}

QString NavigationSidebar::currentId() const
{
    const QListWidgetItem *entry = m_list->currentItem();
    return entry ? entry->data(idRole).toString() : QString();
}

QStringList NavigationSidebar::ids() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (const QString id = m_list->item(i)->data(idRole).toString(); !id.isEmpty())
            out << id;
    }
    return out;
}

QStringList NavigationSidebar::documentIds() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(documentRole).toBool())
            out << m_list->item(i)->data(idRole).toString();
    }
    return out;
}

bool NavigationSidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport()) {
        if (event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QListWidgetItem *entry = m_list->itemAt(mouse->position().toPoint());
            if (mouse->button() == Qt::MiddleButton && entry && entry->data(documentRole).toBool()) {
                Q_EMIT closeRequested(entry->data(idRole).toString());
                return true;
            }
        } else if (event->type() == QEvent::ContextMenu) {
            const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
            const QListWidgetItem *entry = m_list->itemAt(menuEvent->pos());
            if (entry && entry->data(documentRole).toBool()) {
                const QString id = entry->data(idRole).toString();
                QMenu menu(this);
                menu.addAction(tr("Close"), this, [this, id] { Q_EMIT closeRequested(id); });
                menu.addAction(tr("Close all accounts"), this, [this] {
                    const QStringList all = documentIds();
                    for (const QString &doc : all)
                        Q_EMIT closeRequested(doc);
                });
                menu.exec(menuEvent->globalPos());
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}
