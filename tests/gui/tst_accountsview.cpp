// The Accounts view on the offscreen platform: the filter bar, the column chooser,
// saved views, export through the file dialog seam, and the keyboard.
#include "TestSupport.h"
#include "accounts/AccountsView.h"
#include "accounts/FilterMenuButton.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "itemmodels/AccountListModel.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A small book with dates relative to today, so the renewal and "not touched" windows
// always select the same accounts.
bool fillCache(Database &db)
{
    QSqlQuery q(db.connection());
    const QStringList statements = {
        u"INSERT INTO teams (id, name) VALUES ('T1', 'Enterprise East'), ('T2', 'SMB West')"_s,
        u"INSERT INTO users (id, name, team) VALUES ('U1', 'Alice Martin', 'T1'), ('U2', '王小明', 'T1'),"
        " ('U3', 'Bob Chen', 'T2')"_s,
    };
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            qWarning() << q.lastError().text();
            return false;
        }
    }
    struct Row
    {
        const char *id;
        QString name;
        const char *owner;
        const char *segment;
        const char *stage;
        double arr;
        int renewalInDays; // 9999: none
        bool archived;
    };
    const QList<Row> rows = {
        { "A1", u"Acme Corp"_s, "U1", "enterprise", "adoption", 250000, 20, false },
        { "A2", u"Globex"_s, "U1", "mid_market", "onboarding", 90000, 60, false },
        { "A3", u"华为科技"_s, "U2", "enterprise", "renewal", 500000, -10, false },
        { "A4", u"Initech"_s, "U3", "smb", "adoption", 12000, 150, false },
        { "A5", u"Umbrella"_s, "U3", "smb", "trial", 5000, 400, false },
        { "A6", u"Hooli"_s, "U2", "mid_market", "adoption", 70000, 9999, false },
        { "A7", u"Old Co"_s, "U1", "smb", "churned", 1000, -100, true },
    };
    const QDate today = QDate::currentDate();
    for (const Row &r : rows) {
        q.prepare(
            u"INSERT INTO accounts (id, name, owner_id, segment, lifecycle_stage, status, arr, currency,"
            " renewal_date, archived) VALUES (?, ?, ?, ?, ?, 'active', ?, 'USD', ?, ?)"_s);
        q.addBindValue(QString::fromLatin1(r.id));
        q.addBindValue(r.name);
        q.addBindValue(QString::fromLatin1(r.owner));
        q.addBindValue(QString::fromLatin1(r.segment));
        q.addBindValue(QString::fromLatin1(r.stage));
        q.addBindValue(r.arr);
        q.addBindValue(r.renewalInDays == 9999
                           ? QVariant()
                           : QVariant(today.addDays(r.renewalInDays).toString(Qt::ISODate)));
        q.addBindValue(r.archived ? 1 : 0);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
    }
    // Touched lately: A1 (a CRM call) and A3 (a local note).
    const QString recent = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate);
    q.prepare(
        u"INSERT INTO activities (id, account_id, type, occurred_at) VALUES ('ACT1', 'A1', 'call', ?)"_s);
    q.addBindValue(recent);
    if (!q.exec())
        return false;
    q.prepare(
        u"INSERT INTO notes (id, account_id, body, created_at, updated_at) VALUES ('N1', 'A3', 'hi', ?, ?)"_s);
    q.addBindValue(recent);
    q.addBindValue(recent);
    return q.exec();
}

// Opens a filter's menu the way the user does (so it reads its values from the cache)
// and clicks the entry labelled `label`.
bool pick(FilterMenuButton *button, const QString &label)
{
    Q_EMIT button->menu()->aboutToShow();
    for (QAction *action : button->menu()->actions()) {
        if (action->text() == label) {
            action->trigger();
            return true;
        }
    }
    qWarning() << "no menu entry" << label << "in" << button->objectName();
    return false;
}

QStringList accountIds(const AccountListModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(AccountListModel::AccountIdRole).toString();
    return ids;
}

} // namespace

class TestAccountsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void filtersChangeTheRows();
    void applyFilterShowsInTheBar();
    void scopeFollowsTheWorkspace();
    void columnChooserHidesAndShows();
    void columnsAndSortSurviveARestart();
    void savedViewRoundTrip();
    void builtInViews();
    void exportWritesTheCurrentView();
    void exportFailureIsReported();
    void enterAndDoubleClickActivate();
    void keyboard();

private:
    std::unique_ptr<AccountsView> makeView();
    FilterMenuButton *filter(AccountsView *view, const char *name);
    void chooseColumn(AccountsView *view, const QString &actionName);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    QList<MessageBoxes::Request> m_messages;
    QList<FileDialogs::Request> m_fileRequests;
    QString m_saveAnswer;
};

void TestAccountsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestSupport::isolateSettings();
    QCoreApplication::setOrganizationName(u"Pitwall"_s);
    QCoreApplication::setApplicationName(u"Pitwall-tests-accountsview"_s);
    Theme::apply(*qApp);
}

void TestAccountsView::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QVERIFY(fillCache(*m_db));
    m_workspace = std::make_unique<Workspace>();
    m_messages.clear();
    m_fileRequests.clear();
    m_saveAnswer.clear();
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_messages << request;
        return request.icon == QMessageBox::Question ? QMessageBox::Yes : QMessageBox::Ok;
    });
    FileDialogs::setHandler([this](const FileDialogs::Request &request) {
        m_fileRequests << request;
        return m_saveAnswer;
    });
}

void TestAccountsView::cleanup()
{
    MessageBoxes::setHandler({});
    FileDialogs::setHandler({});
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
    QSettings().clear();
}

std::unique_ptr<AccountsView> TestAccountsView::makeView()
{
    auto view = std::make_unique<AccountsView>(*m_db, *m_workspace);
    view->resize(1300, 700);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("view not exposed");
    return view;
}

FilterMenuButton *TestAccountsView::filter(AccountsView *view, const char *name)
{
    auto *button = view->findChild<FilterMenuButton *>(QString::fromLatin1(name));
    if (!button)
        qWarning("no filter %s", name);
    return button;
}

// Right-clicks the header and, in the menu that opens, triggers the action `actionName`.
void TestAccountsView::chooseColumn(AccountsView *view, const QString &actionName)
{
    bool found = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        if (QAction *action = menu->findChild<QAction *>(actionName); action && action->isEnabled()) {
            found = true;
            action->trigger();
        }
        menu->close();
    });
    QHeaderView *header = view->table()->horizontalHeader();
    Q_EMIT header->customContextMenuRequested(QPoint(20, 10));
    QVERIFY2(found, qPrintable(actionName));
}

