#include "TestSupport.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "demo/DemoExportWriter.h"
#include "importer/ImportDialog.h"
#include "importer/ImportReportView.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace Qt::StringLiterals;

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsOnTheSourcePage();
    void choosesAFolderThroughTheSeam();
    void choosesAZipThroughTheSeam();
    void cancelledChoiceKeepsTheSource();
    void refusesAPathThatDoesNotExist();
    void passesProfileAndIncremental();
    void showsAFailureClearly();
    void cancelWhileRunningRollsBack();
    void closingWhileRunningCancelsInstead();
    void cancelBeforeStartClosesTheDialog();
    void demoImportCanBeCancelled();
    void reportShowsTablesAndRejections();
    void importsABundleAndShowsTheReport();

private:
    QPushButton *button(const char *name) const;
    int accountCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ImportDialog> m_dialog;
    QList<FileDialogs::Request> m_fileRequests;
    QString m_fileAnswer;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestSupport::isolateSettings();
    QCoreApplication::setOrganizationName(u"Pitwall"_s);
    QCoreApplication::setApplicationName(u"Pitwall-tests"_s);
}

void TestImportDialog::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    QVERIFY(m_db->exec(u"INSERT INTO accounts (id, name) VALUES ('A1', 'Existing Customer')"_s));

    m_fileRequests.clear();
    m_fileAnswer.clear();
    FileDialogs::setHandler([this](const FileDialogs::Request &request) {
        m_fileRequests << request;
        return m_fileAnswer;
    });
    MessageBoxes::setHandler([](const MessageBoxes::Request &) { return QMessageBox::No; });

    m_dialog = std::make_unique<ImportDialog>(m_db->path());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestImportDialog::cleanup()
{
    m_dialog.reset(); // waits for a running job to wind down
    FileDialogs::setHandler({});
    MessageBoxes::setHandler({});
    m_db.reset();
    m_dir.reset();
}

QPushButton *TestImportDialog::button(const char *name) const
{
    return m_dialog->findChild<QPushButton *>(QString::fromLatin1(name));
}

int TestImportDialog::accountCount() const
{
    QSqlQuery q(m_db->connection());
    return q.exec(u"SELECT COUNT(*) FROM accounts"_s) && q.next() ? q.value(0).toInt() : -1;
}

void TestImportDialog::startsOnTheSourcePage()
{
    QCOMPARE(m_dialog->state(), ImportDialog::State::Choosing);
    QVERIFY(button("chooseFolderButton")->isVisible());
    QVERIFY(button("chooseZipButton")->isVisible());
    QVERIFY(button("importButton")->isVisible());
    QVERIFY(!button("importButton")->isEnabled()); // nothing chosen yet
    QVERIFY(!button("closeButton")->isVisible());

    auto *profile = m_dialog->findChild<QComboBox *>(u"profileCombo"_s);
    QStringList profiles;
    for (int i = 0; i < profile->count(); ++i)
        profiles << profile->itemData(i).toString();
    QCOMPARE(profiles, (QStringList { u"auto"_s, u"native"_s, u"salesforce"_s, u"hubspot"_s }));
    QCOMPARE(profile->currentText(), u"Auto-detect"_s);
    auto *incremental = m_dialog->findChild<QCheckBox *>(u"incrementalCheck"_s);
    QCOMPARE(incremental->text(), u"Incremental (don't archive missing records)"_s);
    QVERIFY(!incremental->isChecked());
}

void TestImportDialog::choosesAFolderThroughTheSeam()
{
    m_fileAnswer = m_dir->path();
    QTest::mouseClick(button("chooseFolderButton"), Qt::LeftButton);
    QCOMPARE(m_fileRequests.size(), 1);
    QCOMPARE(m_fileRequests.constFirst().kind, FileDialogs::Kind::ExistingDirectory);
    QCOMPARE(m_dialog->source(), m_dir->path());
    QCOMPARE(m_dialog->findChild<QLineEdit *>(u"sourcePath"_s)->text(),
             QDir::toNativeSeparators(m_dir->path()));
    QVERIFY(button("importButton")->isEnabled());

    // The next dialog opens where this one was chosen.
    QTest::mouseClick(button("chooseFolderButton"), Qt::LeftButton);
    QCOMPARE(m_fileRequests.at(1).directory, QFileInfo(m_dir->path()).absolutePath());
}

void TestImportDialog::choosesAZipThroughTheSeam()
{
    const QString zip = m_dir->filePath(u"export.zip"_s);
    QFile file(zip);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x05\x06", 4);
    file.close();

    m_fileAnswer = zip;
    QTest::mouseClick(button("chooseZipButton"), Qt::LeftButton);
    QCOMPARE(m_fileRequests.size(), 1);
    QCOMPARE(m_fileRequests.constFirst().kind, FileDialogs::Kind::OpenFile);
    QVERIFY(m_fileRequests.constFirst().filter.contains(u"*.zip"_s));
    QCOMPARE(m_dialog->source(), zip);
    QVERIFY(button("importButton")->isEnabled());
    QVERIFY(m_dialog->findChild<QLabel *>(u"sourceHint"_s)->text().contains(u".zip"_s));
}

