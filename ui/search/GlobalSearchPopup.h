#pragma once

#include <QDialog>

class Database;
class QLineEdit;
class QListWidget;
class QLabel;
class QTimer;

// Ctrl+K: a search box over accounts and contacts that floats over the window. Arrow
// keys move through the results from the text field; Enter opens the account (a
// contact opens their account); Esc closes.
class GlobalSearchPopup : public QDialog
{
    Q_OBJECT
public:
    explicit GlobalSearchPopup(Database &db, QWidget *parent = nullptr);

    // Accounts of this owner (the current user) rank first.
    void setPreferredOwner(const QString &ownerId) { m_preferredOwner = ownerId; }

    QLineEdit *searchField() const { return m_field; }
    QListWidget *results() const { return m_results; }

    // Clears the text, places the popup over the top of its parent and shows it.
    void popup();

public Q_SLOTS:
    // Runs the search now (normally after a short pause in typing).
    void search();

Q_SIGNALS:
    void accountChosen(const QString &accountId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();

    Database &m_db;
    QLineEdit *m_field;
    QListWidget *m_results;
    QLabel *m_hint;
    QTimer *m_delay;
    QString m_preferredOwner;
};
