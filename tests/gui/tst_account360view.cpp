#include "TestSupport.h"
#include "account/CrmFormat.h"
#include "account360/Account360View.h"
#include "account360/NoteEditor.h"
#include "account360/SentimentControl.h"
#include "account360/UsagePanel.h"
#include "common/EmptyStateWidget.h"
#include "common/Theme.h"
#include "demo/DemoExportWriter.h"
#include "itemmodels/TaskListModel.h"
#include "itemmodels/TimelineModel.h"
#include "store/Database.h"
#include "work/LocalWork.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

// Sentinel accounts the test adds beside the demo book.
const QString bareAccountId = u"BARE-0001"_s;
const QString childAccountId = u"CHILD-0001"_s;

} // namespace

class TestAccount360View : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void headerShowsNameAndCommercialFacts();
    void overviewListsContactsTasksAndNps();
    void typedNoteIsSavedAfterThePause();
    void noteIsSavedOnFocusOutAndClose();
    void clickedLocalNoteOpensForEditing();
    void sentimentIsSavedAsClickedAndTyped();
    void timelineFiltersByType();
    void usageChartsHavePoints();
    void accountWithoutDataShowsEmptyStates();
    void unknownAccountSaysSo();
    void tasksAreAddedAndTicked();
    void keyboardReachesTabsAndNoteEditor();
    void parentLinkAsksToOpenTheParent();
    void columnWidthsAndSplitterAreRestored();
    void reloadPicksUpNewData();
    void screenshots();

private:
    std::unique_ptr<Account360View> makeView(const QString &accountId);

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Workspace> m_workspace;
    QString m_accountId; // a busy demo account with every kind of data
};

void TestAccount360View::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestSupport::isolateSettings();
    QCoreApplication::setOrganizationName(u"Pitwall"_s);
    QCoreApplication::setApplicationName(u"Pitwall-tests"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Theme::apply(*qApp);

    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(TestSupport::buildDemoCache(
                 m_db, m_dir.path(),
                 { .accounts = 40, .seed = 360, .usageWeeks = 60, .asOf = QDate::currentDate() }, &error),
             qPrintable(error));

    // A live account with contacts, cases, NPS comments, opportunities and usage.
    m_accountId
        = scalar(m_db,
                 u"SELECT a.id FROM accounts a WHERE a.status != 'churned' AND a.licenses > 0"
                 " AND EXISTS (SELECT 1 FROM nps n WHERE n.account_id = a.id AND n.comment != '')"
                 " AND EXISTS (SELECT 1 FROM cases c WHERE c.account_id = a.id)"
                 " AND EXISTS (SELECT 1 FROM opportunities o WHERE o.account_id = a.id)"
                 " ORDER BY (SELECT COUNT(*) FROM activities t WHERE t.account_id = a.id) DESC LIMIT 1"_s)
              .toString();
    QVERIFY(!m_accountId.isEmpty());
    QVERIFY(m_db.exec(
        u"INSERT INTO accounts (id, name, owner_id, arr, currency) VALUES ('%1', 'Bare Account Ltd',"
        " NULL, NULL, NULL)"_s.arg(bareAccountId)));
    QVERIFY(m_db.exec(u"INSERT INTO accounts (id, name, parent_id) VALUES ('%1', 'Child Branch', '%2')"_s.arg(
        childAccountId, m_accountId)));
}

void TestAccount360View::init()
{
    QSettings().clear();
    m_workspace = std::make_unique<Workspace>();
    const QString owner
        = scalar(m_db, u"SELECT owner_id FROM accounts WHERE id = ?"_s, { m_accountId }).toString();
    m_workspace->setUser(owner, scalar(m_db, u"SELECT name FROM users WHERE id = ?"_s, { owner }).toString());
}

