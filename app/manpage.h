// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Reftel
{
// reftel(1), written from the very texts `reftel --help`, `reftel COMMAND
// --help` and `reftel export --help` print (QCommandLineParser's help), so
// the man page says what the program says. `reftel --man` prints it; the
// build installs it.
class ManPage final
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::ManPage)
public:
    struct HelpTexts
    {
        QString window; // reftel --help
        QString commands; // the commands' help (CommandLine::helpText()): their list, their common options
        QString exportCommand; // reftel export --help
        QStringList commandHelps; // reftel search --help and the others but export's, a section each
    };
    static QString render(const HelpTexts &help, const QString &version);

    // Text for troff: backslashes, leading dots and hyphens escaped.
    static QString escape(const QString &text);
};
}
