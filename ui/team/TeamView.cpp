#include "TeamView.h"

#include "PlaybookStepsDialog.h"
#include "TeamItemDelegate.h"
#include "common/EmptyStateWidget.h"
#include "common/ExportFeedback.h"
#include "common/FileDialogs.h"
#include "common/Icons.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "export/ExportJob.h"
#include "home/HomeFormat.h"
#include "home/HomeSummary.h"
#include "itemmodels/TeamModel.h"
#include "store/Database.h"
#include "team/TeamExporter.h"
#include "team/TeamSummaryJob.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Figures are re-read when the view is shown again after this long.
constexpr int refreshOnShowMs = 1500;
constexpr int healthWidth = 108;
// The CSM's name keeps at least this much room before the health bar is hidden.
constexpr int minimumNameWidth = 150;

// The totals row alone, for the footer under the table.
class TotalsOnlyModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        return sourceModel()->index(sourceRow, 0, sourceParent).data(TeamModel::IsTotalRole).toBool();
    }
};

} // namespace

TeamView::TeamView(Database &db, Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_workspace(workspace)
    , m_job(new TeamSummaryJob(db.path(), this))
    , m_exportJob(new ExportJob(this))
    , m_model(new TeamModel(this))
    , m_title(new QLabel(tr("Team"), this))
    , m_subtitle(new QLabel(this))
    , m_scopeBox(new QComboBox(this))
    , m_exportButton(new QPushButton(tr("E&xport to Excel…"), this))
    , m_exportAction(new QAction(tr("E&xport team to Excel…"), this))
    , m_notice(new QLabel(this))
    , m_error(new QLabel(this))
    , m_exportBanner(new ExportBanner(u"teamExportBanner"_s, u"teamExportResult"_s, this))
    , m_busy(new QProgressBar(this))
    , m_hint(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_totals(new QTableView(this))
    , m_totalsModel(new TotalsOnlyModel(this))
    , m_loading(new QWidget(this))
    , m_noData(new EmptyStateWidget(this))
    , m_noRows(new EmptyStateWidget(this))
{
    setObjectName(u"teamView"_s);
    m_title->setObjectName(u"teamTitle"_s);
    Theme::setRole(m_title, "title");
    m_subtitle->setObjectName(u"teamSubtitle"_s);
    Theme::setRole(m_subtitle, "subtitle");
    // A narrow window wraps it rather than pushing the scope switch off the edge.
    m_subtitle->setWordWrap(true);

    m_scope = m_workspace.scope() == Workspace::Scope::All ? Workspace::Scope::All : Workspace::Scope::MyTeam;
    m_scopeBox->setObjectName(u"teamScope"_s);
    m_scopeBox->addItem(tr("My team"), int(Workspace::Scope::MyTeam));
    m_scopeBox->addItem(tr("Everyone"), int(Workspace::Scope::All));
    m_scopeBox->setCurrentIndex(m_scopeBox->findData(int(m_scope)));
    m_scopeBox->setToolTip(tr("Show the CSMs of your team, or every CSM in the cache"));
    m_scopeBox->setAccessibleName(tr("Whose CSMs"));
    connect(m_scopeBox, &QComboBox::activated, this,
            [this](int i) { setScope(Workspace::Scope(m_scopeBox->itemData(i).toInt())); });
    auto *scopeLabel = new QLabel(tr("&Show:"), this);
    scopeLabel->setBuddy(m_scopeBox);
    Theme::setRole(scopeLabel, "muted");

    m_exportAction->setObjectName(u"actionExportTeam"_s);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setShortcutContext(Qt::WindowShortcut);
    m_exportAction->setStatusTip(tr("Write the team table to an Excel workbook"));
    addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, &TeamView::exportTable);
    m_exportButton->setObjectName(u"teamExportButton"_s);
    m_exportButton->setToolTip(tr("Export the table to an Excel workbook (Ctrl+E)"));
    connect(m_exportButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);

    m_notice->setObjectName(u"teamNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"QLabel#teamNotice { background: #eef4fe; border: 1px solid #c9dcfb;"
                            " border-radius: 6px; padding: 8px 12px; color: #1b3a6b; }"_s);
    m_notice->hide();
    m_error->setObjectName(u"teamError"_s);
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_error->hide();

    m_busy->setObjectName(u"teamBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Reading the team…"));
    m_busy->setFixedHeight(4);
    // Reserves its height while hidden, so the table does not jump when it shows.
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(busyPolicy);
    m_busy->hide();

    // The table: a row per CSM, sortable; the totals row (the model's last, whatever the
    // sort) is hidden here and shown in a footer pinned under it, so it stays in view
    // however many CSMs scroll above it.
    m_table->setObjectName(u"teamTable"_s);
    m_table->setModel(m_model);
    m_totalsModel->setSourceModel(m_model);
    m_totals->setObjectName(u"teamTotals"_s);
    m_totals->setModel(m_totalsModel);
    for (QTableView *table : { m_table, m_totals }) {
        table->setItemDelegate(new TeamItemDelegate(table));
        table->setFrameShape(QFrame::NoFrame);
        table->setShowGrid(false);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setWordWrap(false);
        table->setTextElideMode(Qt::ElideRight);
        table->setMouseTracking(true);
        table->verticalHeader()->hide();
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(34);
        table->installEventFilter(this);
        table->viewport()->installEventFilter(this);
        connect(table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
            if (index.data(TeamModel::HasAccountsRole).toBool())
                openCell(sourceIndex(index), false);
        });
        connect(table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
            // A figure opened on the first click; elsewhere the row opens.
            if (!index.data(TeamModel::HasAccountsRole).toBool())
                openCell(sourceIndex(index), true);
        });
        connect(table, &QAbstractItemView::entered, this, [table](const QModelIndex &index) {
            if (index.data(TeamModel::HasAccountsRole).toBool())
                table->viewport()->setCursor(Qt::PointingHandCursor);
            else
                table->viewport()->unsetCursor();
        });
    }
    m_table->setAlternatingRowColors(true);
    // Tab leaves the table (for the footer), as everywhere else; arrows move.
    m_table->setTabKeyNavigation(false);
    m_totals->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TeamModel::Csm, Qt::AscendingOrder);
    m_table->setAccessibleName(tr("CSMs of the team"));
    connect(m_model, &QAbstractItemModel::modelReset, this, &TeamView::hideTotalsRow);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &TeamView::hideTotalsRow);

    // The footer: one row, no header, no scroll bars of its own; it follows the table's
    // columns and horizontal scrolling. Reached with Tab, or Down from the last CSM.
    m_totals->setAccessibleName(tr("Team totals"));
    m_totals->setSelectionMode(QAbstractItemView::NoSelection);
    m_totals->horizontalHeader()->hide();
    m_totals->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_totals->horizontalHeader()->setMinimumSectionSize(0);
    m_totals->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_totals->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_totals->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_totals->setFixedHeight(34);
    m_totals->setStyleSheet(u"QTableView#teamTotals { background: #f8fafc; }"_s);
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, m_totals->horizontalScrollBar(),
            &QScrollBar::setValue);
    // (The footer's range follows the table's a layout later: the position again then.)
    connect(m_totals->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
            [this] { m_totals->horizontalScrollBar()->setValue(m_table->horizontalScrollBar()->value()); });
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(false);
    header->setMinimumSectionSize(48);
    // Sized to their figures by fitColumns(), not by the header's own measure, which
    // keeps room for a sort arrow in every column.
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The name takes the room left (fitNameColumn), never less than a readable width:
    // a window too narrow for every figure scrolls instead.
    header->setSectionResizeMode(TeamModel::Csm, QHeaderView::Fixed);
    header->setSectionResizeMode(TeamModel::Health, QHeaderView::Fixed);
    header->resizeSection(TeamModel::Health, healthWidth);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TeamView::fitColumns);
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        m_totals->horizontalHeader()->resizeSection(section, size);
        // A figure column dragged wider or narrower: the name takes the difference.
        if (section != TeamModel::Csm)
            fitNameColumn();
    });

    auto *card = new QFrame(this);
    Theme::setRole(card, "card");
    auto *rule = new QFrame(card);
    rule->setFixedHeight(1);
    rule->setStyleSheet(u"background: #e1e6ed;"_s);
    // Under the table's vertical scroll bar, so that the footer's columns stay under
    // the table's.
    m_totalsGutter = new QWidget(card);
    m_totalsGutter->setFixedSize(0, 34);
    m_totalsGutter->setStyleSheet(u"background: #f8fafc;"_s);
    m_totalsGutter->setAttribute(Qt::WA_StyledBackground);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    footer->setSpacing(0);
    footer->addWidget(m_totals, 1);
    footer->addWidget(m_totalsGutter);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(1, 1, 1, 1);
    cardLayout->setSpacing(0);
    // The table no taller than its rows (fitTableHeight), so that a short team's totals
    // follow its last CSM; a long team's scroll above totals kept at the card's foot.
    // (Space goes by stretch: nearly all to the table, the rest once it is as tall as its
    // rows to the stretch under the footer.)
    cardLayout->addWidget(m_table, 10000);
    cardLayout->addWidget(rule);
    cardLayout->addLayout(footer);
    cardLayout->addStretch(1);
    connect(m_table->horizontalScrollBar(), &QScrollBar::rangeChanged, this, &TeamView::fitTableHeight);

    auto *loadingLabel = new QLabel(tr("Reading the team…"), m_loading);
    loadingLabel->setObjectName(u"teamLoading"_s);
    loadingLabel->setAlignment(Qt::AlignCenter);
    Theme::setRole(loadingLabel, "muted");
    auto *loadingLayout = new QVBoxLayout(m_loading);
    loadingLayout->addWidget(loadingLabel);

    m_noData->setObjectName(u"teamNoData"_s);
    m_noData->setIcon(Icons::accounts(Theme::accent()));
    m_noData->setTitle(tr("No accounts yet"));
    m_noData->setText(tr("Import a CRM export (Ctrl+I), or load the demo data from Home, to see each CSM's "
                         "book here."));

    m_noRows->setObjectName(u"teamNoRows"_s);
    m_noRows->setIcon(Icons::user(Theme::accent()));
    m_noRows->setTitle(tr("Nobody in your team owns an account"));
    m_noRows->setText(
        tr("The cache has no live account owned by you or by the people in your team. Show every "
           "CSM to compare their books."));
    QPushButton *everyone = m_noRows->addButton(tr("Show everyone"), true);
    everyone->setObjectName(u"teamShowEveryone"_s);
    connect(everyone, &QPushButton::clicked, this, [this] { setScope(Workspace::Scope::All); });

    m_pages->addWidget(card);
    m_pages->addWidget(m_loading);
    m_pages->addWidget(m_noData);
    m_pages->addWidget(m_noRows);
    m_pages->setCurrentWidget(m_loading);

    m_hint->setObjectName(u"teamHint"_s);
    m_hint->setText(tr("Enter or double-click lists a CSM's accounts · Click a figure to list just those "
                       "accounts · Ctrl+E exports to Excel"));
    m_hint->setWordWrap(true);
    Theme::setRole(m_hint, "muted");

    // The title and the controls, then the subtitle across the whole width (it wraps in
    // a narrow window instead of running into the controls).
    auto *headerRow = new QHBoxLayout;
    headerRow->setSpacing(10);
    headerRow->addWidget(m_title, 1);
    headerRow->addWidget(scopeLabel);
    headerRow->addWidget(m_scopeBox);
    headerRow->addSpacing(4);
    headerRow->addWidget(m_exportButton);
    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addLayout(headerRow);
    titleColumn->addWidget(m_subtitle);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(10);
    layout->addLayout(titleColumn);
    layout->addWidget(m_busy);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_exportBanner);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_hint);

    setTabOrder(m_scopeBox, m_exportButton);
    setTabOrder(m_exportButton, m_table);
    setTabOrder(m_table, m_totals);
    setFocusProxy(m_table);

    connect(m_job, &TeamSummaryJob::finished, this, &TeamView::showSummary);
    connect(m_exportJob, &ExportJob::progress, this, [this](qint64 done, qint64 total) {
        ExportFeedback::setProgress(m_exportProgress, done, total);
    });
    connect(m_exportJob, &ExportJob::finished, this, &TeamView::onExportFinished);
    connect(&m_workspace, &Workspace::userChanged, this, &TeamView::readSummary);
    connect(&m_workspace, &Workspace::scopeChanged, this, [this] {
        setScope(m_workspace.scope() == Workspace::Scope::All ? Workspace::Scope::All
                                                              : Workspace::Scope::MyTeam);
    });

    updateHeader();
    readSummary();
}

