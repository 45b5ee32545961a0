#include "RestoreBackupDialog.h"

#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

// "3 hours ago", "2 days ago": how old a backup is, at a glance.
QString age(const QDateTime &createdUtc)
{
    const qint64 secs = qMax<qint64>(0, createdUtc.secsTo(QDateTime::currentDateTimeUtc()));
    if (secs < 60)
        return RestoreBackupDialog::tr("just now");
    if (secs < 3600)
        return RestoreBackupDialog::tr("%n minute(s) ago", nullptr, int(secs / 60));
    if (secs < 48 * 3600)
        return RestoreBackupDialog::tr("%n hour(s) ago", nullptr, int(secs / 3600));
    return RestoreBackupDialog::tr("%n day(s) ago", nullptr, int(secs / 86400));
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &cachePath, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_cachePath(cachePath)
    , m_backups(CacheBackup::list(cachePath))
    , m_summary(new QLabel(this))
    , m_backup(new QLabel(this))
    , m_status(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore Backup"), this))
    , m_choose(new QPushButton(tr("&Choose Another Backup…"), this))
    , m_quit(new QPushButton(tr("&Quit"), this))
    , m_menu(new QMenu(this))
{
    setObjectName(u"restoreBackupDialog"_s);
    setWindowTitle(tr("Pitwall — Damaged Cache"));
    setMinimumWidth(560);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(tr("Your local cache is damaged"), this);
    Theme::setRole(title, "heading");

    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(
        tr("Pitwall cannot safely read its local cache. This can happen after a disk error, or "
           "when the file was copied while Pitwall was writing it. Your data in the CRM is not "
           "affected."));
    auto *details = new QLabel(tr("Details: %1").arg(problem), this);
    details->setObjectName(u"details"_s);
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRole(details, "muted");

    m_backup->setObjectName(u"backup"_s);
    m_backup->setWordWrap(true);
    Theme::setRole(m_backup, "stage");
    if (m_backups.isEmpty()) {
        m_backup->setText(tr("There is no automatic backup of this cache. Choose a backup file, or quit and "
                             "import your CRM export again into a new cache."));
    } else {
        const CacheBackup::Info &newest = m_backups.first();
        m_backup->setText(tr("Newest backup: %1 (%2), schema %3.")
                              .arg(newest.description(), age(newest.createdUtc))
                              .arg(newest.schemaVersion));
    }
    auto *note
        = new QLabel(tr("Restoring moves the damaged file aside (it is not deleted) and first saves the "
                        "notes, tasks and unsent changes that can still be read from it into a file "
                        "beside it. Work done after the backup was made is only in that file."),
                     this);
    note->setWordWrap(true);
    Theme::setRole(note, "muted");

    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_restore->setObjectName(u"restoreButton"_s);
    m_choose->setObjectName(u"chooseButton"_s);
    m_quit->setObjectName(u"quitButton"_s);
    Theme::setRole(m_restore, "primary");
    m_restore->setDefault(true);
    m_restore->setEnabled(!m_backups.isEmpty());
    m_choose->setAutoDefault(false);
    m_quit->setAutoDefault(false);
    if (m_backups.isEmpty())
        m_choose->setDefault(true);

    // "Choose another backup…": the older automatic backups, then any file.
    for (qsizetype i = 1; i < m_backups.size(); ++i) {
        const CacheBackup::Info info = m_backups.at(i);
        QAction *action = m_menu->addAction(tr("%1 (%2)").arg(info.description(), age(info.createdUtc)));
        action->setData(info.path);
        connect(action, &QAction::triggered, this, [this, path = info.path] { restoreFrom(path); });
    }
    if (m_backups.size() > 1)
        m_menu->addSeparator();
    QAction *other = m_menu->addAction(tr("Other File…"));
    other->setObjectName(u"otherFileAction"_s);
    connect(other, &QAction::triggered, this, &RestoreBackupDialog::chooseOtherFile);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        if (m_backups.size() > 1)
            m_menu->popup(m_choose->mapToGlobal(QPoint(0, m_choose->height())));
        else
            chooseOtherFile();
    });
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::restoreNewest);
    connect(m_quit, &QPushButton::clicked, this, &RestoreBackupDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &RestoreBackupDialog::onFinished);

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(title);
    text->addWidget(m_summary);
    text->addWidget(details);
    text->addWidget(m_backup);
    text->addWidget(note);
    text->addWidget(m_status);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_quit);
    buttons->addStretch(1);
    buttons->addWidget(m_choose);
    buttons->addWidget(m_restore);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addLayout(buttons);
    m_restore->setFocus();
}

RestoreBackupDialog::~RestoreBackupDialog()
{
    m_watcher.waitForFinished();
}

QString RestoreBackupDialog::summaryText() const
{
    return m_summary->text();
}

QString RestoreBackupDialog::backupText() const
{
    return m_backup->text();
}

QString RestoreBackupDialog::statusText() const
{
    return m_status->isVisible() || !m_status->text().isEmpty() ? m_status->text() : QString();
}

void RestoreBackupDialog::restoreNewest()
{
    if (!m_backups.isEmpty())
        restoreFrom(m_backups.first().path);
}

void RestoreBackupDialog::chooseOtherFile()
{
    const QString file
        = FileDialogs::openFileName(this, tr("Choose a Backup of the Cache"),
                                    tr("Pitwall caches and backups (*.sqlite *.bak);;All files (*)"));
    if (!file.isEmpty())
        restoreFrom(file);
}

void RestoreBackupDialog::restoreFrom(const QString &backup)
{
    if (m_watcher.isRunning())
        return;
    m_pending = backup;
    setBusy(true);
    m_status->setText(tr("Restoring the backup of %1…").arg(CacheBackup::describe(backup).description()));
    Theme::setRole(m_status, "muted");
    m_status->show();
    const QString cache = m_cachePath;
    m_watcher.setFuture(QtConcurrent::run([cache, backup]() {
        Outcome outcome;
        outcome.ok = CacheBackup::restore(cache, backup, &outcome.result, &outcome.error);
        return outcome;
    }));
}

void RestoreBackupDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    setBusy(false);
    if (!outcome.ok) {
        m_status->setText(tr("The backup could not be restored: %1").arg(outcome.error));
        Theme::setRole(m_status, "error");
        m_status->show();
        Q_EMIT restoreFinished(false);
        return;
    }
    m_result = outcome.result;
    m_restoredFrom = m_pending;
    m_status->setText(CacheBackup::rescueSummary(m_result));
    MessageBoxes::information(
        this, tr("Backup Restored"),
        tr("Pitwall restored the backup of %1.").arg(CacheBackup::describe(m_restoredFrom).description()),
        CacheBackup::rescueSummary(m_result));
    Q_EMIT restoreFinished(true);
    accept();
}

void RestoreBackupDialog::setBusy(bool busy)
{
    m_restore->setEnabled(!busy && !m_backups.isEmpty());
    m_choose->setEnabled(!busy);
    m_quit->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void RestoreBackupDialog::closeEvent(QCloseEvent *event)
{
    // A restore half done must finish: the cache file is being replaced.
    if (m_watcher.isRunning()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RestoreBackupDialog::reject()
{
    if (m_watcher.isRunning())
        return;
    QDialog::reject();
}
