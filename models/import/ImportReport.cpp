#include "ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

ImportCounts &ImportCounts::operator+=(const ImportCounts &o)
{
    added += o.added;
    changed += o.changed;
    unchanged += o.unchanged;
    archived += o.archived;
    rejected += o.rejected;
    return *this;
}

QJsonObject ImportCounts::toJson() const
{
    return { { "added"_L1, added },
             { "changed"_L1, changed },
             { "unchanged"_L1, unchanged },
             { "archived"_L1, archived },
             { "rejected"_L1, rejected } };
}

ImportCounts ImportReport::totals() const
{
    ImportCounts sum;
    for (const ImportCounts &c : tables)
        sum += c;
    return sum;
}

QString ImportReport::statusName(Status status)
{
    switch (status) {
    case Status::Applied:
        return u"applied"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    case Status::Failed:
        break;
    }
    return u"failed"_s;
}

QString ImportReport::statusText(const QString &name)
{
    if (name == "applied"_L1)
        return tr("applied");
    if (name == "cancelled"_L1)
        return tr("cancelled");
    if (name == "failed"_L1)
        return tr("refused");
    return name;
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject o = totals().toJson();
    o.insert("status"_L1, statusName(status));
    if (!error.isEmpty())
        o.insert("error"_L1, error);
    o.insert("source"_L1, source);
    o.insert("profile"_L1, profile);
    if (!exportId.isEmpty())
        o.insert("export_id"_L1, exportId);
    if (logId > 0)
        o.insert("import_id"_L1, logId);
    o.insert("elapsed_ms"_L1, elapsedMs);
    QJsonObject perTable;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        perTable.insert(it.key(), it.value().toJson());
    o.insert("tables"_L1, perTable);
    QJsonArray rejected;
    for (const ImportRejection &r : rejections)
        rejected.append(
            QJsonObject { { "file"_L1, r.file }, { "line"_L1, r.line }, { "reason"_L1, r.reason } });
    o.insert("rejections"_L1, rejected);
    o.insert("warnings"_L1, QJsonArray::fromStringList(warnings));
    o.insert("conflicts"_L1, conflicts);
    return o;
}

QString ImportReport::toText(qsizetype maxLines) const
{
    const qsizetype limit = maxLines < 0 ? std::numeric_limits<qsizetype>::max() : maxLines;
    QString out;
    switch (status) {
    case Status::Applied:
        out += tr("Import applied from %1 (profile %2) in %3 s.")
                   .arg(source, profile)
                   .arg(elapsedMs / 1000.0, 0, 'f', 1);
        break;
    case Status::Cancelled:
        out += tr("Import cancelled; the cache is unchanged.");
        break;
    case Status::Failed:
        out += tr("Import refused; the cache is unchanged: %1").arg(error);
        break;
    }
    out += u'\n';
    if (status != Status::Applied)
        return out;
    const ImportCounts t = totals();
    out += tr("%1 added, %2 changed, %3 unchanged, %4 archived, %5 rejected")
               .arg(t.added)
               .arg(t.changed)
               .arg(t.unchanged)
               .arg(t.archived)
               .arg(t.rejected)
        + u'\n';
    if (conflicts > 0)
        out += tr("%n field(s) edited here changed differently in the CRM: resolve them in the Sync view "
                  "(pitwall-cli conflicts).",
                  nullptr, conflicts)
            + u'\n';
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const ImportCounts &c = it.value();
        out += u"  %1: "_s.arg(it.key(), -14)
            + tr("%1 added, %2 changed, %3 unchanged, %4 archived, %5 rejected")
                  .arg(c.added)
                  .arg(c.changed)
                  .arg(c.unchanged)
                  .arg(c.archived)
                  .arg(c.rejected)
            + u'\n';
    }
    const qsizetype shownWarnings = qMin(warnings.size(), limit);
    for (qsizetype i = 0; i < shownWarnings; ++i)
        out += tr("Warning: %1").arg(warnings.at(i)) + u'\n';
    if (warnings.size() > shownWarnings)
        out += tr("... and %n more warnings (see --json for all).", nullptr, int(warnings.size() - shownWarnings))
            + u'\n';
    const qsizetype shown = qMin(rejections.size(), limit);
    for (qsizetype i = 0; i < shown; ++i) {
        const ImportRejection &r = rejections.at(i);
        out += r.line > 0 ? tr("Rejected %1 line %2: %3").arg(r.file).arg(r.line).arg(r.reason)
                          : tr("Rejected %1: %2").arg(r.file, r.reason);
        out += u'\n';
    }
    if (rejections.size() > shown)
        out += tr("... and %n more rejected rows (see --json for all).", nullptr, int(rejections.size() - shown))
            + u'\n';
    return out;
}
