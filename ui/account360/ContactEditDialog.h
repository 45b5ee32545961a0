#pragma once

#include "work/SharedEdits.h"

#include <QDialog>
#include <optional>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;

// Edits the two contact fields Pitwall shares with the CRM: the role and the title
// (SharedEdits). Everything else about a contact comes from the CRM and is read-only.
// Saving writes the cache at once and journals the change for the next sync; the dialog
// says when an edit is still waiting for the CRM or is in conflict with it.
class ContactEditDialog : public QDialog
{
    Q_OBJECT
public:
    ContactEditDialog(Database &db, const QString &author, const QString &contactId,
                      QWidget *parent = nullptr);

    // False (and the dialog not shown) when the contact is not in the cache.
    bool isValid() const { return m_valid; }
    QString role() const;
    QString title() const;
    // Saves what changed; false with a message shown in the dialog.
    bool save();

    void accept() override;

private:
    Database &m_db;
    QString m_author;
    QString m_contactId;
    bool m_valid = false;
    QString m_initialRole;
    QString m_initialTitle;
    QComboBox *m_role = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_error = nullptr;
};
