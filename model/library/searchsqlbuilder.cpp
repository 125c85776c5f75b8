// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchsqlbuilder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reftel
{
SearchSqlBuilder::SearchSqlBuilder(const SearchQuery &query)
    : m_query(query)
{
}

QString SearchSqlBuilder::ftsExpression(const SearchQuery::Node &words)
{
    using Kind = SearchQuery::Node::Kind;
    switch (words.kind) {
    case Kind::Term:
        return SearchQuery::quoted(words.term.text, words.term.prefix);
    case Kind::And:
    case Kind::Or: {
        QStringList operands;
        for (const SearchQuery::Node &operand : words.operands)
            operands.append(ftsExpression(operand));
        return u'(' + operands.join(words.kind == Kind::And ? " AND "_L1 : " OR "_L1) + u')';
    }
    case Kind::Not: {
        // FTS5's NOT is binary: "a -b -c" is ((a NOT b) NOT c).
        QString result = words.operands.empty() ? QString() : ftsExpression(words.operands.front());
        for (std::size_t i = 1; i < words.operands.size(); ++i)
            result = u'(' + result + u" NOT "_s + ftsExpression(words.operands.at(i)) + u')';
        return result;
    }
    }
    return {};
}

QString SearchSqlBuilder::noteMatch(const QString &words)
{
    // Every word, each a quoted FTS5 string (a trailing * keeps its meaning
    // of a prefix): the note holds all of them.
    QStringList terms;
    for (QString word : words.split(u' ', Qt::SkipEmptyParts)) {
        const bool prefix = word.endsWith(u'*');
        while (word.endsWith(u'*'))
            word.chop(1);
        if (SearchQuery::hasWordCharacter(word))
            terms.append(SearchQuery::quoted(word, prefix));
    }
    return terms.isEmpty() ? u"\"\""_s : terms.join(" AND "_L1);
}

QString SearchSqlBuilder::escapeLike(const QString &text)
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

// The tags whose path or own name is the value, with their sub-tags; then
// the cables with an annotation or a cable tag carrying one of them.
const QString TaggedCondition = u"c.id IN (WITH RECURSIVE tag_paths(id, name, path) AS ("
                                "SELECT id, name, name FROM user_tags WHERE parent IS NULL"
                                " UNION ALL SELECT u.id, u.name, p.path || '/' || u.name FROM user_tags u"
                                " JOIN tag_paths p ON u.parent = p.id),"
                                " wanted(id) AS (SELECT id FROM tag_paths WHERE path = ? COLLATE NOCASE"
                                " OR name = ? COLLATE NOCASE"
                                " UNION SELECT u.id FROM user_tags u JOIN wanted w ON u.parent = w.id)"
                                " SELECT a.cable_id FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id"
                                " WHERE t.tag_id IN wanted"
                                " UNION SELECT cable_id FROM cable_user_tags WHERE tag_id IN wanted)"_s;

// A TAGS code of the cable, or the name of a tag the user gave it (a
// prefix with *); a value that is none of userTagNames, TAGS codes only.
QString tagCondition(const QString &value, const QStringList *userTagNames, QVariantList *values)
{
    if (value.endsWith(u'*')) {
        const QString stem = value.chopped(1);
        QString condition = u"c.pk IN (SELECT cable_pk FROM cable_tags WHERE code GLOB ?)"_s;
        values->append(QString(globEscape(stem.toUpper()) + u'*'));
        if (!userTagNames || anyStartsWith(*userTagNames, stem.toLower())) {
            condition += u" OR c.id IN (SELECT ut.cable_id FROM cable_user_tags ut JOIN user_tags u"
                         " ON u.id = ut.tag_id WHERE u.name LIKE ? ESCAPE '\\')"_s;
            values->append(QString(SearchSqlBuilder::escapeLike(stem) + u'%'));
        }
        return condition;
    }
    if (userTagNames && !userTagNames->contains(value.toLower())) {
        values->append(value.toUpper());
        return u"c.pk IN (SELECT cable_pk FROM cable_tags WHERE code = ?)"_s;
    }
    values->append(value.toUpper());
    values->append(value);
    return u"c.pk IN (SELECT cable_pk FROM cable_tags WHERE code = ?)"
           " OR c.id IN (SELECT ut.cable_id FROM cable_user_tags ut JOIN user_tags u"
           " ON u.id = ut.tag_id WHERE u.name = ? COLLATE NOCASE)"_s;
}
}