void TestImportDialog::cancelledChoiceKeepsTheSource()
{
    m_dialog->setSource(m_dir->path());
    m_fileAnswer.clear(); // the user pressed Cancel in the file dialog
    QTest::mouseClick(button("chooseFolderButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->source(), m_dir->path());
    QVERIFY(button("importButton")->isEnabled());
}

void TestImportDialog::refusesAPathThatDoesNotExist()
{
    m_dialog->setSource(m_dir->filePath(u"nowhere"_s));
    QVERIFY(!button("importButton")->isEnabled());
    QVERIFY(!m_dialog->findChild<QLabel *>(u"sourceHint"_s)->text().isEmpty());
    m_dialog->startImport(); // ignored
    QCOMPARE(m_dialog->state(), ImportDialog::State::Choosing);
}

void TestImportDialog::passesProfileAndIncremental()
{
    m_dialog->setSource(m_dir->path());
    m_dialog->findChild<QComboBox *>(u"profileCombo"_s)->setCurrentIndex(2);
    m_dialog->findChild<QCheckBox *>(u"incrementalCheck"_s)->setChecked(true);
    const ImportOptions options = m_dialog->options();
    QCOMPARE(options.source, m_dir->path());
    QCOMPARE(options.profile, u"salesforce"_s);
    QVERIFY(options.incremental);
}

void TestImportDialog::showsAFailureClearly()
{
    // Not an export at all: whatever the importer makes of it, it must refuse it.
    QTemporaryDir junk;
    QFile readme(junk.filePath(u"readme.txt"_s));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write("not an export\n");
    readme.close();

    QSignalSpy applied(m_dialog.get(), &ImportDialog::importApplied);
    QSignalSpy finished(m_dialog.get(), &ImportDialog::importFinished);
    m_dialog->setSource(junk.path());
    QTest::mouseClick(button("importButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->state(), ImportDialog::State::Running);
    QVERIFY(button("cancelButton")->isVisible());
    QVERIFY(!button("importButton")->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(m_dialog->state(), ImportDialog::State::Done);
    const ImportReport report = m_dialog->report();
    QCOMPARE(report.status, ImportReport::Status::Failed);
    QVERIFY(!report.error.isEmpty());

    auto *view = m_dialog->findChild<ImportReportView *>();
    QVERIFY(view->isVisible());
    QCOMPARE(view->headline(), u"Import failed"_s);
    QCOMPARE(view->errorText(), report.error);
    QVERIFY(m_dialog->findChild<QLabel *>(u"reportError"_s)->isVisible());
    QVERIFY(view->summary().contains(u"unchanged"_s));
    QVERIFY(!m_dialog->findChild<QTableWidget *>(u"reportTables"_s)->isVisible());
    QVERIFY(button("closeButton")->isVisible());
    QVERIFY(button("importAgainButton")->isVisible());
    QCOMPARE(accountCount(), 1);

    // "Import another…" goes back to the source page with the choice kept.
    QTest::mouseClick(button("importAgainButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->state(), ImportDialog::State::Choosing);
    QCOMPARE(m_dialog->source(), junk.path());
}

void TestImportDialog::cancelWhileRunningRollsBack()
{
    QSignalSpy applied(m_dialog.get(), &ImportDialog::importApplied);
    QSignalSpy finished(m_dialog.get(), &ImportDialog::importFinished);
    m_dialog->setSource(m_dir->path());
    m_dialog->startImport();
    QCOMPARE(m_dialog->state(), ImportDialog::State::Running);
    QPushButton *cancel = button("cancelButton");
    QVERIFY(cancel->isEnabled());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(m_dialog->stageText().contains(u"Cancelling"_s));

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(applied.size(), 0);
    // The importer may finish refusing the source before it sees the cancel; either
    // way nothing is applied and the report says what happened.
    const ImportReport report = m_dialog->report();
    QVERIFY(report.status != ImportReport::Status::Applied);
    const QString headline = m_dialog->findChild<ImportReportView *>()->headline();
    QVERIFY2(headline == u"Import cancelled"_s || headline == u"Import failed"_s, qPrintable(headline));
    QVERIFY(m_dialog->findChild<ImportReportView *>()->summary().contains(u"unchanged"_s));
    QCOMPARE(accountCount(), 1);
}

void TestImportDialog::closingWhileRunningCancelsInstead()
{
    QSignalSpy finished(m_dialog.get(), &ImportDialog::importFinished);
    m_dialog->setSource(m_dir->path());
    m_dialog->startImport();
    m_dialog->close();
    QVERIFY(m_dialog->isVisible()); // the window stays to report the rollback
    QVERIFY(!button("cancelButton")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    m_dialog->close();
    QVERIFY(!m_dialog->isVisible());
}

void TestImportDialog::cancelBeforeStartClosesTheDialog()
{
    QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
    QTest::mouseClick(button("cancelButton"), Qt::LeftButton);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!m_dialog->isVisible());
}

void TestImportDialog::demoImportCanBeCancelled()
{
    QSignalSpy applied(m_dialog.get(), &ImportDialog::importApplied);
    QSignalSpy finished(m_dialog.get(), &ImportDialog::importFinished);
    m_dialog->startDemoImport();
    QCOMPARE(m_dialog->state(), ImportDialog::State::Running);
    QVERIFY(m_dialog->stageText().contains(u"demo"_s, Qt::CaseInsensitive));
    m_dialog->cancelImport();

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(m_dialog->report().status, ImportReport::Status::Cancelled);
    auto *view = m_dialog->findChild<ImportReportView *>();
    QCOMPARE(view->headline(), u"Import cancelled"_s);
    QVERIFY(view->summary().contains(u"rolled back"_s));
    QVERIFY(view->errorText().isEmpty());
    QCOMPARE(accountCount(), 1);
}

void TestImportDialog::reportShowsTablesAndRejections()
{
    ImportReport report;
    report.status = ImportReport::Status::Applied;
    report.source = u"/exports/acme"_s;
    report.profile = u"salesforce"_s;
    report.elapsedMs = 2400;
    report.tables.insert(u"accounts"_s, ImportCounts { 10, 2, 100, 1, 2 });
    report.tables.insert(u"contacts"_s, ImportCounts { 30, 0, 0, 0, 1 });
    report.rejections = { { u"Account.csv"_s, 12, u"missing Id"_s },
                          { u"Account.csv"_s, 40, u"bad date 31/02/2024"_s },
                          { u"Contact.csv"_s, 7, u"account 001X not found"_s } };

    ImportReportView view;
    view.setReport(report);
    view.show();
    QCOMPARE(view.headline(), u"Import complete"_s);
    QVERIFY2(view.summary().contains(u"40 added, 2 changed, 100 unchanged, 1 archived, 3 rejected"_s),
             qPrintable(view.summary()));
    QVERIFY(view.errorText().isEmpty());

    auto *tables = view.findChild<QTableWidget *>(u"reportTables"_s);
    QVERIFY(tables->isVisible());
    QCOMPARE(tables->rowCount(), 3); // two tables and the total
    QCOMPARE(tables->item(0, 0)->text(), u"Accounts"_s);
    QCOMPARE(tables->item(0, 1)->text(), u"10"_s);
    QCOMPARE(tables->item(2, 0)->text(), u"Total"_s);
    QCOMPARE(tables->item(2, 5)->text(), u"3"_s);

    auto *rejections = view.findChild<QTreeWidget *>(u"reportRejections"_s);
    QVERIFY(rejections->isVisible());
    QCOMPARE(rejections->topLevelItemCount(), 3);
    QCOMPARE(rejections->topLevelItem(2)->text(0), u"Contact.csv"_s);
    QCOMPARE(rejections->topLevelItem(2)->text(1), u"7"_s);
    QCOMPARE(rejections->topLevelItem(2)->text(2), u"account 001X not found"_s);
}

void TestImportDialog::importsABundleAndShowsTheReport()
{
    QTemporaryDir bundle;
    DemoOptions options;
    options.accounts = 25;
    options.usageWeeks = 4;
    options.asOf = QDate(2025, 6, 30);
    QString error;
    QVERIFY2(DemoExportWriter(options).write(bundle.path(), &error), qPrintable(error));

    QSignalSpy applied(m_dialog.get(), &ImportDialog::importApplied);
    QSignalSpy finished(m_dialog.get(), &ImportDialog::importFinished);
    m_fileAnswer = bundle.path();
    QTest::mouseClick(button("chooseFolderButton"), Qt::LeftButton);
    QTest::mouseClick(button("importButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(m_dialog->report().ok(), qPrintable(m_dialog->report().error));
    QCOMPARE(applied.size(), 1);

    auto *view = m_dialog->findChild<ImportReportView *>();
    QCOMPARE(view->headline(), u"Import complete"_s);
    QVERIFY(view->errorText().isEmpty());
    auto *tables = m_dialog->findChild<QTableWidget *>(u"reportTables"_s);
    QVERIFY(tables->isVisible());
    QCOMPARE(tables->rowCount(), int(m_dialog->report().tables.size()) + 1);
    QCOMPARE(tables->item(0, 0)->text(), u"Users"_s); // in the order the import applies them
    QCOMPARE(tables->item(tables->rowCount() - 1, 0)->text(), u"Total"_s);
    // A full import: the account the export lacks is archived, never deleted.
    QCOMPARE(accountCount(), 26);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
