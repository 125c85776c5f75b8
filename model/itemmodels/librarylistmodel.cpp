// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylistmodel.h"

#include "itemroles.h"
#include "librarysearch.h"

#include <QDateTime>
#include <QMimeData>

namespace Reftel
{
LibraryListModel::LibraryListModel(LibraryDatabase &library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_list(library)
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
    m_list.setQuery(m_query, m_matchWindow);
    m_list.setOrder(sortKey(m_sortColumn), m_sortOrder);
    m_totalIsLowerBound = false;
    if (m_query.ftsMatch().isEmpty()) {
        m_total = m_list.count();
        if (!m_list.errorString().isEmpty())
            m_error = m_list.errorString();
        m_rows = m_list.page(nullptr, PageSize);
    } else {
        // Words: the window of hits is evaluated once, for the first page and its count together.
        m_rows = m_list.page(nullptr, PageSize, &m_total);
        m_totalIsLowerBound = m_list.windowIsFull();
    }
    if (!m_list.errorString().isEmpty())
        m_error = m_list.errorString();
    endResetModel();
}

CableListQuery::SortKey LibraryListModel::sortKey(int column)
{
    switch (column) {
    case IdColumn:
        return CableListQuery::SortKey::Id;
    case OriginColumn:
        return CableListQuery::SortKey::Origin;
    case ClassificationColumn:
        return CableListQuery::SortKey::Classification;
    case SubjectColumn:
        return CableListQuery::SortKey::Subject;
    default:
        return CableListQuery::SortKey::Created;
    }
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
    const QList<Row> page = m_list.page(&last, PageSize);
    if (!m_list.errorString().isEmpty())
        m_error = m_list.errorString();
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
    const QString text = m_list.snippet(row);
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
    return { QString::fromLatin1(CableIdsMimeType), QStringLiteral("text/plain") };
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
