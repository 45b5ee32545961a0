#include "AccountsView.h"

#include "AccountItemDelegate.h"
#include "FilterMenuButton.h"
#include "common/EmptyStateWidget.h"
#include "common/ExportFeedback.h"
#include "common/FileDialogs.h"
#include "common/Icons.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "export/AccountExportJob.h"
#include "export/AccountExporter.h"
#include "itemmodels/AccountListModel.h"
#include "store/Database.h"

#include <QAction>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Long enough not to query on every keystroke of a fast typist, short enough to feel live.
constexpr int searchDelayMs = 180;

// The name column takes the width the others leave, but never less than this.
constexpr int minimumNameWidth = 200;

const auto columnsKey = "AccountsView/columns"_L1;
const auto widthsKey = "AccountsView/columnWidths"_L1;
const auto sortColumnKeyName = "AccountsView/sortColumn"_L1;
const auto sortOrderKey = "AccountsView/sortOrder"_L1;
const auto filterKey = "AccountsView/filter"_L1;
const auto savedViewsKey = "AccountsView/savedViews"_L1;

// Single-choice filter values.
const auto anyValue = "any"_L1;
const auto overdueValue = "overdue"_L1;
const auto excludeValue = "exclude"_L1;
const auto includeValue = "include"_L1;
const auto onlyValue = "only"_L1;

// The filter bar's look: a set filter stands out in the accent colour.
const QString filterBarStyle = uR"(
#accountsFilterBar QToolButton { background: #ffffff; color: #1b2430; border: 1px solid #cfd6df;
    border-radius: 6px; padding: 4px 10px; }
#accountsFilterBar QToolButton:hover { background: #f0f3f7; border-color: #b9c2ce; }
#accountsFilterBar QToolButton:focus { border-color: #1f6feb; }
#accountsFilterBar QToolButton::menu-indicator { subcontrol-position: right center; right: 5px; }
#accountsFilterBar QToolButton[popupMode="2"] { padding-right: 20px; }
#accountsFilterBar QToolButton[active="true"], #accountsFilterBar QToolButton:checked {
    background: #e8f0fe; border-color: #1f6feb; color: #174ea6; font-weight: 600; }
#accountsFilterBar QPushButton { padding: 4px 10px; }
)"_s;

QString renewalValue(const AccountFilter &filter)
{
    if (filter.renewalWithinDays > 0 && filter.overdueRenewals)
        return u"overdue+%1"_s.arg(filter.renewalWithinDays);
    if (filter.renewalWithinDays > 0)
        return QString::number(filter.renewalWithinDays);
    return filter.overdueRenewals ? QString(overdueValue) : QString(anyValue);
}

QString archivedValue(AccountFilter::Archived archived)
{
    switch (archived) {
    case AccountFilter::Archived::Include:
        return includeValue;
    case AccountFilter::Archived::Only:
        return onlyValue;
    case AccountFilter::Archived::Exclude:
        break;
    }
    return excludeValue;
}

// The part of a filter a view stores: no search text, no scope, no fixed "today".
AccountFilter viewPart(AccountFilter filter)
{
    filter.searchText.clear();
    filter.scope = Workspace::Scope::All;
    filter.scopeUserId.clear();
    filter.today = {};
    return filter;
}

QString sortOrderText(Qt::SortOrder order)
{
    return order == Qt::DescendingOrder ? u"desc"_s : u"asc"_s;
}

Qt::SortOrder sortOrderFrom(const QString &text)
{
    return text == "desc"_L1 ? Qt::DescendingOrder : Qt::AscendingOrder;
}

} // namespace

