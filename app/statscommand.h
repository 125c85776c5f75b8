// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Reftel
{
// reftel stats [--json]: what the library holds (cables, paragraphs, the
// states of the references, its size on disk).
class StatsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::StatsCommand)
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString synopsis() const override { return name(); }
    QString summary() const override;
    int run(CommandSession &session) override;

    bool json() const { return m_json; }

protected:
    QList<QCommandLineOption> options() const override;
    QString take(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    bool m_json = false;
};
}
