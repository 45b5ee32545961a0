// The Account 360's Playbooks tab on a demo cache: starting a playbook from the dialog
// (the schedule it previews, the due dates it stores, a second start of the same one
// refused), and ticking, unticking, skipping (a reason required) and noting steps through
// the real widgets, each asserted in the cache and its change journal; cancelling.
#include "TestSupport.h"
#include "account360/Account360View.h"
#include "common/Localization.h"
#include "common/Theme.h"
#include "demo/DemoExportWriter.h"
#include "playbook/PlaybookInstanceModel.h"
#include "playbook/PlaybookStepModel.h"
#include "playbook/PlaybookStore.h"
#include "playbook/PlaybookTemplateStore.h"
#include "playbooks/PlaybookPanel.h"
#include "playbooks/ReasonDialog.h"
#include "playbooks/StartPlaybookDialog.h"
#include "playbooks/StepNoteEdit.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestPlaybookPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startFromDialog();
    void tickSkipNoteCancel();
    void account360Tab();
    void screenshots();

private:
    QString journal(const QString &entityId, const QString &field) const;

    QTemporaryDir m_dir;
    Database m_db;
    QString m_accountId;
    QString m_ownerId;
    QDate m_renewal;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<PlaybookPanel> m_panel;
};

void TestPlaybookPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestSupport::isolateSettings();
    QCoreApplication::setOrganizationName(u"Pitwall"_s);
    QCoreApplication::setApplicationName(u"Pitwall-tests"_s);
    // PITWALL_PBCALL_LOCALE=zh_CN runs (and shoots) it in Chinese.
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
                 { .accounts = 40, .seed = 6, .usageWeeks = 12, .asOf = QDate::currentDate() }, &error),
             qPrintable(error));
    // A live account with a renewal date far enough ahead, and no open playbook.
    m_accountId = scalar(m_db,
                         u"SELECT a.id FROM accounts a WHERE a.archived = 0 AND a.renewal_date > ?"
                         " AND NOT EXISTS (SELECT 1 FROM playbook_instances p WHERE p.account_id = a.id)"
                         " ORDER BY a.id LIMIT 1"_s,
                         { QDate::currentDate().addDays(200).toString(Qt::ISODate) })
                      .toString();
    QVERIFY(!m_accountId.isEmpty());
    m_ownerId = scalar(m_db, u"SELECT owner_id FROM accounts WHERE id = ?"_s, { m_accountId }).toString();
    m_renewal = QDate::fromString(
        scalar(m_db, u"SELECT renewal_date FROM accounts WHERE id = ?"_s, { m_accountId }).toString(),
        Qt::ISODate);
    QVERIFY(m_renewal.isValid());
}

