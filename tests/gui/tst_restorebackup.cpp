// The damaged-cache dialog on the real widgets: restore the newest backup, another one,
// a file, a failure, no backup at all; and the main window's daily backup.
#include "TestSupport.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "common/RestoreBackupDialog.h"
#include "common/Theme.h"
#include "demo/DemoExportWriter.h"
#include "mainwindow/MainWindow.h"
#include "store/CacheBackup.h"
#include "store/Database.h"
#include "work/LocalWork.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Overwrites the page header of a B-tree page in the second half of the file.
bool damageMiddlePage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray header = file.read(100);
    const qint64 pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    const qint64 pages = file.size() / pageSize;
    for (qint64 page = pages / 2; page < pages; ++page) {
        file.seek((page - 1) * pageSize);
        const char flag = file.read(1).at(0);
        if (flag == 0x02 || flag == 0x05 || flag == 0x0a || flag == 0x0d) {
            file.seek((page - 1) * pageSize);
            return file.write(QByteArray(64, '\xff')) == 64;
        }
    }
    return false;
}

} // namespace

class TestRestoreBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void restoresTheNewestBackupAndSaysWhatItRescued();
    void choosesAnOlderBackupFromTheMenu();
    void choosesAFile();
    void aFailedRestoreKeepsTheDialogOpen();
    void withoutBackupsOnlyAFileOrQuit();
    void mainWindowBacksUpAtStart();

private:
    // A damaged cache with `backups` automatic backups (a note added after the last).
    QString damagedCache(int backups, QString *error);

    QTemporaryDir m_master;
    QString m_clean;
    qint64 m_accounts = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<MessageBoxes::Request> m_boxes;
    QList<FileDialogs::Request> m_fileDialogs;
    QString m_fileAnswer;
};

void TestRestoreBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestSupport::isolateSettings();
    DemoOptions options;
    options.accounts = 40;
    options.usageWeeks = 20;
    options.asOf = QDate(2026, 3, 2);
    QString error;
    {
        Database db;
        QVERIFY2(TestSupport::buildDemoCache(db, m_master.path(), options, &error, { options.asOf, false }),
                 qPrintable(error));
        m_accounts = count(db.connection(), u"SELECT count(*) FROM accounts WHERE archived = 0"_s);
    }
    m_clean = m_master.filePath(u"demo.sqlite"_s);
    QVERIFY(m_accounts > 30);
}

void TestRestoreBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_boxes.clear();
    m_fileDialogs.clear();
    m_fileAnswer.clear();
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_boxes.append(request);
        return QMessageBox::Ok;
    });
    FileDialogs::setHandler([this](const FileDialogs::Request &request) {
        m_fileDialogs.append(request);
        return m_fileAnswer;
    });
}

void TestRestoreBackup::cleanup()
{
    MessageBoxes::setHandler({});
    FileDialogs::setHandler({});
    m_dir.reset();
}

QString TestRestoreBackup::damagedCache(int backups, QString *error)
{
    const QString path = m_dir->filePath(u"cache.sqlite"_s);
    if (!QFile::copy(m_clean, path)) {
        *error = u"cannot copy the cache"_s;
        return {};
    }
    {
        Database db;
        if (!db.open(path, error))
            return {};
        for (int i = 0; i < backups; ++i) {
            const CacheBackup::Outcome outcome = CacheBackup::create(path);
            if (!outcome.ok) {
                *error = outcome.error;
                return {};
            }
        }
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT id FROM accounts WHERE archived = 0 ORDER BY id LIMIT 1"_s) || !q.next())
            return {};
        LocalWork work(db, u"tester"_s);
        if (work.addNote(q.value(0).toString(), u"Typed after the backup"_s).isEmpty()) {
            *error = work.lastError();
            return {};
        }
    }
    if (!damageMiddlePage(path)) {
        *error = u"cannot damage the cache"_s;
        return {};
    }
    Database db;
    if (db.open(path, error) || db.openError() != Database::OpenError::Damaged) {
        *error = u"the damage was not noticed"_s;
        return {};
    }
    return path;
}

