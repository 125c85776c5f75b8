// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablelistquery.h"

#include "librarydatabase.h"
#include "librarysearch.h"
#include "searchsqlbuilder.h"
#include "snippetmaker.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Reftel
{
CableListQuery::CableListQuery(LibraryDatabase &library)
    : m_library(library)
{
}

void CableListQuery::setQuery(const SearchQuery &query, int matchWindow)
{
    m_query = query;
    m_matchWindow = matchWindow;
}

void CableListQuery::setOrder(SortKey key, Qt::SortOrder order)
{
    m_key = key;
    m_order = order;
}

QString CableListQuery::keyExpression() const
{
    // Plain columns, so that the date order can walk the cables_created index.
    switch (m_key) {
    case SortKey::Id:
        return QStringLiteral("c.id");
    case SortKey::Origin:
        return QStringLiteral("c.origin");
    case SortKey::Classification:
        return QStringLiteral("c.classification");
    case SortKey::Subject:
        return QStringLiteral("c.subject");
    case SortKey::Created:
        break;
    }
    return QStringLiteral("c.created");
}

QString CableListQuery::condition(QVariantList *values) const
{
    // Every cable: a condition both engines read (PostgreSQL has no
    // integer as a truth value).
    if (m_query.isEmpty())
        return QStringLiteral("1 = 1");
    return SearchCondition::sql(m_library, m_query, values, m_matchWindow);
}

qint64 CableListQuery::count()
{
    m_error.clear();
    QVariantList values;
    QSqlQuery query(m_library.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM cables c WHERE ") + condition(&values));
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

bool CableListQuery::windowIsFull() const
{
    if (m_query.ftsMatch().isEmpty())
        return false;
    const SearchSqlBuilder::IndexMatch match =
        SearchSqlBuilder(m_query).indexMatch(LibrarySearch::userTagNames(m_library));
    const QString window = QString::number(m_matchWindow);
    QSqlQuery full(m_library.database());
    full.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?"
                       " ORDER BY rowid DESC LIMIT ")
        + window + QStringLiteral(")) >= ") + window
        + QStringLiteral(" OR (SELECT count(*) FROM (SELECT rowid FROM subjects_fts WHERE subjects_fts MATCH ?"
                         " ORDER BY rowid DESC LIMIT ")
        + window + QStringLiteral(")) >= ") + window);
    full.addBindValue(match.paragraphs);
    full.addBindValue(match.subjects);
    return full.exec() && full.next() && full.value(0).toBool();
}

QString CableListQuery::afterCondition(const CableListRow &after, QVariantList *values) const
{
    // Strictly after the row in (sort value, pk) order. SQLite sorts NULL
    // first, so NULL keys need their own terms.
    const bool descending = m_order == Qt::DescendingOrder;
    const QString key = keyExpression();
    const QString cmp = descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString pkAfter = QStringLiteral("c.pk ") + cmp + QStringLiteral(" ?");
    if (after.key.isNull()) {
        *values << after.pk;
        if (descending)
            return QStringLiteral(" AND (") + key + QStringLiteral(" IS NULL AND ") + pkAfter + u')';
        return QStringLiteral(" AND ((") + key + QStringLiteral(" IS NULL AND ") + pkAfter + QStringLiteral(") OR ")
            + key + QStringLiteral(" IS NOT NULL)");
    }
    *values << after.key << after.key << after.pk;
    return QStringLiteral(" AND (") + key + u' ' + cmp + QStringLiteral(" ? OR (") + key + QStringLiteral(" = ? AND ")
        + pkAfter + u')'
        + (descending ? QString(QStringLiteral(" OR ") + key + QStringLiteral(" IS NULL)")) : QStringLiteral(")"));
}

QList<CableListRow> CableListQuery::page(const CableListRow *after, int size, qint64 *total)
{
    m_error.clear();
    QVariantList values;
    QString sql = QStringLiteral("SELECT c.pk, c.id, c.created, c.origin, c.classification, c.subject, ")
        + keyExpression() + QStringLiteral(" AS k") + (total ? QStringLiteral(", count(*) OVER ()") : QString())
        + QStringLiteral(" FROM cables c WHERE ") + condition(&values);
    if (after)
        sql += afterCondition(*after, &values);
    QString direction = m_order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // afterCondition() reads SQLite's order, NULL first when ascending;
    // PostgreSQL puts NULL last unless told.
    if (m_library.isServer())
        direction += m_order == Qt::DescendingOrder ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
    sql += QStringLiteral(" ORDER BY k") + direction + QStringLiteral(", c.pk") + direction + QStringLiteral(" LIMIT ")
        + QString::number(size);

    QList<CableListRow> rows;
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    if (total)
        *total = 0;
    if (!query.exec()) {
        m_error = query.lastError().text();
        return rows;
    }
    while (query.next()) {
        if (total)
            *total = query.value(7).toLongLong();
        const auto text = [&query](int column) { return query.value(column).toString(); };
        rows.append({ query.value(0).toLongLong(), text(1), text(2), text(3), text(4), text(5), query.value(6) });
    }
    return rows;
}

QString CableListQuery::snippet(const CableListRow &row) const
{
    if (m_query.ftsMatch().isEmpty())
        return {};
    // The words only: the snippet shows where they are, whatever the filters.
    // Marked here (see SnippetMaker) rather than by FTS5, which would look
    // every paragraph up in the index again: for a prefix, a merge of every
    // word it stands for, once per paragraph.
    const SnippetMaker maker(m_query.terms());
    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT text FROM paragraphs WHERE cable_pk = ? ORDER BY section, position"));
    query.addBindValue(row.pk);
    QStringList paragraphs;
    if (query.exec()) {
        while (query.next())
            paragraphs << query.value(0).toString();
    }
    if (const qsizetype best = maker.best(paragraphs); best >= 0)
        return maker.snippet(paragraphs.at(best), 16);
    if (maker.termsIn(row.subject) > 0)
        return maker.highlight(row.subject);
    return {};
}
}
