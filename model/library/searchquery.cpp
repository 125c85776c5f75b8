// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::SearchQueryParser", text);
}

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

bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QString quoted(const QString &text, bool prefix)
{
    QString result = u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
    if (prefix)
        result += u'*';
    return result;
}

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
}

class SearchQueryParser
{
public:
    explicit SearchQueryParser(SearchQuery *query)
        : m_query(query)
    {
    }

    void tokenize(const QString &text)
    {
        qsizetype i = 0;
        const qsizetype n = text.size();
        const auto readQuoted = [&](QString *out) {
            // i is at the opening quote; an unclosed quote runs to the end.
            ++i;
            while (i < n && text[i] != u'"')
                out->append(text[i++]);
            if (i < n)
                ++i;
        };
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
                readQuoted(&token.text);
                if (i < n && text[i] == u'*') {
                    token.prefix = true;
                    ++i;
                }
                m_tokens.append(token);
                continue;
            }
            QString word;
            while (i < n && !text[i].isSpace() && text[i] != u'(' && text[i] != u')' && text[i] != u'"')
                word.append(text[i++]);
            if (word == "NEAR"_L1 && i < n && text[i] == u'(') {
                fail(tr("NEAR(…) is not supported: write the words together, or as a \"phrase\"."));
                return;
            }
            const qsizetype colon = word.indexOf(u':');
            if (colon > 0 && !isKnownField(word.first(colon).toLower())
                && looksLikeField(QStringView(word).first(colon))) {
                fail(
                    tr("%1: is not a filter Reftel knows; the filters are origin:, tag:, class:, subject:, from:, to:, "
                       "ref:, id:, annotated:, tagged: and note:.")
                        .arg(word.first(colon)));
                return;
            }
            if (colon > 0 && isKnownField(word.first(colon).toLower())) {
                token.kind = Token::Kind::Field;
                token.field = word.first(colon).toLower();
                token.text = word.sliced(colon + 1);
                if (token.text.isEmpty() && i < n && text[i] == u'"')
                    readQuoted(&token.text);
                token.text = token.text.trimmed();
                m_tokens.append(token);
                continue;
            }
            if (!token.negated && word == "AND"_L1) {
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
        }
    }

    void parse()
    {
        m_query->m_match = parseOr();
        if (m_query->m_error.isEmpty() && m_pos < m_tokens.size())
            fail(tr("Unexpected closing parenthesis."));
        if (m_query->m_error.isEmpty() && m_query->m_from.isValid() && m_query->m_to.isValid()
            && m_query->m_from > m_query->m_to)
            fail(tr("The period ends (to:) before it starts (from:)."));
        if (!m_query->m_error.isEmpty()) {
            m_query->m_match.clear();
            m_query->m_terms.clear();
        }
    }

