#include "CacheStatusBar.h"

#include "common/ElidedLabel.h"
#include "work/ChangeJournal.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

CacheStatusBar::CacheStatusBar(const QSqlDatabase &db, QWidget *parent)
    : QStatusBar(parent)
    , m_db(db)
    , m_accounts(new QLabel(this))
    , m_lastImport(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_cachePath(new ElidedLabel(Qt::ElideMiddle, this))
{
    setSizeGripEnabled(false);
    m_accounts->setObjectName(u"statusAccountCount"_s);
    m_lastImport->setObjectName(u"statusLastImport"_s);
    m_cachePath->setObjectName(u"statusCachePath"_s);
    m_cachePath->setMaximumWidth(420);
    m_cachePath->setFullText(QDir::toNativeSeparators(m_db.databaseName()));
    m_cachePath->setToolTip(tr("Cache file: %1").arg(QDir::toNativeSeparators(m_db.databaseName())));
    addWidget(m_accounts);
    m_pending->setObjectName(u"statusPendingChanges"_s);
    m_pending->setToolTip(tr("Notes, tasks and other local changes waiting to be sent to the central CRM"));
    addWidget(m_lastImport, 1);
    addPermanentWidget(m_pending);
    m_sync->setObjectName(u"statusSync"_s);
    m_sync->setTextFormat(Qt::RichText);
    addPermanentWidget(m_sync);
    addPermanentWidget(m_cachePath);
    refresh();
    // Local changes come from every view and from the command line: a cheap count
    // (a partial index on the unsent rows) every few seconds keeps the figure true.
    auto *poll = new QTimer(this);
    poll->setInterval(3000);
    connect(poll, &QTimer::timeout, this, &CacheStatusBar::refreshPendingChanges);
    connect(poll, &QTimer::timeout, this, &CacheStatusBar::refreshSync);
    poll->start();
}

void CacheStatusBar::setAccountCount(int count)
{
    // Spelled out rather than with %n: English has no .qm file to supply plural forms.
    m_accounts->setText(count == 1 ? tr("1 account") : tr("%1 accounts").arg(QLocale().toString(count)));
}

void CacheStatusBar::refreshPendingChanges()
{
    const qint64 pending = ChangeJournal(m_db).unsentCount();
    m_pending->setText(pending == 0 ? tr("No local changes waiting to sync")
                           : pending == 1
                           ? tr("1 local change not yet synced")
                           : tr("%1 local changes not yet synced").arg(QLocale().toString(pending)));
}

void CacheStatusBar::refreshSync()
{
    QSqlQuery q(m_db);
    QString text;
    QString tip;
    if (q.exec(u"SELECT last_sync_at, offline, last_result FROM sync_state WHERE id = 1"_s) && q.next()
        && !q.value(0).isNull()) {
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        const QString when = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        if (q.value(1).toBool())
            text = tr("Offline since %1").arg(when);
        else if (q.value(2).toString() == "failed"_L1)
            text = tr("Last sync failed %1").arg(when);
        else
            text = tr("Synced %1").arg(when);
    } else {
        text = tr("Never synced");
    }
    tip = tr("Sync view: Ctrl+Shift+Y");
    int conflicts = 0;
    if (q.exec(u"SELECT COUNT(*) FROM shared_edits WHERE state = 'conflict'"_s) && q.next())
        conflicts = q.value(0).toInt();
    QString html = text.toHtmlEscaped();
    if (conflicts > 0)
        html += u" · <span style=\"color:#cf222e;font-weight:600\">"_s
            + (conflicts == 1 ? tr("1 conflict") : tr("%1 conflicts").arg(conflicts)).toHtmlEscaped()
            + u"</span>"_s;
    m_sync->setText(html);
    m_sync->setToolTip(tip);
}

void CacheStatusBar::refresh()
{
    refreshPendingChanges();
    refreshSync();
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT finished_at, added, changed, archived, rejected FROM import_log"
                " WHERE status = 'applied' ORDER BY id DESC LIMIT 1"_s)
        || !q.next()) {
        m_lastImport->setText(tr("No import yet"));
        return;
    }
    QDateTime finished = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    const QString when = finished.isValid() ? QLocale().toString(finished.toLocalTime(), QLocale::ShortFormat)
                                            : tr("unknown time");
    m_lastImport->setText(tr("Last import %1 · %2 added, %3 changed, %4 archived, %5 rejected")
                              .arg(when)
                              .arg(QLocale().toString(q.value(1).toLongLong()))
                              .arg(QLocale().toString(q.value(2).toLongLong()))
                              .arg(QLocale().toString(q.value(3).toLongLong()))
                              .arg(QLocale().toString(q.value(4).toLongLong())));
}

QString CacheStatusBar::accountCountText() const
{
    return m_accounts->text();
}

QString CacheStatusBar::lastImportText() const
{
    return m_lastImport->text();
}

QString CacheStatusBar::cachePathText() const
{
    return m_cachePath->fullText();
}

QString CacheStatusBar::syncText() const
{
    return m_sync->text();
}

QString CacheStatusBar::pendingChangesText() const
{
    return m_pending->text();
}
