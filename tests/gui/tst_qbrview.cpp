// The QBR builder on the demo company's cache, offscreen: the empty states, picking an
// account (typed, from the suggestions) and a quarter fills the editor; typing saves the
// draft after the debounce and at once when the view goes; placeholders fill as typed;
// sections toggled (check box, Space) and moved (Alt+Up/Down) reach the saved document;
// KPI, goal and commitment tables; the preview lays out the deck on a worker, follows an
// edit and brings the selected section into view; "Start from last quarter"; "Mark
// delivered" makes the tasks; PDF and HTML exports (Ctrl+E, Ctrl+Shift+E) through the
// FileDialogs seam, a cancelled one leaving no file; an account with no data says so;
// the deck settings.
// PITWALL_QBR_SCREENSHOT=/tmp/qbrview.png [PITWALL_QBR_LOCALE=zh_CN] saves a screenshot.
#include "TestSupport.h"
#include "common/EmptyStateWidget.h"
#include "common/FileDialogs.h"
#include "common/Localization.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "demo/DemoExportWriter.h"
#include "qbr/QbrDeckSettingsDialog.h"
#include "qbr/QbrPreview.h"
#include "qbr/QbrSectionEditor.h"
#include "qbr/QbrSectionModel.h"
#include "qbr/QbrStore.h"
#include "qbr/QbrTableEditor.h"
#include "qbr/QbrView.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString bareAccountId = u"BARE-0001"_s;

QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning().noquote() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

} // namespace

class TestQbrView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyCacheOffersImportAndDemo();
    void noAccountChosenAsksForOne();
    void typingAnAccountNameAndEnterPicksIt();
    void suggestionsPickAnAccount();
    void pickingAccountAndQuarterFillsTheEditor();
    void typingSavesTheDraft();
    void destroyingTheViewSavesAtOnce();
    void placeholdersFillAsTyped();
    void togglingAndMovingSectionsChangesTheSavedDocument();
    void kpiGoalAndCommitmentTables();
    void previewLaysOutFollowsEditsAndShowsTheSection();
    void startFromLastQuarterCarriesTheWordsForward();
    void markDeliveredMakesTasks();
    void exportPdfAndHtml();
    void cancelledExportLeavesNoFile();
    void accountWithoutDataSaysSo();
    void deckSettings();
    void reopensTheLastAccount();
    void switchingAndTypingOnALargeCache();
    void screenshot();

private:
    std::unique_ptr<QbrView> makeView(bool show = true);
    void pickAccount(QbrView &view, const QString &accountId);
    QPlainTextEdit *selectSection(QbrView &view, QbrSection section);
    std::optional<QbrDocument> stored(const QString &accountId, const QbrQuarter &quarter);
    QString pdfText(const QString &path);

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Workspace> m_workspace;
    QString m_accountId; // usage, cases and NPS in the last complete quarter
    QString m_accountName;
    QString m_ownerName;
    QbrQuarter m_quarter;
    QList<MessageBoxes::Request> m_boxes;
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;
    QList<FileDialogs::Request> m_dialogs;
    QString m_savePath;
};

void TestQbrView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestSupport::isolateSettings();
    QCoreApplication::setOrganizationName(u"Pitwall"_s);
    QCoreApplication::setApplicationName(u"Pitwall-tests"_s);
    if (const QString language = qEnvironmentVariable("PITWALL_QBR_LOCALE"); !language.isEmpty())
        Localization::install(*qApp, language);
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Theme::apply(*qApp);

    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(TestSupport::buildDemoCache(
                 m_db, m_dir.path(),
                 { .accounts = 40, .seed = 5, .usageWeeks = 40, .asOf = QDate::currentDate() }, &error),
             qPrintable(error));
    m_quarter = QbrView::defaultQuarter(QDate::currentDate());
    const QString from = m_quarter.firstDay().toString(Qt::ISODate);
    const QString to = m_quarter.lastDay().toString(Qt::ISODate);
    // The account with the most to show in the quarter: usage, cases and NPS.
    m_accountId
        = scalar(
              m_db,
              u"SELECT a.id FROM accounts a WHERE a.owner_id IS NOT NULL"
              " AND EXISTS (SELECT 1 FROM nps n WHERE n.account_id = a.id AND substr(n.responded_at, 1, 10)"
              "             BETWEEN ? AND ?)"
              " AND EXISTS (SELECT 1 FROM cases c WHERE c.account_id = a.id AND substr(c.opened_at, 1, 10)"
              "             BETWEEN ? AND ?)"
              " AND EXISTS (SELECT 1 FROM usage u WHERE u.account_pk = a.pk)"
              " ORDER BY a.name LIMIT 1"_s,
              { from, to, from, to })
              .toString();
    QVERIFY2(!m_accountId.isEmpty(), "no demo account with NPS and cases in the quarter");
    m_accountName = scalar(m_db, u"SELECT name FROM accounts WHERE id = ?"_s, { m_accountId }).toString();
    m_ownerName
        = scalar(m_db, u"SELECT u.name FROM accounts a JOIN users u ON u.id = a.owner_id WHERE a.id = ?"_s,
                 { m_accountId })
              .toString();
    QVERIFY(!m_ownerName.isEmpty());
    QVERIFY(
        m_db.exec(u"INSERT INTO accounts (id, name, owner_id) VALUES ('%1', 'Bare Account Ltd', NULL)"_s.arg(
            bareAccountId)));
}

