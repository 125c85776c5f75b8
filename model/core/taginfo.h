// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Reftel
{
// One tag of a cable's TAGS line with its meaning from the glossary.
struct TagInfo
{
    enum class Kind
    {
        Subject,
        Country,
        Organization,
        Person,
        Program,
        Phrase, // words used as a tag: "HUMAN RIGHTS", "COUNTER TERRORISM"
        Unknown
    };

    QString code; // PGOV, KZ, or for a person or phrase its words in capitals
    QString meaning; // empty when unknown
    Kind kind = Kind::Unknown;
    // What the TAGS line wrote, when it differs from the code: "pgov",
    // "PGOVV" (read as PGOV), "PHUMKZ" (read as PHUM and KZ).
    QString written;

    bool known() const { return kind != Kind::Unknown; }
};
}
