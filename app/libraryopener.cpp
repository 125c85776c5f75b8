// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryopener.h"

#include "librarydatabase.h"
#include "libraryimporter.h"
#include "librarypath.h"

#include <QDir>
#include <QFileInfo>

namespace Reftel
{
LibraryOpener::Opened LibraryOpener::open(const QString &value)
{
    Opened opened;
    if (const QString problem = LibraryPath::problem(value); !problem.isEmpty()) {
        opened.error = problem;
        return opened;
    }
    opened.path = LibraryPath::localPath(value);
    const bool isNew = !QFileInfo::exists(opened.path);
    auto library = std::make_unique<LibraryDatabase>();
    QDir().mkpath(QFileInfo(opened.path).absolutePath());
    if (!library->open(opened.path)) {
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
