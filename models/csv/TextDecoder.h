#pragma once

#include <QByteArray>
#include <QString>

// Turns the bytes of a file from a real-world export into UTF-8.
// BOMs (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decide first; valid UTF-8 stays UTF-8;
// anything else is identified by uchardet and converted with ICU (Windows-1252,
// ISO-8859-1, GBK/GB18030, Big5, Shift_JIS, ...).
class TextDecoder
{
public:
    struct Result
    {
        QByteArray utf8; // the text as UTF-8, BOM removed
        QString encoding; // canonical name of the source encoding, e.g. "UTF-8", "UTF-16LE", "GB18030"
        bool hadBom = false;
        QString error; // non-empty when the bytes could not be decoded
        bool ok() const { return error.isEmpty(); }
    };

    // Detects the encoding of `data` (BOM, UTF-8 validity, then uchardet).
    static QString detectEncoding(QByteArrayView data, bool *hadBom = nullptr);

    // Decodes `data`; `forcedEncoding` (any name ICU knows) skips detection.
    static Result toUtf8(QByteArrayView data, const QString &forcedEncoding = QString());

    static bool isValidUtf8(QByteArrayView data);
};
