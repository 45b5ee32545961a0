#include "UserPickerDialog.h"

#include "common/Icons.h"
#include "common/Theme.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int indexRole = Qt::UserRole;

QString roleLabel(const QString &role)
{
    const QString r = role.toLower();
    if (r == "csm"_L1)
        return QCoreApplication::translate("UserPickerDialog", "Customer Success Manager");
    if (r == "manager"_L1)
        return QCoreApplication::translate("UserPickerDialog", "CS manager");
    if (r == "ops"_L1 || r == "cs_ops"_L1)
        return QCoreApplication::translate("UserPickerDialog", "CS Ops");
    if (r == "ae"_L1 || r == "sales"_L1)
        return QCoreApplication::translate("UserPickerDialog", "Account executive");
    return role;
}

} // namespace

UserPickerDialog::UserPickerDialog(const QList<Workspace::User> &users, const QString &currentId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"userPicker"_s);
    setWindowTitle(tr("Who are you?"));
    auto *title = new QLabel(tr("Who are you?"), this);
    Theme::setRole(title, "heading");
    auto *text = new QLabel(tr("Pick yourself from the people in the cache. Pitwall remembers it and uses it "
                               "for “My book”, “My team”, and as the author of your notes and tasks."),
                            this);
    text->setWordWrap(true);
    Theme::setRole(text, "muted");

    m_filter->setObjectName(u"userPickerFilter"_s);
    m_filter->setPlaceholderText(tr("Type a name, team or role"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::search(Theme::mutedText()), QLineEdit::LeadingPosition);
    m_filter->installEventFilter(this);

    m_list->setObjectName(u"userPickerList"_s);
    m_list->setIconSize(QSize(20, 20));
    m_list->setUniformItemSizes(true);
    const QIcon icon = Icons::contact(Theme::mutedText());
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        const Workspace::User &u = m_users.at(i);
        QStringList details;
        if (!u.role.isEmpty())
            details << roleLabel(u.role);
        if (!u.team.isEmpty())
            details << u.team;
        auto *item = new QListWidgetItem(
            icon, details.isEmpty() ? u.name : u.name + u"\n"_s + details.join(u" · "_s), m_list);
        item->setData(indexRole, int(i));
        item->setSizeHint(QSize(0, 42));
        item->setToolTip(u.id);
        if (u.id == currentId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("That’s me"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentItemChanged, this, &UserPickerDialog::updateButtons);
    connect(m_filter, &QLineEdit::textChanged, this, &UserPickerDialog::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(480, 520);
    m_filter->setFocus();
    updateButtons();
}

Workspace::User UserPickerDialog::selectedUser() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return {};
    return m_users.value(item->data(indexRole).toInt());
}

void UserPickerDialog::applyFilter()
{
    const QStringList words = m_filter->text().simplified().split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString haystack = item->text() + u' ' + item->toolTip();
        const bool match = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return haystack.contains(w, Qt::CaseInsensitive);
        });
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (const QListWidgetItem *current = m_list->currentItem(); !current || current->isHidden())
        m_list->setCurrentItem(first);
    updateButtons();
}

void UserPickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedUser().id.isEmpty());
}

// Up and Down move through the list while the cursor stays in the filter field.
bool UserPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
