#include "TextDecoder.h"

#include <QCoreApplication>
#include <memory>
#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;

namespace {

struct Bom
{
    QByteArrayView bytes;
    QLatin1StringView encoding;
};

// UTF-32LE before UTF-16LE: FF FE 00 00 also starts with the UTF-16LE BOM.
const Bom Boms[] = {
    { QByteArrayView("\xFF\xFE\x00\x00", 4), "UTF-32LE"_L1 },
    { QByteArrayView("\x00\x00\xFE\xFF", 4), "UTF-32BE"_L1 },
    { QByteArrayView("\xEF\xBB\xBF", 3), "UTF-8"_L1 },
    { QByteArrayView("\xFF\xFE", 2), "UTF-16LE"_L1 },
    { QByteArrayView("\xFE\xFF", 2), "UTF-16BE"_L1 },
};

const Bom *findBom(QByteArrayView data)
{
    for (const Bom &bom : Boms) {
        if (data.startsWith(bom.bytes))
            return &bom;
    }
    return nullptr;
}

// uchardet is reliable well before this; more only costs time on large exports.
constexpr qsizetype DetectionSampleSize = 512 * 1024;
// Enough units to see the NUL pattern of UTF-16/32 text without a BOM.
constexpr qsizetype NulPatternSampleSize = 1024;

// Mostly-ASCII UTF-16/UTF-32 without a BOM shows NUL bytes at fixed positions of each unit.
// Returns the encoding that pattern implies, or an empty string.
QString guessFromNulPattern(QByteArrayView data)
{
    const QByteArrayView sample = data.first(qMin(data.size(), NulPatternSampleSize));

    qsizetype zerosAt[4] = {};
    const qsizetype units32 = sample.size() / 4;
    for (qsizetype i = 0; i < units32 * 4; ++i) {
        if (sample[i] == 0)
            ++zerosAt[i % 4];
    }
    // "Mostly" = at least 80% of units; the other positions at most 10%.
    const auto most = [](qsizetype count, qsizetype units) {
        return count * 10 >= units * 8;
    };
    const auto few = [](qsizetype count, qsizetype units) {
        return count * 10 <= units;
    };
    if (units32 >= 2) {
        if (few(zerosAt[0], units32) && most(zerosAt[1], units32) && most(zerosAt[2], units32)
            && most(zerosAt[3], units32))
            return u"UTF-32LE"_s;
        if (most(zerosAt[0], units32) && most(zerosAt[1], units32) && most(zerosAt[2], units32)
            && few(zerosAt[3], units32))
            return u"UTF-32BE"_s;
    }

    const qsizetype units16 = sample.size() / 2;
    if (units16 < 2)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < units16 * 2; i += 2) {
        evenZeros += sample[i] == 0;
        oddZeros += sample[i + 1] == 0;
    }
    if (most(oddZeros, units16) && few(evenZeros, units16))
        return u"UTF-16LE"_s;
    if (most(evenZeros, units16) && few(oddZeros, units16))
        return u"UTF-16BE"_s;
    return {};
}

// uchardet says "UTF-16"/"UTF-32" without a byte order; more NULs in the high byte
// position decide it, little-endian (Windows) when in doubt.
QString withByteOrder(QByteArrayView data, int unitSize)
{
    const QByteArrayView sample = data.first(qMin(data.size(), NulPatternSampleSize));
    qsizetype leHints = 0;
    qsizetype beHints = 0;
    for (qsizetype i = 0; i + unitSize <= sample.size(); i += unitSize) {
        leHints += sample[i + unitSize - 1] == 0;
        beHints += sample[i] == 0;
    }
    const QString base = unitSize == 2 ? u"UTF-16"_s : u"UTF-32"_s;
    return base + (beHints > leHints ? "BE"_L1 : "LE"_L1);
}

bool icuKnows(const QString &name)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(name.toLatin1().constData(), &status);
    if (converter)
        ucnv_close(converter);
    return U_SUCCESS(status);
}

// Maps a detector or user spelling to the encoding actually used for decoding.
QString canonicalName(const QString &name, QByteArrayView data)
{
    const QString upper = name.toUpper();
    // Supersets: GB18030 decodes all of GB2312 and GBK; Windows-1252 all printable Latin-1.
    if (upper == "GB2312"_L1 || upper == "GBK"_L1 || upper == "GB18030"_L1 || upper == "CP936"_L1
        || upper == "EUC-CN"_L1)
        return u"GB18030"_s;
    if (upper.isEmpty() || upper == "ASCII"_L1 || upper == "US-ASCII"_L1 || upper == "ISO-8859-1"_L1
        || upper == "ISO-8859-15"_L1 || upper == "WINDOWS-1252"_L1 || upper == "CP1252"_L1)
        return u"windows-1252"_s;
    if (upper == "UTF-8"_L1 || upper == "UTF8"_L1)
        return u"UTF-8"_s;
    if (upper == "UTF-16"_L1)
        return withByteOrder(data, 2);
    if (upper == "UTF-32"_L1)
        return withByteOrder(data, 4);
    return name;
}