void TeamView::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    readSummary();
}

QDate TeamView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void TeamView::setScope(Workspace::Scope scope)
{
    if (scope == Workspace::Scope::MyBook)
        scope = Workspace::Scope::MyTeam;
    m_scopeBox->setCurrentIndex(m_scopeBox->findData(int(scope)));
    if (scope == m_scope)
        return;
    m_scope = scope;
    readSummary();
}

bool TeamView::isLoading() const
{
    return m_job->isRunning();
}

void TeamView::reload()
{
    readSummary();
}

void TeamView::readSummary()
{
    updateHeader();
    if (!HomeSummary::cacheHasAccounts(m_db.connection())) {
        m_pages->setCurrentWidget(m_noData);
        m_notice->hide();
        m_hint->hide();
        updateExportEnabled();
        return;
    }
    TeamSummary::Options options;
    options.scope = m_scope;
    options.userId = m_workspace.userId();
    options.today = m_today;
    m_sinceRead.start();
    m_job->start(options);
    if (!m_haveSummary)
        m_pages->setCurrentWidget(m_loading);
    updateBusy();
}

void TeamView::updateBusy()
{
    m_busy->setVisible(m_job->isRunning());
}

void TeamView::showSummary(const TeamSummary &summary)
{
    updateBusy();
    const QString selectedOwner = m_table->currentIndex().data(TeamModel::OwnerIdRole).toString();
    m_summary = summary;
    m_haveSummary = true;
    m_model->setSummary(summary);
    fitColumns();

    m_error->setVisible(!summary.isValid());
    if (!summary.isValid())
        m_error->setText(tr("The team could not be read from the cache: %1").arg(summary.error));

    // Whose team this is, when that is not what the user asked for.
    QString notice;
    if (summary.options.scope == Workspace::Scope::MyTeam) {
        if (summary.options.userId.isEmpty())
            notice = tr("Pitwall does not know who you are yet, so this shows every CSM. Choose who you are "
                        "(the name at the top of the window) to see your own team.");
        else if (summary.teamMembers == 0 && !summary.rows.isEmpty())
            notice
                = tr("You have no team in the cache — this shows your own book. Choose “Everyone” to compare "
                     "every CSM.");
    }
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());

    const bool empty = summary.isValid() && summary.rows.isEmpty();
    m_pages->setCurrentIndex(empty ? m_pages->indexOf(m_noRows) : 0);
    m_hint->setVisible(!empty);
    updateExportEnabled();

    // The same CSM stays current across a reload.
    const int row = selectedOwner.isEmpty() ? -1 : m_model->rowOfOwner(selectedOwner);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, TeamModel::Csm));
    updateHeader();
    Q_EMIT summaryShown();
}

