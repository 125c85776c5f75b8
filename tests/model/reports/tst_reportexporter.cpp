// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexporter.h"

#include "annotationanchorer.h"
#include "annotationstore.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The one export service of the dialog and `reftel export`, on a small
// library of the bundled samples with one annotated passage.
class TestReportExporter : public QObject
{
    Q_OBJECT

private:
    ReportOptions options() const
    {
        ReportOptions o;
        o.title = u"Exporter report"_s;
        o.author = u"Desk officer"_s;
        o.ids = { u"09ASTANA253"_s, u"09ASTANA714"_s };
        return o;
    }

    QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    StoreFixtures::TemporaryLibrary m_dir;
    LibraryDatabase m_library;
    std::unique_ptr<AnnotationStore> m_annotations;
    std::unique_ptr<UserTagStore> m_tags;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(m_dir.path()));
        CableWriter cables(m_library);
        QVERIFY(cables.begin());
        for (const auto &sample : StoreFixtures::samples())
            QVERIFY(cables.store(sample.cable, sample.path) != CableWriter::StoreResult::Failed);
        QVERIFY(cables.commit());
        m_annotations = std::make_unique<AnnotationStore>(m_library);
        m_tags = std::make_unique<UserTagStore>(m_library);
        const qint64 manas = m_tags->ensurePath(u"Kyrgyzstan/Manas"_s, u"#e57373"_s);
        const Cable cable = *m_library.cables().load(u"09ASTANA253"_s);
        Annotation a = AnnotationAnchorer::capture(cable.id, *cable.paragraphs().at(1));
        a.note = u"Exported by the exporter"_s;
        a.tagIds = { manas };
        QVERIFY(m_annotations->create(a) > 0);
    }

    void writesAPdf()
    {
        ReportExporter exporter(m_library, *m_annotations, *m_tags);
        exporter.setOptions(options());
        const QString pdf = m_dir.dir() + u"/exported.pdf"_s;
        qint64 built = 0;
        exporter.setBuildProgress([&built](qint64 done, qint64) { built = done; });
        const ReportExporter::Result result = exporter.write(ReportExporter::Format::Pdf, pdf);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(built, 2); // both cables went into it
        QVERIFY(read(pdf).startsWith("%PDF-"));
        const int pages = exporter.document()->document->pageCount();
        QVERIFY(pages >= 3);
        // English has no translation: the source's "(s)" forms.
        QCOMPARE(result.message, u"Wrote %1: %2 page(s)"_s.arg(pdf).arg(pages));
        QCOMPARE(exporter.countsText(), u"2 cable(s), 1 annotation(s)"_s);

        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(pdftotext, { pdf, u"-"_s });
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY(text.contains(u"Exporter report"_s));
        QVERIFY(text.contains(u"Desk officer"_s));
        QVERIFY(text.contains(u"Exported by the exporter"_s));
    }

    // The report is built once for its options: the HTML written after the PDF is the same report.
    void buildsOncePerOptions()
    {
        ReportExporter exporter(m_library, *m_annotations, *m_tags);
        exporter.setOptions(options());
        int builds = 0;
        exporter.setBuildProgress([&builds](qint64 done, qint64) { builds += done == 0; });
        QVERIFY(exporter.write(ReportExporter::Format::Pdf, m_dir.dir() + u"/once.pdf"_s).ok);
        const QString html = m_dir.dir() + u"/once.html"_s;
        const ReportExporter::Result result = exporter.write(ReportExporter::Format::Html, html);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(builds, 1);
        QCOMPARE(result.message, u"Wrote %1"_s.arg(html));
        QVERIFY(read(html).contains("Exported by the exporter"));

        ReportOptions other = options();
        other.title = u"Another title"_s;
        exporter.setOptions(other);
        QVERIFY(exporter.write(ReportExporter::Format::Html, html).ok);
        QCOMPARE(builds, 2);
        QVERIFY(read(html).contains("Another title"));
    }

    void writesTheAnnotations()
    {
        ReportExporter exporter(m_library, *m_annotations, *m_tags);
        exporter.setOptions(options());
        QCOMPARE(exporter.cables(), (QStringList { u"09ASTANA253"_s, u"09ASTANA714"_s }));
        const QString csv = m_dir.dir() + u"/exported.csv"_s;
        const ReportExporter::Result written = exporter.write(ReportExporter::Format::Csv, csv);
        QVERIFY2(written.ok, qPrintable(written.error));
        QCOMPARE(written.message, u"Wrote %1"_s.arg(csv));
        QVERIFY(read(csv).contains("Exported by the exporter"));
        const QString json = m_dir.dir() + u"/exported.json"_s;
        QVERIFY(exporter.write(ReportExporter::Format::Json, json).ok);
        QCOMPARE(QJsonDocument::fromJson(read(json)).object().value(u"annotations"_s).toArray().size(), 1);
        QVERIFY(!exporter.hasDocument()); // CSV and JSON need no layout
    }

    // A file that cannot be written: the error names it, and nothing is left under its name.
    void namesAnUnwritableFile_data()
    {
        QTest::addColumn<ReportExporter::Format>("format");
        QTest::newRow("pdf") << ReportExporter::Format::Pdf;
        QTest::newRow("html") << ReportExporter::Format::Html;
        QTest::newRow("csv") << ReportExporter::Format::Csv;
        QTest::newRow("json") << ReportExporter::Format::Json;
    }

    void namesAnUnwritableFile()
    {
        QFETCH(ReportExporter::Format, format);
        ReportExporter exporter(m_library, *m_annotations, *m_tags);
        exporter.setOptions(options());
        const QString bad = m_dir.dir() + u"/no/such/folder/out"_s + ReportExporter::suffix(format);
        const ReportExporter::Result result = exporter.write(format, bad);
        QVERIFY(!result.ok);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.error.contains(bad), qPrintable(result.error));
        QVERIFY(result.message.isEmpty());
        QVERIFY(!QFile::exists(bad));
    }

    // A selection the library cannot answer says why, for every format.
    void saysWhatTheSelectionLacks()
    {
        ReportExporter exporter(m_library, *m_annotations, *m_tags);
        ReportOptions unknown = options();
        unknown.ids = { u"99NOWHERE1"_s };
        exporter.setOptions(unknown);
        const QString pdf = m_dir.dir() + u"/unknown.pdf"_s;
        const ReportExporter::Result result = exporter.write(ReportExporter::Format::Pdf, pdf);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"99NOWHERE1"_s), qPrintable(result.error));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(exporter.write(ReportExporter::Format::Csv, m_dir.dir() + u"/unknown.csv"_s)
                .error.contains(u"99NOWHERE1"_s));
        exporter.setOptions({});
        QVERIFY(!exporter.write(ReportExporter::Format::Json, m_dir.dir() + u"/none.json"_s).error.isEmpty());
    }

    // A cancelled build writes nothing and is built again when asked next.
    void cancelLeavesNoFile()
    {
        ReportExporter exporter(m_library, *m_annotations, *m_tags);
        exporter.setOptions(options());
        std::atomic_bool cancel = true;
        exporter.setCancelFlag(&cancel);
        const QString pdf = m_dir.dir() + u"/cancelled.pdf"_s;
        const ReportExporter::Result result = exporter.write(ReportExporter::Format::Pdf, pdf);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(!QFile::exists(pdf));
        cancel = false;
        QVERIFY(exporter.write(ReportExporter::Format::Pdf, pdf).ok);
        QVERIFY(QFile::exists(pdf));
    }
};

// A QGuiApplication: the report lays out text.
QTEST_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