QString SearchSqlBuilder::condition(
    const SearchQuery::Filter &filter, QVariantList *values, const QStringList *userTagNames)
{
    // Written so that SQLite can drive each from an index: post, origin,
    // cable_tags(code), cable_references(cited_id / target_id).
    QStringList alternatives;
    for (const QString &value : filter.values) {
        switch (filter.field) {
        case SearchQuery::Field::Origin: {
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
        case SearchQuery::Field::Tag:
            alternatives.append(tagCondition(value, userTagNames, values));
            break;
        case SearchQuery::Field::Subject:
            alternatives.append(u"c.pk IN (SELECT rowid FROM subjects_fts WHERE subjects_fts MATCH ?)"_s);
            values->append(QString(u"{subject} : ("_s + noteMatch(value) + u')'));
            break;
        case SearchQuery::Field::Classification:
            // The level (SECRET, SECRET//NOFORN) or a caveat after "//".
            alternatives.append(
                u"c.classification = ? OR c.classification LIKE ? ESCAPE '\\' OR c.classification LIKE ? ESCAPE '\\'"_s);
            values->append(value);
            values->append(QString(escapeLike(value) + u"//%"_s));
            values->append(QString(u"%//"_s + escapeLike(value) + u'%'));
            break;
        case SearchQuery::Field::Reference:
            alternatives.append(u"c.pk IN (SELECT cable_pk FROM cable_references WHERE cited_id = ?"
                                " UNION SELECT cable_pk FROM cable_references WHERE target_id = ?)"_s);
            values->append(value);
            values->append(value);
            break;
        case SearchQuery::Field::Id:
            alternatives.append(u"c.id = ?"_s);
            values->append(value);
            break;
        case SearchQuery::Field::Annotated:
            alternatives.append(u"c.id IN (SELECT cable_id FROM annotations)"_s);
            break;
        case SearchQuery::Field::Tagged:
            alternatives.append(TaggedCondition);
            values->append(value);
            values->append(value);
            break;
        case SearchQuery::Field::Note:
            alternatives.append(u"c.id IN (SELECT a.cable_id FROM annotations_fts f"
                                " JOIN annotations a ON a.id = f.rowid WHERE annotations_fts MATCH ?)"_s);
            values->append(noteMatch(value));
            break;
        }
    }
    const QString any = u'(' + alternatives.join(u") OR ("_s) + u')';
    return filter.negated ? QString(u"NOT ("_s + any + u')') : QString(u'(' + any + u')');
}

QString SearchSqlBuilder::conditions(QVariantList *values, const QStringList *userTagNames) const
{
    QStringList conditions;
    for (const SearchQuery::Filter &filter : m_query.filters())
        conditions.append(condition(filter, values, userTagNames));
    conditions.append(dateConditions(values));
    conditions.removeAll(QString());
    return conditions.isEmpty() ? u"1"_s : conditions.join(" AND "_L1);
}

QString SearchSqlBuilder::dateConditions(QVariantList *values) const
{
    QStringList conditions;
    if (m_query.from().isValid()) {
        conditions.append(u"c.created >= ?"_s);
        values->append(m_query.from().toString(Qt::ISODate));
    }
    if (m_query.to().isValid()) {
        conditions.append(u"c.created < ?"_s);
        values->append(m_query.to().addDays(1).toString(Qt::ISODate));
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

QString SearchSqlBuilder::tokenMatch(const SearchQuery::Filter &filter)
{
    QStringList alternatives;
    for (const QString &value : filter.values) {
        QStringList tokens;
        switch (filter.field) {
        case SearchQuery::Field::Origin:
            for (const QString &word : value.split(u' ', Qt::SkipEmptyParts))
                tokens.append(token(u'o', word));
            break;
        case SearchQuery::Field::Tag:
            if (value.endsWith(u'*'))
                tokens.append(token(u't', value.chopped(1)) + u'*'); // "tp"*: a prefix
            else
                tokens.append(token(u't', value));
            break;
        case SearchQuery::Field::Classification:
            for (const QString &part : value.split(u"//"_s, Qt::SkipEmptyParts))
                tokens.append(token(u'c', part));
            break;
        case SearchQuery::Field::Reference:
            return {}; // references change as the library grows: SQL only
        case SearchQuery::Field::Id:
            return {}; // a column with an index of its own
        case SearchQuery::Field::Annotated:
        case SearchQuery::Field::Tagged:
        case SearchQuery::Field::Note:
            return {}; // the user's data changes at every edit: SQL only
        case SearchQuery::Field::Subject:
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

QString SearchSqlBuilder::dateTokenMatch() const
{
    if (!m_query.from().isValid() && !m_query.to().isValid())
        return {};
    // Open ends stop at the first and last years a cable can have, so the
    // expression stays short: whole years, then whole months, then days.
    // Ends beyond those years (from:1900, to:2100) are as good as open.
    const QDate first(1960, 1, 1);
    const QDate end(QDate::currentDate().year() + 1, 12, 31);
    QDate day = m_query.from().isValid() ? std::max(m_query.from(), first) : first;
    const QDate last = m_query.to().isValid() ? std::min(m_query.to(), end) : end;
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

SearchSqlBuilder::IndexMatch SearchSqlBuilder::indexMatch(const QStringList &userTagNames) const
{
    IndexMatch result;
    QStringList tokenFilters; // " AND (...)" or " NOT (...)", in order
    for (const SearchQuery::Filter &filter : m_query.filters()) {
        bool userTag = false;
        if (filter.field == SearchQuery::Field::Tag) {
            for (const QString &value : filter.values)
                userTag = userTag
                    || (value.endsWith(u'*') ? anyStartsWith(userTagNames, value.chopped(1).toLower())
                                             : userTagNames.contains(value.toLower()));
        }
        const QString tokens = userTag ? QString() : tokenMatch(filter);
        if (tokens.isEmpty()) {
            result.sqlConditions.append(condition(filter, &result.sqlValues, &userTagNames));
            continue;
        }
        tokenFilters.append((filter.negated ? u" NOT ("_s : u" AND ("_s) + tokens + u')');
    }
    const QString dates = dateTokenMatch();
    if (!dates.isEmpty())
        tokenFilters.append(u" AND ("_s + dates + u')');
    const auto filtered = [&tokenFilters, this](const QString &column) {
        QString match = u"({"_s + column + u"} : "_s + ftsExpression(m_query.words()) + u')';
        for (const QString &filter : tokenFilters)
            match = u'(' + match + filter + u')';
        return match;
    };
    result.paragraphs = filtered(u"text"_s);
    result.subjects = filtered(u"subject"_s);
    return result;
}
}
