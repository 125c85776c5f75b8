// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Reftel
{
namespace
{
const auto LastFolderKey = QStringLiteral("Export/lastFolder");
}

QString ExportFolder::suggested()
{
    const QStringList candidates { QSettings().value(LastFolderKey).toString(),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath() };
    for (const QString &folder : candidates) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return QDir::cleanPath(folder);
    }
    return QDir::homePath();
}

QString ExportFolder::suggestedPath(const QString &fileName)
{
    return QDir(suggested()).filePath(fileName);
}

void ExportFolder::remember(const QString &filePath)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    if (!folder.isEmpty())
        QSettings().setValue(LastFolderKey, folder);
}
}
