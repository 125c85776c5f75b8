// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"

#include <QList>
#include <QString>

namespace Reftel
{
class LibraryDatabase;

// Counts the cables a query matches by origin, year, classification and
// TAGS code: the numbers beside the library's facets. Plain functions over
// one connection, so FacetModel can run them on a worker thread with a
// connection of its own and the window never waits for a count.
class FacetCounter final
{
public:
    enum class Kind
    {
        Origin,
        Year,
        Classification,
        Tag,
    };
    static constexpr int KindCount = 4;

    struct Value
    {
        QString value; // what a filter needs: post, year, classification, code
        QString label; // what the user reads: "Embassy Astana", "2009"
        qint64 count = 0;
        bool operator==(const Value &) const = default;
    };

    struct Counts
    {
        QList<Value> values[KindCount];
        QString error; // translated; empty on success
    };

    // At most this many values of a kind, the most frequent (years: all, newest first).
    static constexpr int ValueLimit = 60;

    explicit FacetCounter(LibraryDatabase &library);

    Counts count(const SearchQuery &query) const;

    // The query text that narrows to one value, as the search field takes it.
    static QString filterText(Kind kind, const QString &value);

private:
    LibraryDatabase &m_library;
};
}
