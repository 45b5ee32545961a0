#include "TeamSummaryJob.h"

#include "store/Database.h"

TeamSummaryJob::TeamSummaryJob(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_runner(
          this,
          [databasePath](const TeamSummary::Options &options) {
              Database db;
              QString error;
              if (!db.open(databasePath, &error)) {
                  TeamSummary failed;
                  failed.options = options;
                  failed.today = options.today.isValid() ? options.today : QDate::currentDate();
                  failed.error = error;
                  return failed;
              }
              return TeamSummary::compute(db, options);
          },
          [this](const TeamSummary &summary) { Q_EMIT finished(summary); })
{ }
