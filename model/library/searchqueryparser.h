// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Reftel
{
// The search box's language read into a SearchQuery (see searchquery.h for
// the language): words, phrases and operators into the tree of words,
// field filters and the period into the query's filters. A query it cannot
// read gets an error that says why. Recursive descent, one call level per
// parenthesis, bounded by SearchQuery::MaxNesting.
class SearchQueryParser final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::SearchQueryParser)
public:
    explicit SearchQueryParser(SearchQuery *query);

    void tokenize(const QString &text);
    void parse();

private:
    struct Token
    {
        enum class Kind
        {
            Word,
            Phrase,
            Field,
            And,
            Or,
            Not,
            Open,
            Close
        };
        Kind kind = Kind::Word;
        QString text; // the word, the phrase, or the field's value
        QString field; // lower case, for Kind::Field
        bool prefix = false; // word* or "phrase"*
        bool negated = false; // -word, -field:value
    };

    bool readWord(const QString &text, qsizetype &i, Token token);
    bool atEnd() const { return m_pos >= m_tokens.size(); }
    // Every caller asks atEnd() first.
    Token::Kind peek() const { return m_tokens.at(m_pos).kind; }
    void fail(const QString &error);
    std::optional<SearchQuery::Node> parseOr();
    std::optional<SearchQuery::Node> parseAnd(bool *onlyExcluded);
    std::optional<SearchQuery::Node> parsePrimary(bool &negated);
    std::optional<SearchQuery::Node> parseGroup(bool negated);
    static std::optional<SearchQuery::Node> combined(
        SearchQuery::Node::Kind kind, std::vector<SearchQuery::Node> operands);
    void addFilter(const QString &field, const QString &rawValue, bool negated);
    void addPeriodEnd(const QString &field, const QString &value, bool negated);
    bool normalize(const QString &field, const QString &value, SearchQuery::Field *kind, QString *normalized);

    SearchQuery *m_query;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_negatedGroups = 0; // how many negated groups the parser is inside
    int m_depth = 0; // how many groups the parser is inside
};
}
