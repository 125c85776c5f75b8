// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "annotationstore.h"
#include "cableparser.h"
#include "cablestore.h"
#include "librarydatabase.h"
#include "samplecables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestReportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(m_dir.filePath(u"library.sqlite"_s)));
        CableStore cables(m_library);
        QVERIFY(cables.begin());
        for (const QString &path : SampleCables::paths()) {
            for (const Cable &cable :
                CableParser::parseDocument(SampleCables::contents(path), QFileInfo(path).fileName()))
                QVERIFY(cables.store(cable, path) != CableStore::StoreResult::Failed);
        }
        QVERIFY(cables.commit());
        Annotation a;
        a.cableId = u"09ASTANA253"_s;
        a.anchor = u"09ASTANA253¶2"_s;
        a.note = u"Dialog note"_s;
        QVERIFY(AnnotationStore(m_library).create(a));
    }

    void choicesMakeTheOptions()
    {
        ReportOptions selection;
        selection.query = u"manas"_s;
        ReportDialog dialog(m_library, selection);
        dialog.findChild<QLineEdit *>()->setText(u"Weekly summary"_s);
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().startsWith(u"Only"_s))
                box->setChecked(true);
        }
        dialog.findChild<QComboBox *>()->setCurrentIndex(1);
        const ReportOptions options = dialog.options();
        QCOMPARE(options.title, u"Weekly summary"_s);
        QCOMPARE(options.query, u"manas"_s);
        QVERIFY(options.annotatedOnly);
        QCOMPARE(options.paperSize, ReportOptions::PaperSize::Letter);
        QVERIFY(dialog.findChild<QPrintPreviewWidget *>());
    }

    void exportsEachFormat()
    {
        ReportOptions selection;
        selection.ids = { u"09ASTANA253"_s };
        ReportDialog dialog(m_library, selection);
        const QString pdf = m_dir.filePath(u"dialog.pdf"_s);
        QVERIFY2(dialog.exportTo(ReportDialog::Format::Pdf, pdf, true), qPrintable(dialog.lastError()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString html = m_dir.filePath(u"dialog.html"_s);
        QVERIFY(dialog.exportTo(ReportDialog::Format::Html, html, true));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        QVERIFY(htmlFile.readAll().contains("Dialog note"));
        const QString csv = m_dir.filePath(u"dialog.csv"_s);
        QVERIFY(dialog.exportTo(ReportDialog::Format::Csv, csv, true));
        QVERIFY(QFile::exists(csv));

        const QString bad = m_dir.filePath(u"missing/dialog.pdf"_s);
        QVERIFY(!dialog.exportTo(ReportDialog::Format::Pdf, bad, true));
        QVERIFY(dialog.lastError().contains(bad));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