void TestAccount360View::cleanup()
{
    // Each test starts without local work on the showcase account.
    QVERIFY(m_db.exec(u"DELETE FROM notes"_s));
    QVERIFY(m_db.exec(u"DELETE FROM tasks"_s));
    QVERIFY(m_db.exec(u"DELETE FROM sentiment"_s));
    QVERIFY(m_db.exec(u"DELETE FROM change_journal"_s));
    m_workspace.reset();
}

std::unique_ptr<Account360View> TestAccount360View::makeView(const QString &accountId)
{
    auto view = std::make_unique<Account360View>(m_db, *m_workspace, accountId);
    view->resize(1280, 800);
    return view;
}

void TestAccount360View::headerShowsNameAndCommercialFacts()
{
    auto view = makeView(m_accountId);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name, arr, currency, renewal_date, segment, licenses FROM accounts WHERE id = ?"_s);
    q.addBindValue(m_accountId);
    QVERIFY(q.exec() && q.next());
    const QString name = q.value(0).toString();
    QVERIFY(view->accountFound());
    QCOMPARE(view->accountId(), m_accountId);
    QCOMPARE(view->title(), name);
    QCOMPARE(view->findChild<QLabel *>(u"accountName"_s)->text(), name);
    QCOMPARE(view->findChild<QLabel *>(u"arrTileValue"_s)->text(),
             CrmFormat::money(q.value(1).toDouble(), q.value(2).toString()));
    const QDate renewal = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    QCOMPARE(view->findChild<QLabel *>(u"renewalTileValue"_s)->text(), CrmFormat::date(renewal));
    const qint64 days = QDate::currentDate().daysTo(renewal);
    const QString detail = view->findChild<QLabel *>(u"renewalTileDetail"_s)->text();
    QVERIFY2(detail.contains(QString::number(qAbs(days))) || days == 0 || days == 1 || days == -1,
             qPrintable(detail));
    QCOMPARE(view->findChild<QLabel *>(u"segmentTileValue"_s)->text(),
             CrmFormat::codeLabel(q.value(4).toString()));
    // Licences in use of purchased, from the latest week of usage.
    const QString licences = view->findChild<QLabel *>(u"licencesTileValue"_s)->text();
    QVERIFY2(licences.endsWith(u" / "_s + QLocale().toString(q.value(5).toLongLong())), qPrintable(licences));
    QVERIFY(view->findChild<QLabel *>(u"accountSubtitle"_s)->text().contains(m_accountId));
}

void TestAccount360View::overviewListsContactsTasksAndNps()
{
    auto view = makeView(m_accountId);
    auto *contacts = view->findChild<QTableView *>(u"contactsTable"_s);
    const int expected
        = scalar(m_db, u"SELECT COUNT(*) FROM contacts WHERE account_id = ? AND archived = 0"_s,
                 { m_accountId })
              .toInt();
    QVERIFY(expected > 0);
    QCOMPARE(contacts->model()->rowCount(), expected);
    // Roles are words, not CRM codes.
    for (int r = 0; r < contacts->model()->rowCount(); ++r)
        QVERIFY(!contacts->model()->index(r, 2).data().toString().contains(u'_'));
    QVERIFY(view->findChild<QLabel *>(u"noOpenTasksLabel"_s));
    QVERIFY(!view->findChild<QLabel *>(u"noLatestNpsLabel"_s));
}

