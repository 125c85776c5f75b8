// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notemarkdown.h"

#include <QGuiApplication>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestNoteMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextDropsTheMarkup_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("plain");
        QTest::newRow("bold") << u"**Putin** said no"_s << u"Putin said no"_s;
        QTest::newRow("italics and code") << u"*compare* with `09ASTANA714`"_s << u"compare with 09ASTANA714"_s;
        QTest::newRow("list") << u"- one\n- two"_s << u"• one • two"_s;
        QTest::newRow("link") << u"see [the cable](https://example.org/x)"_s << u"see the cable"_s;
        QTest::newRow("html stays text") << u"<b>x</b> & y"_s << u"<b>x</b> & y"_s;
        QTest::newRow("paragraphs on one line") << u"first\n\nsecond"_s << u"first second"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void plainTextDropsTheMarkup()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, plain);
        QCOMPARE(NoteMarkdown::plainText(markdown), plain);
    }

    void toolTipKeepsEmphasisAndEscapesTheRest()
    {
        QCOMPARE(NoteMarkdown::toolTipHtml(u"**Putin** said *no*"_s), u"<b>Putin</b> said <i>no</i>"_s);
        const QString html =
            NoteMarkdown::toolTipHtml(u"<img src=x onerror=y> ![pic](file:///etc/passwd) [a](https://e.org)"_s);
        QVERIFY2(!html.contains(u"<img"_s) && !html.contains(u"<a "_s) && !html.contains(u"file:"_s), qPrintable(html));
        QVERIFY(html.contains(u"&lt;img"_s));
        QCOMPARE(NoteMarkdown::toolTipHtml(u"- one\n- two"_s), u"• one<br/>• two"_s);
    }
};

QTEST_MAIN(TestNoteMarkdown)
#include "tst_notemarkdown.moc"
