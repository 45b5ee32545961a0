// Fingerprints of imported records: stored and loaded intact, found in file order,
// after insertions and removals, and in a re-sorted file.
#include "import/ImportFingerprints.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestImportFingerprints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeAndLoad_data();
    void storeAndLoad();
    void damagedStoredFormIsEmpty();
    void fileRoundTrip_data();
    void fileRoundTrip();
    void damagedFileIsEmpty();
    void referenceRoundTrip();
    void findsInFileOrder();
    void findsAfterInsertionsAndRemovals();
    void findsAfterLongRunsOfChangedOrNewRecords();
    void findsInAReSortedFile();
    void missesWhatIsNotThere();
    void builderGivesTheFileOrder_data();
    void builderGivesTheFileOrder();
};

void TestImportFingerprints::storeAndLoad_data()
{
    QTest::addColumn<bool>("withRows");
    QTest::addColumn<int>("count");
    QTest::newRow("records, empty") << true << 0;
    QTest::newRow("records") << true << 200000;
    QTest::newRow("usage rows") << false << 200000;
}

void TestImportFingerprints::storeAndLoad()
{
    QFETCH(bool, withRows);
    QFETCH(int, count);
    ImportFingerprints fp(withRows);
    for (int i = 0; i < count; ++i)
        fp.add(quint64(i) * 0x9E3779B97F4A7C15ULL, withRows ? i + 1 : 0);
    const QByteArray blob = fp.toBlob();
    QCOMPARE(blob.size(), fp.storedSize());
    ImportFingerprints back = ImportFingerprints::fromBlob(blob);
    QCOMPARE(back.size(), fp.size());
    for (int i = 0; i < count; i += 997) {
        QCOMPARE(back.hashAt(size_t(i)), fp.hashAt(size_t(i)));
        QCOMPARE(back.rowAt(size_t(i)), fp.rowAt(size_t(i)));
    }
}

void TestImportFingerprints::damagedStoredFormIsEmpty()
{
    ImportFingerprints fp;
    fp.add(1, 1);
    fp.add(2, 2);
    QByteArray blob = fp.toBlob();
    QVERIFY(ImportFingerprints::fromBlob(blob.left(blob.size() - 3)).isEmpty());
    blob[0] = 'X';
    QVERIFY(ImportFingerprints::fromBlob(blob).isEmpty());
    QVERIFY(ImportFingerprints::fromBlob(QByteArray()).isEmpty());
}

void TestImportFingerprints::fileRoundTrip_data()
{
    storeAndLoad_data();
}

void TestImportFingerprints::fileRoundTrip()
{
    QFETCH(bool, withRows);
    QFETCH(int, count);
    ImportFingerprints fp(withRows);
    for (int i = 0; i < count; ++i)
        fp.add(quint64(i) * 0x9E3779B97F4A7C15ULL, withRows ? -i - 1 : 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"accounts-1.pwfp"_s);
    QString error;
    const auto ref = fp.writeFile(path, &error);
    QVERIFY2(ref, qPrintable(error));
    QCOMPARE(ref->fileName, u"accounts-1.pwfp"_s);
    QCOMPARE(ref->size, QFileInfo(path).size());
    QCOMPARE(ref->size, 24 + qint64(count) * (withRows ? 16 : 8));
    QCOMPARE(ref->digest.size(), 16);
    // Never over an existing file: every import writes a new one.
    QVERIFY(!fp.writeFile(path, &error));
    QVERIFY(!error.isEmpty());

    const ImportFingerprints back = ImportFingerprints::readFile(path, *ref);
    QCOMPARE(back.size(), fp.size());
    QCOMPARE(back.withRows(), withRows);
    for (int i = 0; i < count; i += 997) {
        QCOMPARE(back.hashAt(size_t(i)), fp.hashAt(size_t(i)));
        QCOMPARE(back.rowAt(size_t(i)), fp.rowAt(size_t(i)));
    }
}

