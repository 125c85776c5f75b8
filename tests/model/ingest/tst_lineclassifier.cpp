// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineclassifier.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Reftel::LineClassifier::Role)

// What each line of a telegram is, and where an element glued onto a line
// by a lost line break begins.
class TestLineClassifier final : public QObject
{
    Q_OBJECT

    using Role = LineClassifier::Role;

private Q_SLOTS:
    void roles_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("rest"); // the element's own text after its keyword
        QTest::newRow("banner") << u"C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000253"_s << Role::Banner
                                << QString();
        QTest::newRow("level") << u"CONFIDENTIAL"_s << Role::Level << QString();
        QTest::newRow("caveat") << u"SIPDIS"_s << Role::Caveat << QString();
        QTest::newRow("caveats") << u"NOFORN SIPDIS"_s << Role::Caveat << QString();
        QTest::newRow("E.O.") << u"E.O. 12958: DECL: 02/12/2019"_s << Role::Eo << u"12958: DECL: 02/12/2019"_s;
        QTest::newRow("EO") << u"EO 12958 DECL: 01/25/2018"_s << Role::Eo << u"12958 DECL: 01/25/2018"_s;
        QTest::newRow("E.o. lower") << u"E.o. 12958: decl: 03/04/2015"_s << Role::Eo << u"12958: decl: 03/04/2015"_s;
        QTest::newRow("TAGS:") << u"TAGS: PGOV PREL"_s << Role::Tags << u"PGOV PREL"_s;
        QTest::newRow("TAGS") << u"TAGS PGOV PREL"_s << Role::Tags << u"PGOV PREL"_s;
        QTest::newRow("TAG") << u"TAG PTER, PGOV"_s << Role::Tags << u"PTER, PGOV"_s;
        QTest::newRow("Tags:") << u"Tags: prel, pgov"_s << Role::Tags << u"prel, pgov"_s;
        QTest::newRow("tags lower") << u"tags prel, pgov"_s << Role::Tags << u"prel, pgov"_s;
        QTest::newRow("TAGS unknown code") << u"TAGS PBIO, PINR"_s << Role::Tags << u"PBIO, PINR"_s;
        QTest::newRow("SUBJECT:") << u"SUBJECT: FLOODS"_s << Role::Subject << u"FLOODS"_s;
        QTest::newRow("SUBJ:") << u"SUBJ: FLOODS"_s << Role::Subject << u"FLOODS"_s;
        QTest::newRow("Subject:") << u"Subject: Floods"_s << Role::Subject << u"Floods"_s;
        QTest::newRow("subject lower") << u"subject: floods"_s << Role::Subject << u"floods"_s;
        QTest::newRow("SUBJECT -") << u"SUBJECT - FLOODS"_s << Role::Subject << u"FLOODS"_s;
        QTest::newRow("REF:") << u"REF: A. LIMA 12"_s << Role::Ref << u"A. LIMA 12"_s;
        QTest::newRow("REFS:") << u"REFS: LIMA 12"_s << Role::Ref << u"LIMA 12"_s;
        QTest::newRow("REF(S):") << u"REF(S): LIMA 12"_s << Role::Ref << u"LIMA 12"_s;
        QTest::newRow("Ref(s):") << u"Ref(s): Lima 12"_s << Role::Ref << u"Lima 12"_s;
        QTest::newRow("REFTEL:") << u"REFTEL: LIMA 12"_s << Role::Ref << u"LIMA 12"_s;
        QTest::newRow("REFERENCE:") << u"REFERENCE: LIMA 12"_s << Role::Ref << u"LIMA 12"_s;
        QTest::newRow("REF no colon") << u"REF A. LIMA 12"_s << Role::Ref << u"A. LIMA 12"_s;
        QTest::newRow("Classified By:") << u"Classified By: Ambassador A. Person"_s << Role::ClassifiedBy
                                        << u"Ambassador A. Person"_s;
        QTest::newRow("CLASSIFIED BY") << u"CLASSIFIED BY AMB. A. PERSON"_s << Role::ClassifiedBy
                                       << u"AMB. A. PERSON"_s;
        QTest::newRow("(U) Classified by") << u"(U) Classified by A. Person"_s << Role::ClassifiedBy << u"A. Person"_s;
        QTest::newRow("paragraph") << u"1. (C) Summary."_s << Role::ParagraphStart << QString();
        QTest::newRow("pilcrow paragraph") << u"\u00B612. (S/NF) Text."_s << Role::ParagraphStart << QString();
        QTest::newRow("rule") << u"-----------"_s << Role::Underline << QString();
        QTest::newRow("prose") << u"The minister said so."_s << Role::Text << QString();
        QTest::newRow("reform") << u"REFORM OF THE MINISTRY"_s << Role::Text << QString();
        QTest::newRow("ref lines in prose") << u"Ref lines were read"_s << Role::Text << QString();
        QTest::newRow("reasons") << u"1.4 (B) AND (D)"_s << Role::Text << QString();
        QTest::newRow("subject to") << u"Subject to approval"_s << Role::Text << QString();
        QTest::newRow("price tags") << u"Tags were removed"_s << Role::Text << QString();
    }

    void roles()
    {
        QFETCH(QString, line);
        QFETCH(Role, role);
        QFETCH(QString, rest);
        qsizetype r = 0;
        QCOMPARE(LineClassifier::role(line, &r), role);
        if (!rest.isEmpty())
            QCOMPARE(line.sliced(r), rest);
    }

    void glued_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("rest"); // empty: nothing glued
        QTest::newRow("REF after subject") << u"SUBJECT: FLOODS REF: A) LIMA 12"_s << u"REF: A) LIMA 12"_s;
        QTest::newRow("TAGS after a date") << u"E.O. 12958: DECL: 01/22/2020TAGS: PGOV PREL"_s << u"TAGS: PGOV PREL"_s;
        QTest::newRow("Tags after E.O.") << u"E.o. 12958: decl: 03/04/2015 Tags: prel, pgov"_s << u"Tags: prel, pgov"_s;
        QTest::newRow("E.O. after passing") << u"STATE FOR EUR/RUS E.O. 12958: N/A"_s << u"E.O. 12958: N/A"_s;
        QTest::newRow("Classified By after REF")
            << u"REF: LIMA 12 Classified By: A. Person"_s << u"Classified By: A. Person"_s;
        QTest::newRow("paragraph after reasons")
            << u"Classified By: A. Person, reasons 1.4 (b) and (d)  1. (C) Summary: it."_s << u"1. (C) Summary: it."_s;
        QTest::newRow("banner after a date")
            << u"B. LIMA 40 ... 4/1/2005 14:50 C O N F I D E N T I A L LIMA 000470 SIPDIS"_s
            << u"C O N F I D E N T I A L LIMA 000470 SIPDIS"_s;
        QTest::newRow("SUBJECT after TAGS") << u"TAGS: PGOV PREL SUBJECT: FLOODS"_s << u"SUBJECT: FLOODS"_s;
        QTest::newRow("nothing") << u"SUBJECT: NEW REFERENDUM LAW ON 1.4 BILLION"_s << QString();
        QTest::newRow("tags in prose") << u"SUBJECT: PRICE TAGS RISE"_s << QString();
        QTest::newRow("lower classified by") << u"The note was classified by the ministry"_s << QString();
        QTest::newRow("numbered without mark") << u"SUBJECT: STEP 1. PLAN"_s << QString();
    }

    void glued()
    {
        QFETCH(QString, line);
        QFETCH(QString, rest);
        qsizetype keyword = 0;
        LineClassifier::role(line, &keyword);
        const qsizetype at = LineClassifier::gluedElement(line, std::max<qsizetype>(keyword, 1));
        QCOMPARE(at < 0 ? QString() : line.sliced(at), rest);
    }

    // Furniture is set aside; text lines keep their ranges in the telegram.
    void classify()
    {
        const QString t =
            u"VZCZC\n\nid: 155355\ndate: 5/23/2008\nheader ends\nASTANA 00000253 002 OF 002\n> 2002ROME01196\nNNNN\n"
            "Some text \\\n"_s;
        const TelegramLines lines = LineClassifier::classify(t);
        QList<LineKind> kinds;
        for (qsizetype i = 0; i < lines.size(); ++i)
            kinds.append(lines[i].kind);
        QCOMPARE(kinds,
            (QList<LineKind> { LineKind::Text, LineKind::Blank, LineKind::Dump, LineKind::Dump, LineKind::Dump,
                LineKind::PageMarker, LineKind::Noise, LineKind::Noise, LineKind::Text }));
        QCOMPARE(lines.content(8), u"Some text"_s); // the continuation mark is not text
        QCOMPARE(lines.removed().size(), 2); // the dump and the marker
    }

    void caveatOnly_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("caveat");
        QTest::newRow("SIPDIS") << u"SIPDIS"_s << true;
        QTest::newRow("two") << u"NOFORN SIPDIS"_s << true;
        QTest::newRow("code") << u"SIPDIS CXABU:"_s << true;
        QTest::newRow("sentence") << u"NOFORN ISSUES WERE DISCUSSED"_s << false;
    }

    void caveatOnly()
    {
        QFETCH(QString, line);
        QFETCH(bool, caveat);
        QCOMPARE(LineClassifier::isCaveatOnlyLine(line), caveat);
    }
};

QTEST_GUILESS_MAIN(TestLineClassifier)
#include "tst_lineclassifier.moc"
