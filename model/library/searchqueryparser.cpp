// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchqueryparser.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
bool isKnownField(const QString &field)
{
    static const QStringList fields { u"origin"_s, u"tag"_s, u"class"_s, u"classification"_s, u"from"_s, u"to"_s,
        u"ref"_s, u"id"_s, u"annotated"_s, u"tagged"_s, u"note"_s, u"subject"_s };
    return fields.contains(field);
}

// "word:" with letters only before the colon reads as a filter the user
// meant; "10:30" or "u.s.:" do not.
bool looksLikeField(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

// The years a date filter may name: cables are from the 1960s on; a year
// far outside is a typing error, not a period.
constexpr int FirstYear = 1900;
constexpr int LastYear = 2100;

// A date or the first/last day of a year or month.
QDate readDate(const QString &text, bool end)
{
    const QStringList parts = text.split(u'-');
    bool ok = true;
    const int year = parts.value(0).toInt(&ok);
    if (!ok || parts.value(0).size() != 4 || parts.size() > 3 || year < FirstYear || year > LastYear)
        return {};
    if (parts.size() == 1)
        return end ? QDate(year, 12, 31) : QDate(year, 1, 1);
    const int month = parts.value(1).toInt(&ok);
    if (!ok || month < 1 || month > 12)
        return {};
    if (parts.size() == 2) {
        const QDate first(year, month, 1);
        return end ? first.addMonths(1).addDays(-1) : first;
    }
    const int day = parts.value(2).toInt(&ok);
    return ok ? QDate(year, month, day) : QDate();
}

QString classificationValue(const QString &value)
{
    const QString upper = value.toUpper();
    if (upper == "U"_L1 || upper == "UNCLAS"_L1)
        return u"UNCLASSIFIED"_s;
    if (upper == "C"_L1)
        return u"CONFIDENTIAL"_s;
    if (upper == "S"_L1)
        return u"SECRET"_s;
    if (upper == "NF"_L1)
        return u"NOFORN"_s;
    return upper;
}

// i is at the opening quote; an unclosed quote runs to the end.
void readQuoted(const QString &text, qsizetype &i, QString *out)
{
    const qsizetype n = text.size();
    ++i;
    while (i < n && text[i] != u'"')
        out->append(text[i++]);
    if (i < n)
        ++i;
}
}

SearchQueryParser::SearchQueryParser(SearchQuery *query)
    : m_query(query)
{
}

void SearchQueryParser::tokenize(const QString &text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'(' || c == u')') {
            m_tokens.append(Token { c == u'(' ? Token::Kind::Open : Token::Kind::Close, {}, {}, false, false });
            ++i;
            continue;
        }
        Token token;
        if (c == u'-' && i + 1 < n && !text[i + 1].isSpace() && text[i + 1] != u')') {
            token.negated = true;
            ++i;
        }
        if (i < n && text[i] == u'"') {
            token.kind = Token::Kind::Phrase;
            readQuoted(text, i, &token.text);
            if (i < n && text[i] == u'*') {
                token.prefix = true;
                ++i;
            }
            m_tokens.append(token);
            continue;
        }
        if (!readWord(text, i, token))
            return;
    }
}

