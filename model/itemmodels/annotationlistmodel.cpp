// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "notemarkdown.h"

#include "annotationstore.h"
#include "itemroles.h"
#include "librarydatabase.h"
#include "usertagstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reftel
{
AnnotationListModel::AnnotationListModel(LibraryDatabase &library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
    , m_query(library)
{
}

void AnnotationListModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    m_loaded = true;
    m_error.clear();
    const QList<UserTag> tags = prepareFilter();
    QList<qint64> ids;
    selectIds(&ids);
    beginResetModel();
    m_ids = std::move(ids);
    m_cache.clear();
    m_tags.clear();
    for (const UserTag &tag : std::as_const(tags))
        m_tags.insert(tag.id, tag);
    endResetModel();
}

bool AnnotationListModel::reload()
{
    m_loaded = true;
    m_error.clear();
    const QList<UserTag> tags = prepareFilter();
    QList<qint64> ids;
    if (!selectIds(&ids))
        return false;
    setTags(tags);
    // Nobody said which rows changed (another window may have written):
    // every row is read again when next shown.
    apply(ids, QSet<qint64>(m_ids.cbegin(), m_ids.cend()));
    return true;
}

void AnnotationListModel::follow(const AnnotationStore *annotations, const UserTagStore *tags)
{
    if (annotations) {
        connect(annotations, &AnnotationStore::annotationAdded, this, &AnnotationListModel::annotationTouched);
        connect(annotations, &AnnotationStore::annotationChanged, this, &AnnotationListModel::annotationTouched);
        connect(annotations, &AnnotationStore::annotationRemoved, this, &AnnotationListModel::annotationTouched);
    }
    if (tags) {
        connect(tags, &UserTagStore::tagAdded, this, &AnnotationListModel::tagsTouched);
        connect(tags, &UserTagStore::tagChanged, this, &AnnotationListModel::tagsTouched);
        connect(tags, &UserTagStore::tagRemoved, this, &AnnotationListModel::tagsTouched);
    }
}

void AnnotationListModel::annotationTouched(qint64 id)
{
    // Whether it (still) matches the filter, and where it sorts, is the
    // query's to say: run it again and apply the difference.
    if (!m_loaded)
        return;
    QList<qint64> ids;
    if (selectIds(&ids))
        apply(ids, { id });
}

void AnnotationListModel::tagsTouched()
{
    // A renamed tag changes the Tags column; a deleted or merged one the
    // rows' tags, and perhaps which rows a tag filter matches.
    if (!m_loaded)
        return;
    m_error.clear();
    const QList<UserTag> tags = prepareFilter();
    QList<qint64> ids;
    if (!selectIds(&ids))
        return;
    const bool renamed = setTags(tags);
    apply(ids, renamed ? QSet<qint64>(m_ids.cbegin(), m_ids.cend()) : QSet<qint64>());
}

bool AnnotationListModel::setTags(const QList<UserTag> &tags)
{
    QHash<qint64, UserTag> byId;
    for (const UserTag &tag : tags)
        byId.insert(tag.id, tag);
    if (byId == m_tags)
        return false;
    m_tags = std::move(byId);
    return true;
}

void AnnotationListModel::apply(const QList<qint64> &ids, const QSet<qint64> &changed)
{
    removeMissing(QSet<qint64>(ids.cbegin(), ids.cend()));
    reorderAs(ids);
    // A row inserted now is read fresh: only the rows that were there
    // before are announced as changed.
    const QSet<qint64> shown(m_ids.cbegin(), m_ids.cend());
    QSet<qint64> before;
    for (qint64 id : changed) {
        m_cache.remove(id);
        if (shown.contains(id))
            before.insert(id);
    }
    insertNew(ids);
    if (before.isEmpty() || m_ids.isEmpty())
        return;
    // One signal per run of neighbouring changed rows.
    int first = -1;
    for (int i = 0; i <= int(m_ids.size()); ++i) {
        const bool hit = i < int(m_ids.size()) && before.contains(m_ids.at(i));
        if (hit && first < 0)
            first = i;
        if (!hit && first >= 0) {
            Q_EMIT dataChanged(index(first, 0), index(i - 1, ColumnCount - 1));
            first = -1;
        }
    }
}

void AnnotationListModel::removeMissing(const QSet<qint64> &keep)
{
    // From the end, a run at a time, so the rows before stay where they are.
    int last = int(m_ids.size()) - 1;
    while (last >= 0) {
        if (keep.contains(m_ids.at(last))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !keep.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows({}, first, last);
        for (int i = first; i <= last; ++i)
            m_cache.remove(m_ids.at(i));
        m_ids.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
}

void AnnotationListModel::reorderAs(const QList<qint64> &ids)
{
    // The rows both lists hold, in the new order.
    const QSet<qint64> present(m_ids.cbegin(), m_ids.cend());
    QList<qint64> order;
    order.reserve(m_ids.size());
    for (qint64 id : ids) {
        if (present.contains(id))
            order.append(id);
    }
    if (order != m_ids)
        relayout(std::move(order));
}

void AnnotationListModel::relayout(QList<qint64> ids)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> persistentIds;
    for (const QModelIndex &index : before)
        persistentIds.append(m_ids.at(index.row()));
    m_ids = std::move(ids);
    QHash<qint64, int> rowOf;
    for (int i = 0; i < int(m_ids.size()); ++i)
        rowOf.insert(m_ids.at(i), i);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf.value(persistentIds.at(i), -1);
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AnnotationListModel::insertNew(const QList<qint64> &ids)
{
    // m_ids is now ids without the new rows, in the same order: inserting
    // each run of new ids where ids has it keeps the two equal up to there.
    const QSet<qint64> present(m_ids.cbegin(), m_ids.cend());
    int i = 0;
    while (i < int(ids.size())) {
        if (present.contains(ids.at(i))) {
            ++i;
            continue;
        }
        int end = i;
        while (end < int(ids.size()) && !present.contains(ids.at(end)))
            ++end;
        beginInsertRows({}, i, end - 1);
        for (int j = i; j < end; ++j)
            m_ids.insert(j, ids.at(j));
        endInsertRows();
        i = end;
    }
}

QList<UserTag> AnnotationListModel::prepareFilter()
{
    const QList<UserTag> tags = m_library.userTags().tags();
    m_query.setFilter(m_filter, tags);
    return tags;
}

AnnotationQuery::SortKey AnnotationListModel::sortKey(int column)
{
    switch (column) {
    case CableColumn:
        return AnnotationQuery::SortKey::Cable;
    case ParagraphColumn:
        return AnnotationQuery::SortKey::Paragraph;
    case QuoteColumn:
        return AnnotationQuery::SortKey::Quote;
    case NoteColumn:
        return AnnotationQuery::SortKey::Note;
    case TagsColumn:
        return AnnotationQuery::SortKey::Tags;
    case AuthorColumn:
        return AnnotationQuery::SortKey::Author;
    case CreatedColumn:
        return AnnotationQuery::SortKey::Created;
    default:
        return AnnotationQuery::SortKey::Modified;
    }
}

bool AnnotationListModel::selectIds(QList<qint64> *ids)
{
    std::optional<QList<qint64>> found = m_query.ids(sortKey(m_sortColumn), m_sortOrder);
    if (!found) {
        m_error = m_query.errorString();
        return false;
    }
    *ids = std::move(*found);
    return true;
}

const AnnotationListModel::Row &AnnotationListModel::row(int index) const
{
    const qint64 id = m_ids.at(index);
    const auto found = m_cache.constFind(id);
    if (found != m_cache.constEnd())
        return *found;

    // The page around the row, in one question.
    const int first = index / PageSize * PageSize;
    const int last = std::min<int>(first + PageSize, int(m_ids.size()));
    QList<qint64> page;
    for (int i = first; i < last; ++i) {
        if (!m_cache.contains(m_ids.at(i)))
            page.append(m_ids.at(i));
    }
    for (const Annotation &annotation : m_library.annotations().withIds(page))
        m_cache.insert(annotation.id, annotation);
    // A row deleted by another window since the filter ran reads as empty
    // until the next reload().
    auto cached = m_cache.find(id);
    if (cached == m_cache.end()) {
        Row gone;
        gone.id = id;
        cached = m_cache.insert(id, gone);
    }
    return *cached;
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList AnnotationListModel::tagPaths(const Row &row) const
{
    QStringList paths;
    for (qint64 id : row.tagIds) {
        const auto it = m_tags.constFind(id);
        if (it != m_tags.constEnd())
            paths.append(it->path);
    }
    return paths;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = this->row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: // the raw value, for sorting proxies and tests
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CableColumn:
            return row.cableId;
        case ParagraphColumn: {
            const qsizetype mark = row.anchor.indexOf(QChar(0x00B6));
            return mark >= 0 ? row.anchor.mid(mark) : row.anchor;
        }
        case QuoteColumn:
            return row.detached && role == Qt::DisplayRole ? tr("(detached) %1").arg(row.quote) : row.quote;
        case NoteColumn:
            // The words, not the Markdown ("**Putin**"); the note as written for editing roles.
            return role == Qt::EditRole ? row.note : NoteMarkdown::plainText(row.note);
        case TagsColumn:
            return tagPaths(row).join(u", "_s);
        case AuthorColumn:
            return row.author;
        case CreatedColumn:
        case ModifiedColumn: {
            const QDateTime &time = index.column() == CreatedColumn ? row.created : row.modified;
            return role == Qt::DisplayRole ? QVariant(time.toLocalTime()) : QVariant(time);
        }
        }
        return {};
    case ItemRole::CableId:
        return row.cableId;
    case ItemRole::Anchor:
        return row.anchor;
    case ItemRole::AnnotationId:
        return row.id;
    case ItemRole::TagPaths:
        return tagPaths(row);
    case ItemRole::Detached:
        return row.detached;
    }
    return {};
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CableColumn:
        return tr("Cable");
    case ParagraphColumn:
        return tr("Paragraph");
    case QuoteColumn:
        return tr("Passage");
    case NoteColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    case AuthorColumn:
        return tr("Author");
    case CreatedColumn:
        return tr("Created");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    ItemRole::addNames(&names,
        { ItemRole::CableId, ItemRole::Anchor, ItemRole::AnnotationId, ItemRole::TagPaths, ItemRole::Detached });
    return names;
}

void AnnotationListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    QList<qint64> ids;
    if (selectIds(&ids))
        relayout(std::move(ids));
}
}
