// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableview.h"

#include "bodyview.h"
#include "findbar.h"
#include "rawview.h"
#include "samplecable.h"
#include "testdata.h"

#include "cableparser.h"
#include "documentparser.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using namespace Reftel;

class TestCableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerSaysWhatWasRemoved()
    {
        CableView view;
        view.setCable(Testing::sampleCable(QStringLiteral("09ASTANA253")));
        const QString banner = view.dedupBanner()->text();
        QVERIFY2(banner.contains(QStringLiteral("repeated header block removed")), qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("page marker")), qPrintable(banner));

        view.setCable(Testing::sampleCable(QStringLiteral("09ASTANA714")));
        QVERIFY2(view.dedupBanner()->text().contains(QStringLiteral("repeated body removed")),
            qPrintable(view.dedupBanner()->text()));
    }

    // A web page's original is the telegram it holds, decoded and in lines; the page's source is one click away.
    void originalOfAnHtmlPageIsItsTelegram()
    {
        const QString path = QStringLiteral(REFTEL_TEST_DATA_DIR "/parser/09ASTANA95.html");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const QList<Cable> cables = DocumentParser::parse(file.readAll(), path, &error);
        QCOMPARE(cables.size(), 1);
        const Cable &cable = cables.first();
        CableView view;
        view.setCable(cable);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *savedFile = view.findChild<QToolButton *>(QStringLiteral("showSavedFile"));
        QVERIFY(savedFile);
        QVERIFY(!savedFile->isVisible()); // nothing to choose between while the clean text shows
        QVERIFY(view.hasSeparateSavedFile());

        view.findChild<QToolButton *>(QStringLiteral("showOriginal"))->click();
        QVERIFY(view.showsOriginal());
        const QString original = view.rawView()->toPlainText();
        QVERIFY2(!original.contains(QStringLiteral("&#x000A;")) && !original.contains(QStringLiteral("<html")),
            qPrintable(original.left(300)));
        QVERIFY(original.contains(QStringLiteral("\nSUBJECT:  KAZAKHSTAN:  CENTCOM CDR PETRAEUS")));
        QVERIFY2(view.rawView()->document()->blockCount() > 40,
            qPrintable(QString::number(view.rawView()->document()->blockCount())));
        QCOMPARE(original, QString(cable.telegram).replace(u'\u00A0', u' '));
        // What the parser took out of the telegram is marked in it.
        for (const DedupEntry &entry : cable.dedup) {
            if (entry.in == DedupEntry::In::Telegram)
                QVERIFY(view.rawView()->markAt(entry.position));
        }

        QVERIFY(savedFile->isVisible());
        savedFile->click();
        QVERIFY(view.showsSavedFile());
        QVERIFY(view.showsOriginal());
        QCOMPARE(view.rawView()->toPlainText(), QString(cable.documentText).replace(u'\u00A0', u' '));
        savedFile->click();
        QCOMPARE(view.rawView()->toPlainText(), original);

        // Back to the clean text and out again: the telegram, not the page.
        savedFile->click();
        view.setShowOriginal(false);
        QVERIFY(!view.showsSavedFile());
        view.setShowOriginal(true);
        QCOMPARE(view.rawView()->toPlainText(), original);
    }

    void aTextPageHasNoSeparateSavedFile()
    {
        CableView view;
        view.setCable(Testing::sampleCable(QStringLiteral("09ASTANA253")));
        view.show();
        view.setShowOriginal(true);
        QVERIFY(!view.hasSeparateSavedFile());
        QVERIFY(!view.findChild<QToolButton *>(QStringLiteral("showSavedFile"))->isVisible());
    }

    void toggleShowsTheOriginalWithMarks()
    {
        CableView view;
        const Cable cable = Testing::sampleCable(QStringLiteral("09ASTANA253"));
        view.setCable(cable);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.showsOriginal());
        QVERIFY(view.bodyView()->isVisible());

        auto *toggle = view.findChild<QToolButton *>(QStringLiteral("showOriginal"));
        QVERIFY(toggle);
        toggle->click();
        QVERIFY(view.showsOriginal());
        QVERIFY(view.rawView()->isVisible());
        QCOMPARE(view.rawView()->toPlainText(), QString(cable.documentText).replace(u'\u00A0', u' '));
        QVERIFY(!view.rawView()->extraSelections().isEmpty()); // removed parts are marked
        // The page marker is among the marks.
        const qsizetype marker = cable.documentText.indexOf(QStringLiteral("ASTANA 00000253 002 OF 002"));
        QVERIFY(marker > 0);
        QVERIFY(view.rawView()->markAt(marker + 2));

        toggle->click();
        QVERIFY(!view.showsOriginal());
    }

    void searchHitsAreHighlighted()
    {
        CableView view;
        view.setCable(Testing::sampleCable(QStringLiteral("09ASTANA253")));
        view.bodyView()->setHighlightTerms({ QStringLiteral("Manas") });
        QVERIFY(view.bodyView()->highlightCount() >= 3);
        view.bodyView()->setHighlightTerms({ QStringLiteral("sarybay") });
        QVERIFY(view.bodyView()->highlightCount() >= 1);
        view.bodyView()->setHighlightTerms({ QStringLiteral("kazakh*") });
        const int prefixed = view.bodyView()->highlightCount();
        view.bodyView()->setHighlightTerms({ QStringLiteral("kazakhstan") });
        QVERIFY(prefixed > view.bodyView()->highlightCount() || prefixed >= 1);
        view.bodyView()->setHighlightTerms({});
        QCOMPARE(view.bodyView()->highlightCount(), 0);
    }

    void findInCableWithKeys()
    {
        CableView view;
        view.setCable(Testing::sampleCable(QStringLiteral("09ASTANA253")));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.find();
        QVERIFY(view.findBar()->isVisible());
        QTRY_VERIFY(view.findBar()->field()->hasFocus());
        QTest::keyClicks(view.findBar()->field(), QStringLiteral("Manas"));
        QTest::keyClick(view.findBar()->field(), Qt::Key_Return);
        QCOMPARE(view.bodyView()->textCursor().selectedText().toLower(), QStringLiteral("manas"));
        const int first = view.bodyView()->textCursor().position();
        QTest::keyClick(view.findBar()->field(), Qt::Key_Return);
        QVERIFY(view.bodyView()->textCursor().position() > first);
        QTest::keyClick(view.findBar()->field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(view.bodyView()->textCursor().position(), first);
        QTest::keyClick(view.findBar()->field(), Qt::Key_Escape);
        QVERIFY(!view.findBar()->isVisible());
    }

    void followingAReferenceSaysWhich()
    {
        CableView view;
        const Cable cable = Testing::sampleCable(QStringLiteral("09ASTANA714"));
        view.setCable(cable);
        QSignalSpy activated(&view, &CableView::referenceActivated);
        // REF B is the second entry.
        int refB = -1;
        for (int i = 0; i < cable.references.size(); ++i)
            if (cable.references.at(i).letter == QLatin1String("B"))
                refB = i;
        QVERIFY(refB >= 0);
        Q_EMIT view.bodyView()->anchorClicked(QUrl(QStringLiteral("reftel-ref:%1").arg(refB)));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("09ASTANA714"));
        QCOMPARE(activated.first().at(1).toInt(), refB);
        QCOMPARE(activated.first().at(2).toBool(), false);
    }

    void paragraphNavigation()
    {
        CableView view;
        const Cable cable = Testing::sampleCable(QStringLiteral("09ASTANA253"));
        view.setCable(cable);
        BodyView *body = view.bodyView();
        body->moveCursor(QTextCursor::Start);
        body->nextParagraph();
        QVERIFY(body->textCursor().block().text().startsWith(QStringLiteral("1. (C)")));
        body->nextParagraph();
        QVERIFY(body->textCursor().block().text().startsWith(QStringLiteral("2. (C)")));
        body->previousParagraph();
        QVERIFY(body->textCursor().block().text().startsWith(QStringLiteral("1. (C)")));
        QVERIFY(body->scrollToParagraph(QStringLiteral("09ASTANA253\u00B65")));
        QVERIFY(body->textCursor().block().text().startsWith(QStringLiteral("5. (C)")));
    }
};

QTEST_MAIN(TestCableView)
#include "tst_cableview.moc"
