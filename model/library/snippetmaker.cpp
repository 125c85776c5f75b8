// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetmaker.h"

#include "searchwords.h"

#include <QSet>

#include <algorithm>

namespace Reftel
{
namespace
{
constexpr QChar Ellipsis(0x2026);
}

SnippetMaker::SnippetMaker(const QList<SearchQuery::Term> &terms)
{
    for (const SearchQuery::Term &term : terms) {
        if (term.negated)
            continue;
        Term made;
        made.prefix = term.prefix;
        for (const Token &token : tokenize(term.text))
            made.words.append(token.folded);
        if (!made.words.isEmpty())
            m_terms.append(made);
    }
}

QString SnippetMaker::fold(QStringView word)
{
    return SearchWords::fold(word);
}

QList<SnippetMaker::Token> SnippetMaker::tokenize(const QString &text)
{
    return SearchWords::of(text);
}

QList<SnippetMaker::Match> SnippetMaker::matches(const QList<Token> &tokens) const
{
    QList<Match> found;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        for (int t = 0; t < m_terms.size(); ++t) {
            const Term &term = m_terms.at(t);
            const qsizetype length = term.words.size();
            if (i + length > tokens.size())
                continue;
            bool match = true;
            for (qsizetype w = 0; match && w < length; ++w) {
                const QString &word = tokens.at(i + w).folded;
                const bool last = w == length - 1;
                match = (last && term.prefix) ? word.startsWith(term.words.at(w)) : word == term.words.at(w);
            }
            if (match)
                found.append(Match { i, i + length - 1, t });
        }
    }
    return found;
}

QString SnippetMaker::mark(const QString &text, const QList<Token> &tokens, const QList<Match> &matches,
    qsizetype firstToken, qsizetype lastToken)
{
    // Callers pass 0 <= firstToken <= lastToken < tokens.size(); matches come
    // in token order, so the spans do too. Matches that overlap become one
    // marked span, as in FTS5.
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const Match &match : matches) {
        const qsizetype first = std::max(match.first, firstToken);
        const qsizetype last = std::min(match.last, lastToken);
        if (first > last)
            continue;
        if (!spans.isEmpty() && first <= spans.last().second)
            spans.last().second = std::max(spans.last().second, last);
        else
            spans.append({ first, last });
    }
    QString out;
    qsizetype at = tokens.at(firstToken).start;
    const qsizetype end = tokens.at(lastToken).end;
    for (const auto &[first, last] : spans) {
        out += QStringView(text).sliced(at, tokens.at(first).start - at);
        out += QChar(HighlightStart);
        out += QStringView(text).sliced(tokens.at(first).start, tokens.at(last).end - tokens.at(first).start);
        out += QChar(HighlightEnd);
        at = tokens.at(last).end;
    }
    out += QStringView(text).sliced(at, end - at);
    return out;
}

QString SnippetMaker::highlight(const QString &text) const
{
    const QList<Token> tokens = tokenize(text);
    if (tokens.isEmpty())
        return text;
    const QList<Match> found = matches(tokens);
    // Whatever lies before the first word and after the last stays as it is.
    return text.first(tokens.constFirst().start) + mark(text, tokens, found, 0, tokens.size() - 1)
        + text.sliced(tokens.constLast().end);
}

QString SnippetMaker::snippet(const QString &text, int tokenCount) const
{
    const QList<Token> tokens = tokenize(text);
    if (tokens.isEmpty())
        return text.trimmed();
    const QList<Match> found = matches(tokens);
    const qsizetype window = std::max(1, tokenCount);
    qsizetype bestStart = 0;
    if (!found.isEmpty() && tokens.size() > window) {
        // Each match is a candidate: the window starts a quarter before it.
        int bestTerms = -1;
        int bestHits = -1;
        for (const Match &candidate : found) {
            const qsizetype start = std::clamp<qsizetype>(candidate.first - window / 4, 0, tokens.size() - window);
            QSet<int> terms;
            int hits = 0;
            for (const Match &match : found) {
                if (match.first >= start && match.last < start + window) {
                    terms.insert(match.term);
                    ++hits;
                }
            }
            if (int(terms.size()) > bestTerms || (int(terms.size()) == bestTerms && hits > bestHits)) {
                bestTerms = int(terms.size());
                bestHits = hits;
                bestStart = start;
            }
        }
    }
    // bestStart is 0, or clamped to [0, tokens.size() - window]: last >= bestStart.
    const qsizetype last = std::min(tokens.size(), bestStart + window) - 1;
    QString out = mark(text, tokens, found, bestStart, last);
    // A window at either end keeps what lies beyond the word there (the
    // final full stop); elsewhere "…" says that text is left out.
    if (bestStart > 0)
        out.prepend(Ellipsis);
    else
        out.prepend(QStringView(text).first(tokens.constFirst().start).trimmed());
    if (last < tokens.size() - 1)
        out.append(Ellipsis);
    else
        out.append(QStringView(text).sliced(tokens.constLast().end).trimmed());
    return out;
}

int SnippetMaker::termsIn(const QString &text) const
{
    QSet<int> terms;
    for (const Match &match : matches(tokenize(text)))
        terms.insert(match.term);
    return int(terms.size());
}

qsizetype SnippetMaker::best(const QStringList &texts) const
{
    qsizetype best = -1;
    int bestTerms = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const int terms = termsIn(texts.at(i));
        if (terms > bestTerms) {
            bestTerms = terms;
            best = i;
        }
    }
    return best;
}
}
