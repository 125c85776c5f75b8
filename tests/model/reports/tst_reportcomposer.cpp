// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcomposer.h"

#include "annotationanchorer.h"
#include "reportbuilder.h"
#include "storefixtures.h"

#include <QTest>
#include <QTextBlock>

using namespace Reftel;
using namespace Qt::StringLiterals;

// A report composed from cables and annotations made by hand, with no
// library: its text as a reader of the PDF would find it.
class TestReportComposer : public QObject
{
    Q_OBJECT

private:
    static ReportDocument emptyReport()
    {
        ReportDocument report;
        report.title = u"Transit review"_s;
        report.document = std::make_unique<QTextDocument>();
        return report;
    }

    static Annotation on(const Cable &cable, int paragraph, const QString &passage, const QString &note,
        const QList<qint64> &tagIds, qint64 id)
    {
        const Paragraph &p = *cable.paragraphs().at(paragraph);
        const qsizetype start = passage.isEmpty() ? 0 : p.text.indexOf(passage);
        Annotation a = AnnotationAnchorer::capture(cable.id, p, start, passage.size());
        a.id = id;
        a.note = note;
        a.author = u"j.analyst"_s;
        a.tagIds = tagIds;
        return a;
    }

private Q_SLOTS:
    void chapterWithNotesTagsAndDetachedPassages()
    {
        const Cable cable = StoreFixtures::makeCable(u"09TRANSIT1"_s, u"TRANSIT TALKS"_s,
            { u"The minister reviewed the transit agreement."_s, u"Fuel prices rose again in May."_s,
                u"The base stays open."_s });
        Cable older = cable; // a passage the current text no longer holds
        older.sections.first().paragraphs.first().text = u"Words that were cut from the cable."_s;
        UserTag money;
        money.id = 1;
        money.name = u"Money"_s;
        money.path = u"Money"_s;
        money.colour = u"#16a34a"_s;
        const QHash<qint64, UserTag> tags { { money.id, money } };
        const QList<Annotation> annotations { on(cable, 0, u"transit agreement"_s, u"Read the **terms**."_s, { 1 }, 1),
            on(cable, 1, QString(), QString(), { 1 }, 2), on(older, 0, u"were cut"_s, u"Gone now."_s, {}, 3) };

        ReportDocument report = emptyReport();
        ReportOptions options;
        options.ids = { cable.id };
        ReportComposer composer(report, options, tags, options.ids);
        composer.chapter(0, cable, annotations, {});
        composer.finish();

        QCOMPARE(report.cables, 1);
        QCOMPARE(report.annotations, 3);
        QCOMPARE(report.notes, 2); // the tag alone is no note
        const QString text = report.document->toPlainText();
        QVERIFY2(text.contains(u"Cables: 1 · Annotations: 3 · Notes: 2"_s), qPrintable(text));
        QVERIFY2(text.contains(u"\t\t09TRANSIT1  TRANSIT TALKS"_s), qPrintable(text)); // the contents entry
        QVERIFY(text.contains(u"1. (U) The minister reviewed the transit agreement[1]."_s));
        QVERIFY(text.contains(u"Read the terms."_s)); // the note's Markdown, as text
        QVERIFY(report.document->find(u"Fuel prices"_s).block().text().endsWith(u"■\u00A0Money"_s));
        QVERIFY(text.contains(u"Annotations whose passage is no longer in the text\n[2] “were cut”\nGone now."_s));
        // The tag index: the tag, then its passages with their paragraphs.
        QVERIFY2(
            text.contains(u"Tag index\nMoney\n\t\t09TRANSIT1 ¶1  TRANSIT TALKS\n\t\t09TRANSIT1 ¶2  TRANSIT TALKS"_s),
            qPrintable(text));
        // Page numbers to fill in: the two contents entries and the two index entries.
        QCOMPARE(report.pageReferences.size(), 4);
    }

    void annotatedOnlyLeavesTheRestOut()
    {
        const Cable cable =
            StoreFixtures::makeCable(u"09TRANSIT2"_s, u"TRANSIT"_s, { u"First paragraph."_s, u"Second paragraph."_s });
        ReportDocument report = emptyReport();
        ReportOptions options;
        options.ids = { cable.id };
        options.annotatedOnly = true;
        options.includeTagIndex = false;
        ReportComposer composer(report, options, {}, options.ids);
        composer.chapter(0, cable, { on(cable, 1, QString(), u"Only this one."_s, {}, 1) }, {});
        composer.finish();
        const QString text = report.document->toPlainText();
        QVERIFY(text.contains(u"Annotated paragraphs\n2. (U) Second paragraph.[1]"_s));
        QVERIFY(!text.contains(u"First paragraph."_s));
        QVERIFY(!text.contains(u"Tag index"_s));
    }

    // A cancelled build ends the edit: the document is left without counts.
    void abandonLeavesNoCounts()
    {
        ReportDocument report = emptyReport();
        ReportOptions options;
        options.ids = { u"09TRANSIT3"_s };
        {
            ReportComposer composer(report, options, {}, options.ids);
            composer.abandon();
        }
        QVERIFY(!report.document->toPlainText().contains(u"Cables:"_s));
        QCOMPARE(report.cables, 0);
    }
};

QTEST_MAIN(TestReportComposer)
#include "tst_reportcomposer.moc"
