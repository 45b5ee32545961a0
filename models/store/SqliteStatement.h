#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <sqlite3.h>

// A prepared statement on the raw SQLite handle, for the paths where QtSql's
// per-row overhead matters (bulk import). Binds are by 1-based index; text is bound
// without copying, so the bytes must outlive step().
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const QByteArray &sql) { prepare(db, sql); }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(sqlite3 *db, const QByteArray &sql)
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_db = db;
        return sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                                  nullptr)
            == SQLITE_OK;
    }
    bool isValid() const { return m_stmt != nullptr; }

    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    void bindInt(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bindDouble(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void bindText(int i, QByteArrayView v)
    {
        sqlite3_bind_text(m_stmt, i, v.data() ? v.data() : "", int(v.size()), SQLITE_STATIC);
    }
    void bindBlob(int i, QByteArrayView v)
    {
        sqlite3_bind_blob(m_stmt, i, v.data(), int(v.size()), SQLITE_STATIC);
    }
    // A blob of `size` zero bytes, to be written in place with sqlite3_blob_write.
    void bindZeroBlob(int i, qint64 size) { sqlite3_bind_zeroblob64(m_stmt, i, sqlite3_uint64(size)); }

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_stmt); }
    // Bindings stay: every caller binds every parameter before the next step().
    void reset() { sqlite3_reset(m_stmt); }

    qint64 columnInt(int i) const { return sqlite3_column_int64(m_stmt, i); }
    double columnDouble(int i) const { return sqlite3_column_double(m_stmt, i); }
    bool columnIsNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    // SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT or SQLITE_BLOB.
    int columnType(int i) const { return sqlite3_column_type(m_stmt, i); }
    QByteArrayView columnText(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return QByteArrayView(p, sqlite3_column_bytes(m_stmt, i));
    }

    QByteArrayView columnBlob(int i) const
    {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, i));
        return QByteArrayView(p, sqlite3_column_bytes(m_stmt, i));
    }

    QString errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};
