// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Reftel
{
// reftel show ID [--json|--text]: one cable, deduplicated, as clean text or
// JSON. The id may be written as cables write it ("ASTANA 000253") when
// the library holds that number in one year only.
class ShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::ShowCommand)
public:
    QString name() const override { return QStringLiteral("show"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CommandSession &session) override;

    QString id() const { return m_id; }
    bool json() const { return m_json; }

protected:
    QList<QCommandLineOption> options() const override;
    void describeArguments(QCommandLineParser &parser) const override;
    QString take(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    QString m_id;
    bool m_json = false;
};
}
