// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "annotationanchorer.h"
#include "annotationstore.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "reportbuilder.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Reports from the bundled samples with annotations made through the
// stores, read back as a reader sees them: the PDF's text by pdftotext, the
// HTML file's text.
class TestReportWriter : public QObject
{
    Q_OBJECT

private:
    static QString folded(QString text) { return text.replace(QRegularExpression(u"\\s+"_s), u" "_s); }

    // The PDF's text, one string per page (pdftotext ends pages with \f).
    QStringList pdfPages(const QString &pdf)
    {
        QProcess process;
        process.start(m_pdftotext, { pdf, u"-"_s });
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
        if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
            pages.removeLast();
        for (QString &page : pages)
            page = folded(page);
        return pages;
    }

    ReportOptions options() const
    {
        ReportOptions o;
        o.title = u"Manas lease review"_s;
        o.author = u"J. Analyst"_s;
        o.ids = { u"09ASTANA253"_s, u"09astana714"_s };
        return o;
    }

    Annotation annotate(
        const QString &cableId, int paragraphIndex, const QString &passage, const QString &note, QList<qint64> tagIds)
    {
        const Cable cable = *CableReader(m_library).load(cableId);
        const Paragraph &paragraph = *cable.paragraphs().at(paragraphIndex);
        const qsizetype start = passage.isEmpty() ? 0 : paragraph.text.indexOf(passage);
        Annotation a = AnnotationAnchorer::capture(cableId, paragraph, start, passage.size());
        a.note = note;
        a.author = u"analyst"_s;
        a.tagIds = tagIds;
        a.id = AnnotationStore(m_library).create(a);
        return a;
    }

    StoreFixtures::TemporaryLibrary m_dir;
    LibraryDatabase m_library;
    QString m_pdftotext;
    QString m_passage; // highlighted in 09ASTANA253
    QString m_tagOnly; // tagged, with no note
    QString m_subject253;
    QString m_subject714;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY(m_library.open(m_dir.path()));
        QVERIFY(StoreFixtures::storeSamples(m_library));
        const CableReader &cables = m_library.cables();
        m_subject253 = cables.load(u"09ASTANA253"_s)->subject;
        m_subject714 = cables.load(u"09ASTANA714"_s)->subject;
        QVERIFY(!m_subject714.isEmpty());

