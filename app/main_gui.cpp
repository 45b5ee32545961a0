// The Pitwall desktop application: parses the command line, opens the cache, shows the
// main window. Everything else lives in the ui and core libraries.
#include "common/Localization.h"
#include "common/MessageBoxes.h"
#include "common/RestoreBackupDialog.h"
#include "common/Theme.h"
#include "mainwindow/MainWindow.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Gives main() a translation context that lupdate sees.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

// --lang must take effect before the parser's own texts are built, so it is read first.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith("--lang="_L1))
            return a.mid(7);
        if (a == "--lang"_L1 && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

// --help and --version only print: they must work without a display, so no GUI
// application is created for them.
bool printsOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application(printsOnly(argc, argv) ? new QCoreApplication(argc, argv)
                                                                             : new QApplication(argc, argv));
    QCoreApplication &core = *application;
    QCoreApplication::setOrganizationName(u"Pitwall"_s);
    QCoreApplication::setApplicationName(u"Pitwall"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PITWALL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(PITWALL_APP_ID));

    Localization::install(core, languageArgument(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("Pitwall: the offline-first workstation for Customer Success Managers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, Main::tr("Use the cache at <path> (default: %1).").arg(Database::defaultPath()),
        Main::tr("path"));
    const QCommandLineOption langOption(u"lang"_s, Main::tr("Show Pitwall in <language>, e.g. zh_CN or en."),
                                        Main::tr("language"));
    const QCommandLineOption demoOption(
        u"demo"_s,
        Main::tr("Explore the demo data in a separate demo cache, filled on first use without asking."));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(demoOption);
    parser.process(core);

    auto &app = static_cast<QApplication &>(core);
    Theme::apply(app);

    const bool demo = parser.isSet(demoOption);
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = demo ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.sqlite"_s
                    : Database::defaultPath();
    }

    Database db;
    QString error;
    while (!db.open(path, &error)) {
        if (db.openError() != Database::OpenError::Damaged) {
            MessageBoxes::critical(nullptr, Main::tr("Pitwall cannot start"),
                                   Main::tr("The local cache could not be opened."), error);
            return 1;
        }
        // A damaged cache: offer the automatic backup; then open what was restored.
        RestoreBackupDialog restore(path, error);
        if (restore.exec() != QDialog::Accepted)
            return 1;
    }

    MainWindow window(db);
    if (demo) {
        window.setFirstStart(MainWindow::FirstStart::LoadDemoData);
        window.setWindowTitle(Main::tr("Pitwall — demo"));
    }
    window.show();
    return app.exec();
}
