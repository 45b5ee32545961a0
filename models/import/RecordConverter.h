#pragma once

#include "MappingProfile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class CsvReader;

// One canonical value of a record, ready to bind: text is a view into the CSV buffer
// or into `owned` when the value had to be rewritten (dates, mapped values, Ids).
struct CellValue
{
    enum Kind : quint8
    {
        Null,
        Text,
        Integer,
        Real
    };
    Kind kind = Null;
    QByteArrayView text;
    QByteArray owned;
    qint64 integer = 0;
    double real = 0;

    void setNull() { kind = Null; }
    void setText(QByteArrayView v) { kind = Text, text = v; }
    void setOwned(QByteArray v)
    {
        kind = Text;
        owned = std::move(v);
        text = owned;
    }
};

// Turns the cells of one source record into the canonical fields of an entity, as the
// mapping profile says: picks columns, applies value maps, parses numbers, booleans,
// dates and datetimes the way real exports spell them, and says precisely why a row
// cannot be read.
class RecordConverter
{
    Q_DECLARE_TR_FUNCTIONS(RecordConverter)

public:
    RecordConverter(const EntitySpec &spec, const MappingProfile &profile,
                    const MappingProfile::EntityMapping &mapping);

    // Matches the mapping to the file's header (names compared after whitespace
    // normalisation, in any letter case). False when a required field has no column.
    bool setHeader(const QStringList &header, QString *error);
    qsizetype headerSize() const { return m_headerSize; }

    // Columns holding dates or datetimes, for deciding the file's day/month order.
    QList<int> dateColumns() const;
    void setDateOrder(ValueParser::DateOrder order) { m_dateOrder = order; }

    bool isDeleted(const CsvReader &reader) const;
    // Fills `values` (one per spec field). False with `reason` when the row is unusable
    // (a required value missing or unreadable). An unreadable optional value is left
    // empty and described in `issues`, so one bad cell does not cost the whole record.
    bool convert(const CsvReader &reader, QList<CellValue> &values, QString *reason,
                 QStringList *issues = nullptr) const;

    const EntitySpec &spec() const { return m_spec; }
    // The source column(s) a field reads, for messages.
    QString sourceColumnsOf(qsizetype field) const;

private:
    struct Resolved
    {
        FieldSpec spec;
        QList<int> columns;
        QList<int> concat;
        const MappingProfile::FieldRule *rule = nullptr;
    };

    QByteArrayView rawValue(const CsvReader &reader, const Resolved &r, QByteArray &scratch) const;
    // Empty when `raw` converted into `out`, else what is wrong with it.
    QString convertValue(const Resolved &r, QByteArrayView raw, bool fromScratch, const QByteArray &scratch,
                         CellValue &out) const;

    const EntitySpec &m_spec;
    const MappingProfile &m_profile;
    const MappingProfile::EntityMapping &m_mapping;
    QList<Resolved> m_fields;
    QStringList m_header;
    qsizetype m_headerSize = 0;
    int m_deletedColumn = -1;
    ValueParser::DateOrder m_dateOrder = ValueParser::DateOrder::MonthFirst;
};

// ASCII whitespace and U+3000 trimmed from both ends.
QByteArrayView trimCell(QByteArrayView v);
