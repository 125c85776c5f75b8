// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsummarydialog.h"

#include <QPlainTextEdit>
#include <QTest>

using namespace Reftel;

class TestImportSummaryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryFailureWithItsFile()
    {
        LibraryImporter::Summary summary;
        summary.imported = 3;
        summary.failed = 2;
        for (const QString &file : { QStringLiteral("/data/a.txt"), QStringLiteral("/data/b.png") }) {
            LibraryImporter::Outcome failure;
            failure.source = file;
            failure.status = LibraryImporter::Outcome::Status::Failed;
            failure.reason = file + QStringLiteral(": not a cable");
            summary.failures << failure;
        }
        ImportSummaryDialog dialog(summary);
        QVERIFY(ImportSummaryDialog::countsText(summary).contains(QStringLiteral("3 imported")));
        QVERIFY(ImportSummaryDialog::countsText(summary).contains(QStringLiteral("2 failed")));
        const QString failures = dialog.failures()->toPlainText();
        QVERIFY(failures.contains(QStringLiteral("/data/a.txt: not a cable")));
        QVERIFY(failures.contains(QStringLiteral("/data/b.png: not a cable")));
        QVERIFY(dialog.failures()->isReadOnly());
    }

    void cancelledImportSaysItCanContinue()
    {
        LibraryImporter::Summary summary;
        summary.cancelled = true;
        QVERIFY(ImportSummaryDialog::countsText(summary).contains(QStringLiteral("stopped")));
        ImportSummaryDialog dialog(summary);
        QVERIFY(dialog.failures()->isHidden());
    }
};

QTEST_MAIN(TestImportSummaryDialog)
#include "tst_importsummarydialog.moc"
