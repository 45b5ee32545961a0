#include "GlobalSearchPopup.h"

#include "common/Icons.h"
#include "common/Theme.h"
#include "search/GlobalSearch.h"
#include "store/Database.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int accountIdRole = Qt::UserRole;

} // namespace

GlobalSearchPopup::GlobalSearchPopup(Database &db, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_db(db)
    , m_field(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(u"globalSearch"_s);
    setWindowTitle(tr("Search"));
    setAttribute(Qt::WA_StyledBackground);

    m_field->setObjectName(u"globalSearchField"_s);
    m_field->setPlaceholderText(tr("Search accounts and contacts by name, CRM id, owner or email"));
    m_field->addAction(Icons::search(Theme::mutedText()), QLineEdit::LeadingPosition);
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    m_results->setObjectName(u"globalSearchResults"_s);
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setUniformItemSizes(true);
    m_results->setIconSize(QSize(18, 18));
    m_results->setFocusPolicy(Qt::NoFocus);
    connect(m_results, &QListWidget::itemActivated, this, &GlobalSearchPopup::choose);
    connect(m_results, &QListWidget::itemClicked, this, &GlobalSearchPopup::choose);

    Theme::setRole(m_hint, "muted");
    m_hint->setText(tr("↑↓ to move · Enter to open · Esc to close"));

    m_delay->setSingleShot(true);
    m_delay->setInterval(120);
    connect(m_delay, &QTimer::timeout, this, &GlobalSearchPopup::search);
    connect(m_field, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_hint);
    resize(620, 420);
}

void GlobalSearchPopup::popup()
{
    m_field->clear();
    m_results->clear();
    if (QWidget *owner = parentWidget()) {
        const QWidget *window = owner->window();
        const int width = std::min(640, window->width() - 40);
        resize(width, 420);
        const QPoint topCentre = window->mapToGlobal(QPoint(window->width() / 2, 0));
        move(topCentre.x() - width / 2, topCentre.y() + 56);
    }
    show();
    raise();
    activateWindow();
    m_field->setFocus();
}

void GlobalSearchPopup::search()
{
    m_delay->stop();
    m_results->clear();
    const QString text = m_field->text();
    if (text.trimmed().isEmpty())
        return;
    const GlobalSearch engine(m_db.connection());
    const QList<GlobalSearch::Result> found = engine.search(text, 12, m_preferredOwner);
    for (const GlobalSearch::Result &r : found) {
        const bool contact = r.kind == GlobalSearch::Result::Kind::Contact;
        QString label = r.title;
        if (r.archived)
            label += u"  "_s + tr("(archived)");
        auto *item = new QListWidgetItem(m_results);
        item->setText(r.subtitle.isEmpty() ? label : label + u"\n"_s + r.subtitle);
        item->setIcon(contact ? Icons::contact(Theme::mutedText()) : Icons::accounts(Theme::accent(), Theme::accent()));
        item->setData(accountIdRole, r.accountId);
        item->setToolTip(contact ? tr("Contact at %1").arg(r.subtitle) : tr("Account %1").arg(r.accountId));
        item->setSizeHint(QSize(0, 44));
    }
    if (m_results->count() > 0) {
        m_results->setCurrentRow(0);
    } else {
        auto *item
            = new QListWidgetItem(tr("No account or contact matches “%1”.").arg(text.trimmed()), m_results);
        item->setFlags(Qt::NoItemFlags);
    }
}

void GlobalSearchPopup::choose()
{
    if (m_delay->isActive())
        search();
    const QListWidgetItem *item = m_results->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const QString accountId = item->data(accountIdRole).toString();
    if (accountId.isEmpty())
        return;
    hide();
    Q_EMIT accountChosen(accountId);
}

bool GlobalSearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int count = m_results->count();
        switch (key->key()) {
        case Qt::Key_Down:
            if (count > 0)
                m_results->setCurrentRow(std::min(m_results->currentRow() + 1, count - 1));
            return true;
        case Qt::Key_Up:
            if (count > 0)
                m_results->setCurrentRow(std::max(m_results->currentRow() - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}