void TestQbrView::init()
{
    QSettings().clear();
    m_workspace = std::make_unique<Workspace>(); // scope All: every account
    QVERIFY(m_db.exec(u"DELETE FROM qbr_documents"_s));
    QVERIFY(m_db.exec(u"DELETE FROM tasks WHERE source = 'qbr'"_s));
    m_boxes.clear();
    m_answer = QMessageBox::Yes;
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_boxes << request;
        return request.icon == QMessageBox::Question ? m_answer : QMessageBox::Ok;
    });
    m_dialogs.clear();
    m_savePath.clear();
    FileDialogs::setHandler([this](const FileDialogs::Request &request) {
        m_dialogs << request;
        return m_savePath;
    });
}

void TestQbrView::cleanup()
{
    MessageBoxes::setHandler({});
    FileDialogs::setHandler({});
    m_workspace.reset();
}

std::unique_ptr<QbrView> TestQbrView::makeView(bool show)
{
    auto view = std::make_unique<QbrView>(m_db, *m_workspace);
    view->resize(1280, 760);
    if (show) {
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("QBR view not exposed");
    }
    return view;
}

void TestQbrView::pickAccount(QbrView &view, const QString &accountId)
{
    QSignalSpy loaded(&view, &QbrView::documentLoaded);
    view.setAccount(accountId);
    QVERIFY(loaded.count() >= 1 || view.accountId() == accountId);
    QCOMPARE(view.accountId(), accountId);
}

QPlainTextEdit *TestQbrView::selectSection(QbrView &view, QbrSection section)
{
    QListView *list = view.sectionList();
    list->setCurrentIndex(view.sectionModel()->index(view.sectionModel()->rowOf(section)));
    QPlainTextEdit *edit = view.editor()->narrativeEdit(section);
    return edit && edit->isVisible() ? edit : nullptr;
}

std::optional<QbrDocument> TestQbrView::stored(const QString &accountId, const QbrQuarter &quarter)
{
    QbrStore store(m_db);
    return store.load(accountId, quarter);
}

