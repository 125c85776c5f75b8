// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Reftel
{
// Where a file dialog for an export (a report, annotations) opens: the folder
// the last export went to, else the documents folder, else the home folder;
// never the program's working directory (often "/"). Kept with QSettings.
class ExportFolder final
{
public:
    static QString suggested();
    // A file name in the suggested folder.
    static QString suggestedPath(const QString &fileName);
    // Remembers the folder of a file just written.
    static void remember(const QString &filePath);
};
}
