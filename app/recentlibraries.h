// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMenu;

namespace Reftel
{
// File ▸ Open Recent: the libraries last opened, the newest first, each
// once, kept in the settings with the last one (the one opened at start).
class RecentLibraries final : public QObject
{
    Q_OBJECT
public:
    static constexpr int limit = 8;

    explicit RecentLibraries(QObject *parent = nullptr);

    QStringList paths() const;
    // Puts the library (as an absolute path) first, and makes it the last opened.
    void remember(const QString &path);
    // The menu lists the libraries from now on, disabled while there are none.
    void setMenu(QMenu *menu);

Q_SIGNALS:
    void chosen(const QString &path);

private:
    void updateMenu();

    QPointer<QMenu> m_menu;
};
}
