// Settings' Playbooks and Rules pages on a fresh cache, offscreen: the templates in force
// with their origin; a built-in or published template is read-only; duplicating one makes
// an editable local copy that is edited (name, steps added, changed, reordered, removed)
// and saved; a validation error shows inline and nothing is saved; a local template is
// deleted; export and import through the FileDialogs seam; a rule switched off is saved
// as the local rule set, and a published set cannot be switched.
// PITWALL_SETTINGS_SCREENSHOT=/tmp/settings [PITWALL_SETTINGS_LOCALE=zh_CN] saves
// <path>-playbooks.png and <path>-rules.png.
#include "TestSupport.h"
#include "common/FileDialogs.h"
#include "common/Localization.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "playbook/PlaybookRules.h"
#include "playbook/PlaybookTemplateStore.h"
#include "settings/SettingsDialog.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheTemplatesWithTheirOrigin();
    void builtInTemplateIsReadOnly();
    void duplicateEditAndSave();
    void validationErrorIsShownAndNothingSaved();
    void reorderAndRemoveSteps();
    void deleteALocalTemplate();
    void exportAndImportThroughTheSeam();
    void publishedTemplateCannotBeEdited();
    void ruleSwitchedOffIsSavedLocally();
    void publishedRulesAreReadOnly();
    void screenshot();

private:
    std::unique_ptr<SettingsDialog> makeDialog();
    bool publish(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    QList<MessageBoxes::Request> m_messages;
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;
    QString m_fileAnswer;
};

void TestSettingsDialog::initTestCase()
{
    TestSupport::isolateSettings();
    const QString language = qEnvironmentVariable("PITWALL_SETTINGS_LOCALE");
    if (!language.isEmpty()) {
        Localization::install(*qApp, language);
        QLocale::setDefault(QLocale(language));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    Theme::apply(*qApp);
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_messages.append(request);
        return m_answer;
    });
    FileDialogs::setHandler([this](const FileDialogs::Request &) { return m_fileAnswer; });
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setUser(u"U1"_s, u"Alice Martin"_s);
    m_messages.clear();
    m_answer = QMessageBox::Yes;
    m_fileAnswer.clear();
}

void TestSettingsDialog::cleanup()
{
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::makeDialog()
{
    auto dialog = std::make_unique<SettingsDialog>(*m_db, *m_workspace);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("settings not exposed");
    return dialog;
}

// What an import of a central export stores (config_documents).
bool TestSettingsDialog::publish(const QString &name, const QByteArray &content)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT OR REPLACE INTO config_documents (name, content, source, imported_at)"
              " VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(content));
    q.addBindValue(u"cs-ops.json"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        qWarning().noquote() << q.lastError().text();
        return false;
    }
    return true;
}

void TestSettingsDialog::listsTheTemplatesWithTheirOrigin()
{
    auto dialog = makeDialog();
    QTreeWidget *list = dialog->templateList();
    QCOMPARE(list->topLevelItemCount(), 5);
    QCOMPARE(list->topLevelItem(0)->text(1), u"Built in"_s);
    QCOMPARE(dialog->currentTemplateId(), u"onboarding"_s);
    QCOMPARE(dialog->stepTable()->rowCount(), int(PlaybookTemplate::builtIn(u"onboarding"_s)->steps.size()));
    // Each step's due rule reads as Playbook::dueRuleLabel writes it.
    const PlaybookTemplate onboarding = *PlaybookTemplate::builtIn(u"onboarding"_s);
    for (int row = 0; row < onboarding.steps.size(); ++row) {
        const PlaybookStepTemplate &step = onboarding.steps.at(row);
        if (step.dated)
            QCOMPARE(dialog->stepTable()->item(row, SettingsDialog::StepDueRule)->text(),
                     Playbook::dueRuleLabel(step));
    }
}

