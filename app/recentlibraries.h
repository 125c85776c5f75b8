// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "librarylocation.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMenu;

namespace Reftel
{
// File ▸ Open Recent: the libraries last opened, the newest first, each
// once, kept in the settings with the last one (the one opened at start).
// A file by its absolute path, a team library by its address
// (LibraryLocation::toText()): never with a password.
class RecentLibraries final : public QObject
{
    Q_OBJECT
public:
    static constexpr int limit = 8;

    explicit RecentLibraries(QObject *parent = nullptr);

    // What each library is remembered by, the newest first: for LibraryLocation::fromText().
    QStringList paths() const;
    // Puts the library first, and makes it the last opened.
    void remember(const LibraryLocation &location);
    void remember(const QString &value) { remember(LibraryLocation::fromText(value)); }
    // The menu lists the libraries from now on, disabled while there are none.
    void setMenu(QMenu *menu);

Q_SIGNALS:
    void chosen(const QString &path);

private:
    void updateMenu();

    QPointer<QMenu> m_menu;
};
}