// A word, an operator or a field filter from i on; false on an error.
bool SearchQueryParser::readWord(const QString &text, qsizetype &i, Token token)
{
    const qsizetype n = text.size();
    QString word;
    while (i < n && !text[i].isSpace() && text[i] != u'(' && text[i] != u')' && text[i] != u'"')
        word.append(text[i++]);
    if (word == "NEAR"_L1 && i < n && text[i] == u'(') {
        fail(tr("NEAR(…) is not supported: write the words together, or as a \"phrase\"."));
        return false;
    }
    const qsizetype colon = word.indexOf(u':');
    if (colon > 0 && !isKnownField(word.first(colon).toLower()) && looksLikeField(QStringView(word).first(colon))) {
        fail(tr("%1: is not a filter Reftel knows; the filters are origin:, tag:, class:, subject:, from:, to:, "
                "ref:, id:, annotated:, tagged: and note:.")
                .arg(word.first(colon)));
        return false;
    }
    if (colon > 0 && isKnownField(word.first(colon).toLower())) {
        token.kind = Token::Kind::Field;
        token.field = word.first(colon).toLower();
        token.text = word.sliced(colon + 1);
        if (token.text.isEmpty() && i < n && text[i] == u'"')
            readQuoted(text, i, &token.text);
        token.text = token.text.trimmed();
    } else if (!token.negated && word == "AND"_L1) {
        token.kind = Token::Kind::And;
    } else if (!token.negated && word == "OR"_L1) {
        token.kind = Token::Kind::Or;
    } else if (!token.negated && word == "NOT"_L1) {
        token.kind = Token::Kind::Not;
    } else {
        token.kind = Token::Kind::Word;
        if (word.endsWith(u'*')) {
            token.prefix = true;
            while (word.endsWith(u'*'))
                word.chop(1);
        }
        token.text = word;
    }
    m_tokens.append(token);
    return true;
}

void SearchQueryParser::parse()
{
    m_query->m_words = parseOr();
    if (m_query->m_error.isEmpty() && m_pos < m_tokens.size())
        fail(tr("Unexpected closing parenthesis."));
    if (m_query->m_error.isEmpty() && m_query->m_from.isValid() && m_query->m_to.isValid()
        && m_query->m_from > m_query->m_to)
        fail(tr("The period ends (to:) before it starts (from:)."));
    if (!m_query->m_error.isEmpty()) {
        m_query->m_words.reset();
        m_query->m_terms.clear();
    }
}

void SearchQueryParser::fail(const QString &error)
{
    if (m_query->m_error.isEmpty())
        m_query->m_error = error;
}

std::optional<SearchQuery::Node> SearchQueryParser::parseOr()
{
    std::vector<SearchQuery::Node> parts;
    bool onlyExcluded = false;
    const QString orNot =
        tr("OR NOT is not supported: each side of OR needs a word that is not excluded. For cables with "
           "one word but not another, write \"manas NOT russia\".");
    std::optional<SearchQuery::Node> first = parseAnd(&onlyExcluded);
    if (onlyExcluded) {
        fail(!atEnd() && peek() == Token::Kind::Or ? orNot
                                                   : tr("A search needs at least one word that is not excluded."));
        return {};
    }
    if (first)
        parts.push_back(std::move(*first));
    while (!atEnd() && peek() == Token::Kind::Or && m_query->m_error.isEmpty()) {
        ++m_pos;
        std::optional<SearchQuery::Node> next = parseAnd(&onlyExcluded);
        if (onlyExcluded) {
            // "manas OR NOT russia" would be every cable but those about
            // Russia, with or without Manas: not what anyone means.
            fail(orNot);
            return {};
        }
        if (!next || parts.empty()) {
            fail(tr("OR needs a word on both sides."));
            return {};
        }
        parts.push_back(std::move(*next));
    }
    return combined(SearchQuery::Node::Kind::Or, std::move(parts));
}