void TeamView::fitColumns()
{
    // Every figure whole: each column as wide as its widest cell (first 1,000 rows and
    // the total) or its title, the sorted column's title with room for its arrow. Two
    // currencies take two lines: the CSMs' rows and the totals footer grow apart.
    QFont bold = m_table->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(bold);
    QHeaderView *header = m_table->horizontalHeader();
    const int totalRow = m_model->rowCount() - 1;
    QList<int> rows;
    for (int r = 0; r < qMin(totalRow, 1000); ++r)
        rows << r;
    if (totalRow >= 0)
        rows << totalRow;
    bool twoLines = false;
    bool totalTwoLines = false;
    for (int c = 0; c < TeamModel::ColumnCount; ++c) {
        if (c == TeamModel::Csm || c == TeamModel::Health)
            continue;
        int width = 0;
        const int arrow = c == header->sortIndicatorSection() ? 16 : 0;
        for (const QString &line : TeamModel::columnTitle(c).split(u'\n'))
            width = qMax(width, metrics.horizontalAdvance(line) + 22 + arrow);
        for (const int r : std::as_const(rows)) {
            const QStringList lines = m_model->index(r, c).data().toString().split(u'\n');
            if (lines.size() > 1)
                (r == totalRow ? totalTwoLines : twoLines) = true;
            for (const QString &line : lines)
                width = qMax(width, metrics.horizontalAdvance(line) + 2 * TeamItemDelegate::cellPadding + 4);
        }
        header->resizeSection(c, qMin(width, 260));
    }
    m_table->verticalHeader()->setDefaultSectionSize(twoLines ? 46 : 34);
    const int totalHeight = totalTwoLines ? 46 : 34;
    m_totals->verticalHeader()->setDefaultSectionSize(totalHeight);
    m_totals->setFixedHeight(totalHeight);
    m_totalsGutter->setFixedHeight(totalHeight);
    fitTableHeight();

    // One team for every row: said once in the title instead of on every row.
    bool oneTeam = m_summary.rows.size() > 1;
    const QString team = m_summary.rows.isEmpty() ? QString() : m_summary.rows.constFirst().team;
    for (const TeamSummary::Row &row : std::as_const(m_summary.rows)) {
        if (row.kind != TeamSummary::Row::Kind::Csm || row.team != team) {
            oneTeam = false;
            break;
        }
    }
    m_singleTeam = oneTeam ? team : QString();
    setColumnHidden(TeamModel::Team, oneTeam);
    // The playbook columns once the team runs playbooks at all.
    const TeamSummary::Playbooks &playbooks = m_summary.total.playbooks;
    const bool noPlaybooks = playbooks.open + playbooks.completed + playbooks.stepsDue == 0;
    setColumnHidden(TeamModel::PlaybookCompletion, noPlaybooks);
    setColumnHidden(TeamModel::PlaybookOverdue, noPlaybooks);
    fitHealthBar();
}