QString TestQbrView::pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        return {};
    QProcess p;
    p.start(pdftotext, { u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// --- Tests ------------------------------------------------------------------------------

void TestQbrView::emptyCacheOffersImportAndDemo()
{
    QTemporaryDir dir;
    Database empty;
    QString error;
    QVERIFY2(empty.open(dir.filePath(u"empty.sqlite"_s), &error), qPrintable(error));
    QbrView view(empty, *m_workspace);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *noAccounts = view.findChild<EmptyStateWidget *>(u"qbrNoAccounts"_s);
    QVERIFY(noAccounts);
    QVERIFY(noAccounts->isVisible());
    QCOMPARE(noAccounts->title(), u"No accounts in the cache yet"_s);
    QVERIFY(!view.accountPicker()->isEnabled());
    QVERIFY(!view.exportPdfAction()->isEnabled());
    QVERIFY(!view.markDeliveredAction()->isEnabled());
    QSignalSpy import(&view, &QbrView::importRequested);
    QSignalSpy demo(&view, &QbrView::demoDataRequested);
    const QList<QPushButton *> buttons = noAccounts->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 2);
    for (QPushButton *b : buttons)
        b->click();
    QCOMPARE(import.count(), 1);
    QCOMPARE(demo.count(), 1);
}

void TestQbrView::noAccountChosenAsksForOne()
{
    auto view = makeView();
    QVERIFY(view->accountId().isEmpty());
    QVERIFY(view->emptyState()->isVisible());
    QCOMPARE(view->emptyState()->title(), u"Choose an account"_s);
    QVERIFY(!view->exportPdfAction()->isEnabled());
    QVERIFY(!view->exportHtmlAction()->isEnabled());
    QVERIFY(!view->startFromLastAction()->isEnabled());
    QVERIFY(!view->statusChip()->isVisible());
    // The quarter offered first is the last complete one.
    QCOMPARE(view->quarter(), QbrQuarter::containing(QDate::currentDate()).previous());
    QCOMPARE(view->quarterPicker()->currentData().toString(), m_quarter.toString());
    QCOMPARE(view->quarterPicker()->count(), QbrView::pastQuarters + 1);
    QVERIFY(view->quarterPicker()->itemText(0).endsWith(u"in progress"_s));
    // The empty state's button (and Ctrl+F) goes to the picker.
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    view->emptyState()->findChild<QPushButton *>()->click();
    QVERIFY(view->accountPicker()->hasFocus());
}

void TestQbrView::typingAnAccountNameAndEnterPicksIt()
{
    auto view = makeView();
    QLineEdit *picker = view->accountPicker();
    picker->setFocus();
    QTest::keyClicks(picker, m_accountName);
    QVERIFY(view->accountCompleter()->popup()->isVisible());
    QVERIFY(view->accountCompleter()->completionModel()->rowCount() >= 1);
    QTest::keyClick(picker, Qt::Key_Return);
    QCOMPARE(view->accountId(), m_accountId);
    QCOMPARE(picker->text(), m_accountName);
    QVERIFY(!view->accountCompleter()->popup()->isVisible());

    // Nothing matches: says so, keeps the account.
    picker->selectAll();
    QTest::keyClicks(picker, u"zzzz-no-such-account"_s);
    QTest::keyClick(picker, Qt::Key_Return);
    QCOMPARE(view->accountId(), m_accountId);
    QVERIFY(view->bannerText()->isVisible());
    QVERIFY2(view->bannerText()->text().contains(u"No account in"_s), qPrintable(view->bannerText()->text()));
    // Escape puts the account's name back.
    QTest::keyClick(picker, Qt::Key_Escape);
    QCOMPARE(picker->text(), m_accountName);
}

void TestQbrView::suggestionsPickAnAccount()
{
    auto view = makeView();
    QLineEdit *picker = view->accountPicker();
    picker->setFocus();
    // Part of the CRM id finds it too.
    QTest::keyClicks(picker, bareAccountId.left(6));
    QAbstractItemView *popup = view->accountCompleter()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(view->accountCompleter()->completionModel()->rowCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(view->accountId(), bareAccountId);
    QCOMPARE(picker->text(), u"Bare Account Ltd"_s);
}

void TestQbrView::pickingAccountAndQuarterFillsTheEditor()
{
    auto view = makeView();
    pickAccount(*view, m_accountId);
    QVERIFY(view->hasData());
    QCOMPARE(view->document().accountId, m_accountId);
    QCOMPARE(view->document().quarter, m_quarter);
    QCOMPARE(view->sectionModel()->rowCount(), 11);
    QCOMPARE(view->document().sections.size(), 11);
    QVERIFY(view->statusChip()->isVisible());
    QCOMPARE(view->statusChip()->text(), u"New draft"_s);
    QVERIFY(view->exportPdfAction()->isEnabled());
    QVERIFY(view->markDeliveredAction()->isEnabled());
    // The template's words, with the account and quarter filled in.
    QPlainTextEdit *summary = selectSection(*view, QbrSection::ExecutiveSummary);
    QVERIFY(summary);
    QVERIFY2(summary->toPlainText().startsWith(u"In %1, %2"_s.arg(m_quarter.label(), m_accountName)),
             qPrintable(summary->toPlainText()));
    // The figures from the cache, for the data sections.
    QLabel *support = view->editor()->dataSummary(QbrSection::Support);
    QVERIFY(support);
    QVERIFY(support->property("hasData").toBool());
    QVERIFY2(support->text().contains(u"opened"_s), qPrintable(support->text()));
    QVERIFY(view->editor()->dataSummary(QbrSection::Voice)->property("hasData").toBool());
    QVERIFY(view->editor()->dataSummary(QbrSection::Voice)->text().contains(u"response"_s));
    QVERIFY(view->editor()->dataSummary(QbrSection::Adoption)->property("hasData").toBool());
    QVERIFY(view->editor()->dataSummary(QbrSection::Cover)->text().contains(m_ownerName.toHtmlEscaped()));
    QVERIFY(!view->editor()->dataSummary(QbrSection::Value)); // a table instead
    QVERIFY(view->findChild<QLabel *>(u"qbrSubtitle"_s)->text().contains(m_ownerName));
    // Nothing is saved until something changes.
    QTest::qWait(QbrView::saveDelayMs + 100);
    QVERIFY(!stored(m_accountId, m_quarter));

    // Another quarter: its own (new) QBR.
    const QbrQuarter earlier = m_quarter.previous();
    QComboBox *box = view->quarterPicker();
    const int index = box->findData(earlier.toString());
    QVERIFY(index > 0);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
    QCOMPARE(view->quarter(), earlier);
    QCOMPARE(view->document().quarter, earlier);
    QVERIFY(view->editor()
                ->narrativeEdit(QbrSection::ExecutiveSummary)
                ->toPlainText()
                .startsWith(u"In %1"_s.arg(earlier.label())));
}

void TestQbrView::typingSavesTheDraft()
{
    auto view = makeView();
    pickAccount(*view, m_accountId);
    QPlainTextEdit *edit = selectSection(*view, QbrSection::ExecutiveSummary);
    QVERIFY(edit);
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QSignalSpy saved(view.get(), &QbrView::saved);
    QTest::keyClicks(edit, u" The renewal is signed."_s);
    QVERIFY(view->hasPendingSave());
    QCOMPARE(view->statusChip()->text(), u"Draft · saving…"_s);
    QCOMPARE(saved.count(), 0); // debounced: not on every keystroke
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 3000);
    QVERIFY(!view->hasPendingSave());
    const std::optional<QbrDocument> doc = stored(m_accountId, m_quarter);
    QVERIFY(doc);
    QVERIFY(doc->section(QbrSection::ExecutiveSummary)->narrative.endsWith(u"The renewal is signed."_s));
    QVERIFY2(view->statusChip()->text().startsWith(u"Draft · saved"_s),
             qPrintable(view->statusChip()->text()));
    // The quarter picker says there is a draft now.
    QCOMPARE(view->quarterPicker()->currentText(), u"%1 · draft"_s.arg(m_quarter.label()));

    // Steady typing without a pause is saved at least every two seconds, and the preview
    // follows it at least every second.
    QSignalSpy steady(view.get(), &QbrView::saved);
    QSignalSpy previewed(view->preview(), &QbrPreview::updated);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < QbrView::maxSaveDelayMs + 800) {
        QTest::keyClick(edit, Qt::Key_A);
        QTest::qWait(100); // well inside the debounce
    }
    QVERIFY(steady.count() >= 1);
    QVERIFY(previewed.count() >= 2);
    QVERIFY(
        stored(m_accountId, m_quarter)->section(QbrSection::ExecutiveSummary)->narrative.contains(u"aaaa"_s));

    // Switching quarters saves what was just typed, at once.
    QTest::keyClicks(edit, u" Expansion next."_s);
    view->setQuarter(m_quarter.previous());
    QVERIFY(stored(m_accountId, m_quarter)
                ->section(QbrSection::ExecutiveSummary)
                ->narrative.endsWith(u"Expansion next."_s));
}