void TestSettingsDialog::builtInTemplateIsReadOnly()
{
    auto dialog = makeDialog();
    QVERIFY(dialog->selectTemplate(u"risk_rescue"_s));
    QVERIFY(!dialog->isEditable());
    QVERIFY(dialog->nameEdit()->isReadOnly());
    QVERIFY(!dialog->saveButton()->isVisible());
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QVERIFY(dialog->duplicateButton()->isEnabled());
    QVERIFY(!(dialog->stepTable()->item(0, SettingsDialog::StepTitle)->flags() & Qt::ItemIsEditable));
    QVERIFY(!dialog->stepTable()->cellWidget(0, SettingsDialog::StepAnchor)->isEnabled());
    QVERIFY(!dialog->saveTemplate());
}

void TestSettingsDialog::duplicateEditAndSave()
{
    auto dialog = makeDialog();
    QVERIFY(dialog->selectTemplate(u"renewal"_s));
    const PlaybookTemplate renewal = *PlaybookTemplate::builtIn(u"renewal"_s);
    QVERIFY(dialog->duplicateTemplate());
    QCOMPARE(dialog->currentTemplateId(), u"renewal_copy"_s);
    QVERIFY(dialog->isEditable());
    QCOMPARE(dialog->templateList()->currentItem()->text(1), u"Local"_s);
    QCOMPARE(dialog->stepTable()->rowCount(), int(renewal.steps.size()));
    QCOMPARE(PlaybookTemplateStore(*m_db).local().size(), 1);

    // Edit: the name, a step's title and due rule, a new step.
    dialog->nameEdit()->setText(u"Renewal, enterprise"_s);
    Q_EMIT dialog->nameEdit()->textEdited(dialog->nameEdit()->text());
    QVERIFY(dialog->isModified());
    QVERIFY(dialog->saveButton()->isEnabled());
    dialog->stepTable()->item(0, SettingsDialog::StepTitle)->setText(u"Review the account plan"_s);
    auto *days = qobject_cast<QSpinBox *>(dialog->stepTable()->cellWidget(0, SettingsDialog::StepDays));
    QVERIFY(days);
    days->setValue(-150);
    QCOMPARE(
        dialog->stepTable()->item(0, SettingsDialog::StepDueRule)->text(),
        Playbook::dueRuleLabel(PlaybookStepTemplate { u"x"_s, {}, true, PlaybookAnchor::Renewal, -150 }));
    dialog->stepTable()->setCurrentCell(dialog->stepTable()->rowCount() - 1, 0);
    dialog->addStep();
    const int added = dialog->stepTable()->rowCount() - 1;
    QCOMPARE(added, int(renewal.steps.size()));
    dialog->stepTable()->item(added, SettingsDialog::StepTitle)->setText(u"Send the thank-you note"_s);
    auto *anchor
        = qobject_cast<QComboBox *>(dialog->stepTable()->cellWidget(added, SettingsDialog::StepAnchor));
    anchor->setCurrentIndex(anchor->findData(u"renewal"_s));
    qobject_cast<QSpinBox *>(dialog->stepTable()->cellWidget(added, SettingsDialog::StepDays))->setValue(7);
    auto *role
        = qobject_cast<QComboBox *>(dialog->stepTable()->cellWidget(added, SettingsDialog::StepOwnerRole));
    role->setCurrentIndex(role->findData(u"manager"_s));
    dialog->stepTable()->item(added, SettingsDialog::StepRequired)->setCheckState(Qt::Unchecked);

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY2(!dialog->templateError()->isVisible(), qPrintable(dialog->templateError()->text()));
    QVERIFY(!dialog->isModified());

    const std::optional<PlaybookTemplate> saved = PlaybookTemplateStore(*m_db).find(u"renewal_copy"_s);
    QVERIFY(saved);
    QCOMPARE(saved->origin, PlaybookTemplate::Origin::Local);
    QCOMPARE(saved->name, u"Renewal, enterprise"_s);
    QCOMPARE(saved->steps.size(), renewal.steps.size() + 1);
    QCOMPARE(saved->steps.at(0).title, u"Review the account plan"_s);
    QCOMPARE(saved->steps.at(0).from, PlaybookAnchor::Renewal);
    QCOMPARE(saved->steps.at(0).days, -150);
    const PlaybookStepTemplate &last = saved->steps.last();
    QCOMPARE(last.title, u"Send the thank-you note"_s);
    QVERIFY(last.dated);
    QCOMPARE(last.from, PlaybookAnchor::Renewal);
    QCOMPARE(last.days, 7);
    QCOMPARE(last.ownerRole, u"manager"_s);
    QVERIFY(!last.required);
    // The built-in one is untouched and still listed.
    QCOMPARE(PlaybookTemplateStore(*m_db).find(u"renewal"_s)->origin, PlaybookTemplate::Origin::BuiltIn);
    QCOMPARE(dialog->templateList()->topLevelItemCount(), 6);
    QCOMPARE(dialog->currentTemplateId(), u"renewal_copy"_s);

    // A second duplicate gets a free id.
    QVERIFY(dialog->selectTemplate(u"renewal"_s));
    QVERIFY(dialog->duplicateTemplate());
    QCOMPARE(dialog->currentTemplateId(), u"renewal_copy2"_s);
}

