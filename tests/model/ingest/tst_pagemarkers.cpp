// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineclassifier.h"
#include "pagemarkers.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Page-break markers wherever they stand and in any letter case: alone on a
// line, the old "PAGE nn" form with text after it, and inside unwrapped text.
class TestPageMarkers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("rest"); // -1: no marker; the line's length: nothing after it
        QTest::newRow("modern") << u"ASTANA 00000253 002 OF 002"_s << 26;
        QTest::newRow("sub-page") << u"GENEVA 00002030  001.2 OF 004"_s << 29;
        QTest::newRow("two-word post") << u"RIO DE JAN 00000363 001.2 OF 002"_s << 32;
        QTest::newRow("mixed case") << u"Moscow 00000403 003 of 003"_s << 26;
        QTest::newRow("lower case of") << u"MOSCOW 00000403 003 of 003"_s << 26;
        QTest::newRow("old form") << u"PAGE 02 ROME 01196 01 OF 02 271458Z"_s << 35;
        QTest::newRow("old form with text") << u"PAGE 03 HARARE 05461 01 OF 02 271458Z THAT THE"_s << 38;
        QTest::newRow("old form after a level") << u"CONFIDENTIAL PAGE 02 LIMA 00123 01 OF 02"_s << 40;
        QTest::newRow("old form lower page") << u"Page 02 ROME 01196 01 OF 02"_s << 27;
        QTest::newRow("prose") << u"Two of the three ministers left"_s << -1;
        QTest::newRow("numbers in prose") << u"SOME 2000 002 OF THEM"_s << -1;
        QTest::newRow("count of a paragraph") << u"PARAGRAPH 3 OF 5"_s << -1;
        QTest::newRow("short") << u"A 1 2 OF 3"_s << -1;
    }

    void lines()
    {
        QFETCH(QString, line);
        QFETCH(int, rest);
        qsizetype r = -1;
        const bool marker = PageMarkers::isMarkerLine(line, &r);
        QCOMPARE(marker ? int(r) : -1, rest);
    }

    void inText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("without");
        QTest::newRow("inside") << u"the minister said KIEV 00001261 002 OF 004 that he"_s << QString()
                                << u"the minister said that he"_s;
        QTest::newRow("mixed case") << u"the minister said Kiev 00001261 002 of 004 that he"_s << QString()
                                    << u"the minister said that he"_s;
        QTest::newRow("banner post") << u"talks in USUN NEW YORK 00000345 002 OF 003 went on"_s << u"USUN NEW YORK"_s
                                     << u"talks in went on"_s;
        QTest::newRow("known post words") << u"then RIO DE JAN 00000363 001.2 OF 002 it"_s << QString() << u"then it"_s;
        QTest::newRow("at the start") << u"KIEV 00001261 002 OF 004 that he"_s << QString() << u"that he"_s;
        QTest::newRow("at the end") << u"that he KIEV 00001261 002 OF 004"_s << QString() << u"that he"_s;
        QTest::newRow("two") << u"a KIEV 00001261 002 OF 004 b KIEV 00001261 003 OF 004 c"_s << QString() << u"a b c"_s;
        QTest::newRow("count cut short") << u"text ROME 00001144 001.2 OF 00..."_s << QString() << u"text"_s;
        QTest::newRow("none") << u"two of the three went 002 OF 004"_s << QString()
                              << u"two of the three went 002 OF 004"_s;
    }

    void inText()
    {
        QFETCH(QString, text);
        QFETCH(QString, post);
        QFETCH(QString, without);
        QCOMPARE(PageMarkers::withoutMarkers(text, post).simplified(), without);
    }

    // Cut from the lines, each cut reported with its range.
    void cutInline()
    {
        const QString t = u"1. (C) The minister said Kiev 00001261 002 of 004 that he would come.\n"_s;
        TelegramLines lines = LineClassifier::classify(t);
        PageMarkers::cutInline(lines, u"KIEV"_s);
        QCOMPARE(lines.removed().size(), 1);
        const DedupEntry &e = lines.removed().front();
        QCOMPARE(e.kind, DedupEntry::Kind::PageMarker);
        QCOMPARE(t.mid(e.position, e.length), u"Kiev 00001261 002 of 004"_s);
        QCOMPARE(lines[0].cuts.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPageMarkers)
#include "tst_pagemarkers.moc"
