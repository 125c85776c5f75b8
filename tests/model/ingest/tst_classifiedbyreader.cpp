// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "classifiedbyreader.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// "Classified By:" statements as posts wrote them: who, with what title, for which reasons.
class TestClassifiedByReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statements_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("reasons");
        const QStringList bd { u"1.4 (B)"_s, u"1.4 (D)"_s };
        QTest::newRow("title name colon")
            << u"Ambassador Richard E. Hoagland: 1.4 (B),(D)"_s << u"Richard E. Hoagland"_s << u"Ambassador"_s << bd;
        QTest::newRow("for reasons") << u"Ambassador A. Person for reasons 1.4 (b) and (d)"_s << u"A. Person"_s
                                     << u"Ambassador"_s << bd;
        QTest::newRow("name, title")
            << u"Alejandro D. Wolff, Deputy Permanent Representative, for reasons 1.4 (b) and (d)"_s
            << u"Alejandro D. Wolff"_s << u"Deputy Permanent Representative"_s << bd;
        QTest::newRow("reason slash") << u"Political Counselor A. Person, reasons 1.4 (b/d)"_s << u"A. Person"_s
                                      << u"Political Counselor"_s << bd;
        QTest::newRow("reason letters") << u"CDA A. Person for reasons 1.4 b, d"_s << u"A. Person"_s << u"CDA"_s << bd;
        QTest::newRow("capitals") << u"AMBASSADOR A. PERSON FOR REASONS 1.4 (B) AND (D)"_s << u"A. PERSON"_s
                                  << u"AMBASSADOR"_s << bd;
        QTest::newRow("older order") << u"DCM A. Person; reasons 1.5 (B) and (D)."_s << u"A. Person"_s << u"DCM"_s
                                     << QStringList { u"1.5 (B)"_s, u"1.5 (D)"_s };
        QTest::newRow("one reason") << u"Charge A. Person for reason 1.4 (d)."_s << u"A. Person"_s << u"Charge"_s
                                    << QStringList { u"1.4 (D)"_s };
        QTest::newRow("comma in the number")
            << u"Ambassador A. Person, reasons 1,4 (b) and (d)"_s << u"A. Person"_s << u"Ambassador"_s << bd;
        QTest::newRow("three reasons") << u"A. Person, Acting Principal Officer. REASON: 1.4 (a), (b), (d)"_s
                                       << u"A. Person"_s << u"Acting Principal Officer"_s
                                       << QStringList { u"1.4 (A)"_s, u"1.4 (B)"_s, u"1.4 (D)"_s };
        QTest::newRow("no reasons") << u"Ambassador A. Person"_s << u"A. Person"_s << u"Ambassador"_s << QStringList {};
        QTest::newRow("number only") << u"Ambassador A. Person, 1.4"_s << u"A. Person"_s << u"Ambassador"_s
                                     << QStringList { u"1.4"_s };
    }

    void statements()
    {
        QFETCH(QString, text);
        QFETCH(QString, person);
        QFETCH(QString, title);
        QFETCH(QStringList, reasons);
        const Classifier c = ClassifiedByReader::read(text);
        QCOMPARE(c.person, person);
        QCOMPARE(c.title, title);
        QCOMPARE(c.reasons, reasons);
        QCOMPARE(c.text, text.simplified());
    }

    // The whole line, keyword and all, reads as the statement after it.
    void withKeyword_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("statement");
        QTest::newRow("Classified By:") << u"Classified By: Ambassador Richard E. Hoagland: 1.4 (B),(D)"_s
                                        << u"Ambassador Richard E. Hoagland: 1.4 (B),(D)"_s;
        QTest::newRow("capitals, no colon") << u"CLASSIFIED BY AMBASSADOR A. PERSON FOR REASONS 1.4 (B) AND (D)"_s
                                            << u"AMBASSADOR A. PERSON FOR REASONS 1.4 (B) AND (D)"_s;
        QTest::newRow("marked") << u"(U) Classified by: DCM A. Person; reasons 1.5 (B) and (D)."_s
                                << u"DCM A. Person; reasons 1.5 (B) and (D)."_s;
        QTest::newRow("indented") << u"  Classified By:   Charge A. Person for reason 1.4 (d)."_s
                                  << u"Charge A. Person for reason 1.4 (d)."_s;
    }

    void withKeyword()
    {
        QFETCH(QString, line);
        QFETCH(QString, statement);
        const Classifier withIt = ClassifiedByReader::read(line);
        const Classifier without = ClassifiedByReader::read(statement);
        QVERIFY(!without.person.isEmpty());
        QCOMPARE(withIt.person, without.person);
        QCOMPARE(withIt.title, without.title);
        QCOMPARE(withIt.reasons, without.reasons);
        QCOMPARE(withIt.text, statement.simplified());
    }

    void statementEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("after"); // what follows the statement; empty when nothing does
        QTest::newRow("sentence after") << u"A. Person for reasons 1.4 (b) and (d). The Ambassador met the minister."_s
                                        << u"The Ambassador met the minister."_s;
        QTest::newRow("capital reasons") << u"A. PERSON, REASONS 1.4 (B/D) Embassy officers met the mayor."_s
                                         << u"Embassy officers met the mayor."_s;
        QTest::newRow("statement only") << u"A. Person for reasons 1.4 (b) and (d)."_s << QString();
        QTest::newRow("name in capitals after") << u"A. Person, 1.4 (b) and (d) PERSON"_s << QString();
        QTest::newRow("no reasons") << u"Ambassador A. Person. The Ambassador met him."_s << QString();
    }

    void statementEnd()
    {
        QFETCH(QString, text);
        QFETCH(QString, after);
        const qsizetype end = ClassifiedByReader::statementEnd(text);
        QCOMPARE(end < 0 ? QString() : text.sliced(end), after);
    }
};

QTEST_GUILESS_MAIN(TestClassifiedByReader)
#include "tst_classifiedbyreader.moc"
