#include "SyncView.h"

#include "common/FileDialogs.h"
#include "common/Theme.h"
#include "itemmodels/SharedEditListModel.h"
#include "store/Database.h"
#include "sync/SyncJob.h"
#include "sync/SyncStatus.h"
#include "work/SharedEdits.h"
#include "workspace/Workspace.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const auto centralKey = "sync/central"_L1;

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

SyncView::SyncView(Database &db, Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_workspace(workspace)
    , m_edits(new SharedEditListModel(db, this))
{
    setObjectName(u"syncView"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(14);
    layout->addWidget(Theme::label(tr("Sync"), "title", content));
    auto *subtitle
        = Theme::label(tr("Pull the newest central export into this cache and push what you did here "
                          "(notes, tasks, playbook steps, edits) to the central outbox."),
                       "subtitle", content);
    subtitle->setWordWrap(true);
    layout->addWidget(subtitle);
    layout->addWidget(createLocationCard());
    auto *row = new QHBoxLayout;
    row->setSpacing(14);
    row->addWidget(createStatusCard(), 1);
    row->addWidget(createConfigCard(), 1);
    layout->addLayout(row);
    layout->addWidget(createConflictCard(), 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    QString location = QSettings().value(centralKey).toString();
    if (location.isEmpty()) {
        SyncStatus status;
        QString error;
        if (SyncStatus::load(m_db.connection(), &status, &error))
            location = status.central;
    }
    m_location->setText(location);
    reload();
}

SyncView::~SyncView()
{
    if (m_job)
        m_job->cancel();
}

QWidget *SyncView::createLocationCard()
{
    auto *card = Theme::card(this);
    card->setObjectName(u"syncLocationCard"_s);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(Theme::label(tr("Central location"), "heading", card));

    auto *line = new QHBoxLayout;
    m_location = new QLineEdit(card);
    m_location->setObjectName(u"syncLocation"_s);
    m_location->setPlaceholderText(tr("A shared folder, a .zip of the export, or an https:// address"));
    m_location->setClearButtonEnabled(true);
    auto *locationLabel = Theme::label(tr("&Location:"), nullptr, card);
    locationLabel->setBuddy(m_location);
    auto *folder = new QPushButton(tr("&Folder…"), card);
    folder->setObjectName(u"syncChooseFolder"_s);
    auto *zip = new QPushButton(tr("&Zip…"), card);
    zip->setObjectName(u"syncChooseZip"_s);
    m_syncButton = new QPushButton(tr("&Sync Now"), card);
    m_syncButton->setObjectName(u"syncNowButton"_s);
    m_syncButton->setToolTip(tr("Pull the newest export and push your changes (Ctrl+Shift+S)"));
    Theme::setRole(m_syncButton, "primary");
    m_cancelButton = new QPushButton(tr("Cancel"), card);
    m_cancelButton->setObjectName(u"syncCancelButton"_s);
    m_cancelButton->setEnabled(false);
    line->addWidget(locationLabel);
    line->addWidget(m_location, 1);
    line->addWidget(folder);
    line->addWidget(zip);
    line->addSpacing(8);
    line->addWidget(m_syncButton);
    line->addWidget(m_cancelButton);
    layout->addLayout(line);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(card);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_phase = Theme::label(QString(), "muted", card);
    m_phase->setObjectName(u"syncPhase"_s);
    m_phase->hide();
    progressRow->addWidget(m_phase);
    progressRow->addWidget(m_progress, 1);
    layout->addLayout(progressRow);

    m_result = Theme::label(QString(), nullptr, card);
    m_result->setObjectName(u"syncResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    connect(folder, &QPushButton::clicked, this, &SyncView::chooseFolder);
    connect(zip, &QPushButton::clicked, this, &SyncView::chooseZip);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncView::syncNow);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncView::cancel);
    connect(m_location, &QLineEdit::returnPressed, this, &SyncView::syncNow);
    connect(m_location, &QLineEdit::textChanged, this,
            [this] { m_syncButton->setEnabled(!isSyncing() && !central().isEmpty()); });
    return card;
}

QWidget *SyncView::createStatusCard()
{
    auto *card = Theme::card(this);
    card->setObjectName(u"syncStatusCard"_s);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(Theme::label(tr("Status"), "heading", card));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    const auto addRow = [&](const QString &label, QLabel **value, const QString &name) {
        const int row = grid->rowCount();
        grid->addWidget(Theme::label(label, "muted", card), row, 0, Qt::AlignTop);
        *value = Theme::label(QString(), nullptr, card);
        (*value)->setObjectName(name);
        (*value)->setWordWrap(true);
        grid->addWidget(*value, row, 1);
    };
    addRow(tr("Last sync"), &m_lastSync, u"syncLastSync"_s);
    addRow(tr("Changes waiting"), &m_waiting, u"syncWaiting"_s);
    addRow(tr("Connection"), &m_connection, u"syncConnection"_s);
    addRow(tr("Last pull"), &m_lastPull, u"syncLastPull"_s);
    addRow(tr("Last push"), &m_lastPush, u"syncLastPush"_s);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
    return card;
}

QWidget *SyncView::createConfigCard()
{
    auto *card = Theme::card(this);
    card->setObjectName(u"syncConfigCard"_s);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    layout->addWidget(Theme::label(tr("CS Ops configuration"), "heading", card));
    m_config = new QTreeWidget(card);
    m_config->setObjectName(u"syncConfigVersions"_s);
    m_config->setRootIsDecorated(false);
    m_config->setHeaderLabels({ tr("Document"), tr("Version"), tr("Applied"), tr("From export") });
    m_config->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_config->setMinimumHeight(110);
    m_noConfig
        = Theme::label(tr("No configuration has come with a pull yet: the built-in scorecard, playbooks and "
                          "rules are in use."),
                       "muted", card);
    m_noConfig->setObjectName(u"syncNoConfig"_s);
    m_noConfig->setWordWrap(true);
    layout->addWidget(m_config, 1);
    layout->addWidget(m_noConfig);
    layout->addStretch(0);
    m_noConfig->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return card;
}

QWidget *SyncView::createConflictCard()
{
    auto *card = Theme::card(this);
    card->setObjectName(u"syncConflictCard"_s);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    auto *header = new QHBoxLayout;
    header->addWidget(Theme::label(tr("Conflicts and edits waiting for the CRM"), "heading", card));
    header->addStretch(1);
    m_keepMine = new QPushButton(tr("Keep &Mine"), card);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_keepMine->setToolTip(tr("Keep your value; it is sent to the CRM again at the next sync"));
    m_keepTheirs = new QPushButton(tr("Keep &Theirs"), card);
    m_keepTheirs->setObjectName(u"keepTheirsButton"_s);
    m_keepTheirs->setToolTip(tr("Take the CRM's value and drop yours"));
    header->addWidget(m_keepMine);
    header->addWidget(m_keepTheirs);
    layout->addLayout(header);
    m_conflictSummary = Theme::label(QString(), "muted", card);
    m_conflictSummary->setObjectName(u"conflictSummary"_s);
    m_conflictSummary->setWordWrap(true);
    layout->addWidget(m_conflictSummary);

    m_editsTable = new QTableView(card);
    m_editsTable->setObjectName(u"conflictTable"_s);
    m_editsTable->setModel(m_edits);
    m_editsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_editsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_editsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_editsTable->verticalHeader()->hide();
    m_editsTable->setAlternatingRowColors(true);
    m_editsTable->horizontalHeader()->setStretchLastSection(true);
    m_editsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_editsTable->setMinimumHeight(160);
    auto *none
        = Theme::label(tr("Nothing waiting. When you change a contact's role or title, the change waits here "
                          "until the CRM has it; if the CRM changes it differently meanwhile, you choose "
                          "which value stays."),
                       "muted", card);
    none->setObjectName(u"noConflictsLabel"_s);
    none->setWordWrap(true);
    none->setAlignment(Qt::AlignCenter);
    m_editsStack = new QStackedWidget(card);
    m_editsStack->addWidget(m_editsTable);
    m_editsStack->addWidget(none);
    layout->addWidget(m_editsStack, 1);

    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_editsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncView::updateConflictButtons);
    connect(m_editsTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT accountRequested(index.data(SharedEditListModel::AccountIdRole).toString());
    });
    return card;
}

