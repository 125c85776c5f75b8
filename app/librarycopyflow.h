// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarycopier.h"
#include "librarylocation.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace Reftel
{
class LibraryDatabase;

// File ▸ Copy Library to Server…: the open library into a team library
// (LibraryCopier), behind a progress dialog that can stop it, then what the
// copy holds. The copy reads through a connection of its own, so the window
// may go on saving drafts into the library while it runs.
class LibraryCopyFlow final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::LibraryCopyFlow)
public:
    struct Outcome
    {
        LibraryCopier::Result result;
        QString message; // what the window says: the counts, or why not
    };

    // Asks whether to replace what a non-empty target holds (tests answer it).
    using Confirm = std::function<bool(const QString &question)>;

    // Copies library into target, showing progress over parent.
    static Outcome run(
        QWidget *parent, const LibraryDatabase &library, const LibraryLocation &target, const Confirm &confirmReplace);
    // The sentence the window shows for a result.
    static QString describe(const LibraryCopier::Result &result, const QString &target);
};
}