AccountsView::AccountsView(Database &db, Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_workspace(workspace)
    , m_model(new AccountListModel(db, this))
    , m_search(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_noAccounts(new EmptyStateWidget(this))
    , m_noMatches(new EmptyStateWidget(this))
    , m_searchDelay(new QTimer(this))
{
    m_scope = workspace.scope();
    m_scopeUserId = workspace.userId();

    auto *title = new QLabel(tr("Accounts"), this);
    Theme::setRole(title, "title");

    m_search->setObjectName(u"accountsSearch"_s);
    m_search->setPlaceholderText(tr("Search accounts by name, ID or owner"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::search(Theme::mutedText()), QLineEdit::LeadingPosition);
    m_search->setToolTip(tr("Filters as you type (Ctrl+F); Esc clears, Down goes to the list"));
    m_search->installEventFilter(this);

    m_countLabel->setObjectName(u"accountCount"_s);
    Theme::setRole(m_countLabel, "subtitle");

    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WindowShortcut);
    addAction(focusSearch);
    connect(focusSearch, &QAction::triggered, this, &AccountsView::focusSearch);

    m_exportAction = new QAction(tr("E&xport accounts…"), this);
    m_exportAction->setObjectName(u"actionExportAccounts"_s);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setShortcutContext(Qt::WindowShortcut);
    m_exportAction->setStatusTip(
        tr("Save the accounts listed, with these columns, as a CSV file or an Excel workbook"));
    addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, &AccountsView::exportCurrentView);

    m_exportButton = new QPushButton(tr("E&xport…"), this);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setToolTip(tr("Export the accounts listed to CSV or Excel (Ctrl+E)"));
    connect(m_exportButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);

    m_filterBar = createFilterBar();
    createViewsMenu();

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &AccountsView::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AccountsView::applySearch);

    m_table->setObjectName(u"accountsTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AccountItemDelegate(m_table));
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setTabKeyNavigation(false); // Tab leaves the list, as everywhere else
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->installEventFilter(this);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &AccountsView::activateRow);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(60);
    header->setSortIndicator(AccountListModel::Name, Qt::AscendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &AccountsView::showHeaderMenu);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (!m_fittingColumns && logical != AccountListModel::Name)
            fitNameColumn();
    });
    connect(header, &QHeaderView::sectionMoved, this, &AccountsView::updateViewsButton);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &AccountsView::updateViewsButton);
    m_table->viewport()->installEventFilter(this);
    setInitialColumnWidths();
    setVisibleColumns(defaultColumns());
    m_table->setSortingEnabled(true);

    m_noAccounts->setObjectName(u"noAccountsState"_s);
    m_noAccounts->setIcon(Icons::accounts(Theme::accent()));
    m_noAccounts->setTitle(tr("No accounts yet"));
    m_noAccounts->setText(
        tr("Import a CRM export (Ctrl+I) — a folder or a .zip from Salesforce, HubSpot or a "
           "Pitwall bundle — or load the demo data to look around."));
    QPushButton *importButton = m_noAccounts->addButton(tr("Import CRM export…"), true);
    importButton->setObjectName(u"emptyImportButton"_s);
    QPushButton *demoButton = m_noAccounts->addButton(tr("Load demo data"));
    demoButton->setObjectName(u"emptyDemoButton"_s);
    connect(importButton, &QPushButton::clicked, this, &AccountsView::importRequested);
    connect(demoButton, &QPushButton::clicked, this, &AccountsView::demoDataRequested);

    m_noMatches->setObjectName(u"noMatchesState"_s);
    m_noMatches->setIcon(Icons::search(Theme::accent()));
    m_noMatches->setTitle(tr("No matching accounts"));
    QPushButton *clearButton = m_noMatches->addButton(tr("Clear search and filters"));
    clearButton->setObjectName(u"clearSearchAndFilters"_s);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        m_search->clear();
        clearFilters();
    });

    m_pages->addWidget(m_table);
    m_pages->addWidget(m_noAccounts);
    m_pages->addWidget(m_noMatches);

    auto *card = new QFrame(this);
    Theme::setRole(card, "card");
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(1, 1, 1, 1);
    cardLayout->addWidget(m_pages);

    // Shown after an export: where the file went, with a way to it.
    m_exportBanner = new ExportBanner(u"exportBanner"_s, u"exportResult"_s, this);

    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(title);
    titleColumn->addWidget(m_countLabel);

    auto *headerRow = new QHBoxLayout;
    headerRow->setSpacing(10);
    headerRow->addLayout(titleColumn);
    headerRow->addStretch();
    headerRow->addWidget(m_viewsButton, 0, Qt::AlignBottom);
    headerRow->addWidget(m_exportButton, 0, Qt::AlignBottom);
    headerRow->addSpacing(4);
    headerRow->addWidget(m_search, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(12);
    layout->addLayout(headerRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_exportBanner);
    layout->addWidget(card, 1);

    // Tab goes through the controls as they read: top row, filter bar, then the list.
    setTabOrder(m_viewsButton, m_exportButton);
    setTabOrder(m_exportButton, m_search);
    setTabOrder(m_search, m_ownerFilter);
    setTabOrder(m_ownerFilter, m_teamFilter);
    setTabOrder(m_teamFilter, m_segmentFilter);
    setTabOrder(m_segmentFilter, m_stageFilter);
    setTabOrder(m_stageFilter, m_renewalFilter);
    setTabOrder(m_renewalFilter, m_notTouchedButton);
    setTabOrder(m_notTouchedButton, m_archivedFilter);
    setTabOrder(m_archivedFilter, m_clearFilters);
    setTabOrder(m_clearFilters, m_table);

    loadSavedViews();
    connect(&m_workspace, &Workspace::scopeChanged, this,
            [this] { setScope(m_workspace.scope(), m_workspace.userId()); });
    connect(&m_workspace, &Workspace::userChanged, this,
            [this] { setScope(m_workspace.scope(), m_workspace.userId()); });
    connect(m_model, &AccountListModel::countsChanged, this, &AccountsView::updateState);
    if (currentFilter() != m_model->filter())
        m_model->setFilter(currentFilter());
    updateState();
}

AccountsView::~AccountsView()
{
    // The job's destructor cancels and waits: no file is left half-written.
    delete m_exportJob;
}

