// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsummarydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Reftel
{
ImportSummaryDialog::ImportSummaryDialog(const LibraryImporter::Summary &summary, QWidget *parent)
    : QDialog(parent)
    , m_counts(new QLabel(this))
    , m_failures(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importSummaryDialog"));
    setWindowTitle(summary.cancelled ? tr("Import Stopped") : tr("Import Finished"));
    m_counts->setText(countsText(summary));
    m_counts->setWordWrap(true);
    m_failures->setObjectName(QStringLiteral("importFailures"));
    m_failures->setReadOnly(true);
    m_failures->setAccessibleName(tr("Files that could not be imported"));
    QStringList lines;
    for (const LibraryImporter::Outcome &failure : summary.failures)
        lines << failure.reason;
    // Then the files skipped as no cables, each with its reason: not failures, but worth a look.
    for (const LibraryImporter::Outcome &skipped : summary.notCableFiles)
        lines << skipped.reason;
    m_failures->setPlainText(lines.join(u'\n'));
    m_failures->setVisible(!lines.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (!lines.isEmpty()) {
        QPushButton *copy = buttons->addButton(tr("&Copy Failures"), QDialogButtonBox::ActionRole);
        connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_failures->toPlainText()); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_failures, 1);
    layout->addWidget(buttons);
    resize(lines.isEmpty() ? QSize(420, 120) : QSize(640, 360));
}

QString ImportSummaryDialog::countsText(const LibraryImporter::Summary &s)
{
    const QLocale locale;
    QString text =
        tr("%1 imported, %2 updated, %3 merged with cables already in the library, %4 already there, %5 failed.")
            .arg(locale.toString(s.imported), locale.toString(s.updated), locale.toString(s.merged),
                locale.toString(s.skipped), locale.toString(s.failed));
    if (s.notCables > 0)
        text += u' ' + tr("%n file(s) skipped as no cables (listed below).", nullptr, s.notCables);
    if (s.cancelled)
        text += u' '
            + tr("The import was stopped; what was stored stays, and importing the same files again continues it.");
    return text;
}
}