QString SyncView::central() const
{
    return m_location->text().trimmed();
}

void SyncView::setCentral(const QString &location)
{
    m_location->setText(location);
}

bool SyncView::isSyncing() const
{
    return m_job && m_job->isRunning();
}

void SyncView::chooseFolder()
{
    const QString dir = FileDialogs::existingDirectory(this, tr("Central Location"));
    if (!dir.isEmpty())
        m_location->setText(dir);
}

void SyncView::chooseZip()
{
    const QString file = FileDialogs::openFileName(this, tr("Central Export"), tr("Zip archives (*.zip)"));
    if (!file.isEmpty())
        m_location->setText(file);
}

void SyncView::syncNow()
{
    if (isSyncing() || central().isEmpty())
        return;
    QSettings().setValue(centralKey, central());
    SyncOptions options;
    options.central = central();
    options.userId = m_workspace.userId();
    m_job = new SyncJob(m_db.path(), options, this);
    connect(m_job, &SyncJob::progress, this, [this](int done, int total, const QString &phase) {
        m_phase->setText(phase);
        m_progress->setRange(0, total > 0 ? total : 0);
        if (total > 0)
            m_progress->setValue(done);
    });
    connect(m_job, &SyncJob::finished, this, &SyncView::onFinished);
    m_syncButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_location->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_phase->show();
    m_phase->setText(tr("Starting…"));
    m_result->hide();
    m_job->start();
}

