// ImportSource: a .zip export is extracted into a private folder, and every hostile
// archive is refused with a message naming it: entries that climb out of the folder
// ("../", "..\", absolute paths), links, archives that expand past the limit or past a
// sane ratio (zip bombs), and archives with too many entries. Nothing is written outside.
#include "TestSupport.h"
#include "import/ImportSource.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestImportSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void extractsAnExport();
    void hostileEntriesAreRefused_data();
    void hostileEntriesAreRefused();
    void zipBombPastTheSizeLimit();
    void zipBombPastTheRatio();
    void plausibleExpansionIsExtracted();
    void tooManyEntries();
    void damagedArchiveIsExplained();
    void openRemovesItsFolderOnRefusal();

private:
    // Everything under the sandbox that is not the target folder or inside it.
    QStringList strays() const;
    // Bytes of all files under `dir`.
    static qint64 bytesUnder(const QString &dir);

    std::unique_ptr<QTemporaryDir> m_sandbox;
    QString m_target;
};

void TestImportSource::init()
{
    m_sandbox = std::make_unique<QTemporaryDir>();
    QVERIFY(m_sandbox->isValid());
    // Deep enough that "../../evil.csv" from the target still lands inside the sandbox.
    m_target = m_sandbox->filePath(u"a/b/target"_s);
    QVERIFY(QDir().mkpath(m_target));
}

void TestImportSource::cleanup()
{
    m_sandbox.reset();
}

QStringList TestImportSource::strays() const
{
    QStringList found;
    QDirIterator it(m_sandbox->path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.startsWith(m_target) && !m_target.startsWith(path))
            found.append(path);
    }
    return found;
}

