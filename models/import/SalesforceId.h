#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Salesforce record Ids come as 15 case-sensitive characters or as 18 with a
// case-folding checksum. Both name the same record; the cache keeps the 18-char form.
namespace SalesforceId {
bool looksLikeId(QByteArrayView id);
// The 18-character form of a 15- or 18-character Id; other input is returned unchanged.
QByteArray to18(QByteArrayView id);
} // namespace SalesforceId