private:
    bool atEnd() const { return m_pos >= m_tokens.size(); }
    // Every caller asks atEnd() first.
    Token::Kind peek() const { return m_tokens.at(m_pos).kind; }

    void fail(const QString &error)
    {
        if (m_query->m_error.isEmpty())
            m_query->m_error = error;
    }

    QString parseOr()
    {
        QStringList parts;
        bool onlyExcluded = false;
        const QString orNot =
            tr("OR NOT is not supported: each side of OR needs a word that is not excluded. For cables with "
               "one word but not another, write \"manas NOT russia\".");
        const QString first = parseAnd(&onlyExcluded);
        if (onlyExcluded) {
            fail(!atEnd() && peek() == Token::Kind::Or ? orNot
                                                       : tr("A search needs at least one word that is not excluded."));
            return {};
        }
        if (!first.isEmpty())
            parts.append(first);
        while (!atEnd() && peek() == Token::Kind::Or && m_query->m_error.isEmpty()) {
            ++m_pos;
            const QString next = parseAnd(&onlyExcluded);
            if (onlyExcluded) {
                // "manas OR NOT russia" would be every cable but those about
                // Russia, with or without Manas: not what anyone means.
                fail(orNot);
                return {};
            }
            if (next.isEmpty() || parts.isEmpty()) {
                fail(tr("OR needs a word on both sides."));
                return {};
            }
            parts.append(next);
        }
        if (parts.size() == 1)
            return parts.constFirst();
        return parts.isEmpty() ? QString() : u'(' + parts.join(" OR "_L1) + u')';
    }

    // *onlyExcluded is set when the words are all excluded (the error is
    // then the caller's to give, since it knows whether OR came before).
    QString parseAnd(bool *onlyExcluded)
    {
        *onlyExcluded = false;
        QStringList positives;
        QStringList negatives;
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
            const QString expression = parsePrimary(negated);
            if (!m_query->m_error.isEmpty())
                return {};
            haveItem = true;
            andPending = false;
            if (expression.isEmpty())
                continue; // a field filter, or a word of punctuation only
            (negated ? negatives : positives).append(expression);
        }
        if (andPending) {
            fail(andError);
            return {};
        }
        if (positives.isEmpty() && !negatives.isEmpty()) {
            *onlyExcluded = true;
            return {};
        }
        QString result = positives.size() == 1 ? positives.constFirst() : u'(' + positives.join(" AND "_L1) + u')';
        if (positives.isEmpty())
            return {};
        for (const QString &negative : std::as_const(negatives))
            result = u'(' + result + u" NOT "_s + negative + u')';
        return result;
    }

    // Returns the FTS expression, empty for a field filter; *negated is
    // also set by a leading '-'.
    QString parsePrimary(bool &negated)
    {
        // parseAnd() calls this only when a token is left.
        const Token token = m_tokens.at(m_pos++);
        negated = negated != token.negated;
        switch (token.kind) {
        case Token::Kind::Open: {
            // The parser recurses at each parenthesis: a bound keeps a
            // query of thousands of them from overflowing the stack.
            if (m_depth >= SearchQuery::MaxNesting) {
                fail(tr("The query is too deeply nested: at most %1 parentheses inside each other.")
                        .arg(SearchQuery::MaxNesting));
                return {};
            }
            // Everything inside a negated group is negated too.
            m_negatedGroups += negated ? 1 : 0;
            ++m_depth;
            const QString inner = parseOr();
            --m_depth;
            m_negatedGroups -= negated ? 1 : 0;
            if (atEnd() || peek() != Token::Kind::Close) {
                fail(tr("A parenthesis is not closed."));
                return {};
            }
            ++m_pos;
            return inner.isEmpty() ? QString() : inner;
        }
        case Token::Kind::Word:
        case Token::Kind::Phrase:
            if (!hasWordCharacter(token.text))
                return {};
            m_query->m_terms.append(SearchQuery::Term { token.text, token.prefix, negated || m_negatedGroups > 0 });
            return quoted(token.text, token.prefix);
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

    void addFilter(const QString &field, const QString &rawValue, bool negated)
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
            return;
        }
        SearchQuery::Field kind = SearchQuery::Field::Origin;
        QString normalized = value;
        if (field == "tag"_L1) {
            kind = SearchQuery::Field::Tag;
            if (value.endsWith(u'*')) {
                QString stem = value;
                while (stem.endsWith(u'*'))
                    stem.chop(1);
                if (!hasWordCharacter(stem) || stem.contains(u'*')) {
                    fail(tr("tag:%1 is not understood; a * goes after the first letters of a tag (tag:PREL*).")
                            .arg(value));
                    return;
                }
                normalized = stem + u'*';
            }
        } else if (field == "subject"_L1) {
            kind = SearchQuery::Field::Subject;
            if (!hasWordCharacter(value)) {
                fail(tr("subject:%1 has no word to look for.").arg(value));
                return;
            }
        } else if (field == "class"_L1 || field == "classification"_L1) {
            kind = SearchQuery::Field::Classification;
            normalized = classificationValue(value);
        } else if (field == "ref"_L1) {
            kind = SearchQuery::Field::Reference;
            normalized = value.toUpper().remove(u' ');
        } else if (field == "id"_L1) {
            kind = SearchQuery::Field::Id;
            normalized = value.toUpper().remove(u' ');
        } else if (field == "annotated"_L1) {
            kind = SearchQuery::Field::Annotated;
        } else if (field == "tagged"_L1) {
            kind = SearchQuery::Field::Tagged;
            normalized = value.split(u'/', Qt::SkipEmptyParts).join(u'/');
        } else if (field == "note"_L1) {
            kind = SearchQuery::Field::Note;
            if (!hasWordCharacter(value)) {
                fail(tr("note:%1 has no word to look for.").arg(value));
                return;
            }
        }
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

    SearchQuery *m_query;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_negatedGroups = 0; // how many negated groups the parser is inside
    int m_depth = 0; // how many groups the parser is inside
};

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    SearchQueryParser parser(&query);
    parser.tokenize(text);
    parser.parse();
    return query;
}