void TestAccount360View::typedNoteIsSavedAfterThePause()
{
    auto view = makeView(m_accountId);
    view->show();
    view->showTab(Account360View::TimelineTab);
    NoteEditor *editor = view->noteEditor();
    const QString text = u"Call with the CFO: budget for 50 more seats approved"_s;

    // The first keystroke creates the note.
    QTest::keyClicks(editor->textEdit(), u"C"_s);
    QVERIFY(!editor->noteId().isEmpty());
    const QString id = editor->noteId();
    QCOMPARE(scalar(m_db, u"SELECT body FROM notes WHERE id = ?"_s, { id }).toString(), u"C"_s);
    QCOMPARE(scalar(m_db, u"SELECT account_id FROM notes WHERE id = ?"_s, { id }).toString(), m_accountId);
    QCOMPARE(scalar(m_db, u"SELECT author FROM notes WHERE id = ?"_s, { id }).toString(),
             m_workspace->author());

    QTest::keyClicks(editor->textEdit(), text.mid(1));
    // Still typing: not yet written.
    QCOMPARE(scalar(m_db, u"SELECT body FROM notes WHERE id = ?"_s, { id }).toString(), u"C"_s);
    // After the pause, without leaving the editor.
    QTRY_COMPARE_WITH_TIMEOUT(scalar(m_db, u"SELECT body FROM notes WHERE id = ?"_s, { id }).toString(), text,
                              2000);
    QCOMPARE(scalar(m_db, u"SELECT deleted FROM notes WHERE id = ?"_s, { id }).toInt(), 0);
    QVERIFY(
        scalar(m_db, u"SELECT COUNT(*) FROM change_journal WHERE entity = 'note' AND entity_id = ?"_s, { id })
            .toInt()
        >= 1);
    QCOMPARE(
        scalar(
            m_db,
            u"SELECT author FROM change_journal WHERE entity = 'note' AND entity_id = ? ORDER BY seq DESC"_s,
            { id })
            .toString(),
        m_workspace->author());
    QVERIFY(editor->statusText().startsWith(u"Saved"_s));

    // The timeline shows it first, with the whole text.
    TimelineModel *timeline = view->timelineModel();
    QCOMPARE(timeline->index(0, 0).data(TimelineModel::NoteIdRole).toString(), id);
    QCOMPARE(timeline->index(0, 0).data(TimelineModel::BodyRole).toString(), text);
    QVERIFY(timeline->index(0, 0).data(TimelineModel::IsLocalNoteRole).toBool());
    QVERIFY(!timeline->index(1, 0).data(TimelineModel::IsLocalNoteRole).toBool());

    // Ctrl+N's action starts a second note; the first stays.
    view->newNote();
    QVERIFY(editor->noteId().isEmpty());
    QVERIFY(editor->textEdit()->toPlainText().isEmpty());
    QTest::keyClicks(editor->textEdit(), u"Second"_s);
    QCOMPARE(
        scalar(m_db, u"SELECT COUNT(*) FROM notes WHERE account_id = ? AND deleted = 0"_s, { m_accountId })
            .toInt(),
        2);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->index(0, 0).data(Qt::DisplayRole).toString(), u"Second"_s, 2000);
    QCOMPARE(timeline->index(1, 0).data(TimelineModel::NoteIdRole).toString(), id);
}

void TestAccount360View::noteIsSavedOnFocusOutAndClose()
{
    auto view = makeView(m_accountId);
    view->show();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    view->showTab(Account360View::TimelineTab);
    NoteEditor *editor = view->noteEditor();
    editor->focusEditor();
    QTRY_VERIFY(editor->textEdit()->hasFocus());
    QTest::keyClicks(editor->textEdit(), u"Left the editor"_s);
    const QString first = editor->noteId();
    // Moving the focus writes at once, without waiting for the pause.
    view->findChild<QLineEdit *>(u"sentimentComment"_s)->setFocus();
    QTRY_VERIFY(!editor->textEdit()->hasFocus());
    QCOMPARE(scalar(m_db, u"SELECT body FROM notes WHERE id = ?"_s, { first }).toString(),
             u"Left the editor"_s);

    // Closing the view right after typing loses nothing.
    view->newNote();
    QTest::keyClicks(editor->textEdit(), u"Closed at once"_s);
    const QString second = editor->noteId();
    QVERIFY(!second.isEmpty());
    view.reset();
    QCOMPARE(scalar(m_db, u"SELECT body FROM notes WHERE id = ?"_s, { second }).toString(),
             u"Closed at once"_s);
}

