#include "AccountExportJob.h"

#include "store/Database.h"

AccountExportJob::AccountExportJob(const QString &databasePath, QObject *parent)
    : ExportJob(parent)
    , m_databasePath(databasePath)
{ }

void AccountExportJob::start(const QString &path, AccountExporter::Format format,
                             const AccountExporter::Options &options)
{
    startTask([databasePath = m_databasePath, path, format, options](const Control &control) {
        Result result;
        result.path = path;
        Database db;
        QString error;
        if (!db.open(databasePath, &error)) {
            result.error = AccountExporter::tr("Cannot export to %1: %2").arg(path, error);
            return result;
        }
        AccountExporter exporter(db);
        exporter.setCancelFlag(control.cancelFlag());
        exporter.setProgressCallback([&control](qint64 rowsDone, qint64 rowsTotal) {
            control.report(rowsDone, rowsTotal);
            return true;
        });
        result.ok = exporter.exportTo(path, format, options);
        result.cancelled = exporter.wasCancelled();
        result.error = exporter.errorString();
        result.rows = exporter.rowsWritten();
        return result;
    });
}
