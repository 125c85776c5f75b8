// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Reftel
{
// The search box's language, parsed into an FTS5 MATCH expression and SQL
// conditions with bound values. Nothing the user types is ever put into SQL
// text, and every word reaches FTS5 as a quoted string, so FTS5's own syntax
// characters in the input are plain characters.
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
    bool isEmpty() const { return m_match.isEmpty() && m_filters.isEmpty() && !m_from.isValid() && !m_to.isValid(); }

    // The FTS5 expression; empty when the query has field filters only.
    QString ftsMatch() const { return m_match; }
    // A word or phrase of the query, as typed (without quotes or *).
    struct Term
    {
        QString text;
        bool prefix = false;
        bool negated = false; // under NOT: never in a hit
        bool operator==(const Term &) const = default;
    };
    QList<Term> terms() const { return m_terms; }
    // How many words and phrases the FTS5 expression has, NOT ones included.
    int phraseCount() const;
    QList<Filter> filters() const { return m_filters; }
    QDate from() const { return m_from; } // first day included, invalid when open
    QDate to() const { return m_to; } // last day included, invalid when open

    // The filters as SQL conditions on the cables table under the alias
    // "c", joined with AND ("1" when there are none); their values are
    // appended to *values in the order of the placeholders.
    // userTagNames (lower case), when given, are the user's tags: a tag:
    // value that is none of them is looked up among the TAGS codes only,
    // which lets SQLite use one index instead of two.
    QString sqlConditions(QVariantList *values, const QStringList *userTagNames = nullptr) const;
    // One filter's condition, and the period's ("" when open).
    static QString sqlCondition(const Filter &filter, QVariantList *values, const QStringList *userTagNames = nullptr);
    QString sqlDateConditions(QVariantList *values) const;

    // The same as FTS5 terms on the paragraph index's tokens column (see
    // CableRowCodec::searchTokens()), without the negation; empty for a filter
    // that has no tokens (ref:).
    static QString tokenMatch(const Filter &filter);

    // The query as the full-text indexes take it: its words on each index's
    // own column, ANDed (or NOTed) with the field filters the indexes hold as
    // tokens; the filters they cannot hold (ref:, a tag that is one of the
    // user's tags, the annotation filters) as SQL conditions on the hit's
    // cable "c". userTagNames in lower case.
    struct IndexMatch
    {
        QString paragraphs; // for paragraphs_fts
        QString subjects; // for subjects_fts
        QStringList sqlConditions;
        QVariantList sqlValues;
    };
    IndexMatch indexMatch(const QStringList &userTagNames) const;
    // The period as year, month and day tokens; empty when open at both ends.
    QString dateTokenMatch() const;

    // note: words as an FTS5 expression on annotations_fts.
    static QString noteMatch(const QString &words);

    // Escapes % _ and \ for LIKE ... ESCAPE '\'.
    static QString escapeLike(const QString &text);

private:
    QString m_match;
    QList<Term> m_terms;
    QList<Filter> m_filters;
    QDate m_from;
    QDate m_to;
    QString m_error;

    friend class SearchQueryParser;
};
}