void TeamView::fitHealthBar()
{
    // The bar is the first thing to give way when the figures and a readable name do
    // not fit: the three counts say the same.
    const QHeaderView *header = m_table->horizontalHeader();
    int needed = minimumNameWidth;
    for (int c = 0; c < TeamModel::ColumnCount; ++c) {
        if (c != TeamModel::Csm && c != TeamModel::Health && !m_table->isColumnHidden(c))
            needed += header->sectionSize(c);
    }
    // The page's width: the table may not be laid out yet (still behind "Reading…").
    const int available = m_pages->width() - 2 * m_table->frameWidth() - 2;
    setColumnHidden(TeamModel::Health, needed + healthWidth > available);
}

void TeamView::setColumnHidden(int column, bool hidden)
{
    m_table->setColumnHidden(column, hidden);
    m_totals->setColumnHidden(column, hidden);
    fitNameColumn();
}

void TeamView::fitNameColumn()
{
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int c = 0; c < TeamModel::ColumnCount; ++c) {
        if (c != TeamModel::Csm && !m_table->isColumnHidden(c))
            others += header->sectionSize(c);
    }
    header->resizeSection(TeamModel::Csm, qMax(minimumNameWidth, m_table->viewport()->width() - others));
}

void TeamView::hideTotalsRow()
{
    // The model keeps the total last whatever the sort; the footer shows it.
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row)
        m_table->setRowHidden(row, m_model->isTotalRow(row));
    // The footer's columns as the table's (hidden ones, widths, scroll position).
    const QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < TeamModel::ColumnCount; ++c) {
        m_totals->setColumnHidden(c, m_table->isColumnHidden(c));
        m_totals->horizontalHeader()->resizeSection(c, header->sectionSize(c));
    }
    m_totals->horizontalScrollBar()->setValue(m_table->horizontalScrollBar()->value());
    fitTableHeight();
}

