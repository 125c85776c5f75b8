// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "referenceresolver.h"

namespace Reftel
{
// reftel refs ID [--json]: a cable's references with their state (resolved,
// probable, missing…) and the cables of the library that cite it.
class RefsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::RefsCommand)
public:
    QString name() const override { return QStringLiteral("refs"); }
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
    void writeJson(CommandSession &session, const QString &key, const QList<ReferenceResolver::Link> &refs,
        const QList<ReferenceResolver::Link> &citedBy) const;
    void writeText(CommandSession &session, const QString &key, const QList<ReferenceResolver::Link> &refs,
        const QList<ReferenceResolver::Link> &citedBy) const;

    QString m_id;
    bool m_json = false;
};
}
