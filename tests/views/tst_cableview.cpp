// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableview.h"

#include "bodyview.h"
#include "findbar.h"
#include "rawview.h"
#include "samplecable.h"

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
        QVERIFY2(view.dedupBanner()->text().contains(QStringLiteral("repeated body removed")), qPrintable(view.dedupBanner()->text()));
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
        view.bodyView()->setHighlightTerms({QStringLiteral("Manas")});
        QVERIFY(view.bodyView()->highlightCount() >= 3);
        view.bodyView()->setHighlightTerms({QStringLiteral("sarybay")});
        QVERIFY(view.bodyView()->highlightCount() >= 1);
        view.bodyView()->setHighlightTerms({QStringLiteral("kazakh*")});
        const int prefixed = view.bodyView()->highlightCount();
        view.bodyView()->setHighlightTerms({QStringLiteral("kazakhstan")});
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
