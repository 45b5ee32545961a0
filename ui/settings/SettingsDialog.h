#pragma once

#include "playbook/PlaybookRules.h"
#include "playbook/PlaybookTemplateStore.h"

#include <QDialog>
#include <QList>
#include <optional>

class Database;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class Workspace;

// Settings (Edit → Settings…, Ctrl+,). Two pages:
// - Playbooks: the templates in force with their origin (built in, published by CS Ops,
//   local). Each one's steps show with their due rules; a built-in or published template
//   is read-only and can be duplicated into a local one, which is edited here (name,
//   description, steps: title, guidance, anchor, days, owner role, required; add, remove,
//   reorder) and saved after PlaybookTemplate::fromJson has validated it (its errors show
//   under the editor). Local templates can be deleted; any template exported to, and
//   templates imported from, a JSON file.
// - Rules: the rules in force (trigger, action, template) with a switch per rule; a
//   switch saves the set as the local rule set. A set published by CS Ops is read-only.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page
    {
        PlaybooksPage,
        RulesPage,
    };
    enum StepColumn
    {
        StepTitle,
        StepGuidance,
        StepAnchor, // "no due date", start, renewal date, contract start
        StepDays,
        StepOwnerRole,
        StepRequired,
        StepDueRule, // the rule as read (Playbook::dueRuleLabel), read-only
        StepColumnCount
    };
    enum RuleColumn
    {
        RuleEnabled,
        RuleName,
        RuleTrigger,
        RuleAction,
        RuleTemplate,
        RuleColumnCount
    };

    SettingsDialog(Database &db, Workspace &workspace, QWidget *parent = nullptr);

    void showPage(Page page);

    // The Playbooks page.
    QTreeWidget *templateList() const { return m_templates; }
    // Selects the template with this id; false when it is not listed.
    bool selectTemplate(const QString &id);
    QString currentTemplateId() const;
    bool isEditable() const; // the selected template is a local one
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QTableWidget *stepTable() const { return m_steps; }
    QLabel *templateError() const { return m_error; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *addStepButton() const { return m_addStep; }
    QPushButton *removeStepButton() const { return m_removeStep; }

    // The actions behind the buttons (tests call them directly too).
    // Duplicates the selected template into a new local one and selects it.
    bool duplicateTemplate();
    // Validates and saves the edited local template; false with the errors shown.
    bool saveTemplate();
    bool deleteTemplate();
    bool importTemplates();
    bool exportTemplate();
    void addStep();
    void removeStep();
    void moveStep(int delta);
    // Whether the editor holds changes not saved.
    bool isModified() const { return m_modified; }

    // The Rules page.
    QTableWidget *ruleTable() const { return m_rules; }
    QLabel *ruleOrigin() const { return m_ruleOrigin; }
    // Switches a rule on or off and saves the set as the local one.
    bool setRuleEnabled(const QString &ruleId, bool enabled);

    // The template as edited (validated), or nullopt with *error.
    std::optional<PlaybookTemplate> editedTemplate(QString *error) const;

public Q_SLOTS:
    void reject() override;

private:
    QWidget *createPlaybooksPage();
    QWidget *createRulesPage();
    void loadTemplates(const QString &select = {});
    void showTemplate();
    void setStepRow(int row, const PlaybookStepTemplate &step, bool readOnly, const PlaybookTemplate &tmpl,
                    int index);
    void updateDueRule(int row);
    void setModified(bool modified);
    void updateButtons();
    bool confirmDiscard();
    void loadRules();
    QString originLabel(const PlaybookTemplate &tmpl, bool shadowed) const;

    Database &m_db;
    Workspace &m_workspace;
    QList<PlaybookTemplateStore::Entry> m_entries;
    std::optional<PlaybookTemplate> m_current;
    bool m_modified = false;
    bool m_loading = false;
    PlaybookRuleSet m_ruleSet;

    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_templates = nullptr;
    QLabel *m_origin = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_id = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QTableWidget *m_steps = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_addStep = nullptr;
    QPushButton *m_removeStep = nullptr;
    QPushButton *m_stepUp = nullptr;
    QPushButton *m_stepDown = nullptr;
    QTableWidget *m_rules = nullptr;
    QLabel *m_ruleOrigin = nullptr;
    QLabel *m_ruleError = nullptr;
    QPushButton *m_restoreRules = nullptr;
};
