#pragma once

#include <QSqlDatabase>
#include <QStatusBar>

class ElidedLabel;
class QLabel;

// The status bar of the main window: how many accounts the cache holds, when the last
// import ran and what it did, and which cache file this window works on.
class CacheStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit CacheStatusBar(const QSqlDatabase &db, QWidget *parent = nullptr);

    void setAccountCount(int count);
    // Re-reads the last applied import and the number of unsent local changes.
    void refresh();
    void refreshPendingChanges();

    QString accountCountText() const;
    QString lastImportText() const;
    QString cachePathText() const;
    QString pendingChangesText() const;

private:
    QSqlDatabase m_db;
    QLabel *m_accounts;
    QLabel *m_lastImport;
    QLabel *m_pending;
    ElidedLabel *m_cachePath;
};
