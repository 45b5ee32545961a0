#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;
class QCommandLineParser;

// pitwall-cli: the core, headless. Every command takes --db PATH, prints a human
// summary (or --json for machines), and exits non-zero with a message on stderr.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp();
    int run(const QStringList &arguments);

private:
    int usage(int exitCode);
    bool openDatabase(const QCommandLineParser &parser, Database &db);
    void addCommonOptions(QCommandLineParser &parser);
    bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command);
    int fail(const QString &message, int exitCode = 1);

    int demoExport(const QStringList &arguments);
    int importSource(const QStringList &arguments);
    int stats(const QStringList &arguments);
    int accounts(const QStringList &arguments);
    int note(const QStringList &arguments);
    int task(const QStringList &arguments);
    int journal(const QStringList &arguments);
    int churnEval(const QStringList &arguments);
    int team(const QStringList &arguments);
    int health(const QStringList &arguments); // CliRisk.cpp
    int forecast(const QStringList &arguments); // CliRisk.cpp
    int qbr(const QStringList &arguments); // CliQbr.cpp
    int playbook(const QStringList &arguments); // CliPlaybook.cpp
    int sync(const QStringList &arguments); // CliSync.cpp
    int contact(const QStringList &arguments); // CliConflicts.cpp
    int conflicts(const QStringList &arguments); // CliConflicts.cpp
    int check(const QStringList &arguments); // CliBackup.cpp
    int backup(const QStringList &arguments); // CliBackup.cpp
    int restore(const QStringList &arguments); // CliBackup.cpp
    static QString damagedCacheHint(); // CliBackup.cpp
    // The author of local changes: the user chosen in the GUI (QSettings), else the login.
    static QString author();

    QTextStream m_out;
    QTextStream m_err;
};