QString SearchQuery::noteMatch(const QString &words)
{
    // Every word, each a quoted FTS5 string (a trailing * keeps its meaning
    // of a prefix): the note holds all of them.
    QStringList terms;
    for (QString word : words.split(u' ', Qt::SkipEmptyParts)) {
        const bool prefix = word.endsWith(u'*');
        while (word.endsWith(u'*'))
            word.chop(1);
        if (hasWordCharacter(word))
            terms.append(quoted(word, prefix));
    }
    return terms.isEmpty() ? u"\"\""_s : terms.join(" AND "_L1);
}

int SearchQuery::phraseCount() const
{
    // Every word and phrase is a quoted string, with its quotes doubled.
    int count = 0;
    bool inside = false;
    for (qsizetype i = 0; i < m_match.size(); ++i) {
        if (m_match.at(i) != u'"')
            continue;
        if (inside && i + 1 < m_match.size() && m_match.at(i + 1) == u'"') {
            ++i;
            continue;
        }
        inside = !inside;
        if (inside)
            ++count;
    }
    return count;
}

QString SearchQuery::escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

namespace
{
// A GLOB pattern that matches the text itself: * ? [ in brackets.
QString globEscape(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'*' || c == u'?' || c == u'[')
            escaped += u'[' + QString(c) + u']';
        else
            escaped += c;
    }
    return escaped;
}

bool anyStartsWith(const QStringList &names, const QString &stem)
{
    for (const QString &name : names) {
        if (name.startsWith(stem))
            return true;
    }
    return false;
}
}

