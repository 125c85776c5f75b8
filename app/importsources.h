// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QMimeData;
class QWidget;

namespace Reftel
{
// What the window imports: files or a folder the reader picks (none when
// the dialog is cancelled), or the local files dropped on it.
class ImportSources final
{
    // The strings moved here from the window: their translations stay its.
    Q_DECLARE_TR_FUNCTIONS(Reftel::MainWindow)
public:
    static QStringList chooseFiles(QWidget *parent);
    static QStringList chooseFolder(QWidget *parent);
    // Only local files: a remote URL dropped from a browser is not read.
    static QStringList localPaths(const QMimeData &dropped);
};
}