void TestQbrView::destroyingTheViewSavesAtOnce()
{
    auto view = makeView();
    pickAccount(*view, m_accountId);
    QPlainTextEdit *edit = selectSection(*view, QbrSection::Risks);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, u"Budget freeze in Q4."_s);
    QVERIFY(view->hasPendingSave());
    QVERIFY(!stored(m_accountId, m_quarter));
    view.reset(); // well inside the debounce
    const std::optional<QbrDocument> doc = stored(m_accountId, m_quarter);
    QVERIFY(doc);
    QCOMPARE(doc->section(QbrSection::Risks)->narrative, u"Budget freeze in Q4."_s);

    // Hiding the view (another view shown, the window closed) saves too.
    view = makeView();
    pickAccount(*view, m_accountId);
    edit = selectSection(*view, QbrSection::Risks);
    QCOMPARE(edit->toPlainText(), u"Budget freeze in Q4."_s);
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, u" Mitigated by a phased rollout."_s);
    view->hide();
    QVERIFY(!view->hasPendingSave());
    QCOMPARE(stored(m_accountId, m_quarter)->section(QbrSection::Risks)->narrative,
             u"Budget freeze in Q4. Mitigated by a phased rollout."_s);
}

void TestQbrView::placeholdersFillAsTyped()
{
    auto view = makeView();
    pickAccount(*view, m_accountId);
    QPlainTextEdit *edit = selectSection(*view, QbrSection::Voice);
    QVERIFY(edit);
    QLabel *hint = view->findChild<QLabel *>(u"qbrHint_voice"_s);
    QVERIFY(hint && hint->isVisible());
    QVERIFY2(hint->text().contains(u"{account}"_s) && hint->text().contains(m_accountName.toHtmlEscaped()),
             qPrintable(hint->text()));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, u"Thanks, {account}, for {quarter}. - {csm}"_s);
    QCOMPARE(edit->toPlainText(),
             u"Thanks, %1, for %2. - %3"_s.arg(m_accountName, m_quarter.label(), m_ownerName));
    // Undo takes the whole name back to the placeholder.
    QVERIFY(view->save());
    QCOMPARE(stored(m_accountId, m_quarter)->section(QbrSection::Voice)->narrative, edit->toPlainText());
}

void TestQbrView::togglingAndMovingSectionsChangesTheSavedDocument()
{
    auto view = makeView();
    pickAccount(*view, m_accountId);
    QListView *list = view->sectionList();
    QbrSectionModel *model = view->sectionModel();
    list->setFocus();

    // Space on the list turns the Voice section off; the editor's check box follows.
    list->setCurrentIndex(model->index(model->rowOf(QbrSection::Voice)));
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(!model->isEnabled(model->rowOf(QbrSection::Voice)));
    QVERIFY(!view->editor()->includeBox(QbrSection::Voice)->isChecked());
    // The editor's check box turns Support off.
    list->setCurrentIndex(model->index(model->rowOf(QbrSection::Support)));
    view->editor()->includeBox(QbrSection::Support)->click();
    QVERIFY(!model->isEnabled(model->rowOf(QbrSection::Support)));

    // Alt+Up twice moves Support above Value and Adoption.
    const int supportRow = model->rowOf(QbrSection::Support);
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(model->rowOf(QbrSection::Support), supportRow - 2);
    QCOMPARE(list->currentIndex().row(), supportRow - 2); // the selection moves with it
    // Alt+Down moves Cover below the summary; the Up button moves it back.
    list->setCurrentIndex(model->index(0));
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(model->sectionAt(1), QbrSection::Cover);
    view->findChild<QToolButton *>(u"qbrMoveUp"_s)->click();
    QCOMPARE(model->sectionAt(0), QbrSection::Cover);
    QVERIFY(!view->findChild<QToolButton *>(u"qbrMoveUp"_s)->isEnabled()); // the first row

    QVERIFY(view->save());
    const std::optional<QbrDocument> doc = stored(m_accountId, m_quarter);
    QVERIFY(doc);
    QStringList keys;
    for (const QbrSectionState &s : doc->sections)
        keys << Qbr::sectionKey(s.section);
    QCOMPARE(
        keys,
        (QStringList { u"cover"_s, u"executive_summary"_s, u"health"_s, u"support"_s, u"adoption"_s,
                       u"value"_s, u"goals"_s, u"voice"_s, u"renewal"_s, u"risks"_s, u"commitments"_s }));
    QVERIFY(!doc->section(QbrSection::Voice)->enabled);
    QVERIFY(!doc->section(QbrSection::Support)->enabled);
    QVERIFY(doc->section(QbrSection::Health)->enabled);

    // Every section off: nothing to export.
    for (int r = 0; r < model->rowCount(); ++r)
        model->setEnabled(r, false);
    QVERIFY(!view->exportPdfAction()->isEnabled());
    model->setEnabled(0, true);
    QVERIFY(view->exportPdfAction()->isEnabled());
}