void TestAccount360View::clickedLocalNoteOpensForEditing()
{
    LocalWork work(m_db, u"someone"_s);
    const QString id = work.addNote(m_accountId, u"Existing note"_s);
    QVERIFY(!id.isEmpty());
    auto view = makeView(m_accountId);
    view->show();
    view->showTab(Account360View::TimelineTab);
    QListView *list = view->timelineView();
    const int row = view->timelineModel()->rowOfNote(id);
    QCOMPARE(row, 0);
    const QRect rect = list->visualRect(list->model()->index(row, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    NoteEditor *editor = view->noteEditor();
    QCOMPARE(editor->noteId(), id);
    QCOMPARE(editor->textEdit()->toPlainText(), u"Existing note"_s);
    editor->textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor->textEdit(), u", edited"_s);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(m_db, u"SELECT body FROM notes WHERE id = ?"_s, { id }).toString(),
                              u"Existing note, edited"_s, 2000);
    QCOMPARE(scalar(m_db, u"SELECT COUNT(*) FROM notes"_s).toInt(), 1);
    QCOMPARE(view->timelineModel()->index(0, 0).data(TimelineModel::BodyRole).toString(),
             u"Existing note, edited"_s);

    // A note emptied and left is discarded, and leaves the timeline.
    editor->textEdit()->selectAll();
    QTest::keyClick(editor->textEdit(), Qt::Key_Delete);
    view->newNote();
    QCOMPARE(scalar(m_db, u"SELECT deleted FROM notes WHERE id = ?"_s, { id }).toInt(), 1);
    QCOMPARE(view->timelineModel()->rowOfNote(id), -1);
}

void TestAccount360View::sentimentIsSavedAsClickedAndTyped()
{
    auto view = makeView(m_accountId);
    view->show();
    SentimentControl *sentiment = view->sentimentControl();
    QCOMPARE(sentiment->level(), LocalWork::Sentiment::None);
    QTest::mouseClick(sentiment->button(LocalWork::Sentiment::Red), Qt::LeftButton);
    QCOMPARE(scalar(m_db, u"SELECT level FROM sentiment WHERE account_id = ?"_s, { m_accountId }).toString(),
             u"red"_s);
    QVERIFY(scalar(m_db,
                   u"SELECT COUNT(*) FROM change_journal WHERE entity = 'sentiment' AND account_id = ?"_s,
                   { m_accountId })
                .toInt()
            >= 1);
    QTest::keyClicks(sentiment->commentField(), u"Champion left"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(m_db, u"SELECT comment FROM sentiment WHERE account_id = ?"_s, { m_accountId }).toString(),
        u"Champion left"_s, 2000);
    QTest::mouseClick(sentiment->button(LocalWork::Sentiment::Yellow), Qt::LeftButton);
    QCOMPARE(scalar(m_db, u"SELECT level FROM sentiment WHERE account_id = ?"_s, { m_accountId }).toString(),
             u"yellow"_s);
    QCOMPARE(
        scalar(m_db, u"SELECT comment FROM sentiment WHERE account_id = ?"_s, { m_accountId }).toString(),
        u"Champion left"_s);

    // Another view of the same account shows what was saved.
    auto second = makeView(m_accountId);
    QCOMPARE(second->sentimentControl()->level(), LocalWork::Sentiment::Yellow);
    QVERIFY(second->sentimentControl()->button(LocalWork::Sentiment::Yellow)->isChecked());
    QCOMPARE(second->sentimentControl()->comment(), u"Champion left"_s);
}

