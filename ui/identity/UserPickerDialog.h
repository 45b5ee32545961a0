#pragma once

#include "workspace/Workspace.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QDialogButtonBox;

// "Who are you?": the users in the cache, searchable; the choice is remembered, and
// decides what "My book" and "My team" mean.
class UserPickerDialog : public QDialog
{
    Q_OBJECT
public:
    UserPickerDialog(const QList<Workspace::User> &users, const QString &currentId,
                     QWidget *parent = nullptr);

    Workspace::User selectedUser() const;
    QLineEdit *filterField() const { return m_filter; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateButtons();

    QList<Workspace::User> m_users;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};
