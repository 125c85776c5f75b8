// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportoptions.h"

#include <QString>
#include <QStringList>

namespace Reftel
{
class LibraryDatabase;

// The cables a report's options choose: listed by id, found by a search,
// or carrying a tag (or a sub-tag), together.
class ReportSelection final
{
public:
    ReportSelection(LibraryDatabase &library, const ReportOptions &options);

    // The chosen cables in the library, oldest first; empty with
    // errorString() set when the selection is empty, a query is invalid or
    // nothing matches.
    QStringList cables();
    QString errorString() const { return m_error; }

    // How the selection reads on the title page.
    static QString describe(const ReportOptions &options);

private:
    LibraryDatabase &m_library;
    ReportOptions m_options;
    QString m_error;
};
}
