#pragma once

#include "accounts/AccountFilter.h"
#include "home/HomeSummary.h"

#include <QDate>
#include <QElapsedTimer>
#include <QWidget>

class Database;
class EmptyStateWidget;
class FigureCard;
class HomeSummaryJob;
class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;
class TaskListModel;
class Workspace;

// "My book at a glance": a greeting, the figures of the user's scope as cards that open
// the accounts making them up, the tasks overdue and due today (tick them off here), and
// the latest activity, the user's playbook steps due this week or overdue, and (for a
// manager) what the playbook rules told them. The figures are read off the GUI thread (HomeSummaryJob).
class HomeView : public QWidget
{
    Q_OBJECT
public:
    // The cards, in reading order.
    enum class Figure
    {
        Accounts,
        Renewals30,
        Renewals90,
        Renewals180,
        OverdueRenewals,
        NotTouched,
        OverdueTasks,
        TasksDueToday,
        Count
    };

    HomeView(Database &db, Workspace &workspace, QWidget *parent = nullptr);

    // "Today" for every figure; the current date unless set (tests, screenshots).
    void setToday(const QDate &today);
    QDate today() const;

    // The last summary read, and whether a newer one is being read.
    HomeSummary summary() const { return m_summary; }
    bool isLoading() const;

    FigureCard *card(Figure figure) const;
    TaskListModel *taskModel() const { return m_taskModel; }
    QTableView *taskView() const { return m_taskView; }
    QListWidget *recentList() const { return m_recent; }
    // My open playbook steps due within playbookDays days or overdue (overdue first).
    QTreeWidget *playbookStepList() const { return m_playbookSteps; }
    // The rules' notifications for the user (unread first); hidden when there are none.
    QListWidget *notificationList() const { return m_notifications; }
    QWidget *notificationPanel() const { return m_notificationPanel; }
    static constexpr int playbookDays = 7;

public Q_SLOTS:
    // Re-reads the figures, the tasks and the activity, e.g. after an import.
    void reload();

Q_SIGNALS:
    // A figure was clicked: list exactly its accounts under `title`.
    void accountsRequested(const AccountFilter &filter, const QString &title);
    void accountRequested(const QString &accountId);
    void chooseUserRequested();
    void importRequested();
    void demoDataRequested();
    // A summary arrived and is shown.
    void summaryShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createDashboard();
    void createCards(QWidget *parent);
    void layOutCards(int columns);
    QWidget *createTaskPanel(QWidget *parent);
    QWidget *createRecentPanel(QWidget *parent);
    QWidget *createPlaybookPanel(QWidget *parent);
    QWidget *createNotificationPanel(QWidget *parent);
    void readPlaybooks();
    void activateNotification(QListWidgetItem *item);
    void readSummary();
    void showSummary(const HomeSummary &summary);
    void updateHeader();
    void updateTaskPanel();
    void openFigure(Figure figure);
    void focusTasks(bool overdue);
    void tick();
    QString figureTitle(Figure figure) const;
    const HomeSummary::Figure *accountFigure(Figure figure) const;

    Database &m_db;
    Workspace &m_workspace;
    HomeSummaryJob *m_job;
    TaskListModel *m_taskModel;
    HomeSummary m_summary;
    bool m_haveSummary = false;
    QDate m_today;
    QDate m_shownDay; // the day the figures were read for, to notice midnight
    QElapsedTimer m_sinceRead;

    QStackedWidget *m_pages;
    QWidget *m_dashboard;
    EmptyStateWidget *m_chooseUser;
    EmptyStateWidget *m_noData;
    QLabel *m_greeting;
    QLabel *m_subtitle;
    QLabel *m_error;
    QList<FigureCard *> m_cards;
    QGridLayout *m_grid = nullptr;
    int m_cardColumns = 0;
    QTableView *m_taskView;
    QStackedWidget *m_taskPages;
    QLabel *m_taskCaption;
    QListWidget *m_recent;
    QStackedWidget *m_recentPages;
    QLabel *m_recentCaption;
    QTreeWidget *m_playbookSteps = nullptr;
    QStackedWidget *m_playbookPages = nullptr;
    QLabel *m_playbookCaption = nullptr;
    QWidget *m_notificationPanel = nullptr;
    QListWidget *m_notifications = nullptr;
    QLabel *m_notificationCaption = nullptr;
    QPushButton *m_markAllRead = nullptr;
    QTimer *m_clock;
};
