// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Reftel
{
namespace
{
const auto FontKey = u"Preferences/readingFont"_s;
const auto ColoursKey = u"Preferences/colours"_s;
const auto AuthorKey = u"Preferences/author"_s;
const auto LibraryKey = u"Preferences/defaultLibrary"_s;

QString schemeName(Preferences::ColourScheme scheme)
{
    switch (scheme) {
    case Preferences::ColourScheme::Light:
        return u"light"_s;
    case Preferences::ColourScheme::Dark:
        return u"dark"_s;
    case Preferences::ColourScheme::System:
        break;
    }
    return u"system"_s;
}
}

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    p.readingFont = defaultReadingFont();
    const QString font = settings.value(FontKey).toString();
    if (!font.isEmpty())
        p.readingFont.fromString(font);
    const QString colours = settings.value(ColoursKey).toString();
    p.colours = colours == "light"_L1 ? ColourScheme::Light
        : colours == "dark"_L1        ? ColourScheme::Dark
                                      : ColourScheme::System;
    p.author = settings.value(AuthorKey).toString().trimmed();
    if (p.author.isEmpty())
        p.author = systemUserName();
    p.defaultLibrary = settings.value(LibraryKey).toString();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(FontKey, readingFont.toString());
    settings.setValue(ColoursKey, schemeName(colours));
    // The system name is not stored, so a later change of it is followed.
    if (author.trimmed() == systemUserName())
        settings.remove(AuthorKey);
    else
        settings.setValue(AuthorKey, author.trimmed());
    settings.setValue(LibraryKey, defaultLibrary);
}

QFont Preferences::defaultReadingFont()
{
    QFont font = QApplication::font();
    // A little larger than the interface's: this is the text read all afternoon.
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() + 1);
    return font;
}

QString Preferences::systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name; // empty when the system gives none: the window asks (never a placeholder stored as data)
}

QString Preferences::unknownAuthor()
{
    return QApplication::translate("Reftel::Preferences", "Unknown author");
}
}
