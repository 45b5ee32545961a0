#include "SettingsDialog.h"

#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "common/Theme.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int editableRole = Qt::UserRole + 1;

// The anchor combo's entries: no due date, then the anchors.
QComboBox *anchorCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(SettingsDialog::tr("No due date"), QString());
    for (const PlaybookAnchor anchor :
         { PlaybookAnchor::Start, PlaybookAnchor::Renewal, PlaybookAnchor::ContractStart })
        combo->addItem(Playbook::anchorLabel(anchor), Playbook::anchorKeyword(anchor));
    return combo;
}

QComboBox *roleCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const QString &role : Playbook::ownerRoles())
        combo->addItem(Playbook::ownerRoleLabel(role), role);
    return combo;
}

} // namespace

SettingsDialog::SettingsDialog(Database &db, Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    resize(1200, 700);

    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->addTab(createPlaybooksPage(), tr("Playbooks"));
    m_tabs->addTab(createRulesPage(), tr("Rules"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    loadTemplates();
    loadRules();
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

// --- Playbooks ----------------------------------------------------------------------

QWidget *SettingsDialog::createPlaybooksPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"settingsPlaybooksPage"_s);

    // The templates, with their origin.
    auto *left = new QWidget(page);
    m_templates = new QTreeWidget(left);
    m_templates->setObjectName(u"settingsTemplates"_s);
    m_templates->setColumnCount(2);
    m_templates->setHeaderLabels({ tr("Template"), tr("From") });
    m_templates->setRootIsDecorated(false);
    m_templates->setUniformRowHeights(true);
    m_templates->setAllColumnsShowFocus(true);
    m_templates->header()->setStretchLastSection(false);
    m_templates->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_templates->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_templates->setAccessibleName(tr("Playbook templates"));
    connect(m_templates, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current, QTreeWidgetItem *previous) {
                if (m_loading || current == previous)
                    return;
                if (m_modified && previous && !confirmDiscard()) {
                    const QSignalBlocker blocker(m_templates);
                    m_templates->setCurrentItem(previous);
                    return;
                }
                showTemplate();
            });

    m_duplicate = new QPushButton(tr("D&uplicate"), left);
    m_duplicate->setObjectName(u"settingsDuplicate"_s);
    m_duplicate->setToolTip(tr("Copy this template into a local one you can edit"));
    m_delete = new QPushButton(tr("&Delete"), left);
    m_delete->setObjectName(u"settingsDelete"_s);
    m_import = new QPushButton(tr("&Import…"), left);
    m_import->setObjectName(u"settingsImport"_s);
    m_import->setToolTip(tr("Add templates from a JSON file as local templates"));
    m_export = new QPushButton(tr("E&xport…"), left);
    m_export->setObjectName(u"settingsExport"_s);
    m_export->setToolTip(tr("Save this template as a JSON file"));
    connect(m_duplicate, &QPushButton::clicked, this, &SettingsDialog::duplicateTemplate);
    connect(m_delete, &QPushButton::clicked, this, &SettingsDialog::deleteTemplate);
    connect(m_import, &QPushButton::clicked, this, &SettingsDialog::importTemplates);
    connect(m_export, &QPushButton::clicked, this, &SettingsDialog::exportTemplate);
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_duplicate, 0, 0);
    listButtons->addWidget(m_delete, 0, 1);
    listButtons->addWidget(m_import, 1, 0);
    listButtons->addWidget(m_export, 1, 1);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_templates, 1);
    leftLayout->addLayout(listButtons);

    // The editor.
    auto *right = new QWidget(page);
    m_origin = new QLabel(right);
    m_origin->setObjectName(u"settingsTemplateOrigin"_s);
    m_origin->setWordWrap(true);
    Theme::setRole(m_origin, "muted");
    m_name = new QLineEdit(right);
    m_name->setObjectName(u"settingsTemplateName"_s);
    m_id = new QLabel(right);
    m_id->setObjectName(u"settingsTemplateId"_s);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description = new QPlainTextEdit(right);
    m_description->setObjectName(u"settingsTemplateDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 14);
    connect(m_name, &QLineEdit::textEdited, this, [this] { setModified(true); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            setModified(true);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("ID:"), m_id);
    form->addRow(tr("D&escription:"), m_description);

    m_steps = new QTableWidget(0, StepColumnCount, right);
    m_steps->setObjectName(u"settingsSteps"_s);
    m_steps->setHorizontalHeaderLabels(
        { tr("Step"), tr("Guidance"), tr("Due from"), tr("Days"), tr("Owner"), tr("Required"), tr("Due") });
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setWordWrap(false);
    m_steps->verticalHeader()->setDefaultSectionSize(32);
    QHeaderView *header = m_steps->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(StepTitle, QHeaderView::Stretch);
    header->resizeSection(StepGuidance, 150);
    header->resizeSection(StepAnchor, 125);
    header->resizeSection(StepDays, 70);
    header->resizeSection(StepOwnerRole, 110);
    header->setSectionResizeMode(StepRequired, QHeaderView::ResizeToContents);
    header->resizeSection(StepDueRule, 140);
    connect(m_steps, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading)
            return;
        if (item->column() != StepDueRule)
            setModified(true);
    });
    connect(m_steps, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });

    m_addStep = new QPushButton(tr("&Add step"), right);
    m_addStep->setObjectName(u"settingsAddStep"_s);
    m_removeStep = new QPushButton(tr("&Remove step"), right);
    m_removeStep->setObjectName(u"settingsRemoveStep"_s);
    m_stepUp = new QPushButton(tr("Move &up"), right);
    m_stepUp->setObjectName(u"settingsStepUp"_s);
    m_stepDown = new QPushButton(tr("Move do&wn"), right);
    m_stepDown->setObjectName(u"settingsStepDown"_s);
    connect(m_addStep, &QPushButton::clicked, this, &SettingsDialog::addStep);
    connect(m_removeStep, &QPushButton::clicked, this, &SettingsDialog::removeStep);
    connect(m_stepUp, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_stepDown, &QPushButton::clicked, this, [this] { moveStep(1); });

    m_error = new QLabel(right);
    m_error->setObjectName(u"settingsTemplateError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRole(m_error, "error");
    m_error->hide();

    m_save = new QPushButton(tr("&Save template"), right);
    m_save->setObjectName(u"settingsSave"_s);
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    m_revert = new QPushButton(tr("Re&vert"), right);
    m_revert->setObjectName(u"settingsRevert"_s);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveTemplate);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        setModified(false);
        showTemplate();
    });

    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_addStep);
    stepButtons->addWidget(m_removeStep);
    stepButtons->addWidget(m_stepUp);
    stepButtons->addWidget(m_stepDown);
    stepButtons->addStretch();
    stepButtons->addWidget(m_revert);
    stepButtons->addWidget(m_save);

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_origin);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_steps, 1);
    rightLayout->addWidget(m_error);
    rightLayout->addLayout(stepButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 250, 930 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

QString SettingsDialog::originLabel(const PlaybookTemplate &tmpl, bool shadowed) const
{
    switch (tmpl.origin) {
    case PlaybookTemplate::Origin::BuiltIn:
        return tr("Built in");
    case PlaybookTemplate::Origin::Published:
        return tr("CS Ops");
    case PlaybookTemplate::Origin::Local:
        return shadowed ? tr("Local (hidden)") : tr("Local");
    }
    return {};
}

void SettingsDialog::loadTemplates(const QString &select)
{
    const QString keep = select.isEmpty() ? currentTemplateId() : select;
    PlaybookTemplateStore store(m_db);
    m_entries = store.entries();
    m_loading = true;
    m_templates->clear();
    QTreeWidgetItem *selected = nullptr;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const PlaybookTemplateStore::Entry &entry = m_entries.at(i);
        auto *item = new QTreeWidgetItem(m_templates);
        item->setText(0, entry.tmpl.displayName());
        item->setText(1, originLabel(entry.tmpl, entry.shadowed));
        item->setData(0, idRole, int(i));
        item->setData(0, editableRole, entry.tmpl.origin == PlaybookTemplate::Origin::Local);
        QString tip = entry.tmpl.displayName() + u"\n"_s + entry.tmpl.id;
        if (entry.shadowed)
            tip += u"\n"_s + tr("CS Ops publishes a template with this ID: theirs is the one in force.");
        else if (entry.replacesBuiltIn)
            tip += u"\n"_s + tr("Replaces the built-in template with this ID.");
        item->setToolTip(0, tip);
        if (entry.shadowed)
            item->setForeground(0, Theme::mutedText());
        if (!selected && entry.tmpl.id == keep
            && (entry.tmpl.origin == PlaybookTemplate::Origin::Local || !entry.shadowed))
            selected = item;
    }
    if (!selected && m_templates->topLevelItemCount() > 0)
        selected = m_templates->topLevelItem(0);
    m_templates->setCurrentItem(selected);
    m_loading = false;
    setModified(false);
    showTemplate();
}

