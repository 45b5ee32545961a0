// Call mode, driven by the keyboard only (QTest::keyClick): move (arrows, J/K), tick and
// untick (Space, Enter), skip with a reason (S, typed into the prompt), a note (N, typed,
// Esc back), stay on top (Ctrl+T) and close (Esc), each checked in the cache right after
// the key. Kill survival: a child process (this executable in helper mode) opens call
// mode on a copy of the cache, ticks a step and types a note, and is SIGKILLed a second
// after the last keystroke; the cache is intact and holds both.
#include "TestSupport.h"
#include "common/Localization.h"
#include "common/Theme.h"
#include "demo/DemoExportWriter.h"
#include "playbook/PlaybookStepModel.h"
#include "playbook/PlaybookStore.h"
#include "playbooks/CallModeWindow.h"
#include "playbooks/ReasonDialog.h"
#include "playbooks/StepNoteEdit.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

constexpr auto childDbVar = "PITWALL_CALLMODE_CHILD_DB";
constexpr auto childAccountVar = "PITWALL_CALLMODE_CHILD_ACCOUNT";
constexpr auto childMarkVar = "PITWALL_CALLMODE_CHILD_MARK";
const auto childNote = u"Champion confirmed budget for Q3"_s;

// The helper: call mode on the cache, a tick and a note typed, then the marker file, and
// the event loop runs until the parent kills the process.
int runChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Pitwall"_s);
    QCoreApplication::setApplicationName(u"Pitwall-tests-child"_s);
    Database db;
    QString error;
    if (!db.open(qEnvironmentVariable(childDbVar), &error)) {
        qWarning("child: %s", qPrintable(error));
        return 2;
    }
    Workspace workspace;
    auto *window = new CallModeWindow(db, &workspace, qEnvironmentVariable(childAccountVar));
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return 3;
    QListView *list = window->stepList();
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Space); // step 1 done: committed at once
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_N);
    QTest::keyClicks(window->noteEdit(), childNote); // saved 300 ms after the last key
    QFile mark(qEnvironmentVariable(childMarkVar));
    if (!mark.open(QIODevice::WriteOnly))
        return 4;
    mark.write("typed");
    mark.close();
    return app.exec();
}

} // namespace

class TestCallMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyboardPath();
    void switcher();
    void killSurvival();
    void screenshots();

private:
    QString lastJournal(const QString &entityId, const QString &field) const;

    QTemporaryDir m_dir;
    Database m_db;
    QString m_accountId;
    QString m_ownerId;
    QString m_instanceId;
};

void TestCallMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestSupport::isolateSettings();
    QCoreApplication::setOrganizationName(u"Pitwall"_s);
    QCoreApplication::setApplicationName(u"Pitwall-tests"_s);
    const QString language = qEnvironmentVariable("PITWALL_PBCALL_LOCALE");
    if (!language.isEmpty())
        Localization::install(*qApp, language);
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(TestSupport::buildDemoCache(
                 m_db, m_dir.path(),
                 { .accounts = 30, .seed = 8, .usageWeeks = 10, .asOf = QDate::currentDate() }, &error),
             qPrintable(error));
    m_accountId
        = scalar(
              m_db.connection(),
              u"SELECT a.id FROM accounts a WHERE a.archived = 0 AND NOT EXISTS (SELECT 1 FROM"
              " playbook_instances p WHERE p.account_id = a.id AND p.status = 'open') ORDER BY a.id LIMIT 1"_s)
              .toString();
    QVERIFY(!m_accountId.isEmpty());
    m_ownerId = scalar(m_db.connection(), u"SELECT owner_id FROM accounts WHERE id = ?"_s, { m_accountId })
                    .toString();
    PlaybookStore store(m_db, m_ownerId);
    m_instanceId = store.start(m_accountId, u"onboarding"_s);
    QVERIFY2(!m_instanceId.isEmpty(), qPrintable(store.lastError()));
}

QString TestCallMode::lastJournal(const QString &entityId, const QString &field) const
{
    return scalar(const_cast<Database &>(m_db).connection(),
                  u"SELECT new_value FROM change_journal WHERE entity = 'playbook_step' AND entity_id = ?"
                  " AND field = ? ORDER BY seq DESC LIMIT 1"_s,
                  { entityId, field })
        .toString();
}

