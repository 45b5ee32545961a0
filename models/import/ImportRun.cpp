#include "ImportRun.h"

#include "BundleManifest.h"
#include "ImportFingerprints.h"
#include "MappingProfile.h"
#include "RecordConverter.h"
#include "accounts/AccountSearchIndex.h"
#include "accounts/LastActivity.h"
#include "csv/CsvFileReader.h"
#include "csv/CsvReader.h"
#include "csv/TextDecoder.h"
#include "store/Database.h"
#include "store/SqliteStatement.h"
#include "work/SharedEdits.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>
#include <ctime>
#include <memory>
#include <unordered_map>
#include <xxhash.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxRejectionsKept = 10000;
constexpr qint64 maxFieldIssuesKept = 1000;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// PITWALL_IMPORT_TRACE=1 prints where an import spends its time (for tuning).
void trace(const QElapsedTimer &timer, const char *what, QStringView detail = {})
{
    static const bool enabled = qEnvironmentVariableIntValue("PITWALL_IMPORT_TRACE") == 1;
    if (!enabled)
        return;
    // Wall time, and the CPU time of this thread (the machine may be busy with others).
    double cpuSeconds = 0;
#if defined(Q_OS_UNIX)
    timespec cpu {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    cpuSeconds = double(cpu.tv_sec) + cpu.tv_nsec / 1e9;
#endif
    fprintf(stderr, "[import %7.3f s, cpu %7.3f s] %s %s\n", timer.nsecsElapsed() / 1e9, cpuSeconds, what,
            qPrintable(detail.toString()));
}

// A lookup key over bytes that outlive the lookup: no allocation per row.
QByteArray keyOf(QByteArrayView v)
{
    return QByteArray::fromRawData(v.data(), v.size());
}

// Days since 1970-01-01 of an ISO date.
qint64 epochDay(QByteArrayView iso)
{
    const QDate d = QDate::fromString(QLatin1StringView(iso), Qt::ISODate);
    return d.isValid() ? QDate(1970, 1, 1).daysTo(d) : std::numeric_limits<qint64>::min();
}

// The hash of a record's canonical values; `buffer` is reused between rows.
quint64 hashValues(const QList<CellValue> &values, QByteArray &buffer)
{
    buffer.resize(0);
    for (const CellValue &v : values) {
        buffer.append(char(v.kind));
        switch (v.kind) {
        case CellValue::Null:
            break;
        case CellValue::Text: {
            const quint32 n = quint32(v.text.size());
            buffer.append(reinterpret_cast<const char *>(&n), sizeof n);
            buffer.append(v.text.data(), v.text.size());
            break;
        }
        case CellValue::Integer:
            buffer.append(reinterpret_cast<const char *>(&v.integer), sizeof v.integer);
            break;
        case CellValue::Real:
            buffer.append(reinterpret_cast<const char *>(&v.real), sizeof v.real);
            break;
        }
    }
    // Stored in a signed INTEGER column.
    return XXH3_64bits(buffer.constData(), size_t(buffer.size())) & 0x7fffffffffffffffULL;
}

void bindValue(SqliteStatement &stmt, int index, const CellValue &v)
{
    switch (v.kind) {
    case CellValue::Null:
        stmt.bindNull(index);
        break;
    case CellValue::Text:
        stmt.bindText(index, v.text);
        break;
    case CellValue::Integer:
        stmt.bindInt(index, v.integer);
        break;
    case CellValue::Real:
        stmt.bindDouble(index, v.real);
        break;
    }
}

// Whether the stored column holds exactly `v` (same storage class, same bytes). A
// mismatch in class (an INTEGER bound into a REAL column, say) counts as a change:
// rewriting an equal value is harmless, skipping a changed one is not.
bool storedEquals(const SqliteStatement &stored, int column, const CellValue &v)
{
    switch (stored.columnType(column)) {
    case SQLITE_NULL:
        return v.kind == CellValue::Null;
    case SQLITE_TEXT:
        return v.kind == CellValue::Text && stored.columnText(column) == v.text;
    case SQLITE_INTEGER:
        return v.kind == CellValue::Integer && stored.columnInt(column) == v.integer;
    case SQLITE_FLOAT:
        return v.kind == CellValue::Real && stored.columnDouble(column) == v.real;
    default:
        return false;
    }
}

// UPDATE statements of one table, one per set of changed columns, prepared when first
// needed (a file's changes usually fall into a handful of shapes).
class UpdateStatements
{
public:
    UpdateStatements(sqlite3 *db, const QByteArray &table, const EntitySpec &spec)
        : m_db(db)
        , m_table(table)
        , m_spec(spec)
    {
        // Column 0 is the id the record is found by; the mask has a bit per column.
        Q_ASSERT(spec.fields.size() < 64);
    }

    // Null when the statement cannot be prepared (sqlite3_errmsg says why).
    SqliteStatement *forColumns(quint64 columns, bool unarchive)
    {
        const quint64 key = (columns << 1) | (unarchive ? 1 : 0);
        std::unique_ptr<SqliteStatement> &stmt = m_statements[key];
        if (!stmt) {
            QByteArray sql = "UPDATE " + m_table + " SET ";
            for (qsizetype i = 1; i < m_spec.fields.size(); ++i) {
                if (columns & (quint64(1) << i)) {
                    const FieldSpec &f = m_spec.fields.at(i);
                    sql += QByteArray(f.name.data(), f.name.size()) + " = ?, ";
                }
            }
            sql += "src_hash = ?, updated_at = ?";
            if (unarchive)
                sql += ", archived = 0, archived_at = NULL";
            sql += " WHERE pk = ?";
            stmt = std::make_unique<SqliteStatement>(m_db, sql);
            if (!stmt->isValid()) {
                stmt.reset();
                return nullptr;
            }
        }
        return stmt.get();
    }

private:
    sqlite3 *m_db;
    QByteArray m_table;
    const EntitySpec &m_spec;
    std::unordered_map<quint64, std::unique_ptr<SqliteStatement>> m_statements;
};

QString headerMismatch(qsizetype got, qsizetype expected)
{
    return QCoreApplication::translate("Importer", "the row has %1 fields where the header has %2")
        .arg(got)
        .arg(expected);
}

} // namespace

ImportRun::ImportRun(Database &db, const Importer::ProgressCallback &progress, const std::atomic_bool *cancel,
                     ImportReport &report)
    : m_sql(db.handle())
    , m_progress(progress)
    , m_cancel(cancel)
    , m_report(report)
{
    const QString path = db.path();
    if (!path.isEmpty() && path != ":memory:"_L1 && !path.startsWith("file:"_L1))
        m_sidecarDir = path + u"-fingerprints"_s;
}

