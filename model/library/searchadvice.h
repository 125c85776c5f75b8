// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Reftel
{
class LibraryDatabase;

// What to tell a reader whose search found nothing: that nothing matched,
// and what would: which filter excluded everything (the query without it
// finds cables, counted as the library list counts them), or that the words
// themselves are in no cable.
class SearchAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::SearchAdvice)
public:
    // The filters of a query as typed ("origin:astana", "-tag:PGOV", "from:2009").
    static QStringList filterTokens(const QString &query);
    // The query without one of its filter tokens.
    static QString without(const QString &query, const QString &token);
    // How many cables the library list shows for a query (-1 when it is not valid).
    static qint64 count(LibraryDatabase &library, const QString &query);
    // Translated sentences for a query that lists no cable.
    static QString noMatches(LibraryDatabase &library, const QString &query);
};
}