void TestAccount360View::timelineFiltersByType()
{
    auto view = makeView(m_accountId);
    view->show();
    view->showTab(Account360View::TimelineTab);
    TimelineModel *timeline = view->timelineModel();
    const int all = timeline->totalCount();
    QVERIFY(all > 0);
    const int calls = scalar(m_db,
                             u"SELECT COUNT(*) FROM activities WHERE account_id = ? AND archived = 0"
                             " AND lower(type) = 'call'"_s,
                             { m_accountId })
                          .toInt();
    QVERIFY(calls > 0);
    auto *callChip = view->findChild<QAbstractButton *>(u"timelineFilter_call"_s);
    QVERIFY(callChip->isVisible());
    QTest::mouseClick(callChip, Qt::LeftButton);
    QCOMPARE(timeline->totalCount(), calls);
    for (int r = 0; r < timeline->rowCount(); ++r)
        QCOMPARE(timeline->index(r, 0).data(TimelineModel::TypeRole).toString(), u"call"_s);
    auto *allChip = view->findChild<QAbstractButton *>(u"timelineFilter_all"_s);
    QVERIFY(!allChip->isChecked());
    QTest::mouseClick(allChip, Qt::LeftButton);
    QCOMPARE(timeline->totalCount(), all);
    QVERIFY(!callChip->isChecked());

    // Notes only, with none written: the filtered empty state offers to show all.
    QTest::mouseClick(view->findChild<QAbstractButton *>(u"timelineFilter_note"_s), Qt::LeftButton);
    QCOMPARE(timeline->totalCount(), 0);
    auto *empty = view->findChild<EmptyStateWidget *>(u"noTimelineState"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), u"Nothing of these types"_s);
}

void TestAccount360View::usageChartsHavePoints()
{
    auto view = makeView(m_accountId);
    view->show();
    view->showTab(Account360View::UsageTab);
    UsagePanel *usage = view->usagePanel();
    QVERIFY(usage->hasUsage());
    QCOMPARE(usage->metrics().size(), 3);

    auto linePoints = [](QChart *chart, const QString &name) {
        for (QAbstractSeries *series : chart->series()) {
            if (series->name() == name)
                return qobject_cast<QLineSeries *>(series)->count();
        }
        return -1;
    };
    // 12 months of weekly points by default, with the purchased licences beside them.
    const int used = linePoints(usage->licencesChart(), u"Used"_s);
    QVERIFY2(used >= 50 && used <= 54, qPrintable(QString::number(used)));
    const qint64 licences
        = scalar(m_db, u"SELECT licenses FROM accounts WHERE id = ?"_s, { m_accountId }).toLongLong();
    QCOMPARE(linePoints(usage->licencesChart(), u"Purchased (%1)"_s.arg(QLocale().toString(licences))), 2);
    QVERIFY(linePoints(usage->activeUsersChart(), u"Active users"_s) >= 50);
    QCOMPARE(usage->metricChart()->series().size(), 1);
    QVERIFY(qobject_cast<QLineSeries *>(usage->metricChart()->series().constFirst())->count() >= 50);
    QCOMPARE(usage->metricPicker()->count(), 3);
    QCOMPARE(usage->metricPicker()->currentText(), u"Core feature adoption (%)"_s);

    // Another metric and a shorter period.
    usage->metricPicker()->setCurrentIndex(usage->metricPicker()->findText(u"Active users"_s));
    QCOMPARE(usage->metricChart()->series().constFirst()->name(), u"Active users"_s);
    usage->rangePicker()->setCurrentIndex(0); // 3 months
    const int shorter = linePoints(usage->licencesChart(), u"Used"_s);
    QVERIFY2(shorter >= 12 && shorter <= 15, qPrintable(QString::number(shorter)));
    QVERIFY(usage->latestUtilisation().has_value());
    QVERIFY(!view->findChild<EmptyStateWidget *>(u"noUsageState"_s)->isVisible());
}

