// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <functional>

class QMainWindow;

namespace Reftel
{
// A damaged library: a dialog that says so, changes nothing, and offers to
// save what is still readable into a new library, which it then opens.
class LibraryDamageDialog final
{
    // The strings moved here from the window: their translations stay its.
    Q_DECLARE_TR_FUNCTIONS(Reftel::MainWindow)
public:
    using Opener = std::function<bool(const QString &path)>;

    // Window modal, not blocking; open opens the salvaged copy.
    static void show(QMainWindow &window, const QString &path, const QString &problem, const Opener &open);

private:
    static void salvage(QMainWindow &window, const QString &path, const Opener &open);
};
}
