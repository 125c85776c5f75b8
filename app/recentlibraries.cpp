// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentlibraries.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Reftel
{
RecentLibraries::RecentLibraries(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentLibraries::paths() const
{
    return QSettings().value(QStringLiteral("Library/recent")).toStringList();
}

void RecentLibraries::remember(const LibraryLocation &location)
{
    QSettings settings;
    const QString absolute =
        location.isServer() ? location.toText() : QFileInfo(location.filePath()).absoluteFilePath();
    QStringList recent = paths();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("Library/recent"), recent.mid(0, limit));
    settings.setValue(QStringLiteral("Library/last"), absolute);
    updateMenu();
}

void RecentLibraries::setMenu(QMenu *menu)
{
    m_menu = menu;
    updateMenu();
}

void RecentLibraries::updateMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList recent = paths();
    for (const QString &path : recent) {
        const LibraryLocation location = LibraryLocation::fromText(path);
        const QString text =
            location.isServer() ? tr("%1 (%2)").arg(location.displayName(), path) : QDir::toNativeSeparators(path);
        m_menu->addAction(text, this, [this, path] { Q_EMIT chosen(path); });
    }
    m_menu->setEnabled(!recent.isEmpty());
}
}