void TestAccount360View::accountWithoutDataShowsEmptyStates()
{
    auto view = makeView(bareAccountId);
    view->show();
    QVERIFY(view->accountFound());
    QCOMPARE(view->title(), u"Bare Account Ltd"_s);
    QCOMPARE(view->findChild<QLabel *>(u"arrTileValue"_s)->text(), u"—"_s);
    QVERIFY(view->findChild<QLabel *>(u"noContactsLabel"_s)->isVisible());
    QVERIFY(view->findChild<QLabel *>(u"noOpenTasksLabel"_s)->isVisible());
    QVERIFY(view->findChild<QLabel *>(u"noLatestNpsLabel"_s)->isVisible());

    const struct
    {
        Account360View::Tab tab;
        const char *state;
    } tabs[] = {
        { Account360View::HealthTab, "noHealthState" },
        { Account360View::TimelineTab, "noTimelineState" },
        { Account360View::UsageTab, "noUsageState" },
        { Account360View::TasksTab, "noTasksState" },
        { Account360View::CasesTab, "noCasesState" },
        { Account360View::NpsTab, "noNpsState" },
        { Account360View::OpportunitiesTab, "noOpportunitiesState" },
    };
    for (const auto &t : tabs) {
        view->showTab(t.tab);
        auto *empty = view->findChild<EmptyStateWidget *>(QString::fromLatin1(t.state));
        QVERIFY2(empty, t.state);
        QVERIFY2(empty->isVisible(), t.state);
        QVERIFY2(!empty->title().isEmpty(), t.state);
    }
    QCOMPARE(view->findChild<EmptyStateWidget *>(u"noTimelineState"_s)->title(), u"No activity yet"_s);
    QVERIFY(!view->usagePanel()->hasUsage());

    // The note editor works on an empty account too, and the empty state gives way.
    view->showTab(Account360View::TimelineTab);
    QTest::keyClicks(view->noteEditor()->textEdit(), u"First contact"_s);
    QTRY_VERIFY(view->timelineView()->isVisible());
    QCOMPARE(view->timelineModel()->rowCount(), 1);
}

void TestAccount360View::unknownAccountSaysSo()
{
    auto view = makeView(u"NO-SUCH-ACCOUNT"_s);
    view->show();
    QVERIFY(!view->accountFound());
    QCOMPARE(view->title(), u"NO-SUCH-ACCOUNT"_s);
    auto *missing = view->findChild<EmptyStateWidget *>(u"accountMissingState"_s);
    QVERIFY(missing->isVisible());
    QVERIFY2(missing->text().contains(u"NO-SUCH-ACCOUNT"_s), qPrintable(missing->text()));
    view->newNote(); // no note on an account that is not there
    QCOMPARE(scalar(m_db, u"SELECT COUNT(*) FROM notes"_s).toInt(), 0);
}

void TestAccount360View::tasksAreAddedAndTicked()
{
    auto view = makeView(m_accountId);
    view->show();
    view->showTab(Account360View::TasksTab);
    QVERIFY(view->findChild<EmptyStateWidget *>(u"noTasksState"_s)->isVisible());
    QTest::keyClicks(view->taskTitleField(), u"Send the renewal quote"_s);
    view->taskDueField()->setDate(QDate::currentDate().addDays(3));
    QTest::keyClick(view->taskTitleField(), Qt::Key_Return);
    QCOMPARE(scalar(m_db, u"SELECT title FROM tasks WHERE account_id = ?"_s, { m_accountId }).toString(),
             u"Send the renewal quote"_s);
    QCOMPARE(scalar(m_db, u"SELECT due_date FROM tasks WHERE account_id = ?"_s, { m_accountId }).toString(),
             QDate::currentDate().addDays(3).toString(Qt::ISODate));
    QVERIFY(view->taskTitleField()->text().isEmpty());
    QCOMPARE(view->taskModel()->rowCount(), 1);
    QVERIFY(view->findChild<QTableView *>(u"tasksTable"_s)->isVisible());
    QCOMPARE(view->tabs()->tabText(Account360View::TasksTab), u"Tasks  1"_s);
    QVERIFY(!view->findChild<QLabel *>(u"noOpenTasksLabel"_s));

    // Ticking it done goes through the model, saved and journaled.
    TaskListModel *tasks = view->taskModel();
    QVERIFY(tasks->setData(tasks->index(0, TaskListModel::Done), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(scalar(m_db, u"SELECT done FROM tasks WHERE account_id = ?"_s, { m_accountId }).toInt(), 1);
    QVERIFY(scalar(m_db, u"SELECT COUNT(*) FROM change_journal WHERE entity = 'task'"_s).toInt() >= 2);
    QCOMPARE(view->tabs()->tabText(Account360View::TasksTab), u"Tasks"_s);
    QVERIFY(view->findChild<QLabel *>(u"noOpenTasksLabel"_s));
}

void TestAccount360View::keyboardReachesTabsAndNoteEditor()
{
    auto view = makeView(m_accountId);
    view->show();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    // Shown, the view takes the focus, so its shortcuts work at once.
    QTRY_VERIFY(view->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::UsageTab));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::TasksTab));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::TimelineTab));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::OpportunitiesTab));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(view->tabs()->currentIndex(), int(Account360View::TimelineTab));
    QTRY_VERIFY(view->noteEditor()->textEdit()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"Typed after Ctrl+N"_s);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(m_db, u"SELECT body FROM notes WHERE account_id = ?"_s, { m_accountId }),
                              QVariant(u"Typed after Ctrl+N"_s), 2000);
}

