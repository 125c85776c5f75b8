// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawview.h"

#include <QTest>
#include <QTextBlock>

using namespace Reftel;

class TestRawView : public QObject
{
    Q_OBJECT

private:
    static const QString &text()
    {
        static const QString t = QStringLiteral("C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000253\n"
                                                "SIPDIS\n"
                                                "C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000253\n"
                                                "SIPDIS\n"
                                                "1. (C) SUMMARY: The Ambassador called.\n");
        return t;
    }

private Q_SLOTS:
    void showsTextReadOnly()
    {
        RawView view;
        view.setCable(text(), {});
        QCOMPARE(view.toPlainText(), text());
        QVERIFY(view.isReadOnly());
        QVERIFY(!view.accessibleName().isEmpty());
    }

    void marksRemovedDuplicates()
    {
        RawView view;
        const qsizetype start = text().indexOf(u"C O N", 10);
        const qsizetype length = text().indexOf(u"1. (C)") - start;
        view.setCable(text(), { { start, length, QStringLiteral("header block repeated") } });
        const QList<QTextEdit::ExtraSelection> selections = view.extraSelections();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections.first().cursor.selectionStart(), int(start));
        QCOMPARE(selections.first().cursor.selectionEnd(), int(start + length));
        QVERIFY(selections.first().format.fontStrikeOut());
        QVERIFY(view.markAt(start + 3));
        QCOMPARE(view.markAt(start + 3)->reason, QStringLiteral("header block repeated"));
        QVERIFY(!view.markAt(0));
    }

    void marksOutsideTheTextAreIgnored()
    {
        RawView view;
        view.setCable(text(), { { text().size() + 10, 5, QStringLiteral("stale") } });
        QVERIFY(view.extraSelections().isEmpty());
    }

    void followsDarkPalette()
    {
        RawView view;
        view.setCable(text(), {});
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::Base, QColor(20, 20, 20));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        view.setPalette(dark);
        QVERIFY(view.viewport()->palette().color(QPalette::Base).lightness() < 128);

        QPalette light;
        light.setColor(QPalette::Window, QColor(240, 240, 240));
        light.setColor(QPalette::Base, QColor(255, 255, 255));
        light.setColor(QPalette::Text, QColor(0, 0, 0));
        view.setPalette(light);
        QVERIFY(view.viewport()->palette().color(QPalette::Base).lightness() > 128);
    }

    void bannerIsHighlighted()
    {
        RawView view;
        view.setCable(text(), {});
        const QTextBlock first = view.document()->firstBlock();
        const QList<QTextLayout::FormatRange> formats = first.layout()->formats();
        QVERIFY(!formats.isEmpty());
        QVERIFY(formats.first().format.fontWeight() >= QFont::Bold);
    }
};

QTEST_MAIN(TestRawView)
#include "tst_rawview.moc"