bool SettingsDialog::selectTemplate(const QString &id)
{
    for (int i = 0; i < m_templates->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_templates->topLevelItem(i);
        const int entry = item->data(0, idRole).toInt();
        if (m_entries.at(entry).tmpl.id == id) {
            m_templates->setCurrentItem(item);
            return currentTemplateId() == id;
        }
    }
    return false;
}

QString SettingsDialog::currentTemplateId() const
{
    return m_current ? m_current->id : QString();
}

bool SettingsDialog::isEditable() const
{
    return m_current && m_current->origin == PlaybookTemplate::Origin::Local;
}

void SettingsDialog::showTemplate()
{
    const QTreeWidgetItem *item = m_templates->currentItem();
    m_current.reset();
    bool shadowed = false;
    if (item) {
        const PlaybookTemplateStore::Entry &entry = m_entries.at(item->data(0, idRole).toInt());
        m_current = entry.tmpl;
        shadowed = entry.shadowed;
    }
    m_loading = true;
    m_error->hide();
    m_steps->setRowCount(0);
    if (!m_current) {
        m_name->clear();
        m_id->clear();
        m_description->clear();
        m_origin->clear();
        m_loading = false;
        updateButtons();
        return;
    }
    const PlaybookTemplate &t = *m_current;
    const bool editable = isEditable();
    m_name->setText(editable ? t.name : t.displayName());
    m_id->setText(t.id);
    m_description->setPlainText(editable ? t.description : t.displayDescription());
    m_name->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    switch (t.origin) {
    case PlaybookTemplate::Origin::BuiltIn:
        m_origin->setText(tr("Built into Pitwall: read-only. Duplicate it to adapt it."));
        break;
    case PlaybookTemplate::Origin::Published:
        m_origin->setText(
            tr("Published by CS Ops in the central export: read-only. Duplicate it to adapt it."));
        break;
    case PlaybookTemplate::Origin::Local:
        m_origin->setText(shadowed
                              ? tr("Your local template. CS Ops publishes one with the same ID, which is "
                                   "the one in force; yours comes back if they stop publishing it.")
                              : tr("Your local template: edit it here and save."));
        break;
    }
    m_steps->setRowCount(int(t.steps.size()));
    for (int row = 0; row < t.steps.size(); ++row)
        setStepRow(row, t.steps.at(row), !editable, t, row);
    m_loading = false;
    updateButtons();
}