void TestAccount360View::parentLinkAsksToOpenTheParent()
{
    auto view = makeView(childAccountId);
    QSignalSpy spy(view.get(), &Account360View::accountLinkActivated);
    auto *subtitle = view->findChild<QLabel *>(u"accountSubtitle"_s);
    const QString parentName
        = scalar(m_db, u"SELECT name FROM accounts WHERE id = ?"_s, { m_accountId }).toString();
    QVERIFY2(subtitle->text().contains(parentName.toHtmlEscaped()), qPrintable(subtitle->text()));
    QVERIFY(subtitle->text().contains(u"account:"_s + m_accountId));
    Q_EMIT subtitle->linkActivated(u"account:"_s + m_accountId);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), m_accountId);
}

void TestAccount360View::columnWidthsAndSplitterAreRestored()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"state.ini"_s), QSettings::IniFormat);
    {
        auto view = makeView(m_accountId);
        view->show();
        view->showTab(Account360View::CasesTab);
        view->findChild<QTableView *>(u"casesTable"_s)->setColumnWidth(1, 333);
        view->findChild<QSplitter *>(u"overviewSplitter"_s)->setSizes({ 700, 500 });
        view->usagePanel()->rangePicker()->setCurrentIndex(3);
        view->saveState(settings);
    }
    auto view = makeView(m_accountId);
    view->restoreState(settings);
    view->show();
    QCOMPARE(view->findChild<QTableView *>(u"casesTable"_s)->columnWidth(1), 333);
    QCOMPARE(view->usagePanel()->rangePicker()->currentIndex(), 3);
    const QList<int> sizes = view->findChild<QSplitter *>(u"overviewSplitter"_s)->sizes();
    QCOMPARE(sizes.size(), 2);
    QVERIFY2(sizes.at(0) > sizes.at(1), qPrintable(u"%1 %2"_s.arg(sizes.at(0)).arg(sizes.at(1))));
}