void TestImportFingerprints::damagedFileIsEmpty()
{
    ImportFingerprints fp;
    for (int i = 0; i < 1000; ++i)
        fp.add(quint64(i) * 7919, i);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"contacts-1.pwfp"_s);
    QString error;
    const auto ref = fp.writeFile(path, &error);
    QVERIFY2(ref, qPrintable(error));
    QCOMPARE(ImportFingerprints::readFile(path, *ref).size(), size_t(1000));

    // One byte changed: the digest no longer matches.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(100);
    char byte = 0;
    file.getChar(&byte);
    file.seek(100);
    file.putChar(char(byte ^ 1));
    file.close();
    QVERIFY(ImportFingerprints::readFile(path, *ref).isEmpty());

    // Another size than the reference says, and no file at all.
    QVERIFY(file.resize(ref->size - 16));
    QVERIFY(ImportFingerprints::readFile(path, *ref).isEmpty());
    QVERIFY(ImportFingerprints::readFile(dir.filePath(u"missing.pwfp"_s), *ref).isEmpty());
}

void TestImportFingerprints::referenceRoundTrip()
{
    ImportFingerprints::FileReference ref;
    ref.fileName = u"usage-00ff00ff00ff00ff.pwfp"_s;
    ref.size = 52'800'024;
    ref.digest = QByteArray("0123456789abcdef");
    const QByteArray blob = ImportFingerprints::encodeReference(ref);
    QVERIFY(blob.size() < 100);
    const auto back = ImportFingerprints::decodeReference(blob);
    QVERIFY(back);
    QCOMPARE(back->fileName, ref.fileName);
    QCOMPARE(back->size, ref.size);
    QCOMPARE(back->digest, ref.digest);

    // An inline list is no reference; nor is a name that leaves the folder.
    ImportFingerprints fp;
    fp.add(1, 1);
    QVERIFY(!ImportFingerprints::decodeReference(fp.toBlob()));
    QVERIFY(!ImportFingerprints::decodeReference(QByteArray()));
    for (const QString &name : { u"../cache.sqlite"_s, u"a/b.pwfp"_s, u".hidden"_s }) {
        ref.fileName = name;
        QVERIFY2(!ImportFingerprints::decodeReference(ImportFingerprints::encodeReference(ref)),
                 qPrintable(name));
    }
}

void TestImportFingerprints::findsInFileOrder()
{
    ImportFingerprints fp;
    for (quint64 i = 0; i < 1000; ++i)
        fp.add(i * 7919 + 13, qint64(i));
    size_t cursor = 0;
    for (quint64 i = 0; i < 1000; ++i)
        QCOMPARE(fp.find(i * 7919 + 13, cursor), qsizetype(i));
}

void TestImportFingerprints::findsAfterInsertionsAndRemovals()
{
    ImportFingerprints fp;
    for (quint64 i = 0; i < 1000; ++i)
        fp.add(i + 100000, qint64(i));
    size_t cursor = 0;
    for (quint64 i = 0; i < 1000; ++i) {
        if (i % 50 == 10)
            continue; // removed from the export
        if (i % 50 == 20)
            QCOMPARE(fp.find(999999999 + i, cursor), -1); // a new record
        QCOMPARE(fp.find(i + 100000, cursor), qsizetype(i));
    }
}

// An account whose rows all changed makes a run of misses longer than the look-ahead;
// the records after it are still found in place, without waiting for the index (which
// is only built after thousands of misses). So are records after a run of new ones.
void TestImportFingerprints::findsAfterLongRunsOfChangedOrNewRecords()
{
    ImportFingerprints fp;
    for (quint64 i = 0; i < 1000; ++i)
        fp.add(i + 100000, qint64(i));
    size_t cursor = 0;
    for (quint64 i = 0; i < 1000; ++i) {
        if (i >= 100 && i < 180) {
            QCOMPARE(fp.find(777000000 + i, cursor), -1); // changed in its place
            continue;
        }
        if (i == 500) {
            for (quint64 k = 0; k < 12; ++k)
                QCOMPARE(fp.find(888000000 + k, cursor), -1); // new records
        }
        QCOMPARE(fp.find(i + 100000, cursor), qsizetype(i));
    }
    QCOMPARE(cursor, size_t(1000));
}