void TestAccountsView::filtersChangeTheRows()
{
    auto view = makeView();
    AccountListModel *model = view->model();
    QCOMPARE(accountIds(model), (QStringList { u"A1"_s, u"A2"_s, u"A6"_s, u"A4"_s, u"A5"_s, u"A3"_s }));
    auto *clear = view->findChild<QPushButton *>(u"clearFilters"_s);
    QVERIFY(!clear->isEnabled());

    FilterMenuButton *segment = filter(view.get(), "segmentFilter");
    QVERIFY(!segment->isActive());
    QVERIFY(pick(segment, u"Enterprise"_s));
    QCOMPARE(accountIds(model), (QStringList { u"A1"_s, u"A3"_s }));
    QVERIFY(segment->isActive());
    QCOMPARE(segment->property("active").toBool(), true);
    QCOMPARE(segment->text(), u"&Segment: Enterprise"_s);
    QVERIFY(clear->isEnabled());
    QCOMPARE(view->findChild<QLabel *>(u"accountCount"_s)->text(), u"2 of 6 accounts match"_s);
    // The menu lists the cache's values as the list shows them, ticked when chosen.
    QStringList entries;
    for (const QAction *a : segment->menu()->actions()) {
        if (a->isCheckable())
            entries << a->text() + (a->isChecked() ? u" ✓"_s : QString());
    }
    QCOMPARE(entries, (QStringList { u"Enterprise ✓"_s, u"Mid-market"_s, u"SMB"_s }));

    QVERIFY(pick(segment, u"SMB"_s));
    QCOMPARE(accountIds(model), (QStringList { u"A1"_s, u"A4"_s, u"A5"_s, u"A3"_s }));
    QCOMPARE(segment->text(), u"&Segment: Enterprise +1"_s);
    QVERIFY(pick(filter(view.get(), "ownerFilter"), u"Alice Martin"_s));
    QCOMPARE(accountIds(model), QStringList { u"A1"_s });
    QCOMPARE(view->currentFilter().ownerIds, QStringList { u"U1"_s });

    clear->click();
    QCOMPARE(model->totalCount(), 6);
    QVERIFY(!segment->isActive());
    QVERIFY(!clear->isEnabled());

    QVERIFY(pick(filter(view.get(), "teamFilter"), u"SMB West"_s));
    QCOMPARE(accountIds(model), (QStringList { u"A4"_s, u"A5"_s }));
    clear->click();
    QVERIFY(pick(filter(view.get(), "lifecycleFilter"), u"Adoption"_s));
    QCOMPARE(accountIds(model), (QStringList { u"A1"_s, u"A6"_s, u"A4"_s }));
    clear->click();

    FilterMenuButton *renewal = filter(view.get(), "renewalFilter");
    QVERIFY(pick(renewal, u"Overdue"_s));
    QCOMPARE(accountIds(model), QStringList { u"A3"_s });
    QCOMPARE(renewal->text(), u"&Renewal: overdue"_s);
    QVERIFY(pick(renewal, u"Within 30 days"_s));
    QCOMPARE(accountIds(model), QStringList { u"A1"_s });
    QVERIFY(pick(renewal, u"Within 90 days"_s));
    QCOMPARE(accountIds(model), (QStringList { u"A1"_s, u"A2"_s }));
    QVERIFY(pick(renewal, u"Within 180 days"_s));
    QCOMPARE(accountIds(model), (QStringList { u"A1"_s, u"A2"_s, u"A4"_s }));
    QVERIFY(pick(renewal, u"Any renewal date"_s));
    QVERIFY(!renewal->isActive());
    QCOMPARE(model->totalCount(), 6);

    auto *notTouched = view->findChild<QToolButton *>(u"notTouchedFilter"_s);
    notTouched->click();
    QVERIFY(notTouched->isChecked());
    QCOMPARE(accountIds(model), (QStringList { u"A2"_s, u"A6"_s, u"A4"_s, u"A5"_s }));
    notTouched->click();

    FilterMenuButton *archived = filter(view.get(), "archivedFilter");
    QVERIFY(pick(archived, u"Include archived accounts"_s));
    QCOMPARE(model->totalCount(), 7);
    QVERIFY(pick(archived, u"Only archived accounts"_s));
    QCOMPARE(accountIds(model), QStringList { u"A7"_s });
    QCOMPARE(archived->text(), u"&Archived: only"_s);

    // Nothing matches: the empty state offers the way back.
    QVERIFY(pick(segment, u"Enterprise"_s));
    QCOMPARE(model->totalCount(), 0);
    QVERIFY(view->findChild<QWidget *>(u"noMatchesState"_s)->isVisible());
    view->findChild<QPushButton *>(u"clearSearchAndFilters"_s)->click();
    QCOMPARE(model->totalCount(), 6);
    QVERIFY(view->table()->isVisible());
}

