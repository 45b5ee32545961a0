#include "ImportDialog.h"

#include "DemoBundleJob.h"
#include "ImportReportView.h"
#include "common/FileDialogs.h"
#include "common/Theme.h"
#include "import/ImportJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Progress arrives in bytes, which overflow an int; the bar counts in thousandths.
constexpr int progressScale = 1000;

int scaled(qint64 done, qint64 total)
{
    return total > 0 ? int(qBound(qint64(0), done * progressScale / total, qint64(progressScale))) : 0;
}

} // namespace

ImportDialog::ImportDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_sourceEdit(new QLineEdit(this))
    , m_chooseFolder(new QPushButton(tr("Choose folder…"), this))
    , m_chooseZip(new QPushButton(tr("Choose .zip…"), this))
    , m_sourceHint(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_incremental(new QCheckBox(tr("Incremental (don't archive missing records)"), this))
    , m_stage(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressDetail(new QLabel(this))
    , m_reportView(new ImportReportView(this))
    , m_againButton(new QPushButton(tr("Import another…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_importButton(new QPushButton(tr("Import"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import"));
    setMinimumSize(680, 500);
    resize(760, 560);

    m_title->setObjectName(u"importTitle"_s);
    Theme::setRole(m_title, "title");
    m_subtitle->setWordWrap(true);
    Theme::setRole(m_subtitle, "subtitle");

    m_pages->addWidget(createSourcePage());
    m_pages->addWidget(createProgressPage());
    m_reportView->setObjectName(u"importReport"_s);
    m_pages->addWidget(m_reportView);

    m_againButton->setObjectName(u"importAgainButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_importButton->setObjectName(u"importButton"_s);
    m_closeButton->setObjectName(u"closeButton"_s);
    Theme::setRole(m_importButton, "primary");
    Theme::setRole(m_closeButton, "primary");
    m_importButton->setDefault(true);
    connect(m_againButton, &QPushButton::clicked, this, &ImportDialog::showChoosing);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::accept);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_againButton);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(14);
    layout->addWidget(m_pages, 1);
    layout->addSpacing(10);
    layout->addLayout(buttons);

    showChoosing();
}

ImportDialog::~ImportDialog()
{
    // The jobs' destructors cancel and wait for their worker threads.
    if (m_job)
        m_job->cancel();
    if (m_demo)
        m_demo->cancel();
}

QWidget *ImportDialog::createSourcePage()
{
    auto *page = new QWidget(this);

    m_sourceEdit->setObjectName(u"sourcePath"_s);
    m_sourceEdit->setPlaceholderText(tr("A folder or a .zip of a CRM export"));
    connect(m_sourceEdit, &QLineEdit::textChanged, this, &ImportDialog::updateSourceHint);
    m_chooseFolder->setObjectName(u"chooseFolderButton"_s);
    m_chooseZip->setObjectName(u"chooseZipButton"_s);
    connect(m_chooseFolder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_chooseZip, &QPushButton::clicked, this, &ImportDialog::chooseZip);
    m_sourceHint->setObjectName(u"sourceHint"_s);
    m_sourceHint->setWordWrap(true);
    Theme::setRole(m_sourceHint, "muted");

    m_profile->setObjectName(u"profileCombo"_s);
    m_profile->addItem(tr("Auto-detect"), u"auto"_s);
    m_profile->addItem(tr("Pitwall bundle"), u"native"_s);
    m_profile->addItem(tr("Salesforce"), u"salesforce"_s);
    m_profile->addItem(tr("HubSpot"), u"hubspot"_s);
    m_profile->setMinimumWidth(220);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ImportDialog::updateSourceHint);

    m_incremental->setObjectName(u"incrementalCheck"_s);
    auto *incrementalHelp = new QLabel(
        tr("Use this for a partial export. Without it, records missing from the export are archived "
           "(never deleted)."),
        page);
    incrementalHelp->setWordWrap(true);
    Theme::setRole(incrementalHelp, "muted");

    auto *sourceRow = new QHBoxLayout;
    sourceRow->setSpacing(8);
    sourceRow->addWidget(m_sourceEdit, 1);
    sourceRow->addWidget(m_chooseFolder);
    sourceRow->addWidget(m_chooseZip);
    auto *sourceColumn = new QVBoxLayout;
    sourceColumn->setSpacing(4);
    sourceColumn->addLayout(sourceRow);
    sourceColumn->addWidget(m_sourceHint);

    auto *incrementalColumn = new QVBoxLayout;
    incrementalColumn->setSpacing(2);
    incrementalColumn->addWidget(m_incremental);
    incrementalColumn->addWidget(incrementalHelp);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(16);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Source"), sourceColumn);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile);
    profileRow->addStretch();
    form->addRow(tr("Profile"), profileRow);
    form->addRow(tr("Options"), incrementalColumn);

    auto *note = new QLabel(tr("An import applies completely or not at all, and you can cancel it at any "
                               "moment: the cache then stays exactly as it was."),
                            page);
    note->setWordWrap(true);
    Theme::setRole(note, "muted");

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(note);
    return page;
}