void TeamView::fitTableHeight()
{
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_table->isRowHidden(row))
            height += m_table->rowHeight(row);
    }
    const QScrollBar *bar = m_table->horizontalScrollBar();
    if (m_table->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff && bar->maximum() > bar->minimum())
        height += bar->sizeHint().height();
    m_table->setMaximumHeight(height);
}

void TeamView::fitTotalsGutter()
{
    // As wide as the table's vertical scroll bar, when it shows.
    m_totalsGutter->setFixedWidth(
        qMax(0, m_table->width() - m_table->viewport()->width() - 2 * m_table->frameWidth()));
    m_totals->horizontalScrollBar()->setValue(m_table->horizontalScrollBar()->value());
}

QModelIndex TeamView::sourceIndex(const QModelIndex &index) const
{
    return index.model() == m_totalsModel ? m_totalsModel->mapToSource(index) : index;
}

void TeamView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHealthBar();
}

QString TeamView::scopeNote() const
{
    if (m_scope == Workspace::Scope::MyTeam && !m_workspace.userId().isEmpty()) {
        const QString name = m_workspace.userName().isEmpty() ? m_workspace.userId() : m_workspace.userName();
        return tr("My team of %1").arg(name);
    }
    return tr("Every CSM");
}

void TeamView::updateHeader()
{
    QStringList parts { m_singleTeam.isEmpty() ? scopeNote() : tr("%1 (%2)").arg(scopeNote(), m_singleTeam) };
    if (m_haveSummary && m_summary.isValid()) {
        parts << tr("%Ln CSM(s)", nullptr, int(m_summary.rows.size()))
              << tr("%Ln account(s)", nullptr, int(m_summary.total.figures.accounts));
        if (m_summary.churnedAccounts > 0)
            parts << tr("%Ln churned left out", nullptr, int(m_summary.churnedAccounts));
    }
    parts << QLocale().toString(today(), QLocale::LongFormat);
    m_subtitle->setText(parts.join(u"  ·  "_s));
    m_subtitle->setToolTip(
        tr("Live accounts only: archived and churned accounts are not counted. ARR is added "
           "up per currency, never converted."));
}

