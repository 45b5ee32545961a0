#include "CacheSnapshot.h"

#include "TestSupport.h"
#include "domain/Entity.h"
#include "import/ImportReport.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace TestSupport {

QJsonObject cacheSnapshot(Database &db)
{
    QJsonObject out;
    for (Entity e : allEntities) {
        const EntitySpec &spec = entitySpec(e);
        QSqlQuery q(db.connection());
        QJsonArray rows;
        if (e == Entity::Usage) {
            q.exec(u"SELECT a.id, m.name, date(u.day * 86400, 'unixepoch'), u.value FROM usage u "
                   "JOIN accounts a ON a.pk = u.account_pk JOIN metrics m ON m.id = u.metric_id "
                   "ORDER BY a.id, m.name, u.day"_s);
            while (q.next()) {
                rows.append(QJsonArray { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         q.value(3).toDouble() });
            }
        } else {
            QStringList columns;
            for (const FieldSpec &f : spec.fields)
                columns.append(QString(f.name));
            columns.append(u"archived"_s);
            q.exec(u"SELECT %1 FROM %2 ORDER BY id"_s.arg(columns.join(u", "_s), QString(spec.table)));
            while (q.next()) {
                QJsonObject row;
                for (int i = 0; i < columns.size(); ++i)
                    row.insert(columns.at(i),
                               q.value(i).isNull() ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue::fromVariant(q.value(i)));
                rows.append(row);
            }
        }
        out.insert(QString(spec.name), rows);
    }
    QSqlQuery teams(db.connection());
    teams.exec(u"SELECT id, manager_id FROM teams ORDER BY id"_s);
    QJsonArray t;
    while (teams.next())
        t.append(QJsonArray { teams.value(0).toString(), QJsonValue::fromVariant(teams.value(1)) });
    out.insert(u"teams"_s, t);
    return out;
}

QJsonObject stableReport(const ImportReport &report)
{
    QJsonObject o = report.toJson();
    o.remove(u"source"_s);
    o.remove(u"elapsed_ms"_s);
    o.remove(u"import_id"_s);
    return o;
}

QString compareWithGolden(const QJsonObject &actual, const QString &goldenPath)
{
    const QByteArray actualText = QJsonDocument(actual).toJson(QJsonDocument::Indented);
    if (qEnvironmentVariableIntValue("PITWALL_UPDATE_GOLDEN") == 1) {
        writeFile(goldenPath, actualText);
        return {};
    }
    const QByteArray expectedText = readFile(goldenPath);
    if (expectedText.isEmpty())
        return u"golden file %1 is missing (run with PITWALL_UPDATE_GOLDEN=1 to create it)"_s.arg(goldenPath);
    const QJsonObject expected = QJsonDocument::fromJson(expectedText).object();
    if (expected == actual)
        return {};
    const QList<QByteArray> a = actualText.split('\n');
    const QList<QByteArray> b = QJsonDocument(expected).toJson(QJsonDocument::Indented).split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return u"%1 differs at line %2:\n  expected: %3\n  actual:   %4"_s.arg(goldenPath)
                .arg(i + 1)
                .arg(QString::fromUtf8(b.value(i)), QString::fromUtf8(a.value(i)));
    }
    return u"%1 differs"_s.arg(goldenPath);
}

} // namespace TestSupport