void TestImportFingerprints::findsInAReSortedFile()
{
    ImportFingerprints fp;
    const quint64 n = 50000;
    for (quint64 i = 0; i < n; ++i)
        fp.add(i * 0x9E3779B97F4A7C15ULL, qint64(i));
    // Reverse order: nothing is where the walk expects it; after enough misses the
    // index makes every record findable again.
    size_t cursor = 0;
    qsizetype found = 0;
    for (quint64 i = n; i-- > 0;)
        found += fp.find(i * 0x9E3779B97F4A7C15ULL, cursor) >= 0 ? 1 : 0;
    QVERIFY(found > qsizetype(n) - 20000);
    cursor = 0;
    for (quint64 i = n; i-- > 0;)
        QCOMPARE(fp.find(i * 0x9E3779B97F4A7C15ULL, cursor), qsizetype(i));
}

void TestImportFingerprints::missesWhatIsNotThere()
{
    ImportFingerprints empty;
    size_t cursor = 0;
    for (int i = 0; i < 20000; ++i)
        QCOMPARE(empty.find(quint64(i), cursor), -1);
}

using Entries = QList<QPair<quint64, qint64>>;

void TestImportFingerprints::builderGivesTheFileOrder_data()
{
    QTest::addColumn<bool>("withRows");
    QTest::addColumn<Entries>("before");
    QTest::addColumn<Entries>("file");
    QTest::addColumn<bool>("inPlace");
    Entries base;
    for (qint64 i = 1; i <= 50; ++i)
        base.append({ quint64(i * 1000), i });
    auto changed = [](Entries e, qsizetype at, quint64 hash) {
        e[at].first = hash;
        return e;
    };
    for (bool rows : { true, false }) {
        const char *kind = rows ? "records" : "usage";
        auto pks = [rows](Entries e) {
            if (!rows)
                for (auto &entry : e)
                    entry.second = 0;
            return e;
        };
        const Entries b = pks(base);
        QTest::addRow("%s: unchanged", kind) << rows << b << b << true;
        QTest::addRow("%s: changed in place", kind) << rows << b << changed(changed(b, 0, 7), 49, 9) << true;
        Entries appended = b;
        appended.append({ 99999, rows ? 51 : 0 });
        QTest::addRow("%s: appended", kind) << rows << b << appended << true;
        QTest::addRow("%s: end removed", kind) << rows << b << b.first(40) << true;
        Entries inserted = b;
        inserted.insert(0, { 55555, rows ? 51 : 0 });
        QTest::addRow("%s: inserted first", kind) << rows << b << inserted << false;
        Entries removed = changed(b, 3, 77);
        removed.removeAt(10);
        QTest::addRow("%s: changed, then one removed", kind) << rows << b << removed << false;
        Entries reversed(b.crbegin(), b.crend());
        QTest::addRow("%s: re-sorted", kind) << rows << b << reversed << false;
        QTest::addRow("%s: no list before", kind) << rows << Entries() << b << false;
    }
}

// The builder must give exactly the list of the file's records in file order, whether it
// built over the previous list or copied out of it.
void TestImportFingerprints::builderGivesTheFileOrder()
{
    QFETCH(bool, withRows);
    QFETCH(Entries, before);
    QFETCH(Entries, file);
    QFETCH(bool, inPlace);
    ImportFingerprints previous(withRows);
    for (const auto &[hash, pk] : before)
        previous.add(hash, pk);
    std::vector<bool> matched(previous.size(), false);
    size_t cursor = 0;
    ImportFingerprints::Builder builder(previous);
    for (const auto &[hash, pk] : file) {
        const qsizetype at = previous.find(hash, cursor);
        if (at >= 0 && !matched[size_t(at)]) {
            matched[size_t(at)] = true;
            builder.add(hash, previous.rowAt(size_t(at)), at);
        } else {
            builder.add(hash, pk, -1);
        }
    }
    QCOMPARE(!builder.copied(), inPlace);
    const ImportFingerprints result = builder.take();
    QCOMPARE(result.size(), size_t(file.size()));
    for (qsizetype i = 0; i < file.size(); ++i) {
        QCOMPARE(result.hashAt(size_t(i)), file.at(i).first);
        QCOMPARE(result.rowAt(size_t(i)), withRows ? file.at(i).second : 0);
    }
    // Lookups in the result see the new hashes, not the old ones.
    if (!file.isEmpty()) {
        ImportFingerprints copy = result;
        size_t c = size_t(file.size() - 1);
        QCOMPARE(copy.find(file.constLast().first, c), file.size() - 1);
    }
}

QTEST_GUILESS_MAIN(TestImportFingerprints)
#include "tst_importfingerprints.moc"
