#pragma once

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// A small dialog asking for one line of text: why a step is skipped (required) or why a
// playbook is cancelled (optional). Enter accepts, Esc cancels; OK stays disabled while a
// required reason is empty.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &prompt, bool required, QWidget *parent = nullptr);

    QLineEdit *reasonEdit() const { return m_edit; }
    QString reason() const;

    // Opens the dialog window-modal and returns at once; `onAccepted` gets the reason when
    // the user accepts. The dialog deletes itself when closed.
    static ReasonDialog *ask(QWidget *parent, const QString &title, const QString &prompt, bool required,
                             const QString &acceptText,
                             std::function<void(const QString &reason)> onAccepted);

private:
    void updateButtons();

    QLineEdit *m_edit;
    QDialogButtonBox *m_buttons;
    bool m_required;
};
