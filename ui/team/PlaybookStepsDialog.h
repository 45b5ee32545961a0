#pragma once

#include "playbook/PlaybookStore.h"

#include <QDate>
#include <QDialog>
#include <QList>

class Database;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

// A list of open playbook steps ("Account · Playbook · Step · due"), overdue ones first
// in red; Enter or a double-click opens the step's account. The Team view's drill-down
// (a CSM's overdue or open steps) and Home's "Playbook steps" card share it.
class PlaybookStepsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        Account,
        Playbook,
        Step,
        Due,
        ColumnCount
    };
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1,
        InstanceIdRole,
        OverdueRole,
    };

    // Lists the steps `query` selects (PlaybookStore::dueSteps) under `title`.
    PlaybookStepsDialog(Database &db, const PlaybookStore::Query &query, const QDate &today,
                        const QString &title, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    int stepCount() const { return m_count; }

    // Fills `list` (four columns, see Column) with `steps`, overdue ones first.
    static void fill(QTreeWidget *list, QList<PlaybookStore::DueStep> steps, const QDate &today);
    // Sets up a QTreeWidget for such a list (header, columns, keyboard).
    static void setUpList(QTreeWidget *list);
    // "Overdue since 3 Nov" / "Due 24 Nov" / "Due today".
    static QString dueText(const PlaybookStore::DueStep &step, const QDate &today);

Q_SIGNALS:
    void accountRequested(const QString &accountId);

private:
    void openCurrent();

    QTreeWidget *m_list;
    QStackedWidget *m_pages;
    QLabel *m_caption;
    QPushButton *m_open;
    int m_count = 0;
};
