#include "Importer.h"

#include "store/Database.h"

Importer::Importer(Database &db)
    : m_db(db)
{
}

ImportReport Importer::run(const ImportOptions &options)
{
    ImportReport report;
    report.source = options.source;
    report.error = QStringLiteral("not implemented yet");
    return report;
}

QString Importer::detectProfile(const QString &)
{
    return {};
}
