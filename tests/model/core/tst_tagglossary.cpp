// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagglossary.h"

#include "samplecables.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Floors for the shipped glossary. Countries: all FIPS 10-4 codes (about 275) plus the
// variants the cables use. Subjects: only tags whose meaning is certain are shipped (147),
// fewer than the 200 issue 3 hoped for, because only the A, B, C and E lists of the handbook
// could be checked against a public copy; the floor is the shipped count so that losing a
// verified tag fails here. Raise it as verified tags are added.
static constexpr qsizetype kMinSubjectTags = 147;
static constexpr qsizetype kMinCountryCodes = 250;

namespace
{
QByteArray shippedGlossary()
{
    // TagGlossary::instance() has initialised the resources by then.
    QFile file(u":/glossary/tags.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

TagGlossary glossaryFrom(const QByteArray &text)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    return TagGlossary(&buffer);
}

// The tags on the TAGS lines of a cable, whatever the separators.
QStringList tagsOf(const QByteArray &cable)
{
    static const QRegularExpression tagsLine(uR"(^\s*TAGS:?\s+(.+)$)"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression separators(uR"([\s,]+)"_s);
    QStringList result;
    auto it = tagsLine.globalMatch(QString::fromUtf8(cable));
    while (it.hasNext()) {
        const QStringList tags = it.next().captured(1).split(separators, Qt::SkipEmptyParts);
        for (const QString &tag : tags) {
            if (!result.contains(tag))
                result << tag;
        }
    }
    return result;
}
}

Q_DECLARE_METATYPE(TagInfo::Kind)

class TestTagGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownTag_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<TagInfo::Kind>("kind");
        QTest::addColumn<QString>("meaning");

        using Kind = TagInfo::Kind;
        QTest::newRow("PGOV") << u"PGOV"_s << Kind::Subject << u"Internal government affairs"_s;
        QTest::newRow("PREL") << u"PREL"_s << Kind::Subject << u"External political relations"_s;
        QTest::newRow("MARR") << u"MARR"_s << Kind::Subject << u"Military and defense arrangements"_s;
        QTest::newRow("PHUM") << u"PHUM"_s << Kind::Subject << u"Human rights"_s;
        QTest::newRow("KDEM") << u"KDEM"_s << Kind::Subject << u"Democratization"_s;
        QTest::newRow("PTER") << u"PTER"_s << Kind::Subject << u"Terrorism"_s;
        QTest::newRow("SNAR") << u"SNAR"_s << Kind::Subject << u"Narcotics"_s;
        // Checked against the handbook's public list (5 FAH-3 H-011.1).
        QTest::newRow("ECON") << u"ECON"_s << Kind::Subject << u"Economic conditions and trends"_s;
        QTest::newRow("EINV") << u"EINV"_s << Kind::Subject << u"Foreign investment"_s;
        QTest::newRow("ADPM") << u"ADPM"_s << Kind::Subject << u"Diplomatic pouch and mail"_s;
        QTest::newRow("CJAN") << u"CJAN"_s << Kind::Subject << u"Judicial assistance and notarial services"_s;
        QTest::newRow("BTIO") << u"BTIO"_s << Kind::Subject << u"Trade and investment opportunities"_s;
        QTest::newRow("EWWT") << u"EWWT"_s << Kind::Subject << u"Waterborne transportation"_s;
        QTest::newRow("KMDR") << u"KMDR"_s << Kind::Subject << u"Media reaction reporting"_s;
        QTest::newRow("KZ") << u"KZ"_s << Kind::Country << u"Kazakhstan"_s;
        QTest::newRow("KG") << u"KG"_s << Kind::Country << u"Kyrgyzstan"_s;
        QTest::newRow("RS") << u"RS"_s << Kind::Country << u"Russia"_s;
        QTest::newRow("CH is China, not Switzerland") << u"CH"_s << Kind::Country << u"China"_s;
        QTest::newRow("SZ is Switzerland") << u"SZ"_s << Kind::Country << u"Switzerland"_s;
        QTest::newRow("UP") << u"UP"_s << Kind::Country << u"Ukraine"_s;
        QTest::newRow("GM") << u"GM"_s << Kind::Country << u"Germany"_s;
        QTest::newRow("IZ") << u"IZ"_s << Kind::Country << u"Iraq"_s;
        QTest::newRow("KS") << u"KS"_s << Kind::Country << u"South Korea"_s;
        QTest::newRow("KN") << u"KN"_s << Kind::Country << u"North Korea"_s;
        QTest::newRow("OSCE") << u"OSCE"_s << Kind::Organization
                              << u"Organization for Security and Co-operation in Europe"_s;
        QTest::newRow("NATO") << u"NATO"_s << Kind::Organization << u"North Atlantic Treaty Organization"_s;
        QTest::newRow("UNSC") << u"UNSC"_s << Kind::Organization << u"UN Security Council"_s;
        QTest::newRow("IAEA") << u"IAEA"_s << Kind::Organization << u"International Atomic Energy Agency"_s;
    }

