// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two libraries the list's tests read: the bundled samples, and 700
// synthetic release cables (enough for pages). For tests linking reftel_import.

#include "librarydatabase.h"
#include "libraryimporter.h"
#include "syntheticcsv.h"

#include <QFile>
#include <QTemporaryDir>

namespace Reftel::Testing
{
// Opens samples and many in dir and imports into them; false on any failure.
inline bool importListLibraries(const QTemporaryDir &dir, LibraryDatabase &samples, LibraryDatabase &many)
{
    if (!samples.open(dir.filePath(QStringLiteral("samples.sqlite")))
        || !LibraryImporter(samples).run({ QStringLiteral(":/samples") }).ok())
        return false;
    QFile csv(dir.filePath(QStringLiteral("many.csv")));
    if (!csv.open(QIODevice::WriteOnly) || csv.write(syntheticCsv(700)) < 0)
        return false;
    csv.close();
    return many.open(dir.filePath(QStringLiteral("many.sqlite"))) && LibraryImporter(many).run({ csv.fileName() }).ok();
}
}
