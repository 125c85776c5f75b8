// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarylocation.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace Reftel
{
class LibraryDatabase;

// Opens the library a path, file:// URL or server address names. A file that
// does not exist yet is created with the bundled sample cables, so a newcomer
// sees cables at once; a team library is opened as the server holds it.
class LibraryOpener final
{
    // The strings moved here from the window: their translations stay its.
    Q_DECLARE_TR_FUNCTIONS(Reftel::MainWindow)
public:
    struct Opened
    {
        std::unique_ptr<LibraryDatabase> library; // null when it could not be opened
        LibraryLocation location; // what was opened, with the password it took
        QString path; // the file, or the team library's address (no password)
        QString error; // why not, translated
        bool damaged = false; // the file is a damaged library (not a wrong name or a locked file)
        QString created; // a new library: what it was made with
    };
    // Asked once when the server wants a password the location lacks: the
    // password, or nothing to give up.
    using PasswordPrompt = std::function<std::optional<QString>(const LibraryLocation &location)>;

    static Opened open(const QString &value, const PasswordPrompt &askPassword = {});
    static Opened open(const LibraryLocation &location, const PasswordPrompt &askPassword = {});
};
}
