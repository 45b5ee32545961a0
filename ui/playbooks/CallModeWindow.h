#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

class CaseListModel;
class ContactListModel;
class Database;
class PlaybookStepDelegate;
class PlaybookStepModel;
class QAction;
class QComboBox;
class QLabel;
class QListView;
class QStackedWidget;
class QTimer;
class StepNoteEdit;
class Workspace;

// Call mode: a compact top-level window for a live customer call. The head holds the
// account's key facts (name, ARR, renewal and days to go, health band in its colour,
// owner, champion, open cases); the body the playbook's checklist in big type, the current
// step's guidance and its note.
//
// Keyboard-driven: Up/Down or J/K move, Space or Enter ticks and unticks, S skips (asks
// for the reason), N or Tab goes to the note and Esc back to the list, Ctrl+1..9 (or the
// combo) switch between the account's open playbooks, Ctrl+T keeps the window on top of
// others (remembered), Ctrl+W or Esc closes. Every tick and skip is saved at once; the
// note 300 ms after the last keystroke. The geometry is remembered.
class CallModeWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr int noteDebounceMs = 300;

    // `instanceId` empty: the account's first open playbook.
    CallModeWindow(Database &db, Workspace *workspace, const QString &accountId,
                   const QString &instanceId = {}, QWidget *parent = nullptr);
    ~CallModeWindow() override;

    QString accountId() const { return m_accountId; }
    QString instanceId() const;
    bool setInstance(const QString &instanceId);
    void setToday(const QDate &today);

    int currentRow() const;
    void setCurrentRow(int row);
    bool stayOnTop() const;

    PlaybookStepModel *stepModel() const { return m_steps; }
    QListView *stepList() const { return m_list; }
    StepNoteEdit *noteEdit() const { return m_note; }
    QComboBox *switcher() const { return m_switcher; }
    QLabel *savedLabel() const { return m_saved; }
    QLabel *factsLabel() const { return m_facts; }
    QLabel *guidanceLabel() const { return m_guidance; }

public Q_SLOTS:
    void reload();
    bool toggleCurrent();
    void skipCurrent();
    void focusNote();
    void setStayOnTop(bool on);

Q_SIGNALS:
    // A step was ticked, skipped or noted here.
    void changed(const QString &instanceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reloadFacts();
    void reloadSwitcher();
    void updateStep();
    void showSaved();
    void showError(const QString &message);

    Database &m_db;
    QPointer<Workspace> m_workspace;
    QString m_accountId;
    QDate m_today;
    PlaybookStepModel *m_steps;
    ContactListModel *m_contacts;
    CaseListModel *m_cases;
    PlaybookStepDelegate *m_delegate = nullptr;
    QStringList m_openIds;

    QLabel *m_name = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_health = nullptr;
    QComboBox *m_switcher = nullptr;
    QLabel *m_progress = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_guidance = nullptr;
    StepNoteEdit *m_note = nullptr;
    QLabel *m_saved = nullptr;
    QLabel *m_hint = nullptr;
    QTimer *m_savedTimer = nullptr;
    QAction *m_onTopAction = nullptr;
};
