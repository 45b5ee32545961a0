#include "SalesforceId.h"

namespace SalesforceId {

bool looksLikeId(QByteArrayView id)
{
    if (id.size() != 15 && id.size() != 18)
        return false;
    for (char c : id) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

QByteArray to18(QByteArrayView id)
{
    if (!looksLikeId(id))
        return id.toByteArray();
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    QByteArray out = id.first(15).toByteArray();
    // Each 5-character chunk contributes one character: bit i set when char i is upper case.
    for (int chunk = 0; chunk < 3; ++chunk) {
        int flags = 0;
        for (int i = 0; i < 5; ++i) {
            const char c = out.at(chunk * 5 + i);
            if (c >= 'A' && c <= 'Z')
                flags |= 1 << i;
        }
        out.append(alphabet[flags]);
    }
    return out;
}

} // namespace SalesforceId