void SettingsDialog::setStepRow(int row, const PlaybookStepTemplate &step, bool readOnly,
                                const PlaybookTemplate &tmpl, int index)
{
    const Qt::ItemFlags textFlags = readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                             : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    const bool shownTranslated = readOnly && index >= 0;
    auto *title = new QTableWidgetItem(shownTranslated ? tmpl.displayStepTitle(index) : step.title);
    title->setFlags(textFlags);
    m_steps->setItem(row, StepTitle, title);
    auto *guidance = new QTableWidgetItem(shownTranslated ? tmpl.displayStepGuidance(index) : step.guidance);
    guidance->setFlags(textFlags);
    guidance->setToolTip(guidance->text());
    m_steps->setItem(row, StepGuidance, guidance);

    QComboBox *anchor = anchorCombo(m_steps);
    anchor->setCurrentIndex(step.dated ? anchor->findData(Playbook::anchorKeyword(step.from)) : 0);
    anchor->setEnabled(!readOnly);
    m_steps->setCellWidget(row, StepAnchor, anchor);
    auto *days = new QSpinBox(m_steps);
    days->setRange(-Playbook::maxDays, Playbook::maxDays);
    days->setValue(step.days);
    days->setEnabled(!readOnly && step.dated);
    m_steps->setCellWidget(row, StepDays, days);
    QComboBox *role = roleCombo(m_steps);
    const int roleIndex = role->findData(step.ownerRole);
    if (roleIndex < 0)
        role->addItem(step.ownerRole, step.ownerRole);
    role->setCurrentIndex(roleIndex < 0 ? role->count() - 1 : roleIndex);
    role->setEnabled(!readOnly);
    m_steps->setCellWidget(row, StepOwnerRole, role);
    auto *required = new QTableWidgetItem;
    required->setFlags(readOnly ? Qt::ItemIsSelectable | Qt::ItemIsEnabled
                                : Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    required->setCheckState(step.required ? Qt::Checked : Qt::Unchecked);
    m_steps->setItem(row, StepRequired, required);
    auto *rule = new QTableWidgetItem;
    rule->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_steps->setItem(row, StepDueRule, rule);

    // Widgets find their row when they change (rows move).
    const auto rowOf = [this](QWidget *widget) {
        for (int r = 0; r < m_steps->rowCount(); ++r) {
            for (int c = 0; c < StepColumnCount; ++c) {
                if (m_steps->cellWidget(r, c) == widget)
                    return r;
            }
        }
        return -1;
    };
    connect(anchor, &QComboBox::currentIndexChanged, this, [this, anchor, rowOf] {
        const int r = rowOf(anchor);
        if (auto *spin = qobject_cast<QSpinBox *>(m_steps->cellWidget(r, StepDays)))
            spin->setEnabled(isEditable() && !anchor->currentData().toString().isEmpty());
        updateDueRule(r);
        if (!m_loading)
            setModified(true);
    });
    connect(days, &QSpinBox::valueChanged, this, [this, days, rowOf] {
        updateDueRule(rowOf(days));
        if (!m_loading)
            setModified(true);
    });
    connect(role, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            setModified(true);
    });
    updateDueRule(row);
}

