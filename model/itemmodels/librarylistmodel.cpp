// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylistmodel.h"

#include "snippetmaker.h"

#include "itemroles.h"
#include "librarydatabase.h"
#include "librarysearch.h"
#include "searchsqlbuilder.h"

#include <QLocale>
#include <QMimeData>
#include <QSqlError>
#include <QSqlQuery>

namespace Reftel
{
LibraryListModel::LibraryListModel(LibraryDatabase &library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    reload();
}

void LibraryListModel::setQuery(const SearchQuery &query)
{
    m_query = query;
    reload();
}

void LibraryListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_snippets.clear();
    if (m_query.ftsMatch().isEmpty()) {
        countRows();
        m_rows = readPage(nullptr);
    } else {
        // Words: the window of hits is evaluated once, for the first page and its count together.
        m_rows = readPage(nullptr, &m_total);
        checkWindow();
    }
    endResetModel();
}

QString LibraryListModel::whereClause(QVariantList *values) const
{
    return SearchCondition::sql(m_library, m_query, values, m_matchWindow);
}

QString LibraryListModel::sortExpression() const
{
    // Plain columns, so that the date order can walk the cables_created index.
    switch (m_sortColumn) {
    case IdColumn:
        return QStringLiteral("c.id");
    case OriginColumn:
        return QStringLiteral("c.origin");
    case ClassificationColumn:
        return QStringLiteral("c.classification");
    case SubjectColumn:
        return QStringLiteral("c.subject");
    case DateColumn:
    default:
        return QStringLiteral("c.created");
    }
}

void LibraryListModel::countRows()
{
    m_total = 0;
    m_totalIsLowerBound = false;
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*) FROM cables c WHERE ") + whereClause(&values);
    QSqlQuery query(m_library.database());
    query.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return;
    }
    m_total = query.value(0).toLongLong();
}

void LibraryListModel::checkWindow()
{
    m_totalIsLowerBound = false;
    if (m_query.ftsMatch().isEmpty())
        return;
    const SearchSqlBuilder::IndexMatch match =
        SearchSqlBuilder(m_query).indexMatch(LibrarySearch::userTagNames(m_library));
    const QString window = QString::number(m_matchWindow);
    QSqlQuery full(m_library.database());
    full.prepare(QStringLiteral("SELECT (SELECT count(*) FROM (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?"
                                " ORDER BY rowid DESC LIMIT ")
                 + window + QStringLiteral(")) >= ") + window
                 + QStringLiteral(" OR (SELECT count(*) FROM (SELECT rowid FROM subjects_fts WHERE subjects_fts MATCH ?"
                                  " ORDER BY rowid DESC LIMIT ")
                 + window + QStringLiteral(")) >= ") + window);
    full.addBindValue(match.paragraphs);
    full.addBindValue(match.subjects);
    if (full.exec() && full.next())
        m_totalIsLowerBound = full.value(0).toBool();
}

