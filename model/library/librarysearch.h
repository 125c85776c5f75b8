// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"
#include "snippetmaker.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Reftel
{
class LibraryDatabase;

// Runs a SearchQuery on the library. A hit is one paragraph (named by its
// anchor) or one subject, ranked by FTS5's bm25 (on PostgreSQL by
// ts_rank_cd(), see serverTextStatements()) with subjects weighing
// SubjectWeight times a paragraph (within RankWindow, see there); a query of
// field filters only lists the matching cables, newest first. Both engines
// find the same hits for the same query (tst_searchtable).
//
// Snippets mark the matched words with HighlightStart (U+0002) before and
// HighlightEnd (U+0003) after; control characters never occur in cable text,
// so the marks cannot clash with it. snippetToHtml() turns them into <b>.
class LibrarySearch final
{
public:
    // The marks are SnippetMaker's, which makes the snippets.
    static constexpr char16_t HighlightStart = SnippetMaker::HighlightStart;
    static constexpr char16_t HighlightEnd = SnippetMaker::HighlightEnd;
    static constexpr double SubjectWeight = 2.0;
    // ts_rank_cd()'s normalization on PostgreSQL: 1 divides by 1 + the log
    // of the text's length in words.
    static constexpr int ServerRankNormalization = 1;
    // bm25 ranks the newest RankWindow paragraph hits and as many subject
    // hits (FTS5 walks its index backwards by rowid and stops there): a
    // common word costs about what a word in RankWindow paragraphs costs.
    // The total counts the hits in the windows; Result::totalIsLowerBound
    // says when a window was full.
    static constexpr int RankWindow = 1000;
    // Words of a paragraph hit's snippet.
    static constexpr int SnippetTokens = 24;
    // A search of field filters only counts up to this.
    static constexpr int CountLimit = 10000;

    enum class HitKind
    {
        Paragraph,
        Subject,
        Cable
    };

    struct Hit
    {
        HitKind kind = HitKind::Paragraph;
        QString cableId;
        QString anchor; // 09ASTANA253¶5 for a paragraph hit, empty otherwise
        int paragraphNumber = 0;
        double rank = 0; // bm25 (-ts_rank_cd on a server): lower is better; 0 for filter-only hits
        QString snippet; // with highlight marks; the subject for a subject or cable hit
        QString subject;
        QDateTime created;
        QString origin;
        QString classification;
    };

    struct Result
    {
        QList<Hit> hits;
        qint64 total = 0; // hits in all pages (see RankWindow and CountLimit)
        bool totalIsLowerBound = false; // there are more than total
        QString error; // translated; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    explicit LibrarySearch(LibraryDatabase &library);

    Result search(const SearchQuery &query, int limit = 50, int offset = 0) const;
    Result search(const QString &text, int limit = 50, int offset = 0) const;

    // The names of the user's tags, lower case: a tag: filter naming one of
    // them cannot be answered from the TAGS tokens alone.
    static QStringList userTagNames(LibraryDatabase &library);

    // Escapes the snippet for rich text and makes the marked words bold.
    static QString snippetToHtml(const QString &snippet);

private:
    struct TextStatements;
    struct RankedHit;

    Result searchText(const SearchQuery &query, int limit, int offset) const;
    TextStatements textStatements(const SearchQuery &query) const;
    TextStatements serverTextStatements(const SearchQuery &query) const;
    void readHits(const QList<RankedHit> &page, const SearchQuery &query, Result *result) const;
    Result searchFilters(const SearchQuery &query, int limit, int offset) const;

    LibraryDatabase &m_library;
};
}
