#pragma once

#include "store/CacheBackup.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QMenu;
class QPushButton;

// Shown instead of the main window when the cache is damaged: what happened, the newest
// automatic backup, and "Restore backup" (default) / "Choose another backup…" / "Quit".
// Restoring (CacheBackup::restore, on a worker thread) keeps the damaged file aside,
// rescues what it can of the unsent work, and says where; the dialog is accepted once the
// backup is in place, and the caller opens the cache again.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreBackupDialog(const QString &cachePath, const QString &problem, QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *quitButton() const { return m_quit; }
    // The other backups, then "Other file…" (opens a file dialog).
    QMenu *chooseMenu() const { return m_menu; }
    QString summaryText() const;
    QString backupText() const;
    QString statusText() const;

    // After a successful restore.
    const CacheBackup::Restore &restoreResult() const { return m_result; }
    QString restoredFrom() const { return m_restoredFrom; }
    bool isRestoring() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    void restoreNewest();
    void chooseOtherFile();
    // Starts the restore of `backup` on a worker thread.
    void restoreFrom(const QString &backup);

Q_SIGNALS:
    void restoreFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        CacheBackup::Restore result;
    };
    void onFinished();
    void setBusy(bool busy);

    QString m_cachePath;
    QList<CacheBackup::Info> m_backups;
    QLabel *m_summary;
    QLabel *m_backup;
    QLabel *m_status;
    QPushButton *m_restore;
    QPushButton *m_choose;
    QPushButton *m_quit;
    QMenu *m_menu;
    CacheBackup::Restore m_result;
    QString m_restoredFrom;
    QString m_pending;
    QFutureWatcher<Outcome> m_watcher;
};