QList<LibraryListModel::Row> LibraryListModel::readPage(const Row *after, qint64 *total) const
{
    QList<Row> page;
    QVariantList values;
    QString sql = QStringLiteral("SELECT c.pk, c.id, c.created, c.origin, c.classification, c.subject, ") + sortExpression()
        + QStringLiteral(" AS k") + (total ? QStringLiteral(", count(*) OVER ()") : QString()) + QStringLiteral(" FROM cables c WHERE ")
        + whereClause(&values);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const QString key = sortExpression();
    if (after) {
        // Keyset paging: strictly after the last row in (sort value, pk)
        // order. SQLite sorts NULL first, so NULL keys need their own terms.
        const QString cmp = descending ? QStringLiteral("<") : QStringLiteral(">");
        const QString pkAfter = QStringLiteral("c.pk ") + cmp + QStringLiteral(" ?");
        if (after->key.isNull()) {
            if (descending)
                sql += QStringLiteral(" AND (") + key + QStringLiteral(" IS NULL AND ") + pkAfter + u')';
            else
                sql += QStringLiteral(" AND ((") + key + QStringLiteral(" IS NULL AND ") + pkAfter + QStringLiteral(") OR ") + key
                    + QStringLiteral(" IS NOT NULL)");
            values << after->pk;
        } else {
            sql += QStringLiteral(" AND (") + key + u' ' + cmp + QStringLiteral(" ? OR (") + key + QStringLiteral(" = ? AND ") + pkAfter
                + u')';
            sql += descending ? QString(QStringLiteral(" OR ") + key + QStringLiteral(" IS NULL)")) : QStringLiteral(")");
            values << after->key << after->key << after->pk;
        }
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += QStringLiteral(" ORDER BY k") + direction + QStringLiteral(", c.pk") + direction + QStringLiteral(" LIMIT ")
        + QString::number(PageSize);

    QSqlQuery query(m_library.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    if (total)
        *total = 0;
    if (!query.exec()) {
        m_error = query.lastError().text();
        return page;
    }
    while (query.next()) {
        if (total)
            *total = query.value(7).toLongLong();
        Row row;
        row.pk = query.value(0).toLongLong();
        row.id = query.value(1).toString();
        row.created = query.value(2).toString();
        row.origin = query.value(3).toString();
        row.classification = query.value(4).toString();
        row.subject = query.value(5).toString();
        row.key = query.value(6);
        page << row;
    }
    return page;
}

QString LibraryListModel::cableId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int LibraryListModel::loadedRowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int LibraryListModel::rowOf(const QString &id)
{
    while (true) {
        const int row = loadedRowOf(id);
        if (row >= 0 || !canFetchMore({}))
            return row;
        fetchMore({});
    }
}

int LibraryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ItemRole::CableId)
        return row.id;
    if (role == Qt::ToolTipRole && index.column() == SubjectColumn)
        return row.subject;
    if (index.column() == MatchColumn) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ItemRole::Snippet)
            return {};
        const QString marked = snippet(row);
        if (role == ItemRole::Snippet)
            return marked;
        QString plain = marked;
        plain.remove(LibrarySearch::HighlightStart).remove(LibrarySearch::HighlightEnd);
        return plain;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return row.id;
    case DateColumn: {
        // Stored as ISO text in UTC; shown as a date, the time is in the metadata pane.
        const QDateTime dt = QDateTime::fromString(row.created, Qt::ISODate);
        return dt.isValid() ? dt.toUTC().date().toString(Qt::ISODate) : row.created;
    }
    case OriginColumn:
        return row.origin;
    case ClassificationColumn:
        return row.classification;
    case SubjectColumn:
        return row.subject;
    default:
        return {};
    }
}

QVariant LibraryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Reference");
    case DateColumn:
        return tr("Date");
    case OriginColumn:
        return tr("Origin");
    case ClassificationColumn:
        return tr("Classification");
    case SubjectColumn:
        return tr("Subject");
    case MatchColumn:
        return tr("Match");
    default:
        return {};
    }
}

bool LibraryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void LibraryListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_rows.isEmpty())
        return;
    const Row last = m_rows.last();
    const QList<Row> page = readPage(&last);
    if (page.isEmpty()) {
        m_total = m_rows.size(); // the library changed under us: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

void LibraryListModel::sort(int column, Qt::SortOrder order)
{
    // The Match column is in rank order of nothing: sorting by it keeps the order.
    if (column < 0 || column >= MatchColumn || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

QString LibraryListModel::snippet(const Row &row) const
{
    if (m_query.ftsMatch().isEmpty())
        return {};
    if (const auto it = m_snippets.constFind(row.pk); it != m_snippets.cend())
        return *it;
    // The words only: the snippet shows where they are, whatever the filters.
    // The cable's paragraph with the most of them (the first of equals),
    // marked here (see SnippetMaker) rather than by FTS5, which would look
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
    QString text;
    if (const qsizetype best = maker.best(paragraphs); best >= 0)
        text = maker.snippet(paragraphs.at(best), 16);
    else if (maker.termsIn(row.subject) > 0)
        text = maker.highlight(row.subject);
    m_snippets.insert(row.pk, text);
    return text;
}

Qt::ItemFlags LibraryListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

QStringList LibraryListModel::mimeTypes() const
{
    return {QString::fromLatin1(CableIdsMimeType), QStringLiteral("text/plain")};
}

QMimeData *LibraryListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !ids.contains(m_rows.at(index.row()).id))
            ids.append(m_rows.at(index.row()).id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(CableIdsMimeType), ids.join(u'\n').toUtf8());
    mime->setText(ids.join(u'\n'));
    return mime;
}
}
