#include "cli/CliApp.h"
#include "common/Localization.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