void TestAccountsView::applyFilterShowsInTheBar()
{
    auto view = makeView();
    AccountFilter f;
    f.segments = { u"smb"_s };
    f.renewalWithinDays = 200;
    f.searchText = u"ini"_s;
    view->applyFilter(f);
    QCOMPARE(accountIds(view->model()), QStringList { u"A4"_s });
    QCOMPARE(view->searchField()->text(), u"ini"_s);
    QCOMPARE(filter(view.get(), "segmentFilter")->text(), u"&Segment: SMB"_s);
    QVERIFY2(filter(view.get(), "renewalFilter")->text().startsWith(u"&Renewal: Within 200 day"_s),
             qPrintable(filter(view.get(), "renewalFilter")->text()));
    QVERIFY(filter(view.get(), "renewalFilter")->isActive());
    QCOMPARE(view->currentFilter().renewalWithinDays, 200);

    // Home's "not touched in 14 days" keeps its own window, and the toggle says so.
    AccountFilter stale;
    stale.notTouchedDays = 14;
    view->applyFilter(stale);
    auto *notTouched = view->findChild<QToolButton *>(u"notTouchedFilter"_s);
    QVERIFY(notTouched->isChecked());
    QVERIFY2(notTouched->text().contains(u"14"_s), qPrintable(notTouched->text()));
    QCOMPARE(view->currentFilter().notTouchedDays, 14);
    QVERIFY(view->searchField()->text().isEmpty());
    QVERIFY(!filter(view.get(), "segmentFilter")->isActive());
}

void TestAccountsView::scopeFollowsTheWorkspace()
{
    auto view = makeView();
    QCOMPARE(view->model()->totalCount(), 6);
    m_workspace->setUser(u"U3"_s, u"Bob Chen"_s);
    m_workspace->setScope(Workspace::Scope::MyBook);
    QCOMPARE(accountIds(view->model()), (QStringList { u"A4"_s, u"A5"_s }));
    QCOMPARE(view->currentFilter().scope, Workspace::Scope::MyBook);
    m_workspace->setScope(Workspace::Scope::All);
    QCOMPARE(view->model()->totalCount(), 6);
    view->setScope(Workspace::Scope::MyTeam, u"U1"_s);
    QCOMPARE(accountIds(view->model()), (QStringList { u"A1"_s, u"A2"_s, u"A6"_s, u"A3"_s }));
}

void TestAccountsView::columnChooserHidesAndShows()
{
    auto view = makeView();
    QHeaderView *header = view->table()->horizontalHeader();
    QCOMPARE(view->visibleColumns(), AccountsView::defaultColumns());
    QVERIFY(header->isSectionHidden(AccountListModel::Industry));
    QVERIFY(header->sectionsMovable());

    chooseColumn(view.get(), u"industry"_s);
    QVERIFY(!header->isSectionHidden(AccountListModel::Industry));
    QVERIFY(header->sectionSize(AccountListModel::Industry) > 20);
    QCOMPARE(view->visibleColumns().constLast(), u"industry"_s);

    chooseColumn(view.get(), u"crmId"_s);
    QVERIFY(header->isSectionHidden(AccountListModel::CrmId));
    QVERIFY(!view->visibleColumns().contains(u"crmId"_s));

    // Name cannot be hidden: its entry is there but disabled.
    bool nameDisabled = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        const QAction *name = menu->findChild<QAction *>(u"name"_s);
        nameDisabled = name && !name->isEnabled() && name->isChecked();
        QCOMPARE(menu->findChildren<QAction *>().size() >= AccountListModel::ColumnCount, true);
        menu->close();
    });
    Q_EMIT header->customContextMenuRequested(QPoint(20, 10));
    QVERIFY(nameDisabled);

    // Columns move; the order is what visibleColumns() reports.
    header->moveSection(header->visualIndex(AccountListModel::Status), 1);
    QCOMPARE(view->visibleColumns().at(1), u"status"_s);

    chooseColumn(view.get(), u"resetColumns"_s);
    QCOMPARE(view->visibleColumns(), AccountsView::defaultColumns());

    // The same chooser in the Views menu, for the keyboard.
    QMenu *viewsMenu = view->findChild<QToolButton *>(u"viewsButton"_s)->menu();
    Q_EMIT viewsMenu->aboutToShow();
    auto *columnsMenu = viewsMenu->findChild<QMenu *>(u"columnsMenu"_s);
    QVERIFY(columnsMenu);
    QAction *region = columnsMenu->findChild<QAction *>(u"region"_s);
    QVERIFY(region && !region->isChecked());
    region->trigger();
    QVERIFY(!header->isSectionHidden(AccountListModel::Region));
    Q_EMIT viewsMenu->aboutToShow(); // rebuilt, not piled up
    QCOMPARE(viewsMenu->findChildren<QMenu *>(u"columnsMenu"_s).size(), 1);
    QVERIFY(viewsMenu->findChild<QMenu *>(u"columnsMenu"_s)->findChild<QAction *>(u"region"_s)->isChecked());

    view->setVisibleColumns({ u"arr"_s, u"owner"_s });
    QCOMPARE(view->visibleColumns(), (QStringList { u"name"_s, u"arr"_s, u"owner"_s }));
}