// *onlyExcluded is set when the words are all excluded (the error is then
// the caller's to give, since it knows whether OR came before).
std::optional<SearchQuery::Node> SearchQueryParser::parseAnd(bool *onlyExcluded)
{
    *onlyExcluded = false;
    std::vector<SearchQuery::Node> positives;
    std::vector<SearchQuery::Node> negatives;
    bool haveItem = false; // a word, group or filter since the last AND
    bool andPending = false;
    const QString andError = tr("AND needs a word on both sides.");
    while (!atEnd()) {
        const Token::Kind kind = peek();
        if (kind == Token::Kind::Or || kind == Token::Kind::Close)
            break;
        if (kind == Token::Kind::And) {
            ++m_pos;
            if (!haveItem || andPending) {
                fail(andError);
                return {};
            }
            andPending = true;
            continue;
        }
        bool negated = false;
        if (kind == Token::Kind::Not) {
            ++m_pos;
            negated = true;
            if (atEnd() || peek() == Token::Kind::Or || peek() == Token::Kind::Close || peek() == Token::Kind::And
                || peek() == Token::Kind::Not) {
                fail(tr("NOT needs a word after it."));
                return {};
            }
        }
        std::optional<SearchQuery::Node> expression = parsePrimary(negated);
        if (!m_query->m_error.isEmpty())
            return {};
        haveItem = true;
        andPending = false;
        if (!expression)
            continue; // a field filter, or a word of punctuation only
        (negated ? negatives : positives).push_back(std::move(*expression));
    }
    if (andPending) {
        fail(andError);
        return {};
    }
    if (positives.empty() && !negatives.empty()) {
        *onlyExcluded = true;
        return {};
    }
    std::optional<SearchQuery::Node> result = combined(SearchQuery::Node::Kind::And, std::move(positives));
    if (!result || negatives.empty())
        return result;
    SearchQuery::Node without { SearchQuery::Node::Kind::Not, {}, { std::move(*result) } };
    for (SearchQuery::Node &negative : negatives)
        without.operands.push_back(std::move(negative));
    return without;
}

// One operand as itself, more under one And or Or node; none as nothing.
std::optional<SearchQuery::Node> SearchQueryParser::combined(
    SearchQuery::Node::Kind kind, std::vector<SearchQuery::Node> operands)
{
    if (operands.empty())
        return {};
    if (operands.size() == 1)
        return std::move(operands.front());
    return SearchQuery::Node { kind, {}, std::move(operands) };
}

// Returns the words' node, none for a field filter; negated is also set by
// a leading '-'.
std::optional<SearchQuery::Node> SearchQueryParser::parsePrimary(bool &negated)
{
    // parseAnd() calls this only when a token is left.
    const Token token = m_tokens.at(m_pos++);
    negated = negated != token.negated;
    switch (token.kind) {
    case Token::Kind::Open:
        return parseGroup(negated);
    case Token::Kind::Word:
    case Token::Kind::Phrase: {
        if (!SearchQuery::hasWordCharacter(token.text))
            return {};
        const SearchQuery::Term term { token.text, token.prefix, negated || m_negatedGroups > 0 };
        m_query->m_terms.append(term);
        return SearchQuery::Node { SearchQuery::Node::Kind::Term, term, {} };
    }
    case Token::Kind::Field:
        addFilter(token.field, token.text, negated);
        return {};
    case Token::Kind::Close:
        fail(tr("Unexpected closing parenthesis."));
        return {};
    case Token::Kind::And:
    case Token::Kind::Or:
    case Token::Kind::Not:
        break;
    }
    fail(tr("An operator is missing a word."));
    return {};
}

// After an opening parenthesis: the group and its closing one.
std::optional<SearchQuery::Node> SearchQueryParser::parseGroup(bool negated)
{
    // The parser recurses at each parenthesis: a bound keeps a query of
    // thousands of them from overflowing the stack.
    if (m_depth >= SearchQuery::MaxNesting) {
        fail(tr("The query is too deeply nested: at most %1 parentheses inside each other.")
                .arg(SearchQuery::MaxNesting));
        return {};
    }
    // Everything inside a negated group is negated too.
    m_negatedGroups += negated ? 1 : 0;
    ++m_depth;
    std::optional<SearchQuery::Node> inner = parseOr();
    --m_depth;
    m_negatedGroups -= negated ? 1 : 0;
    if (atEnd() || peek() != Token::Kind::Close) {
        fail(tr("A parenthesis is not closed."));
        return {};
    }
    ++m_pos;
    return inner;
}

