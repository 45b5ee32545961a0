#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

struct EntitySpec;

// One CSV file of the demo bundle, written through a large in-memory block: UTF-8
// without BOM, LF line ends, RFC 4180 quoting only where a field needs it.
// Rows are built field by field; a write error is remembered and reported by finish().
class DemoCsvFile
{
public:
    DemoCsvFile() = default;
    DemoCsvFile(const DemoCsvFile &) = delete;
    DemoCsvFile &operator=(const DemoCsvFile &) = delete;

    // Creates the file and writes the header row from the entity's native columns.
    bool open(const QString &path, const EntitySpec &spec, QString *error);

    // Free text: quoted when it contains a comma, quote, CR or LF.
    DemoCsvFile &text(QByteArrayView utf8);
    // Bytes known to need no quoting (ids, enum values, formatted numbers).
    DemoCsvFile &plain(QByteArrayView ascii);
    DemoCsvFile &null() { return plain({}); }
    DemoCsvFile &integer(qint64 value);
    // A value given in tenths, written as "57.5", or "57" when whole.
    DemoCsvFile &tenths(qint64 value);
    DemoCsvFile &boolean(bool value)
    {
        return plain(value ? QByteArrayView("true") : QByteArrayView("false"));
    }
    // Julian day number -> "YYYY-MM-DD".
    DemoCsvFile &date(qint64 julianDay);
    // Seconds since 1970-01-01T00:00:00Z -> "YYYY-MM-DDTHH:MM:SSZ".
    DemoCsvFile &dateTime(qint64 utcSeconds);
    void endRow();

    qint64 rows() const { return m_rows; }
    QString path() const { return m_file.fileName(); }

    // Flushes and closes; false with `error` set if any write failed.
    bool finish(QString *error);
    // Closes and deletes the file (after a failure or cancel).
    void discard();

    static void appendDate(QByteArray &out, qint64 julianDay);
    static void appendDateTime(QByteArray &out, qint64 utcSeconds);

private:
    void separator();
    void flush();

    QFile m_file;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    int m_fieldsInRow = 0;
    int m_columns = 0;
    bool m_failed = false;
};
