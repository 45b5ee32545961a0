#pragma once

#include "sync/SyncEngine.h"

#include <QPointer>
#include <QWidget>

class Database;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class SharedEditListModel;
class SyncJob;
class Workspace;

// Sync with the central location: where it is (a folder, a .zip or an http(s) URL), a
// "Sync now" that pulls the newest export and pushes the journal's unsent changes on a
// worker thread (progress and Cancel; Pitwall stays usable), the state of the last sync,
// the conflicts between fields edited here and in the CRM (keep mine / keep theirs) and
// the CS Ops configuration versions the pulls applied.
class SyncView : public QWidget
{
    Q_OBJECT
public:
    SyncView(Database &db, Workspace &workspace, QWidget *parent = nullptr);
    ~SyncView() override;

    QString central() const;
    void setCentral(const QString &location);
    bool isSyncing() const;

public Q_SLOTS:
    // Starts a sync with the location typed (nothing when one runs or none is set).
    void syncNow();
    void cancel();
    // Re-reads the status, the conflicts and the configuration versions.
    void reload();

Q_SIGNALS:
    // A sync ended; `dataChanged` when its pull imported an export or a conflict was
    // resolved (the other views reload).
    void syncFinished(const SyncReport &report);
    void dataChanged();
    void accountRequested(const QString &accountId);

private:
    QWidget *createLocationCard();
    QWidget *createStatusCard();
    QWidget *createConflictCard();
    QWidget *createConfigCard();
    void chooseFolder();
    void chooseZip();
    void onFinished(const SyncReport &report);
    void resolveSelected(bool keepMine);
    void updateConflictButtons();

    Database &m_db;
    Workspace &m_workspace;
    QPointer<SyncJob> m_job;

    QLineEdit *m_location = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_result = nullptr;

    QLabel *m_lastSync = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_lastPull = nullptr;
    QLabel *m_lastPush = nullptr;

    SharedEditListModel *m_edits = nullptr;
    QStackedWidget *m_editsStack = nullptr;
    QTableView *m_editsTable = nullptr;
    QLabel *m_conflictSummary = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_keepTheirs = nullptr;

    QTreeWidget *m_config = nullptr;
    QLabel *m_noConfig = nullptr;
};
