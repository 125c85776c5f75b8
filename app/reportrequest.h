// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportoptions.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace Reftel
{
// File ▸ Export Report…: what the report is of. The current search result,
// or, with no search, the cables of the tags the reader names (sub-tags
// included); none when the reader cancels.
class ReportRequest final
{
    // The strings moved here from the window: their translations stay its.
    Q_DECLARE_TR_FUNCTIONS(Reftel::MainWindow)
public:
    // Reports are signed as the annotations are: author is the preferences' one.
    static std::optional<ReportOptions> ask(QWidget *parent, const QString &author, const QString &searchText);
};
}