void TestAccountsView::columnsAndSortSurviveARestart()
{
    {
        auto view = makeView();
        view->setVisibleColumns({ u"name"_s, u"arr"_s, u"team"_s, u"crmId"_s });
        view->table()->setColumnWidth(AccountListModel::Team, 211);
        view->table()->sortByColumn(AccountListModel::Arr, Qt::DescendingOrder);
        QVERIFY(pick(filter(view.get(), "segmentFilter"), u"Mid-market"_s));
        QSettings settings;
        view->saveState(settings);
    }
    auto view = makeView();
    QSettings settings;
    view->restoreState(settings);
    QCOMPARE(view->visibleColumns(), (QStringList { u"name"_s, u"arr"_s, u"team"_s, u"crmId"_s }));
    QCOMPARE(view->table()->horizontalHeader()->sectionSize(AccountListModel::Team), 211);
    QCOMPARE(view->model()->sortColumn(), int(AccountListModel::Arr));
    QCOMPARE(view->model()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(view->table()->horizontalHeader()->sortIndicatorSection(), int(AccountListModel::Arr));
    QCOMPARE(accountIds(view->model()), (QStringList { u"A2"_s, u"A6"_s }));
    QVERIFY(filter(view.get(), "segmentFilter")->isActive());
}

void TestAccountsView::savedViewRoundTrip()
{
    auto view = makeView();
    auto *viewsButton = view->findChild<QToolButton *>(u"viewsButton"_s);
    QCOMPARE(view->currentViewName(), u"All accounts"_s);
    QCOMPARE(viewsButton->text(), u"Vie&w: All accounts"_s);

    QVERIFY(pick(filter(view.get(), "segmentFilter"), u"Enterprise"_s));
    view->table()->sortByColumn(AccountListModel::Arr, Qt::DescendingOrder);
    view->setVisibleColumns({ u"name"_s, u"arr"_s, u"owner"_s });
    QCOMPARE(view->currentViewName(), QString());
    QCOMPARE(viewsButton->text(), u"Vie&w: custom"_s);

    // Save view… asks for a name in a dialog.
    Q_EMIT viewsButton->menu()->aboutToShow();
    QAction *save = viewsButton->menu()->findChild<QAction *>(u"saveView"_s);
    QVERIFY(save);
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = dialog->objectName() == "viewNameDialog"_L1;
        dialog->setTextValue(u"Big & enterprise"_s);
        dialog->accept();
    });
    save->trigger();
    QVERIFY(asked);
    QCOMPARE(view->currentViewName(), u"Big & enterprise"_s);
    QCOMPARE(viewsButton->text(), u"Vie&w: Big && enterprise"_s);

    // Change everything, then apply the view: filters, sort and columns come back.
    view->findChild<QPushButton *>(u"clearFilters"_s)->click();
    view->table()->sortByColumn(AccountListModel::Name, Qt::AscendingOrder);
    view->setVisibleColumns(AccountsView::defaultColumns());
    QCOMPARE(view->currentViewName(), u"All accounts"_s);
    QVERIFY(view->applyView(u"Big & enterprise"_s));
    QCOMPARE(accountIds(view->model()), (QStringList { u"A3"_s, u"A1"_s }));
    QCOMPARE(view->visibleColumns(), (QStringList { u"name"_s, u"arr"_s, u"owner"_s }));
    QCOMPARE(view->model()->sortColumn(), int(AccountListModel::Arr));
    QCOMPARE(view->model()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(view->currentFilter().segments, QStringList { u"enterprise"_s });

    // Saved at once, so another window (or the next start) has it.
    {
        auto other = std::make_unique<AccountsView>(*m_db, *m_workspace);
        QCOMPARE(other->savedViews().size(), 1);
        QCOMPARE(other->savedViews().constFirst().name, u"Big & enterprise"_s);
        QCOMPARE(other->savedViews().constFirst().columns, (QStringList { u"name"_s, u"arr"_s, u"owner"_s }));
    }

    // Built-in names are taken; rename and delete work on the user's views.
    QVERIFY(!view->saveView(u"All accounts"_s));
    QVERIFY(view->renameView(u"Big & enterprise"_s, u"Whales"_s));
    QCOMPARE(view->currentViewName(), u"Whales"_s);
    Q_EMIT viewsButton->menu()->aboutToShow();
    QAction *remove = viewsButton->menu()->findChild<QAction *>(u"deleteView"_s);
    QVERIFY(remove && remove->isEnabled());
    remove->trigger(); // confirmed through MessageBoxes
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(m_messages.constFirst().text.contains(u"Whales"_s));
    QVERIFY(view->savedViews().isEmpty());
    QCOMPARE(QSettings().value(u"AccountsView/savedViews"_s).toList().size(), 0);
}