void TestCallMode::keyboardPath()
{
    QSettings().remove(u"CallMode"_s);
    Workspace workspace;
    workspace.setUser(m_ownerId, u"Owner"_s);
    QPointer<CallModeWindow> window = new CallModeWindow(m_db, &workspace, m_accountId);
    new QAbstractItemModelTester(window->stepModel(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 window);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QCOMPARE(window->instanceId(), m_instanceId);
    QVERIFY(window->factsLabel()->text().contains(u"ARR"_s));
    QVERIFY(!window->switcher()->isVisible()); // one open playbook: no switcher
    QListView *list = window->stepList();
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(window->currentRow(), 0);
    // The titles are big enough to read at a glance.
    QVERIFY(list->itemDelegate()->sizeHint(QStyleOptionViewItem(), list->model()->index(0, 1)).height()
            >= 50);

    PlaybookStore store(m_db, m_ownerId);
    auto status = [&](int position) {
        return store.instance(m_instanceId)->steps.at(position - 1).status;
    };

    // Move: Down, J, K, Up.
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(window->currentRow(), 1);
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(window->currentRow(), 2);
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(window->currentRow(), 1);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(window->currentRow(), 0);
    QCOMPARE(window->guidanceLabel()->text(), store.instance(m_instanceId)->steps.at(0).displayGuidance());

    // Tick (Space), untick (Enter), tick again (Space): in the cache after each key.
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(status(1), PlaybookStore::StepStatus::Done);
    QCOMPARE(lastJournal(PlaybookStore::stepEntityId(m_instanceId, 1), u"status"_s), u"done"_s);
    QVERIFY(window->savedLabel()->text().contains(u"Saved"_s));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(status(1), PlaybookStore::StepStatus::Open);
    QCOMPARE(lastJournal(PlaybookStore::stepEntityId(m_instanceId, 1), u"status"_s), u"open"_s);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(status(1), PlaybookStore::StepStatus::Done);
    QCOMPARE(window->currentRow(), 0); // the cursor stays where it was

    // Skip (S) asks for a reason; Enter without one does nothing, with one skips.
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_S);
    ReasonDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = window->findChild<ReasonDialog *>()) != nullptr);
    QTRY_COMPARE(QApplication::focusWidget(), prompt->reasonEdit());
    QTest::keyClick(prompt->reasonEdit(), Qt::Key_Return);
    QVERIFY(prompt->isVisible());
    QCOMPARE(status(2), PlaybookStore::StepStatus::Open);
    QTest::keyClicks(prompt->reasonEdit(), u"Done in the sales call"_s);
    QTest::keyClick(prompt->reasonEdit(), Qt::Key_Return);
    QCOMPARE(status(2), PlaybookStore::StepStatus::Skipped);
    QCOMPARE(store.instance(m_instanceId)->steps.at(1).skipReason, u"Done in the sales call"_s);
    QCOMPARE(lastJournal(PlaybookStore::stepEntityId(m_instanceId, 2), u"skip_reason"_s),
             u"Done in the sales call"_s);
    QTRY_COMPARE(QApplication::focusWidget(), list);

    // N: the note; typing is saved within the debounce; Esc goes back to the list.
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(window->currentRow(), 2);
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(QApplication::focusWidget(), window->noteEdit());
    QTest::keyClicks(window->noteEdit(), u"Needs SSO first"_s);
    QTRY_COMPARE_WITH_TIMEOUT(store.instance(m_instanceId)->steps.at(2).note, u"Needs SSO first"_s,
                              CallModeWindow::noteDebounceMs + 700);
    QCOMPARE(lastJournal(PlaybookStore::stepEntityId(m_instanceId, 3), u"note"_s), u"Needs SSO first"_s);
    QTest::keyClicks(window->noteEdit(), u"!"_s);
    QTest::keyClick(window->noteEdit(), Qt::Key_Escape); // saves at once
    QCOMPARE(store.instance(m_instanceId)->steps.at(2).note, u"Needs SSO first!"_s);
    QCOMPARE(QApplication::focusWidget(), list);
    // Tab goes to the note too; Esc back.
    QTest::keyClick(list, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), window->noteEdit());
    QTest::keyClick(window->noteEdit(), Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), list);

    // Ctrl+T: stay on top, remembered; again: not.
    QVERIFY(!window->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    QTest::keyClick(list, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(window->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    QVERIFY(QSettings().value(u"CallMode/stayOnTop"_s).toBool());
    QVERIFY(window->isVisible());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(!window->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    QVERIFY(!QSettings().value(u"CallMode/stayOnTop"_s).toBool());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    list->setFocus();

    // Esc closes (and deletes) the window.
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_VERIFY(window.isNull());
    QVERIFY(QSettings().contains(u"CallMode/geometry"_s));
}

void TestCallMode::switcher()
{
    PlaybookStore store(m_db, m_ownerId);
    const QString second = store.start(m_accountId, u"qbr_preparation"_s);
    QVERIFY2(!second.isEmpty(), qPrintable(store.lastError()));
    Workspace workspace;
    CallModeWindow window(m_db, &workspace, m_accountId, m_instanceId);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.switcher()->isVisible());
    QCOMPARE(window.switcher()->count(), 2);
    const int secondIndex = window.switcher()->currentIndex() == 0 ? 2 : 1;
    QTest::keyClick(window.stepList(), Qt::Key(Qt::Key_0 + secondIndex), Qt::ControlModifier);
    QCOMPARE(window.instanceId(), second);
    QTest::keyClick(window.stepList(), Qt::Key(Qt::Key_0 + (3 - secondIndex)), Qt::ControlModifier);
    QCOMPARE(window.instanceId(), m_instanceId);
    QVERIFY(store.cancel(second));
}

void TestCallMode::killSurvival()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a Unix signal");
#endif
    // A copy of the cache with a fresh onboarding playbook, for the child alone.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"child.sqlite"_s);
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"VACUUM INTO '%1'"_s.arg(copy)));
    }
    QString childInstance;
    {
        Database db;
        QString error;
        QVERIFY2(db.open(copy, &error), qPrintable(error));
        PlaybookStore store(db, m_ownerId);
        QVERIFY(store.cancel(m_instanceId));
        childInstance = store.start(m_accountId, u"onboarding"_s);
        QVERIFY2(!childInstance.isEmpty(), qPrintable(store.lastError()));
    }
    const QString mark = dir.filePath(u"typed"_s);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childDbVar), copy);
    env.insert(QString::fromLatin1(childAccountVar), m_accountId);
    env.insert(QString::fromLatin1(childMarkVar), mark);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(mark) || child.state() == QProcess::NotRunning, 30000);
    QVERIFY2(child.state() == QProcess::Running, "the helper ended before typing");
    QThread::msleep(1000); // a second after the last keystroke
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Database db;
    QString error;
    QVERIFY2(db.open(copy, &error), qPrintable(error));
    QCOMPARE(scalar(db.connection(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    PlaybookStore store(db, m_ownerId);
    const auto instance = store.instance(childInstance);
    QVERIFY(instance);
    QCOMPARE(instance->steps.at(0).status, PlaybookStore::StepStatus::Done);
    QCOMPARE(instance->steps.at(1).note, childNote);
    QCOMPARE(scalar(db.connection(),
                    u"SELECT new_value FROM change_journal WHERE entity = 'playbook_step' AND entity_id = ?"
                    " AND field = 'note' ORDER BY seq DESC LIMIT 1"_s,
                    { PlaybookStore::stepEntityId(childInstance, 2) })
                 .toString(),
             childNote);
}

// PITWALL_PBCALL_SHOTS=DIR: the window as a picture, to look at.
void TestCallMode::screenshots()
{
    const QString dir = qEnvironmentVariable("PITWALL_PBCALL_SHOTS");
    if (dir.isEmpty())
        QSKIP("PITWALL_PBCALL_SHOTS not set");
    const QString language = qEnvironmentVariable("PITWALL_PBCALL_LOCALE", u"en"_s);
    PlaybookStore store(m_db, m_ownerId);
    store.cancel(m_instanceId);
    PlaybookStore::StartOptions options;
    options.startDate = QDate::currentDate().addDays(-10);
    const QString id = store.start(m_accountId, u"onboarding"_s, options);
    QVERIFY2(!id.isEmpty(), qPrintable(store.lastError()));
    QVERIFY(store.check(id, 1));
    QVERIFY(store.check(id, 2, u"Kickoff held with the CTO"_s));
    Workspace workspace;
    CallModeWindow window(m_db, &workspace, m_accountId, id);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.resize(560, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentRow(2);
    QTest::keyClick(window.stepList(), Qt::Key_N);
    QTest::keyClicks(window.noteEdit(), u"Waiting for SSO metadata from their IT"_s);
    QTest::qWait(CallModeWindow::noteDebounceMs + 200);
    QVERIFY(window.grab().save(dir + u"/pbcall-callmode-"_s + language + u".png"_s));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(childDbVar))
        return runChild(argc, argv);
    QApplication app(argc, argv);
    TestCallMode test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_callmode.moc"
