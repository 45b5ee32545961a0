#include "HomeSummaryJob.h"

#include "store/Database.h"

HomeSummaryJob::HomeSummaryJob(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_runner(
          this,
          [databasePath](const HomeSummary::Options &options) {
              Database db;
              QString error;
              if (!db.open(databasePath, &error)) {
                  HomeSummary failed;
                  failed.today = options.today.isValid() ? options.today : QDate::currentDate();
                  failed.error = error;
                  return failed;
              }
              return HomeSummary::compute(db, options);
          },
          [this](const HomeSummary &summary) { Q_EMIT finished(summary); })
{ }
