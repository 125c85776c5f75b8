// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryimporter.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Reftel
{
// What an import did: the counts, and every failure with its file and reason,
// in a text the user can select and copy.
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportSummaryDialog(const LibraryImporter::Summary &summary, QWidget *parent = nullptr);

    static QString countsText(const LibraryImporter::Summary &summary);
    QPlainTextEdit *failures() const { return m_failures; }

private:
    QLabel *m_counts = nullptr;
    QPlainTextEdit *m_failures = nullptr;
};
}
