// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace Reftel
{
class LibraryDatabase;
class StoreError;

// The full-text indexes of the cables a CableWriter stored: the rows stored
// since the last indexing (fts_state in schemamigrations.cpp) and the cables
// filled again (fts_reindex), in bulk.
//
// On a server library there is nothing to do: CableWriter writes the tsv
// columns of paragraphs and cables with their rows (TsVectorText), and GIN
// indexes them in the same transaction.
class CableIndexer final
{
public:
    // error: the writer's, so that a failure here is the writer's failure.
    CableIndexer(LibraryDatabase &library, StoreError &error);
    Q_DISABLE_COPY_MOVE(CableIndexer)

    // Inside the caller's transaction: one statement per index.
    bool indexNew();
    // In steps, each its own transaction, so a kill loses at most one step;
    // progress(done, total) counts paragraphs.
    bool indexPending(const std::function<void(qint64 done, qint64 total)> &progress);

private:
    bool indexSubjects();
    bool indexSteps(const std::function<void(qint64 done, qint64 total)> &progress);
    bool inTransaction(const std::function<bool()> &work);

    LibraryDatabase &m_library;
    StoreError &m_error;
    bool m_server = false;
    bool m_subjectsHaveTokens = false; // subjects_fts has a tokens column (schema 3)
};
}
