#pragma once

#include <QString>

class QCoreApplication;

// Installs Pitwall's translations (embedded under :/i18n) and Qt's own for the chosen
// language: `languageOverride` ("zh_CN", "en") when given, else the system locale.
namespace Localization {
// Returns the language in effect, e.g. "zh_CN" or "en".
QString install(QCoreApplication &app, const QString &languageOverride = QString());
} // namespace Localization
