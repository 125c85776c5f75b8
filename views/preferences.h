// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

class QSettings;

namespace Reftel
{
// What the reader chooses in Edit ▸ Preferences, stored with QSettings under
// "Preferences/". A plain value: the dialog edits a copy, the window applies it.
class Preferences final
{
public:
    enum class ColourScheme
    {
        System, // whatever the desktop uses
        Light,
        Dark,
    };

    QFont readingFont; // the clean body's font; the original text stays fixed-width
    ColourScheme colours = ColourScheme::System;
    QString author; // signs annotations; the system user name until changed; empty when unknown
    QString defaultLibrary; // opened at start when none is named; empty: the one used last

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;

    static QFont defaultReadingFont();
    static QString systemUserName(); // empty when the system gives none
    // How an annotation with no author is shown (translated, never stored).
    static QString unknownAuthor();

    bool operator==(const Preferences &) const = default;
};
}
