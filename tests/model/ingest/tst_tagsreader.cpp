// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsreader.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The TAGS line in the forms posts typed it (CABLE-FORMAT.md, "Real-world
// variants"): keywords, separators, case, persons, phrases, codes run
// together or mistyped. The rows are made up in the shape of real ones.
class TestTagsReader final : public QObject
{
    Q_OBJECT

    // "PGOV", "KZ", "GATES, ROBERT M.@person", "HUMAN RIGHTS@phrase", "KSCA?" (unknown).
    static QStringList describe(const QList<TagInfo> &tags)
    {
        QStringList out;
        for (const TagInfo &t : tags) {
            QString s = t.code;
            if (t.kind == TagInfo::Kind::Person)
                s += u"@person"_s;
            else if (t.kind == TagInfo::Kind::Phrase)
                s += u"@phrase"_s;
            else if (t.kind == TagInfo::Kind::Unknown)
                s += u'?';
            out.append(s);
        }
        return out;
    }

private Q_SLOTS:
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tags");
        const QStringList pgovPrelKz { u"PGOV"_s, u"PREL"_s, u"KZ"_s };
        // The keyword, with or without its colon, in any case, or after the E.O. line.
        QTest::newRow("list alone") << u"PGOV PREL KZ"_s << pgovPrelKz;
        QTest::newRow("TAGS:") << u"TAGS: PGOV PREL KZ"_s << pgovPrelKz;
        QTest::newRow("TAGS no colon") << u"TAGS PGOV PREL KZ"_s << pgovPrelKz;
        QTest::newRow("TAG") << u"TAG PGOV, PREL, KZ"_s << pgovPrelKz;
        QTest::newRow("Tags:") << u"Tags: PGOV, PREL, KZ"_s << pgovPrelKz;
        QTest::newRow("tags lower, no colon") << u"tags pgov, prel, kz"_s << pgovPrelKz;
        QTest::newRow("TAGS glued colon") << u"TAGS:PGOV,PREL,KZ"_s << pgovPrelKz;
        QTest::newRow("after E.O.") << u"E.O. 12958: N/A TAGS: PGOV PREL KZ"_s << pgovPrelKz;
        QTest::newRow("after lower e.o.") << u"E.o. 12958: decl: 03/04/2015 Tags: pgov, prel, kz"_s << pgovPrelKz;
        QTest::newRow("after DECL glued") << u"E.O. 12958: DECL: 01/22/2020TAGS: PGOV PREL KZ"_s << pgovPrelKz;
        // Separators.
        QTest::newRow("commas") << u"PGOV,PREL,KZ"_s << pgovPrelKz;
        QTest::newRow("spaced commas") << u"PGOV , PREL ,KZ"_s << pgovPrelKz;
        QTest::newRow("semicolons") << u"PGOV; PREL; KZ"_s << pgovPrelKz;
        QTest::newRow("line breaks") << u"PGOV\nPREL\n  KZ"_s << pgovPrelKz;
        QTest::newRow("doubled commas") << u"PGOV,, PREL,, KZ,"_s << pgovPrelKz;
        QTest::newRow("trailing dot") << u"PGOV, PREL, KZ."_s << pgovPrelKz;
        QTest::newRow("tabs") << u"\tPGOV,\tPREL,\tKZ"_s << pgovPrelKz;
        QTest::newRow("mixed case") << u"Pgov Prel Kz"_s << pgovPrelKz;
        QTest::newRow("repeated") << u"PGOV PREL KZ PGOV PREL KZ PGOV"_s << pgovPrelKz;
        // Organisations and programs are tags too.
        QTest::newRow("organisations") << u"PREL, UNSC, IAEA, NATO, IR"_s
                                       << QStringList { u"PREL"_s, u"UNSC"_s, u"IAEA"_s, u"NATO"_s, u"IR"_s };
        // Persons: in brackets after a program tag, or alone with their comma.
        QTest::newRow("person in brackets")
            << u"OVIP (GATES, ROBERT M.) PREL AF"_s
            << QStringList { u"OVIP"_s, u"GATES, ROBERT M.@person"_s, u"PREL"_s, u"AF"_s };
        QTest::newRow("person after KPAO") << u"KPAO (SMITH, JOHN), PREL, US"_s
                                           << QStringList { u"KPAO"_s, u"SMITH, JOHN@person"_s, u"PREL"_s, u"US"_s };
        QTest::newRow("person lower case") << u"ovip (doe, jane b.), prel, ch"_s
                                           << QStringList { u"OVIP"_s, u"DOE, JANE B.@person"_s, u"PREL"_s, u"CH"_s };
        QTest::newRow("person with initial, no brackets")
            << u"PREL, OVIP, GATES, ROBERT M., AF"_s
            << QStringList { u"PREL"_s, u"OVIP"_s, u"GATES, ROBERT M.@person"_s, u"AF"_s };
        QTest::newRow("person after visit tag")
            << u"OVIP SMITH, JOHN PREL"_s << QStringList { u"OVIP"_s, u"SMITH, JOHN@person"_s, u"PREL"_s };
        QTest::newRow("person named by initials only")
            << u"OREP (LUGAR, R.), PREL"_s << QStringList { u"OREP"_s, u"LUGAR, R.@person"_s, u"PREL"_s };
        QTest::newRow("two persons") << u"OVIP (GATES, ROBERT M.), OVIP (SMITH, JOHN)"_s
                                     << QStringList { u"OVIP"_s, u"GATES, ROBERT M.@person"_s,
                                            u"SMITH, JOHN@person"_s };
        QTest::newRow("words with a comma are no person")
            << u"PREL, ELECTIONS, DEMOCRACY"_s
            << QStringList { u"PREL"_s, u"ELECTIONS@phrase"_s, u"DEMOCRACY@phrase"_s };
        // Free words and phrases.
        QTest::newRow("phrase") << u"PGOV, HUMAN RIGHTS, KZ"_s
                                << QStringList { u"PGOV"_s, u"HUMAN RIGHTS@phrase"_s, u"KZ"_s };
        QTest::newRow("two phrases") << u"HUMAN RIGHTS, ECONOMIC AFFAIRS"_s
                                     << QStringList { u"HUMAN RIGHTS@phrase"_s, u"ECONOMIC AFFAIRS@phrase"_s };
        QTest::newRow("phrase after codes")
            << u"PTER PREL COUNTER TERRORISM"_s << QStringList { u"PTER"_s, u"PREL"_s, u"COUNTER TERRORISM@phrase"_s };
        QTest::newRow("phrase with of") << u"KDEM DEMOCRACY AND HUMAN RIGHTS"_s
                                        << QStringList { u"KDEM"_s, u"DEMOCRACY AND HUMAN RIGHTS@phrase"_s };
        QTest::newRow("phrase lower case")
            << u"prel, domestic politics"_s << QStringList { u"PREL"_s, u"DOMESTIC POLITICS@phrase"_s };
        QTest::newRow("hyphenated name") << u"PGOV ZANU-PF ZI"_s
                                         << QStringList { u"PGOV"_s, u"ZANU-PF@phrase"_s, u"ZI"_s };
        // Codes run together when a separator was lost: split only into known codes.
        QTest::newRow("subject and country") << u"PGOV PHUMKZ"_s << QStringList { u"PGOV"_s, u"PHUM"_s, u"KZ"_s };
        QTest::newRow("four run together")
            << u"ECONEFINPGOVUK"_s << QStringList { u"ECON"_s, u"EFIN"_s, u"PGOV"_s, u"UK"_s };
        QTest::newRow("country and subject") << u"IZPREL MARR"_s << QStringList { u"IZ"_s, u"PREL"_s, u"MARR"_s };
        QTest::newRow("two subjects") << u"PRELPGOV, TU"_s << QStringList { u"PREL"_s, u"PGOV"_s, u"TU"_s };
        QTest::newRow("not all pieces known") << u"PREL PGOVQQXZ"_s << QStringList { u"PREL"_s, u"PGOVQQXZ?"_s };
        QTest::newRow("four letters are not split") << u"PREL KSCA"_s << QStringList { u"PREL"_s, u"KSCA?"_s };
        // Misspelt codes, mapped where the intent is certain.
        QTest::newRow("doubled last letter") << u"PGOVV, PREL"_s << QStringList { u"PGOV"_s, u"PREL"_s };
        QTest::newRow("doubled inner letter") << u"MOPPS MARR"_s << QStringList { u"MOPS"_s, u"MARR"_s };
        QTest::newRow("plural") << u"PARMS, KNNP"_s << QStringList { u"PARM"_s, u"KNNP"_s };
        QTest::newRow("swapped letters") << u"ENIV ECON"_s << QStringList { u"EINV"_s, u"ECON"_s };
        QTest::newRow("no certain intent") << u"PREL QXZV"_s << QStringList { u"PREL"_s, u"QXZV?"_s };
        // What is no tag stays, marked unknown; two-letter unknowns go with the countries.
        QTest::newRow("unknown code kept") << u"PGOV ZZQX KZ"_s << QStringList { u"PGOV"_s, u"ZZQX?"_s, u"KZ"_s };
        QTest::newRow("unknown region") << u"PREL XQ"_s << QStringList { u"PREL"_s, u"XQ?"_s };
        QTest::newRow("dashes dropped") << u"PREL - PGOV -- KZ"_s << pgovPrelKzInOrder();
        QTest::newRow("slashes") << u"PREL/PGOV/KZ"_s << QStringList { u"PREL"_s, u"PGOV"_s, u"KZ"_s };
        QTest::newRow("none") << u"TAGS: NONE"_s << QStringList {};
        QTest::newRow("bracketed words") << u"EAID, PREF, (SOMALIA)"_s
                                         << QStringList { u"EAID"_s, u"PREF"_s, u"SOMALIA@phrase"_s };
        QTest::newRow("person without comma after visit tag")
            << u"OVIP RICE CONDOLEEZZA PREL"_s << QStringList { u"OVIP"_s, u"RICE, CONDOLEEZZA@person"_s, u"PREL"_s };
        QTest::newRow("given name after known person")
            << u"OVIP STEINBERG JAMES PREL"_s << QStringList { u"OVIP"_s, u"STEINBERG, JAMES@person"_s, u"PREL"_s };
        QTest::newRow("acronym opens a phrase")
            << u"PREL GOI EXTERNAL IS"_s << QStringList { u"PREL"_s, u"GOI EXTERNAL@phrase"_s, u"IS"_s };
        QTest::newRow("stray letter mistyped") << u"PECON PREL"_s << QStringList { u"ECON"_s, u"PREL"_s };
        QTest::newRow("words of countries are not split")
            << u"USEU BRUSSELS"_s << QStringList { u"USEU"_s, u"BRUSSELS@phrase"_s };
        QTest::newRow("continuation text") << u"PGOV, PREL, ECON,\n  ETRD, KZ"_s
                                           << QStringList { u"PGOV"_s, u"PREL"_s, u"ECON"_s, u"ETRD"_s, u"KZ"_s };
        QTest::newRow("empty") << QString() << QStringList {};
        QTest::newRow("only keyword") << u"TAGS:"_s << QStringList {};
    }

    void forms()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tags);
        const TagsReader::Result r = TagsReader::read(text);
        QCOMPARE(describe(r.tags), tags);
        QStringList unknown;
        for (const QString &t : tags) {
            if (t.endsWith(u'?'))
                unknown.append(t.chopped(1));
        }
        QStringList reported;
        for (const QString &u : r.unknown)
            reported.append(u.toUpper());
        QCOMPARE(reported, unknown);
    }

    // What was written is kept beside the code it was read as.
    void writtenFormKept_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("written");
        QTest::newRow("lower case") << u"pgov"_s << u"PGOV"_s << u"pgov"_s;
        QTest::newRow("misspelt") << u"PGOVV"_s << u"PGOV"_s << u"PGOVV"_s;
        QTest::newRow("run together") << u"PHUMKZ"_s << u"PHUM"_s << u"PHUMKZ"_s;
        QTest::newRow("as written") << u"PGOV"_s << u"PGOV"_s << QString();
        QTest::newRow("person") << u"OVIP (doe, jane)"_s << u"OVIP"_s << QString();
    }

    void writtenFormKept()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, written);
        const TagsReader::Result r = TagsReader::read(text);
        QVERIFY(!r.tags.isEmpty());
        QCOMPARE(r.tags.front().code, code);
        QCOMPARE(r.tags.front().written, written);
        QVERIFY(r.tags.front().known());
    }

    void kinds()
    {
        const TagsReader::Result r = TagsReader::read(u"PGOV KZ NATO OVIP (DOE, JANE) HUMAN RIGHTS ZZQX"_s);
        QCOMPARE(describe(r.countries()), QStringList { u"KZ"_s });
        QCOMPARE(describe(r.ofKind(TagInfo::Kind::Organization)), QStringList { u"NATO"_s });
        QCOMPARE(describe(r.ofKind(TagInfo::Kind::Person)), QStringList { u"DOE, JANE@person"_s });
        QCOMPARE(describe(r.ofKind(TagInfo::Kind::Phrase)), QStringList { u"HUMAN RIGHTS@phrase"_s });
        QCOMPARE(r.unknown, QStringList { u"ZZQX"_s });
        QCOMPARE(r.others().size(), 6);
        QVERIFY(!r.ofKind(TagInfo::Kind::Person).front().meaning.isEmpty());
    }

    void keyword_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("listStart"); // -1: no keyword
        QTest::newRow("TAGS:") << u"TAGS: PREL"_s << 6;
        QTest::newRow("TAGS") << u"TAGS PREL"_s << 5;
        QTest::newRow("after E.O.") << u"E.O. 12958: N/A TAGS: PREL"_s << 22;
        QTest::newRow("lower after E.O.") << u"E.o. 12958: decl: 03/04/2015 Tags: prel"_s << 35;
        QTest::newRow("glued to a date") << u"DECL: 01/22/2020TAGS: PREL"_s << 22;
        QTest::newRow("prose") << u"The price tags were high"_s << -1;
        QTest::newRow("capital word in prose") << u"PRICE TAGS RISE"_s << -1;
        QTest::newRow("stage") << u"STAGE PREL"_s << -1;
    }

    void keyword()
    {
        QFETCH(QString, line);
        QFETCH(int, listStart);
        qsizetype start = -1;
        const qsizetype at = TagsReader::findKeyword(line, &start);
        QCOMPARE(at >= 0 ? int(start) : -1, listStart);
    }

private:
    static QStringList pgovPrelKzInOrder() { return { u"PREL"_s, u"PGOV"_s, u"KZ"_s }; }
};

QTEST_GUILESS_MAIN(TestTagsReader)
#include "tst_tagsreader.moc"
