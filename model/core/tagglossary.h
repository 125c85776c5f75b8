// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taginfo.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

class QIODevice;

namespace Reftel
{
// The meaning of TAGS codes (subject tags, FIPS 10-4 country codes, organisations...),
// read from a tab-separated glossary: CODE<TAB>KIND<TAB>Meaning, '#' starts a comment.
// Immutable once built, so one instance can be shared by every thread.
class TagGlossary final
{
public:
    // The glossary shipped in the resources (:/glossary/tags.tsv), loaded on first use.
    static const TagGlossary &instance();

    // Reads a glossary from an open or openable device; malformed lines are skipped.
    explicit TagGlossary(QIODevice *tsv);

    // Case-insensitive; surrounding spaces are ignored. An unknown tag keeps its
    // (trimmed) code with Kind::Unknown and an empty meaning: codes are never guessed.
    TagInfo lookup(QStringView code) const;
    qsizetype size() const;
    // Every entry, sorted by kind and then code.
    QList<TagInfo> all() const;

    static QString kindName(TagInfo::Kind kind);

private:
    QHash<QString, TagInfo> m_tags; // keyed by upper-case code
};
}