QWidget *AccountsView::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"accountsFilterBar"_s);
    bar->setStyleSheet(filterBarStyle);

    const auto distinctValues = [this](const QString &sql, bool labelled) {
        QList<FilterMenuButton::Choice> choices;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return choices;
        while (q.next()) {
            const QString value = q.value(0).toString();
            QString label = labelled ? AccountListModel::valueLabel(value) : q.value(1).toString();
            if (value.isEmpty())
                label = tr("(none)");
            choices.append({ value, label });
        }
        return choices;
    };

    m_ownerFilter
        = new FilterMenuButton(tr("&Owner"), tr("Any owner"), FilterMenuButton::Mode::Multiple, bar);
    m_ownerFilter->setObjectName(u"ownerFilter"_s);
    m_ownerFilter->setChoiceProvider([distinctValues] {
        return distinctValues(u"SELECT a.owner_id, COALESCE(u.name, a.owner_id) FROM"
                              " (SELECT DISTINCT owner_id FROM accounts WHERE owner_id <> '') a"
                              " LEFT JOIN users u ON u.id = a.owner_id ORDER BY 2 COLLATE NOCASE"_s,
                              false);
    });
    m_teamFilter = new FilterMenuButton(tr("&Team"), tr("Any team"), FilterMenuButton::Mode::Multiple, bar);
    m_teamFilter->setObjectName(u"teamFilter"_s);
    m_teamFilter->setChoiceProvider([distinctValues] {
        return distinctValues(u"SELECT u.team, COALESCE(t.name, u.team) FROM"
                              " (SELECT DISTINCT team FROM users WHERE team <> '') u"
                              " LEFT JOIN teams t ON t.id = u.team ORDER BY 2 COLLATE NOCASE"_s,
                              false);
    });
    m_segmentFilter
        = new FilterMenuButton(tr("&Segment"), tr("Any segment"), FilterMenuButton::Mode::Multiple, bar);
    m_segmentFilter->setObjectName(u"segmentFilter"_s);
    m_segmentFilter->setChoiceProvider([distinctValues] {
        return distinctValues(u"SELECT DISTINCT COALESCE(segment, '') FROM accounts ORDER BY 1"_s, true);
    });
    m_stageFilter = new FilterMenuButton(tr("&Lifecycle stage"), tr("Any lifecycle stage"),
                                         FilterMenuButton::Mode::Multiple, bar);
    m_stageFilter->setObjectName(u"lifecycleFilter"_s);
    m_stageFilter->setChoiceProvider([distinctValues] {
        return distinctValues(u"SELECT DISTINCT COALESCE(lifecycle_stage, '') FROM accounts ORDER BY 1"_s,
                              true);
    });

    m_renewalFilter = new FilterMenuButton(tr("&Renewal"), QString(), FilterMenuButton::Mode::Single, bar);
    m_renewalFilter->setObjectName(u"renewalFilter"_s);
    m_renewalFilter->setChoices({
        { anyValue, tr("Any renewal date") },
        { overdueValue, tr("Overdue"), tr("overdue") },
        { u"30"_s, tr("Within 30 days"), tr("30 days") },
        { u"90"_s, tr("Within 90 days"), tr("90 days") },
        { u"180"_s, tr("Within 180 days"), tr("180 days") },
    });

    m_notTouchedButton = new QToolButton(bar);
    m_notTouchedButton->setObjectName(u"notTouchedFilter"_s);
    m_notTouchedButton->setCheckable(true);
    m_notTouchedButton->setFocusPolicy(Qt::StrongFocus);
    m_notTouchedButton->setToolTip(tr("Only accounts with no CRM activity and no note in that time"));
    updateNotTouchedText();

    m_archivedFilter = new FilterMenuButton(tr("&Archived"), QString(), FilterMenuButton::Mode::Single, bar);
    m_archivedFilter->setObjectName(u"archivedFilter"_s);
    m_archivedFilter->setChoices({
        { excludeValue, tr("Hide archived accounts") },
        { includeValue, tr("Include archived accounts"), tr("included") },
        { onlyValue, tr("Only archived accounts"), tr("only") },
    });

    m_clearFilters = new QPushButton(tr("&Clear filters"), bar);
    m_clearFilters->setObjectName(u"clearFilters"_s);
    connect(m_clearFilters, &QPushButton::clicked, this, &AccountsView::clearFilters);

    for (FilterMenuButton *button :
         { m_ownerFilter, m_teamFilter, m_segmentFilter, m_stageFilter, m_renewalFilter, m_archivedFilter })
        connect(button, &FilterMenuButton::selectionChanged, this, &AccountsView::applyCurrentFilter);
    connect(m_notTouchedButton, &QToolButton::toggled, this, &AccountsView::applyCurrentFilter);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_ownerFilter, m_teamFilter, m_segmentFilter, m_stageFilter,
                                            m_renewalFilter, m_notTouchedButton, m_archivedFilter })
        layout->addWidget(w);
    layout->addStretch();
    layout->addWidget(m_clearFilters);
    return bar;
}

void AccountsView::updateNotTouchedText()
{
    m_notTouchedButton->setText(tr("&Not touched in %n day(s)", nullptr, m_notTouchedDays));
}