void SettingsDialog::updateDueRule(int row)
{
    if (row < 0 || row >= m_steps->rowCount() || !m_steps->item(row, StepDueRule))
        return;
    const auto *anchor = qobject_cast<QComboBox *>(m_steps->cellWidget(row, StepAnchor));
    const auto *days = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, StepDays));
    if (!anchor || !days)
        return;
    PlaybookStepTemplate step;
    const QString keyword = anchor->currentData().toString();
    step.dated = !keyword.isEmpty();
    step.from = Playbook::anchorFromKeyword(keyword).value_or(PlaybookAnchor::Start);
    step.days = days->value();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_steps->item(row, StepDueRule)->setText(step.dated ? Playbook::dueRuleLabel(step) : tr("No due date"));
    m_loading = wasLoading;
}

std::optional<PlaybookTemplate> SettingsDialog::editedTemplate(QString *error) const
{
    if (!m_current) {
        if (error)
            *error = tr("No template is selected.");
        return std::nullopt;
    }
    PlaybookTemplate t;
    t.id = m_current->id;
    t.name = m_name->text().trimmed();
    t.description = m_description->toPlainText().trimmed();
    t.anchor = m_current->anchor;
    t.origin = PlaybookTemplate::Origin::Local;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        PlaybookStepTemplate step;
        step.title
            = m_steps->item(row, StepTitle) ? m_steps->item(row, StepTitle)->text().trimmed() : QString();
        step.guidance = m_steps->item(row, StepGuidance) ? m_steps->item(row, StepGuidance)->text().trimmed()
                                                         : QString();
        const auto *anchor = qobject_cast<QComboBox *>(m_steps->cellWidget(row, StepAnchor));
        const QString keyword = anchor ? anchor->currentData().toString() : QString();
        step.dated = !keyword.isEmpty();
        step.from = Playbook::anchorFromKeyword(keyword).value_or(PlaybookAnchor::Start);
        const auto *days = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, StepDays));
        step.days = step.dated && days ? days->value() : 0;
        const auto *role = qobject_cast<QComboBox *>(m_steps->cellWidget(row, StepOwnerRole));
        step.ownerRole = role ? role->currentData().toString() : u"csm"_s;
        step.required = m_steps->item(row, StepRequired)
            && m_steps->item(row, StepRequired)->checkState() == Qt::Checked;
        t.steps.append(step);
    }
    // The same rules as for a file: round-tripped through the JSON reader.
    QString problems;
    std::optional<PlaybookTemplate> valid
        = PlaybookTemplate::fromJson(t.toJson(), &problems, PlaybookTemplate::Origin::Local);
    if (!valid && t.steps.isEmpty() && problems.isEmpty())
        problems = tr("A template needs at least one step.");
    if (!valid && error)
        *error = problems;
    return valid;
}