void TestQbrView::kpiGoalAndCommitmentTables()
{
    auto view = makeView();
    pickAccount(*view, m_accountId);
    QVERIFY(selectSection(*view, QbrSection::Value));
    QbrTableEditor *kpis = view->editor()->kpiEditor();
    QVERIFY(kpis->isVisible());
    QTableWidget *table = kpis->table();

    // Add: a new row, its first cell open for typing.
    kpis->addButton()->click();
    QCOMPARE(table->rowCount(), 1);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, u"Tickets resolved per agent per day"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    const auto typeInto = [&](QTableWidget *t, int row, int column, const QString &text) {
        // The editor closed before is gone first, so the focus is the new one's.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        t->setCurrentCell(row, column);
        t->editItem(t->item(row, column));
        QPointer<QWidget> e = QApplication::focusWidget();
        QVERIFY(e && e != t && t->isAncestorOf(e));
        if (auto *line = qobject_cast<QLineEdit *>(e.data()))
            line->selectAll();
        QTest::keyClicks(e, text);
        QTest::keyClick(e, Qt::Key_Return);
        // The delegate commits and closes the editor on the next turn of the event loop.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    };
    typeInto(table, 0, 2, u"12"_s);
    typeInto(table, 0, 3, u"18.5"_s);
    typeInto(table, 0, 4, u"From the helpdesk"_s);
    QCOMPARE(view->document().kpis.size(), 1);
    const QbrKpi kpi = view->document().kpis.first();
    QCOMPARE(kpi.name, u"Tickets resolved per agent per day"_s);
    QCOMPARE(kpi.baseline, std::optional(12.0));
    QCOMPARE(kpi.current, std::optional(18.5));
    QCOMPARE(kpi.note, u"From the helpdesk"_s);
    QCOMPARE(table->item(0, 3)->data(Qt::DisplayRole).toDouble(), 18.5);
    // Not a number: the cell keeps its value. Emptied: no value.
    typeInto(table, 0, 2, u"abc"_s);
    QCOMPARE(view->document().kpis.first().baseline, std::optional(12.0));

    // Goals: progress and status.
    QbrTableEditor *goals = view->editor()->goalEditor();
    goals->addRow({ u"Roll out to every office"_s, 60, u"on_track"_s });
    QCOMPARE(view->document().goals.size(), 1);
    QCOMPARE(view->document().goals.first().progress, 60);
    QCOMPARE(view->document().goals.first().status, u"on_track"_s);

    // Commitments: what, owner, due; Remove takes one away.
    QbrTableEditor *commitments = view->editor()->commitmentEditor();
    commitments->addButton()->click();
    QCOMPARE(commitments->rows().first().value(2).toDate(),
             m_quarter.next().lastDay()); // the default due date
    editor = QApplication::focusWidget();
    QTest::keyClicks(editor, u"Run a dashboard workshop"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    typeInto(commitments->table(), 0, 1, m_ownerName);
    commitments->addRow({ u"Share the rollout plan"_s, u"Customer: Jane Doe"_s, QVariant() });
    commitments->addRow({ u"Throwaway"_s, QString(), QVariant() });
    commitments->table()->setCurrentCell(2, 0);
    commitments->removeButton()->click();
    QCOMPARE(view->document().commitments.size(), 2);

    QVERIFY(view->save());
    const std::optional<QbrDocument> doc = stored(m_accountId, m_quarter);
    QVERIFY(doc);
    QCOMPARE(doc->kpis.size(), 1);
    QCOMPARE(doc->kpis.first().current, std::optional(18.5));
    QCOMPARE(doc->goals.size(), 1);
    QCOMPARE(doc->commitments.size(), 2);
    QCOMPARE(doc->commitments.at(0).what, u"Run a dashboard workshop"_s);
    QCOMPARE(doc->commitments.at(0).owner, m_ownerName);
    QCOMPARE(doc->commitments.at(0).due, m_quarter.next().lastDay());
    QCOMPARE(doc->commitments.at(1).owner, u"Customer: Jane Doe"_s);
    QVERIFY(!doc->commitments.at(1).due.isValid());

    // A fresh view shows them again.
    view = makeView();
    pickAccount(*view, m_accountId);
    QCOMPARE(view->editor()->kpiEditor()->rowCount(), 1);
    QCOMPARE(view->editor()->commitmentEditor()->rowCount(), 2);
    QCOMPARE(view->editor()->commitmentEditor()->table()->item(1, 1)->text(), u"Customer: Jane Doe"_s);
}

void TestQbrView::previewLaysOutFollowsEditsAndShowsTheSection()
{
    auto view = makeView();
    pickAccount(*view, m_accountId);
    QbrPreview *preview = view->preview();
    QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() >= 10 && preview->currentPagesPainted() >= 1, 10000);
    QVERIFY(preview->isPageCurrent(0));
    QVERIFY(!preview->pageImage(0).isNull());
    QCOMPARE(preview->pageTitle(0), u"Cover"_s);
    // Only the pages in view (and the next) are painted, not the whole deck.
    QTRY_VERIFY(!preview->isBusy());
    QVERIFY2(preview->currentPagesPainted() < preview->pageCount(),
             qPrintable(QString::number(preview->currentPagesPainted())));

    // Selecting a section brings its page into view, and paints it.
    QVERIFY(selectSection(*view, QbrSection::Support));
    const int supportPage = preview->firstPageOf(QbrSection::Support);
    QVERIFY(supportPage > 2);
    QCOMPARE(preview->currentPage(), supportPage);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isPageCurrent(supportPage), 10000);
    const QImage before = preview->pageImage(supportPage);

    // An edit: the page is painted again, with the words.
    QPlainTextEdit *edit = view->editor()->narrativeEdit(QbrSection::Support);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, u"Three escalations, all closed within a day."_s);
    QSignalSpy updated(preview, &QbrPreview::updated);
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() > 0 && preview->isPageCurrent(supportPage)
                                 && preview->pageImage(supportPage) != before,
                             10000);
    QCOMPARE(preview->currentPage(), supportPage); // typing does not scroll away

    // The section turned off: fewer pages, and the caption says it is not in the deck.
    const int pages = preview->pageCount();
    view->editor()->includeBox(QbrSection::Support)->click();
    QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() < pages, 10000);
    QCOMPARE(preview->firstPageOf(QbrSection::Support), -1);
    QVERIFY(preview->findChild<QLabel *>(u"qbrPreviewCaption"_s)->text().contains(u"not in the deck"_s));

    // The larger preview hides the list and the editor, and back.
    view->findChild<QToolButton *>(u"qbrLargerPreview"_s)->click();
    QVERIFY(!view->sectionList()->isVisible());
    QTRY_VERIFY(preview->width() > 900);
    view->findChild<QToolButton *>(u"qbrLargerPreview"_s)->click();
    QVERIFY(view->sectionList()->isVisible());
    // Ctrl+Shift+P does the same; so does Enter on the preview.
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    QTest::keyClick(view.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!view->sectionList()->isVisible());
    preview->scrollArea()->setFocus();
    QTest::keyClick(preview->scrollArea(), Qt::Key_Return);
    QVERIFY(view->sectionList()->isVisible());
}