AccountFilter AccountsView::barFilter() const
{
    AccountFilter f;
    f.ownerIds = m_ownerFilter->selectedValues();
    f.teams = m_teamFilter->selectedValues();
    f.segments = m_segmentFilter->selectedValues();
    f.lifecycleStages = m_stageFilter->selectedValues();
    const QString renewal = m_renewalFilter->currentValue();
    if (renewal == overdueValue) {
        f.overdueRenewals = true;
    } else if (renewal.startsWith("overdue+"_L1)) {
        f.overdueRenewals = true;
        f.renewalWithinDays = renewal.mid(8).toInt();
    } else if (renewal != anyValue) {
        f.renewalWithinDays = renewal.toInt();
    }
    f.notTouchedDays = m_notTouchedButton->isChecked() ? m_notTouchedDays : 0;
    const QString archived = m_archivedFilter->currentValue();
    f.archived = archived == includeValue ? AccountFilter::Archived::Include
        : archived == onlyValue           ? AccountFilter::Archived::Only
                                          : AccountFilter::Archived::Exclude;
    return f;
}

void AccountsView::setBarFilter(const AccountFilter &filter)
{
    m_ownerFilter->setSelectedValues(filter.ownerIds);
    m_teamFilter->setSelectedValues(filter.teams);
    m_segmentFilter->setSelectedValues(filter.segments);
    m_stageFilter->setSelectedValues(filter.lifecycleStages);
    const QString renewal = renewalValue(filter);
    QString renewalLabel;
    if (filter.renewalWithinDays > 0 && filter.overdueRenewals)
        renewalLabel = tr("Overdue or within %n day(s)", nullptr, filter.renewalWithinDays);
    else if (filter.renewalWithinDays > 0)
        renewalLabel = tr("Within %n day(s)", nullptr, filter.renewalWithinDays);
    m_renewalFilter->setCurrentValue(renewal, renewalLabel);
    if (filter.notTouchedDays > 0)
        m_notTouchedDays = filter.notTouchedDays;
    {
        const QSignalBlocker blocker(m_notTouchedButton);
        m_notTouchedButton->setChecked(filter.notTouchedDays > 0);
    }
    updateNotTouchedText();
    m_archivedFilter->setCurrentValue(archivedValue(filter.archived));
}

bool AccountsView::hasActiveFilters() const
{
    return barFilter() != AccountFilter();
}

AccountFilter AccountsView::currentFilter() const
{
    AccountFilter f = barFilter();
    f.searchText = m_search->text();
    f.scope = m_scope;
    f.scopeUserId = m_scopeUserId;
    return f;
}

void AccountsView::applyCurrentFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(currentFilter());
    // The model only resets (and reports) when the filter changed; the bar may have.
    updateState();
}

void AccountsView::applySearch()
{
    applyCurrentFilter();
}

void AccountsView::applyFilter(const AccountFilter &filter)
{
    setBarFilter(filter);
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(filter.searchText);
    }
    applyCurrentFilter();
}

void AccountsView::setScope(Workspace::Scope scope, const QString &userId)
{
    if (scope == m_scope && userId == m_scopeUserId)
        return;
    m_scope = scope;
    m_scopeUserId = userId;
    applyCurrentFilter();
}

void AccountsView::clearFilters()
{
    setBarFilter(AccountFilter());
    applyCurrentFilter();
}

// --- Columns ---------------------------------------------------------------------

QStringList AccountsView::defaultColumns()
{
    // The export's columns, and the open playbooks' progress.
    return AccountExporter::defaultColumns() << AccountListModel::columnKey(AccountListModel::Playbooks);
}

QStringList AccountsView::visibleColumns() const
{
    QStringList keys;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            keys << AccountListModel::columnKey(logical);
    }
    return keys;
}

void AccountsView::setVisibleColumns(const QStringList &keys)
{
    QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (const QString &key : keys) {
        const int column = AccountListModel::columnFromKey(key);
        if (column >= 0 && !columns.contains(column))
            columns << column;
    }
    if (!columns.contains(AccountListModel::Name))
        columns.prepend(AccountListModel::Name); // a list without names is no list
    for (qsizetype i = 0; i < columns.size(); ++i)
        header->moveSection(header->visualIndex(columns.at(i)), int(i));
    for (int c = 0; c < header->count(); ++c)
        header->setSectionHidden(c, !columns.contains(c));
    fitNameColumn();
    updateViewsButton();
}

QString AccountsView::sortColumnKey() const
{
    return AccountListModel::columnKey(m_model->sortColumn());
}

void AccountsView::resetColumns()
{
    setVisibleColumns(defaultColumns());
    setInitialColumnWidths();
}

void AccountsView::fillColumnsMenu(QMenu *menu)
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu->addAction(AccountListModel::columnTitle(c));
        action->setObjectName(AccountListModel::columnKey(c));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != AccountListModel::Name); // a list without names is no list
        connect(action, &QAction::toggled, this, [this, header, c](bool visible) {
            header->setSectionHidden(c, !visible);
            if (visible && header->sectionSize(c) < header->minimumSectionSize())
                header->resizeSection(c, header->defaultSectionSize());
            fitNameColumn();
            updateViewsButton();
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset columns"));
    reset->setObjectName(u"resetColumns"_s);
    connect(reset, &QAction::triggered, this, &AccountsView::resetColumns);
}

void AccountsView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.setObjectName(u"columnMenu"_s);
    menu.addSection(tr("Columns"));
    fillColumnsMenu(&menu);
    menu.exec(m_table->horizontalHeader()->viewport()->mapToGlobal(position));
}

