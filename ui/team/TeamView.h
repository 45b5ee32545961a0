#pragma once

#include "accounts/AccountFilter.h"
#include "team/TeamSummary.h"

#include <QDate>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class Database;
class EmptyStateWidget;
class ExportJob;
class ExportBanner;
class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QProgressBar;
class QProgressDialog;
class QSortFilterProxyModel;
class QPushButton;
class QStackedWidget;
class QTableView;
class TeamModel;
class TeamSummaryJob;
class Workspace;

// The team view for managers: one row per CSM of the user's team (or of everyone) with
// accounts, ARR, health mix, ARR at risk, renewals in 90 days, accounts not touched in
// 30 days and overdue tasks, and a totals row pinned under them in a footer whatever the
// sort and the scrolling. Read off the GUI thread (TeamSummaryJob).
// Enter or a double-click on a row lists that CSM's accounts; a click on a figure lists
// exactly the accounts it counts, one in the playbook columns the CSM's open or overdue
// playbook steps (PlaybookStepsDialog); Ctrl+E exports the table to Excel in the background.
class TeamView : public QWidget
{
    Q_OBJECT
public:
    TeamView(Database &db, Workspace &workspace, QWidget *parent = nullptr);
    // Cuts the scroll bars' links to this view first: their geometry may still change while
    // ~QWidget deletes the tables, and a slot on a half-destroyed view must not run.
    ~TeamView() override;

    // "Today" for every figure; the current date unless set (tests, screenshots).
    void setToday(const QDate &today);
    QDate today() const;

    // My team (the default) or All; follows the workspace's scope switch too.
    Workspace::Scope scope() const { return m_scope; }
    void setScope(Workspace::Scope scope);

    TeamSummary summary() const { return m_summary; }
    bool isLoading() const;
    TeamModel *model() const { return m_model; }
    // The CSMs' rows (the model's totals row is hidden here) and the totals footer.
    QTableView *table() const { return m_table; }
    QTableView *totalsTable() const { return m_totals; }

    // Writes the table, in the order shown, to `path` as the export button does without
    // asking: on a worker thread, with a progress dialog that can cancel (a cancelled
    // export writes nothing). False when there is no table or an export is running;
    // exportFinished() tells how it ended, a message box naming the file why it failed.
    bool exportTo(const QString &path);
    bool isExporting() const;

public Q_SLOTS:
    // Re-reads the figures, e.g. after an import or a health recompute.
    void reload();
    // Asks where to save the table and writes it (Ctrl+E).
    void exportTable();

Q_SIGNALS:
    // List exactly these accounts under `title`.
    void accountsRequested(const AccountFilter &filter, const QString &title);
    // Open one account (from the playbook steps' drill-down).
    void accountRequested(const QString &accountId);
    // A summary arrived and is shown.
    void summaryShown();
    // An export ended: written (ok), failed or cancelled (not ok).
    void exportFinished(const QString &path, bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void readSummary();
    void showSummary(const TeamSummary &summary);
    void updateHeader();
    void updateBusy();
    void fitColumns();
    void fitHealthBar();
    void setColumnHidden(int column, bool hidden);
    void fitNameColumn();
    void hideTotalsRow();
    void fitTotalsGutter();
    void fitTableHeight();
    // A footer index as the model's.
    QModelIndex sourceIndex(const QModelIndex &index) const;
    void openCell(const QModelIndex &index, bool rowOnly);
    // The playbook columns: the row's open (or only overdue) playbook steps in a dialog.
    void openPlaybookSteps(const TeamSummary::Row &row, bool overdueOnly);
    QString titleFor(const TeamSummary::Row &row, TeamSummary::Figure figure) const;
    QString scopeNote() const;
    void onExportFinished();
    void updateExportEnabled();

    Database &m_db;
    Workspace &m_workspace;
    TeamSummaryJob *m_job;
    ExportJob *m_exportJob;
    QPointer<QProgressDialog> m_exportProgress;
    TeamModel *m_model;
    TeamSummary m_summary;
    bool m_haveSummary = false;
    QString m_singleTeam; // the team of every row, when they share one
    Workspace::Scope m_scope = Workspace::Scope::MyTeam;
    QDate m_today;
    QElapsedTimer m_sinceRead;

    QLabel *m_title;
    QLabel *m_subtitle;
    QComboBox *m_scopeBox;
    QPushButton *m_exportButton;
    QAction *m_exportAction;
    QLabel *m_notice;
    QLabel *m_error;
    ExportBanner *m_exportBanner;
    QProgressBar *m_busy;
    QLabel *m_hint;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QTableView *m_totals;
    QSortFilterProxyModel *m_totalsModel;
    QWidget *m_totalsGutter = nullptr;
    QWidget *m_loading;
    EmptyStateWidget *m_noData;
    EmptyStateWidget *m_noRows;
};
