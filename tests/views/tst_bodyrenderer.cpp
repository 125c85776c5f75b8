// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyrenderer.h"

#include "samplecable.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Reftel;

class TestBodyRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersParagraphsInOrderWithMarks()
    {
        const Cable cable = Testing::sampleCable(QStringLiteral("09ASTANA253"));
        const QString html = BodyRenderer::html(cable, {});
        QTextDocument doc;
        doc.setHtml(html);
        const QString text = doc.toPlainText();
        qsizetype at = 0;
        for (int n = 1; n <= 11; ++n) {
            const qsizetype found = text.indexOf(QString::number(n) + QStringLiteral(". ("), at);
            QVERIFY2(found >= at, qPrintable(QStringLiteral("paragraph %1").arg(n)));
            at = found;
        }
        QVERIFY(text.contains(QStringLiteral("1. (C) SUMMARY:")));
        QVERIFY(!text.contains(QStringLiteral("00000253 002 OF 002"))); // no page marker
        QVERIFY(text.contains(cable.subject));
        QVERIFY(text.contains(QStringLiteral("HOAGLAND")));
        // Section headings are shown as headings.
        for (const Section &section : cable.sections) {
            if (!section.heading.isEmpty())
                QVERIFY2(html.contains(QStringLiteral("<h3>") + section.heading.toHtmlEscaped()),
                    qPrintable(section.heading));
        }
    }

    // A reference whose cable is not in the library is still a link (hover, public copy) but looks apart.
    void missingReferencesLookApart()
    {
        const Cable cable = Testing::sampleCable(QStringLiteral("09ASTANA253"));
        BodyRenderer::Colours colours;
        QTextDocument doc;
        doc.setHtml(BodyRenderer::html(cable, colours, { 0 }));
        QHash<int, QTextCharFormat> formats; // by reference index
        QList<QTextCharFormat> citationsOfA, citationsOfB;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                const QString href = format.anchorHref();
                if (href.startsWith(QLatin1String("reftel-ref:")))
                    formats.insert(href.mid(11).toInt(), format);
            }
        }
        QCOMPARE(formats.size(), cable.references.size());
        QCOMPARE(formats.value(0).foreground().color(), colours.missingLink);
        QVERIFY(!formats.value(0).fontUnderline());
        for (int i = 1; i < cable.references.size(); ++i) {
            QCOMPARE(formats.value(i).foreground().color(), colours.link);
            QVERIFY(formats.value(i).fontUnderline());
        }
        // The REF list says so in words too, once.
        QCOMPARE(doc.toPlainText().count(QStringLiteral("(not in the library)")), 1);
        // With none missing nothing is marked.
        QTextDocument all;
        all.setHtml(BodyRenderer::html(cable, colours));
        QVERIFY(!all.toPlainText().contains(QStringLiteral("(not in the library)")));
    }

    void referencesAndCitationsAreLinks()
    {
        const Cable cable = Testing::sampleCable(QStringLiteral("09ASTANA253"));
        const QString html = BodyRenderer::html(cable, {});
        for (int i = 0; i < cable.references.size(); ++i)
            QVERIFY(html.contains(QStringLiteral("href=\"reftel-ref:%1\"").arg(i)));
        int citations = 0;
        for (const Section &s : cable.sections)
            for (const Paragraph &p : s.paragraphs)
                for (const Citation &c : p.citations)
                    citations += c.referenceIndexes.isEmpty() ? 0 : 1;
        QVERIFY(citations > 0);
        QCOMPARE(int(html.count(QStringLiteral("href=\"reftel-cite:"))), citations);
    }

    void cableTextIsNeverMarkup()
    {
        Cable cable;
        cable.id = QStringLiteral("09TEST1");
        cable.subject = QStringLiteral("<b>bold</b> & <img src=\"http://example.invalid/x.png\">");
        Section section;
        Paragraph p;
        p.number = 1;
        p.anchor = QStringLiteral("09TEST1\u00B61");
        p.text = QStringLiteral("<script>alert(1)</script> A < B");
        section.paragraphs << p;
        cable.sections << section;
        const QString html = BodyRenderer::html(cable, {});
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QTextDocument doc;
        doc.setHtml(html);
        QVERIFY(doc.toPlainText().contains(QStringLiteral("<b>bold</b> & <img src=\"http://example.invalid/x.png\">")));
        QVERIFY(doc.toPlainText().contains(QStringLiteral("<script>alert(1)</script> A < B")));
    }

    void anchorNamesAreSafe()
    {
        QCOMPARE(BodyRenderer::anchorName(QStringLiteral("09ASTANA253\u00B65")), QStringLiteral("p-09ASTANA253-5"));
    }
};

QTEST_MAIN(TestBodyRenderer)
#include "tst_bodyrenderer.moc"