void TestQbrView::startFromLastQuarterCarriesTheWordsForward()
{
    auto view = makeView();
    pickAccount(*view, m_accountId);
    // Nothing before: says so.
    view->setQuarter(m_quarter.previous());
    view->startFromLastAction()->trigger();
    QCOMPARE(m_boxes.size(), 1);
    QVERIFY(m_boxes.first().text.contains(u"no QBR"_s));

    // Last quarter's QBR: words, a KPI, an open and a closed risk.
    QPlainTextEdit *edit = selectSection(*view, QbrSection::Adoption);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, u"The Berlin team doubled its usage."_s);
    view->editor()->kpiEditor()->addRow({ u"Time to first response"_s, u"h"_s, 9.0, 4.0, QString() });
    view->editor()->riskEditor()->addRow({ u"Champion leaves"_s, u"Meet the new VP"_s, false });
    view->editor()->riskEditor()->addRow({ u"Old risk"_s, u"Done"_s, true });
    QVERIFY(view->save());

    // This quarter, untouched: carried forward without asking.
    m_boxes.clear();
    view->setQuarter(m_quarter);
    view->startFromLastAction()->trigger();
    QVERIFY(m_boxes.isEmpty());
    QCOMPARE(view->editor()->narrativeEdit(QbrSection::Adoption)->toPlainText(),
             u"The Berlin team doubled its usage."_s);
    QCOMPARE(view->document().kpis.size(), 1);
    QCOMPARE(view->document().kpis.first().baseline, std::optional(4.0));
    QVERIFY(!view->document().kpis.first().current);
    QCOMPARE(view->document().risks.size(), 1);
    QCOMPARE(view->editor()->riskEditor()->rowCount(), 1);
    QVERIFY(view->bannerText()->text().contains(m_quarter.previous().label()));
    QVERIFY(!view->hasPendingSave()); // saved at once
    QCOMPARE(stored(m_accountId, m_quarter)->section(QbrSection::Adoption)->narrative,
             u"The Berlin team doubled its usage."_s);

    // Edited now: asks first; Cancel keeps the draft.
    edit = selectSection(*view, QbrSection::Adoption);
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, u" Finance next."_s);
    m_answer = QMessageBox::Cancel;
    view->startFromLastAction()->trigger();
    QCOMPARE(m_boxes.size(), 1);
    QCOMPARE(m_boxes.first().icon, QMessageBox::Question);
    QVERIFY(edit->toPlainText().endsWith(u"Finance next."_s));
}

void TestQbrView::markDeliveredMakesTasks()
{
    auto view = makeView();
    pickAccount(*view, m_accountId);
    view->editor()->commitmentEditor()->addRow(
        { u"Run a dashboard workshop"_s, m_ownerName, QDate(2026, 12, 10) });
    view->editor()->commitmentEditor()->addRow(
        { u"Share the rollout plan"_s, u"Customer: Jane"_s, QVariant() });
    view->editor()->commitmentEditor()->addRow({ u"   "_s, QString(), QVariant() }); // blank: no task

    // Cancel: nothing happens.
    m_answer = QMessageBox::Cancel;
    view->markDeliveredAction()->trigger();
    QCOMPARE(m_boxes.size(), 1);
    QVERIFY2(m_boxes.first().informativeText.contains(QCoreApplication::translate(
                 "QbrView", "%n commitment(s) will become tasks on the account.", nullptr, 2)),
             qPrintable(m_boxes.first().informativeText));
    QCOMPARE(scalar(m_db, u"SELECT COUNT(*) FROM tasks WHERE source = 'qbr'"_s).toInt(), 0);

    m_answer = QMessageBox::Yes;
    view->markDeliveredAction()->trigger();
    const QString source = QbrStore::entityId(m_accountId, m_quarter);
    QCOMPARE(scalar(m_db,
                    u"SELECT COUNT(*) FROM tasks WHERE source = 'qbr' AND source_id = ? AND account_id = ?"_s,
                    { source, m_accountId })
                 .toInt(),
             2);
    QCOMPARE(
        scalar(m_db,
               u"SELECT due_date FROM tasks WHERE source_id = ? AND title = 'Run a dashboard workshop'"_s,
               { source })
            .toString(),
        u"2026-12-10"_s);
    QCOMPARE(view->document().status, QbrDocument::Status::Delivered);
    QVERIFY(view->statusChip()->text().startsWith(u"Delivered on"_s));
    QVERIFY(!view->markDeliveredAction()->isEnabled());
    QVERIFY2(view->bannerText()->text().contains(QCoreApplication::translate(
                 "QbrView", "Marked delivered. %n task(s) were added to the account.", nullptr, 2)),
             qPrintable(view->bannerText()->text()));
    QCOMPARE(stored(m_accountId, m_quarter)->status, QbrDocument::Status::Delivered);
    QVERIFY(view->quarterPicker()->currentText().endsWith(u"delivered"_s));
    // "Open the account" asks for the account.
    QSignalSpy open(view.get(), &QbrView::accountRequested);
    Q_EMIT view->bannerText()->linkActivated(u"account:%1"_s.arg(m_accountId));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), m_accountId);

    // Still editable, still delivered; the tasks are not made twice.
    QPlainTextEdit *edit = selectSection(*view, QbrSection::Commitments);
    edit->setFocus();
    QTest::keyClicks(edit, u" Corrected."_s);
    QVERIFY(view->save());
    QCOMPARE(stored(m_accountId, m_quarter)->status, QbrDocument::Status::Delivered);
    view->markDelivered();
    QCOMPARE(scalar(m_db, u"SELECT COUNT(*) FROM tasks WHERE source = 'qbr'"_s).toInt(), 2);
}