void TestRestoreBackup::restoresTheNewestBackupAndSaysWhatItRescued()
{
    QString error;
    const QString path = damagedCache(1, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    Database failed;
    QVERIFY(!failed.open(path, &error));

    RestoreBackupDialog dialog(path, error);
    QVERIFY(dialog.backupText().contains(u"%1 account"_s.arg(m_accounts)));
    QVERIFY(dialog.restoreButton()->isEnabled());
    QVERIFY(dialog.restoreButton()->isDefault());
    QVERIFY(dialog.findChild<QLabel *>(u"details"_s)->text().contains(u"damaged"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (const QString shot = qEnvironmentVariable("PITWALL_RESTORE_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(dialog.grab().save(shot));

    // Enter takes the default: restore the newest backup.
    QSignalSpy finished(&dialog, &RestoreBackupDialog::restoreFinished);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.restoredFrom(), CacheBackup::list(path).first().path);

    // The user is told where the damaged file and the rescued work are.
    QCOMPARE(m_boxes.size(), 1);
    QCOMPARE(m_boxes.first().title, u"Backup Restored"_s);
    const CacheBackup::Restore &result = dialog.restoreResult();
    QVERIFY(QFileInfo::exists(result.damagedPath));
    QVERIFY(QFileInfo::exists(result.rescuePath));
    QVERIFY(result.rescuedNotes >= 1);
    QVERIFY(m_boxes.first().informativeText.contains(QDir::toNativeSeparators(result.rescuePath)));
    QVERIFY(m_boxes.first().informativeText.contains(QDir::toNativeSeparators(result.damagedPath)));

    Database db;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(count(db.connection(), u"SELECT count(*) FROM accounts WHERE archived = 0"_s), m_accounts);
    QCOMPARE(count(db.connection(), u"SELECT count(*) FROM notes WHERE body = 'Typed after the backup'"_s),
             0);
}

void TestRestoreBackup::choosesAnOlderBackupFromTheMenu()
{
    QString error;
    const QString path = damagedCache(2, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    const QList<CacheBackup::Info> backups = CacheBackup::list(path);
    QCOMPARE(backups.size(), 2);
    RestoreBackupDialog dialog(path, error);
    const QList<QAction *> actions = dialog.chooseMenu()->actions();
    QCOMPARE(actions.size(), 3); // the older backup, a separator, "Other File…"
    QCOMPARE(actions.at(0)->data().toString(), backups.at(1).path);
    QVERIFY(actions.at(1)->isSeparator());
    QSignalSpy finished(&dialog, &RestoreBackupDialog::restoreFinished);
    actions.at(0)->trigger();
    QVERIFY(dialog.isRestoring() || finished.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(dialog.restoredFrom(), backups.at(1).path);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestRestoreBackup::choosesAFile()
{
    QString error;
    const QString path = damagedCache(1, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    // A backup made by hand, somewhere else.
    m_fileAnswer = m_dir->filePath(u"by-hand.sqlite"_s);
    QVERIFY(QFile::copy(CacheBackup::list(path).first().path, m_fileAnswer));
    RestoreBackupDialog dialog(path, error);
    QSignalSpy finished(&dialog, &RestoreBackupDialog::restoreFinished);
    QTest::mouseClick(dialog.chooseButton(), Qt::LeftButton); // one backup only: straight to the file
    QCOMPARE(m_fileDialogs.size(), 1);
    QCOMPARE(m_fileDialogs.first().kind, FileDialogs::Kind::OpenFile);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(dialog.restoredFrom(), m_fileAnswer);
    Database db;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(count(db.connection(), u"SELECT count(*) FROM accounts WHERE archived = 0"_s), m_accounts);
}

void TestRestoreBackup::aFailedRestoreKeepsTheDialogOpen()
{
    QString error;
    const QString path = damagedCache(1, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    m_fileAnswer = m_dir->filePath(u"not-a-backup.sqlite"_s);
    QVERIFY(TestSupport::writeFile(m_fileAnswer, QByteArray(8192, 'x')));
    RestoreBackupDialog dialog(path, error);
    dialog.show();
    QSignalSpy finished(&dialog, &RestoreBackupDialog::restoreFinished);
    dialog.chooseOtherFile();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.statusText().contains(u"could not be restored"_s), qPrintable(dialog.statusText()));
    QVERIFY(dialog.restoreButton()->isEnabled());
    QVERIFY(dialog.quitButton()->isEnabled());
    // Nothing was moved: the damaged cache is where it was.
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(QDir(m_dir->path()).entryList({ u"*.damaged-*"_s }).isEmpty());
    // Quit.
    QTest::mouseClick(dialog.quitButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestRestoreBackup::withoutBackupsOnlyAFileOrQuit()
{
    QString error;
    const QString path = damagedCache(0, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    RestoreBackupDialog dialog(path, error);
    QVERIFY(!dialog.restoreButton()->isEnabled());
    QVERIFY(dialog.chooseButton()->isDefault());
    QVERIFY(dialog.backupText().contains(u"no automatic backup"_s));
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QVERIFY(m_boxes.isEmpty());
}

void TestRestoreBackup::mainWindowBacksUpAtStart()
{
    const QString path = m_dir->filePath(u"cache.sqlite"_s);
    QVERIFY(QFile::copy(m_clean, path));
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    MainWindow window(db);
    window.setFirstStart(MainWindow::FirstStart::Nothing);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The first backup of the day, made in the background.
    QTRY_VERIFY_WITH_TIMEOUT(
        window.backupJob() && !window.backupJob()->isRunning() && CacheBackup::list(path).size() == 1, 30000);
    QCOMPARE(CacheBackup::list(path).first().accounts, m_accounts);
    QVERIFY(m_boxes.isEmpty());
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Theme::apply(app);
    TestRestoreBackup test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_restorebackup.moc"
