#include "ContactEditDialog.h"

#include "account/CrmFormat.h"
#include "common/Theme.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ContactEditDialog::ContactEditDialog(Database &db, const QString &author, const QString &contactId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_author(author)
    , m_contactId(contactId)
{
    setObjectName(u"contactEditDialog"_s);
    setWindowTitle(tr("Edit Contact"));

    QSqlQuery q(db.connection());
    q.prepare(
        u"SELECT first_name, last_name, email, role, title FROM contacts WHERE id = ? AND archived = 0"_s);
    q.addBindValue(contactId);
    QString name;
    if (q.exec() && q.next()) {
        m_valid = true;
        name = CrmFormat::personName(q.value(0).toString(), q.value(1).toString());
        if (name.isEmpty())
            name = q.value(2).toString();
        m_initialRole = q.value(3).toString();
        m_initialTitle = q.value(4).toString();
    }

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(name, this);
    Theme::setRole(heading, "heading");
    layout->addWidget(heading);
    auto *explain
        = new QLabel(tr("The role and title are shared with the CRM: your change is saved here at once and "
                        "sent at the next sync. Everything else about a contact comes from the CRM."),
                     this);
    Theme::setRole(explain, "muted");
    explain->setWordWrap(true);
    layout->addWidget(explain);

    auto *form = new QFormLayout;
    m_role = new QComboBox(this);
    m_role->setObjectName(u"contactRoleCombo"_s);
    m_role->addItem(tr("(none)"), QString());
    for (const QString &code : { u"champion"_s, u"executive_sponsor"_s, u"decision_maker"_s, u"technical"_s,
                                 u"user"_s, u"billing"_s })
        m_role->addItem(CrmFormat::contactRoleLabel(code), code);
    int index = m_role->findData(m_initialRole);
    if (index < 0 && !m_initialRole.isEmpty()) {
        m_role->addItem(CrmFormat::contactRoleLabel(m_initialRole), m_initialRole);
        index = m_role->count() - 1;
    }
    m_role->setCurrentIndex(qMax(0, index));
    m_title = new QLineEdit(m_initialTitle, this);
    m_title->setObjectName(u"contactTitleEdit"_s);
    m_title->setMaxLength(200);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Title:"), m_title);
    layout->addLayout(form);

    // What is already waiting, or clashing, for this contact.
    const SharedEdits edits(db);
    for (const QString &field : { u"role"_s, u"title"_s }) {
        const auto edit = edits.find(u"contact"_s, contactId, field);
        if (!edit)
            continue;
        const auto shown = [&](const QString &v) {
            return SharedEdits::displayValue(field, v);
        };
        auto *note = new QLabel(this);
        note->setWordWrap(true);
        if (edit->state == SharedEdits::State::Conflict) {
            note->setObjectName(u"contactConflictNote"_s);
            Theme::setRole(note, "error");
            note->setText(tr("Conflict: the CRM changed the %1 to “%2”. Resolve it in the Sync view.")
                              .arg(SharedEdits::fieldLabel(field).toLower(), shown(edit->theirs)));
        } else {
            Theme::setRole(note, "muted");
            note->setText(
                tr("Your %1 “%2” is waiting for the CRM (it says “%3”).")
                    .arg(SharedEdits::fieldLabel(field).toLower(), shown(edit->mine), shown(edit->base)));
        }
        layout->addWidget(note);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(u"contactEditError"_s);
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString ContactEditDialog::role() const
{
    return m_role->currentData().toString();
}

QString ContactEditDialog::title() const
{
    return m_title->text().trimmed();
}

bool ContactEditDialog::save()
{
    SharedEdits edits(m_db, m_author);
    if (role() != m_initialRole && !edits.set(u"contact"_s, m_contactId, u"role"_s, role())) {
        m_error->setText(edits.lastError());
        m_error->show();
        return false;
    }
    m_initialRole = role();
    if (title() != m_initialTitle.trimmed() && !edits.set(u"contact"_s, m_contactId, u"title"_s, title())) {
        m_error->setText(edits.lastError());
        m_error->show();
        return false;
    }
    m_initialTitle = title();
    return true;
}

void ContactEditDialog::accept()
{
    if (save())
        QDialog::accept();
}