QString TeamView::titleFor(const TeamSummary::Row &row, TeamSummary::Figure figure) const
{
    using F = TeamSummary::Figure;
    const QString who = row.isTotal() ? scopeNote() : TeamSummary::rowLabel(row);
    QString what;
    switch (figure) {
    case F::Accounts:
    case F::Arr:
        return tr("%1 · Accounts").arg(who);
    case F::Red:
        what = tr("Health red");
        break;
    case F::Yellow:
        what = tr("Health yellow");
        break;
    case F::Green:
        what = tr("Health green");
        break;
    case F::NotScored:
        what = tr("Health not scored");
        break;
    case F::ArrAtRisk:
        what = tr("ARR at risk");
        break;
    case F::Renewals:
    case F::RenewalArr:
        what = tr("Renewals in %n day(s)", nullptr, TeamSummary::renewalDays);
        break;
    case F::NotTouched:
        what = tr("Not touched in %n day(s)", nullptr, TeamSummary::notTouchedDays);
        break;
    case F::OverdueTasks:
        what = tr("Overdue tasks");
        break;
    }
    return tr("%1 · %2").arg(who, what);
}

void TeamView::openCell(const QModelIndex &index, bool rowOnly)
{
    if (!index.isValid() || !m_haveSummary || !m_summary.isValid())
        return;
    const TeamSummary::Row &row = m_model->rowAt(index.row());
    if (TeamModel::isPlaybookColumn(index.column()) && index.data(TeamModel::HasAccountsRole).toBool()) {
        openPlaybookSteps(row, index.column() == TeamModel::PlaybookOverdue);
        return;
    }
    const std::optional<TeamSummary::Figure> figure = TeamModel::figureOf(index.column());
    if (rowOnly || !figure) {
        Q_EMIT accountsRequested(TeamSummary::filterFor(row, TeamSummary::Figure::Accounts),
                                 titleFor(row, TeamSummary::Figure::Accounts));
        return;
    }
    if (!index.data(TeamModel::HasAccountsRole).toBool())
        return;
    Q_EMIT accountsRequested(TeamSummary::filterFor(row, *figure), titleFor(row, *figure));
}

