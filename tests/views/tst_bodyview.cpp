// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyview.h"

#include "annotationanchorer.h"
#include "samplecable.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Reftel;

namespace
{
const Paragraph &paragraph(const Cable &cable, const QString &anchor)
{
    for (const Section &section : cable.sections) {
        for (const Paragraph &p : section.paragraphs) {
            if (p.anchor == anchor)
                return p;
        }
    }
    qFatal("no paragraph %s", qPrintable(anchor));
}

// Selects the first occurrence of text in the view, as a reader would with the mouse.
void select(BodyView &view, const QString &text)
{
    const QTextCursor found = view.document()->find(text);
    QVERIFY2(!found.isNull(), qPrintable(text));
    view.setTextCursor(found);
}
}

class TestBodyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // In a narrow column a heading breaks between words, never inside one ("MULTILAT-ERAL").
    void headingsWrapAtWordBoundaries()
    {
        BodyView view;
        view.setCable(Testing::sampleCable(QStringLiteral("09ASTANA253")));
        view.resize(160, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int headings = 0;
        int broken = 0;
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0)
                continue;
            ++headings;
            view.document()->documentLayout()->blockBoundingRect(block); // laid out
            const QTextLayout *layout = block.layout();
            const QString text = block.text();
            for (int l = 0; l + 1 < layout->lineCount(); ++l) {
                const QTextLine line = layout->lineAt(l);
                ++broken;
                const qsizetype end = line.textStart() + line.textLength();
                QVERIFY2(end > 0 && end <= text.size() && (text.at(end - 1).isSpace() || text.at(end - 1) == u'-'),
                    qPrintable(QStringLiteral("“%1” breaks after “%2”").arg(text, text.left(end))));
            }
        }
        QVERIFY(headings >= 3);
        QVERIFY(broken >= 2); // the test is about something: the narrow view did break them
    }

    // A drag from inside "partners" to inside "financial" selects both whole words; with Alt, exactly what was dragged.
    void aDragSnapsToWholeWords_data()
    {
        QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
        QTest::addColumn<QString>("quote");
        QTest::newRow("plain drag") << Qt::KeyboardModifiers()
                                    << QStringLiteral("partners could offer a strong financial");
        QTest::newRow("alt keeps the letters")
            << Qt::KeyboardModifiers(Qt::AltModifier) << QStringLiteral("rtners could offer a strong financ");
    }

    void aDragSnapsToWholeWords()
    {
        QFETCH(Qt::KeyboardModifiers, modifiers);
        QFETCH(QString, quote);
        BodyView view;
        const Cable cable = Testing::sampleCable(QStringLiteral("09ASTANA253"));
        view.setCable(cable);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString whole = QStringLiteral("partners could offer a strong financial");
        QTextCursor found = view.document()->find(whole);
        QVERIFY(!found.isNull());
        view.setTextCursor(QTextCursor(found.block()));
        view.ensureCursorVisible();
        const auto pointAt = [&](int position) {
            QTextCursor at(view.document());
            at.setPosition(position);
            const QRect r = view.cursorRect(at);
            return QPoint(r.left() + 1, r.center().y());
        };
        const int start = found.selectionStart() + 2; // pa|rtners
        const int end = found.selectionEnd() - 3; // financ|ial
        QTest::mousePress(view.viewport(), Qt::LeftButton, modifiers, pointAt(start));
        QTest::mouseMove(view.viewport(), pointAt(end));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, modifiers, pointAt(end));
        QCOMPARE(view.textCursor().selectedText(), quote);
        const QList<BodyView::Passage> passages = view.selectedPassages();
        QCOMPARE(passages.size(), 1);
        QCOMPARE(
            paragraph(cable, passages.first().anchor).text.mid(passages.first().start, passages.first().length), quote);
    }

    // Hovering a note shows it rendered: "**Putin**" in bold, no asterisks, its author.
    void noteToolTipRendersTheMarkdown()
    {
        BodyView view;
        view.setCable(Testing::sampleCable(QStringLiteral("09ASTANA253")));
        Annotation annotation;
        annotation.note = QStringLiteral("**Putin** is *flexible*");
        annotation.author = QStringLiteral("j.analyst");
        const QString tip = view.annotationToolTip({ annotation });
        QVERIFY2(tip.contains(QStringLiteral("<b>Putin</b>")) && tip.contains(QStringLiteral("<i>flexible</i>")),
            qPrintable(tip));
        QVERIFY2(!tip.contains(u'*'), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("j.analyst")));
        annotation.author.clear();
        QVERIFY(view.annotationToolTip({ annotation }).contains(QStringLiteral("Unknown author")));
    }

    void selectionMapsToParagraphOffsets_data()
    {
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("selected");
        // Paragraph 3 holds a blank line the page folds: offsets must still land on the text.
        QTest::newRow("after a folded line break")
            << QStringLiteral("09ASTANA253\u00B63") << QStringLiteral("strong financial package");
        QTest::newRow("first words") << QStringLiteral("09ASTANA253\u00B63") << QStringLiteral("Sarybay then added");
        QTest::newRow("other paragraph") << QStringLiteral("09ASTANA253\u00B64")
                                         << QStringLiteral("Initially, Sarybay");
    }

    void selectionMapsToParagraphOffsets()
    {
        QFETCH(QString, anchor);
        QFETCH(QString, selected);
        const Cable cable = Testing::sampleCable(QStringLiteral("09ASTANA253"));
        BodyView view;
        view.setCable(cable);
        select(view, selected);
        const QList<BodyView::Passage> passages = view.selectedPassages();
        QCOMPARE(passages.size(), 1);
        QCOMPARE(passages.first().anchor, anchor);
        const QString text = paragraph(cable, anchor).text;
        QCOMPARE(text.mid(passages.first().start, passages.first().length), selected);
    }

    void noSelectionMeansTheParagraphAtTheCursor()
    {
        BodyView view;
        view.setCable(Testing::sampleCable(QStringLiteral("09ASTANA253")));
        QTextCursor cursor = view.document()->find(QStringLiteral("strong financial"));
        cursor.clearSelection();
        view.setTextCursor(cursor);
        const QList<BodyView::Passage> passages = view.selectedPassages();
        QCOMPARE(passages, (QList<BodyView::Passage> { { QStringLiteral("09ASTANA253\u00B63"), 0, 0 } }));
    }

    void selectionAcrossParagraphsTagsThemWhole()
    {
        BodyView view;
        view.setCable(Testing::sampleCable(QStringLiteral("09ASTANA253")));
        QTextCursor cursor = view.document()->find(QStringLiteral("strong financial"));
        const QTextCursor end = view.document()->find(QStringLiteral("Initially, Sarybay"));
        cursor.setPosition(end.selectionEnd(), QTextCursor::KeepAnchor);
        view.setTextCursor(cursor);
        const QList<BodyView::Passage> passages = view.selectedPassages();
        QCOMPARE(passages.size(), 2);
        QCOMPARE(passages.at(0), (BodyView::Passage { QStringLiteral("09ASTANA253\u00B63"), 0, 0 }));
        QCOMPARE(passages.at(1), (BodyView::Passage { QStringLiteral("09ASTANA253\u00B64"), 0, 0 }));
    }

    void annotatedPassageIsHighlightedInItsTagColour()
    {
        const Cable cable = Testing::sampleCable(QStringLiteral("09ASTANA253"));
        const Paragraph p3 = paragraph(cable, QStringLiteral("09ASTANA253\u00B63"));
        const qsizetype start = p3.text.indexOf(QStringLiteral("strong financial package"));
        Annotation annotation = AnnotationAnchorer::capture(cable.id, p3, start, 24);
        annotation.id = 7;
        annotation.tagIds = { 1, 2 };
        annotation.note = QStringLiteral("Money talks.");
        QHash<qint64, UserTag> tags;
        tags.insert(
            1, UserTag { 1, QStringLiteral("Manas"), QStringLiteral("#dc2626"), 0, QStringLiteral("Manas"), {} });
        tags.insert(
            2, UserTag { 2, QStringLiteral("Money"), QStringLiteral("#2563eb"), 0, QStringLiteral("Money"), {} });

        BodyView view;
        view.resize(700, 900);
        view.setCable(cable);
        view.setAnnotations({ annotation }, tags);
        const QList<QTextEdit::ExtraSelection> highlights = view.annotationHighlights();
        QCOMPARE(highlights.size(), 1);
        QCOMPARE(highlights.first().cursor.selectedText(), QStringLiteral("strong financial package"));
        // A wash of the first tag's colour: reddish on white.
        const QColor tint = highlights.first().format.background().color();
        QVERIFY2(tint.red() > tint.blue() && tint.red() > tint.green(), qPrintable(tint.name()));
        QVERIFY(view.extraSelections().size() >= 1);

        // The note is what the pointer finds over the passage.
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.selectPassage({ annotation.anchor, annotation.start, annotation.length }));
        QTextCursor inside = view.document()->find(QStringLiteral("strong financial package"));
        inside.setPosition(inside.selectionStart() + 8);
        const QRect rect = view.cursorRect(inside);
        const QList<Annotation> here = view.annotationsAt(rect.center() + QPoint(2, 0));
        QCOMPARE(here.size(), 1);
        QCOMPARE(here.first().note, QStringLiteral("Money talks."));
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("strong financial package"));

        // Search hits still show over the tint.
        view.setHighlightTerms({ QStringLiteral("financial") });
        QVERIFY(view.highlightCount() >= 1);
        QCOMPARE(view.annotationHighlights().size(), 1);
    }
};

QTEST_MAIN(TestBodyView)
#include "tst_bodyview.moc"