        UserTagStore tags(m_library);
        const qint64 manas = tags.ensurePath(u"Kyrgyzstan/Manas"_s, u"#e57373"_s);
        const qint64 russia = tags.ensurePath(u"Russia"_s, u"#64b5f6"_s);
        const Cable cable = *m_library.cables().load(u"09ASTANA253"_s);
        m_passage = cable.paragraphs().at(1)->text.left(60).section(u' ', 2, 6); // a few whole words
        QVERIFY(!m_passage.isEmpty());
        QVERIFY(annotate(u"09ASTANA253"_s, 1, m_passage, u"Lease terms are the **lever** here."_s, { manas }).id > 0);
        QVERIFY(annotate(u"09ASTANA253"_s, 2, {},
                    u"<img src=\"http://example.invalid/x.png\"> and <b>bold</b> stay text"_s, { russia })
                    .id
            > 0);
        QVERIFY(annotate(u"09ASTANA714"_s, 0, {}, u"Second cable: check with the desk."_s, { manas, russia }).id > 0);
        m_tagOnly = cable.paragraphs().at(3)->text.section(u' ', 4, 7);
        QVERIFY(annotate(u"09ASTANA253"_s, 3, m_tagOnly, {}, { russia }).id > 0); // a tag, no note
    }

    void pdfHasEverySection()
    {
        if (m_pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        ReportBuilder builder(m_library, options());
        std::optional<ReportDocument> report = builder.build();
        QVERIFY2(report, qPrintable(builder.errorString()));
        QCOMPARE(report->cables, 2);
        QCOMPARE(report->annotations, 4);
        QCOMPARE(report->notes, 3);
        const QString pdf = m_dir.dir() + u"/report.pdf"_s;
        ReportWriter writer;
        QVERIFY2(writer.writePdf(*report, pdf), qPrintable(writer.errorString()));
        const QStringList pages = pdfPages(pdf);
        const int count = report->document->pageCount();
        QCOMPARE(pages.size(), count);
        QVERIFY(count >= 4);

        // Title page: title, author, what selected the cables, counts.
        QVERIFY(pages.first().contains(u"Manas lease review"_s));
        QVERIFY(pages.first().contains(u"J. Analyst"_s));
        QVERIFY(pages.first().contains(u"the cables 09ASTANA253, 09ASTANA714"_s));
        QVERIFY2(pages.first().contains(u"Cables: 2"_s), qPrintable(pages.first()));
        QVERIFY(pages.first().contains(u"Annotations: 4 · Notes: 3"_s));
        if (!qEnvironmentVariableIsEmpty("REFTEL_KEEP_REPORT"))
            QFile::copy(pdf, qEnvironmentVariable("REFTEL_KEEP_REPORT"));

        // Contents: each subject, with the page its chapter is on.
        QVERIFY(pages.at(1).contains(u"Contents"_s));
        for (const QString &subject : { m_subject253, m_subject714 }) {
            const QString start = folded(subject).section(u' ', 0, 3);
            QVERIFY2(pages.at(1).contains(start), qPrintable(start));
        }
        for (qsizetype page = 1; page < pages.size(); ++page)
            QVERIFY2(pages.at(page).contains(u"Page %1 of %2"_s.arg(page + 1).arg(count)), qPrintable(pages.at(page)));
        int chapter253 = 0;
        for (qsizetype page = 2; page < pages.size() && !chapter253; ++page) {
            if (pages.at(page).contains(folded(m_subject253).section(u' ', 0, 3)))
                chapter253 = int(page + 1);
        }
        QVERIFY(chapter253 > 2);
        QVERIFY2(pages.at(1).contains(u"Contents %1 09ASTANA253 "_s.arg(chapter253)), qPrintable(pages.at(1)));
        int chapter714 = 0;
        for (qsizetype page = chapter253; page < pages.size() && !chapter714; ++page) {
            if (pages.at(page).contains(folded(m_subject714).section(u' ', 0, 3)))
                chapter714 = int(page + 1);
        }
        QVERIFY(chapter714 > chapter253);
        QVERIFY2(pages.at(1).contains(u" %1 09ASTANA714 "_s.arg(chapter714)), qPrintable(pages.at(1)));

        // The chapter: header metadata, the passage, the notes with their numbers.
        const QString all = pages.join(u' ');
        QVERIFY(all.contains(u"Embassy Astana"_s));
        QVERIFY(all.contains(u"KAZAKHSTAN"_s)); // a TAGS meaning
        QVERIFY(all.contains(folded(m_passage)));
        QVERIFY(all.contains(u"[1]"_s));
        QVERIFY(all.contains(u"[3]"_s));
        QVERIFY(!all.contains(u"[4]"_s));
        QVERIFY2(all.contains(folded(m_tagOnly) + u" ■ Russia"_s), qPrintable(all)); // the tag beside its passage
        QVERIFY(all.contains(u"Lease terms are the lever here."_s)); // Markdown emphasis, rendered
        QVERIFY(all.contains(u"Second cable: check with the desk."_s));
        QVERIFY(all.contains(u"(C)"_s)); // paragraph classification marks

        // Markup in a note is text.
        QVERIFY2(
            all.contains(u"<img src=\"http://example.invalid/x.png\"> and <b>bold</b> stay text"_s), qPrintable(all));

        // Tag index at the end: tag, cable paragraph, page.
        const QString index = pages.constLast();
        QVERIFY(index.contains(u"Tag index"_s));
        QVERIFY(index.contains(u"Kyrgyzstan/Manas"_s));
        QVERIFY(index.contains(u"Russia"_s));
        QVERIFY2(index.contains(QRegularExpression(u"\\d+ 09ASTANA253 ¶\\d+ "_s)), qPrintable(index));
        // 09ASTANA714's first paragraph is on its chapter's first page.
        QVERIFY2(index.contains(u"%1 09ASTANA714 ¶1 "_s.arg(chapter714)), qPrintable(index));

        // PDF metadata.
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("J. Analyst"));
    }

    // A long document is laid out lazily by Qt; the PDF must still hold
    // every page, down to the last cable's last note.
    void longReportIsComplete()
    {
        if (m_pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        const QString words =
            u"The minister said the transit agreement would be reviewed before the summit. "_s.repeated(8);
        QStringList ids;
        {
            CableWriter cables(library);
            QVERIFY(cables.begin());
            for (int i = 1; i <= 120; ++i) {
                const QString id = u"09LONG%1"_s.arg(i, 3, 10, QLatin1Char(u'0'));
                ids << id;
                QVERIFY(cables.store(StoreFixtures::makeCable(
                                         id, u"LONG CABLE %1"_s.arg(i), { words, words, words, words, words, words }),
                            u"long"_s)
                    != CableWriter::StoreResult::Failed);
            }
            QVERIFY(cables.commit());
        }
        Annotation last;
        last.cableId = u"09LONG120"_s;
        last.anchor = u"09LONG120¶6"_s;
        last.quote = words;
        last.note = u"The very last note"_s;
        last.tagIds = { UserTagStore(library).ensurePath(u"Final"_s) };
        QVERIFY(AnnotationStore(library).create(last));
        ReportOptions o;
        o.ids = ids;
        o.includeTagIndex = false; // nothing then asks for the page of the last blocks before painting
        std::optional<ReportDocument> report = ReportBuilder(library, o).build();
        QVERIFY(report);
        const QString pdf = dir.dir() + u"/long.pdf"_s;
        ReportWriter writer;
        QVERIFY(writer.writePdf(*report, pdf));
        const QStringList pages = pdfPages(pdf);
        QVERIFY(pages.size() > 200);
        QCOMPARE(pages.size(), report->document->pageCount());
        QVERIFY2(pages.constLast().contains(u"The very last note"_s), qPrintable(pages.constLast()));
        QVERIFY(pages.first().contains(u"and 108 more"_s));
    }

    void annotatedParagraphsOnly()
    {
        if (m_pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        ReportOptions o = options();
        o.annotatedOnly = true;
        o.includeTagIndex = false;
        std::optional<ReportDocument> report = ReportBuilder(m_library, o).build();
        QVERIFY(report);
        const QString text = folded(report->document->toPlainText());
        QVERIFY(text.contains(folded(m_passage)));
        QVERIFY(!text.contains(u"Tag index"_s));
        std::optional<ReportDocument> full = ReportBuilder(m_library, options()).build();
        QVERIFY(full->document->characterCount() > report->document->characterCount());
    }

    void htmlIsSelfContainedText()
    {
        std::optional<ReportDocument> report = ReportBuilder(m_library, options()).build();
        QVERIFY(report);
        const QString path = m_dir.dir() + u"/report.html"_s;
        ReportWriter writer;
        QVERIFY2(writer.writeHtml(*report, path), qPrintable(writer.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(u"Manas lease review"_s));
        QVERIFY(html.contains(u"&lt;img src=&quot;http://example.invalid/x.png&quot;&gt;"_s));
        QVERIFY(html.contains(u"&lt;b&gt;bold&lt;/b&gt;"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"src="_s + QChar(u'"')));
        QVERIFY(html.contains(u"name=\"cable-09ASTANA253\""_s));
        QVERIFY(html.contains(u"href=\"#cable-09ASTANA714\""_s));
        QVERIFY(html.contains(u"Second cable: check with the desk."_s));
        QVERIFY(html.contains(u"Kyrgyzstan/Manas"_s));
        QVERIFY(html.contains(u"background-color:"_s)); // the highlighted passages
    }

    // Which cables: tst_reportselection. With none chosen, no report, and the reason.
    void nothingChosenBuildsNothing()
    {
        ReportOptions unknown;
        unknown.tags = { u"Nowhere"_s };
        ReportBuilder none(m_library, unknown);
        QVERIFY(!none.build());
        QVERIFY(none.errorString().contains(u"Nowhere"_s));
        QVERIFY(!ReportBuilder(m_library, ReportOptions()).build());
    }

    void failedExportLeavesNoFile()
    {
        std::optional<ReportDocument> report = ReportBuilder(m_library, options()).build();
        QVERIFY(report);
        ReportWriter writer;
        const QString bad = m_dir.dir() + u"/no/such/folder/report.pdf"_s;
        QVERIFY(!writer.writePdf(*report, bad));
        QVERIFY(writer.errorString().contains(bad));
        QVERIFY(!QFile::exists(bad));
        QVERIFY(!writer.writeHtml(*report, m_dir.dir() + u"/no/such/folder/report.html"_s));
        QVERIFY(!writer.errorString().isEmpty());

        // Cancelled half-way: the file that was there stays as it was.
        const QString kept = m_dir.dir() + u"/kept.pdf"_s;
        QFile old(kept);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier report");
        old.close();
        std::atomic_bool cancel = false;
        writer.setCancelFlag(&cancel);
        writer.setProgress([&cancel](qint64 done, qint64) {
            if (done >= 1)
                cancel = true;
        });
        QVERIFY(!writer.writePdf(*report, kept));
        QVERIFY(writer.cancelled());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("earlier report"));
        QCOMPARE(QDir(m_dir.dir()).entryList({ u"kept*"_s }).size(), 1); // no temporary left either
    }

    // The cable's section headings are part of its text in the report, before their paragraphs.
    void sectionHeadingsAreKept()
    {
        const Cable cable = *CableReader(m_library).load(u"09ASTANA253"_s);
        std::optional<ReportDocument> report = ReportBuilder(m_library, options()).build();
        QVERIFY(report);
        const QString text = report->document->toPlainText();
        int headings = 0;
        for (const Section &section : cable.sections) {
            if (section.heading.isEmpty())
                continue;
            ++headings;
            const qsizetype heading = text.indexOf(u'\n' + section.heading + u'\n');
            QVERIFY2(heading > 0, qPrintable(section.heading));
            const qsizetype first = text.indexOf(section.paragraphs.first().text.left(40));
            QVERIFY2(first > heading, qPrintable(section.heading));
            QVERIFY(report->headingBlocks.contains(report->document->find(section.heading).blockNumber()));
        }
        QVERIFY(headings >= 3);
        // Laid out on pages, no heading is left alone at the foot of one, even where a paragraph went on with its note.
        ReportWriter::paginate(*report);
        for (const int block : std::as_const(report->headingBlocks)) {
            const QTextBlock next = report->document->findBlockByNumber(block).next();
            QVERIFY2(ReportWriter::pageOf(*report, block) == ReportWriter::pageOf(*report, next.blockNumber()),
                qPrintable(report->document->findBlockByNumber(block).text()));
        }

        // Only the annotated paragraphs: only the headings over them.
        ReportOptions only = options();
        only.annotatedOnly = true;
        std::optional<ReportDocument> annotated = ReportBuilder(m_library, only).build();
        QVERIFY(annotated);
        const QString shown = annotated->document->toPlainText();
        QSet<QString> annotatedAnchors;
        for (const Annotation &a : AnnotationStore(m_library).forCable(cable.id))
            annotatedAnchors.insert(a.anchor);
        for (const Section &section : cable.sections) {
            if (section.heading.isEmpty())
                continue;
            const bool any = std::any_of(section.paragraphs.cbegin(), section.paragraphs.cend(),
                [&](const Paragraph &p) { return annotatedAnchors.contains(p.anchor); });
            QCOMPARE(shown.contains(u'\n' + section.heading + u'\n'), any);
        }
    }

    // Notes are counted when they have words; a tag alone prints as the tag beside its passage, not as an empty note.
    void tagOnlyAnnotationsAreNoNotes()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableWriter cables(library);
        QVERIFY(cables.begin());
        for (const auto &sample : StoreFixtures::samples())
            QVERIFY(cables.store(sample.cable, sample.path) != CableWriter::StoreResult::Failed);
        QVERIFY(cables.commit());
        const Cable cable = *library.cables().load(u"09ASTANA253"_s);
        UserTagStore tags(library);
        const qint64 money = tags.ensurePath(u"Money"_s, u"#16a34a"_s);
        const qint64 influence = tags.ensurePath(u"Russia/Influence"_s, u"#2563eb"_s);
        const auto make = [&](int index, const QString &passage, const QString &note, qint64 tag,
                              const QString &author = u"j.analyst"_s) {
            const Paragraph &paragraph = *cable.paragraphs().at(index);
            const qsizetype start = passage.isEmpty() ? 0 : paragraph.text.indexOf(passage);
            Annotation a = AnnotationAnchorer::capture(cable.id, paragraph, start, passage.size());
            a.note = note;
            a.author = author;
            a.tagIds = { tag };
            QVERIFY(AnnotationStore(library).create(a) > 0);
        };
        const QString noted = cable.paragraphs().at(1)->text.section(u' ', 3, 6);
        const QString tagged = cable.paragraphs().at(2)->text.section(u' ', 2, 5);
        make(1, noted, u"Price, not principle."_s, money);
        make(2, tagged, QString(), influence);
        make(3, QString(), u"   "_s, influence); // white space is no note either
        make(5, QString(), u"Whose note?"_s, money, QString()); // made with no author known
        ReportOptions o;
        o.ids = { cable.id };
        std::optional<ReportDocument> report = ReportBuilder(library, o).build();
        QVERIFY(report);
        QCOMPARE(report->annotations, 4);
        QCOMPARE(report->notes, 2);
        const QString text = report->document->toPlainText();
        QVERIFY2(text.contains(u"Annotations: 4 · Notes: 2"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"[1]"_s));
        QVERIFY(text.contains(u"[2]"_s));
        QVERIFY(!text.contains(u"[3]"_s));
        QVERIFY(text.contains(u"Price, not principle."_s));
        // Beside its passage, in the paragraph itself.
        const QTextBlock block = report->document->find(tagged).block();
        QVERIFY2(block.text().contains(tagged + u" ■\u00A0Russia/Influence"_s), qPrintable(block.text()));
        QVERIFY(report->document->find(cable.paragraphs().at(3)->text.left(40))
                .block()
                .text()
                .endsWith(u"■\u00A0Russia/Influence"_s));
        // No note entry that is only a number and a byline.
        for (QTextBlock b = report->document->begin(); b.isValid(); b = b.next())
            QVERIFY2(!b.text().startsWith(u"[3]"_s), qPrintable(b.text()));
        // Signed with the stored author; with none, no placeholder either.
        QVERIFY(report->document->find(QRegularExpression(u"^\\[1\\] "_s)).block().text().contains(u"j.analyst"_s));
        const QString unsigned_ = report->document->find(QRegularExpression(u"^\\[2\\] "_s)).block().text();
        QVERIFY2(
            !unsigned_.contains(u"j.analyst"_s) && !unsigned_.contains(u"Unknown author"_s), qPrintable(unsigned_));
    }

    // Every paragraph of these cables has a note: none of the notes starts a page its paragraph is not on.
    void aNoteStaysWithItsParagraph()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        const QString sentence = u"The minister said the transit agreement would be reviewed before the summit. "_s;
        QStringList ids;
        {
            CableWriter cables(library);
            QVERIFY(cables.begin());
            for (int c = 1; c <= 4; ++c) {
                QStringList paragraphs;
                for (int p = 0; p < 14; ++p)
                    paragraphs << sentence.repeated(1 + (p * 7 + c) % 6);
                ids << u"09NOTES%1"_s.arg(c);
                QVERIFY(cables.store(StoreFixtures::makeCable(ids.last(), u"NOTES %1"_s.arg(c), paragraphs), u"notes"_s)
                    != CableWriter::StoreResult::Failed);
            }
            QVERIFY(cables.commit());
        }
        AnnotationStore annotations(library);
        for (const QString &id : std::as_const(ids)) {
            const Cable cable = *CableReader(library).load(id);
            for (const Paragraph *paragraph : cable.paragraphs()) {
                Annotation a = AnnotationAnchorer::capture(id, *paragraph);
                a.note = u"A note on %1, long enough to take a line or two of the page: %2"_s.arg(
                    paragraph->anchor, sentence.repeated(2));
                QVERIFY(annotations.create(a) > 0);
            }
        }
        ReportOptions o;
        o.ids = ids;
        o.includeTagIndex = false;
        std::optional<ReportDocument> report = ReportBuilder(library, o).build();
        QVERIFY(report);
        ReportWriter::paginate(*report);
        // A paragraph, then its note's number line and text (indented).
        int checked = 0;
        int paragraph = -1;
        for (QTextBlock block = report->document->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().leftMargin() == 0) {
                paragraph = block.text().contains(sentence.left(30)) ? block.blockNumber() : -1;
                continue;
            }
            if (paragraph < 0 || block.next().blockFormat().leftMargin() > 0)
                continue; // the number line: checked with the note's last block
            ++checked;
            QCOMPARE(
                ReportWriter::lastLinePage(*report, block.blockNumber()), ReportWriter::pageOf(*report, paragraph));
            paragraph = -1;
        }
        QCOMPARE(checked, 4 * 14);
    }

    void buildCanBeCancelled()
    {
        std::atomic_bool cancel = true;
        ReportBuilder builder(m_library, options());
        builder.setCancelFlag(&cancel);
        QVERIFY(!builder.build());
        QVERIFY(builder.cancelled());
    }
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
