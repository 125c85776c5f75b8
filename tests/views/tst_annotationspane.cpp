// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationspane.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Reftel;

namespace
{
Annotation annotation(
    qint64 id, const QString &quote, const QString &note, const QList<qint64> &tags = {}, bool detached = false)
{
    Annotation a;
    a.id = id;
    a.cableId = QStringLiteral("09ASTANA253");
    a.anchor = QStringLiteral("09ASTANA253\u00B63");
    a.start = 10;
    a.length = quote.size();
    a.quote = quote;
    a.note = note;
    a.author = QStringLiteral("jdoe");
    a.created = QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::UTC);
    a.modified = a.created;
    a.tagIds = tags;
    a.detached = detached;
    return a;
}

QHash<qint64, UserTag> tags()
{
    QHash<qint64, UserTag> t;
    t.insert(1,
        UserTag { 1, QStringLiteral("Manas"), QStringLiteral("#dc2626"), 0, QStringLiteral("Kyrgyzstan/Manas"), {} });
    return t;
}
}

class TestAnnotationsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsQuoteTagsNoteAndAuthor()
    {
        AnnotationsPane pane;
        pane.setAnnotations(QStringLiteral("09ASTANA253"),
            { annotation(1, QStringLiteral("strong financial package"), QStringLiteral("Money **talks**"), { 1 }),
                annotation(2, QStringLiteral("a vanished line"), QString(), {}, true) },
            tags());
        const QString text = pane.list()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("“strong financial package”")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Kyrgyzstan/Manas")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Money talks")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("jdoe")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("detached")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("“a vanished line”")), qPrintable(text));
        // Markdown is rendered: the bold word is bold, not starred.
        QVERIFY(!text.contains(QStringLiteral("**")));
        QVERIFY(pane.list()->toHtml().contains(QStringLiteral("font-weight")));
    }

    void clickingTheQuoteAsksToJump()
    {
        AnnotationsPane pane;
        pane.setAnnotations(
            QStringLiteral("09ASTANA253"), { annotation(5, QStringLiteral("strong"), QString()) }, tags());
        QSignalSpy activated(&pane, &AnnotationsPane::annotationActivated);
        Q_EMIT pane.list()->anchorClicked(QUrl(QStringLiteral("reftel-annotation:5")));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), qint64(5));
    }

    void editingCommitsOnCtrlEnterAndDraftsWhileTyping()
    {
        AnnotationsPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setAnnotations(
            QStringLiteral("09ASTANA253"), { annotation(5, QStringLiteral("strong"), QStringLiteral("old")) }, tags());
        QSignalSpy drafts(&pane, &AnnotationsPane::draftDue);
        QSignalSpy committed(&pane, &AnnotationsPane::noteCommitted);
        QVERIFY(pane.editAnnotation(5));
        QCOMPARE(pane.noteEditor()->toPlainText(), QStringLiteral("old"));
        QTest::keyClicks(pane.noteEditor(), QStringLiteral(" and new"));
        // About a second later a draft is due, before anything is committed.
        QTRY_COMPARE_WITH_TIMEOUT(drafts.size(), 1, 2500);
        QCOMPARE(drafts.first().at(1).toString(), QStringLiteral("old and new"));
        QCOMPARE(committed.size(), 0);
        QTest::keyClick(pane.noteEditor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(committed.size(), 1);
        QCOMPARE(committed.first().at(0).toLongLong(), qint64(5));
        QCOMPARE(committed.first().at(1).toString(), QStringLiteral("old and new"));
        // Nothing changed since: no second commit on focus-out.
        pane.commitNote();
        QCOMPARE(committed.size(), 1);
    }

    void aRefreshKeepsWhatIsBeingTyped()
    {
        AnnotationsPane pane;
        pane.setAnnotations(
            QStringLiteral("09ASTANA253"), { annotation(5, QStringLiteral("strong"), QStringLiteral("old")) }, tags());
        QVERIFY(pane.editAnnotation(5));
        pane.noteEditor()->setPlainText(QStringLiteral("typing…"));
        pane.setAnnotations(QStringLiteral("09ASTANA253"),
            { annotation(5, QStringLiteral("strong"), QStringLiteral("old"), { 1 }) }, tags());
        QCOMPARE(pane.noteEditor()->toPlainText(), QStringLiteral("typing…"));
        QCOMPARE(pane.editedAnnotation(), qint64(5));
    }

    void openingAnotherCableSavesTheNote()
    {
        AnnotationsPane pane;
        pane.setAnnotations(
            QStringLiteral("09ASTANA253"), { annotation(5, QStringLiteral("strong"), QString()) }, tags());
        QSignalSpy committed(&pane, &AnnotationsPane::noteCommitted);
        QVERIFY(pane.editAnnotation(5));
        pane.noteEditor()->setPlainText(QStringLiteral("keep me"));
        pane.setAnnotations(QStringLiteral("09ASTANA714"), {}, tags());
        QCOMPARE(committed.size(), 1);
        QCOMPARE(committed.first().at(1).toString(), QStringLiteral("keep me"));
        QCOMPARE(pane.editedAnnotation(), qint64(0));
    }
};

QTEST_MAIN(TestAnnotationsPane)
#include "tst_annotationspane.moc"
