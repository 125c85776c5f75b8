// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "annotationstore.h"
#include "cableparser.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "documentparser.h"
#include "librarydatabase.h"
#include "samplecables.h"
#include "usertagstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestReportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_library;
    // One of each per connection, as the window's annotation controller holds them.
    std::unique_ptr<AnnotationStore> m_annotations;
    std::unique_ptr<UserTagStore> m_tags;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ReftelTest"_s);
        QCoreApplication::setApplicationName(u"tst_reportdialog"_s);
        QVERIFY(m_library.open(m_dir.filePath(u"library.sqlite"_s)));
        m_annotations = std::make_unique<AnnotationStore>(m_library);
        m_tags = std::make_unique<UserTagStore>(m_library);
        CableWriter cables(m_library);
        QVERIFY(cables.begin());
        for (const QString &path : SampleCables::paths()) {
            for (const Cable &cable : DocumentParser::parse(SampleCables::contents(path), QFileInfo(path).fileName()))
                QVERIFY(cables.store(cable, path) != CableWriter::StoreResult::Failed);
        }
        QVERIFY(cables.commit());
        Annotation a;
        a.cableId = u"09ASTANA253"_s;
        a.anchor = u"09ASTANA253¶2"_s;
        a.note = u"Dialog note"_s;
        QVERIFY(AnnotationStore(m_library).create(a));
    }

    // The export dialog opens in the documents folder (home when there is none), then where the last export went.
    void exportOpensInTheDocumentsOrTheLastFolder()
    {
        QSettings().clear();
        // A home of its own, with no Documents folder yet (never the real one).
        QTemporaryDir home;
        const QByteArray realHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const auto restore = qScopeGuard([&] { qputenv("HOME", realHome); });
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY2(documents.startsWith(home.path()), qPrintable(documents));
        QVERIFY(!QFileInfo::exists(documents));
        ReportOptions selection;
        selection.ids = { u"09ASTANA253"_s };
        selection.title = u"Manas"_s;
        ReportDialog dialog(m_library, *m_annotations, *m_tags, selection);
        QCOMPARE(QFileInfo(dialog.suggestedPath(ReportDialog::Format::Pdf)).absolutePath(), QDir::homePath());
        QVERIFY(QDir().mkpath(documents));
        QCOMPARE(dialog.suggestedPath(ReportDialog::Format::Pdf), QDir(documents).filePath(u"Manas.pdf"_s));
        QCOMPARE(QFileInfo(dialog.suggestedPath(ReportDialog::Format::Csv)).fileName(), u"Manas.csv"_s);

        QTemporaryDir elsewhere;
        QVERIFY(dialog.exportTo(ReportDialog::Format::Html, elsewhere.filePath(u"r.html"_s), true));
        QCOMPARE(dialog.suggestedPath(ReportDialog::Format::Pdf), QDir(elsewhere.path()).filePath(u"Manas.pdf"_s));
        // A new dialog (a later run) too.
        ReportDialog again(m_library, *m_annotations, *m_tags, selection);
        QCOMPARE(QFileInfo(again.suggestedPath(ReportDialog::Format::Json)).absolutePath(),
            QDir(elsewhere.path()).absolutePath());
        // The folder gone: the documents folder again.
        elsewhere.remove();
        QCOMPARE(
            QFileInfo(again.suggestedPath(ReportDialog::Format::Pdf)).absolutePath(), QDir(documents).absolutePath());
        QSettings().clear();
    }

    void choicesMakeTheOptions()
    {
        ReportOptions selection;
        selection.query = u"manas"_s;
        ReportDialog dialog(m_library, *m_annotations, *m_tags, selection);
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
        ReportDialog dialog(m_library, *m_annotations, *m_tags, selection);
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
