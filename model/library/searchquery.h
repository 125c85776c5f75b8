// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace Reftel
{
// The search box's language, parsed (SearchQueryParser) into a value: the
// words as a tree (words()), the field filters and the period. Each engine
// renders them in its own dialect: SearchSqlBuilder as FTS5 expressions and
// SQLite conditions, PgSearchSqlBuilder as tsquery text (TsQueryText) and
// PostgreSQL conditions. Nothing the user types is ever put into SQL text,
// and every word reaches the index as a quoted string, so the engines' own
// syntax characters in the input are plain characters.
//
//   manas                 a word (case and accents do not matter)
//   "air base"            a phrase
//   manas*                a prefix
//   a b, a AND b          both (in the same paragraph, or both in the subject)
//   a OR b                either
//   a NOT b, a -b         a without b
//   ( ... )               grouping
//   origin:astana         the post is ASTANA or the origin has the word Astana
//   tag:PGOV              a TAGS code of the cable, or a tag the user gave it;
//                         tag:P* any code (or user tag) starting with P
//   subject:manas         the subject line has the word(s); subject:"air base"
//   class:secret          classification SECRET or SECRET//...; class:noforn
//                         matches the caveat; c, s, u abbreviate the levels
//   from:2009 to:2009-06  created within the period (YYYY, YYYY-MM or YYYY-MM-DD,
//                         both ends included)
//   ref:09ASTANA713       the cables citing that cable
//   annotated:            the cables with at least one of the user's
//                         annotations (annotated:yes; annotated:no for none)
//   tagged:Russia/Military  the cables with an annotation or a cable tag of
//                         the user's with that tag or one of its sub-tags
//                         (by path, or by the tag's own name)
//   note:word             the cables with an annotation whose note has the
//                         word; note:"air base" needs every word
// Operators are upper case (lower-case "and" is a word). A field filter
// applies to the whole query wherever it stands; the same field given twice
// means either value ("origin:astana origin:bishkek"); -tag:X excludes.
// What the language does not have (NEAR(…), an unknown field:, OR NOT, a
// group nested more than MaxNesting deep) is an error that says so, never
// a search that silently finds nothing.
class SearchQuery final
{
public:
    enum class Field
    {
        Origin,
        Tag,
        Classification,
        Reference,
        Id, // a cable's id as the library holds it: SQL only
        Annotated, // the user's annotations: SQL only, no tokens
        Tagged,
        Note,
        Subject, // words of the subject line: SQL on the subject index
    };

    // Parentheses inside each other, at most (the parser recurses at each).
    static constexpr int MaxNesting = 100;

    struct Filter
    {
        Field field = Field::Origin;
        QStringList values; // any of them
        bool negated = false;
        bool operator==(const Filter &) const = default;
    };

    static SearchQuery parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; } // translated
    bool isEmpty() const { return !m_words && m_filters.isEmpty() && !m_from.isValid() && !m_to.isValid(); }

    // A word or phrase of the query, as typed (without quotes or *).
    struct Term
    {
        QString text;
        bool prefix = false;
        bool negated = false; // under NOT: never in a hit
        bool operator==(const Term &) const = default;
    };
    // The words and operators as a tree. Field filters are not in it: a
    // filter applies to the whole query wherever it stands (filters()).
    // NOT is one node over a chain ("a -b -c": a, then b and c), so that a
    // long chain of exclusions is a wide node, not a deep one: the depth of
    // the tree is bounded by the parentheses (MaxNesting).
    struct Node
    {
        enum class Kind
        {
            Term,
            And,
            Or,
            Not
        };
        Kind kind = Kind::Term;
        Term term; // Kind::Term
        // And, Or: two or more; Not: what is looked for, then one or more
        // things it must not hold.
        std::vector<Node> operands;
        bool operator==(const Node &) const = default;
    };
    // Whether the query has words (or only field filters and a period).
    bool hasWords() const { return m_words.has_value(); }
    // The tree; an empty Term when hasWords() is false.
    const Node &words() const;

    // The words as FTS5's expression (SearchSqlBuilder::ftsExpression()),
    // empty when the query has field filters only.
    QString ftsMatch() const;
    QList<Term> terms() const { return m_terms; }
    // How many words and phrases the query has, NOT ones included.
    int phraseCount() const;
    QList<Filter> filters() const { return m_filters; }
    QDate from() const { return m_from; } // first day included, invalid when open
    QDate to() const { return m_to; } // last day included, invalid when open

    // Whether the text has a letter or digit: a word to look for.
    static bool hasWordCharacter(const QString &text);
    // The text as one FTS5 string (quotes doubled), with * for a prefix.
    static QString quoted(const QString &text, bool prefix);
    // How many Term nodes the tree has.
    static int termCount(const Node &node);

private:
    std::optional<Node> m_words;
    QList<Term> m_terms;
    QList<Filter> m_filters;
    QDate m_from;
    QDate m_to;
    QString m_error;

    friend class SearchQueryParser;
};
}
