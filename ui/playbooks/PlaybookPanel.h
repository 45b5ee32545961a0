#pragma once

#include "CallModeWindow.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class Database;
class EmptyStateWidget;
class PlaybookInstanceModel;
class PlaybookStepDelegate;
class PlaybookStepModel;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class StartPlaybookDialog;
class StepNoteEdit;
class Workspace;

// The Account 360's Playbooks tab: the account's playbooks (open ones first: name, how it
// started, progress, overdue steps, next due), "Start playbook…", and the selected one's
// checklist with the current step's guidance and note (saved as typed). Space ticks the
// current step, "Skip…" asks for a reason, "Cancel playbook…" confirms with an optional
// reason; "Call mode" opens the compact call window on the playbook.
class PlaybookPanel : public QWidget
{
    Q_OBJECT
public:
    PlaybookPanel(Database &db, Workspace *workspace, QWidget *parent = nullptr);
    ~PlaybookPanel() override;

    void setAccount(const QString &accountId, const QString &accountName = {});
    QString accountId() const { return m_accountId; }
    void setToday(const QDate &today);

    QString currentInstanceId() const;
    bool selectInstance(const QString &instanceId);
    int currentStepRow() const;
    void setCurrentStepRow(int row);
    // Open playbooks on the account.
    int openCount() const;

    PlaybookInstanceModel *instanceModel() const { return m_instances; }
    PlaybookStepModel *stepModel() const { return m_steps; }
    QTableView *instanceTable() const { return m_instanceTable; }
    QListView *stepList() const { return m_stepList; }
    StepNoteEdit *noteEdit() const { return m_note; }
    QLabel *guidanceLabel() const { return m_guidance; }
    QPushButton *startButton() const { return m_startButton; }
    QPushButton *callModeButton() const { return m_callModeButton; }
    QPushButton *tickButton() const { return m_tickButton; }
    QPushButton *skipButton() const { return m_skipButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    CallModeWindow *callModeWindow() const { return m_callMode; }

public Q_SLOTS:
    void reload();
    // Opens "Start playbook…" (window-modal, returns at once); the new playbook is selected
    // when it starts.
    StartPlaybookDialog *startPlaybook();
    bool toggleCurrentStep();
    // Asks for the reason (required), then skips the current step.
    void skipCurrentStep();
    // Asks to confirm (with an optional reason), then cancels the selected playbook.
    void cancelPlaybook();
    // The call window on the selected playbook (or the account's first open one).
    CallModeWindow *openCallMode();
    // Writes a note being typed.
    void flush();

Q_SIGNALS:
    // A playbook was started, changed or cancelled here.
    void playbooksChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onInstanceChanged();
    void reloadInstances();
    void onStepChanged();
    void updateInstanceHeader();
    void updateStepDetail();
    void showSaved();
    void showError(const QString &message);

    Database &m_db;
    QPointer<Workspace> m_workspace;
    QString m_accountId;
    QString m_accountName;
    QDate m_today;
    PlaybookInstanceModel *m_instances;
    PlaybookStepModel *m_steps;
    PlaybookStepDelegate *m_delegate = nullptr;
    QPointer<CallModeWindow> m_callMode;
    bool m_reloadingInstances = false;

    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_callModeButton = nullptr;
    QTableView *m_instanceTable = nullptr;
    QLabel *m_instanceTitle = nullptr;
    QLabel *m_instanceDetail = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QListView *m_stepList = nullptr;
    QLabel *m_stepTitle = nullptr;
    QLabel *m_stepMeta = nullptr;
    QLabel *m_guidance = nullptr;
    QPushButton *m_tickButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    StepNoteEdit *m_note = nullptr;
    QLabel *m_saved = nullptr;
    QLabel *m_error = nullptr;
};
