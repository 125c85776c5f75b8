// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Reftel
{
// reftel library copy [--force] FROM TO: a whole library into another, an
// SQLite file to a team library on a server and back (LibraryCopier), then
// every table's rows counted on both sides and said. A target that holds
// anything is refused unless --force, which replaces what it held.
class LibraryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::LibraryCommand)
public:
    QString name() const override { return QStringLiteral("library"); }
    QString synopsis() const override;
    QString summary() const override;
    // Both libraries are named in the arguments; the command opens them itself.
    Library library() const override { return Library::None; }
    int run(CommandSession &session) override;

    QString source() const { return m_source; }
    QString target() const { return m_target; }
    bool force() const { return m_force; }

protected:
    QList<QCommandLineOption> options() const override;
    void describeArguments(QCommandLineParser &parser) const override;
    QString take(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    QString m_source;
    QString m_target;
    bool m_force = false;
};
}
