// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"
#include "searchwords.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Reftel
{
// Marks a search's words in a text, as FTS5's highlight() and snippet() do
// and with the same markers (HighlightStart/End, "…" where text is left
// out), but from the query's own words. FTS5 would look the
// hit up in the index again for each snippet, and for a prefix such as
// gover* that means merging the entries of every word it stands for (2 ms a
// hit on the release, 40 ms a page).
//
// Words are compared as the index compares them (SearchWords: unicode61
// with remove_diacritics 2): runs of letters and digits, case and accents
// ignored. A phrase marks its words where they follow each other; a prefix
// marks the words it starts; NOT words are never marked.
class SnippetMaker final
{
public:
    // Control characters never occur in cable text, so the marks cannot
    // clash with it. LibrarySearch hands them on under the same names.
    static constexpr char16_t HighlightStart = u'\x02';
    static constexpr char16_t HighlightEnd = u'\x03';

    explicit SnippetMaker(const QList<SearchQuery::Term> &terms);

    bool isEmpty() const { return m_terms.isEmpty(); }

    // The whole text with every match marked.
    QString highlight(const QString &text) const;
    // At most `tokens` words of the text around the most matches (the most
    // different terms first), marked, with "…" where it is cut.
    QString snippet(const QString &text, int tokens) const;
    // How many different terms the text holds.
    int termsIn(const QString &text) const;
    // The text holding the most different terms (the first of equals), -1
    // when none holds any: the paragraph a hit shows and opens at.
    qsizetype best(const QStringList &texts) const;

    // The index's form of a word: case folded, accents removed.
    static QString fold(QStringView word);

private:
    using Token = SearchWords::Word;
    struct Match
    {
        qsizetype first = 0; // token indexes, inclusive
        qsizetype last = 0;
        int term = 0;
    };
    struct Term
    {
        QStringList words; // folded
        bool prefix = false;
    };

    static QList<Token> tokenize(const QString &text);
    QList<Match> matches(const QList<Token> &tokens) const;
    static QString mark(const QString &text, const QList<Token> &tokens, const QList<Match> &matches,
        qsizetype firstToken, qsizetype lastToken);

    QList<Term> m_terms;
};
}
