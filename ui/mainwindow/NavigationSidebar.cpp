#include "NavigationSidebar.h"

#include "common/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

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
        if (current)
            Q_EMIT currentIdChanged(current->data(Qt::UserRole).toString());
    });

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
    auto *item = new QListWidgetItem(icon, title, m_list);
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, 38));
    if (!m_list->currentItem())
        m_list->setCurrentItem(item);
}

void NavigationSidebar::setCurrentId(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

QString NavigationSidebar::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QStringList NavigationSidebar::ids() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}
