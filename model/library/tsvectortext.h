// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Reftel
{
// A text's words (SearchWords) as PostgreSQL's tsvector input, "'word':1,4
// 'other':2": what a server library's tsv columns hold (paragraphs.text,
// cables.subject, annotations.note), stored as is (COPY, or CAST(? AS
// tsvector)), never through to_tsvector(). The server's own parser would
// keep "state.gov" and "c/nf" whole, "U.S." as "u.s", and accents as they
// are; these words are the ones FTS5 indexes on SQLite, so both engines
// find the same paragraphs. TsQueryText writes the query side.
//
// Within PostgreSQL's limits, so that no text is refused: positions past
// MaxPosition count as MaxPosition (as the server does), a word keeps its
// first MaxPositions positions, a word longer than MaxWordBytes is left
// out (FTS5 would index it; nobody searches for it), and once the distinct
// words reach MaxBytes the rest are left out.
class TsVectorText final
{
public:
    static constexpr int MaxPosition = 16383;
    static constexpr int MaxPositions = 256;
    static constexpr qsizetype MaxWordBytes = 2046;
    static constexpr qsizetype MaxBytes = 1000000;

    static QString fromText(const QString &text);
    // A lexeme as tsvector and tsquery input take it: in single quotes,
    // quotes and backslashes doubled.
    static QString quoted(const QString &lexeme);
};
}