QString ImportRun::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QString ImportRun::findFile(const QDir &dir, const QString &name)
{
    const QStringList entries = dir.entryList(QDir::Files);
    for (const QString &e : entries) {
        if (e.compare(name, Qt::CaseInsensitive) == 0)
            return dir.filePath(e);
    }
    return {};
}

void ImportRun::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_sql, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        sqlFailure(text);
    }
}

void ImportRun::sqlFailure(const QString &what)
{
    throw Abort { ImportReport::Status::Failed, tr("The cache refused the import: %1").arg(what) };
}

void ImportRun::checkCancel()
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed))
        throw Abort { ImportReport::Status::Cancelled, tr("Import cancelled.") };
}

void ImportRun::reportProgress(qint64 doneInFile)
{
    if (!m_progress)
        return;
    const qint64 done = m_doneBytes + doneInFile;
    // At most ~200 updates per import.
    if (m_lastProgress >= 0 && done - m_lastProgress < m_totalBytes / 200 && done != m_totalBytes)
        return;
    m_lastProgress = done;
    m_progress(done, m_totalBytes, m_stage);
}

void ImportRun::reject(const QString &file, qint64 line, const QString &reason, ImportCounts &counts)
{
    ++counts.rejected;
    if (m_report.rejections.size() < maxRejectionsKept)
        m_report.rejections.append({ file, line, reason });
}

void ImportRun::fieldIssue(const QString &file, qint64 line, const QString &issue)
{
    if (++m_fieldIssues <= maxFieldIssuesKept)
        m_report.warnings.append(
            tr("%1 line %2: %3; the value was left empty.").arg(file).arg(line).arg(issue));
}

QList<ImportRun::TableFile> ImportRun::locateFiles(const QString &folder, const MappingProfile &profile)
{
    const QDir dir(folder);
    QList<TableFile> found;
    QSet<QString> claimed;
    // By name first.
    for (const MappingProfile::EntityMapping &m : profile.entities) {
        for (const QString &name : m.files) {
            const QString path = findFile(dir, name);
            if (!path.isEmpty() && !claimed.contains(path)) {
                found.append({ m.entity, path });
                claimed.insert(path);
                break;
            }
        }
    }
    // Then by header signature (HubSpot names its files after the export date): each
    // remaining CSV goes to the record type whose signature it matches most fully.
    const QStringList csvs = dir.entryList({ u"*.csv"_s, u"*.CSV"_s, u"*.txt"_s }, QDir::Files, QDir::Name);
    for (const QString &csv : csvs) {
        const QString path = dir.filePath(csv);
        if (claimed.contains(path))
            continue;
        QStringList header = CsvFileReader::readHeader(path);
        if (header.isEmpty())
            continue;
        for (QString &h : header)
            h = h.toLower();
        const MappingProfile::EntityMapping *best = nullptr;
        for (const MappingProfile::EntityMapping &m : profile.entities) {
            if (m.matchHeaders.isEmpty())
                continue;
            bool all = true;
            for (const QString &h : m.matchHeaders)
                all = all && header.contains(ValueParser::normalizeHeader(h).toLower());
            if (all && (!best || m.matchHeaders.size() > best->matchHeaders.size()))
                best = &m;
        }
        if (!best)
            continue;
        bool taken = false;
        for (const TableFile &tf : std::as_const(found))
            taken = taken || tf.entity == best->entity;
        if (taken) {
            m_report.warnings.append(
                tr("%1 looks like another %2 file; only one per import is read, so it was "
                   "ignored.")
                    .arg(csv, QString(entitySpec(best->entity).name)));
            continue;
        }
        found.append({ best->entity, path });
        claimed.insert(path);
    }
    std::sort(found.begin(), found.end(),
              [](const TableFile &a, const TableFile &b) { return int(a.entity) < int(b.entity); });
    return found;
}

void ImportRun::loadIndexes()
{
    m_accounts.clear();
    SqliteStatement accounts(m_sql, "SELECT id, pk FROM accounts");
    while (accounts.step() == SQLITE_ROW)
        m_accounts.insert(accounts.columnText(0).toByteArray(), accounts.columnInt(1));
    m_users.clear();
    SqliteStatement users(m_sql, "SELECT id FROM users");
    while (users.step() == SQLITE_ROW)
        m_users.insert(users.columnText(0).toByteArray());
    m_metrics.clear();
    SqliteStatement metrics(m_sql, "SELECT name, id FROM metrics");
    while (metrics.step() == SQLITE_ROW)
        m_metrics.insert(metrics.columnText(0).toByteArray(), metrics.columnInt(1));
}

void ImportRun::rebuildTeams()
{
    exec("DELETE FROM teams");
    exec("INSERT INTO teams (id, name, manager_id) "
         "SELECT u.team, u.team, (SELECT m.id FROM users m WHERE m.team = u.team AND m.role = 'manager' "
         "AND m.archived = 0 ORDER BY m.name LIMIT 1) "
         "FROM users u WHERE u.team IS NOT NULL AND u.team <> '' AND u.archived = 0 GROUP BY u.team");
}

// A CRM that names owners instead of giving ids (HubSpot) gets a user per name.
void ImportRun::addUserNamed(QByteArrayView id)
{
    SqliteStatement insert(m_sql,
                           "INSERT OR IGNORE INTO users (id, name, role, active, updated_at) "
                           "VALUES (?, ?, 'csm', 1, ?)");
    const QByteArray now = m_now.toUtf8();
    insert.bindText(1, id);
    insert.bindText(2, id);
    insert.bindText(3, now);
    if (insert.step() != SQLITE_DONE)
        sqlFailure(insert.errorMessage());
    m_users.insert(id.toByteArray());
    m_usersChanged = true;
}

