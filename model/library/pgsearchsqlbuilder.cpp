// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgsearchsqlbuilder.h"

#include "searchsqlbuilder.h"
#include "tsquerytext.h"

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
bool anyStartsWith(const QStringList &names, const QString &stem)
{
    for (const QString &name : names) {
        if (name.startsWith(stem))
            return true;
    }
    return false;
}

// SearchSqlBuilder's tagged: condition: the tags whose path or own name is
// the value (case ignored), with their sub-tags; then the cables with an
// annotation or a cable tag carrying one of them.
const QString TaggedCondition =
    u"c.id IN (WITH RECURSIVE tag_paths(id, name, path) AS ("
    "SELECT id, name, name FROM user_tags WHERE parent IS NULL"
    " UNION ALL SELECT u.id, u.name, p.path || '/' || u.name FROM user_tags u"
    " JOIN tag_paths p ON u.parent = p.id),"
    " wanted(id) AS (SELECT id FROM tag_paths WHERE lower(path) = lower(?) OR lower(name) = lower(?)"
    " UNION SELECT u.id FROM user_tags u JOIN wanted w ON u.parent = w.id)"
    " SELECT a.cable_id FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id"
    " WHERE t.tag_id IN (SELECT id FROM wanted)"
    " UNION SELECT cable_id FROM cable_user_tags WHERE tag_id IN (SELECT id FROM wanted))"_s;

QString tagCondition(const QString &value, const QStringList *userTagNames, QVariantList *values)
{
    if (value.endsWith(u'*')) {
        const QString stem = value.chopped(1);
        QString condition = u"c.pk IN (SELECT cable_pk FROM cable_tags WHERE code LIKE ? ESCAPE '\\')"_s;
        values->append(QString(SearchSqlBuilder::escapeLike(stem.toUpper()) + u'%'));
        if (!userTagNames || anyStartsWith(*userTagNames, stem.toLower())) {
            condition += u" OR c.id IN (SELECT ut.cable_id FROM cable_user_tags ut JOIN user_tags u"
                         " ON u.id = ut.tag_id WHERE u.name ILIKE ? ESCAPE '\\')"_s;
            values->append(QString(SearchSqlBuilder::escapeLike(stem) + u'%'));
        }
        return condition;
    }
    values->append(value.toUpper());
    if (userTagNames && !userTagNames->contains(value.toLower()))
        return u"c.pk IN (SELECT cable_pk FROM cable_tags WHERE code = ?)"_s;
    values->append(value);
    return u"c.pk IN (SELECT cable_pk FROM cable_tags WHERE code = ?)"
           " OR c.id IN (SELECT ut.cable_id FROM cable_user_tags ut JOIN user_tags u"
           " ON u.id = ut.tag_id WHERE lower(u.name) = lower(?))"_s;
}

// A word as the filter tokens hold it (CableRowCodec::searchTokens()):
// its letters and digits, lower case.
QString tokenText(QStringView word)
{
    QString token;
    for (const QChar c : word) {
        if (c.isLetterOrNumber())
            token.append(c.toLower());
    }
    return token;
}

// As SQLite's filter tokens match: every word of the value is the post or
// a word of the origin, case and punctuation ignored ("embassy astana"
// finds Embassy Astana). A value without a letter or digit compares the
// columns, as SQLite does then.
QString originCondition(const QString &value, QVariantList *values)
{
    QStringList words;
    for (const QString &word : value.split(u' ', Qt::SkipEmptyParts)) {
        const QString token = tokenText(word);
        if (!token.isEmpty())
            words.append(token);
    }
    if (words.isEmpty()) {
        values->append(QString(u""_s)); // the post is the value's letters and digits: none
        values->append(value);
        return u"c.post = ? OR c.origin = ?"_s;
    }
    QStringList each;
    for (const QString &word : std::as_const(words)) {
        each.append(u"(lower(c.post) = ? OR ? = ANY (SELECT lower(regexp_replace(o.word, '[^[:alnum:]]', '', 'g'))"
                    " FROM unnest(string_to_array(c.origin, ' ')) AS o(word)))"_s);
        values->append(word);
        values->append(word);
    }
    return each.join(u" AND "_s);
}
}

PgSearchSqlBuilder::PgSearchSqlBuilder(const SearchQuery &query)
    : m_query(query)
{
}

QString PgSearchSqlBuilder::condition(
    const SearchQuery::Filter &filter, QVariantList *values, const QStringList *userTagNames)
{
    QStringList alternatives;
    for (const QString &value : filter.values) {
        switch (filter.field) {
        case SearchQuery::Field::Origin:
            alternatives.append(originCondition(value, values));
            break;
        case SearchQuery::Field::Tag:
            alternatives.append(tagCondition(value, userTagNames, values));
            break;
        case SearchQuery::Field::Subject:
            alternatives.append(u"c.tsv @@ CAST(? AS tsquery)"_s);
            values->append(TsQueryText::allOf(value));
            break;
        case SearchQuery::Field::Classification:
            // SQLite's LIKE ignores case: ILIKE here.
            alternatives.append(u"c.classification = ? OR c.classification ILIKE ? ESCAPE '\\'"
                                " OR c.classification ILIKE ? ESCAPE '\\'"_s);
            values->append(value);
            values->append(QString(SearchSqlBuilder::escapeLike(value) + u"//%"_s));
            values->append(QString(u"%//"_s + SearchSqlBuilder::escapeLike(value) + u'%'));
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
            alternatives.append(u"c.id IN (SELECT a.cable_id FROM annotations a WHERE a.tsv @@ CAST(? AS tsquery))"_s);
            values->append(TsQueryText::allOf(value));
            break;
        }
    }
    const QString any = u'(' + alternatives.join(u") OR ("_s) + u')';
    return filter.negated ? QString(u"NOT ("_s + any + u')') : QString(u'(' + any + u')');
}

QString PgSearchSqlBuilder::conditions(QVariantList *values, const QStringList *userTagNames) const
{
    QStringList conditions;
    for (const SearchQuery::Filter &filter : m_query.filters())
        conditions.append(condition(filter, values, userTagNames));
    // The period compares ISO text, as on SQLite: the same SQL.
    conditions.append(SearchSqlBuilder(m_query).dateConditions(values));
    conditions.removeAll(QString());
    return conditions.isEmpty() ? u"TRUE"_s : conditions.join(" AND "_L1);
}

QString PgSearchSqlBuilder::tsquery() const
{
    return m_query.hasWords() ? TsQueryText::fromWords(m_query.words()) : TsQueryText::NoMatch;
}
}
