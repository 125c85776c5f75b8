// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryopener.h"

#include "librarydatabase.h"
#include "libraryimporter.h"

#include <QDir>
#include <QFileInfo>

namespace Reftel
{
LibraryOpener::Opened LibraryOpener::open(const QString &value, const PasswordPrompt &askPassword)
{
    return open(LibraryLocation::fromText(value), askPassword);
}

LibraryOpener::Opened LibraryOpener::open(const LibraryLocation &location, const PasswordPrompt &askPassword)
{
    Opened opened;
    opened.location = location;
    if (const QString problem = location.problem(); !problem.isEmpty()) {
        opened.error = problem;
        return opened;
    }
    opened.path = location.isServer() ? location.toText() : location.filePath();
    const bool isNew = !location.isServer() && !QFileInfo::exists(opened.path);
    auto library = std::make_unique<LibraryDatabase>();
    if (!location.isServer())
        QDir().mkpath(QFileInfo(opened.path).absolutePath());
    bool ok = library->open(location);
    // The server wants a password the location lacks: asked for once.
    if (!ok && library->needsPassword() && location.password().isEmpty() && askPassword) {
        if (const std::optional<QString> password = askPassword(location); password && !password->isEmpty()) {
            opened.location.setPassword(*password);
            ok = library->open(opened.location);
        }
    }
    if (!ok) {
        opened.error = library->errorString();
        opened.damaged = library->damaged();
        return opened;
    }
    library->limitMemory();
    if (isNew) {
        const LibraryImporter::Summary summary = LibraryImporter(*library).run({ QStringLiteral(":/samples") });
        opened.created = tr("Created a new library with %n sample cable(s).", nullptr, int(summary.cables));
    }
    opened.library = std::move(library);
    return opened;
}
}
