// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Reftel
{
// Turns the bytes of a saved cable into text. Files come as UTF-8, Latin-1 or
// Windows-1252 with no declaration we can trust, so the encoding is guessed
// from the bytes: valid UTF-8 wins, otherwise Windows-1252 (a superset of the
// printable Latin-1 range, which is what Latin-1 files really contain).
// A byte-order mark of UTF-16 (as Windows' Notepad saves "Unicode") is
// believed. NUL bytes are no text: at the start they make a file binary,
// later (a damaged copy) they are taken out and counted.
class TextDecoder final
{
public:
    enum class Encoding
    {
        Utf8,
        Windows1252,
        Latin1,
        Utf16
    };

    struct Result
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        bool binary = false; // looks like no text at all: NUL bytes or mostly control bytes
        qsizetype nulsRemoved = 0; // NUL bytes past the start, taken out of the text
    };

    static Result decode(const QByteArray &bytes);
    // True when the bytes are not text a person wrote.
    static bool looksBinary(QByteArrayView bytes);
    // Text that UTF-8 bytes became when read as Windows-1252 ("â€™" for "’")
    // is turned back; returns the input when there is nothing to repair.
    static QString repairMojibake(const QString &text);

private:
    static Result decodeText(const QByteArray &bytes);
};
}
