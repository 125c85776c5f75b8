// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "reportexporter.h"
#include "reportoptions.h"

#include <QList>

#include <utility>

namespace Reftel
{
// reftel export --pdf FILE [--html FILE] [--csv FILE] [--json FILE] with the
// cables of --ids, --query and --tag: the report and the annotations,
// through the same ReportExporter as File ▸ Export Report… Its --json takes
// a file, unlike the other commands'.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Reftel::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override { return name(); }
    QString summary() const override;
    // It says first when it cannot lay out a report, then opens the library itself.
    Library library() const override { return Library::None; }
    bool needsFonts() const override { return true; }
    int run(CommandSession &session) override;

    const ReportOptions &reportOptions() const { return m_options; }
    // The files to write, in the order they are written.
    using Output = std::pair<ReportExporter::Format, QString>;
    QList<Output> outputs() const { return m_outputs; }

protected:
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString take(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    QString takeSelection(const QCommandLineParser &parser, const QStringList &arguments);
    // Writes the outputs of one kind (the report, or the annotations): the
    // exit code; stop when nothing more is to be tried (a damaged library,
    // no report to be made).
    int write(CommandSession &session, ReportExporter &exporter, bool document, bool &stop);

    ReportOptions m_options;
    QList<Output> m_outputs;
};
}
