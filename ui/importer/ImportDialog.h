#pragma once

#include "import/ImportReport.h"
#include "import/Importer.h"

#include <QDialog>
#include <QPointer>

class DemoBundleJob;
class ImportJob;
class ImportReportView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

// Brings a central export into the cache: choose the source (a folder or a .zip) and the
// profile, run the import in the background with progress and cancel, then read the
// report. Also loads the demo data: writes the demo bundle, then imports it the same way.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State
    {
        Choosing,
        Running,
        Done
    };

    explicit ImportDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setSource(const QString &path);
    QString source() const;
    ImportOptions options() const;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // The last finished import's report.
    ImportReport report() const { return m_report; }
    QString stageText() const;

public Q_SLOTS:
    void startImport();
    // Writes the demo bundle to a temporary folder and imports it.
    void startDemoImport(bool incremental = false);
    // Rolls the running import back; the report then says so.
    void cancelImport();
    // While an import runs, closing the dialog cancels it instead.
    void reject() override;

Q_SIGNALS:
    void importApplied(const ImportReport &report);
    void importFinished(const ImportReport &report);

private:
    QWidget *createSourcePage();
    QWidget *createProgressPage();
    void chooseFolder();
    void chooseZip();
    void updateSourceHint();
    void runJob(const ImportOptions &options);
    void onProgress(qint64 done, qint64 total, const QString &stage);
    void onDemoFinished(bool ok, const QString &error);
    void onFinished(const ImportReport &report);
    void setState(State state);
    void showChoosing();

    QString m_databasePath;
    State m_state = State::Choosing;
    bool m_cancelRequested = false;
    bool m_incrementalDemo = false;
    ImportReport m_report;
    QPointer<ImportJob> m_job;
    QPointer<DemoBundleJob> m_demo;

    QLabel *m_title;
    QLabel *m_subtitle;
    QStackedWidget *m_pages;
    QLineEdit *m_sourceEdit;
    QPushButton *m_chooseFolder;
    QPushButton *m_chooseZip;
    QLabel *m_sourceHint;
    QComboBox *m_profile;
    QCheckBox *m_incremental;
    QWidget *m_progressPage;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QLabel *m_progressDetail;
    ImportReportView *m_reportView;
    QPushButton *m_againButton;
    QPushButton *m_cancelButton;
    QPushButton *m_importButton;
    QPushButton *m_closeButton;
};
