#include "StartPlaybookDialog.h"

#include "account/AccountProfile.h"
#include "common/Theme.h"
#include "playbook/PlaybookStore.h"
#include "playbook/PlaybookTemplateStore.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int TemplateIdRole = Qt::UserRole;

} // namespace

StartPlaybookDialog::StartPlaybookDialog(Database &db, const QString &accountId, const QString &author,
                                         QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_accountId(accountId)
    , m_author(author)
    , m_list(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_preview(new QTreeWidget(this))
    , m_notes(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"startPlaybookDialog"_s);
    const AccountProfile profile = AccountProfile::load(m_db, m_accountId);
    m_renewal = profile.renewalDate;
    m_contractStart = profile.contractStart;
    setWindowTitle(tr("Start a Playbook on %1").arg(profile.isValid() ? profile.name : accountId));
    resize(860, 520);

    PlaybookTemplateStore templates(m_db);
    m_templates = templates.templates();

    auto *listLabel = new QLabel(tr("&Playbook:"), this);
    listLabel->setBuddy(m_list);
    m_list->setObjectName(u"templateList"_s);
    m_list->setMinimumWidth(250);
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_list->setStyleSheet(u"QListWidget::item { padding: 4px 6px; }"_s);
    m_description->setObjectName(u"templateDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(u"schedulePreview"_s);
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setHeaderLabels({ tr("#"), tr("Step"), tr("When"), tr("Due"), tr("Owner"), tr("Required") });
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->setFocusPolicy(Qt::StrongFocus);
    m_notes->setObjectName(u"scheduleNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(u"color: %1;"_s.arg(Theme::warning().name()));
    m_error->setObjectName(u"startError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1; font-weight: 600;"_s.arg(Theme::danger().name()));
    m_error->hide();

    QPushButton *start = m_buttons->addButton(tr("&Start Playbook"), QDialogButtonBox::AcceptRole);
    start->setObjectName(u"startPlaybookButton"_s);
    start->setDefault(true);

    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    auto *right = new QVBoxLayout;
    auto *previewLabel = new QLabel(tr("Steps and due &dates on this account:"), this);
    previewLabel->setBuddy(m_preview);
    right->addWidget(m_description);
    right->addWidget(previewLabel);
    right->addWidget(m_preview, 1);
    right->addWidget(m_notes);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &StartPlaybookDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &StartPlaybookDialog::updatePreview);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (startButton()->isEnabled())
            accept();
    });

    reloadRunning();
    for (const PlaybookTemplate &tmpl : std::as_const(m_templates)) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(TemplateIdRole, tmpl.id);
        QString text = tr("%1\n%n step(s)", nullptr, int(tmpl.steps.size())).arg(tmpl.displayName());
        if (m_running.contains(tmpl.id))
            text += u" · "_s + tr("running");
        item->setText(text);
        item->setToolTip(tmpl.displayDescription());
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setFocus();
}

void StartPlaybookDialog::setToday(const QDate &today)
{
    m_today = today;
    updatePreview();
}

QPushButton *StartPlaybookDialog::startButton() const
{
    return m_buttons->findChild<QPushButton *>(u"startPlaybookButton"_s);
}

bool StartPlaybookDialog::selectTemplate(const QString &templateId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(TemplateIdRole).toString() == templateId) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString StartPlaybookDialog::selectedTemplateId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(TemplateIdRole).toString() : QString();
}

void StartPlaybookDialog::reloadRunning()
{
    m_running.clear();
    PlaybookStore store(m_db, m_author);
    const QList<PlaybookStore::Instance> open = store.instances(m_accountId, false);
    for (const PlaybookStore::Instance &in : open) {
        if (in.status == PlaybookStore::Status::Open)
            m_running.insert(in.templateId,
                             tr("%1 of %2 steps done").arg(in.progress.resolved()).arg(in.progress.steps));
    }
}

void StartPlaybookDialog::updatePreview()
{
    m_preview->clear();
    m_error->hide();
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size()) {
        m_description->clear();
        m_notes->clear();
        startButton()->setEnabled(false);
        return;
    }
    const PlaybookTemplate &tmpl = m_templates.at(row);
    m_description->setText(tmpl.displayDescription());
    m_description->setVisible(!tmpl.displayDescription().isEmpty());
    const QDate start = m_today.isValid() ? m_today : QDate::currentDate();
    const PlaybookSchedule schedule = PlaybookSchedule::compute(tmpl, { start, m_renewal, m_contractStart });
    for (qsizetype i = 0; i < tmpl.steps.size(); ++i) {
        const PlaybookStepTemplate &step = tmpl.steps.at(i);
        const QDate due = schedule.due.value(i);
        auto *item = new QTreeWidgetItem(m_preview);
        item->setText(0, QLocale().toString(int(i + 1)));
        item->setText(1, tmpl.displayStepTitle(i));
        item->setToolTip(1, tmpl.displayStepGuidance(i));
        item->setText(2, step.dated ? Playbook::dueRuleLabel(step) : QString());
        item->setText(3, due.isValid() ? QLocale().toString(due, QLocale::ShortFormat) : tr("No due date"));
        item->setData(3, Qt::UserRole, due);
        item->setText(4, Playbook::ownerRoleLabel(step.ownerRole));
        item->setText(5, step.required ? tr("Required") : tr("Optional"));
    }
    const QStringList notes = schedule.notes();
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    const auto running = m_running.constFind(tmpl.id);
    if (running != m_running.cend()) {
        m_error->setText(
            tr("“%1” is already running on this account (%2). Finish or cancel it before starting "
               "it again.")
                .arg(tmpl.displayName(), running.value()));
        m_error->show();
    }
    startButton()->setEnabled(running == m_running.cend());
}

void StartPlaybookDialog::accept()
{
    const QString templateId = selectedTemplateId();
    if (templateId.isEmpty() || !startButton()->isEnabled())
        return;
    PlaybookStore store(m_db, m_author);
    if (m_today.isValid())
        store.setToday(m_today);
    PlaybookStore::StartOptions options;
    options.startDate = m_today;
    const QString id = store.start(m_accountId, templateId, options);
    if (id.isEmpty()) {
        m_error->setText(tr("The playbook could not be started: %1").arg(store.lastError()));
        m_error->show();
        return;
    }
    m_startedId = id;
    QDialog::accept();
}
