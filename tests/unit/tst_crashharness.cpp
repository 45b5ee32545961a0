// The crash harness: SIGKILL at random moments during imports, syncs (pull and push) and
// editing, many times. After each kill the cache must pass PRAGMA integrity_check, hold
// the last committed import (all of one export or all of the other, never a mix), keep
// every local change the editor reported saved, and the outbox must never hold a change
// twice. A last clean sync must then send every change exactly once.
// A first import into an empty cache runs with a rollback journal instead of the WAL
// (ImportRun::execute): killFirstImports() kills those too.
//
// PITWALL_CRASH_ROUNDS (default 36) sets the number of kills; PITWALL_CRASH_SEED replays a
// run (the seed is printed).
#include "TestSupport.h"
#include "demo/DemoExportWriter.h"
#include "store/Database.h"
#include "work/ChangeJournal.h"
#include "work/LocalWork.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr const char *childVar = "PITWALL_CRASH_CHILD";

// The editor: adds notes (and edits them) one transaction at a time, printing the id of
// each one once it is committed, until it is killed.
int childMain()
{
    const QStringList args = qEnvironmentVariable(childVar).split(u'|');
    Database db;
    QString error;
    if (args.size() < 2 || !db.open(args.at(0), &error)) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 3;
    }
    LocalWork work(db, u"crash-harness"_s);
    for (int n = 1;; ++n) {
        const QString id = work.addNote(
            args.at(1), u"Call notes %1: the customer asked about SSO and the renewal."_s.arg(n));
        if (id.isEmpty()) {
            std::fprintf(stderr, "child: %s\n", qPrintable(work.lastError()));
            return 4;
        }
        std::printf("%s\n", qPrintable(id));
        std::fflush(stdout);
    }
}

} // namespace

class TestCrashHarness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killAtRandomMoments();
    void killFirstImports();

private:
    QString signature(Database &db);
    QString importBundle(const QString &cache, const QString &bundle);
    QSet<QString> outboxChangeIds(bool *duplicates);

    QTemporaryDir m_dir;
    QString m_bundleA;
    QString m_bundleB;
    QString m_central;
    QString m_signatureA;
    QString m_signatureB;
    QString m_accountId; // in both exports
};

QString TestCrashHarness::signature(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT COUNT(*) || '|' || printf('%.2f', COALESCE(SUM(arr), 0)) || '|' ||"
                " (SELECT COUNT(*) FROM contacts WHERE archived = 0) || '|' ||"
                " (SELECT COUNT(*) FROM opportunities WHERE archived = 0) || '|' ||"
                " (SELECT COUNT(*) FROM nps WHERE archived = 0) FROM accounts WHERE archived = 0"_s)
        || !q.next())
        return u"<unreadable>"_s;
    return q.value(0).toString();
}

QString TestCrashHarness::importBundle(const QString &cache, const QString &bundle)
{
    QProcess p;
    p.start(TestSupport::cliPath(),
            { u"--db"_s, cache, u"import"_s, bundle, u"--no-health"_s, u"--no-backup"_s });
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        return QString::fromLocal8Bit(p.readAllStandardError());
    return {};
}

QSet<QString> TestCrashHarness::outboxChangeIds(bool *duplicates)
{
    QSet<QString> ids;
    *duplicates = false;
    QDirIterator it(m_central + u"/outbox"_s, { u"*.jsonl"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QString id = QJsonDocument::fromJson(line).object().value("change_id"_L1).toString();
            if (ids.contains(id))
                *duplicates = true;
            ids.insert(id);
        }
    }
    return ids;
}

void TestCrashHarness::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(TestSupport::cliPath()), qPrintable(TestSupport::cliPath()));
    m_bundleA = m_dir.filePath(u"export-a"_s);
    m_bundleB = m_dir.filePath(u"export-b"_s);
    m_central = m_dir.filePath(u"central"_s);
    QString error;
    QVERIFY2(DemoExportWriter({ .accounts = 40, .seed = 11, .usageWeeks = 20, .asOf = QDate::currentDate() })
                 .write(m_bundleA, &error),
             qPrintable(error));
    QVERIFY2(DemoExportWriter({ .accounts = 36, .seed = 12, .usageWeeks = 20, .asOf = QDate::currentDate() })
                 .write(m_bundleB, &error),
             qPrintable(error));
    QVERIFY2(DemoExportWriter({ .accounts = 40, .seed = 11, .usageWeeks = 20, .asOf = QDate::currentDate() })
                 .write(m_central, &error),
             qPrintable(error));

    // What each export looks like once imported, cleanly.
    for (const auto &[bundle, out] :
         { std::pair { m_bundleA, &m_signatureA }, std::pair { m_bundleB, &m_signatureB } }) {
        const QString cache = m_dir.filePath(u"reference-%1.sqlite"_s.arg(out == &m_signatureA ? 'a' : 'b'));
        const QString failure = importBundle(cache, bundle);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        Database db;
        QVERIFY2(db.open(cache, &error), qPrintable(error));
        *out = signature(db);
    }
    QVERIFY(m_signatureA != m_signatureB);
    Database a;
    QVERIFY(a.open(m_dir.filePath(u"reference-a.sqlite"_s), &error));
    QSqlQuery q(a.connection());
    QVERIFY(q.exec(u"ATTACH DATABASE '%1' AS b"_s.arg(m_dir.filePath(u"reference-b.sqlite"_s))));
    QVERIFY(q.exec(u"SELECT id FROM accounts WHERE id IN (SELECT id FROM b.accounts) ORDER BY id LIMIT 1"_s));
    QVERIFY(q.next());
    m_accountId = q.value(0).toString();
}