void TestAccountsView::builtInViews()
{
    auto view = makeView();
    QStringList names;
    for (const AccountsView::View &v : view->builtInViews())
        names << v.name;
    QCOMPARE(names,
             (QStringList { u"All accounts"_s, u"Renewals in 90 days"_s, u"Not touched in 30 days"_s }));
    QVERIFY(view->applyView(u"Renewals in 90 days"_s));
    QCOMPARE(accountIds(view->model()), (QStringList { u"A1"_s, u"A2"_s }));
    QCOMPARE(view->model()->sortColumn(), int(AccountListModel::RenewalDate));
    QVERIFY(filter(view.get(), "renewalFilter")->isActive());
    QVERIFY(view->applyView(u"Not touched in 30 days"_s));
    QCOMPARE(view->model()->totalCount(), 4);
    QVERIFY(view->findChild<QToolButton *>(u"notTouchedFilter"_s)->isChecked());
    QVERIFY(!filter(view.get(), "renewalFilter")->isActive());
    QVERIFY(view->applyView(u"All accounts"_s));
    QCOMPARE(view->model()->totalCount(), 6);
}

void TestAccountsView::exportWritesTheCurrentView()
{
    auto view = makeView();
    QVERIFY(pick(filter(view.get(), "segmentFilter"), u"Enterprise"_s));
    view->table()->sortByColumn(AccountListModel::Arr, Qt::DescendingOrder);
    view->setVisibleColumns({ u"name"_s, u"arr"_s, u"owner"_s });
    view->table()->horizontalHeader()->moveSection(
        view->table()->horizontalHeader()->visualIndex(AccountListModel::Owner), 1);

    QAction *exportAction = view->exportAction();
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(exportAction->isEnabled());
    QSignalSpy finished(view.get(), &AccountsView::exportFinished);
    m_saveAnswer = m_dir->filePath(u"enterprise.csv"_s);
    exportAction->trigger();
    QCOMPARE(m_fileRequests.size(), 1);
    QCOMPARE(m_fileRequests.constFirst().kind, FileDialogs::Kind::SaveFile);
    QVERIFY(m_fileRequests.constFirst().filter.contains(u"*.xlsx"_s));
    QVERIFY(m_fileRequests.constFirst().filter.contains(u"*.csv"_s));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.constFirst().at(1).toBool(), true);
    QFile file(m_saveAnswer);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("\xEF\xBB\xBFName,Owner,ARR,Currency\r\n"
                        "华为科技,王小明,500000,USD\r\n"
                        "Acme Corp,Alice Martin,250000,USD\r\n"));
    auto *banner = view->findChild<QLabel *>(u"exportResult"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"enterprise.csv"_s), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(u"Show in folder"_s));
    QVERIFY(m_messages.isEmpty());

    // A name without a suffix gets the chosen format's (Excel first).
    m_saveAnswer = m_dir->filePath(u"book"_s);
    exportAction->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(finished.at(1).at(0).toString(), m_dir->filePath(u"book.xlsx"_s));
    QVERIFY(QFile(m_dir->filePath(u"book.xlsx"_s)).size() > 1000);

    // Cancelling the file dialog exports nothing.
    m_saveAnswer.clear();
    exportAction->trigger();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 2);
}