ValueParser::DateOrder ImportRun::decideDateOrder(CsvFileReader &reader, const RecordConverter &converter,
                                                  const MappingProfile &profile)
{
    if (profile.dateOrder != ValueParser::DateOrder::Unknown)
        return profile.dateOrder;
    const QList<int> columns = converter.dateColumns();
    if (columns.isEmpty())
        return profile.ambiguousDateOrder;
    // Only files that spell dates with slashes or dots need the whole-file look.
    bool monthFirst = false;
    bool dayFirst = false;
    bool sawSlashDate = false;
    const QString fileName = reader.fileName();
    // Leaves the reader just past the header again, whatever happens below.
    struct Rewind
    {
        CsvFileReader &reader;
        ~Rewind()
        {
            reader.rewind();
            reader.readRecord();
        }
    } rewindAfter { reader };
    qint64 rows = 0;
    while (reader.readRecord()) {
        if ((++rows & 1023) == 0)
            checkCancel();
        for (int c : columns) {
            if (c >= reader.fieldCount())
                continue;
            const QByteArrayView v = trimCell(reader.field(c));
            if (v.size() < 6 || (!v.contains('/') && !v.contains('.'))
                || (isDigit(v[0]) && v.size() >= 10 && v[4] == '-'))
                continue;
            sawSlashDate = true;
            switch (ValueParser::evidence(QString::fromUtf8(v))) {
            case ValueParser::DateOrder::MonthFirst:
                monthFirst = true;
                break;
            case ValueParser::DateOrder::DayFirst:
                dayFirst = true;
                break;
            case ValueParser::DateOrder::Unknown:
                break;
            }
        }
        if (rows == 2000 && !sawSlashDate)
            break; // ISO dates: nothing to decide
        if (monthFirst && dayFirst)
            break;
    }
    if (monthFirst && dayFirst) {
        m_report.warnings.append(
            tr("%1 mixes month/day and day/month dates; they are read as %2 and the rows "
               "that do not fit are rejected.")
                .arg(fileName,
                     profile.ambiguousDateOrder == ValueParser::DateOrder::DayFirst ? tr("day/month")
                                                                                    : tr("month/day")));
        return profile.ambiguousDateOrder;
    }
    if (monthFirst)
        return ValueParser::DateOrder::MonthFirst;
    if (dayFirst)
        return ValueParser::DateOrder::DayFirst;
    if (sawSlashDate) {
        m_report.warnings.append(
            tr("Every date in %1 could be month/day or day/month; read as %2 (the mapping "
               "profile's ambiguous_date_order).")
                .arg(fileName,
                     profile.ambiguousDateOrder == ValueParser::DateOrder::DayFirst ? tr("day/month")
                                                                                    : tr("month/day")));
    }
    return profile.ambiguousDateOrder;
}

void ImportRun::checkUtf8(const CsvFileReader &reader)
{
    if (reader.invalidUtf8())
        throw Abort { ImportReport::Status::Failed,
                      tr("%1 is not UTF-8 text (line %2): the export is damaged.")
                          .arg(reader.fileName())
                          .arg(reader.invalidUtf8Line()) };
}

void ImportRun::checkRowCount(const QString &fileName, qint64 rows)
{
    const BundleManifest::File *mf = m_manifest ? m_manifest->file(fileName) : nullptr;
    if (mf && mf->rows != rows)
        throw Abort { ImportReport::Status::Failed,
                      tr("%1 has %2 rows but manifest.json says %3: the export is incomplete or damaged.")
                          .arg(fileName)
                          .arg(rows)
                          .arg(mf->rows) };
}

// What went in, kept for the next import to skip (see ImportFingerprints).
void ImportRun::rememberImport(QLatin1StringView entity, bool keep, quint64 seed,
                               const QByteArray &contentHash, qint64 rows,
                               const ImportFingerprints &fingerprints)
{
    const QByteArray name(entity.data(), entity.size());
    if (const QString old = sidecarOf(entity); !old.isEmpty())
        m_oldSidecars.append(old);
    if (!keep) {
        SqliteStatement forget(m_sql, "DELETE FROM import_state WHERE entity = ?");
        forget.bindText(1, name);
        if (forget.step() != SQLITE_DONE)
            sqlFailure(forget.errorMessage());
        return;
    }
    // Into a file beside the cache when there is one (written once, not through the WAL
    // and again into the cache), else into the cache itself.
    std::optional<ImportFingerprints::FileReference> ref;
    if (!m_sidecarDir.isEmpty() && QDir().mkpath(m_sidecarDir)) {
        QFile::setPermissions(m_sidecarDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString file
            = QDir(m_sidecarDir)
                  .filePath(
                      QString::fromLatin1(entity) + u'-'
                      + QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0')
                      + u".pwfp"_s);
        QString error;
        ref = fingerprints.writeFile(file, &error);
        if (ref)
            m_newSidecars.append(file);
    }
    SqliteStatement save(m_sql,
                         "INSERT OR REPLACE INTO import_state (entity, seed, content_hash, rows, "
                         "applied, fingerprints) VALUES (?, ?, ?, ?, ?, ?)");
    save.bindText(1, name);
    save.bindInt(2, qint64(seed));
    save.bindText(3, contentHash);
    save.bindInt(4, rows);
    save.bindInt(5, qint64(fingerprints.size()));
    const QByteArray reference = ref ? ImportFingerprints::encodeReference(*ref) : QByteArray();
    if (ref)
        save.bindBlob(6, reference);
    else
        save.bindZeroBlob(6, fingerprints.storedSize());
    if (save.step() != SQLITE_DONE)
        sqlFailure(save.errorMessage());
    if (ref)
        return;
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(m_sql, "main", "import_state", "fingerprints", sqlite3_last_insert_rowid(m_sql), 1,
                          &blob)
        != SQLITE_OK)
        sqlFailure(QString::fromUtf8(sqlite3_errmsg(m_sql)));
    const bool stored = fingerprints.store([blob](const char *data, qsizetype size, qsizetype offset) {
        return sqlite3_blob_write(blob, data, int(size), int(offset)) == SQLITE_OK;
    });
    sqlite3_blob_close(blob);
    if (!stored)
        sqlFailure(QString::fromUtf8(sqlite3_errmsg(m_sql)));
}

QString ImportRun::sidecarOf(QLatin1StringView entity)
{
    if (m_sidecarDir.isEmpty())
        return {};
    // A reference is a few dozen bytes; an inline list can be megabytes: read the head.
    SqliteStatement st(m_sql, "SELECT substr(fingerprints, 1, 1024) FROM import_state WHERE entity = ?");
    st.bindText(1, QByteArrayView(entity.data(), entity.size()));
    if (st.step() != SQLITE_ROW)
        return {};
    const auto ref = ImportFingerprints::decodeReference(st.columnBlob(0));
    return ref ? QDir(m_sidecarDir).filePath(ref->fileName) : QString();
}

void ImportRun::removeOrphanSidecars()
{
    if (m_sidecarDir.isEmpty() || !QFileInfo::exists(m_sidecarDir))
        return;
    // Called inside the import's write transaction: no other import can be between
    // writing a file and committing the reference to it.
    QSet<QString> referenced;
    SqliteStatement st(m_sql, "SELECT substr(fingerprints, 1, 1024) FROM import_state");
    while (st.step() == SQLITE_ROW) {
        if (const auto ref = ImportFingerprints::decodeReference(st.columnBlob(0)))
            referenced.insert(ref->fileName);
    }
    const QDir dir(m_sidecarDir);
    for (const QString &name : dir.entryList({ u"*.pwfp"_s }, QDir::Files)) {
        if (!referenced.contains(name))
            QFile::remove(dir.filePath(name));
    }
}