bool SettingsDialog::saveTemplate()
{
    if (!isEditable())
        return false;
    QString error;
    const std::optional<PlaybookTemplate> t = editedTemplate(&error);
    if (!t) {
        m_error->setText(tr("The template cannot be saved: %1").arg(error));
        m_error->show();
        return false;
    }
    PlaybookTemplateStore store(m_db);
    if (!store.saveLocal(*t, m_workspace.userId())) {
        m_error->setText(tr("The template cannot be saved: %1").arg(store.lastError()));
        m_error->show();
        return false;
    }
    setModified(false);
    loadTemplates(t->id);
    return true;
}

bool SettingsDialog::duplicateTemplate()
{
    if (!m_current || (m_modified && !confirmDiscard()))
        return false;
    // A built-in template's copy takes the texts as the user reads them.
    const PlaybookTemplate &source = *m_current;
    PlaybookTemplate copy;
    copy.name = tr("%1 (copy)").arg(source.displayName());
    copy.description = source.displayDescription();
    copy.anchor = source.anchor;
    copy.origin = PlaybookTemplate::Origin::Local;
    for (qsizetype i = 0; i < source.steps.size(); ++i) {
        PlaybookStepTemplate step = source.steps.at(i);
        step.title = source.displayStepTitle(i);
        step.guidance = source.displayStepGuidance(i);
        copy.steps.append(step);
    }
    // A free id: "<id>_copy", "<id>_copy2"...
    QStringList taken;
    for (const PlaybookTemplateStore::Entry &entry : std::as_const(m_entries))
        taken << entry.tmpl.id;
    const QString base = source.id.left(58) + u"_copy"_s;
    copy.id = base;
    for (int n = 2; taken.contains(copy.id); ++n)
        copy.id = base + QString::number(n);

    PlaybookTemplateStore store(m_db);
    if (!store.saveLocal(copy, m_workspace.userId())) {
        MessageBoxes::warning(this, tr("Duplicate template"), tr("The template could not be duplicated."),
                              store.lastError());
        return false;
    }
    setModified(false);
    loadTemplates(copy.id);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
    return true;
}