QString SearchQuery::sqlCondition(const Filter &filter, QVariantList *values, const QStringList *userTagNames)
{
    // Written so that SQLite can drive each from an index: post, origin,
    // cable_tags(code), cable_references(cited_id / target_id).
    QStringList alternatives;
    for (const QString &value : filter.values) {
        switch (filter.field) {
        case Field::Origin: {
            QString post;
            for (const QChar c : value) {
                if (c.isLetterOrNumber())
                    post.append(c.toUpper());
            }
            alternatives.append(u"c.post = ? OR c.origin = ?"_s);
            values->append(post);
            values->append(value);
            break;
        }
        case Field::Tag: {
            if (value.endsWith(u'*')) {
                const QString stem = value.chopped(1);
                alternatives.append(u"c.pk IN (SELECT cable_pk FROM cable_tags WHERE code GLOB ?)"_s);
                values->append(QString(globEscape(stem.toUpper()) + u'*'));
                if (!userTagNames || anyStartsWith(*userTagNames, stem.toLower())) {
                    alternatives.last() += u" OR c.id IN (SELECT ut.cable_id FROM cable_user_tags ut JOIN user_tags u"
                                           " ON u.id = ut.tag_id WHERE u.name LIKE ? ESCAPE '\\')"_s;
                    values->append(QString(escapeLike(stem) + u'%'));
                }
                break;
            }
            if (userTagNames && !userTagNames->contains(value.toLower())) {
                alternatives.append(u"c.pk IN (SELECT cable_pk FROM cable_tags WHERE code = ?)"_s);
                values->append(value.toUpper());
                break;
            }
            alternatives.append(u"c.pk IN (SELECT cable_pk FROM cable_tags WHERE code = ?)"
                                " OR c.id IN (SELECT ut.cable_id FROM cable_user_tags ut JOIN user_tags u"
                                " ON u.id = ut.tag_id WHERE u.name = ? COLLATE NOCASE)"_s);
            values->append(value.toUpper());
            values->append(value);
            break;
        }
        case Field::Subject:
            alternatives.append(u"c.pk IN (SELECT rowid FROM subjects_fts WHERE subjects_fts MATCH ?)"_s);
            values->append(QString(u"{subject} : ("_s + noteMatch(value) + u')'));
            break;
        case Field::Classification:
            // The level (SECRET, SECRET//NOFORN) or a caveat after "//".
            alternatives.append(
                u"c.classification = ? OR c.classification LIKE ? ESCAPE '\\' OR c.classification LIKE ? ESCAPE '\\'"_s);
            values->append(value);
            values->append(QString(escapeLike(value) + u"//%"_s));
            values->append(QString(u"%//"_s + escapeLike(value) + u'%'));
            break;
        case Field::Reference:
            alternatives.append(u"c.pk IN (SELECT cable_pk FROM cable_references WHERE cited_id = ?"
                                " UNION SELECT cable_pk FROM cable_references WHERE target_id = ?)"_s);
            values->append(value);
            values->append(value);
            break;
        case Field::Id:
            alternatives.append(u"c.id = ?"_s);
            values->append(value);
            break;
        case Field::Annotated:
            alternatives.append(u"c.id IN (SELECT cable_id FROM annotations)"_s);
            break;
        case Field::Tagged:
            // The tags whose path or own name is the value, with their
            // sub-tags; then the cables with an annotation or a cable tag
            // carrying one of them.
            alternatives.append(u"c.id IN (WITH RECURSIVE tag_paths(id, name, path) AS ("
                                "SELECT id, name, name FROM user_tags WHERE parent IS NULL"
                                " UNION ALL SELECT u.id, u.name, p.path || '/' || u.name FROM user_tags u"
                                " JOIN tag_paths p ON u.parent = p.id),"
                                " wanted(id) AS (SELECT id FROM tag_paths WHERE path = ? COLLATE NOCASE"
                                " OR name = ? COLLATE NOCASE"
                                " UNION SELECT u.id FROM user_tags u JOIN wanted w ON u.parent = w.id)"
                                " SELECT a.cable_id FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id"
                                " WHERE t.tag_id IN wanted"
                                " UNION SELECT cable_id FROM cable_user_tags WHERE tag_id IN wanted)"_s);
            values->append(value);
            values->append(value);
            break;
        case Field::Note:
            alternatives.append(u"c.id IN (SELECT a.cable_id FROM annotations_fts f"
                                " JOIN annotations a ON a.id = f.rowid WHERE annotations_fts MATCH ?)"_s);
            values->append(noteMatch(value));
            break;
        }
    }
    const QString any = u'(' + alternatives.join(u") OR ("_s) + u')';
    return filter.negated ? QString(u"NOT ("_s + any + u')') : QString(u'(' + any + u')');
}

QString SearchQuery::sqlConditions(QVariantList *values, const QStringList *userTagNames) const
{
    QStringList conditions;
    for (const Filter &filter : m_filters)
        conditions.append(sqlCondition(filter, values, userTagNames));
    conditions.append(sqlDateConditions(values));
    conditions.removeAll(QString());
    return conditions.isEmpty() ? u"1"_s : conditions.join(" AND "_L1);
}

QString SearchQuery::sqlDateConditions(QVariantList *values) const
{
    QStringList conditions;
    if (m_from.isValid()) {
        conditions.append(u"c.created >= ?"_s);
        values->append(m_from.toString(Qt::ISODate));
    }
    if (m_to.isValid()) {
        conditions.append(u"c.created < ?"_s);
        values->append(m_to.addDays(1).toString(Qt::ISODate));
    }
    return conditions.join(" AND "_L1);
}

namespace
{
QString token(QChar prefix, QStringView text)
{
    QString result(prefix);
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result.size() > 1 ? result : QString();
}

// All of the tokens, as an FTS5 expression of quoted strings.
QString allOf(const QStringList &tokens)
{
    QStringList quotedTokens;
    for (const QString &t : tokens) {
        if (t.endsWith(u'*') && t.size() > 2)
            quotedTokens.append(u'"' + t.chopped(1) + u"\"*"_s);
        else if (!t.isEmpty() && !t.endsWith(u'*'))
            quotedTokens.append(u'"' + t + u'"');
    }
    if (quotedTokens.isEmpty())
        return {};
    return quotedTokens.size() == 1 ? quotedTokens.constFirst() : u'(' + quotedTokens.join(" AND "_L1) + u')';
}
}

