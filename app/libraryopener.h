// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <memory>

namespace Reftel
{
class LibraryDatabase;

// Opens the library a path or file:// URL names. One that does not exist yet
// is created with the bundled sample cables, so a newcomer sees cables at once.
class LibraryOpener final
{
    // The strings moved here from the window: their translations stay its.
    Q_DECLARE_TR_FUNCTIONS(Reftel::MainWindow)
public:
    struct Opened
    {
        std::unique_ptr<LibraryDatabase> library; // null when it could not be opened
        QString path; // the file
        QString error; // why not, translated
        bool damaged = false; // the file is a damaged library (not a wrong name or a locked file)
        QString created; // a new library: what it was made with
    };

    static Opened open(const QString &value);
};
}