QWidget *ImportDialog::createProgressPage()
{
    m_progressPage = new QWidget(this);
    m_stage->setObjectName(u"stageLabel"_s);
    m_stage->setWordWrap(true);
    Theme::setRole(m_stage, "stage");
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setTextVisible(false);
    m_progressDetail->setObjectName(u"progressDetail"_s);
    Theme::setRole(m_progressDetail, "muted");
    auto *note
        = new QLabel(tr("You can keep this window open or work elsewhere: the cache changes only when the "
                        "import completes, and Cancel rolls it back."),
                     m_progressPage);
    note->setWordWrap(true);
    Theme::setRole(note, "muted");

    auto *layout = new QVBoxLayout(m_progressPage);
    layout->setContentsMargins(0, 40, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressDetail);
    layout->addStretch();
    layout->addWidget(note);
    return m_progressPage;
}

void ImportDialog::setSource(const QString &path)
{
    m_sourceEdit->setText(QDir::toNativeSeparators(path));
}

QString ImportDialog::source() const
{
    const QString text = m_sourceEdit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::fromNativeSeparators(text);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.source = source();
    options.profile = m_profile->currentData().toString();
    options.incremental = m_incremental->isChecked();
    return options;
}

QString ImportDialog::stageText() const
{
    return m_stage->text();
}

void ImportDialog::chooseFolder()
{
    const QString folder = FileDialogs::existingDirectory(this, tr("Choose the export folder"));
    if (!folder.isEmpty())
        setSource(folder);
}

void ImportDialog::chooseZip()
{
    const QString zip
        = FileDialogs::openFileName(this, tr("Choose the export archive"), tr("Zip archives (*.zip)"));
    if (!zip.isEmpty())
        setSource(zip);
}

void ImportDialog::updateSourceHint()
{
    const QString path = source();
    const QFileInfo info(path);
    bool usable = false;
    if (path.isEmpty()) {
        m_sourceHint->setText(
            tr("Pitwall reads a Pitwall export bundle, a Salesforce Data Export or HubSpot CSV "
               "exports."));
    } else if (info.isDir()) {
        usable = true;
        const QString detected = Importer::detectProfile(path);
        if (detected == "native"_L1)
            m_sourceHint->setText(tr("This folder looks like a Pitwall export bundle."));
        else if (detected == "salesforce"_L1)
            m_sourceHint->setText(tr("This folder looks like a Salesforce Data Export."));
        else if (detected == "hubspot"_L1)
            m_sourceHint->setText(tr("This folder looks like a HubSpot export."));
        else
            m_sourceHint->setText(tr("A folder; its files are checked when the import starts."));
    } else if (info.isFile() && info.suffix().compare("zip"_L1, Qt::CaseInsensitive) == 0) {
        usable = true;
        m_sourceHint->setText(tr("A .zip archive; its files are checked when the import starts."));
    } else if (info.exists()) {
        m_sourceHint->setText(tr("Choose a folder or a .zip file."));
    } else {
        m_sourceHint->setText(tr("There is no folder or file at this path."));
    }
    m_importButton->setEnabled(usable);
}

void ImportDialog::startImport()
{
    if (isRunning() || !m_importButton->isEnabled())
        return;
    m_title->setText(tr("Importing"));
    m_subtitle->setText(QDir::toNativeSeparators(source()));
    runJob(options());
}