qint64 TestImportSource::bytesUnder(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

void TestImportSource::extractsAnExport()
{
    QString error;
    QVERIFY2(ImportSource::extractZip(TestSupport::dataPath(u"import/native-basic.zip"_s), m_target, &error),
             qPrintable(error));
    QVERIFY(QFile::exists(m_target + u"/export-2026-11-20/accounts.csv"_s));
    QCOMPARE(TestSupport::readFile(m_target + u"/export-2026-11-20/accounts.csv"_s),
             TestSupport::readFile(TestSupport::dataPath(u"import/native-basic/source/accounts.csv"_s)));
    QVERIFY(strays().isEmpty());

    ImportSource source;
    QVERIFY2(source.open(TestSupport::dataPath(u"import/native-basic.zip"_s), &error), qPrintable(error));
    QVERIFY(source.isZip());
    QVERIFY(source.folder().endsWith(u"/export-2026-11-20"_s)); // the lone top-level folder
    QVERIFY(QFile::exists(source.folder() + u"/manifest.json"_s));
}

void TestImportSource::hostileEntriesAreRefused_data()
{
    QTest::addColumn<QString>("zip");
    QTest::addColumn<QString>("message");
    QTest::newRow("../ climbs out") << u"zip-slip.zip"_s
                                    << u"contains the entry \"../../evil.csv\", which points outside"_s;
    QTest::newRow("..\\ climbs out") << u"zip-backslash.zip"_s << u"evil.csv\", which points outside"_s;
    QTest::newRow("absolute path") << u"zip-absolute.zip"_s
                                   << u"contains the entry \"/tmp/pitwall-evil-absolute.csv\", which points "
                                      u"outside"_s;
    QTest::newRow("symbolic link")
        << u"zip-symlink.zip"_s
        << u"contains \"export/accounts.csv\", which is not a regular file (a link?)"_s;
}

void TestImportSource::hostileEntriesAreRefused()
{
    QFETCH(QString, zip);
    QFETCH(QString, message);
    const QString path = TestSupport::dataPath(u"import/"_s + zip);
    QFile::remove(u"/tmp/pitwall-evil-absolute.csv"_s);
    QString error;
    QVERIFY(!ImportSource::extractZip(path, m_target, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(strays().isEmpty(), qPrintable(strays().join(u", "_s)));
    QVERIFY(!QFile::exists(u"/tmp/pitwall-evil-absolute.csv"_s));
    QVERIFY(!QFileInfo(m_target + u"/export/accounts.csv"_s).isSymLink());
}

// zip-bomb.zip: 64 KiB holding a 64 MiB entry of zeros.
void TestImportSource::zipBombPastTheSizeLimit()
{
    ImportSource::Limits limits;
    limits.maxExtractedBytes = 8 << 20;
    QString error;
    const QString path = TestSupport::dataPath(u"import/zip-bomb.zip"_s);
    QVERIFY(!ImportSource::extractZip(path, m_target, &error, limits));
    QVERIFY2(error.contains(u"expands to more than 8.00 MiB (at \"export/accounts.csv\")"_s),
             qPrintable(error));
    QVERIFY2(error.contains(u"zip bomb"_s), qPrintable(error));
    // It stopped at the limit: not a byte more than one read past it was written.
    QVERIFY(bytesUnder(m_target) <= limits.maxExtractedBytes + (64 << 10));
}

// With the default size limit, the ratio stops a bomb long before it: 1000 times its size.
void TestImportSource::zipBombPastTheRatio()
{
    ImportSource::Limits limits;
    limits.minRatioCheckedBytes = 4 << 20; // 1 GiB by default; smaller to keep the test fast
    QString error;
    const QString path = TestSupport::dataPath(u"import/zip-bomb.zip"_s);
    QVERIFY(!ImportSource::extractZip(path, m_target, &error, limits));
    QVERIFY2(error.contains(u"expands to more than 100 times its own size (at \"export/accounts.csv\")"_s),
             qPrintable(error));
    QVERIFY(bytesUnder(m_target) < (8 << 20));
}

// The same archive is extracted when the limits allow its expansion.
void TestImportSource::plausibleExpansionIsExtracted()
{
    ImportSource::Limits limits;
    limits.maxRatio = 2000;
    limits.minRatioCheckedBytes = 1 << 20;
    QString error;
    QVERIFY2(
        ImportSource::extractZip(TestSupport::dataPath(u"import/zip-bomb.zip"_s), m_target, &error, limits),
        qPrintable(error));
    QCOMPARE(QFileInfo(m_target + u"/export/accounts.csv"_s).size(), qint64(64) << 20);
}

// zip-many-entries.zip: 300 empty entries.
void TestImportSource::tooManyEntries()
{
    ImportSource::Limits limits;
    limits.maxEntries = 100;
    QString error;
    const QString path = TestSupport::dataPath(u"import/zip-many-entries.zip"_s);
    QVERIFY(!ImportSource::extractZip(path, m_target, &error, limits));
    QVERIFY2(error.contains(u"holds more than 100 entries; refusing to extract it"_s), qPrintable(error));
    QCOMPARE(QDir(m_target + u"/export"_s).entryList(QDir::Files).size(), 100);

    QDir(m_target).removeRecursively();
    QVERIFY(QDir().mkpath(m_target));
    QVERIFY2(ImportSource::extractZip(path, m_target, &error), qPrintable(error)); // default: 10000
    QCOMPARE(QDir(m_target + u"/export"_s).entryList(QDir::Files).size(), 300);
}

void TestImportSource::damagedArchiveIsExplained()
{
    const QString path = m_sandbox->filePath(u"half.zip"_s);
    const QByteArray whole = TestSupport::readFile(TestSupport::dataPath(u"import/native-basic.zip"_s));
    QVERIFY(TestSupport::writeFile(path, whole.first(whole.size() / 2)));
    QString error;
    QVERIFY(!ImportSource::extractZip(path, m_target, &error));
    QVERIFY2(error.contains(path), qPrintable(error));

    QVERIFY(TestSupport::writeFile(path, "not a zip at all"));
    QVERIFY(!ImportSource::extractZip(path, m_target, &error));
    QVERIFY2(error.contains(u"Cannot open %1 as a zip file"_s.arg(path)), qPrintable(error));
}

// A refused archive leaves nothing behind in the temporary folder ImportSource made.
void TestImportSource::openRemovesItsFolderOnRefusal()
{
    QTemporaryDir tmp;
    qputenv("TMPDIR", tmp.path().toLocal8Bit());
    {
        ImportSource source;
        QString error;
        QVERIFY(!source.open(TestSupport::dataPath(u"import/zip-slip.zip"_s), &error));
        QVERIFY2(error.contains(u"outside"_s), qPrintable(error));
    }
    qunsetenv("TMPDIR");
    QVERIFY(QDir(tmp.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestImportSource)
#include "tst_importsource.moc"
