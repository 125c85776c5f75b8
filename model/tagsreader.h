// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taginfo.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace Reftel
{
// The TAGS line: subject tags, country codes, organisations, programs,
// persons, each looked up in the glossary and kept with what was written.
class TagsReader final
{
public:
    struct Result
    {
        QList<TagInfo> tags; // in the order written, each once
        QList<TagInfo> countries() const;
        QList<TagInfo> others() const; // everything that is not a country
    };

    // text: everything after the keyword, joined across its lines.
    static Result read(QStringView text);
    // Whether a tag goes with the countries (a country code, or an unknown two-letter code).
    static bool isCountry(const TagInfo &tag);
};
}
