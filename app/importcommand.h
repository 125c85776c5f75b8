// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Reftel
{
// reftel import PATH...: files, folders (recursively) and release CSV
// files into the library, which is made when it does not exist. Each file
// that failed is named on the error output with the reason.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override;
    QString summary() const override;
    Library library() const override { return Library::Write; }
    int run(CommandSession &session) override;

    QStringList paths() const { return m_paths; }

protected:
    void describeArguments(QCommandLineParser &parser) const override;
    QString take(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    QStringList m_paths;
};
}
