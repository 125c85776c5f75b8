// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QStringDecoder>

#include <array>
#include <cstring>

namespace Reftel
{
namespace
{
// Windows-1252 differs from Latin-1 only in 0x80-0x9F; 0 marks undefined bytes,
// which are kept as the Latin-1 control character.
constexpr std::array<char16_t, 32> Cp1252High = {
    0x20AC,
    0,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0,
    0x017D,
    0,
    0,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0,
    0x017E,
    0x0178,
};

QString decodeCp1252(QByteArrayView bytes, bool *usedHigh)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    bool high = false;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        // b - 0x80 is 0..31 here, the table's range.
        if (b >= 0x80 && b < 0xA0 && Cp1252High[b - 0x80] != 0) {
            *dst++ = QChar(Cp1252High[b - 0x80]);
            high = true;
        } else {
            *dst++ = QChar(char16_t(b));
        }
    }
    if (usedHigh)
        *usedHigh = high;
    return out;
}

int cp1252Byte(char16_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return c;
    for (int i = 0; i < 32; ++i) {
        if (Cp1252High[i] == c && c != 0)
            return 0x80 + i;
    }
    if (c >= 0x80 && c < 0xA0)
        return c;
    return -1;
}
}

namespace
{
bool hasUtf16Mark(QByteArrayView bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}
}

bool TextDecoder::looksBinary(QByteArrayView bytes)
{
    if (hasUtf16Mark(bytes))
        return false;
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 4096);
    if (probe == 0)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    if (std::memchr(p, 0, size_t(probe)))
        return true;
    // Control characters: a kilobyte tells text from data.
    const qsizetype sample = std::min<qsizetype>(probe, 1024);
    qsizetype control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const unsigned char b = p[i];
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
            ++control;
    }
    return control * 20 > sample;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result result = decodeText(bytes);
    if (!result.binary && result.text.contains(QChar(0))) {
        const qsizetype before = result.text.size();
        result.text.remove(QChar(0));
        result.nulsRemoved = before - result.text.size();
    }
    return result;
}

TextDecoder::Result TextDecoder::decodeText(const QByteArray &bytes)
{
    Result result;
    if (hasUtf16Mark(bytes)) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
            QStringDecoder::Flag::Stateless);
        result.text = utf16.decode(QByteArrayView(bytes).sliced(2));
        result.encoding = Encoding::Utf16;
        return result;
    }
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    result.binary = looksBinary(view);

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(view);
    if (!utf8.hasError()) {
        result.encoding = Encoding::Utf8;
        // Double-encoded text holds "Ã", "Â" or "â" (C3 83, C3 82, C3 A2);
        // memchr over the bytes rules that out far faster than a look at the text.
        bool maybeMojibake = false;
        const char *p = view.data();
        const char *end = p + view.size();
        // p < end first: an empty field's data() is null, and memchr() wants a real pointer.
        while (!maybeMojibake && p < end
            && (p = static_cast<const char *>(std::memchr(p, 0xC3, size_t(end - p)))) != nullptr) {
            if (p + 1 < end) {
                const auto next = static_cast<unsigned char>(p[1]);
                maybeMojibake = next == 0x82 || next == 0x83 || next == 0xA2;
            }
            ++p;
        }
        result.text = maybeMojibake ? repairMojibake(text) : text;
        return result;
    }
    bool usedHigh = false;
    result.text = decodeCp1252(view, &usedHigh);
    result.encoding = usedHigh ? Encoding::Windows1252 : Encoding::Latin1;
    return result;
}

QString TextDecoder::repairMojibake(const QString &text)
{
    // Double-encoded UTF-8 always starts with Ã or â followed by a character
    // from the Windows-1252 high range; clean text almost never has that pair.
    bool suspicious = false;
    const QChar *d = text.constData();
    const qsizetype n = text.size();
    for (const char16_t lead : { char16_t(0xC3), char16_t(0xC2), char16_t(0xE2) }) {
        // Vectorised character search, then a look at the next character
        // (the loop runs only while i + 1 < n).
        for (qsizetype i = text.indexOf(QChar(lead)); i >= 0 && i + 1 < n && !suspicious;
            i = text.indexOf(QChar(lead), i + 1))
            suspicious = d[i + 1].unicode() >= 0x80 && cp1252Byte(d[i + 1].unicode()) >= 0x80;
        if (suspicious)
            break;
    }
    if (!suspicious)
        return text;

    // Repair run by run: a run of characters that all map back to single
    // bytes and decode as valid multi-byte UTF-8 is replaced by that decoding.
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        int lead = cp1252Byte(c);
        int need = 0;
        if (lead >= 0xC2 && lead <= 0xDF)
            need = 1;
        else if (lead >= 0xE0 && lead <= 0xEF)
            need = 2;
        else if (lead >= 0xF0 && lead <= 0xF4)
            need = 3;
        if (need > 0 && i + need < text.size()) { // the need characters after i exist
            QByteArray seq;
            seq.append(char(lead));
            bool ok = true;
            for (int k = 1; k <= need; ++k) {
                if (i + k >= text.size()) {
                    ok = false;
                    break;
                }
                const int b = cp1252Byte(text.at(i + k).unicode());
                if (b < 0x80 || b > 0xBF) {
                    ok = false;
                    break;
                }
                seq.append(char(b));
            }
            if (ok) {
                QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                const QString decoded = dec.decode(seq);
                if (!dec.hasError() && decoded.size() >= 1) {
                    out += decoded;
                    i += need + 1;
                    continue;
                }
            }
        }
        out += text.at(i);
        ++i;
    }
    return out;
}
}
