// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace Reftel
{
// reftel_rank(): FTS5's bm25() with two changes that keep a search over the
// whole release within a few tens of milliseconds.
//
//   reftel_rank(fts_table, weight0, weight1, ... [, idf])
//
// Scores as bm25() does (k1 1.2, b 0.75, the same per-column weights,
// negative: best first in ascending order), except:
// - bm25() counts the rows holding each phrase of the query over the whole
//   index, once per query: for a common word, or for a filter token such as
//   tpgov that half the library holds, that count alone took 20–50 ms. Here
//   a phrase that carries no weight (only found in columns weighted 0) is
//   never counted, and a phrase's count is estimated from its first
//   SampleHits rows (rowids are dense keys, so hits per rowid there are hits
//   per rowid everywhere).
// - idf 0 leaves the inverse document frequency out: for a query of one
//   phrase it is the same factor for every row, and counting a prefix
//   (gover*) costs as much as the search itself.
class Fts5Ranking final
{
public:
    static constexpr const char *FunctionName = "reftel_rank";
    static constexpr int SampleHits = 2000;

    // Makes reftel_rank() available on this connection. False when the
    // connection's SQLite cannot be reached (see SqliteHandle); the library
    // then ranks with bm25().
    static bool install(const QSqlDatabase &db);
};
}
