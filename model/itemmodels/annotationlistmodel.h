// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "annotationquery.h"
#include "usertag.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Reftel
{
class AnnotationStore;
class LibraryDatabase;
class UserTagStore;

// The annotations browser's rows: annotations across the whole library,
// filtered and sorted by an AnnotationQuery (by tag with its sub-tags,
// author, period, the cable's origin, classification and year, and words of
// the note through the full-text index). Only the matching ids are read when
// the filter or the order changes; a row's contents are read, a page at a
// time, when it is first shown. Grouping by cable or by tag is left
// to the view or a proxy: every row gives ItemRole::CableId, ItemRole::Anchor
// (to jump to the passage), ItemRole::AnnotationId and ItemRole::TagPaths.
//
// A new filter resets the model. Everything else arrives as exact changes:
// follow() the stores and each annotation added, changed or removed (an edit,
// an undo step) becomes a row inserted, a dataChanged or a row removed, and a
// changed order a layout change; reload() reads the ids again and applies the
// difference the same way, without a reset, so the view keeps its selection
// and scroll position.
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CableColumn,
        ParagraphColumn,
        QuoteColumn,
        NoteColumn,
        TagsColumn,
        AuthorColumn,
        CreatedColumn,
        ModifiedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    using Filter = AnnotationFilter;

    explicit AnnotationListModel(LibraryDatabase &library, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    // Reads the rows again with the current filter; false (and
    // errorString()) when the library cannot be read.
    bool reload();
    QString errorString() const { return m_error; }
    // Applies the stores' announcements from now on (either may be null).
    void follow(const AnnotationStore *annotations, const UserTagStore *tags);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    using Row = Annotation;

    static constexpr int PageSize = 256;

    QList<UserTag> prepareFilter();
    bool selectIds(QList<qint64> *ids);
    static AnnotationQuery::SortKey sortKey(int column);
    // The rows become ids, by removals, a layout change for the rows that
    // moved and insertions; then changed rows are read again.
    void apply(const QList<qint64> &ids, const QSet<qint64> &changed);
    void removeMissing(const QSet<qint64> &keep);
    void reorderAs(const QList<qint64> &ids);
    // The rows become ids, in a layout change that moves the persistent indexes with their rows.
    void relayout(QList<qint64> ids);
    void insertNew(const QList<qint64> &ids);
    bool setTags(const QList<UserTag> &tags);
    void annotationTouched(qint64 id);
    void tagsTouched();
    const Row &row(int index) const;
    QStringList tagPaths(const Row &row) const;

    LibraryDatabase &m_library;
    AnnotationQuery m_query;
    Filter m_filter;
    QList<qint64> m_ids; // the rows, in order
    mutable QHash<qint64, Row> m_cache; // the rows read so far, by id
    QHash<qint64, UserTag> m_tags;
    int m_sortColumn = ModifiedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QString m_error;
    bool m_loaded = false; // setFilter() or reload() ran: there are rows to follow
};
}
