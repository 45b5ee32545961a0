#include "DashboardJob.h"

DashboardJob::DashboardJob(const QString &databasePath, QObject *parent)
    : QObject(parent)
    // DashboardData::compute() opens its own connections to the cache (and fails with a
    // message if it cannot).
    , m_runner(
          this,
          [databasePath](const DashboardData::Options &options) {
              return DashboardData::compute(databasePath, options);
          },
          [this](const DashboardData &data) { Q_EMIT finished(data); })
{ }