void SyncView::cancel()
{
    if (isSyncing()) {
        m_job->cancel();
        m_cancelButton->setEnabled(false);
        m_phase->setText(tr("Cancelling…"));
    }
}

void SyncView::onFinished(const SyncReport &report)
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_progress->hide();
    m_phase->clear();
    m_phase->hide();
    m_cancelButton->setEnabled(false);
    m_location->setEnabled(true);
    m_syncButton->setEnabled(!central().isEmpty());

    QString text;
    const char *role = "muted";
    switch (report.result) {
    case SyncReport::Result::Ok: {
        QStringList parts;
        if (report.pull == SyncReport::Pull::Imported)
            parts << tr("Imported export %1.").arg(report.exportId);
        else if (report.pull == SyncReport::Pull::Unchanged)
            parts << tr("The cache already holds the newest export.");
        if (report.pushRan)
            parts << (report.pushed > 0 ? tr("%n change(s) sent to the outbox.", nullptr, int(report.pushed))
                                        : tr("Nothing to send."));
        if (report.importRan && report.import.conflicts > 0)
            parts << tr("%n new conflict(s) below.", nullptr, report.import.conflicts);
        text = tr("Synced.") + u' ' + parts.join(u' ');
        break;
    }
    case SyncReport::Result::Offline:
        text = tr("Offline: %1 could not be reached. Nothing changed; your changes wait and go at the next "
                  "sync.")
                   .arg(report.central);
        role = "error";
        break;
    case SyncReport::Result::Cancelled:
        text = tr("Sync cancelled. The cache is as it was; what was sent stays sent.");
        break;
    case SyncReport::Result::Failed:
        text = tr("Sync failed: %1").arg(report.error);
        role = "error";
        break;
    }
    Theme::setRole(m_result, role);
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
    m_result->setText(text);
    m_result->show();
    reload();
    if (report.importRan || report.pushRan)
        Q_EMIT dataChanged();
    Q_EMIT syncFinished(report);
}

