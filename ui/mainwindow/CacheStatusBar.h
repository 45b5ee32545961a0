#pragma once

#include <QSqlDatabase>
#include <QStatusBar>

class ElidedLabel;
class QLabel;

// The status bar of the main window: how many accounts the cache holds, when the last
// import ran and what it did, the local changes waiting, the last sync and its conflicts,
// and which cache file this window works on.
class CacheStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit CacheStatusBar(const QSqlDatabase &db, QWidget *parent = nullptr);

    void setAccountCount(int count);
    // Re-reads the last applied import and the number of unsent local changes.
    void refresh();
    void refreshPendingChanges();
    // The last sync (when, offline) and the conflicts waiting for a decision.
    void refreshSync();

    QString accountCountText() const;
    QString lastImportText() const;
    QString cachePathText() const;
    QString pendingChangesText() const;
    QString syncText() const;

private:
    QSqlDatabase m_db;
    QLabel *m_accounts;
    QLabel *m_lastImport;
    QLabel *m_pending;
    QLabel *m_sync;
    ElidedLabel *m_cachePath;
};
