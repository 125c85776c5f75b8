// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsources.h"

#include <QFileDialog>
#include <QMimeData>
#include <QUrl>

namespace Reftel
{
QStringList ImportSources::chooseFiles(QWidget *parent)
{
    return QFileDialog::getOpenFileNames(
        parent, tr("Import Cables"), QString(), tr("Cables (*.txt *.html *.htm *.csv);;All files (*)"));
}

QStringList ImportSources::chooseFolder(QWidget *parent)
{
    const QString folder = QFileDialog::getExistingDirectory(parent, tr("Import a Folder of Cables"));
    return folder.isEmpty() ? QStringList() : QStringList { folder };
}

QStringList ImportSources::localPaths(const QMimeData &dropped)
{
    QStringList paths;
    const QList<QUrl> urls = dropped.urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}
}
