// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Reftel
{
// reftel salvage NEWFILE: copies what the damaged library (--library) still
// holds into a new library, and leaves the damaged one as it is.
class SalvageCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::SalvageCommand)
public:
    QString name() const override { return QStringLiteral("salvage"); }
    QString synopsis() const override;
    QString summary() const override;
    // It reads the damaged file row by row itself (LibrarySalvage).
    Library library() const override { return Library::None; }
    int run(CommandSession &session) override;

    QString target() const { return m_target; }

protected:
    void describeArguments(QCommandLineParser &parser) const override;
    QString take(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    QString m_target;
};
}
