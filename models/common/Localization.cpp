#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Localization {

QString install(QCoreApplication &app, const QString &languageOverride)
{
    const QLocale locale = languageOverride.isEmpty() ? QLocale::system() : QLocale(languageOverride);
    if (!languageOverride.isEmpty())
        QLocale::setDefault(locale);

    auto *pitwall = new QTranslator(&app);
    if (!pitwall->load(locale, u"pitwall"_s, u"_"_s, u":/i18n"_s)) {
        // A language Pitwall does not speak (or the C locale of a bare shell): English,
        // whose catalogue holds the plural forms ("1 row", "2 rows").
        if (pitwall->load(u"pitwall_en"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(pitwall);
        else
            delete pitwall;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(pitwall);
    // Qt's own strings (standard buttons, dialogs), where the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

} // namespace Localization