void TestCrashHarness::killAtRandomMoments()
{
    const int rounds = qEnvironmentVariableIsSet("PITWALL_CRASH_ROUNDS")
        ? qEnvironmentVariableIntValue("PITWALL_CRASH_ROUNDS")
        : 36;
    const quint32 seed = qEnvironmentVariableIsSet("PITWALL_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("PITWALL_CRASH_SEED"))
        : quint32(QDateTime::currentMSecsSinceEpoch());
    qInfo("crash harness: %d rounds, PITWALL_CRASH_SEED=%u", rounds, seed);
    QRandomGenerator random(seed);

    const QString cache = m_dir.filePath(u"cache.sqlite"_s);
    QElapsedTimer clock;
    clock.start();
    QString failure = importBundle(cache, m_bundleA);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const qint64 importMs = qMax<qint64>(50, clock.elapsed());

    QSet<QString> savedNotes; // what the editor reported committed
    int killedMidway = 0;
    int finishedFirst = 0;
    int importsCommitted = 0; // rounds after which the cache held the other export
    const QStringList operations = { u"import"_s, u"sync"_s, u"edit"_s };
    QHash<QString, int> perOperation;
    for (int round = 0; round < rounds; ++round) {
        const QString operation = operations.at(round % operations.size());
        QProcess child;
        QString before;
        {
            Database db;
            QString error;
            QVERIFY2(db.open(cache, &error), qPrintable(error));
            before = signature(db);
        }
        if (operation == "import"_L1) {
            child.start(TestSupport::cliPath(),
                        { u"--db"_s, cache, u"import"_s, before == m_signatureA ? m_bundleB : m_bundleA,
                          u"--no-health"_s, u"--no-backup"_s });
        } else if (operation == "sync"_L1) {
            child.start(TestSupport::cliPath(),
                        { u"--db"_s, cache, u"sync"_s, u"--central"_s, m_central, u"--no-health"_s,
                          u"--no-backup"_s });
        } else {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(childVar), cache + u'|' + m_accountId);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
        }
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // Mostly a kill at a random instant of the run; one run in five is let through,
        // so the export held changes and the next runs start from either state.
        const int delay
            = random.bounded(5) == 0 ? 300000 : int(random.bounded(qint64(importMs * 12 / 10) + 1));
        QByteArray out;
        if (operation == "edit"_L1) {
            // Let it save a random number of notes, then kill it mid-stream.
            const int notes = int(random.bounded(1, 40));
            while (out.count('\n') < notes) {
                if (!child.waitForReadyRead(60000))
                    QFAIL(qPrintable(u"the editor stopped: "_s
                                     + QString::fromLocal8Bit(child.readAllStandardError())));
                out += child.readAllStandardOutput();
            }
        } else {
            child.waitForFinished(delay);
        }
        if (child.state() == QProcess::Running) {
            child.kill();
            ++killedMidway;
            QVERIFY(child.waitForFinished(30000));
        } else {
            ++finishedFirst;
        }
        out += child.readAllStandardOutput();
        if (operation == "edit"_L1) {
            const QList<QByteArray> lines = out.split('\n');
            // The last line may be cut short by the kill; only whole lines count.
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                if (!lines.at(i).isEmpty())
                    savedNotes.insert(QString::fromLatin1(lines.at(i)));
            }
        }
        ++perOperation[operation];

        Database db;
        QString error;
        QVERIFY2(db.open(cache, &error), qPrintable(u"round %1 (%2): %3"_s.arg(round).arg(operation, error)));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        const QString now = signature(db);
        if (now != before)
            ++importsCommitted;
        QVERIFY2(now == m_signatureA || now == m_signatureB,
                 qPrintable(u"round %1 (%2): the cache holds a mix: %3 (A %4, B %5)"_s.arg(round).arg(
                     operation, now, m_signatureA, m_signatureB)));
        // Every note reported saved is there, with its journal row.
        QVERIFY(q.exec(u"SELECT id FROM notes"_s));
        QSet<QString> notes;
        while (q.next())
            notes.insert(q.value(0).toString());
        for (const QString &id : std::as_const(savedNotes))
            QVERIFY2(notes.contains(id),
                     qPrintable(u"round %1 (%2): note %3 lost"_s.arg(round).arg(operation, id)));
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM notes n WHERE NOT EXISTS (SELECT 1 FROM change_journal j"
                       " WHERE j.entity = 'note' AND j.entity_id = n.id)"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        bool duplicates = false;
        outboxChangeIds(&duplicates);
        QVERIFY2(!duplicates,
                 qPrintable(u"round %1 (%2): a change is twice in the outbox"_s.arg(round).arg(operation)));
    }

    // A clean sync sends everything, each change once.
    QProcess last;
    last.start(
        TestSupport::cliPath(),
        { u"--db"_s, cache, u"sync"_s, u"--central"_s, m_central, u"--no-health"_s, u"--no-backup"_s });
    QVERIFY(last.waitForFinished(300000));
    QVERIFY2(last.exitCode() == 0, qPrintable(QString::fromLocal8Bit(last.readAllStandardError())));
    Database db;
    QString error;
    QVERIFY2(db.open(cache, &error), qPrintable(error));
    QCOMPARE(ChangeJournal(db).unsentCount(), 0);
    bool duplicates = false;
    const QSet<QString> sent = outboxChangeIds(&duplicates);
    QVERIFY(!duplicates);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT change_id FROM change_journal"_s));
    int journal = 0;
    while (q.next()) {
        ++journal;
        QVERIFY2(sent.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
    }
    QCOMPARE(sent.size(), journal);
    qInfo("crash harness: %d rounds (%d import, %d sync, %d edit), %d killed mid-run, %d had finished; "
          "%d rounds changed the export held; %lld notes saved and kept, %d changes sent once each",
          rounds, perOperation.value(u"import"_s), perOperation.value(u"sync"_s),
          perOperation.value(u"edit"_s), killedMidway, finishedFirst, importsCommitted,
          qint64(savedNotes.size()), journal);
    QVERIFY(importsCommitted > 0 || rounds < 30); // and let some imports through
    QVERIFY(killedMidway > rounds / 3); // the harness must really interrupt work
}

// A first import into an empty cache writes with a rollback journal: killed at any
// instant, the cache opens again empty (or whole), checks clean, and is back in WAL mode.
void TestCrashHarness::killFirstImports()
{
    const int rounds = qMax(4,
                            (qEnvironmentVariableIsSet("PITWALL_CRASH_ROUNDS")
                                 ? qEnvironmentVariableIntValue("PITWALL_CRASH_ROUNDS")
                                 : 36)
                                / 4);
    const quint32 seed = qEnvironmentVariableIsSet("PITWALL_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("PITWALL_CRASH_SEED"))
        : quint32(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator random(seed ^ 0x5eedu);
    QElapsedTimer clock;
    clock.start();
    const QString failure = importBundle(m_dir.filePath(u"first-timing.sqlite"_s), m_bundleA);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const qint64 importMs = qMax<qint64>(50, clock.elapsed());
    int killed = 0;
    for (int round = 1; round <= rounds; ++round) {
        const QString cache = m_dir.filePath(u"first-%1.sqlite"_s.arg(round));
        QProcess child;
        child.start(TestSupport::cliPath(),
                    { u"--db"_s, cache, u"import"_s, m_bundleA, u"--no-health"_s, u"--no-backup"_s });
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        child.waitForFinished(int(random.bounded(qint64(importMs) + 1)));
        if (child.state() == QProcess::Running) {
            child.kill();
            ++killed;
            QVERIFY(child.waitForFinished(30000));
        }
        if (!QFile::exists(cache))
            continue; // killed before the cache was created
        Database db;
        QString error;
        QVERIFY2(db.open(cache, &error), qPrintable(u"round %1: %2"_s.arg(round).arg(error)));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(!QFile::exists(cache + u"-journal"_s));
        const QString now = signature(db);
        QVERIFY2(now == m_signatureA || now.startsWith(u"0|0.00|0|0|0"_s),
                 qPrintable(u"round %1: the cache holds part of an import: %2"_s.arg(round).arg(now)));
    }
    qInfo("first imports: %d rounds, %d killed mid-run", rounds, killed);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(childVar))
        return childMain();
    TestCrashHarness test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashharness.moc"
