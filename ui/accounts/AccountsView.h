#pragma once

#include <QWidget>

class AccountListModel;
class Database;
class EmptyStateWidget;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSettings;
class QStackedWidget;
class QTableView;
class QTimer;

// The book of accounts: a search field, the account list and its count, and an empty
// state that tells a new user how to get data in. Reads the cache through
// AccountListModel, so a 100k-account export scrolls as fast as a 200-account book.
class AccountsView : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsView(Database &db, QWidget *parent = nullptr);

    AccountListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

public Q_SLOTS:
    // Re-reads the cache, e.g. after an import.
    void reload();
    void focusSearch();

Q_SIGNALS:
    void importRequested();
    void demoDataRequested();
    // The number of accounts in the cache or the number matching the search changed.
    void countsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void fitNameColumn();
    void showHeaderMenu(const QPoint &position);
    void updateState();
    void setInitialColumnWidths();

    AccountListModel *m_model;
    QLineEdit *m_search;
    QCheckBox *m_showArchived;
    QLabel *m_countLabel;
    QStackedWidget *m_pages;
    QTableView *m_table;
    EmptyStateWidget *m_noAccounts;
    EmptyStateWidget *m_noMatches;
    QTimer *m_searchDelay;
    bool m_fittingColumns = false;
};
