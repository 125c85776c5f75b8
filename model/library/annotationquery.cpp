// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationquery.h"

#include "librarydatabase.h"
#include "searchquery.h"
#include "searchsqlbuilder.h"
#include "tsquerytext.h"
#include "writetransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
// Text compared without case: SQLite's NOCASE collation, lower() on a
// server (which has no NOCASE; lower() folds every letter, NOCASE only
// ASCII, which makes no difference to the order of ASCII text).
QString noCase(const QString &expression, bool server)
{
    if (server)
        return u"lower("_s + expression + u')';
    return expression + u" COLLATE NOCASE"_s;
}

QString orderExpression(AnnotationQuery::SortKey key, bool server)
{
    switch (key) {
    case AnnotationQuery::SortKey::Cable:
        return u"a.cable_id"_s;
    case AnnotationQuery::SortKey::Paragraph:
        return u"a.anchor"_s;
    case AnnotationQuery::SortKey::Quote:
        return noCase(u"a.quote"_s, server);
    case AnnotationQuery::SortKey::Note:
        return noCase(u"a.note"_s, server);
    case AnnotationQuery::SortKey::Tags: // by the first tag's name
        return noCase(u"(SELECT min(u.name) FROM annotation_tags t JOIN user_tags u ON u.id = t.tag_id"
                      " WHERE t.annotation_id = a.id)"_s,
            server);
    case AnnotationQuery::SortKey::Author:
        return noCase(u"a.author"_s, server);
    case AnnotationQuery::SortKey::Created:
        return u"a.created"_s; // ISO 8601 UTC: sorts as text
    case AnnotationQuery::SortKey::Modified:
        break;
    }
    return u"a.modified"_s;
}
}

AnnotationQuery::AnnotationQuery(LibraryDatabase &library)
    : m_library(library)
{
}

void AnnotationQuery::setFilter(const AnnotationFilter &filter, const QList<UserTag> &tags)
{
    QStringList conditions;
    m_values.clear();
    if (filter.tagId != 0) {
        // The subtree from the tags already read, not with a recursive
        // query: there are few tags, and an IN list lets SQLite use the
        // annotation_tags(tag_id) index directly.
        QList<qint64> ids { filter.tagId };
        for (const UserTag &tag : tags) {
            if (ids.contains(tag.parent) && !ids.contains(tag.id))
                ids.append(tag.id);
        }
        QStringList placeholders;
        for (qint64 id : std::as_const(ids)) {
            placeholders.append(u"?"_s);
            m_values.append(id);
        }
        conditions.append(u"a.id IN (SELECT annotation_id FROM annotation_tags WHERE tag_id IN ("_s
            + placeholders.join(u',') + u"))"_s);
    }
    if (!filter.author.isEmpty()) {
        conditions.append(u"a.author = ?"_s);
        m_values.append(filter.author);
    }
    if (filter.from.isValid()) {
        conditions.append(u"a.created >= ?"_s);
        m_values.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        conditions.append(u"a.created < ?"_s);
        m_values.append(filter.to.addDays(1).toString(Qt::ISODate));
    }
    const qsizetype beforeCables = conditions.size();
    addCableConditions(filter, &conditions);
    const bool joinCables = conditions.size() > beforeCables;
    if (!filter.noteWords.trimmed().isEmpty())
        addNoteCondition(filter.noteWords, &conditions);
    m_where = (joinCables ? u" JOIN cables c ON c.id = a.cable_id"_s : QString())
        + (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(" AND "_L1));
}

void AnnotationQuery::addNoteCondition(const QString &words, QStringList *conditions)
{
    if (!m_library.isServer()) {
        conditions->append(u"a.id IN (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?)"_s);
        m_values.append(SearchSqlBuilder::noteMatch(words));
        return;
    }
    // The tsv column holds the note's words as AnnotationStore wrote them
    // (TsVectorText); the query's are made the same way, every word quoted,
    // so that none is read as an operator.
    const QString query = TsQueryText::allOf(words);
    if (query == TsQueryText::NoMatch) {
        conditions->append(u"1 = 0"_s); // no word: as FTS5's "" matches nothing
        return;
    }
    conditions->append(u"a.tsv @@ CAST(? AS tsquery)"_s);
    m_values.append(query);
}

void AnnotationQuery::addCableConditions(const AnnotationFilter &filter, QStringList *conditions)
{
    const bool server = m_library.isServer();
    if (!filter.origin.isEmpty()) {
        QString post;
        for (const QChar c : filter.origin) {
            if (c.isLetterOrNumber())
                post.append(c.toUpper());
        }
        conditions->append(
            u"(c.post = ? OR "_s + (server ? u"lower(c.origin) = lower(?))"_s : u"c.origin = ? COLLATE NOCASE)"_s));
        m_values.append(post);
        m_values.append(filter.origin);
    }
    if (!filter.classification.isEmpty()) {
        const QString level = filter.classification.toUpper();
        // SQLite's LIKE ignores the case of ASCII letters; ILIKE is that.
        const QString like = server ? u" ILIKE ? ESCAPE '\\'"_s : u" LIKE ? ESCAPE '\\'"_s;
        conditions->append(
            u"(c.classification = ? OR c.classification"_s + like + u" OR c.classification"_s + like + u')');
        m_values.append(level);
        m_values.append(QString(SearchSqlBuilder::escapeLike(level) + u"//%"_s));
        m_values.append(QString(u"%//"_s + SearchSqlBuilder::escapeLike(level) + u'%'));
    }
    if (filter.year != 0) {
        conditions->append(u"c.year = ?"_s);
        m_values.append(filter.year);
    }
}

std::optional<QList<qint64>> AnnotationQuery::ids(SortKey key, Qt::SortOrder order)
{
    m_error.clear();
    const bool server = m_library.isServer();
    QString direction = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    // SQLite puts NULL (an annotation without tags) first when ascending,
    // PostgreSQL last: a server is told SQLite's order.
    if (server)
        direction += order == Qt::AscendingOrder ? u" NULLS FIRST"_s : u" NULLS LAST"_s;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT a.id FROM annotations a"_s + m_where + u" ORDER BY "_s + orderExpression(key, server)
        + direction + u", a.id"_s + direction);
    for (const QVariant &value : std::as_const(m_values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = WriteTransaction::describe(query.lastError());
        return std::nullopt;
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}
}
