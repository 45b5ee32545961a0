#pragma once

#include "accounts/AccountFilter.h"
#include "workspace/Workspace.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class AccountExportJob;
class AccountListModel;
class Database;
class EmptyStateWidget;
class FilterMenuButton;
class ExportBanner;
class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressDialog;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

// The book of accounts: a search field and a filter bar (owner, team, segment,
// lifecycle stage, renewal window, untouched accounts, archived), the account list with
// a column chooser, saved views, export to CSV/XLSX, and an empty state that tells a new
// user how to get data in. Reads the cache through AccountListModel, so a 100k-account
// export scrolls as fast as a 200-account book.
class AccountsView : public QWidget
{
    Q_OBJECT
public:
    // A named list: which accounts (the filter bar, not the search text or the scope),
    // in which order, with which columns.
    struct View
    {
        QString name;
        AccountFilter filter;
        QString sortColumn; // AccountListModel::columnKey
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        // Visible column keys in order; empty (the built-in views) keeps the current ones.
        QStringList columns;
        bool builtIn = false;
    };

    AccountsView(Database &db, Workspace &workspace, QWidget *parent = nullptr);
    ~AccountsView() override;

    AccountListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    // "Export…" (Ctrl+E): for the File menu.
    QAction *exportAction() const { return m_exportAction; }

    // What the list shows: the filter bar, the search text and the workspace's scope.
    AccountFilter currentFilter() const;

    // Columns by AccountListModel::columnKey, visible ones in the order the user arranged
    // them; Name is always shown.
    QStringList visibleColumns() const;
    void setVisibleColumns(const QStringList &keys);
    static QStringList defaultColumns();

    QList<View> builtInViews() const;
    QList<View> savedViews() const { return m_savedViews; }
    // The view the list matches now (the last one applied first), empty when none does.
    QString currentViewName() const;
    // Saves the current filters, sort and columns under `name`, replacing a saved view of
    // that name; false for an empty name or a built-in view's name.
    bool saveView(const QString &name);
    bool applyView(const QString &name);
    bool renameView(const QString &from, const QString &to);
    bool deleteView(const QString &name);

    // Exports the current view (filter, sort, visible columns in order) to `path`
    // (.csv or .xlsx) in the background, with a progress dialog that can cancel;
    // false when an export is already running or the file name has no known suffix.
    bool exportTo(const QString &path);
    bool isExporting() const;

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

public Q_SLOTS:
    // Re-reads the cache, e.g. after an import.
    void reload();
    void focusSearch();
    // Shows the accounts `filter` selects, and the filter bar and search field show it
    // (Home's click-throughs). The scope stays the workspace's.
    void applyFilter(const AccountFilter &filter);
    void setScope(Workspace::Scope scope, const QString &userId);
    void clearFilters();
    // Asks for a file (FileDialogs), then exportTo().
    void exportCurrentView();

Q_SIGNALS:
    void importRequested();
    void demoDataRequested();
    // The number of accounts in the cache or the number matching the filter changed.
    void countsChanged();
    // Enter or a double click on an account: open it.
    void accountActivated(const QString &accountId);
    // An export ended: written (ok), failed or cancelled (not ok).
    void exportFinished(const QString &path, bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFilterBar();
    void createViewsMenu();
    void rebuildViewsMenu();
    void updateViewsButton();
    void applySearch();
    void applyCurrentFilter();
    // The bar's part of a filter (no search text, no scope).
    AccountFilter barFilter() const;
    void setBarFilter(const AccountFilter &filter);
    bool hasActiveFilters() const;
    void updateNotTouchedText();
    bool viewMatches(const View &view) const;
    void applyViewState(const View &view);
    std::optional<View> findView(const QString &name) const;
    void storeSavedViews() const;
    void loadSavedViews();
    QString askViewName(const QString &title, const QString &label, const QString &initial);
    void saveViewInteractively();
    void renameViewInteractively();
    void deleteViewInteractively();
    void activateRow(const QModelIndex &index);
    void onExportFinished();
    void fitNameColumn();
    void fillColumnsMenu(QMenu *menu);
    void showHeaderMenu(const QPoint &position);
    void resetColumns();
    void updateState();
    void setInitialColumnWidths();
    QString sortColumnKey() const;

    Database &m_db;
    Workspace &m_workspace;
    AccountListModel *m_model;
    QLineEdit *m_search;
    QLabel *m_countLabel;
    FilterMenuButton *m_ownerFilter = nullptr;
    FilterMenuButton *m_teamFilter = nullptr;
    FilterMenuButton *m_segmentFilter = nullptr;
    FilterMenuButton *m_stageFilter = nullptr;
    FilterMenuButton *m_renewalFilter = nullptr;
    QToolButton *m_notTouchedButton = nullptr;
    FilterMenuButton *m_archivedFilter = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QWidget *m_filterBar = nullptr;
    QToolButton *m_viewsButton = nullptr;
    QMenu *m_viewsMenu = nullptr;
    QPushButton *m_exportButton = nullptr;
    QAction *m_exportAction = nullptr;
    ExportBanner *m_exportBanner = nullptr;
    QStackedWidget *m_pages;
    QTableView *m_table;
    EmptyStateWidget *m_noAccounts;
    EmptyStateWidget *m_noMatches;
    QTimer *m_searchDelay;
    AccountExportJob *m_exportJob = nullptr;
    QPointer<QProgressDialog> m_exportProgress;
    QList<View> m_savedViews;
    QString m_lastView; // the view last applied or saved
    Workspace::Scope m_scope = Workspace::Scope::All;
    QString m_scopeUserId;
    int m_notTouchedDays = 30;
    bool m_fittingColumns = false;
};