void TestPlaybookPanel::init()
{
    m_panel.reset();
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setUser(m_ownerId, u"The Owner"_s);
    m_panel = std::make_unique<PlaybookPanel>(m_db, m_workspace.get());
    new QAbstractItemModelTester(m_panel->stepModel(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                 m_panel.get());
    new QAbstractItemModelTester(m_panel->instanceModel(),
                                 QAbstractItemModelTester::FailureReportingMode::Fatal, m_panel.get());
    m_panel->resize(1100, 700);
    m_panel->setAccount(m_accountId);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

QString TestPlaybookPanel::journal(const QString &entityId, const QString &field) const
{
    return scalar(const_cast<Database &>(m_db),
                  u"SELECT new_value FROM change_journal WHERE entity = 'playbook_step' AND entity_id = ?"
                  " AND field = ? ORDER BY seq DESC LIMIT 1"_s,
                  { entityId, field })
        .toString();
}

void TestPlaybookPanel::startFromDialog()
{
    QVERIFY(m_panel->findChild<QWidget *>(u"noPlaybooksState"_s)->isVisible());
    StartPlaybookDialog *dialog = m_panel->startPlaybook();
    QVERIFY(dialog);
    const QDate today = QDate::currentDate();

    // The renewal play counts back from the account's renewal date.
    QVERIFY(dialog->selectTemplate(u"renewal"_s));
    const PlaybookTemplate renewal = *PlaybookTemplateStore(m_db).find(u"renewal"_s);
    const PlaybookSchedule renewalSchedule = PlaybookSchedule::compute(renewal, { today, m_renewal, {} });
    QCOMPARE(dialog->schedulePreview()->topLevelItemCount(), renewal.steps.size());
    for (int i = 0; i < renewal.steps.size(); ++i)
        QCOMPARE(dialog->schedulePreview()->topLevelItem(i)->data(3, Qt::UserRole).toDate(),
                 renewalSchedule.due.at(i));
    QVERIFY(renewalSchedule.due.contains(m_renewal.addDays(-120)) || renewalSchedule.clampedSteps > 0);

    // Onboarding: day 2, day 7, ... from today.
    QVERIFY(dialog->selectTemplate(u"onboarding"_s));
    const PlaybookTemplate onboarding = *PlaybookTemplateStore(m_db).find(u"onboarding"_s);
    QTreeWidget *preview = dialog->schedulePreview();
    QCOMPARE(preview->topLevelItemCount(), onboarding.steps.size());
    QList<QDate> expected;
    for (int i = 0; i < onboarding.steps.size(); ++i) {
        const PlaybookStepTemplate &step = onboarding.steps.at(i);
        expected.append(step.dated ? today.addDays(step.days) : QDate());
        QCOMPARE(preview->topLevelItem(i)->data(3, Qt::UserRole).toDate(), expected.last());
    }
    QVERIFY(expected.contains(today.addDays(2)));
    QVERIFY(dialog->startButton()->isEnabled());
    dialog->startButton()->click();

    QTRY_VERIFY(!m_panel->currentInstanceId().isEmpty());
    const QString id = m_panel->currentInstanceId();
    QCOMPARE(m_panel->stepModel()->rowCount(), onboarding.steps.size());
    QCOMPARE(m_panel->instanceModel()->rowCount(), 1);
    QVERIFY(m_panel->stepList()->isVisible());
    for (int i = 0; i < onboarding.steps.size(); ++i) {
        QCOMPARE(m_panel->stepModel()->index(i, 0).data(PlaybookStepModel::DueDateRole).toDate(),
                 expected.at(i));
        QCOMPARE(scalar(m_db, u"SELECT due_date FROM playbook_steps WHERE instance_id = ? AND position = ?"_s,
                        { id, i + 1 })
                     .toString(),
                 expected.at(i).isValid() ? expected.at(i).toString(Qt::ISODate) : QString());
    }
    QCOMPARE(scalar(m_db, u"SELECT started_by FROM playbook_instances WHERE id = ?"_s, { id }).toString(),
             m_ownerId);
    QVERIFY(!scalar(m_db,
                    u"SELECT new_value FROM change_journal WHERE entity = 'playbook' AND entity_id = ?"
                    " AND field = 'created'"_s,
                    { id })
                 .toString()
                 .isEmpty());

    // A second onboarding is refused in the dialog, with the reason.
    StartPlaybookDialog *again = m_panel->startPlaybook();
    QVERIFY(again->selectTemplate(u"onboarding"_s));
    QVERIFY(!again->startButton()->isEnabled());
    QVERIFY(again->errorLabel()->isVisibleTo(again));
    QVERIFY2(again->errorLabel()->text().contains(u"already running"_s),
             qPrintable(again->errorLabel()->text()));
    again->reject();
    QCOMPARE(scalar(m_db,
                    u"SELECT COUNT(*) FROM playbook_instances WHERE account_id = ? AND status = 'open'"_s,
                    { m_accountId })
                 .toInt(),
             1);
}

void TestPlaybookPanel::tickSkipNoteCancel()
{
    QCOMPARE(m_panel->instanceModel()->rowCount(), 1);
    const QString id = m_panel->currentInstanceId();
    QVERIFY(!id.isEmpty());
    PlaybookStore store(m_db, m_ownerId);
    QListView *list = m_panel->stepList();
    list->setFocus();
    m_panel->setCurrentStepRow(0);

    // Space ticks, and again unticks.
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(store.instance(id)->steps.at(0).status, PlaybookStore::StepStatus::Done);
    QCOMPARE(store.instance(id)->steps.at(0).doneBy, m_ownerId);
    QCOMPARE(journal(PlaybookStore::stepEntityId(id, 1), u"status"_s), u"done"_s);
    QCOMPARE(m_panel->instanceModel()->index(0, 0).data(PlaybookInstanceModel::ResolvedRole).toInt(), 1);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(store.instance(id)->steps.at(0).status, PlaybookStore::StepStatus::Open);
    QCOMPARE(journal(PlaybookStore::stepEntityId(id, 1), u"status"_s), u"open"_s);
    // The button does the same.
    m_panel->tickButton()->click();
    QCOMPARE(store.instance(id)->steps.at(0).status, PlaybookStore::StepStatus::Done);

    // Skip asks for a reason; OK is disabled without one.
    m_panel->setCurrentStepRow(1);
    m_panel->skipButton()->click();
    auto *reason = m_panel->findChild<ReasonDialog *>();
    QVERIFY(reason);
    QPushButton *ok = reason->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(reason->reasonEdit(), u"Customer ran their own kickoff"_s);
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_COMPARE(store.instance(id)->steps.at(1).status, PlaybookStore::StepStatus::Skipped);
    QCOMPARE(store.instance(id)->steps.at(1).skipReason, u"Customer ran their own kickoff"_s);
    QCOMPARE(journal(PlaybookStore::stepEntityId(id, 2), u"skip_reason"_s),
             u"Customer ran their own kickoff"_s);

    // The note of step 3 is saved as typed (debounced), and flushed on switching steps.
    m_panel->setCurrentStepRow(2);
    StepNoteEdit *note = m_panel->noteEdit();
    QVERIFY(note->isEnabled());
    note->setFocus();
    QTest::keyClicks(note, u"Admin access requested"_s);
    QTRY_COMPARE_WITH_TIMEOUT(store.instance(id)->steps.at(2).note, u"Admin access requested"_s, 3000);
    QCOMPARE(journal(PlaybookStore::stepEntityId(id, 3), u"note"_s), u"Admin access requested"_s);
    QTest::keyClicks(note, u"; SSO next"_s);
    m_panel->setCurrentStepRow(3); // flushes at once
    QCOMPARE(store.instance(id)->steps.at(2).note, u"Admin access requested; SSO next"_s);
    QCOMPARE(note->toPlainText(), store.instance(id)->steps.at(3).note);
    // The guidance of the current step is shown.
    QCOMPARE(m_panel->guidanceLabel()->text(), store.instance(id)->steps.at(3).displayGuidance());

    // Cancel: confirmed, with an optional reason.
    m_panel->cancelButton()->click();
    auto *confirm = m_panel->findChild<ReasonDialog *>(u"cancelPlaybookDialog"_s);
    QVERIFY(confirm);
    QTest::keyClicks(confirm->reasonEdit(), u"Handed to the partner"_s);
    QTest::keyClick(confirm->reasonEdit(), Qt::Key_Return);
    QTRY_COMPARE(store.instance(id)->status, PlaybookStore::Status::Cancelled);
    QCOMPARE(store.instance(id)->cancelReason, u"Handed to the partner"_s);
    QVERIFY(!m_panel->cancelButton()->isEnabled());
    QVERIFY(!m_panel->tickButton()->isEnabled());
}

void TestPlaybookPanel::account360Tab()
{
    m_panel.reset();
    Account360View view(m_db, *m_workspace, m_accountId);
    view.resize(1200, 800);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QCOMPARE(view.tabs()->count(), int(Account360View::TabCount));
    QVERIFY(view.tabs()->tabText(Account360View::PlaybooksTab).startsWith(u"Playbooks"_s));
    QTest::keyClick(&view, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(view.tabs()->currentIndex(), int(Account360View::PlaybooksTab));
    QCOMPARE(view.playbookPanel()->accountId(), m_accountId);
    QCOMPARE(view.playbookPanel()->instanceModel()->rowCount(), 1); // the cancelled one
}

// PITWALL_PBCALL_SHOTS=DIR: the tab and the dialog as pictures, to look at.
void TestPlaybookPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("PITWALL_PBCALL_SHOTS");
    if (dir.isEmpty())
        QSKIP("PITWALL_PBCALL_SHOTS not set");
    const QString language = qEnvironmentVariable("PITWALL_PBCALL_LOCALE", u"en"_s);
    m_panel.reset();
    PlaybookStore store(m_db, m_ownerId);
    const QString id = store.start(m_accountId, u"onboarding"_s);
    QVERIFY2(!id.isEmpty(), qPrintable(store.lastError()));
    QVERIFY(store.check(id, 1));
    QVERIFY(store.check(id, 2, u"Kickoff held with the CTO and two admins"_s));
    QVERIFY(store.skip(id, 3, u"Done by the partner"_s));
    Account360View view(m_db, *m_workspace, m_accountId);
    view.resize(1280, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showTab(Account360View::PlaybooksTab);
    view.playbookPanel()->selectInstance(id);
    view.playbookPanel()->setCurrentStepRow(3);
    QTest::qWait(100);
    QVERIFY(view.grab().save(dir + u"/pbcall-tab-"_s + language + u".png"_s));
    StartPlaybookDialog *dialog = view.playbookPanel()->startPlaybook();
    dialog->selectTemplate(u"renewal"_s);
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(dir + u"/pbcall-start-"_s + language + u".png"_s));
    dialog->selectTemplate(u"onboarding"_s);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(dir + u"/pbcall-start-running-"_s + language + u".png"_s));
    dialog->reject();
}

QTEST_MAIN(TestPlaybookPanel)
#include "tst_playbookpanel.moc"