    void knownTag()
    {
        QFETCH(QString, code);
        QFETCH(TagInfo::Kind, kind);
        QFETCH(QString, meaning);

        const TagInfo info = TagGlossary::instance().lookup(code);
        QVERIFY(info.known());
        QCOMPARE(info.code, code);
        QCOMPARE(info.kind, kind);
        QCOMPARE(info.meaning, meaning);
    }

    void caseAndSpaceInsensitive_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("code");

        QTest::newRow("lower") << u"pgov"_s << u"PGOV"_s;
        QTest::newRow("mixed") << u"Kz"_s << u"KZ"_s;
        QTest::newRow("spaces") << u"  OSCE "_s << u"OSCE"_s;
        QTest::newRow("tab and newline") << u"\tmarr\n"_s << u"MARR"_s;
    }

    void caseAndSpaceInsensitive()
    {
        QFETCH(QString, written);
        QFETCH(QString, code);

        const TagInfo info = TagGlossary::instance().lookup(written);
        QVERIFY(info.known());
        QCOMPARE(info.code, code);
        const TagInfo exact = TagGlossary::instance().lookup(code);
        QCOMPARE(info.kind, exact.kind);
        QCOMPARE(info.meaning, exact.meaning);
    }

    void unknownKept_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("code");

        QTest::newRow("four letters") << u"QQQQ"_s << u"QQQQ"_s;
        QTest::newRow("two letters are not guessed") << u"QZ"_s << u"QZ"_s;
        QTest::newRow("uncertain regional code") << u"XR"_s << u"XR"_s;
        // Misspellings seen on real cables (for MOPS and KNNP) are not guessed.
        QTest::newRow("misspelled MOPS") << u"MOPPS"_s << u"MOPPS"_s;
        QTest::newRow("misspelled KNNP") << u"KNPP"_s << u"KNPP"_s;
        QTest::newRow("personal name, trimmed") << u" SARKOZY, NICOLAS "_s << u"SARKOZY, NICOLAS"_s;
        QTest::newRow("case kept") << u"Zanu-pf"_s << u"Zanu-pf"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void unknownKept()
    {
        QFETCH(QString, written);
        QFETCH(QString, code);

        const TagInfo info = TagGlossary::instance().lookup(written);
        QVERIFY(!info.known());
        QCOMPARE(info.kind, TagInfo::Kind::Unknown);
        QCOMPARE(info.code, code);
        QVERIFY(info.meaning.isEmpty());
    }

    void everySampleTagIsKnown()
    {
        const QStringList paths = SampleCables::paths();
        QCOMPARE(paths.size(), 5);
        for (const QString &path : paths) {
            const QStringList tags = tagsOf(SampleCables::contents(path));
            QVERIFY2(!tags.isEmpty(), qPrintable(path));
            for (const QString &tag : tags)
                QVERIFY2(TagGlossary::instance().lookup(tag).known(), qPrintable(path + u": "_s + tag));
        }
    }

    // TAGS lines of real cables of the release (copied from public cable pages), so that
    // what an analyst opens most resolves, subject tags included.
    void realTagLinesAreKnown_data()
    {
        QTest::addColumn<QString>("line");

        QTest::newRow("09HERMOSILLO71") << u"KFRD CVIS CPAS CMGT PTER MX"_s;
        QTest::newRow("08LIMA913") << u"CASC CJAN CVIS KCRM SNAR PE"_s;
        QTest::newRow("09TBILISI1587") << u"PREL PBTS PHSA PGOV EWWT ETRD CB FR PM RS"_s;
        QTest::newRow("10MADRID86") << u"BEXP ECON EINV ENRG KIPR SP"_s;
        QTest::newRow("06ASUNCION589") << u"PGOV PREL PHUM KWMN SMIG PA"_s;
        QTest::newRow("04ROME2926") << u"AORC EAGR PREL KUNR IN FAO"_s;
        QTest::newRow("10TEGUCIGALPA160") << u"EAID ECIN EINV ENRG KJUS PGOV HO"_s;
        QTest::newRow("10STOCKHOLM62") << u"KTIA EAIR ECON IC EUN SW"_s;
        QTest::newRow("10ABUDHABI9") << u"ECON PTER KTFN AE AF EFIN"_s;
        QTest::newRow("10BAKU127, commas") << u"ECON, EINV, EIND, ETRD, KCOR, PINR, PGOV, RS, KS, IR,  TU, AJ"_s;
    }

    void realTagLinesAreKnown()
    {
        QFETCH(QString, line);

        const QStringList tags = tagsOf("TAGS: " + line.toUtf8());
        QVERIFY(tags.size() >= 4);
        for (const QString &tag : tags)
            QVERIFY2(TagGlossary::instance().lookup(tag).known(), qPrintable(tag));
    }

    void malformedLinesAreSkipped()
    {
        const QByteArray text = "# a comment\n"
                                "\n"
                                "PGOV\tsubject\tInternal government affairs\n"
                                "NOTABS subject Something\n"
                                "ABCD\tweird\tUnknown kind\n"
                                "EFGH\tsubject\n"
                                "IJKL\tsubject\t\n"
                                "\tcountry\tNo code\n"
                                "MN\tcountry\tToo\tmany fields\n"
                                "\xff\xfe\t\x01\n"
                                "kz\tcountry\tKazakhstan\r\n"
                                "UN\torganization\tUnited Nations"; // no final newline
        // one warning for each of the seven malformed lines
        for (int i = 0; i < 7; ++i)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skipping malformed glossary line"_s));
        const TagGlossary glossary = glossaryFrom(text);
        QCOMPARE(glossary.size(), 3);
        QCOMPARE(glossary.lookup(u"PGOV").meaning, u"Internal government affairs"_s);
        QCOMPARE(glossary.lookup(u"KZ").code, u"KZ"_s);
        QCOMPARE(glossary.lookup(u"KZ").meaning, u"Kazakhstan"_s);
        QCOMPARE(glossary.lookup(u"UN").kind, TagInfo::Kind::Organization);
        QVERIFY(!glossary.lookup(u"ABCD").known());
        QVERIFY(!glossary.lookup(u"EFGH").known());
        QVERIFY(!glossary.lookup(u"MN").known());
    }

    void nullAndEmptyDevices()
    {
        const TagGlossary none(nullptr);
        QCOMPARE(none.size(), 0);
        QVERIFY(!none.lookup(u"PGOV").known());
        QCOMPARE(glossaryFrom(QByteArray()).size(), 0);
    }

    void shippedFileIsWellFormedWithoutDuplicates()
    {
        QCOMPARE_GT(TagGlossary::instance().size(), 0);
        const QByteArray text = shippedGlossary();
        QVERIFY(!text.isEmpty());

        QSet<QString> codes;
        qsizetype entries = 0;
        const QList<QByteArray> lines = text.split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> fields = line.split('\t');
            QVERIFY2(fields.size() == 3, line.constData());
            const QString code = QString::fromUtf8(fields.at(0));
            QVERIFY2(code == code.trimmed().toUpper(), line.constData());
            QVERIFY2(!codes.contains(code), qPrintable(u"duplicate: "_s + code));
            codes.insert(code);
            ++entries;
        }
        QCOMPARE(TagGlossary::instance().size(), entries);
    }

    void shipsEnoughTags()
    {
        qsizetype subjects = 0;
        qsizetype countries = 0;
        const QList<TagInfo> all = TagGlossary::instance().all();
        QCOMPARE(all.size(), TagGlossary::instance().size());
        for (const TagInfo &info : all) {
            QVERIFY(info.known());
            QVERIFY(!info.meaning.isEmpty());
            if (info.kind == TagInfo::Kind::Subject)
                ++subjects;
            else if (info.kind == TagInfo::Kind::Country)
                ++countries;
        }
        QCOMPARE_GE(subjects, kMinSubjectTags);
        QCOMPARE_GE(countries, kMinCountryCodes);
    }

    void allIsSortedByKindThenCode()
    {
        const QList<TagInfo> all = TagGlossary::instance().all();
        for (qsizetype i = 1; i < all.size(); ++i) {
            const TagInfo &a = all.at(i - 1);
            const TagInfo &b = all.at(i);
            QVERIFY(a.kind < b.kind || (a.kind == b.kind && a.code < b.code));
        }
    }

    void kindNames_data()
    {
        QTest::addColumn<TagInfo::Kind>("kind");
        QTest::addColumn<QString>("name");

        using Kind = TagInfo::Kind;
        QTest::newRow("subject") << Kind::Subject << u"Subject"_s;
        QTest::newRow("country") << Kind::Country << u"Country"_s;
        QTest::newRow("organization") << Kind::Organization << u"Organization"_s;
        QTest::newRow("person") << Kind::Person << u"Person"_s;
        QTest::newRow("program") << Kind::Program << u"Program"_s;
        QTest::newRow("unknown") << Kind::Unknown << u"Unknown"_s;
    }

    void kindNames()
    {
        QFETCH(TagInfo::Kind, kind);
        QFETCH(QString, name);
        QCOMPARE(TagGlossary::kindName(kind), name);
    }
};

QTEST_GUILESS_MAIN(TestTagGlossary)
#include "tst_tagglossary.moc"