ImportFingerprints ImportRun::loadFingerprints(qint64 rowid, qint64 size)
{
    if (size <= 1024) {
        SqliteStatement st(m_sql, "SELECT fingerprints FROM import_state WHERE rowid = ?");
        st.bindInt(1, rowid);
        if (st.step() == SQLITE_ROW) {
            if (const auto ref = ImportFingerprints::decodeReference(st.columnBlob(0))) {
                if (m_sidecarDir.isEmpty())
                    return ImportFingerprints();
                return ImportFingerprints::readFile(QDir(m_sidecarDir).filePath(ref->fileName), *ref);
            }
        }
    }
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(m_sql, "main", "import_state", "fingerprints", rowid, 0, &blob) != SQLITE_OK)
        return ImportFingerprints();
    ImportFingerprints loaded
        = ImportFingerprints::load(size, [blob](char *buffer, qsizetype bytes, qsizetype offset) {
              return sqlite3_blob_read(blob, buffer, int(bytes), int(offset)) == SQLITE_OK;
          });
    sqlite3_blob_close(blob);
    return loaded;
}

void ImportRun::importTable(const TableFile &tf, const MappingProfile &profile, bool archiveMissing)
{
    const EntitySpec &spec = entitySpec(tf.entity);
    const MappingProfile::EntityMapping *mapping = profile.mapping(tf.entity);
    ImportCounts &counts = m_report.tables[QString(spec.name)];
    CsvFileReader reader;
    const QString fileName = QFileInfo(tf.path).fileName();
    m_stage = tr("Reading %1").arg(fileName);
    reportProgress(0);
    QString openError;
    // A bundle file comes with its checksum (checked before the import commits) and is
    // UTF-8 by definition: the checksum names its content, so no first pass is needed.
    const BundleManifest::File *listed = m_manifest ? m_manifest->file(fileName) : nullptr;
    const bool opened = listed && !listed->sha256.isEmpty()
        ? reader.openUtf8(tf.path, "sha256:" + listed->sha256, &openError)
        : reader.open(tf.path, &openError);
    if (!opened) {
        reject(fileName, 0, openError, counts);
        m_doneBytes += QFileInfo(tf.path).size();
        return;
    }
    const qint64 fileBytes = reader.fileSize();
    if (reader.encoding() != "UTF-8"_L1)
        m_report.warnings.append(tr("%1 was read as %2.").arg(fileName, reader.encoding()));

    if (!reader.readRecord()) {
        checkUtf8(reader);
        // An empty file: no records (a header-only file is a valid empty table).
        m_doneBytes += fileBytes;
        if (m_manifest && m_manifest->file(fileName) && m_manifest->file(fileName)->rows != 0)
            throw Abort { ImportReport::Status::Failed,
                          tr("%1 is empty but manifest.json says it has %2 rows: the export is incomplete.")
                              .arg(fileName)
                              .arg(m_manifest->file(fileName)->rows) };
        return;
    }
    // A header past the reader's limits says nothing about the columns: the file is refused.
    if (const QString e = reader.recordError(); !e.isEmpty())
        throw Abort { ImportReport::Status::Failed, tr("%1, line 1: %2").arg(fileName, e) };
    QStringList header;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i)
        header.append(ValueParser::normalizeHeader(reader.fieldString(i)));
    RecordConverter converter(spec, profile, *mapping);
    QString headerError;
    if (!converter.setHeader(header, &headerError)) {
        if (m_manifest)
            throw Abort { ImportReport::Status::Failed, tr("%1: %2").arg(fileName, headerError) };
        reject(fileName, 1, headerError, counts);
        m_doneBytes += fileBytes;
        return;
    }

    // The fingerprint seed covers everything that decides how a raw record is read.
    XXH3_state_t *seedState = XXH3_createState();
    XXH3_64bits_reset(seedState);
    XXH3_64bits_update(seedState, profile.sourceJson.constData(), profile.sourceJson.size());
    XXH3_64bits_update(seedState, spec.name.data(), spec.name.size());
    const QByteArray headerBytes = reader.rawRecord().toByteArray() + reader.encoding().toUtf8();
    XXH3_64bits_update(seedState, headerBytes.constData(), headerBytes.size());
    const quint64 seed = XXH3_64bits_digest(seedState) & 0x7fffffffffffffffULL;
    XXH3_freeState(seedState);

    trace(m_timer, "opened", fileName);
    ImportFingerprints previous;
    bool previousValid = false;
    {
        SqliteStatement state(
            m_sql,
            "SELECT seed, content_hash, rows, applied, length(fingerprints), rowid FROM import_state "
            "WHERE entity = ?");
        const QByteArray name = QByteArray(spec.name.data(), spec.name.size());
        state.bindText(1, name);
        if (state.step() == SQLITE_ROW && quint64(state.columnInt(0)) == seed) {
            const qint64 rows = state.columnInt(2);
            // The very file applied whole last time: nothing to read, not even the
            // fingerprints. (A file with rejected rows is read again, so that the report
            // names them again.)
            if (state.columnText(1) == QByteArrayView(reader.contentHash()) && state.columnInt(3) == rows) {
                counts.unchanged += rows;
                checkUtf8(reader);
                checkRowCount(fileName, rows);
                m_doneBytes += fileBytes;
                reportProgress(0);
                return;
            }
            previous = loadFingerprints(state.columnInt(5), state.columnInt(4));
            previousValid = true;
        }
    }

    trace(m_timer, "fingerprints loaded", fileName);
    converter.setDateOrder(decideDateOrder(reader, converter, profile));
    m_stage = tr("Importing %1").arg(fileName);

    if (tf.entity == Entity::Usage) {
        importUsage(reader, converter, seed, previous, previousValid, counts);
        m_doneBytes += fileBytes;
        return;
    }

    const QByteArray table(spec.table.data(), spec.table.size());
    bool tableWasEmpty = false;
    {
        SqliteStatement any(m_sql, "SELECT EXISTS (SELECT 1 FROM " + table + ")");
        tableWasEmpty = any.step() == SQLITE_ROW && any.columnInt(0) == 0;
    }
    // Into an empty table (the first import) rows go in faster without the table's secondary
    // indexes: they are dropped here and built again once the rows are in, each in one sorted
    // pass instead of a B-tree insert per row and index. Same transaction: an import that
    // fails gets them back with everything else.
    QList<QByteArray> deferredIndexes;
    if (tableWasEmpty) {
        QList<QByteArray> names;
        {
            SqliteStatement list(m_sql,
                                 "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                 " AND tbl_name = ? AND sql IS NOT NULL");
            list.bindText(1, table);
            while (list.step() == SQLITE_ROW) {
                names.append(list.columnText(0).toByteArray());
                deferredIndexes.append(list.columnText(1).toByteArray());
            }
        }
        for (const QByteArray &name : std::as_const(names))
            exec(QByteArray("DROP INDEX \"" + name + '"').constData());
    }

    // Statements for this table.
    QByteArray columns;
    QByteArray placeholders;
    for (const FieldSpec &f : spec.fields) {
        const QByteArray name(f.name.data(), f.name.size());
        columns += name + ", ";
        placeholders += "?, ";
    }
    SqliteStatement insert(m_sql,
                           "INSERT INTO " + table + " (" + columns + "src_hash, updated_at) VALUES ("
                               + placeholders + "?, ?)");
    // A changed record updates only the columns whose values differ: every index over a
    // column named in SET is rewritten, so "SET every column" would touch each index's
    // pages for a one-field change (an account has a dozen sort indexes).
    UpdateStatements updates(m_sql, table, spec);
    SqliteStatement lookup(
        m_sql, "SELECT pk, src_hash, archived, " + columns.chopped(2) + " FROM " + table + " WHERE id = ?");
    // Activities say which account they belonged to: its last activity is recomputed.
    const bool activities = tf.entity == Entity::Activities;
    const QByteArray returning = activities ? " RETURNING account_id" : "";
    SqliteStatement archive(
        m_sql,
        "UPDATE " + table + " SET archived = 1, archived_at = ? WHERE pk = ? AND archived = 0" + returning);
    if (!insert.isValid() || !lookup.isValid() || !archive.isValid())
        sqlFailure(QString::fromUtf8(sqlite3_errmsg(m_sql)));

    const qsizetype fieldCount = spec.fields.size();
    qsizetype accountField = -1;
    QList<qsizetype> userRefFields;
    for (qsizetype i = 0; i < fieldCount; ++i) {
        const FieldSpec &f = spec.fields.at(i);
        if (f.hasReference && f.hardReference && f.references == Entity::Accounts)
            accountField = i;
        if (f.hasReference && f.references == Entity::Users)
            userRefFields.append(i);
    }
    if (activities && accountField < 0)
        m_allActivityAccounts = true;
    // The tables the playbook rules read: which accounts they touch is kept for the rules.
    const bool ruleTable
        = tf.entity == Entity::Accounts || tf.entity == Entity::Contacts || tf.entity == Entity::Nps;
    if (ruleTable && tf.entity != Entity::Accounts && accountField < 0)
        m_allRuleAccounts = true;

    const QByteArray now = m_now.toUtf8();
    std::vector<bool> seen;
    auto markSeen = [&seen](qint64 pk) {
        if (pk >= qint64(seen.size()))
            seen.resize(size_t(pk) + 1 + seen.size() / 2);
        const bool was = seen[size_t(pk)];
        seen[size_t(pk)] = true;
        return was;
    };
    std::vector<bool> matched(previous.size(), false);
    size_t cursor = 0;
    ImportFingerprints::Builder next(previous);
    QList<CellValue> values;
    QString reason;
    QStringList issues;
    QByteArray hashBuffer;
    bool damaged = false;
    qint64 rows = 0;
    qint64 unknownOwners = 0;
    QList<QByteArray> deletedIds;

    // With fingerprints to compare, a record's fields are read only when its bytes are new.
    while (previousValid ? reader.readRawRecord() : reader.readRecord()) {
        ++rows;
        if ((rows & 1023) == 0) {
            checkCancel();
            reportProgress(reader.bytePosition());
        }
        const QByteArrayView raw = reader.rawRecord();
        const quint64 fp = XXH3_64bits_withSeed(raw.data(), size_t(raw.size()), seed);
        if (previousValid) {
            const qsizetype at = previous.find(fp, cursor);
            if (at >= 0 && !matched[size_t(at)]) {
                matched[size_t(at)] = true;
                const qint64 pk = previous.rowAt(size_t(at));
                markSeen(pk);
                next.add(fp, pk, at);
                ++counts.unchanged;
                continue;
            }
            reader.parseFields();
        }
        if (const QString e = reader.recordError(); !e.isEmpty()) {
            reject(fileName, reader.line(), e, counts);
            continue;
        }
        if (reader.unterminatedQuote()) {
            damaged = true;
            reject(fileName, reader.line(),
                   tr("a quoted field is never closed; the rest of the file was read "
                      "into it"),
                   counts);
            continue;
        }
        if (reader.fieldCount() != converter.headerSize()) {
            reject(fileName, reader.line(), headerMismatch(reader.fieldCount(), converter.headerSize()),
                   counts);
            continue;
        }
        if (converter.isDeleted(reader.record())) {
            // A deleted record is as good as absent: archived by a full import.
            if (!archiveMissing) {
                if (converter.convert(reader.record(), values, &reason))
                    deletedIds.append(values.at(0).text.toByteArray());
            }
            continue;
        }
        issues.clear();
        if (!converter.convert(reader.record(), values, &reason, &issues)) {
            reject(fileName, reader.line(), reason, counts);
            continue;
        }
        for (const QString &issue : std::as_const(issues))
            fieldIssue(fileName, reader.line(), issue);
        if (accountField >= 0) {
            const CellValue &account = values.at(accountField);
            if (!m_accounts.contains(keyOf(account.text))) {
                reject(fileName, reader.line(),
                       tr("it points at account %1, which is not in the export or the cache")
                           .arg(QString::fromUtf8(account.text)),
                       counts);
                continue;
            }
        }
        for (qsizetype i : std::as_const(userRefFields)) {
            const CellValue &user = values.at(i);
            if (user.kind != CellValue::Text || m_users.contains(keyOf(user.text)))
                continue;
            if (profile.createMissingUsers)
                addUserNamed(user.text);
            else
                ++unknownOwners;
        }
        const quint64 hash = hashValues(values, hashBuffer);
        const QByteArrayView id = values.at(0).text;
        qint64 pk = 0;
        bool exists = false;
        bool wasArchived = false;
        quint64 changedColumns = 0;
        if (!tableWasEmpty) {
            lookup.bindText(1, id);
            if (lookup.step() == SQLITE_ROW) {
                exists = true;
                pk = lookup.columnInt(0);
                wasArchived = lookup.columnInt(2) != 0;
                const bool same = quint64(lookup.columnInt(1)) == hash && !wasArchived;
                if (!same) {
                    for (qsizetype i = 1; i < fieldCount; ++i) {
                        if (!storedEquals(lookup, int(i + 3), values.at(i)))
                            changedColumns |= quint64(1) << i;
                    }
                    // A record moved to another account: the one it left is touched too.
                    if ((activities || ruleTable) && accountField > 0
                        && (changedColumns & (quint64(1) << accountField))) {
                        const QByteArray left = lookup.columnText(int(accountField + 3)).toByteArray();
                        (activities ? m_activityAccounts : m_ruleAccounts).insert(left);
                    }
                }
                lookup.reset();
                if (markSeen(pk)) {
                    reject(fileName, reader.line(),
                           tr("the id %1 appears more than once in the file").arg(QString::fromUtf8(id)),
                           counts);
                    continue;
                }
                if (same) {
                    ++counts.unchanged;
                    next.add(fp, pk, -1);
                    continue;
                }
            } else {
                lookup.reset();
            }
        }
        int rc = SQLITE_DONE;
        if (exists) {
            SqliteStatement *update = updates.forColumns(changedColumns, wasArchived);
            if (!update)
                sqlFailure(QString::fromUtf8(sqlite3_errmsg(m_sql)));
            SqliteStatement &stmt = *update;
            int index = 0;
            for (qsizetype i = 1; i < fieldCount; ++i) {
                if (changedColumns & (quint64(1) << i))
                    bindValue(stmt, ++index, values.at(i));
            }
            stmt.bindInt(++index, qint64(hash));
            stmt.bindText(++index, now);
            stmt.bindInt(++index, pk);
            rc = stmt.step();
            stmt.reset();
        } else {
            for (qsizetype i = 0; i < fieldCount; ++i)
                bindValue(insert, int(i + 1), values.at(i));
            insert.bindInt(int(fieldCount + 1), qint64(hash));
            insert.bindText(int(fieldCount + 2), now);
            rc = insert.step();
            insert.reset();
        }
        if (rc == SQLITE_CONSTRAINT) {
            reject(fileName, reader.line(),
                   tr("the id %1 appears more than once in the file").arg(QString::fromUtf8(id)), counts);
            continue;
        }
        if (rc != SQLITE_DONE)
            sqlFailure(QString::fromUtf8(sqlite3_errmsg(m_sql)));
        if (exists) {
            ++counts.changed;
        } else {
            pk = sqlite3_last_insert_rowid(m_sql);
            markSeen(pk);
            ++counts.added;
            if (tf.entity == Entity::Accounts)
                m_accounts.insert(id.toByteArray(), pk);
            if (tf.entity == Entity::Users)
                m_users.insert(id.toByteArray());
        }
        if (tf.entity == Entity::Users)
            m_usersChanged = true;
        if (activities && accountField >= 0)
            m_activityAccounts.insert(values.at(accountField).text.toByteArray());
        if (ruleTable) {
            if (tf.entity == Entity::Accounts)
                m_ruleAccounts.insert(id.toByteArray());
            else if (accountField >= 0)
                m_ruleAccounts.insert(values.at(accountField).text.toByteArray());
        }
        next.add(fp, pk, -1);
    }
    reportProgress(reader.bytePosition());
    trace(m_timer, "records read", fileName);

    checkUtf8(reader);
    checkRowCount(fileName, rows);

    // Records the export no longer has are archived, never deleted.
    // A file whose end was swallowed by an open quote says nothing about which records
    // are gone: archiving from it would empty the book.
    if (damaged && archiveMissing && spec.archivable)
        m_report.warnings.append(tr("%1 is damaged (a quoted field is never closed), so nothing was archived "
                                    "from it.")
                                     .arg(fileName));
    if (archiveMissing && spec.archivable && !damaged) {
        QList<qint64> candidates;
        if (previousValid) {
            for (size_t i = 0; i < previous.size(); ++i) {
                if (!matched[i])
                    candidates.append(previous.rowAt(i));
            }
        } else {
            SqliteStatement live(m_sql, "SELECT pk FROM " + table + " WHERE archived = 0");
            while (live.step() == SQLITE_ROW)
                candidates.append(live.columnInt(0));
        }
        for (qint64 pk : std::as_const(candidates)) {
            if (pk < qint64(seen.size()) && seen[size_t(pk)])
                continue;
            archive.bindText(1, now);
            archive.bindInt(2, pk);
            int rc = archive.step();
            if (rc == SQLITE_ROW) {
                ++counts.archived;
                m_activityAccounts.insert(archive.columnText(0).toByteArray());
                rc = archive.step();
            } else if (!activities) {
                counts.archived += sqlite3_changes(m_sql);
            }
            if (rc != SQLITE_DONE)
                sqlFailure(archive.errorMessage());
            archive.reset();
        }
    }
    SqliteStatement archiveById(
        m_sql,
        "UPDATE " + table + " SET archived = 1, archived_at = ? WHERE id = ? AND archived = 0" + returning);
    for (const QByteArray &id : std::as_const(deletedIds)) {
        SqliteStatement &del = archiveById;
        del.bindText(1, now);
        del.bindText(2, id);
        int rc = del.step();
        if (rc == SQLITE_ROW) {
            ++counts.archived;
            m_activityAccounts.insert(del.columnText(0).toByteArray());
            rc = del.step();
        } else if (!activities) {
            counts.archived += sqlite3_changes(m_sql);
        }
        if (rc != SQLITE_DONE)
            sqlFailure(del.errorMessage());
        del.reset();
    }
    if (unknownOwners > 0)
        m_report.warnings.append(
            QCoreApplication::translate("Importer", "%1: %n row(s) name an owner who is not among the users.",
                                        nullptr, int(unknownOwners))
                .arg(fileName));

    // Archived records: which accounts they belonged to is not kept, so the rules look at all.
    if (ruleTable && counts.archived > 0)
        m_allRuleAccounts = true;
    trace(m_timer, "archived", fileName);
    if (!deferredIndexes.isEmpty()) {
        for (const QByteArray &sql : std::as_const(deferredIndexes))
            exec(sql.constData());
        trace(m_timer, "indexes built", fileName);
    }

    // A partial import leaves holes in the picture of what went in: forget it instead.
    rememberImport(spec.name, archiveMissing && !damaged, seed, reader.contentHash(), rows, next.take());
    trace(m_timer, "fingerprints stored", fileName);
    m_doneBytes += fileBytes;
}

