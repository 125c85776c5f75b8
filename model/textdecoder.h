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
class TextDecoder final
{
public:
    enum class Encoding { Utf8, Windows1252, Latin1 };

    struct Result {
        QString text;
        Encoding encoding = Encoding::Utf8;
        bool binary = false; // looks like no text at all: NUL bytes or mostly control bytes
    };

    static Result decode(const QByteArray &bytes);
    // True when the bytes are not text a person wrote.
    static bool looksBinary(QByteArrayView bytes);
    // Text that UTF-8 bytes became when read as Windows-1252 ("â€™" for "’")
    // is turned back; returns the input when there is nothing to repair.
    static QString repairMojibake(const QString &text);
};
}