void ImportDialog::startDemoImport(bool incremental)
{
    if (isRunning())
        return;
    m_incrementalDemo = incremental;
    setWindowTitle(tr("Load demo data"));
    m_title->setText(tr("Loading the demo data"));
    m_subtitle->setText(
        tr("A fictional company's book of business, written to a temporary folder and imported "
           "like a real export."));
    m_cancelRequested = false;
    setState(State::Running);
    m_stage->setText(tr("Generating demo data…"));
    m_progress->setRange(0, 0);
    m_progressDetail->clear();

    auto *demo = new DemoBundleJob(this);
    m_demo = demo;
    connect(demo, &DemoBundleJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_cancelRequested)
            return;
        m_progress->setRange(0, progressScale);
        m_progress->setValue(scaled(done, total));
        m_progressDetail->setText(
            tr("%1 of %2 accounts written").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(demo, &DemoBundleJob::finished, this, &ImportDialog::onDemoFinished);
    demo->start();
}

void ImportDialog::onDemoFinished(bool ok, const QString &error)
{
    if (!ok || m_cancelRequested) {
        ImportReport report;
        report.source = tr("Demo data");
        report.profile = u"native"_s;
        report.status = m_demo && m_demo->wasCancelled() ? ImportReport::Status::Cancelled
                                                         : ImportReport::Status::Failed;
        report.error = error;
        onFinished(report);
        return;
    }
    ImportOptions options;
    options.source = m_demo->directory();
    options.profile = u"native"_s;
    options.incremental = m_incrementalDemo;
    runJob(options);
}

void ImportDialog::runJob(const ImportOptions &options)
{
    if (!isRunning())
        m_cancelRequested = false;
    setState(State::Running);
    m_stage->setText(tr("Starting the import…"));
    m_progress->setRange(0, 0);
    m_progressDetail->clear();

    auto *job = new ImportJob(m_databasePath, options, this);
    m_job = job;
    connect(job, &ImportJob::progress, this, &ImportDialog::onProgress);
    connect(job, &ImportJob::finished, this, &ImportDialog::onFinished);
    job->start();
}

void ImportDialog::onProgress(qint64 done, qint64 total, const QString &stage)
{
    if (m_cancelRequested)
        return; // keep saying "Cancelling" until the rollback is done
    if (!stage.isEmpty())
        m_stage->setText(stage);
    if (total > 0) {
        m_progress->setRange(0, progressScale);
        m_progress->setValue(scaled(done, total));
        m_progressDetail->setText(
            tr("%1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
    } else {
        m_progress->setRange(0, 0);
    }
}

void ImportDialog::cancelImport()
{
    if (!isRunning() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_cancelButton->setEnabled(false);
    m_cancelButton->setText(tr("Cancelling…"));
    m_stage->setText(tr("Cancelling: rolling the import back…"));
    m_progress->setRange(0, 0);
    if (m_job)
        m_job->cancel();
    if (m_demo)
        m_demo->cancel();
}

void ImportDialog::onFinished(const ImportReport &report)
{
    m_report = report;
    if (m_job)
        m_job->deleteLater();
    if (m_demo)
        m_demo->deleteLater(); // and with it the temporary bundle
    m_reportView->setReport(report);
    setState(State::Done);
    if (report.ok())
        Q_EMIT importApplied(report);
    Q_EMIT importFinished(report);
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::showChoosing()
{
    setWindowTitle(tr("Import"));
    m_title->setText(tr("Import a CRM export"));
    m_subtitle->setText(
        tr("Bring the central export into your local cache. Everything stays on this computer."));
    setState(State::Choosing);
    updateSourceHint();
}

void ImportDialog::setState(State state)
{
    m_state = state;
    m_pages->setCurrentIndex(int(state));
    // The report leads with its own headline.
    m_title->setVisible(state != State::Done);
    m_subtitle->setVisible(state != State::Done);
    const bool choosing = state == State::Choosing;
    const bool running = state == State::Running;
    const bool done = state == State::Done;
    m_againButton->setVisible(done);
    m_cancelButton->setVisible(!done);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setText(running ? tr("Cancel import") : tr("Cancel"));
    m_importButton->setVisible(choosing);
    m_closeButton->setVisible(done);
    (done ? m_closeButton : m_importButton)->setDefault(true);
    if (done)
        m_closeButton->setFocus();
}