void ImportRun::importUsage(CsvFileReader &reader, RecordConverter &converter, quint64 seed,
                            ImportFingerprints &previous, bool previousValid, ImportCounts &counts)
{
    // Columns of usage in Entity order: account_id, date, metric, value.
    SqliteStatement insert(m_sql,
                           "INSERT INTO usage (account_pk, metric_id, day, value) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (account_pk, metric_id, day) DO UPDATE SET value = excluded.value");
    SqliteStatement lookup(m_sql,
                           "SELECT value FROM usage WHERE account_pk = ? AND metric_id = ? AND day = ?");
    SqliteStatement addMetric(m_sql, "INSERT INTO metrics (name) VALUES (?)");
    const QString fileName = reader.fileName();
    bool tableWasEmpty = false;
    {
        SqliteStatement any(m_sql, "SELECT EXISTS (SELECT 1 FROM usage)");
        tableWasEmpty = any.step() == SQLITE_ROW && any.columnInt(0) == 0;
    }
    // Into an empty table (the first import) rows go in batches: one statement step per
    // batch instead of per row.
    constexpr int batchSize = 50;
    QByteArray batchSql = "INSERT INTO usage (account_pk, metric_id, day, value) VALUES (?, ?, ?, ?)";
    for (int i = 1; i < batchSize; ++i)
        batchSql += ", (?, ?, ?, ?)";
    batchSql += " ON CONFLICT (account_pk, metric_id, day) DO UPDATE SET value = excluded.value";
    SqliteStatement batchInsert(m_sql, batchSql);
    struct PendingRow
    {
        qint64 account, metric, day;
        double value;
    };
    std::vector<PendingRow> pending;
    pending.reserve(batchSize);
    auto flushPending = [&] {
        if (int(pending.size()) == batchSize) {
            for (int i = 0; i < batchSize; ++i) {
                const PendingRow &r = pending[size_t(i)];
                batchInsert.bindInt(i * 4 + 1, r.account);
                batchInsert.bindInt(i * 4 + 2, r.metric);
                batchInsert.bindInt(i * 4 + 3, r.day);
                batchInsert.bindDouble(i * 4 + 4, r.value);
            }
            if (batchInsert.step() != SQLITE_DONE)
                sqlFailure(batchInsert.errorMessage());
            batchInsert.reset();
        } else {
            for (const PendingRow &r : pending) {
                insert.bindInt(1, r.account);
                insert.bindInt(2, r.metric);
                insert.bindInt(3, r.day);
                insert.bindDouble(4, r.value);
                if (insert.step() != SQLITE_DONE)
                    sqlFailure(insert.errorMessage());
                insert.reset();
            }
        }
        pending.clear();
    };
    if (previous.withRows()) // none kept, or not a usage list: start a usage one
        previous = ImportFingerprints(false);
    ImportFingerprints::Builder next(previous);
    size_t cursor = 0;
    QList<CellValue> values;
    QString reason;
    qint64 rows = 0;
    while (previousValid ? reader.readRawRecord() : reader.readRecord()) {
        ++rows;
        if ((rows & 4095) == 0) {
            checkCancel();
            reportProgress(reader.bytePosition());
        }
        const QByteArrayView raw = reader.rawRecord();
        const quint64 fp = XXH3_64bits_withSeed(raw.data(), size_t(raw.size()), seed);
        if (const qsizetype at = previousValid ? previous.find(fp, cursor) : -1; at >= 0) {
            next.add(fp, 0, at);
            ++counts.unchanged;
            continue;
        }
        reader.parseFields();
        if (const QString e = reader.recordError(); !e.isEmpty()) {
            reject(fileName, reader.line(), e, counts);
            continue;
        }
        if (reader.fieldCount() != converter.headerSize()) {
            reject(fileName, reader.line(), headerMismatch(reader.fieldCount(), converter.headerSize()),
                   counts);
            continue;
        }
        if (!converter.convert(reader.record(), values, &reason)) {
            reject(fileName, reader.line(), reason, counts);
            continue;
        }
        const auto account = m_accounts.constFind(keyOf(values.at(0).text));
        if (account == m_accounts.constEnd()) {
            reject(fileName, reader.line(),
                   tr("it points at account %1, which is not in the export or the cache")
                       .arg(QString::fromUtf8(values.at(0).text)),
                   counts);
            continue;
        }
        const qint64 day = epochDay(values.at(1).text);
        auto metric = m_metrics.constFind(keyOf(values.at(2).text));
        if (metric == m_metrics.constEnd()) {
            const QByteArray metricName = values.at(2).text.toByteArray();
            addMetric.bindText(1, metricName);
            if (addMetric.step() != SQLITE_DONE)
                sqlFailure(addMetric.errorMessage());
            addMetric.reset();
            metric = m_metrics.insert(metricName, sqlite3_last_insert_rowid(m_sql));
        }
        const double value = values.at(3).real;
        bool exists = false;
        if (!tableWasEmpty) {
            lookup.bindInt(1, account.value());
            lookup.bindInt(2, metric.value());
            lookup.bindInt(3, day);
            if (lookup.step() == SQLITE_ROW) {
                exists = true;
                const bool same = !lookup.columnIsNull(0) && lookup.columnDouble(0) == value;
                lookup.reset();
                if (same) {
                    ++counts.unchanged;
                    next.add(fp, 0, -1);
                    continue;
                }
            } else {
                lookup.reset();
            }
        }
        if (tableWasEmpty) {
            pending.push_back({ account.value(), metric.value(), day, value });
            if (int(pending.size()) == batchSize)
                flushPending();
        } else {
            insert.bindInt(1, account.value());
            insert.bindInt(2, metric.value());
            insert.bindInt(3, day);
            insert.bindDouble(4, value);
            if (insert.step() != SQLITE_DONE)
                sqlFailure(insert.errorMessage());
            insert.reset();
        }
        if (exists)
            ++counts.changed;
        else
            ++counts.added;
        next.add(fp, 0, -1);
    }
    flushPending();
    reportProgress(reader.bytePosition());
    trace(m_timer, "records read", fileName);
    checkUtf8(reader);
    checkRowCount(fileName, rows);
    rememberImport(entitySpec(Entity::Usage).name, true, seed, reader.contentHash(), rows, next.take());
}