void SearchQueryParser::addFilter(const QString &field, const QString &rawValue, bool negated)
{
    QString value = rawValue;
    if (field == "annotated"_L1) {
        // "annotated:" alone means yes; "annotated:no" the cables without.
        const QString answer = value.toLower();
        if (answer == "no"_L1 || answer == "false"_L1 || answer == "0"_L1)
            negated = !negated;
        else if (!answer.isEmpty() && answer != "yes"_L1 && answer != "true"_L1 && answer != "1"_L1) {
            fail(tr("annotated:%1 is not understood; write annotated:yes or annotated:no.").arg(value));
            return;
        }
        value = u"yes"_s;
    }
    if (value.isEmpty()) {
        fail(tr("%1: needs a value.").arg(field));
        return;
    }
    if (field == "from"_L1 || field == "to"_L1) {
        addPeriodEnd(field, value, negated);
        return;
    }
    SearchQuery::Field kind = SearchQuery::Field::Origin;
    QString normalized = value;
    if (!normalize(field, value, &kind, &normalized))
        return;
    // The same field again widens it, unless it excludes.
    if (!negated) {
        for (SearchQuery::Filter &filter : m_query->m_filters) {
            if (filter.field == kind && !filter.negated) {
                if (!filter.values.contains(normalized))
                    filter.values.append(normalized);
                return;
            }
        }
    }
    m_query->m_filters.append(SearchQuery::Filter { kind, { normalized }, negated });
}

void SearchQueryParser::addPeriodEnd(const QString &field, const QString &value, bool negated)
{
    const QDate date = readDate(value, field == "to"_L1);
    const int year = value.first(std::min<qsizetype>(4, value.size())).toInt();
    if (!date.isValid() && value.size() >= 4 && (year < FirstYear || year > LastYear) && year > 0) {
        fail(tr("%1:%2 is outside the years a cable can have; write a year from %3 to %4.")
                .arg(field, value)
                .arg(FirstYear)
                .arg(LastYear));
        return;
    }
    if (!date.isValid()) {
        fail(tr("%1:%2 is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.").arg(field, value));
        return;
    }
    if (negated) {
        fail(tr("%1: cannot be excluded; use the other end of the period.").arg(field));
        return;
    }
    (field == "from"_L1 ? m_query->m_from : m_query->m_to) = date;
}

// The kind of filter a field names, and its value as the conditions compare it;
// false (with the error set) for a value the field cannot take.
bool SearchQueryParser::normalize(
    const QString &field, const QString &value, SearchQuery::Field *kind, QString *normalized)
{
    if (field == "tag"_L1) {
        *kind = SearchQuery::Field::Tag;
        if (value.endsWith(u'*')) {
            QString stem = value;
            while (stem.endsWith(u'*'))
                stem.chop(1);
            if (!SearchQuery::hasWordCharacter(stem) || stem.contains(u'*')) {
                fail(tr("tag:%1 is not understood; a * goes after the first letters of a tag (tag:PREL*).").arg(value));
                return false;
            }
            *normalized = stem + u'*';
        }
    } else if (field == "subject"_L1) {
        *kind = SearchQuery::Field::Subject;
        if (!SearchQuery::hasWordCharacter(value)) {
            fail(tr("subject:%1 has no word to look for.").arg(value));
            return false;
        }
    } else if (field == "class"_L1 || field == "classification"_L1) {
        *kind = SearchQuery::Field::Classification;
        *normalized = classificationValue(value);
    } else if (field == "ref"_L1) {
        *kind = SearchQuery::Field::Reference;
        *normalized = value.toUpper().remove(u' ');
    } else if (field == "id"_L1) {
        *kind = SearchQuery::Field::Id;
        *normalized = value.toUpper().remove(u' ');
    } else if (field == "annotated"_L1) {
        *kind = SearchQuery::Field::Annotated;
    } else if (field == "tagged"_L1) {
        *kind = SearchQuery::Field::Tagged;
        *normalized = value.split(u'/', Qt::SkipEmptyParts).join(u'/');
    } else if (field == "note"_L1) {
        *kind = SearchQuery::Field::Note;
        if (!SearchQuery::hasWordCharacter(value)) {
            fail(tr("note:%1 has no word to look for.").arg(value));
            return false;
        }
    }
    return true;
}
}