void AccountsView::setInitialColumnWidths()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(m_table->font());
    QFont headerFont = header->font();
    headerFont.setBold(true);
    const QFontMetrics headerMetrics(headerFont);
    // Typical content of each column plus the cell padding; long values elide.
    const auto sample = [](int column) {
        switch (column) {
        case AccountListModel::CrmId:
            return u"0018d00000ABCD"_s;
        case AccountListModel::Owner:
            return u"Alexandra Martin"_s;
        case AccountListModel::Team:
            return u"Enterprise East"_s;
        case AccountListModel::Segment:
            return u"Mid-market"_s;
        case AccountListModel::Industry:
            return u"Manufacturing"_s;
        case AccountListModel::Region:
        case AccountListModel::Country:
            return u"United States"_s;
        case AccountListModel::Arr:
            return u"US$250,000"_s;
        case AccountListModel::Licenses:
            return u"12,500"_s;
        case AccountListModel::RenewalDate:
        case AccountListModel::ContractStart:
        case AccountListModel::LastActivity:
            return u"12/31/2025"_s;
        case AccountListModel::LifecycleStage:
            return u"Implementation"_s;
        case AccountListModel::Playbooks:
            return u"2 overdue · 12/14"_s;
        default:
            return QString();
        }
    };
    // The status pill: bold text in a rounded badge (see AccountItemDelegate).
    QFont pillFont = m_table->font();
    pillFont.setPointSizeF(pillFont.pointSizeF() * 0.9);
    pillFont.setWeight(QFont::DemiBold);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        if (c == AccountListModel::Name)
            continue;
        int width = metrics.horizontalAdvance(sample(c)) + 24;
        if (c == AccountListModel::Status)
            width = QFontMetrics(pillFont).horizontalAdvance(u"Churned"_s) + 18 + 24;
        // Room for the header text, its padding and the sort arrow, in any language.
        const QString title = AccountListModel::columnTitle(c);
        m_table->setColumnWidth(c, qMax(width, headerMetrics.horizontalAdvance(title) + 30));
    }
    fitNameColumn();
}

void AccountsView::fitNameColumn()
{
    // Like QHeaderView::Stretch, but with a floor: on a narrow window the list scrolls
    // sideways instead of squeezing the names to nothing.
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != AccountListModel::Name && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    m_fittingColumns = true;
    header->resizeSection(AccountListModel::Name,
                          qMax(minimumNameWidth, m_table->viewport()->width() - others));
    m_fittingColumns = false;
}

// --- Saved views -----------------------------------------------------------------

void AccountsView::createViewsMenu()
{
    m_viewsButton = new QToolButton(this);
    m_viewsButton->setObjectName(u"viewsButton"_s);
    m_viewsButton->setPopupMode(QToolButton::InstantPopup);
    m_viewsButton->setFocusPolicy(Qt::StrongFocus);
    m_viewsButton->setToolTip(tr("Saved views: filters, sort and columns under a name"));
    m_viewsButton->setStyleSheet(
        u"QToolButton { background: #ffffff; border: 1px solid #cfd6df; border-radius: 6px;"
        " padding: 6px 22px 6px 12px; } QToolButton:hover { background: #f0f3f7; }"
        " QToolButton:focus { border-color: #1f6feb; }"
        " QToolButton::menu-indicator { subcontrol-position: right center; right: 6px; }"_s);
    m_viewsMenu = new QMenu(m_viewsButton);
    m_viewsMenu->setObjectName(u"viewsMenu"_s);
    m_viewsButton->setMenu(m_viewsMenu);
    connect(m_viewsMenu, &QMenu::aboutToShow, this, &AccountsView::rebuildViewsMenu);
    rebuildViewsMenu();
}

