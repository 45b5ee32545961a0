#pragma once

#include "accounts/AccountFilter.h"
#include "team/TeamSummary.h"

#include <QDate>
#include <QElapsedTimer>
#include <QWidget>

class Database;
class EmptyStateWidget;
class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class TeamModel;
class TeamSummaryJob;
class Workspace;

// The team view for managers: one row per CSM of the user's team (or of everyone) with
// accounts, ARR, health mix, ARR at risk, renewals in 90 days, accounts not touched in
// 30 days and overdue tasks, and a totals row. Read off the GUI thread (TeamSummaryJob).
// Enter or a double-click on a row lists that CSM's accounts; a click on a figure lists
// exactly the accounts it counts; Ctrl+E exports the table to Excel.
class TeamView : public QWidget
{
    Q_OBJECT
public:
    TeamView(Database &db, Workspace &workspace, QWidget *parent = nullptr);

    // "Today" for every figure; the current date unless set (tests, screenshots).
    void setToday(const QDate &today);
    QDate today() const;

    // My team (the default) or All; follows the workspace's scope switch too.
    Workspace::Scope scope() const { return m_scope; }
    void setScope(Workspace::Scope scope);

    TeamSummary summary() const { return m_summary; }
    bool isLoading() const;
    TeamModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Writes the table to `path` as the export button does, without asking; false with
    // a message box on failure.
    bool exportTo(const QString &path);

public Q_SLOTS:
    // Re-reads the figures, e.g. after an import or a health recompute.
    void reload();
    // Asks where to save the table and writes it (Ctrl+E).
    void exportTable();

Q_SIGNALS:
    // List exactly these accounts under `title`.
    void accountsRequested(const AccountFilter &filter, const QString &title);
    void accountRequested(const QString &accountId);
    // A summary arrived and is shown.
    void summaryShown();
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
    void openCell(const QModelIndex &index, bool rowOnly);
    QString titleFor(const TeamSummary::Row &row, TeamSummary::Figure figure) const;
    QString scopeNote() const;
    void showExportResult(const QString &text, const QString &folder);

    Database &m_db;
    Workspace &m_workspace;
    TeamSummaryJob *m_job;
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
    QFrame *m_exportBanner;
    QLabel *m_exportBannerText;
    QProgressBar *m_busy;
    QLabel *m_hint;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QWidget *m_loading;
    EmptyStateWidget *m_noData;
    EmptyStateWidget *m_noRows;
};