QString SearchQuery::tokenMatch(const Filter &filter)
{
    QStringList alternatives;
    for (const QString &value : filter.values) {
        QStringList tokens;
        switch (filter.field) {
        case Field::Origin:
            for (const QString &word : value.split(u' ', Qt::SkipEmptyParts))
                tokens.append(token(u'o', word));
            break;
        case Field::Tag:
            if (value.endsWith(u'*'))
                tokens.append(token(u't', value.chopped(1)) + u'*'); // "tp"*: a prefix
            else
                tokens.append(token(u't', value));
            break;
        case Field::Classification:
            for (const QString &part : value.split(u"//"_s, Qt::SkipEmptyParts))
                tokens.append(token(u'c', part));
            break;
        case Field::Reference:
            return {}; // references change as the library grows: SQL only
        case Field::Id:
            return {}; // a column with an index of its own
        case Field::Annotated:
        case Field::Tagged:
        case Field::Note:
            return {}; // the user's data changes at every edit: SQL only
        case Field::Subject:
            return {}; // a second index: SQL
        }
        const QString expression = allOf(tokens);
        if (expression.isEmpty())
            return {};
        alternatives.append(expression);
    }
    if (alternatives.isEmpty())
        return {};
    return u"{tokens} : ("_s + alternatives.join(" OR "_L1) + u')';
}

QString SearchQuery::dateTokenMatch() const
{
    if (!m_from.isValid() && !m_to.isValid())
        return {};
    // Open ends stop at the first and last years a cable can have, so the
    // expression stays short: whole years, then whole months, then days.
    // Ends beyond those years (from:1900, to:2100) are as good as open.
    const QDate first(1960, 1, 1);
    const QDate end(QDate::currentDate().year() + 1, 12, 31);
    QDate day = m_from.isValid() ? std::max(m_from, first) : first;
    const QDate last = m_to.isValid() ? std::min(m_to, end) : end;
    QStringList tokens;
    while (day <= last) {
        const QDate monthEnd = day.addMonths(1).addDays(-day.day());
        if (day.day() == 1 && day.month() == 1 && QDate(day.year(), 12, 31) <= last) {
            tokens.append(u"\"y"_s + day.toString(u"yyyy"_s) + u'"');
            day = day.addYears(1);
        } else if (day.day() == 1 && monthEnd <= last) {
            tokens.append(u"\"m"_s + day.toString(u"yyyyMM"_s) + u'"');
            day = day.addMonths(1);
        } else {
            tokens.append(u"\"d"_s + day.toString(u"yyyyMMdd"_s) + u'"');
            day = day.addDays(1);
        }
    }
    if (tokens.isEmpty())
        return u"{tokens} : \"d00000000\""_s; // an empty period: nothing matches
    return u"{tokens} : ("_s + tokens.join(" OR "_L1) + u')';
}

SearchQuery::IndexMatch SearchQuery::indexMatch(const QStringList &userTagNames) const
{
    IndexMatch result;
    QStringList tokenFilters; // " AND (...)" or " NOT (...)", in order
    for (const Filter &filter : m_filters) {
        bool userTag = false;
        if (filter.field == Field::Tag) {
            for (const QString &value : filter.values)
                userTag = userTag
                    || (value.endsWith(u'*') ? anyStartsWith(userTagNames, value.chopped(1).toLower())
                                             : userTagNames.contains(value.toLower()));
        }
        const QString tokens = userTag ? QString() : tokenMatch(filter);
        if (tokens.isEmpty()) {
            result.sqlConditions.append(sqlCondition(filter, &result.sqlValues, &userTagNames));
            continue;
        }
        tokenFilters.append((filter.negated ? u" NOT ("_s : u" AND ("_s) + tokens + u')');
    }
    const QString dates = dateTokenMatch();
    if (!dates.isEmpty())
        tokenFilters.append(u" AND ("_s + dates + u')');
    const auto filtered = [&tokenFilters, this](const QString &column) {
        QString match = u"({"_s + column + u"} : "_s + m_match + u')';
        for (const QString &filter : tokenFilters)
            match = u'(' + match + filter + u')';
        return match;
    };
    result.paragraphs = filtered(u"text"_s);
    result.subjects = filtered(u"subject"_s);
    return result;
}
}