void AccountsView::rebuildViewsMenu()
{
    m_viewsMenu->clear();
    qDeleteAll(m_viewsMenu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    const QString current = currentViewName();
    const auto addView = [&](const View &view) {
        QAction *action = m_viewsMenu->addAction(QString(view.name).replace(u'&', u"&&"_s));
        action->setCheckable(true);
        action->setChecked(view.name == current);
        action->setData(view.name);
        connect(action, &QAction::triggered, this, [this, name = view.name] { applyView(name); });
    };
    for (const View &view : builtInViews())
        addView(view);
    if (!m_savedViews.isEmpty()) {
        m_viewsMenu->addSection(tr("My views"));
        for (const View &view : std::as_const(m_savedViews))
            addView(view);
    }
    m_viewsMenu->addSeparator();
    // The column chooser for the keyboard (the header's context menu needs a mouse).
    QMenu *columns = m_viewsMenu->addMenu(tr("&Columns"));
    columns->setObjectName(u"columnsMenu"_s);
    fillColumnsMenu(columns);
    QAction *save = m_viewsMenu->addAction(tr("&Save view as…"));
    save->setObjectName(u"saveView"_s);
    connect(save, &QAction::triggered, this, &AccountsView::saveViewInteractively);
    const bool ownView = findView(current).has_value() && !findView(current)->builtIn;
    QAction *rename = m_viewsMenu->addAction(tr("&Rename view…"));
    rename->setObjectName(u"renameView"_s);
    rename->setEnabled(ownView);
    connect(rename, &QAction::triggered, this, &AccountsView::renameViewInteractively);
    QAction *remove = m_viewsMenu->addAction(tr("&Delete view"));
    remove->setObjectName(u"deleteView"_s);
    remove->setEnabled(ownView);
    connect(remove, &QAction::triggered, this, &AccountsView::deleteViewInteractively);
}

QList<AccountsView::View> AccountsView::builtInViews() const
{
    View all;
    all.name = tr("All accounts");
    all.sortColumn = AccountListModel::columnKey(AccountListModel::Name);
    all.builtIn = true;
    View renewals;
    renewals.name = tr("Renewals in 90 days");
    renewals.filter.renewalWithinDays = 90;
    renewals.sortColumn = AccountListModel::columnKey(AccountListModel::RenewalDate);
    renewals.builtIn = true;
    View untouched;
    untouched.name = tr("Not touched in 30 days");
    untouched.filter.notTouchedDays = 30;
    untouched.sortColumn = AccountListModel::columnKey(AccountListModel::LastActivity);
    untouched.builtIn = true;
    return { all, renewals, untouched };
}

std::optional<AccountsView::View> AccountsView::findView(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    for (const View &view : builtInViews()) {
        if (view.name == name)
            return view;
    }
    for (const View &view : m_savedViews) {
        if (view.name == name)
            return view;
    }
    return std::nullopt;
}

bool AccountsView::viewMatches(const View &view) const
{
    if (viewPart(barFilter()) != viewPart(view.filter))
        return false;
    if (sortColumnKey() != view.sortColumn || m_model->sortOrder() != view.sortOrder)
        return false;
    return view.columns.isEmpty() || view.columns == visibleColumns();
}

QString AccountsView::currentViewName() const
{
    if (const auto last = findView(m_lastView); last && viewMatches(*last))
        return last->name;
    for (const View &view : m_savedViews) {
        if (viewMatches(view))
            return view.name;
    }
    for (const View &view : builtInViews()) {
        if (viewMatches(view))
            return view.name;
    }
    return {};
}

void AccountsView::updateViewsButton()
{
    if (!m_viewsButton)
        return;
    const QString name = currentViewName();
    m_viewsButton->setText(name.isEmpty() ? tr("Vie&w: custom")
                                          : tr("Vie&w: %1").arg(QString(name).replace(u'&', u"&&"_s)));
}

void AccountsView::applyViewState(const View &view)
{
    setBarFilter(view.filter);
    if (!view.columns.isEmpty())
        setVisibleColumns(view.columns);
    const int sortColumn = AccountListModel::columnFromKey(view.sortColumn);
    // Sorting through the header keeps its indicator and the model in step.
    m_table->horizontalHeader()->setSortIndicator(sortColumn < 0 ? int(AccountListModel::Name) : sortColumn,
                                                  view.sortOrder);
    applyCurrentFilter();
}

bool AccountsView::applyView(const QString &name)
{
    const std::optional<View> view = findView(name);
    if (!view)
        return false;
    m_lastView = view->name;
    applyViewState(*view);
    updateViewsButton();
    return true;
}

bool AccountsView::saveView(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    if (const auto existing = findView(trimmed); existing && existing->builtIn)
        return false;
    View view;
    view.name = trimmed;
    view.filter = viewPart(barFilter());
    view.sortColumn = sortColumnKey();
    view.sortOrder = m_model->sortOrder();
    view.columns = visibleColumns();
    bool replaced = false;
    for (View &v : m_savedViews) {
        if (v.name == trimmed) {
            v = view;
            replaced = true;
        }
    }
    if (!replaced)
        m_savedViews.append(view);
    m_lastView = trimmed;
    storeSavedViews();
    updateViewsButton();
    return true;
}

bool AccountsView::renameView(const QString &from, const QString &to)
{
    const QString trimmed = to.trimmed();
    if (trimmed.isEmpty() || (trimmed != from && findView(trimmed)))
        return false;
    for (View &v : m_savedViews) {
        if (v.name == from) {
            v.name = trimmed;
            if (m_lastView == from)
                m_lastView = trimmed;
            storeSavedViews();
            updateViewsButton();
            return true;
        }
    }
    return false;
}

bool AccountsView::deleteView(const QString &name)
{
    for (qsizetype i = 0; i < m_savedViews.size(); ++i) {
        if (m_savedViews.at(i).name == name) {
            m_savedViews.removeAt(i);
            if (m_lastView == name)
                m_lastView.clear();
            storeSavedViews();
            updateViewsButton();
            return true;
        }
    }
    return false;
}

void AccountsView::storeSavedViews() const
{
    // Written at once: a saved view is the user's work, not window state.
    QVariantList list;
    for (const View &view : m_savedViews) {
        list << QVariantMap { { u"name"_s, view.name },
                              { u"filter"_s, view.filter.toVariantMap() },
                              { u"sortColumn"_s, view.sortColumn },
                              { u"sortOrder"_s, sortOrderText(view.sortOrder) },
                              { u"columns"_s, view.columns } };
    }
    QSettings().setValue(savedViewsKey, list);
}

void AccountsView::loadSavedViews()
{
    m_savedViews.clear();
    const QVariantList list = QSettings().value(savedViewsKey).toList();
    for (const QVariant &item : list) {
        const QVariantMap map = item.toMap();
        View view;
        view.name = map.value(u"name"_s).toString().trimmed();
        if (view.name.isEmpty() || findView(view.name))
            continue;
        view.filter = viewPart(AccountFilter::fromVariantMap(map.value(u"filter"_s).toMap()));
        view.sortColumn = map.value(u"sortColumn"_s).toString();
        if (AccountListModel::columnFromKey(view.sortColumn) < 0)
            view.sortColumn = AccountListModel::columnKey(AccountListModel::Name);
        view.sortOrder = sortOrderFrom(map.value(u"sortOrder"_s).toString());
        view.columns = map.value(u"columns"_s).toStringList();
        m_savedViews.append(view);
    }
    updateViewsButton();
}

QString AccountsView::askViewName(const QString &title, const QString &label, const QString &initial)
{
    QInputDialog dialog(this);
    dialog.setObjectName(u"viewNameDialog"_s);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(initial);
    dialog.setOkButtonText(tr("Save"));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.textValue().trimmed();
}

void AccountsView::saveViewInteractively()
{
    const QString current = currentViewName();
    const auto view = findView(current);
    const QString name = askViewName(tr("Save view"), tr("Save the filters, sort and columns as:"),
                                     view && !view->builtIn ? current : QString());
    if (name.isEmpty())
        return;
    if (const auto existing = findView(name)) {
        if (existing->builtIn) {
            MessageBoxes::warning(this, tr("Save view"), tr("“%1” is a built-in view.").arg(name),
                                  tr("Choose another name."));
            return;
        }
        if (name != current
            && MessageBoxes::question(this, tr("Save view"), tr("Replace the view “%1”?").arg(name),
                                      QString(), QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
            return;
    }
    saveView(name);
}

void AccountsView::renameViewInteractively()
{
    const QString current = currentViewName();
    const auto view = findView(current);
    if (!view || view->builtIn)
        return;
    const QString name = askViewName(tr("Rename view"), tr("New name:"), current);
    if (name.isEmpty() || name == current)
        return;
    if (!renameView(current, name))
        MessageBoxes::warning(this, tr("Rename view"), tr("There is already a view called “%1”.").arg(name));
}

void AccountsView::deleteViewInteractively()
{
    const QString current = currentViewName();
    const auto view = findView(current);
    if (!view || view->builtIn)
        return;
    if (MessageBoxes::question(this, tr("Delete view"), tr("Delete the view “%1”?").arg(current),
                               tr("The accounts are not affected."), QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::No)
        == QMessageBox::Yes)
        deleteView(current);
}

// --- Export ----------------------------------------------------------------------

void AccountsView::exportCurrentView()
{
    if (isExporting())
        return;
    const QString csvFilter = tr("CSV, UTF-8 (*.csv)");
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    QString selected = xlsxFilter;
    const QString suggested = tr("accounts-%1").arg(QDate::currentDate().toString(Qt::ISODate)) + u".xlsx"_s;
    QString path = FileDialogs::saveFileName(this, tr("Export accounts"), suggested,
                                             xlsxFilter + u";;"_s + csvFilter, &selected);
    if (path.isEmpty())
        return;
    if (!AccountExporter::formatForPath(path))
        path += selected == csvFilter ? u".csv"_s : u".xlsx"_s;
    exportTo(path);
}

bool AccountsView::isExporting() const
{
    return m_exportJob && m_exportJob->isRunning();
}

bool AccountsView::exportTo(const QString &path)
{
    const std::optional<AccountExporter::Format> format = AccountExporter::formatForPath(path);
    if (isExporting() || !format)
        return false;
    AccountExporter::Options options;
    options.filter = currentFilter();
    options.columns = visibleColumns();
    options.sortColumn = sortColumnKey();
    options.sortOrder = m_model->sortOrder();

    if (!m_exportJob) {
        m_exportJob = new AccountExportJob(m_db.path(), this);
        connect(m_exportJob, &AccountExportJob::progress, this, [this](qint64 done, qint64 total) {
            if (!m_exportProgress)
                return;
            ExportFeedback::setProgress(m_exportProgress, done, total);
            m_exportProgress->setLabelText(
                tr("Exporting %1 of %2 accounts…").arg(QLocale().toString(done), QLocale().toString(total)));
        });
        connect(m_exportJob, &AccountExportJob::finished, this, &AccountsView::onExportFinished);
    }
    m_exportBanner->hide();
    QProgressDialog *progress
        = ExportFeedback::createProgress(this, u"exportProgress"_s, tr("Export accounts"), path);
    connect(progress, &QProgressDialog::canceled, m_exportJob, &AccountExportJob::cancel);
    m_exportProgress = progress;
    m_exportAction->setEnabled(false);
    m_exportButton->setEnabled(false);
    m_exportJob->start(path, *format, options);
    return true;
}

void AccountsView::onExportFinished()
{
    const AccountExportJob::Result result = m_exportJob->result();
    if (m_exportProgress)
        m_exportProgress->close();
    updateState();
    const QString file = QDir::toNativeSeparators(QFileInfo(result.path).absoluteFilePath());
    if (result.ok) {
        m_exportBanner->showResult(
            tr("Exported %n account(s) to %1.", nullptr, int(result.rows)).arg(file.toHtmlEscaped()),
            QFileInfo(result.path).absolutePath());
    } else if (result.cancelled) {
        m_exportBanner->showResult(tr("Export cancelled; no file was written."), QString());
    } else {
        MessageBoxes::critical(this, tr("Export failed"), tr("The accounts could not be exported."),
                               result.error);
    }
    Q_EMIT exportFinished(result.path, result.ok);
}

// --- State -----------------------------------------------------------------------

void AccountsView::saveState(QSettings &settings) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QVariantMap widths;
    for (int c = 0; c < header->count(); ++c) {
        if (c != AccountListModel::Name && !header->isSectionHidden(c))
            widths.insert(AccountListModel::columnKey(c), header->sectionSize(c));
    }
    settings.setValue(columnsKey, visibleColumns());
    settings.setValue(widthsKey, widths);
    settings.setValue(sortColumnKeyName, sortColumnKey());
    settings.setValue(sortOrderKey, sortOrderText(m_model->sortOrder()));
    settings.setValue(filterKey, viewPart(barFilter()).toVariantMap());
}

void AccountsView::restoreState(const QSettings &settings)
{
    const QVariantMap widths = settings.value(widthsKey).toMap();
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        const int column = AccountListModel::columnFromKey(it.key());
        const int width = it.value().toInt();
        if (column > 0 && width > 0)
            m_table->setColumnWidth(column, width);
    }
    if (settings.contains(columnsKey))
        setVisibleColumns(settings.value(columnsKey).toStringList());
    if (settings.contains(filterKey))
        setBarFilter(viewPart(AccountFilter::fromVariantMap(settings.value(filterKey).toMap())));
    const int sortColumn = AccountListModel::columnFromKey(settings.value(sortColumnKeyName).toString());
    // Through the header: it sorts the model and shows the indicator.
    if (sortColumn >= 0)
        m_table->horizontalHeader()->setSortIndicator(sortColumn,
                                                      sortOrderFrom(settings.value(sortOrderKey).toString()));
    applyCurrentFilter();
    fitNameColumn();
    updateViewsButton();
}

void AccountsView::reload()
{
    m_model->reload();
}

void AccountsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AccountsView::activateRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString id = index.data(AccountListModel::AccountIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT accountActivated(id);
}

void AccountsView::updateState()
{
    const int total = m_model->unfilteredCount();
    const int matching = m_model->totalCount();
    const QString search = m_model->filterText().trimmed();
    const bool barActive = hasActiveFilters();
    const bool scoped = m_scope != Workspace::Scope::All && !m_scopeUserId.isEmpty();
    const bool filtered = !search.isEmpty() || barActive || scoped;
    if (total == 0 && !filtered)
        m_countLabel->setText(tr("No accounts in the cache"));
    else if (filtered)
        m_countLabel->setText(
            tr("%1 of %2 accounts match").arg(QLocale().toString(matching), QLocale().toString(total)));
    else
        m_countLabel->setText(total == 1 ? tr("1 account")
                                         : tr("%1 accounts").arg(QLocale().toString(total)));

    QWidget *page = m_table;
    if (total == 0 && !filtered) {
        page = m_noAccounts;
    } else if (matching == 0) {
        if (!search.isEmpty() && !barActive)
            m_noMatches->setText(
                tr("Nothing matches “%1”. Search looks at account names, CRM IDs and owners.").arg(search));
        else if (!search.isEmpty())
            m_noMatches->setText(tr("Nothing matches “%1” with these filters.").arg(search));
        else if (barActive)
            m_noMatches->setText(tr("No account matches these filters."));
        else
            m_noMatches->setText(tr("There are no accounts in this scope."));
        page = m_noMatches;
    }
    m_pages->setCurrentWidget(page);
    // The search and filters stay usable when there is something to search.
    const bool usable = total > 0 || filtered;
    m_search->setEnabled(usable);
    m_filterBar->setEnabled(usable);
    m_clearFilters->setEnabled(barActive);
    const bool canExport = matching > 0 && !isExporting();
    m_exportAction->setEnabled(canExport);
    m_exportButton->setEnabled(canExport);
    updateViewsButton();
    Q_EMIT countsChanged();
}

bool AccountsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search) {
            if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
                m_search->clear();
                applySearch();
                return true;
            }
            if (key->key() == Qt::Key_Down && m_pages->currentWidget() == m_table) {
                m_table->setFocus(Qt::TabFocusReason);
                if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
                    m_table->setCurrentIndex(m_model->index(0, AccountListModel::Name));
                return true;
            }
        } else if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                   && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            activateRow(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