void TestSettingsDialog::validationErrorIsShownAndNothingSaved()
{
    auto dialog = makeDialog();
    QVERIFY(dialog->selectTemplate(u"qbr_preparation"_s));
    QVERIFY(dialog->duplicateTemplate());
    const std::optional<PlaybookTemplate> before
        = PlaybookTemplateStore(*m_db).find(dialog->currentTemplateId());
    QVERIFY(before);
    dialog->stepTable()->item(1, SettingsDialog::StepTitle)->setText(QString());
    QVERIFY(dialog->isModified());
    QVERIFY(!dialog->saveTemplate());
    QVERIFY(dialog->templateError()->isVisible());
    // The error names the step, as PlaybookTemplate::fromJson writes it.
    QVERIFY2(dialog->templateError()->text().contains(u"2"_s), qPrintable(dialog->templateError()->text()));
    QVERIFY(dialog->templateError()->text().contains(u"title"_s, Qt::CaseInsensitive));
    QVERIFY(dialog->isModified());
    QCOMPARE(PlaybookTemplateStore(*m_db).find(dialog->currentTemplateId())->steps.at(1).title,
             before->steps.at(1).title);
    // An empty name is refused too; fixing both saves.
    dialog->nameEdit()->clear();
    QVERIFY(!dialog->saveTemplate());
    dialog->nameEdit()->setText(u"QBR prep"_s);
    dialog->stepTable()->item(1, SettingsDialog::StepTitle)->setText(u"Pull the usage numbers"_s);
    QVERIFY(dialog->saveTemplate());
    QVERIFY(!dialog->templateError()->isVisible());
    QCOMPARE(PlaybookTemplateStore(*m_db).find(dialog->currentTemplateId())->steps.at(1).title,
             u"Pull the usage numbers"_s);
}

void TestSettingsDialog::reorderAndRemoveSteps()
{
    auto dialog = makeDialog();
    QVERIFY(dialog->selectTemplate(u"sales_handoff"_s));
    QVERIFY(dialog->duplicateTemplate());
    const QString id = dialog->currentTemplateId();
    const PlaybookTemplate before = *PlaybookTemplateStore(*m_db).find(id);
    QVERIFY(before.steps.size() >= 3);
    dialog->stepTable()->setCurrentCell(0, 0);
    dialog->moveStep(1);
    QCOMPARE(dialog->stepTable()->currentRow(), 1);
    QCOMPARE(dialog->stepTable()->item(0, SettingsDialog::StepTitle)->text(), before.steps.at(1).title);
    dialog->stepTable()->setCurrentCell(2, 0);
    dialog->removeStep();
    QVERIFY(dialog->saveTemplate());
    const PlaybookTemplate after = *PlaybookTemplateStore(*m_db).find(id);
    QCOMPARE(after.steps.size(), before.steps.size() - 1);
    QCOMPARE(after.steps.at(0), before.steps.at(1));
    QCOMPARE(after.steps.at(1), before.steps.at(0));
    QCOMPARE(after.steps.at(2), before.steps.at(3));
}