void TestAccount360View::reloadPicksUpNewData()
{
    auto view = makeView(bareAccountId);
    QSignalSpy titles(view.get(), &Account360View::titleChanged);
    QVERIFY(m_db.exec(
        u"UPDATE accounts SET name = 'Bare Account Group', arr = 1200, currency = 'EUR' WHERE id = '%1'"_s
            .arg(bareAccountId)));
    QVERIFY(m_db.exec(
        u"INSERT INTO cases (id, account_id, number, subject, status, priority, opened_at)"
        " VALUES ('CASE-BARE', '%1', '99', 'Cannot log in', 'New', 'urgent', '2025-01-01T10:00:00Z')"_s.arg(
            bareAccountId)));
    view->reload();
    QCOMPARE(titles.size(), 1);
    QCOMPARE(titles.at(0).at(0).toString(), u"Bare Account Group"_s);
    QCOMPARE(view->findChild<QLabel *>(u"arrTileValue"_s)->text(), u"€1,200"_s);
    QCOMPARE(view->findChild<QLabel *>(u"casesTileValue"_s)->text(), u"1"_s);
    QCOMPARE(view->findChild<QTableView *>(u"casesTable"_s)->model()->rowCount(), 1);
    QVERIFY(m_db.exec(u"DELETE FROM cases WHERE id = 'CASE-BARE'"_s));
    QVERIFY(m_db.exec(
        u"UPDATE accounts SET name = 'Bare Account Ltd', arr = NULL, currency = NULL WHERE id = '%1'"_s.arg(
            bareAccountId)));
}

void TestAccount360View::screenshots()
{
    // PITWALL_SCREENSHOT_DIR=/tmp saves a360-en.png (and one per tab) for the README.
    const QString dir = qEnvironmentVariable("PITWALL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set PITWALL_SCREENSHOT_DIR to save screenshots");
    LocalWork work(m_db, m_workspace->author());
    QVERIFY(!work.addNote(m_accountId,
                          u"QBR prep: usage is up 12% since onboarding. Ask the champion about the "
                          u"analytics add-on before the renewal call."_s)
                 .isEmpty());
    QVERIFY(
        !work.addTask(m_accountId, u"Send the renewal quote"_s, QDate::currentDate().addDays(2)).isEmpty());
    QVERIFY(!work.addTask(m_accountId, u"Book the QBR with the executive sponsor"_s,
                          QDate::currentDate().addDays(-1))
                 .isEmpty());
    QVERIFY(work.setSentiment(m_accountId, LocalWork::Sentiment::Yellow, u"Budget review in Q3"_s));
    auto view = makeView(m_accountId);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    const QStringList names = { u"overview"_s, u"health"_s, u"timeline"_s, u"usage"_s,
                                u"tasks"_s,    u"cases"_s,  u"nps"_s,      u"opportunities"_s };
    for (int tab = 0; tab < names.size(); ++tab) {
        view->showTab(tab);
        QTest::qWait(50);
        const QPixmap shot = view->grab();
        QVERIFY(shot.save(dir + u"/a360-en-"_s + names.at(tab) + u".png"_s));
        if (tab == 0)
            QVERIFY(shot.save(dir + u"/a360-en.png"_s));
    }
    // A Chinese customer: CJK names in the header, contacts and timeline.
    const QString chinese = scalar(m_db,
                                   u"SELECT id FROM accounts WHERE country IN ('CN', 'TW', 'HK')"
                                   " AND EXISTS (SELECT 1 FROM activities t WHERE t.account_id = accounts.id)"
                                   " ORDER BY arr DESC LIMIT 1"_s)
                                .toString();
    if (!chinese.isEmpty()) {
        auto cjk = makeView(chinese);
        cjk->show();
        QTest::qWait(50);
        QVERIFY(cjk->grab().save(dir + u"/a360-en-cjk.png"_s));
        cjk->showTab(Account360View::TimelineTab);
        QTest::qWait(50);
        QVERIFY(cjk->grab().save(dir + u"/a360-en-cjk-timeline.png"_s));
    }
    // An account with nothing but a name.
    auto bare = makeView(bareAccountId);
    bare->show();
    bare->showTab(Account360View::UsageTab);
    QTest::qWait(50);
    QVERIFY(bare->grab().save(dir + u"/a360-en-empty-usage.png"_s));
    bare->showTab(Account360View::OverviewTab);
    QTest::qWait(50);
    QVERIFY(bare->grab().save(dir + u"/a360-en-empty.png"_s));
}

QTEST_MAIN(TestAccount360View)
#include "tst_account360view.moc"