void TestAccountsView::exportFailureIsReported()
{
    auto view = makeView();
    QSignalSpy finished(view.get(), &AccountsView::exportFinished);
    m_saveAnswer = m_dir->filePath(u"missing/folder/out.csv"_s);
    view->exportAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.constFirst().at(1).toBool(), false);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.constFirst().icon, QMessageBox::Critical);
    QVERIFY2(m_messages.constFirst().informativeText.contains(u"out.csv"_s),
             qPrintable(m_messages.constFirst().informativeText));
    QVERIFY(!QFile::exists(m_saveAnswer));
    QVERIFY(view->exportAction()->isEnabled()); // ready for another try
}

void TestAccountsView::enterAndDoubleClickActivate()
{
    auto view = makeView();
    QSignalSpy activated(view.get(), &AccountsView::accountActivated);
    QTableView *table = view->table();
    table->setFocus();
    table->setCurrentIndex(view->model()->index(1, AccountListModel::Name));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().at(0).toString(), u"A2"_s); // Globex, second by name
    QTest::keyClick(table, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(activated.size(), 2);

    const QRect cell = table->visualRect(view->model()->index(0, AccountListModel::Name));
    // QTest's double click needs the press of a first click before it.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.size(), 3);
    QCOMPARE(activated.at(2).at(0).toString(), u"A1"_s);
}

void TestAccountsView::keyboard()
{
    auto view = makeView();
    QApplication::setActiveWindow(view.get());
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    QLineEdit *search = view->searchField();
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClicks(search, u"acme"_s);
    QTRY_COMPARE(view->model()->totalCount(), 1);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(view->model()->totalCount(), 6);

    // Down goes from the search to the list, Enter opens the account.
    QSignalSpy activated(view.get(), &AccountsView::accountActivated);
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(view->table()->hasFocus());
    QTest::keyClick(view->table(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().at(0).toString(), u"A1"_s);

    // Tab walks the controls: search, then the filter bar, then the list.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Tab);
    QTRY_VERIFY(filter(view.get(), "ownerFilter")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(filter(view.get(), "teamFilter")->hasFocus());

    // Every filter has a mnemonic.
    for (const char *name : { "ownerFilter", "teamFilter", "segmentFilter", "lifecycleFilter",
                              "renewalFilter", "archivedFilter" })
        QVERIFY2(filter(view.get(), name)->text().contains(u'&'), name);
    QVERIFY(view->findChild<QToolButton *>(u"notTouchedFilter"_s)->text().contains(u'&'));
    QVERIFY(view->findChild<QPushButton *>(u"clearFilters"_s)->text().contains(u'&'));
    QVERIFY(view->findChild<QPushButton *>(u"exportButton"_s)->text().contains(u'&'));
}

QTEST_MAIN(TestAccountsView)
#include "tst_accountsview.moc"