bool SettingsDialog::deleteTemplate()
{
    if (!isEditable())
        return false;
    const QString id = m_current->id;
    const auto answer = MessageBoxes::question(this, tr("Delete template"),
                                               tr("Delete the local template “%1”?").arg(m_current->name),
                                               tr("Playbooks already started from it keep their steps."),
                                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    PlaybookTemplateStore store(m_db);
    if (!store.removeLocal(id)) {
        MessageBoxes::warning(this, tr("Delete template"), tr("The template could not be deleted."),
                              store.lastError());
        return false;
    }
    setModified(false);
    loadTemplates(id); // the built-in or published one of that id, if any
    return true;
}

bool SettingsDialog::importTemplates()
{
    if (m_modified && !confirmDiscard())
        return false;
    const QString path
        = FileDialogs::openFileName(this, tr("Import playbook templates"), tr("Playbook templates (*.json)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBoxes::warning(this, tr("Import playbook templates"),
                              tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)), file.errorString());
        return false;
    }
    QString error;
    const std::optional<QList<PlaybookTemplate>> templates
        = PlaybookTemplate::listFromJson(file.readAll(), &error, PlaybookTemplate::Origin::Local);
    if (!templates || templates->isEmpty()) {
        MessageBoxes::warning(this, tr("Import playbook templates"),
                              tr("%1 holds no valid playbook template.").arg(QFileInfo(path).fileName()),
                              error);
        return false;
    }
    PlaybookTemplateStore store(m_db);
    QStringList replaced;
    for (const PlaybookTemplate &t : *templates) {
        for (const PlaybookTemplate &local : store.local()) {
            if (local.id == t.id)
                replaced << t.id;
        }
    }
    if (!replaced.isEmpty()) {
        const auto answer = MessageBoxes::question(
            this, tr("Import playbook templates"),
            tr("Replace %n local template(s) with the same ID?", nullptr, int(replaced.size())),
            replaced.join(u", "_s));
        if (answer != QMessageBox::Yes)
            return false;
    }
    for (const PlaybookTemplate &t : *templates) {
        if (!store.saveLocal(t, m_workspace.userId())) {
            MessageBoxes::warning(this, tr("Import playbook templates"),
                                  tr("“%1” could not be imported.").arg(t.name), store.lastError());
            loadTemplates();
            return false;
        }
    }
    loadTemplates(templates->first().id);
    return true;
}

bool SettingsDialog::exportTemplate()
{
    if (!m_current)
        return false;
    QString error;
    // A local template as edited (when valid), any other as it is.
    std::optional<PlaybookTemplate> t = isEditable() && m_modified ? editedTemplate(&error) : m_current;
    if (!t) {
        m_error->setText(tr("The template cannot be exported: %1").arg(error));
        m_error->show();
        return false;
    }
    const QString path = FileDialogs::saveFileName(this, tr("Export playbook template"), t->id + u".json"_s,
                                                   tr("Playbook templates (*.json)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(t->toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        MessageBoxes::warning(this, tr("Export playbook template"),
                              tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)), file.errorString());
        return false;
    }
    return true;
}

void SettingsDialog::addStep()
{
    if (!isEditable() || !m_current)
        return;
    const int row = m_steps->currentRow() < 0 ? m_steps->rowCount() : m_steps->currentRow() + 1;
    m_loading = true;
    m_steps->insertRow(row);
    PlaybookStepTemplate step;
    setStepRow(row, step, false, *m_current, -1);
    m_loading = false;
    setModified(true);
    m_steps->setCurrentCell(row, StepTitle);
    m_steps->editItem(m_steps->item(row, StepTitle));
}

void SettingsDialog::removeStep()
{
    const int row = m_steps->currentRow();
    if (!isEditable() || row < 0)
        return;
    m_steps->removeRow(row);
    setModified(true);
    if (m_steps->rowCount() > 0)
        m_steps->setCurrentCell(qMin(row, m_steps->rowCount() - 1), StepTitle);
    updateButtons();
}

void SettingsDialog::moveStep(int delta)
{
    const int row = m_steps->currentRow();
    const int target = row + delta;
    if (!isEditable() || row < 0 || target < 0 || target >= m_steps->rowCount() || !m_current)
        return;
    // Rebuilt from the edited values: cell widgets do not move with their rows.
    PlaybookTemplate t = *m_current;
    t.steps.clear();
    for (int r = 0; r < m_steps->rowCount(); ++r) {
        PlaybookStepTemplate step;
        step.title = m_steps->item(r, StepTitle)->text();
        step.guidance = m_steps->item(r, StepGuidance)->text();
        const auto *anchor = qobject_cast<QComboBox *>(m_steps->cellWidget(r, StepAnchor));
        step.dated = !anchor->currentData().toString().isEmpty();
        step.from
            = Playbook::anchorFromKeyword(anchor->currentData().toString()).value_or(PlaybookAnchor::Start);
        step.days = qobject_cast<QSpinBox *>(m_steps->cellWidget(r, StepDays))->value();
        step.ownerRole
            = qobject_cast<QComboBox *>(m_steps->cellWidget(r, StepOwnerRole))->currentData().toString();
        step.required = m_steps->item(r, StepRequired)->checkState() == Qt::Checked;
        t.steps.append(step);
    }
    t.steps.swapItemsAt(row, target);
    m_loading = true;
    for (const int r : { row, target })
        setStepRow(r, t.steps.at(r), false, t, -1);
    m_loading = false;
    setModified(true);
    m_steps->setCurrentCell(target, StepTitle);
}

