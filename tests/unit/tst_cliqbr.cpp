// pitwall-cli qbr end to end: the real binary on a demo cache, one account and a book.
#include "TestSupport.h"
#include "qbr/QbrStore.h"
#include "store/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCliQbr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void singlePdf();
    void singleHtmlUsesTheSavedDraft();
    void wholeBook();
    void badInput_data();
    void badInput();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &args);
    QString firstAccount() const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_owner;
    QStringList m_ownerAccounts;
};

TestCliQbr::Result TestCliQbr::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
    env.remove(u"QT_QPA_PLATFORM"_s); // the command picks the offscreen platform itself
    p.setProcessEnvironment(env);
    p.start(TestSupport::cliPath(), QStringList { u"--db"_s, m_db, u"--lang"_s, u"en"_s } + args);
    if (!p.waitForFinished(180000))
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

void TestCliQbr::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"cache.sqlite"_s);
    const QString bundle = m_dir.filePath(u"demo"_s);
    Result r = cli({ u"demo-export"_s, u"--out"_s, bundle, u"--accounts"_s, u"40"_s, u"--seed"_s, u"11"_s,
                     u"--as-of"_s, u"2026-11-20"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ u"import"_s, bundle });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // The CSM with the most live accounts, and those accounts.
    Database db;
    QString error;
    QVERIFY2(db.open(m_db, &error), qPrintable(error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(
        u"SELECT owner_id FROM accounts WHERE archived = 0 AND LOWER(COALESCE(lifecycle_stage, '')) <> "
        "'churned' GROUP BY owner_id ORDER BY COUNT(*) DESC, owner_id LIMIT 1"_s));
    QVERIFY(q.next());
    m_owner = q.value(0).toString();
    q.prepare(u"SELECT id FROM accounts WHERE owner_id = ? AND archived = 0"
              " AND LOWER(COALESCE(lifecycle_stage, '')) <> 'churned'"_s);
    q.addBindValue(m_owner);
    QVERIFY(q.exec());
    while (q.next())
        m_ownerAccounts.append(q.value(0).toString());
    QVERIFY(m_ownerAccounts.size() >= 2);
}

QString TestCliQbr::firstAccount() const
{
    return m_ownerAccounts.first();
}

