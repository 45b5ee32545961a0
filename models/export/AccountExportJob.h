#pragma once

#include "AccountExporter.h"
#include "ExportJob.h"

// Runs an AccountExporter on a worker thread (ExportJob) with its own connection to
// the cache, so the window stays responsive while 100k rows are written. Progress is
// reported on the thread that started the job; the worker touches no QObject.
// Deleting a running job cancels it and waits: the partial file is removed.
class AccountExportJob : public ExportJob
{
    Q_OBJECT
public:
    explicit AccountExportJob(const QString &databasePath, QObject *parent = nullptr);

    void start(const QString &path, AccountExporter::Format format, const AccountExporter::Options &options);

private:
    QString m_databasePath;
};