void SettingsDialog::setModified(bool modified)
{
    m_modified = modified;
    if (modified)
        m_error->hide();
    updateButtons();
}

void SettingsDialog::updateButtons()
{
    const bool editable = isEditable();
    const bool hasRow = m_steps->currentRow() >= 0;
    m_duplicate->setEnabled(m_current.has_value());
    m_export->setEnabled(m_current.has_value());
    m_delete->setEnabled(editable);
    m_addStep->setEnabled(editable);
    m_removeStep->setEnabled(editable && hasRow);
    m_stepUp->setEnabled(editable && hasRow && m_steps->currentRow() > 0);
    m_stepDown->setEnabled(editable && hasRow && m_steps->currentRow() < m_steps->rowCount() - 1);
    m_save->setEnabled(editable && m_modified);
    m_revert->setEnabled(editable && m_modified);
    m_save->setVisible(editable);
    m_revert->setVisible(editable);
    m_addStep->setVisible(editable);
    m_removeStep->setVisible(editable);
    m_stepUp->setVisible(editable);
    m_stepDown->setVisible(editable);
}

bool SettingsDialog::confirmDiscard()
{
    const auto answer = MessageBoxes::question(
        this, tr("Unsaved changes"),
        tr("Save the changes to “%1”?").arg(m_current ? m_current->name : QString()), {},
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save && !saveTemplate())
        return false;
    setModified(false);
    return true;
}

void SettingsDialog::reject()
{
    if (m_modified && !confirmDiscard())
        return;
    QDialog::reject();
}

// --- Rules --------------------------------------------------------------------------

QWidget *SettingsDialog::createRulesPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"settingsRulesPage"_s);
    m_ruleOrigin = new QLabel(page);
    m_ruleOrigin->setObjectName(u"settingsRuleOrigin"_s);
    m_ruleOrigin->setWordWrap(true);
    Theme::setRole(m_ruleOrigin, "muted");
    m_rules = new QTableWidget(0, RuleColumnCount, page);
    m_rules->setObjectName(u"settingsRules"_s);
    m_rules->setHorizontalHeaderLabels({ tr("On"), tr("Rule"), tr("When"), tr("Then"), tr("Playbook") });
    m_rules->setAccessibleName(tr("Playbook rules"));
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->setWordWrap(true);
    m_rules->verticalHeader()->hide();
    QHeaderView *header = m_rules->horizontalHeader();
    header->setSectionResizeMode(RuleEnabled, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RuleName, QHeaderView::Interactive);
    header->setSectionResizeMode(RuleTrigger, QHeaderView::Interactive);
    header->setSectionResizeMode(RuleAction, QHeaderView::Stretch);
    header->setSectionResizeMode(RuleTemplate, QHeaderView::Interactive);
    header->resizeSection(RuleName, 220);
    header->resizeSection(RuleTrigger, 240);
    header->resizeSection(RuleTemplate, 180);
    connect(m_rules, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || item->column() != RuleEnabled)
            return;
        setRuleEnabled(item->data(idRole).toString(), item->checkState() == Qt::Checked);
    });
    m_ruleError = new QLabel(page);
    m_ruleError->setObjectName(u"settingsRuleError"_s);
    m_ruleError->setWordWrap(true);
    Theme::setRole(m_ruleError, "error");
    m_ruleError->hide();
    m_restoreRules = new QPushButton(tr("Restore the built-in rules"), page);
    m_restoreRules->setObjectName(u"settingsRestoreRules"_s);
    connect(m_restoreRules, &QPushButton::clicked, this, [this] {
        PlaybookRules rules(m_db);
        if (!rules.clearLocal()) {
            m_ruleError->setText(rules.lastError());
            m_ruleError->show();
        }
        loadRules();
    });
    auto *hint = new QLabel(tr("Rules run after each import and health recompute; a rule switched off "
                               "starts nothing."),
                            page);
    hint->setWordWrap(true);
    Theme::setRole(hint, "muted");
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(m_restoreRules);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_ruleOrigin);
    layout->addWidget(m_rules, 1);
    layout->addWidget(m_ruleError);
    layout->addLayout(bottom);
    return page;
}