void TestQbrView::exportPdfAndHtml()
{
    auto view = makeView();
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    pickAccount(*view, m_accountId);
    QTemporaryDir out;
    m_savePath = out.filePath(u"deck"_s); // no suffix: .pdf is added
    QSignalSpy finished(view.get(), &QbrView::exportFinished);
    QTest::keyClick(view.get(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(m_dialogs.size(), 1);
    QCOMPARE(m_dialogs.first().kind, FileDialogs::Kind::SaveFile);
    QCOMPARE(QFileInfo(m_dialogs.first().directory).fileName(),
             u"%1 QBR %2.pdf"_s.arg(m_accountName, m_quarter.toString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().at(0).toString(), m_savePath + u".pdf"_s);
    QVERIFY(finished.first().at(1).toBool());
    QVERIFY(QFileInfo(m_savePath + u".pdf"_s).size() > 10000);
    QVERIFY(view->bannerText()->text().contains(u"Exported the QBR"_s));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left
    const QString text = pdfText(m_savePath + u".pdf"_s);
    if (text.isEmpty()) {
        qWarning("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
    } else {
        QVERIFY(text.contains(m_accountName));
        QVERIFY(text.contains(u"Executive summary"_s));
    }

    // HTML with Ctrl+Shift+E.
    m_savePath = out.filePath(u"deck.html"_s);
    QTest::keyClick(view.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_dialogs.size(), 2);
    QVERIFY(m_dialogs.last().filter.contains(u"*.html"_s));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QVERIFY(finished.last().at(1).toBool());
    const QString html = QString::fromUtf8(TestSupport::readFile(m_savePath));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(m_accountName.toHtmlEscaped()));

    // A cancelled file dialog writes nothing.
    m_savePath.clear();
    view->exportPdfAction()->trigger();
    QCOMPARE(m_dialogs.size(), 3);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 2);

    // An unwritable place fails with a message naming the file.
    QVERIFY(view->exportTo(out.filePath(u"no/such/folder/deck.pdf"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000);
    QVERIFY(!finished.last().at(1).toBool());
    QCOMPARE(m_boxes.size(), 1);
    QCOMPARE(m_boxes.first().icon, QMessageBox::Critical);
    QVERIFY(m_boxes.first().text.contains(u"deck.pdf"_s));
}

void TestQbrView::cancelledExportLeavesNoFile()
{
    auto view = makeView();
    pickAccount(*view, m_accountId);
    QTemporaryDir out;
    const QString path = out.filePath(u"cancelled.pdf"_s);
    QSignalSpy finished(view.get(), &QbrView::exportFinished);
    QVERIFY(view->exportTo(path));
    QVERIFY(view->isExporting());
    QVERIFY(!view->exportPdfAction()->isEnabled());
    QVERIFY(!view->exportTo(path)); // one at a time
    auto *progress = view->findChild<QProgressDialog *>(u"qbrExportProgress"_s);
    QVERIFY(progress);
    // Its Cancel button (the dialog shows only if the export takes a moment).
    QPushButton *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!finished.first().at(1).toBool());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QVERIFY(view->bannerText()->text().contains(u"cancelled"_s));
    QVERIFY(m_boxes.isEmpty());
    QVERIFY(view->exportPdfAction()->isEnabled());
}

void TestQbrView::accountWithoutDataSaysSo()
{
    auto view = makeView();
    pickAccount(*view, bareAccountId);
    QbrSectionEditor *editor = view->editor();
    const QList<std::pair<QbrSection, QString>> expected = {
        { QbrSection::Adoption, u"No usage was recorded"_s }, { QbrSection::Support, u"No support cases"_s },
        { QbrSection::Voice, u"No NPS responses"_s },         { QbrSection::Health, u"No health score"_s },
        { QbrSection::Renewal, u"No renewal date"_s },
    };
    for (const auto &[section, text] : expected) {
        QLabel *label = editor->dataSummary(section);
        QVERIFY(label);
        QVERIFY2(label->text().contains(text), qPrintable(label->text()));
        QVERIFY(!label->property("hasData").toBool());
        QCOMPARE(label->accessibleName(), u"No data this quarter"_s);
    }
    QVERIFY(selectSection(*view, QbrSection::Adoption));
    QVERIFY(editor->dataSummary(QbrSection::Adoption)->isVisible());
    // The deck still lays out, every section there.
    QTRY_VERIFY_WITH_TIMEOUT(view->preview()->pageCount() >= 11, 10000);
}

void TestQbrView::deckSettings()
{
    auto view = makeView();
    pickAccount(*view, m_accountId);
    view->deckSettingsAction()->trigger();
    auto *dialog = view->findChild<QbrDeckSettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->vendorField()->setText(u"Northwind Software"_s);
    // A file that is no image is refused, with the reason.
    QTemporaryDir dir;
    const QString notImage = dir.filePath(u"logo.png"_s);
    QVERIFY(TestSupport::writeFile(notImage, "not an image"));
    dialog->logoField()->setText(notImage);
    QVERIFY(!dialog->apply());
    auto *error = dialog->findChild<QLabel *>(u"qbrDeckSettingsError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"logo.png"_s), qPrintable(error->text()));
    // A real one is kept, with the name.
    const QString logo = dir.filePath(u"real.png"_s);
    QImage image(120, 40, QImage::Format_ARGB32);
    image.fill(Qt::darkBlue);
    QVERIFY(image.save(logo));
    dialog->logoField()->setText(logo);
    dialog->accept();
    QTRY_VERIFY(!view->findChild<QbrDeckSettingsDialog *>());
    const QSettings settings;
    QCOMPARE(settings.value(QbrDeckSettingsDialog::vendorNameKey).toString(), u"Northwind Software"_s);
    QCOMPARE(settings.value(QbrDeckSettingsDialog::logoPathKey).toString(),
             QFileInfo(logo).absoluteFilePath());
    QVERIFY(view->editor()->dataSummary(QbrSection::Cover)->text().contains(u"Northwind Software"_s));
    QCOMPARE(QbrDeckSettingsDialog::logoPath(settings), QFileInfo(logo).absoluteFilePath());
    // A logo that disappears afterwards is left out rather than breaking the deck.
    QFile::remove(logo);
    QCOMPARE(QbrDeckSettingsDialog::logoPath(settings), QString());
}

void TestQbrView::reopensTheLastAccount()
{
    {
        auto view = makeView();
        pickAccount(*view, m_accountId);
    }
    auto view = makeView(false);
    QVERIFY(view->accountId().isEmpty()); // nothing read until shown
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QCOMPARE(view->accountId(), m_accountId);
    QVERIFY(view->hasData());
    // An account gone from the cache: back to the choice.
    QSettings().setValue(u"QbrView/account"_s, u"NO-SUCH-ACCOUNT"_s);
    view = makeView();
    QVERIFY(view->accountId().isEmpty());
    QVERIFY(view->emptyState()->isVisible());
    QCOMPARE(view->emptyState()->title(), u"Choose an account"_s);
}

void TestQbrView::switchingAndTypingOnALargeCache()
{
    const QString source = qEnvironmentVariable("PITWALL_QBR_LARGE_CACHE");
    if (source.isEmpty())
        QSKIP(
            "set PITWALL_QBR_LARGE_CACHE=/path/cache.db (it is copied) to time account switches and typing");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.db"_s);
    QVERIFY(QFile::copy(source, path));
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QStringList ids;
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT id FROM accounts WHERE archived = 0 ORDER BY pk LIMIT 40 OFFSET 500"_s));
        while (q.next())
            ids << q.value(0).toString();
    }
    QVERIFY(ids.size() == 40);
    auto view = std::make_unique<QbrView>(db, *m_workspace);
    view->resize(1280, 760);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QList<qint64> switches;
    QElapsedTimer timer;
    for (const QString &id : std::as_const(ids)) {
        timer.start();
        view->setAccount(id);
        switches << timer.nsecsElapsed() / 1000;
        QCoreApplication::processEvents();
    }
    std::sort(switches.begin(), switches.end());
    // Typing: each key, with the editor's work behind it (placeholders, section model, timers).
    QPlainTextEdit *edit = selectSection(*view, QbrSection::ExecutiveSummary);
    QVERIFY(edit);
    edit->setFocus();
    const QString text = u"The quarter went well; the rollout reached every office. "_s.repeated(4);
    timer.start();
    QTest::keyClicks(edit, text);
    const qint64 perKey = timer.nsecsElapsed() / 1000 / text.size();
    QTRY_VERIFY_WITH_TIMEOUT(!view->preview()->isBusy() && view->preview()->currentPagesPainted() >= 1,
                             10000);
    qInfo("account switch: median %lld us, max %lld us (%lld switches); typing: %lld us per key",
          switches.at(switches.size() / 2), switches.last(), qint64(switches.size()), perKey);
    QVERIFY2(switches.at(switches.size() / 2) < 100000, "an account switch should take well under 0.1 s");
    QVERIFY2(perKey < 16000, "a keystroke should take less than a frame");
}

void TestQbrView::screenshot()
{
    const QString path = qEnvironmentVariable("PITWALL_QBR_SCREENSHOT");
    if (path.isEmpty())
        QSKIP(
            "set PITWALL_QBR_SCREENSHOT=/path.png to save screenshots (and -value, -support, -commitments)");
    auto view = makeView();
    view->resize(1100, 720);
    pickAccount(*view, m_accountId);
    view->editor()->kpiEditor()->addRow(
        { u"Tickets resolved per agent per day"_s, QString(), 12.0, 18.5, QString() });
    view->editor()->kpiEditor()->addRow({ u"First response time"_s, u"h"_s, 9.5, 4.0, u"Helpdesk report"_s });
    view->editor()->commitmentEditor()->addRow(
        { u"Run a dashboard workshop"_s, m_ownerName, QDate(2026, 12, 10) });
    view->editor()->commitmentEditor()->addRow(
        { u"Share the rollout plan"_s, u"Customer: Jane Doe"_s, QVariant() });
    const QList<std::pair<QbrSection, QString>> shots = { { QbrSection::Adoption, QString() },
                                                          { QbrSection::Value, u"-value"_s },
                                                          { QbrSection::Support, u"-support"_s },
                                                          { QbrSection::Commitments, u"-commitments"_s } };
    for (const auto &[section, suffix] : shots) {
        QVERIFY(selectSection(*view, section));
        QTest::qWait(QbrView::previewDelayMs + 50);
        QTRY_VERIFY_WITH_TIMEOUT(!view->preview()->isBusy()
                                     && view->preview()->isPageCurrent(view->preview()->currentPage()),
                                 10000);
        QTest::qWait(100);
        QString file = path;
        file.insert(file.lastIndexOf(u'.'), suffix);
        QVERIFY(view->grab().save(file));
    }
}

QTEST_MAIN(TestQbrView)
#include "tst_qbrview.moc"
