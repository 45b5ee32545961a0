// Contact fields both Pitwall and the CRM may edit: the local value is written through,
// journaled with its base, survives re-imports, and a clash becomes a conflict that the
// user resolves; nothing is overwritten silently.
#include "TestSupport.h"
#include "import/Importer.h"
#include "store/Database.h"
#include "work/ChangeJournal.h"
#include "work/SharedEdits.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSharedEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editIsWrittenThroughAndJournaled();
    void readOnlyFieldsAndUnknownRecordsAreRefused();
    void unchangedExportKeepsTheEdit();
    void otherCrmChangeKeepsTheEdit();
    void crmTakingTheEditEndsIt();
    void clashBecomesAConflictAndKeepTheirs();
    void keepMineRebasesAndWaits();
    void settingBackToTheCrmValueWithdraws();
    void conflictSeenTwiceIsCountedOnce();

private:
    // A Salesforce export with one account and two contacts; contact 1 has this role,
    // title and phone.
    void writeExport(const QString &role, const QString &phone = u"+1 555 0100"_s,
                     const QString &title = u"VP Operations"_s);
    ImportReport import();
    QString value(const QString &sql);
    qint64 journalRows();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_source;
};

static const QString contact1 = u"0035g00000Aa001AAA"_s;

void TestSharedEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = m_dir->filePath(u"export"_s);
    QVERIFY(QDir().mkpath(m_source));
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    writeExport(u"Champion"_s);
    const ImportReport report = import();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(value(u"SELECT role FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"champion"_s);
}

void TestSharedEdits::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSharedEdits::writeExport(const QString &role, const QString &phone, const QString &title)
{
    QVERIFY(TestSupport::writeFile(m_source + u"/User.csv"_s,
                                   "Id,FirstName,LastName,Email,IsActive,ManagerId,CS_Role__c\n"
                                   "0055g000001AbCdAAK,Morgan,Reyes,morgan@example.com,true,,CSM\n"));
    QVERIFY(TestSupport::writeFile(m_source + u"/Account.csv"_s,
                                   "Id,IsDeleted,Name,OwnerId,CreatedDate,ARR__c,Renewal_Date__c\n"
                                   "0015g00000AbCdEAAV,false,Acme Corporation,0055g000001AbCdAAK,"
                                   "2023-01-01T00:00:00.000Z,60000,2027-03-08\n"));
    const QString contacts
        = u"Id,IsDeleted,AccountId,FirstName,LastName,Email,Title,Phone,Contact_Role__c,CreatedDate\n"
          "%1,false,0015g00000AbCdEAAV,Jose,Muller,jose@acme.example,%2,%3,%4,2023-01-05T10:00:00.000Z\n"
          "0035g00000Aa002AAA,false,0015g00000AbCdEAAV,Zoe,Frank,zoe@acme.example,CTO,,Technical,"
          "2023-01-06T10:00:00.000Z\n"_s.arg(contact1, title, phone, role);
    QVERIFY(TestSupport::writeFile(m_source + u"/Contact.csv"_s, contacts.toUtf8()));
}

ImportReport TestSharedEdits::import()
{
    Importer importer(*m_db);
    importer.setRefreshRisk(false);
    ImportOptions options;
    options.source = m_source;
    options.profile = u"salesforce"_s;
    return importer.run(options);
}

QString TestSharedEdits::value(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return u"<no row>"_s;
    return q.value(0).toString();
}

qint64 TestSharedEdits::journalRows()
{
    return value(u"SELECT COUNT(*) FROM change_journal WHERE entity = 'contact'"_s).toLongLong();
}

void TestSharedEdits::editIsWrittenThroughAndJournaled()
{
    SharedEdits edits(*m_db, u"USR-1"_s);
    QVERIFY2(edits.set(u"contact"_s, contact1, u"role"_s, u"decision_maker"_s),
             qPrintable(edits.lastError()));
    QCOMPARE(value(u"SELECT role FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"decision_maker"_s);
    const auto edit = edits.find(u"contact"_s, contact1, u"role"_s);
    QVERIFY(edit);
    QCOMPARE(edit->state, SharedEdits::State::Pending);
    QCOMPARE(edit->mine, u"decision_maker"_s);
    QCOMPARE(edit->base, u"champion"_s);
    QCOMPARE(edit->entityName, u"Jose Muller"_s);
    QCOMPARE(edit->accountName, u"Acme Corporation"_s);
    QCOMPARE(edits.pendingCount(), 1);

    const QList<ChangeJournal::Change> history = ChangeJournal(*m_db).history(contact1);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().field, u"role"_s);
    QCOMPARE(history.first().oldValue.toString(), u"champion"_s);
    QCOMPARE(history.first().newValue.toString(), u"decision_maker"_s);
    QCOMPARE(history.first().baseVersion, u"champion"_s);
    QCOMPARE(history.first().accountId, u"0015g00000AbCdEAAV"_s);
    QCOMPARE(history.first().author, u"USR-1"_s);

    // The title is shared too; the same value again changes nothing.
    QVERIFY(edits.set(u"contact"_s, contact1, u"title"_s, u"COO"_s));
    QVERIFY(edits.set(u"contact"_s, contact1, u"title"_s, u"COO"_s));
    QCOMPARE(journalRows(), 2);
    QCOMPARE(edits.list().size(), 2);
    QCOMPARE(edits.list(u"0015g00000AbCdEAAV"_s).size(), 2);
    QCOMPARE(edits.list(u"other"_s).size(), 0);
}

void TestSharedEdits::readOnlyFieldsAndUnknownRecordsAreRefused()
{
    QVERIFY(SharedEdits::isShared(u"contact"_s, u"role"_s));
    QVERIFY(!SharedEdits::isShared(u"contact"_s, u"email"_s));
    QVERIFY(!SharedEdits::isShared(u"account"_s, u"arr"_s));
    SharedEdits edits(*m_db, u"USR-1"_s);
    QVERIFY(!edits.set(u"contact"_s, contact1, u"email"_s, u"x@example.com"_s));
    QVERIFY(edits.lastError().contains(u"email"_s));
    QVERIFY(!edits.set(u"contact"_s, u"nope"_s, u"role"_s, u"user"_s));
    QVERIFY(edits.lastError().contains(u"nope"_s));
    QCOMPARE(value(u"SELECT email FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"jose@acme.example"_s);
    QCOMPARE(journalRows(), 0);
    QCOMPARE(edits.list().size(), 0);
}

void TestSharedEdits::unchangedExportKeepsTheEdit()
{
    SharedEdits edits(*m_db, u"USR-1"_s);
    QVERIFY(edits.set(u"contact"_s, contact1, u"role"_s, u"decision_maker"_s));
    const ImportReport report = import();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(value(u"SELECT role FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"decision_maker"_s);
    QCOMPARE(edits.pendingCount(), 1);
}

void TestSharedEdits::otherCrmChangeKeepsTheEdit()
{
    SharedEdits edits(*m_db, u"USR-1"_s);
    QVERIFY(edits.set(u"contact"_s, contact1, u"role"_s, u"decision_maker"_s));
    writeExport(u"Champion"_s, u"+1 555 0199"_s); // the CRM changed the phone only
    const ImportReport report = import();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(value(u"SELECT phone FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"+1 555 0199"_s);
    QCOMPARE(value(u"SELECT role FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"decision_maker"_s);
    QCOMPARE(edits.pendingCount(), 1);
    QCOMPARE(edits.conflictCount(), 0);
}

void TestSharedEdits::crmTakingTheEditEndsIt()
{
    SharedEdits edits(*m_db, u"USR-1"_s);
    QVERIFY(edits.set(u"contact"_s, contact1, u"role"_s, u"decision_maker"_s));
    writeExport(u"Decision Maker"_s);
    const ImportReport report = import();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(value(u"SELECT role FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"decision_maker"_s);
    QCOMPARE(edits.list().size(), 0);
}

void TestSharedEdits::clashBecomesAConflictAndKeepTheirs()
{
    SharedEdits edits(*m_db, u"USR-1"_s);
    QVERIFY(edits.set(u"contact"_s, contact1, u"role"_s, u"decision_maker"_s));
    writeExport(u"Billing"_s);
    const ImportReport report = import();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.conflicts, 1);
    QVERIFY(report.toText().contains(u"Sync"_s));
    // Nothing overwritten silently: the local value stays until the user decides.
    QCOMPARE(value(u"SELECT role FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"decision_maker"_s);
    const QList<SharedEdits::Edit> conflicts = edits.conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().mine, u"decision_maker"_s);
    QCOMPARE(conflicts.first().base, u"champion"_s);
    QCOMPARE(conflicts.first().theirs, u"billing"_s);
    QVERIFY(conflicts.first().detectedAt.isValid());

    QVERIFY(!edits.keepTheirs(u"no-such-edit"_s));
    const qint64 before = journalRows();
    QVERIFY2(edits.keepTheirs(conflicts.first().id), qPrintable(edits.lastError()));
    QCOMPARE(value(u"SELECT role FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"billing"_s);
    QCOMPARE(edits.list().size(), 0);
    QCOMPARE(journalRows(), before + 1);
    // A resolved edit cannot be resolved again.
    QVERIFY(!edits.keepMine(conflicts.first().id));
}

void TestSharedEdits::keepMineRebasesAndWaits()
{
    SharedEdits edits(*m_db, u"USR-1"_s);
    QVERIFY(edits.set(u"contact"_s, contact1, u"role"_s, u"decision_maker"_s));
    writeExport(u"Billing"_s);
    QCOMPARE(import().conflicts, 1);
    const QString id = edits.conflicts().first().id;
    QVERIFY2(edits.keepMine(id), qPrintable(edits.lastError()));
    const auto edit = edits.find(u"contact"_s, contact1, u"role"_s);
    QVERIFY(edit);
    QCOMPARE(edit->state, SharedEdits::State::Pending);
    QCOMPARE(edit->base, u"billing"_s);
    QCOMPARE(edit->mine, u"decision_maker"_s);
    const QList<ChangeJournal::Change> history = ChangeJournal(*m_db).history(contact1);
    QCOMPARE(history.last().baseVersion, u"billing"_s);
    QCOMPARE(history.last().newValue.toString(), u"decision_maker"_s);

    // The CRM still says billing and changes the phone: no new conflict.
    writeExport(u"Billing"_s, u"+1 555 0142"_s);
    const ImportReport report = import();
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(value(u"SELECT role FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"decision_maker"_s);
    QCOMPARE(edits.pendingCount(), 1);
}

void TestSharedEdits::settingBackToTheCrmValueWithdraws()
{
    SharedEdits edits(*m_db, u"USR-1"_s);
    QVERIFY(edits.set(u"contact"_s, contact1, u"role"_s, u"decision_maker"_s));
    QVERIFY(edits.set(u"contact"_s, contact1, u"role"_s, u"champion"_s));
    QCOMPARE(edits.list().size(), 0);
    QCOMPARE(value(u"SELECT role FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"champion"_s);
    QCOMPARE(journalRows(), 2); // the withdrawal is sent too

    // An empty value clears the field (NULL), and is an edit like any other.
    QVERIFY(edits.set(u"contact"_s, contact1, u"title"_s, u"  "_s));
    QCOMPARE(value(u"SELECT title IS NULL FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"1"_s);
    QCOMPARE(edits.find(u"contact"_s, contact1, u"title"_s)->mine, QString());
}

void TestSharedEdits::conflictSeenTwiceIsCountedOnce()
{
    SharedEdits edits(*m_db, u"USR-1"_s);
    QVERIFY(edits.set(u"contact"_s, contact1, u"role"_s, u"decision_maker"_s));
    writeExport(u"Billing"_s);
    QCOMPARE(import().conflicts, 1);
    // The same CRM value with another change: still the same conflict.
    writeExport(u"Billing"_s, u"+1 555 0111"_s);
    QCOMPARE(import().conflicts, 0);
    QCOMPARE(edits.conflictCount(), 1);
    // The CRM changes its mind again: theirs follows.
    writeExport(u"User"_s);
    QCOMPARE(import().conflicts, 0);
    QCOMPARE(edits.conflicts().first().theirs, u"user"_s);
    // And back to the base: the clash is gone, the edit waits.
    writeExport(u"Champion"_s);
    QCOMPARE(import().conflicts, 0);
    QCOMPARE(edits.conflictCount(), 0);
    QCOMPARE(edits.pendingCount(), 1);
    QCOMPARE(value(u"SELECT role FROM contacts WHERE id = '%1'"_s.arg(contact1)), u"decision_maker"_s);
}

QTEST_GUILESS_MAIN(TestSharedEdits)
#include "tst_sharededits.moc"