void SettingsDialog::loadRules()
{
    PlaybookRules rules(m_db);
    QString origin;
    m_ruleSet = rules.active(&origin);
    const bool readOnly = m_ruleSet.origin == PlaybookRuleSet::Origin::Published;
    switch (m_ruleSet.origin) {
    case PlaybookRuleSet::Origin::BuiltIn:
        m_ruleOrigin->setText(tr("The built-in rules are in force. Switching one off keeps your choice as a "
                                 "local rule set."));
        break;
    case PlaybookRuleSet::Origin::Published:
        m_ruleOrigin->setText(tr("CS Ops published these rules (%1): read-only here.").arg(origin));
        break;
    case PlaybookRuleSet::Origin::Local:
        m_ruleOrigin->setText(tr("Your local rule set is in force."));
        break;
    }
    if (!rules.lastError().isEmpty()) {
        m_ruleError->setText(rules.lastError());
        m_ruleError->show();
    }
    m_restoreRules->setVisible(m_ruleSet.origin == PlaybookRuleSet::Origin::Local);

    PlaybookTemplateStore templates(m_db);
    const QList<PlaybookTemplate> inForce = templates.templates();
    const auto templateName = [&inForce](const QString &id) {
        for (const PlaybookTemplate &t : inForce) {
            if (t.id == id)
                return t.displayName();
        }
        return id;
    };
    m_loading = true;
    m_rules->setRowCount(int(m_ruleSet.rules.size()));
    for (int row = 0; row < m_ruleSet.rules.size(); ++row) {
        const PlaybookRule &rule = m_ruleSet.rules.at(row);
        auto *on = new QTableWidgetItem;
        on->setFlags(readOnly ? Qt::ItemIsSelectable
                              : Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        on->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
        on->setData(idRole, rule.id);
        on->setToolTip(rule.enabled ? tr("On") : tr("Off"));
        m_rules->setItem(row, RuleEnabled, on);
        const auto text = [&](int column, const QString &value) {
            auto *item = new QTableWidgetItem(value);
            item->setToolTip(value);
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            if (!rule.enabled)
                item->setForeground(Theme::mutedText());
            m_rules->setItem(row, column, item);
        };
        text(RuleName, rule.displayName());
        text(RuleTrigger, rule.triggerSummary());
        text(RuleAction, rule.actionSummary());
        text(RuleTemplate, rule.startTemplate.isEmpty() ? u"—"_s : templateName(rule.startTemplate));
    }
    m_rules->resizeRowsToContents();
    m_loading = false;
}

bool SettingsDialog::setRuleEnabled(const QString &ruleId, bool enabled)
{
    if (m_ruleSet.origin == PlaybookRuleSet::Origin::Published)
        return false;
    PlaybookRuleSet set = m_ruleSet;
    bool found = false;
    for (PlaybookRule &rule : set.rules) {
        if (rule.id == ruleId) {
            rule.enabled = enabled;
            found = true;
        }
    }
    if (!found)
        return false;
    set.origin = PlaybookRuleSet::Origin::Local;
    PlaybookRules rules(m_db);
    const bool ok = rules.saveLocal(set, m_workspace.userId());
    if (!ok) {
        m_ruleError->setText(tr("The rules could not be saved: %1").arg(rules.lastError()));
        m_ruleError->show();
    } else {
        m_ruleError->hide();
    }
    loadRules();
    return ok;
}