void TestCliQbr::singlePdf()
{
    const QString out = m_dir.filePath(u"one.pdf"_s);
    const Result r = cli({ u"qbr"_s, u"--account"_s, firstAccount(), u"--quarter"_s, u"2026q3"_s, u"--out"_s,
                           out, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("account"_L1).toString(), firstAccount());
    QCOMPARE(o.value("quarter"_L1).toString(), u"2026Q3"_s);
    QCOMPARE(o.value("format"_L1).toString(), u"pdf"_s);
    QCOMPARE(o.value("source"_L1).toString(), u"template"_s);
    QCOMPARE(o.value("file"_L1).toString(), QFileInfo(out).absoluteFilePath());
    QCOMPARE(o.value("sections"_L1).toArray().size(), 11);
    QVERIFY(o.value("pages"_L1).toInt() >= 11);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    // The human form names the file and the page count.
    const Result human
        = cli({ u"qbr"_s, u"--account"_s, firstAccount(), u"--quarter"_s, u"2026Q3"_s, u"--out"_s, out });
    QVERIFY2(human.exitCode == 0, human.err.constData());
    QVERIFY2(human.out.contains(out.toUtf8()), human.out.constData());
    QVERIFY2(human.out.contains("Q3 2026"), human.out.constData());
}

void TestCliQbr::singleHtmlUsesTheSavedDraft()
{
    const QString account = m_ownerAccounts.at(1);
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_db, &error), qPrintable(error));
        QbrStore store(db);
        QbrDocument doc = QbrDocument::fromTemplate(QbrTemplate::builtIn(), account, QbrQuarter { 2026, 3 },
                                                    u"Name"_s, u"CSM"_s);
        doc.section(QbrSection::ExecutiveSummary)->narrative = u"DRAFT-MARKER <b>42</b>"_s;
        doc.section(QbrSection::Support)->enabled = false;
        QVERIFY2(store.save(doc, u"test"_s), qPrintable(store.lastError()));
    }
    const QString out = m_dir.filePath(u"draft.html"_s);
    Result r = cli(
        { u"qbr"_s, u"--account"_s, account, u"--quarter"_s, u"2026Q3"_s, u"--out"_s, out, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("source"_L1).toString(), u"draft"_s);
    QCOMPARE(o.value("format"_L1).toString(), u"html"_s);
    QCOMPARE(o.value("sections"_L1).toArray().size(), 10); // support turned off in the draft
    QByteArray html = TestSupport::readFile(out);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("DRAFT-MARKER &lt;b&gt;42&lt;/b&gt;"));
    QVERIFY(!html.contains("id=\"support\""));

    // --template starts over from a template: no draft text.
    r = cli({ u"qbr"_s, u"--account"_s, account, u"--quarter"_s, u"2026Q3"_s, u"--out"_s, out,
              u"--template"_s, u"built-in"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("source"_L1).toString(), u"template"_s);
    html = TestSupport::readFile(out);
    QVERIFY(!html.contains("DRAFT-MARKER"));
    QVERIFY(html.contains("id=\"support\""));

    // A template file works too.
    QbrTemplate tmpl = QbrTemplate::builtIn();
    tmpl.name = u"Short"_s;
    for (QbrSectionState &s : tmpl.sections)
        s.enabled = s.section == QbrSection::Cover || s.section == QbrSection::Adoption;
    const QString tmplPath = m_dir.filePath(u"short.json"_s);
    QVERIFY(TestSupport::writeFile(tmplPath, tmpl.toJson()));
    r = cli({ u"qbr"_s, u"--account"_s, account, u"--quarter"_s, u"2026Q3"_s, u"--out"_s, out,
              u"--template"_s, tmplPath, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("sections"_L1).toArray(), QJsonArray({ u"cover"_s, u"adoption"_s }));
    QCOMPARE(o.value("template"_L1).toString(), u"Short"_s);
}

void TestCliQbr::wholeBook()
{
    const QString dir = m_dir.filePath(u"book"_s);
    Result r = cli(
        { u"qbr"_s, u"--owner"_s, m_owner, u"--quarter"_s, u"2026Q3"_s, u"--out-dir"_s, dir, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("owner"_L1).toString(), m_owner);
    QCOMPARE(o.value("format"_L1).toString(), u"pdf"_s);
    QVERIFY(o.value("failed"_L1).toArray().isEmpty());
    const QJsonArray files = o.value("files"_L1).toArray();
    QCOMPARE(files.size(), m_ownerAccounts.size());
    QSet<QString> accounts;
    int pages = 0;
    for (const QJsonValue &v : files) {
        const QJsonObject f = v.toObject();
        accounts.insert(f.value("account"_L1).toString());
        const QString path = f.value("file"_L1).toString();
        QVERIFY2(QFileInfo(path).isFile() && QFileInfo(path).size() > 10000, qPrintable(path));
        QCOMPARE(QFileInfo(path).absolutePath(), QDir(dir).absolutePath());
        QVERIFY2(path.endsWith(u"_2026Q3.pdf"_s), qPrintable(path));
        QVERIFY2(QFileInfo(path).fileName().contains(f.value("account"_L1).toString()), qPrintable(path));
        pages += f.value("pages"_L1).toInt();
    }
    QCOMPARE(accounts, QSet<QString>(m_ownerAccounts.cbegin(), m_ownerAccounts.cend()));
    QCOMPARE(o.value("pages"_L1).toInt(), pages);
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), m_ownerAccounts.size());
    // Progress on stderr, one line per account.
    QVERIFY2(r.err.contains(u"[1/%1] "_s.arg(m_ownerAccounts.size()).toUtf8()), r.err.constData());
    QVERIFY(r.err.contains(u"[%1/%1] "_s.arg(m_ownerAccounts.size()).toUtf8()));

    // HTML, and the human summary.
    const QString htmlDir = m_dir.filePath(u"book-html"_s);
    r = cli({ u"qbr"_s, u"--owner"_s, m_owner, u"--quarter"_s, u"2026Q3"_s, u"--out-dir"_s, htmlDir,
              u"--format"_s, u"html"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QDir(htmlDir).entryList({ u"*.html"_s }, QDir::Files).size(), m_ownerAccounts.size());
    QVERIFY2(r.out.contains(u"Wrote %1 QBR"_s.arg(m_ownerAccounts.size()).toUtf8()), r.out.constData());
}

void TestCliQbr::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = u"OUT/x.pdf"_s;
    QTest::newRow("unknown account") << QStringList { u"--account"_s, u"NOPE-1"_s, u"--quarter"_s,
                                                      u"2026Q3"_s,    u"--out"_s,  out }
                                     << 1 << u"NOPE-1"_s;
    QTest::newRow("bad quarter") << QStringList { u"--account"_s, u"ACC"_s,   u"--quarter"_s,
                                                  u"2026Q5"_s,    u"--out"_s, out }
                                 << 2 << u"2026Q5"_s;
    QTest::newRow("no quarter") << QStringList { u"--account"_s, u"ACC"_s, u"--out"_s, out } << 2
                                << u"--quarter"_s;
    QTest::newRow("bad extension") << QStringList { u"--account"_s, u"ACC"_s,   u"--quarter"_s,
                                                    u"2026Q3"_s,    u"--out"_s, u"x.docx"_s }
                                   << 2 << u".pdf or .html"_s;
    QTest::newRow("account and owner")
        << QStringList { u"--account"_s, u"A"_s, u"--owner"_s, u"B"_s, u"--quarter"_s, u"2026Q3"_s } << 2
        << u"either"_s;
    QTest::newRow("owner without dir")
        << QStringList { u"--owner"_s, u"B"_s, u"--quarter"_s, u"2026Q3"_s } << 2 << u"--out-dir"_s;
    QTest::newRow("bad format") << QStringList { u"--owner"_s,   u"B"_s,   u"--quarter"_s, u"2026Q3"_s,
                                                 u"--out-dir"_s, u"OUT"_s, u"--format"_s,  u"docx"_s }
                                << 2 << u"pdf or html"_s;
    QTest::newRow("unknown owner") << QStringList { u"--owner"_s, u"USR-NOBODY"_s, u"--quarter"_s,
                                                    u"2026Q3"_s,  u"--out-dir"_s,  u"OUT/book"_s }
                                   << 1 << u"USR-NOBODY"_s;
    QTest::newRow("unknown template") << QStringList { u"--account"_s, u"ACC"_s, u"--quarter"_s,  u"2026Q3"_s,
                                                       u"--out"_s,     out,      u"--template"_s, u"Fancy"_s }
                                      << 2 << u"Fancy"_s;
    QTest::newRow("unwritable output")
        << QStringList { u"--account"_s, u"ACC"_s,   u"--quarter"_s,
                         u"2026Q3"_s,    u"--out"_s, u"OUT/missing/dir/x.pdf"_s }
        << 1 << u"x.pdf"_s;
    QTest::newRow("unreadable logo") << QStringList {
        u"--account"_s, u"ACC"_s, u"--quarter"_s, u"2026Q3"_s, u"--out"_s, out, u"--logo"_s, u"OUT/none.png"_s
    } << 2 << u"none.png"_s;
}

void TestCliQbr::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (QString &a : args) {
        a.replace(u"OUT"_s, m_dir.path());
        if (a == "ACC"_L1)
            a = firstAccount();
    }
    const Result r = cli(QStringList { u"qbr"_s } + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliQbr)
#include "tst_cliqbr.moc"
