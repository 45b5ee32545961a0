#include "cli/CliApp.h"
#include "common/Localization.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

using namespace Qt::StringLiterals;

// The command named on the command line, past the global options.
static bool commandIs(int argc, char *argv[], const char *name)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db" || arg == "--lang")
            ++i;
        else if (!arg.startsWith('-'))
            return arg == name;
    }
    return false;
}

int main(int argc, char *argv[])
{
    // qbr paints decks, which needs fonts: a QGuiApplication, without a display.
    std::unique_ptr<QCoreApplication> application;
    if (commandIs(argc, argv, "qbr")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"Pitwall"_s);
    QCoreApplication::setApplicationName(u"Pitwall"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PITWALL_VERSION));

    const QStringList args = QCoreApplication::arguments();
    QString language;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == "--lang"_L1)
            language = args.at(i + 1);
    }
    Localization::install(app, language);
    return CliApp().run(args);
}
