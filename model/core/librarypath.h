// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Reftel
{
// What a --library value (or a library chosen in the window) may be: the
// path of an SQLite file, existing or to be made. A URI such as
// postgresql://host/db is refused with a clear message rather than taken
// for a file name (which made a folder called "postgresql:"), and so is a
// folder. file:// URLs are read as the path they name.
class LibraryPath final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::LibraryPath)
public:
    // Why value cannot be a library (translated, naming it), or empty.
    static QString problem(const QString &value);
    // The file a value names: a file:// URL's path, else the value itself.
    static QString localPath(const QString &value);
};
}