void SyncView::reload()
{
    SyncStatus status;
    QString error;
    if (!SyncStatus::load(m_db.connection(), &status, &error)) {
        m_lastSync->setText(error);
    } else {
        m_lastSync->setText(status.lastSyncAt.isValid() ? tr("%1 — %2").arg(
                                when(status.lastSyncAt), SyncStatus::resultText(status.lastResult))
                                                        : tr("Never"));
        m_waiting->setText(status.waiting > 0
                               ? tr("%n local change(s) not yet sent", nullptr, int(status.waiting))
                               : tr("None: everything has been sent"));
        m_connection->setText(status.lastSyncAt.isValid() ? (status.offline ? tr("Offline at the last sync")
                                                                            : tr("Reached at the last sync"))
                                                          : tr("Not synced yet"));
        m_lastPull->setText(status.pulledAt.isValid()
                                ? tr("Export %1, %2").arg(status.pulledExportId, when(status.pulledAt))
                                : tr("None yet"));
        m_lastPush->setText(
            status.pushedAt.isValid()
                ? tr("%1 (%n batch(es) in all)", nullptr, int(status.batchesSent)).arg(when(status.pushedAt))
                : tr("None yet"));

        m_config->clear();
        for (const SyncStatus::ConfigVersion &v : std::as_const(status.configVersions)) {
            auto *item = new QTreeWidgetItem(m_config);
            item->setText(0, v.name);
            item->setText(1, v.version.isEmpty() ? v.sha256.left(8) : v.version);
            item->setToolTip(1, tr("SHA-256 %1").arg(v.sha256));
            item->setText(2, when(v.appliedAt));
            item->setText(3, v.exportId);
            if (v.current) {
                QFont bold = item->font(0);
                bold.setBold(true);
                for (int c = 0; c < 4; ++c)
                    item->setFont(c, bold);
                item->setToolTip(0, tr("In use"));
            } else {
                for (int c = 0; c < 4; ++c)
                    item->setForeground(c, Theme::mutedText());
            }
        }
        m_config->setVisible(!status.configVersions.isEmpty());
        m_noConfig->setVisible(status.configVersions.isEmpty());
    }

    m_edits->reload();
    m_editsStack->setCurrentIndex(m_edits->rowCount() > 0 ? 0 : 1);
    const int conflicts = m_edits->conflictCount();
    const int waiting = m_edits->rowCount() - conflicts;
    m_conflictSummary->setText(
        conflicts > 0
            ? tr("%n conflict(s): the CRM changed a field you had changed here. Choose which value stays.",
                 nullptr, conflicts)
                + (waiting > 0 ? u' ' + tr("%n edit(s) waiting for the CRM.", nullptr, waiting) : QString())
            : waiting > 0 ? tr("%n edit(s) waiting for the CRM; no conflict.", nullptr, waiting)
                          : QString());
    m_conflictSummary->setVisible(m_edits->rowCount() > 0);
    if (m_edits->rowCount() > 0 && !m_editsTable->currentIndex().isValid())
        m_editsTable->setCurrentIndex(m_edits->index(0, 0));
    updateConflictButtons();
    m_syncButton->setEnabled(!isSyncing() && !central().isEmpty());
}

void SyncView::updateConflictButtons()
{
    const QModelIndex current = m_editsTable->currentIndex();
    const bool conflict = current.isValid() && current.data(SharedEditListModel::ConflictRole).toBool();
    m_keepMine->setEnabled(conflict);
    m_keepTheirs->setEnabled(conflict);
}

void SyncView::resolveSelected(bool keepMine)
{
    const QModelIndex current = m_editsTable->currentIndex();
    if (!current.isValid() || !current.data(SharedEditListModel::ConflictRole).toBool())
        return;
    SharedEdits edits(m_db, m_workspace.userId());
    const QString id = current.data(SharedEditListModel::EditIdRole).toString();
    const bool ok = keepMine ? edits.keepMine(id) : edits.keepTheirs(id);
    if (!ok) {
        Theme::setRole(m_result, "error");
        m_result->style()->unpolish(m_result);
        m_result->style()->polish(m_result);
        m_result->setText(edits.lastError());
        m_result->show();
        return;
    }
    const int row = current.row();
    reload();
    if (m_edits->rowCount() > 0)
        m_editsTable->setCurrentIndex(m_edits->index(qMin(row, m_edits->rowCount() - 1), 0));
    Q_EMIT dataChanged();
}