void TestSettingsDialog::deleteALocalTemplate()
{
    auto dialog = makeDialog();
    QVERIFY(dialog->selectTemplate(u"onboarding"_s));
    QVERIFY(dialog->duplicateTemplate());
    QCOMPARE(PlaybookTemplateStore(*m_db).local().size(), 1);
    m_answer = QMessageBox::No;
    QVERIFY(!dialog->deleteTemplate());
    QCOMPARE(PlaybookTemplateStore(*m_db).local().size(), 1);
    m_answer = QMessageBox::Yes;
    QVERIFY(dialog->deleteTemplate());
    QCOMPARE(PlaybookTemplateStore(*m_db).local().size(), 0);
    QCOMPARE(dialog->templateList()->topLevelItemCount(), 5);
}

void TestSettingsDialog::exportAndImportThroughTheSeam()
{
    auto dialog = makeDialog();
    QVERIFY(dialog->selectTemplate(u"risk_rescue"_s));
    m_fileAnswer = m_dir->filePath(u"risk.json"_s);
    QVERIFY(dialog->exportTemplate());
    QString error;
    const QByteArray json = TestSupport::readFile(m_fileAnswer);
    std::optional<PlaybookTemplate> exported = PlaybookTemplate::fromJson(json, &error);
    QVERIFY2(exported, qPrintable(error));
    QVERIFY(exported->sameContent(*PlaybookTemplate::builtIn(u"risk_rescue"_s)));

    // Imported under another id: a local template.
    exported->id = u"risk_rescue_emea"_s;
    exported->name = u"Risk rescue EMEA"_s;
    QFile file(m_dir->filePath(u"emea.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(PlaybookTemplate::listToJson({ *exported }));
    file.close();
    m_fileAnswer = file.fileName();
    QVERIFY(dialog->importTemplates());
    QCOMPARE(dialog->currentTemplateId(), u"risk_rescue_emea"_s);
    QVERIFY(dialog->isEditable());
    QCOMPARE(PlaybookTemplateStore(*m_db).local().size(), 1);

    // A broken file is refused with its errors.
    QFile broken(m_dir->filePath(u"broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"id": "x", "name": "X", "steps": [{"title": ""}]})");
    broken.close();
    m_fileAnswer = broken.fileName();
    m_messages.clear();
    QVERIFY(!dialog->importTemplates());
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(!m_messages.first().informativeText.isEmpty());
    QCOMPARE(PlaybookTemplateStore(*m_db).local().size(), 1);
}

void TestSettingsDialog::publishedTemplateCannotBeEdited()
{
    PlaybookTemplate published = *PlaybookTemplate::builtIn(u"onboarding"_s);
    published.id = u"enterprise_onboarding"_s;
    published.name = u"Enterprise onboarding"_s;
    QVERIFY(publish(PlaybookTemplateStore::documentName(), PlaybookTemplate::listToJson({ published })));
    auto dialog = makeDialog();
    QVERIFY(dialog->selectTemplate(u"enterprise_onboarding"_s));
    QCOMPARE(dialog->templateList()->currentItem()->text(1), u"CS Ops"_s);
    QVERIFY(!dialog->isEditable());
    QVERIFY(dialog->nameEdit()->isReadOnly());
    QVERIFY(!dialog->saveButton()->isVisible());
    QVERIFY(!dialog->deleteButton()->isEnabled());
    dialog->nameEdit()->setText(u"Changed"_s);
    QVERIFY(!dialog->saveTemplate());
    QCOMPARE(PlaybookTemplateStore(*m_db).find(u"enterprise_onboarding"_s)->name, u"Enterprise onboarding"_s);
    // It can be duplicated into a local one.
    QVERIFY(dialog->duplicateTemplate());
    QCOMPARE(dialog->currentTemplateId(), u"enterprise_onboarding_copy"_s);
    QVERIFY(dialog->isEditable());
}

void TestSettingsDialog::ruleSwitchedOffIsSavedLocally()
{
    auto dialog = makeDialog();
    dialog->showPage(SettingsDialog::RulesPage);
    QTableWidget *rules = dialog->ruleTable();
    const PlaybookRuleSet builtIn = PlaybookRuleSet::builtIn();
    QCOMPARE(rules->rowCount(), int(builtIn.rules.size()));
    QCOMPARE(rules->item(0, SettingsDialog::RuleTrigger)->text(), builtIn.rules.at(0).triggerSummary());
    QCOMPARE(rules->item(0, SettingsDialog::RuleAction)->text(), builtIn.rules.at(0).actionSummary());
    QCOMPARE(rules->item(0, SettingsDialog::RuleEnabled)->checkState(), Qt::Checked);

    rules->item(0, SettingsDialog::RuleEnabled)->setCheckState(Qt::Unchecked);
    const PlaybookRuleSet active = PlaybookRules(*m_db).active();
    QCOMPARE(active.origin, PlaybookRuleSet::Origin::Local);
    QCOMPARE(active.rules.size(), builtIn.rules.size());
    QVERIFY(!active.rules.at(0).enabled);
    QVERIFY(active.rules.at(1).enabled);
    QCOMPARE(dialog->ruleTable()->item(0, SettingsDialog::RuleEnabled)->checkState(), Qt::Unchecked);

    // On again, then back to the built-in set.
    QVERIFY(dialog->setRuleEnabled(builtIn.rules.at(0).id, true));
    QVERIFY(PlaybookRules(*m_db).active().rules.at(0).enabled);
    auto *restore = dialog->findChild<QPushButton *>(u"settingsRestoreRules"_s);
    QVERIFY(restore && restore->isVisible());
    restore->click();
    QCOMPARE(PlaybookRules(*m_db).active().origin, PlaybookRuleSet::Origin::BuiltIn);
}

void TestSettingsDialog::publishedRulesAreReadOnly()
{
    PlaybookRuleSet set = PlaybookRuleSet::builtIn();
    QVERIFY(publish(PlaybookRules::documentName(), set.toJson()));
    auto dialog = makeDialog();
    QCOMPARE(PlaybookRules(*m_db).active().origin, PlaybookRuleSet::Origin::Published);
    QVERIFY(!(dialog->ruleTable()->item(0, SettingsDialog::RuleEnabled)->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!dialog->setRuleEnabled(set.rules.at(0).id, false));
    QCOMPARE(PlaybookRules(*m_db).active().origin, PlaybookRuleSet::Origin::Published);
}

void TestSettingsDialog::screenshot()
{
    const QString path = qEnvironmentVariable("PITWALL_SETTINGS_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("PITWALL_SETTINGS_SCREENSHOT not set");
    auto dialog = makeDialog();
    QVERIFY(dialog->selectTemplate(u"renewal"_s));
    QVERIFY(dialog->duplicateTemplate());
    dialog->stepTable()->item(1, SettingsDialog::StepTitle)->setText(QString());
    dialog->saveTemplate();
    QTest::qWait(200);
    QVERIFY(dialog->grab().save(path + u"-playbooks.png"_s));
    dialog->showPage(SettingsDialog::RulesPage);
    QTest::qWait(200);
    QVERIFY(dialog->grab().save(path + u"-rules.png"_s));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
