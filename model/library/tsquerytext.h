// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"

#include <QString>

namespace Reftel
{
// A query's words as PostgreSQL's tsquery input, for CAST(? AS tsquery)
// against the tsv columns TsVectorText fills. Every word the user typed is
// untrusted: it reaches the server only as a bound value, and in that
// value only as quoted lexemes (TsVectorText::quoted()), made of the
// folded words SearchWords finds in it, so tsquery's own operators in the
// input (& | ! <-> : * ' \) are never operators. The cast reads the
// lexemes as they are; to_tsquery() would parse and normalize them again
// by the server's rules, which are not the index's (see TsVectorText).
//
// A term is its words in a row ('air' <-> 'base'); a prefix ('gover':*) on
// its last word, as FTS5's "air ba"* is; AND is &, OR is |, NOT is & !.
// A term with no word the index can hold (none, or too long) is NoMatch, a
// lexeme no tsv has: it finds nothing, as on SQLite.
class TsQueryText final
{
public:
    static inline const QString NoMatch = QStringLiteral("' '");

    static QString fromWords(const SearchQuery::Node &words);
    static QString term(const SearchQuery::Term &term);
    // note: and subject: values: every word, a trailing * a prefix (as
    // SearchSqlBuilder::noteMatch()).
    static QString allOf(const QString &words);
};
}