void TeamView::openPlaybookSteps(const TeamSummary::Row &row, bool overdueOnly)
{
    PlaybookStore::Query query;
    query.scope = m_summary.options.scope;
    query.userId = m_summary.options.userId;
    query.overdueOnly = overdueOnly;
    QStringList owners;
    if (row.kind == TeamSummary::Row::Kind::Csm) {
        owners << row.ownerId;
    } else if (row.kind == TeamSummary::Row::Kind::NoOwner) {
        owners << QString(); // accounts without an owner
    }
    query.ownerIds = owners;
    const QString who = TeamSummary::rowLabel(row);
    const QString title
        = overdueOnly ? tr("%1 · Overdue playbook steps").arg(who) : tr("%1 · Open playbook steps").arg(who);
    auto *dialog = new PlaybookStepsDialog(m_db, query, today(), title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlaybookStepsDialog::accountRequested, this, &TeamView::accountRequested);
    dialog->open();
}

bool TeamView::eventFilter(QObject *watched, QEvent *event)
{
    auto *table = watched == m_table ? m_table : watched == m_totals ? m_totals : nullptr;
    if (table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        const QModelIndex current = table->currentIndex();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
            // Enter opens the current cell: its figure, or the CSM's (or team's) accounts.
            if (current.isValid())
                openCell(sourceIndex(current), !current.data(TeamModel::HasAccountsRole).toBool());
            return true;
        }
        // Down from the last CSM goes on to the totals, Up from the totals back.
        const int column = current.isValid() ? current.column() : int(TeamModel::Csm);
        const int lastCsm = int(m_model->order().size()) - 1;
        if (key->key() == Qt::Key_Down && modifiers == Qt::NoModifier && table == m_table && lastCsm >= 0
            && current.row() == lastCsm && m_totalsModel->rowCount() > 0) {
            m_totals->setCurrentIndex(m_totalsModel->index(0, column));
            m_totals->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Up && modifiers == Qt::NoModifier && table == m_totals && lastCsm >= 0) {
            m_table->setCurrentIndex(m_model->index(lastCsm, column));
            m_table->setFocus(Qt::BacktabFocusReason);
            return true;
        }
    }
    if (table && event->type() == QEvent::FocusIn && table == m_totals && !m_totals->currentIndex().isValid()
        && m_totalsModel->rowCount() > 0) {
        // Tabbing in: the first figure, ready for Enter.
        m_totals->setCurrentIndex(m_totalsModel->index(0, TeamModel::Accounts));
    }
    for (QTableView *view : { m_table, m_totals }) {
        if (watched == view->viewport() && event->type() == QEvent::Leave)
            view->viewport()->unsetCursor();
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitNameColumn();
        fitTotalsGutter();
    }
    return QWidget::eventFilter(watched, event);
}

