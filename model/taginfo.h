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
        Unknown
    };

    QString code;
    QString meaning; // empty when unknown
    Kind kind = Kind::Unknown;

    bool known() const { return kind != Kind::Unknown; }
};
}
