// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usertag.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Reftel
{
class LibraryDatabase;

// Which annotations the annotations browser lists.
struct AnnotationFilter
{
    qint64 tagId = 0; // 0: any; else the tag or one of its sub-tags
    QString author; // exact; empty: any
    QDate from; // created on or after; invalid: open
    QDate to; // created on or before; invalid: open
    QString origin; // the cable's post (ASTANA) or origin (Embassy Astana)
    QString classification; // SECRET matches SECRET and SECRET//NOFORN
    int year = 0; // the cable's year, 0: any
    QString noteWords; // every word in the note (FTS); a trailing * is a prefix
    bool operator==(const AnnotationFilter &) const = default;
};

// The question the annotations browser asks of the library: the ids of the
// annotations a filter matches, in a sort order. Only the ids: the browser's
// cost is the rows it matches, and reading one integer per row keeps a
// filter matching a third of the library well under 100 ms. The rows
// themselves are AnnotationStore::withIds(), a page at a time.
class AnnotationQuery final
{
public:
    enum class SortKey
    {
        Cable,
        Paragraph,
        Quote,
        Note,
        Tags,
        Author,
        Created,
        Modified
    };

    explicit AnnotationQuery(LibraryDatabase &library);

    // tags: every user tag, to find the filter tag's sub-tags.
    void setFilter(const AnnotationFilter &filter, const QList<UserTag> &tags);
    // Nothing (and errorString()) when the library cannot be read.
    std::optional<QList<qint64>> ids(SortKey key, Qt::SortOrder order);

    QString errorString() const { return m_error; }

private:
    void addNoteCondition(const QString &words, QStringList *conditions);
    void addCableConditions(const AnnotationFilter &filter, QStringList *conditions);

    LibraryDatabase &m_library;
    QString m_where; // the filter's joins and conditions
    QVariantList m_values; // and their bound values
    QString m_error;
};
}
