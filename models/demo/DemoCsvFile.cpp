#include "DemoCsvFile.h"

#include "domain/Entity.h"

#include <QCoreApplication>
#include <charconv>

namespace {

// Large blocks keep the number of write() calls low at millions of rows.
constexpr qsizetype flushThreshold = 1 << 20;
constexpr qint64 unixEpochJulianDay = 2440588;

void appendTwoDigits(QByteArray &out, int value)
{
    out.append(char('0' + value / 10));
    out.append(char('0' + value % 10));
}

} // namespace

bool DemoCsvFile::open(const QString &path, const EntitySpec &spec, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QCoreApplication::translate("DemoExportWriter", "Cannot create %1: %2")
                     .arg(path, m_file.errorString());
        return false;
    }
    m_buffer.reserve(flushThreshold + 64 * 1024);
    m_columns = int(spec.fields.size());
    for (const FieldSpec &field : spec.fields)
        plain(QByteArrayView(field.name.data(), field.name.size()));
    endRow();
    m_rows = 0; // the header is not a record
    return true;
}

void DemoCsvFile::separator()
{
    if (m_fieldsInRow++ > 0)
        m_buffer.append(',');
}

DemoCsvFile &DemoCsvFile::text(QByteArrayView utf8)
{
    separator();
    bool needsQuotes = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        m_buffer.append(utf8);
        return *this;
    }
    m_buffer.append('"');
    for (char c : utf8) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
    return *this;
}

DemoCsvFile &DemoCsvFile::plain(QByteArrayView ascii)
{
    separator();
    m_buffer.append(ascii);
    return *this;
}

DemoCsvFile &DemoCsvFile::integer(qint64 value)
{
    separator();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    m_buffer.append(digits, result.ptr - digits);
    return *this;
}

DemoCsvFile &DemoCsvFile::tenths(qint64 value)
{
    separator();
    if (value < 0) {
        m_buffer.append('-');
        value = -value;
    }
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value / 10);
    m_buffer.append(digits, result.ptr - digits);
    if (value % 10 != 0) {
        m_buffer.append('.');
        m_buffer.append(char('0' + value % 10));
    }
    return *this;
}

DemoCsvFile &DemoCsvFile::date(qint64 julianDay)
{
    separator();
    appendDate(m_buffer, julianDay);
    return *this;
}

DemoCsvFile &DemoCsvFile::dateTime(qint64 utcSeconds)
{
    separator();
    appendDateTime(m_buffer, utcSeconds);
    return *this;
}

void DemoCsvFile::endRow()
{
    Q_ASSERT_X(m_fieldsInRow == m_columns, "DemoCsvFile::endRow", "row does not match the entity's columns");
    m_buffer.append('\n');
    m_fieldsInRow = 0;
    ++m_rows;
    if (m_buffer.size() >= flushThreshold)
        flush();
}

void DemoCsvFile::flush()
{
    if (!m_buffer.isEmpty() && !m_failed && m_file.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear(); // keeps the capacity
}

bool DemoCsvFile::finish(QString *error)
{
    flush();
    if (!m_failed && !m_file.flush())
        m_failed = true;
    const QString reason = m_file.errorString();
    m_file.close();
    if (m_failed) {
        *error = QCoreApplication::translate("DemoExportWriter", "Cannot write %1: %2")
                     .arg(m_file.fileName(), reason);
        return false;
    }
    return true;
}

void DemoCsvFile::discard()
{
    m_buffer.clear();
    if (m_file.isOpen())
        m_file.close();
    if (!m_file.fileName().isEmpty())
        m_file.remove();
}

void DemoCsvFile::appendDate(QByteArray &out, qint64 julianDay)
{
    // Civil date from a day count (Howard Hinnant's days_from_civil, inverted):
    // integer arithmetic only, much faster than QDate::toString per row.
    qint64 z = julianDay - unixEpochJulianDay + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    appendTwoDigits(out, year / 100);
    appendTwoDigits(out, year % 100);
    out.append('-');
    appendTwoDigits(out, month);
    out.append('-');
    appendTwoDigits(out, day);
}

void DemoCsvFile::appendDateTime(QByteArray &out, qint64 utcSeconds)
{
    qint64 days = utcSeconds / 86400;
    qint64 rest = utcSeconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    appendDate(out, days + unixEpochJulianDay);
    out.append('T');
    appendTwoDigits(out, int(rest / 3600));
    out.append(':');
    appendTwoDigits(out, int(rest / 60 % 60));
    out.append(':');
    appendTwoDigits(out, int(rest % 60));
    out.append('Z');
}
