// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The search box: SearchQuery::parse on anything typed (or pasted), the SQL,
// FTS5 and tsquery text made from it, and SnippetMaker marking its words in a text.
// The input is "query\ntext". Every value reaches SQL as a bound parameter,
// so each condition has exactly one placeholder per value.
#include "fuzzchecks.h"
#include "librarysearch.h"
#include "pgsearchsqlbuilder.h"
#include "searchquery.h"
#include "searchsqlbuilder.h"
#include "snippetmaker.h"
#include "tsquerytext.h"
#include "tsvectortext.h"

namespace
{
qsizetype placeholders(const QString &sql)
{
    return sql.count(u'?');
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = FuzzChecks::text(data, size);
    const qsizetype newline = input.indexOf(u'\n');
    const QString typed = newline < 0 ? input : input.first(newline);
    const QString text = newline < 0 ? QString() : input.sliced(newline + 1);

    const Reftel::SearchQuery query = Reftel::SearchQuery::parse(typed);
    if (!query.isValid()) {
        FUZZ_CHECK(!query.errorString().isEmpty());
        return 0;
    }
    QVariantList values;
    FUZZ_CHECK(placeholders(Reftel::SearchSqlBuilder(query).conditions(&values)) == values.size());
    const QStringList userTags { QStringLiteral("russia/military"), QStringLiteral("pgov") };
    values.clear();
    FUZZ_CHECK(placeholders(Reftel::SearchSqlBuilder(query).conditions(&values, &userTags)) == values.size());
    const Reftel::SearchSqlBuilder::IndexMatch match = Reftel::SearchSqlBuilder(query).indexMatch(userTags);
    FUZZ_CHECK(placeholders(match.sqlConditions.join(u' ')) == match.sqlValues.size());
    Reftel::SearchSqlBuilder(query).dateTokenMatch();
    query.phraseCount();
    Reftel::SearchSqlBuilder::noteMatch(typed);
    Reftel::SearchSqlBuilder::escapeLike(typed);

    // The PostgreSQL rendering: bound values only, and a tsquery with as
    // many quoted lexemes as it has quote pairs (no user text outside them).
    values.clear();
    FUZZ_CHECK(placeholders(Reftel::PgSearchSqlBuilder(query).conditions(&values, &userTags)) == values.size());
    const QString tsquery = Reftel::PgSearchSqlBuilder(query).tsquery();
    FUZZ_CHECK(tsquery.count(u'\'') % 2 == 0);
    Reftel::TsQueryText::allOf(typed);
    Reftel::TsVectorText::fromText(text);

    const Reftel::SnippetMaker snippets(query.terms());
    const QString marked = snippets.highlight(text);
    snippets.snippet(text, 12);
    snippets.termsIn(text);
    // Marking adds markers and nothing else (cable text holds no control characters).
    if (!text.contains(Reftel::LibrarySearch::HighlightStart) && !text.contains(Reftel::LibrarySearch::HighlightEnd)) {
        QString unmarked = marked;
        unmarked.remove(Reftel::LibrarySearch::HighlightStart).remove(Reftel::LibrarySearch::HighlightEnd);
        FUZZ_CHECK(unmarked == text);
    }
    return 0;
}
