// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Reftel
{
class LibraryDatabase;

// What a library holds, counted: "reftel stats", the benchmarks and the
// crash tests' comparison of a library with another.
struct CableStats
{
    qint64 cables = 0;
    qint64 paragraphs = 0;
    qint64 sources = 0;
    qint64 referencesResolved = 0;
    qint64 referencesMissing = 0;
    qint64 referencesProbable = 0;
    qint64 referencesPending = 0;
    qint64 referencesNotCables = 0; // EMAIL, TELECON...
    qint64 staleCables = 0; // parsed by an older parser
    qint64 sizeOnDisk = 0; // bytes, with the WAL

    // Counts the library now (zeros where it cannot be read).
    static CableStats of(const LibraryDatabase &library);
};
}
