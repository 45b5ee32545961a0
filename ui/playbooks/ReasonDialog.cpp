#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, bool required, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_required(required)
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setObjectName(u"reasonEdit"_s);
    m_edit->setMinimumWidth(360);
    m_edit->setMaxLength(500);
    m_edit->setPlaceholderText(required ? tr("Required") : tr("Optional"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &ReasonDialog::updateButtons);
    updateButtons();
    m_edit->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_edit->text().trimmed();
}

void ReasonDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_required || !reason().isEmpty());
}

ReasonDialog *ReasonDialog::ask(QWidget *parent, const QString &title, const QString &prompt, bool required,
                                const QString &acceptText,
                                std::function<void(const QString &reason)> onAccepted)
{
    auto *dialog = new ReasonDialog(title, prompt, required, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!acceptText.isEmpty())
        dialog->m_buttons->button(QDialogButtonBox::Ok)->setText(acceptText);
    connect(dialog, &QDialog::accepted, dialog,
            [dialog, onAccepted = std::move(onAccepted)] { onAccepted(dialog->reason()); });
    dialog->open();
    dialog->m_edit->setFocus();
    return dialog;
}