void ImportRun::execute(const ImportOptions &options, const QString &folder, const MappingProfile &profile,
                        const BundleManifest *manifest)
{
    m_manifest = manifest;
    m_now = timestamp();
    m_timer.start();
    const QList<TableFile> files = locateFiles(folder, profile);
    if (files.isEmpty())
        throw Abort { ImportReport::Status::Failed,
                      tr("%1 holds no file that the %2 profile reads.").arg(options.source, profile.name) };
    for (const TableFile &tf : files)
        m_totalBytes += QFileInfo(tf.path).size();

    // A half-copied export on a network share is refused as a whole: check every file
    // against the manifest on the other core while this one imports.
    QFuture<QString> checksums;
    if (manifest) {
        QStringList paths;
        for (const BundleManifest::File &f : manifest->files)
            paths.append(QDir(folder).filePath(f.name));
        checksums = QtConcurrent::run([paths, manifest]() -> QString {
            for (const QString &path : paths) {
                const QString name = QFileInfo(path).fileName();
                const QByteArray actual = BundleManifest::sha256OfFile(path);
                if (actual != manifest->file(name)->sha256)
                    return QCoreApplication::translate(
                               "Importer",
                               "%1 does not match its checksum in manifest.json: the export "
                               "is incomplete or damaged (still being copied?).")
                        .arg(name);
            }
            return {};
        });
    }
    auto waitForChecksums = [&checksums]() {
        if (!checksums.isValid())
            return;
        const QString failure = checksums.result();
        if (!failure.isEmpty())
            throw Abort { ImportReport::Status::Failed, failure };
    };

    const bool archiveMissing = !options.incremental && (!manifest || manifest->scope == "full"_L1);
    // A first import writes the whole cache. In WAL mode each page would be written twice,
    // into the log and then into the cache; with a rollback journal, pages past the end of
    // the (empty) file need no journal, so each is written once, and a crash still leaves
    // the cache as it was (the journal rolls back on the next open). Only possible while
    // this is the cache's only connection: otherwise SQLite keeps WAL, and so do we.
    const auto journalMode = [this](const char *sql) {
        SqliteStatement mode(m_sql, sql);
        const int rc = mode.step();
        return rc == SQLITE_ROW ? mode.columnText(0).toByteArray() : QByteArray();
    };
    bool firstImport = false;
    {
        SqliteStatement empty(m_sql, "SELECT NOT EXISTS (SELECT 1 FROM accounts)");
        firstImport = empty.step() == SQLITE_ROW && empty.columnInt(0) == 1;
    }
    bool rollbackJournal = false;
    if (firstImport) {
        // Another connection (the GUI's own) refuses the switch: no waiting for it to go.
        sqlite3_busy_timeout(m_sql, 0);
        rollbackJournal = journalMode("PRAGMA journal_mode = DELETE") == "delete";
        sqlite3_busy_timeout(m_sql, Database::busyTimeoutMs);
    }
    const auto backToWal = [&]() {
        if (rollbackJournal)
            journalMode("PRAGMA journal_mode = WAL");
    };
    trace(m_timer, rollbackJournal ? "rollback journal" : "write-ahead log");
    // A larger page cache for the duration: bulk writes then touch the disk once.
    exec("PRAGMA cache_size = -131072");
    exec("BEGIN IMMEDIATE");
    try {
        removeOrphanSidecars();
        // Loaded once: the tables add what they insert (archiving drops no id).
        loadIndexes();
        for (const TableFile &tf : files) {
            checkCancel();
            importTable(tf, profile, archiveMissing);
            trace(m_timer, "table done", QFileInfo(tf.path).fileName());
        }
        if (m_usersChanged)
            rebuildTeams();
        if (m_fieldIssues > maxFieldIssuesKept)
            m_report.warnings.append(
                QCoreApplication::translate("Importer", "... and %n more values left empty.", nullptr,
                                            int(m_fieldIssues - maxFieldIssuesKept)));
        // Derived data the account list reads: the search index takes the new
        // accounts, and each account's last activity follows the activities imported.
        m_stage = tr("Updating the search index");
        reportProgress(0);
        if (QString error; !AccountSearchIndex::catchUp(m_sql, &error))
            sqlFailure(error);
        checkCancel();
        if (const ImportCounts a = m_report.tables.value(u"activities"_s);
            a.added + a.changed + a.archived > 0) {
            QString error;
            const bool refreshed = m_allActivityAccounts
                ? LastActivity::refresh(m_sql, &error)
                : LastActivity::refresh(m_sql, m_activityAccounts, &error);
            if (!refreshed)
                sqlFailure(error);
        }
        // Contact fields edited here and changed in the CRM: put the local value back, or
        // record the conflict (work/SharedEdits.h).
        if (QString error; !SharedEdits::reconcileAfterImport(m_sql, &m_report.conflicts, &error))
            sqlFailure(error);
        trace(m_timer, "derived data updated");
        checkCancel();

        for (const ConfigDocument &doc : std::as_const(m_configDocuments)) {
            SqliteStatement st(m_sql,
                               "INSERT OR REPLACE INTO config_documents (name, content, source, imported_at)"
                               " VALUES (?, ?, ?, ?)");
            const QByteArray name = doc.name.toUtf8();
            const QByteArray source = doc.source.toUtf8();
            const QByteArray at = m_now.toUtf8();
            st.bindText(1, name);
            st.bindText(2, doc.content);
            st.bindText(3, source);
            st.bindText(4, at);
            if (st.step() != SQLITE_DONE)
                sqlFailure(st.errorMessage());
        }

        m_stage = tr("Verifying checksums");
        reportProgress(0);
        waitForChecksums();
        trace(m_timer, "checksums verified");
        checkCancel();

        m_report.status = ImportReport::Status::Applied;
        SqliteStatement log(
            m_sql,
            "INSERT INTO import_log (started_at, finished_at, source, profile, export_id, status, "
            "added, changed, unchanged, archived, rejected, report) "
            "VALUES (?, ?, ?, ?, ?, 'applied', ?, ?, ?, ?, ?, ?)");
        const ImportCounts t = m_report.totals();
        const QByteArray started = m_now.toUtf8();
        const QByteArray finished = timestamp().toUtf8();
        const QByteArray source = m_report.source.toUtf8();
        const QByteArray profileName = profile.name.toUtf8();
        const QByteArray exportId = m_report.exportId.toUtf8();
        const QByteArray json = QJsonDocument(m_report.toJson()).toJson(QJsonDocument::Compact);
        log.bindText(1, started);
        log.bindText(2, finished);
        log.bindText(3, source);
        log.bindText(4, profileName);
        if (exportId.isEmpty())
            log.bindNull(5);
        else
            log.bindText(5, exportId);
        log.bindInt(6, t.added);
        log.bindInt(7, t.changed);
        log.bindInt(8, t.unchanged);
        log.bindInt(9, t.archived);
        log.bindInt(10, t.rejected);
        log.bindText(11, json);
        if (log.step() != SQLITE_DONE)
            sqlFailure(log.errorMessage());
        m_report.logId = sqlite3_last_insert_rowid(m_sql);
        trace(m_timer, "committing");
        exec("COMMIT");
        exec("PRAGMA cache_size = -32768");
        backToWal();
        trace(m_timer, "committed");
        if (!m_allRuleAccounts) {
            QStringList accounts;
            accounts.reserve(m_ruleAccounts.size());
            for (const QByteArray &id : std::as_const(m_ruleAccounts))
                accounts.append(QString::fromUtf8(id));
            m_report.ruleAccounts = std::move(accounts);
        }
        for (const QString &file : std::as_const(m_oldSidecars))
            QFile::remove(file);
    } catch (...) {
        sqlite3_exec(m_sql, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_exec(m_sql, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr);
        backToWal();
        for (const QString &file : std::as_const(m_newSidecars))
            QFile::remove(file);
        if (checksums.isValid())
            checksums.waitForFinished();
        throw;
    }
}

void ImportRun::logFailure(Database &db, const ImportReport &report, const QString &startedAt)
{
    SqliteStatement log(db.handle(),
                        "INSERT INTO import_log (started_at, finished_at, source, profile, export_id, "
                        "status, message) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const QByteArray started = startedAt.toUtf8();
    const QByteArray finished = timestamp().toUtf8();
    const QByteArray source = report.source.toUtf8();
    const QByteArray profile = report.profile.toUtf8();
    const QByteArray exportId = report.exportId.toUtf8();
    const QByteArray status = ImportReport::statusName(report.status).toUtf8();
    const QByteArray message = report.error.toUtf8();
    log.bindText(1, started);
    log.bindText(2, finished);
    log.bindText(3, source);
    log.bindText(4, profile);
    log.bindText(5, exportId);
    log.bindText(6, status);
    log.bindText(7, message);
    log.step();
}