QString detectWithUchardet(QByteArrayView data)
{
    const QByteArrayView sample = data.first(qMin(data.size(), DetectionSampleSize));
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                                            uchardet_delete);
    QString name;
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) == 0) {
        uchardet_data_end(detector.get());
        name = QString::fromLatin1(uchardet_get_charset(detector.get()));
    }
    name = canonicalName(name, data);
    // On short Western text uchardet sometimes names a DOS or Mac code page (IBM852,
    // MAC-CENTRALEUROPE). CRMs and spreadsheets do not write those; Windows code pages,
    // ISO 8859 and the East Asian encodings are what real exports use.
    static const QStringList plausiblePrefixes
        = { u"UTF-"_s,      u"WINDOWS-"_s, u"ISO-8859-"_s, u"GB18030"_s,   u"BIG5"_s,
            u"SHIFT_JIS"_s, u"EUC-"_s,     u"KOI8-"_s,     u"ISO-2022-"_s, u"TIS-620"_s };
    bool plausible = false;
    for (const QString &prefix : plausiblePrefixes)
        plausible = plausible || name.startsWith(prefix, Qt::CaseInsensitive);
    // Anything else, or anything ICU cannot decode, is most likely single-byte Latin.
    return plausible && icuKnows(name) ? name : u"windows-1252"_s;
}

using ConverterPtr = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

// Streams through ICU with a pivot buffer, so input size is not limited to int32.
QByteArray convertToUtf8(QByteArrayView data, const QString &encoding, QString *error)
{
    if (data.isEmpty())
        return QByteArray("");

    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr from(ucnv_open(encoding.toLatin1().constData(), &status), ucnv_close);
    if (U_FAILURE(status)) {
        *error = QCoreApplication::translate("TextDecoder", "Unknown text encoding: %1").arg(encoding);
        return {};
    }
    status = U_ZERO_ERROR;
    ConverterPtr to(ucnv_open("UTF-8", &status), ucnv_close);
    if (U_FAILURE(status)) {
        *error = QCoreApplication::translate("TextDecoder", "The UTF-8 converter is not available.");
        return {};
    }

    QByteArray out;
    out.resize(data.size() + data.size() / 2 + 16);
    UChar pivot[4096];
    UChar *pivotSource = pivot;
    UChar *pivotTarget = pivot;
    const char *source = data.data();
    const char *const sourceLimit = source + data.size();
    char *target = out.data();
    bool reset = true;
    for (;;) {
        status = U_ZERO_ERROR;
        ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source, sourceLimit, pivot,
                       &pivotSource, &pivotTarget, pivot + std::size(pivot), reset, true, &status);
        reset = false;
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        const qsizetype written = target - out.data();
        out.resize(out.size() * 2);
        target = out.data() + written;
    }
    if (U_FAILURE(status)) {
        *error = QCoreApplication::translate("TextDecoder", "The text could not be decoded as %1: %2")
                     .arg(encoding, QString::fromLatin1(u_errorName(status)));
        return {};
    }
    out.resize(target - out.data());
    return out;
}

// Valid UTF-8 is copied as is; invalid sequences become U+FFFD.
QByteArray cleanUtf8(QByteArrayView data)
{
    if (data.isValidUtf8())
        return data.toByteArray();
    return QString::fromUtf8(data).toUtf8();
}

} // namespace

bool TextDecoder::isValidUtf8(QByteArrayView data)
{
    return data.isValidUtf8();
}

QString TextDecoder::detectEncoding(QByteArrayView data, bool *hadBom)
{
    const Bom *bom = findBom(data);
    if (hadBom)
        *hadBom = bom != nullptr;
    if (bom) {
        // Some writers put the two-byte FE FF mark before UTF-32 text (Salesforce Data
        // Loader's own test files do); the NUL pattern after it tells.
        if (bom->encoding.startsWith("UTF-16"_L1)) {
            const QString wider = guessFromNulPattern(data.sliced(bom->bytes.size()));
            if (wider.startsWith("UTF-32"_L1))
                return wider;
        }
        return bom->encoding;
    }
    if (data.isEmpty())
        return u"UTF-8"_s;
    // Before the UTF-8 check: NUL-padded ASCII is valid UTF-8 too.
    if (QString unicode = guessFromNulPattern(data); !unicode.isEmpty())
        return unicode;
    if (data.isValidUtf8())
        return u"UTF-8"_s;
    return detectWithUchardet(data);
}

TextDecoder::Result TextDecoder::toUtf8(QByteArrayView data, const QString &forcedEncoding)
{
    Result result;
    if (forcedEncoding.isEmpty()) {
        result.encoding = detectEncoding(data, &result.hadBom);
        if (const Bom *bom = findBom(data))
            data = data.sliced(bom->bytes.size());
    } else {
        result.encoding = canonicalName(forcedEncoding, data);
    }

    if (result.encoding == "UTF-8"_L1) {
        if (!forcedEncoding.isEmpty() && data.startsWith("\xEF\xBB\xBF")) {
            data = data.sliced(3);
            result.hadBom = true;
        }
        result.utf8 = cleanUtf8(data);
        return result;
    }

    result.utf8 = convertToUtf8(data, result.encoding, &result.error);
    // A forced Unicode encoding decodes its BOM into U+FEFF, which is not part of the text.
    if (!forcedEncoding.isEmpty() && result.utf8.startsWith("\xEF\xBB\xBF")) {
        result.utf8.remove(0, 3);
        result.hadBom = true;
    }
    return result;
}
