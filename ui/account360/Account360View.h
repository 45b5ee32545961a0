#pragma once

#include "account/AccountProfile.h"

#include <QPointer>
#include <QWidget>

class CaseListModel;
class QAbstractItemModel;
class ContactListModel;
class Database;
class ElidedLabel;
class EmptyStateWidget;
class HealthPanel;
class NoteEditor;
class NpsListModel;
class OpportunityListModel;
class PlaybookPanel;
class QDateEdit;
class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QVBoxLayout;
class SentimentControl;
class TaskListModel;
class TimelineModel;
class UsagePanel;
class Workspace;

// The whole customer on one screen: a header with who the account is, its commercial
// facts, its health and the CSM's sentiment, and below it tabs for the overview, the
// health score and why, the timeline with an always-there note editor, usage charts,
// tasks, cases, NPS and opportunities. One instance per open account; the main window
// hosts them.
//
// Keyboard: Ctrl+1..9 pick a tab, Ctrl+PgUp/PgDown step through them, Ctrl+N starts a
// new note (while the focus is inside the view, which takes it when shown: its tab bar).
class Account360View : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        OverviewTab,
        HealthTab,
        TimelineTab,
        UsageTab,
        TasksTab,
        CasesTab,
        NpsTab,
        OpportunitiesTab,
        PlaybooksTab,
        TabCount
    };

    Account360View(Database &db, Workspace &workspace, const QString &accountId, QWidget *parent = nullptr);
    ~Account360View() override;

    QString accountId() const { return m_accountId; }
    // The account's name, for the tab or sidebar entry (the CRM id until it is known).
    QString title() const;
    bool accountFound() const { return m_profile.isValid(); }
    const AccountProfile &profile() const { return m_profile; }

    // Column widths, splitter positions and the usage period, shared by all instances.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    QTabWidget *tabs() const { return m_tabs; }
    NoteEditor *noteEditor() const { return m_noteEditor; }
    SentimentControl *sentimentControl() const { return m_sentiment; }
    UsagePanel *usagePanel() const { return m_usage; }
    HealthPanel *healthPanel() const { return m_health; }
    TimelineModel *timelineModel() const { return m_timeline; }
    QListView *timelineView() const { return m_timelineView; }
    TaskListModel *taskModel() const { return m_tasks; }
    QLineEdit *taskTitleField() const { return m_taskTitle; }
    QDateEdit *taskDueField() const { return m_taskDue; }
    QPushButton *qbrButton() const { return m_qbrButton; }
    PlaybookPanel *playbookPanel() const { return m_playbooks; }

public Q_SLOTS:
    // Re-reads everything from the cache, e.g. after an import.
    void reload();
    void showTab(int tab);
    // Ctrl+N: the Timeline tab with an empty note editor, focused.
    void newNote();
    // Adds the task typed in the Tasks tab; false (and the field keeps its text) on failure.
    bool addTask();

Q_SIGNALS:
    void titleChanged(const QString &title);
    // The parent account's link was clicked.
    void accountLinkActivated(const QString &accountId);
    // "Prepare QBR": open the QBR builder on this account.
    void qbrRequested(const QString &accountId);

protected:
    // Takes the focus when shown, so that its shortcuts work at once.
    void showEvent(QShowEvent *event) override;
    // A click on the health tile, or Enter or Space on it, opens the Health tab.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The contact's role and title, shared with the CRM (F2, Enter or double-click).
    void editContact(const QModelIndex &index);
    struct Tile
    {
        QFrame *frame = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };

    QWidget *createHeader();
    QWidget *createOverviewTab();
    QWidget *createTimelineTab();
    QWidget *createTasksTab();
    QWidget *createTableTab(QTableView *table, QLabel *summary, QStackedWidget *stack,
                            EmptyStateWidget *empty);
    Tile createTile(const QString &caption, const QString &objectName);
    void createShortcuts();
    void configureTable(QTableView *table, QAbstractItemModel *model);

    void updateHeader();
    void updateTiles();
    void updateHealthTile();
    void updateProfileFacts();
    void updateOverviewLists();
    void updateTimelineState();
    void updateTabTitles();
    void updateTableStates();
    void applyTimelineFilter();
    void onLinkActivated(const QString &link);
    void onNoteChanged(const QString &noteId);
    QString author() const;
    QString userId() const;

    Database &m_db;
    // The main window's; guarded, since the window may let it go before its views.
    QPointer<Workspace> m_workspace;
    QString m_author; // the last known author, for when the workspace is gone
    QString m_accountId;
    AccountProfile m_profile;
    QString m_loadError;

    ContactListModel *m_contacts;
    TimelineModel *m_timeline;
    TimelineModel *m_recent; // the latest entries of every type, for the overview
    CaseListModel *m_cases;
    NpsListModel *m_nps;
    OpportunityListModel *m_opportunities;
    TaskListModel *m_tasks;

    QStackedWidget *m_pages = nullptr; // the account, or "not found"
    EmptyStateWidget *m_missing = nullptr;

    // Header
    QLabel *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_lifecycleChip = nullptr;
    QLabel *m_statusChip = nullptr;
    QLabel *m_archivedChip = nullptr;
    QPushButton *m_qbrButton = nullptr;
    QLabel *m_subtitle = nullptr;
    SentimentControl *m_sentiment = nullptr;
    Tile m_arrTile;
    Tile m_renewalTile;
    Tile m_healthTile;
    ElidedLabel *m_healthTileDetail = nullptr; // its detail label
    Tile m_segmentTile;
    Tile m_licencesTile;
    Tile m_npsTile;
    Tile m_casesTile;

    QTabWidget *m_tabs = nullptr;

    // Overview
    QSplitter *m_overviewSplitter = nullptr;
    QGridLayout *m_factsGrid = nullptr;
    QTableView *m_contactsTable = nullptr;
    QStackedWidget *m_contactsStack = nullptr;
    QVBoxLayout *m_openTasksList = nullptr;
    QVBoxLayout *m_latestNpsList = nullptr;
    QVBoxLayout *m_recentList = nullptr;

    // Timeline
    NoteEditor *m_noteEditor = nullptr;
    QList<QPushButton *> m_filterChips;
    QPushButton *m_allChip = nullptr;
    QLabel *m_timelineCount = nullptr;
    QListView *m_timelineView = nullptr;
    QStackedWidget *m_timelineStack = nullptr;
    EmptyStateWidget *m_noTimeline = nullptr;

    UsagePanel *m_usage = nullptr;
    HealthPanel *m_health = nullptr;
    PlaybookPanel *m_playbooks = nullptr;

    // Tasks
    QLineEdit *m_taskTitle = nullptr;
    QDateEdit *m_taskDue = nullptr;
    QPushButton *m_addTaskButton = nullptr;
    QLabel *m_taskError = nullptr;
    QTableView *m_tasksTable = nullptr;
    QStackedWidget *m_tasksStack = nullptr;

    // Cases, NPS, opportunities
    QTableView *m_casesTable = nullptr;
    QLabel *m_casesSummary = nullptr;
    QStackedWidget *m_casesStack = nullptr;
    EmptyStateWidget *m_noCases = nullptr;
    QTableView *m_npsTable = nullptr;
    QLabel *m_npsSummary = nullptr;
    QStackedWidget *m_npsStack = nullptr;
    EmptyStateWidget *m_noNps = nullptr;
    QTableView *m_opportunitiesTable = nullptr;
    QLabel *m_opportunitiesSummary = nullptr;
    QStackedWidget *m_opportunitiesStack = nullptr;
    EmptyStateWidget *m_noOpportunities = nullptr;
};