void TeamView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Notes, tasks and overrides written elsewhere since: the figures follow.
    if (m_sinceRead.isValid() && m_sinceRead.elapsed() > refreshOnShowMs)
        reload();
}

// --- Export ----------------------------------------------------------------------

void TeamView::exportTable()
{
    if (isExporting() || !m_haveSummary || !m_summary.isValid() || m_summary.rows.isEmpty())
        return;
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString suggested = tr("team-%1").arg(today().toString(Qt::ISODate)) + u".xlsx"_s;
    QString path = FileDialogs::saveFileName(this, tr("Export team"), suggested, xlsxFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare("xlsx"_L1, Qt::CaseInsensitive) != 0)
        path += u".xlsx"_s;
    exportTo(path);
}

bool TeamView::isExporting() const
{
    return m_exportJob->isRunning();
}

void TeamView::updateExportEnabled()
{
    // The table on screen, with rows, and no export under way.
    const bool can = !isExporting() && m_pages->currentIndex() == 0 && m_haveSummary && m_summary.isValid()
        && !m_summary.rows.isEmpty();
    m_exportAction->setEnabled(can);
    m_exportButton->setEnabled(can);
}

bool TeamView::exportTo(const QString &path)
{
    if (isExporting() || !m_haveSummary || !m_summary.isValid() || m_summary.rows.isEmpty())
        return false;
    m_exportBanner->hide();
    TeamExporter::Options options;
    options.order = m_model->order();
    options.note = scopeNote();
    const bool started
        = m_exportJob->startTask([path, summary = m_summary, options](const ExportJob::Control &control) {
              TeamExporter exporter;
              exporter.setCancelFlag(control.cancelFlag());
              exporter.setProgressCallback([&control](qint64 done, qint64 total) {
                  control.report(done, total);
                  return true;
              });
              ExportJob::Result result;
              result.path = path;
              result.ok = exporter.exportTo(path, summary, options);
              result.cancelled = exporter.wasCancelled();
              result.error = exporter.errorString();
              result.rows = result.ok ? summary.rows.size() : 0; // CSMs
              return result;
          });
    if (!started)
        return false;

    // Shown only if the export takes a while (a team of thousands of CSMs, a slow disk).
    QProgressDialog *progress
        = ExportFeedback::createProgress(this, u"teamExportProgress"_s, tr("Export team"), path);
    connect(progress, &QProgressDialog::canceled, m_exportJob, &ExportJob::cancel);
    m_exportProgress = progress;
    updateExportEnabled();
    return true;
}

void TeamView::onExportFinished()
{
    const ExportJob::Result result = m_exportJob->result();
    if (m_exportProgress)
        m_exportProgress->close();
    updateExportEnabled();
    const QString file = QDir::toNativeSeparators(QFileInfo(result.path).absoluteFilePath());
    if (result.ok) {
        m_exportBanner->showResult(
            tr("Exported %Ln CSM(s) to %1.", nullptr, int(result.rows)).arg(file.toHtmlEscaped()),
            QFileInfo(result.path).absolutePath());
    } else if (result.cancelled) {
        m_exportBanner->showResult(tr("Export cancelled; no file was written."), QString());
    } else {
        MessageBoxes::critical(this, tr("Export failed"),
                               tr("The team could not be exported to %1.").arg(file), result.error);
    }
    Q_EMIT exportFinished(result.path, result.ok);
}

TeamView::~TeamView()
{
    m_table->horizontalScrollBar()->disconnect(this);
    m_totals->horizontalScrollBar()->disconnect(this);
}
