// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationanchorer.h"

#include "annotationstore.h"
#include "cablereader.h"
#include "cablewriter.h"
#include "storefixtures.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

namespace
{
Paragraph *paragraph(Cable &cable, const QString &anchor)
{
    for (Section &section : cable.sections) {
        for (Paragraph &p : section.paragraphs) {
            if (p.anchor == anchor)
                return &p;
        }
    }
    return nullptr;
}

const Paragraph *paragraph(const Cable &cable, const QString &anchor)
{
    return paragraph(const_cast<Cable &>(cable), anchor);
}

QString folded(const QString &text)
{
    return text.simplified();
}

// What the reader would see highlighted: the text at the stored offsets.
QString highlighted(const Cable &cable, const Annotation &a)
{
    const Paragraph *p = paragraph(cable, a.anchor);
    return p ? p->text.mid(a.start, a.length) : QString();
}

Annotation captureIn(const Cable &cable, const QString &anchor, const QString &quote, int occurrence = 0)
{
    const Paragraph *p = paragraph(cable, anchor);
    if (!p)
        return {};
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = p->text.indexOf(quote, at + 1);
    return at < 0 ? Annotation {} : AnnotationAnchorer::capture(cable.id, *p, at, quote.size());
}
}

class TestAnnotationAnchorer : public QObject
{
    Q_OBJECT

private:
    const QString astana = u"09ASTANA253"_s;
    const QString p3 = u"09ASTANA253¶3"_s;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void captureTakesQuoteAndContext()
    {
        const Cable cable = StoreFixtures::sample(astana).cable;
        const Annotation a = captureIn(cable, p3, u"a strong financial package"_s);
        QCOMPARE(a.anchor, p3);
        QCOMPARE(a.quote, u"a strong financial package"_s);
        QCOMPARE(a.length, a.quote.size());
        QCOMPARE(a.prefix.size(), Annotation::ContextLength);
        QVERIFY(a.prefix.endsWith(u"offer "_s));
        QVERIFY(a.suffix.startsWith(u", it might"_s));
        const Annotation whole = AnnotationAnchorer::capture(astana, *paragraph(cable, p3));
        QVERIFY(whole.isWholeParagraph());
        QCOMPARE(whole.quote, paragraph(cable, p3)->text);
    }

    void unchangedParseKeepsEverything()
    {
        const Cable cable = StoreFixtures::sample(astana).cable;
        Annotation a = captureIn(cable, p3, u"a strong financial package"_s);
        const Annotation before = a;
        QCOMPARE(AnnotationAnchorer::anchor(cable, a), AnnotationAnchorer::Outcome::Kept);
        QCOMPARE(a, before);
    }

    // A parser that now keeps line breaks (or joins them differently) and
    // puts text before the passage: the annotation follows the passage.
    void lineBreakHandlingChange()
    {
        const Cable original = StoreFixtures::sample(astana).cable;
        Annotation a = captureIn(original, p3, u"coalition partners could offer a strong financial package"_s);
        QVERIFY(a.length > 0);

        Cable reparsed = original;
        Paragraph *p = paragraph(reparsed, p3);
        p->text = u"(C) "_s + p->text;
        p->text.replace(u"partners could offer"_s, u"partners\n could\r\n  offer"_s);
        QCOMPARE(AnnotationAnchorer::anchor(reparsed, a), AnnotationAnchorer::Outcome::Moved);
        QVERIFY(!a.detached);
        QCOMPARE(a.anchor, p3);
        QCOMPARE(folded(highlighted(reparsed, a)), u"coalition partners could offer a strong financial package"_s);
        QVERIFY(a.start > 4);
    }

    // The same cable imported again from another saved form (the bare
    // telegram instead of the search page).
    void reimportFromAnotherSavedForm()
    {
        const Cable page = StoreFixtures::sample(astana).cable;
        const Cable bare = StoreFixtures::parseFixture(u"09ASTANA253-bare.txt"_s).cable;
        QCOMPARE(bare.id, astana);
        const QStringList quotes { u"respect the sovereignty and independence of Kyrgyzstan"_s,
            u"a strong financial package"_s };
        for (const QString &quote : quotes) {
            Annotation a = captureIn(page, p3, quote);
            QVERIFY(a.length > 0);
            const AnnotationAnchorer::Outcome outcome = AnnotationAnchorer::anchor(bare, a);
            QVERIFY(outcome == AnnotationAnchorer::Outcome::Kept || outcome == AnnotationAnchorer::Outcome::Moved);
            QVERIFY(!a.detached);
            QCOMPARE(folded(highlighted(bare, a)), quote);
        }
    }

    // "the base" twice: the context says which one was meant.
    void repeatsAreTellApartByContext()
    {
        const Cable cable = StoreFixtures::makeCable(u"09BISHKEK1"_s, u"Base"_s,
            { u"First they spoke of the base at Manas, then of roads. Later the base at Osh was named."_s });
        const QString anchor = u"09BISHKEK1¶1"_s;
        Annotation second = captureIn(cable, anchor, u"the base"_s, 1);
        QVERIFY(second.prefix.endsWith(u"Later "_s));

        Cable changed = cable;
        paragraph(changed, anchor)->text =
            u"SUMMARY: the base. First they spoke of the base at Manas, then of roads. Later the base at Osh was named."_s;
        QCOMPARE(AnnotationAnchorer::anchor(changed, second), AnnotationAnchorer::Outcome::Moved);
        const QString text = paragraph(changed, anchor)->text;
        QCOMPARE(second.start, text.indexOf(u"the base at Osh"_s));
    }

    // A paragraph inserted before: numbering moves, the passage goes along.
    void passageMovesToAnotherParagraph()
    {
        const Cable cable = StoreFixtures::makeCable(
            u"09BISHKEK1"_s, u"Base"_s, { u"Opening words."_s, u"The minister said the lease would end in August."_s });
        Annotation part = captureIn(cable, u"09BISHKEK1¶2"_s, u"the lease would end"_s);
        Annotation whole = AnnotationAnchorer::capture(cable.id, *paragraph(cable, u"09BISHKEK1¶2"_s));
        const Cable renumbered = StoreFixtures::makeCable(u"09BISHKEK1"_s, u"Base"_s,
            { u"Opening words."_s, u"A new paragraph."_s, u"The minister said the lease would end in August."_s });
        QCOMPARE(AnnotationAnchorer::anchor(renumbered, part), AnnotationAnchorer::Outcome::Moved);
        QCOMPARE(part.anchor, u"09BISHKEK1¶3"_s);
        QCOMPARE(highlighted(renumbered, part), u"the lease would end"_s);
        QCOMPARE(AnnotationAnchorer::anchor(renumbered, whole), AnnotationAnchorer::Outcome::Moved);
        QCOMPARE(whole.anchor, u"09BISHKEK1¶3"_s);
    }

    // Through the library, as the window does it: the cable is stored again
    // from a new parse that breaks lines differently and puts a paragraph in
    // front; opening it re-attaches every annotation, and the other window
    // (another connection) sees the new placement.
    void reparseStoredInTheLibrary()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        CableWriter cables(library);
        const QString id = u"09BISHKEK7"_s;
        const Cable first = StoreFixtures::makeCable(id, u"Manas"_s,
            { u"The minister said the lease of the Manas air base would end in August."_s,
                u"He added that the rent was not the issue, but sovereignty was."_s });
        QVERIFY(cables.store(first, u"bishkek7.txt"_s) == CableWriter::StoreResult::Inserted);
        AnnotationStore store(library);
        const std::optional<Cable> stored = library.cables().load(id);
        QVERIFY(stored);
        Annotation a = captureIn(*stored, id + u"¶2"_s, u"the rent was not the issue"_s);
        a.note = u"rent"_s;
        const qint64 passageId = store.create(a);
        const qint64 wholeId = store.create(AnnotationAnchorer::capture(id, *paragraph(*stored, id + u"¶1"_s)));
        QVERIFY(passageId > 0 && wholeId > 0);

        const Cable second = StoreFixtures::makeCable(id, u"Manas"_s,
            { u"SUMMARY: lease talks."_s, u"The minister said the lease of the Manas air base\nwould end in August."_s,
                u"He added that the rent\nwas not the issue, but sovereignty was."_s });
        QVERIFY(cables.store(second, u"bishkek7.txt"_s) != CableWriter::StoreResult::Failed);
        const std::optional<Cable> reparsed = library.cables().load(id);
        QVERIFY(reparsed);
        int changed = 0;
        const QList<Annotation> loaded = AnnotationAnchorer::loadAnchored(store, *reparsed, &changed);
        QCOMPARE(changed, 2);
        QCOMPARE(loaded.size(), 2);

        LibraryDatabase other;
        QVERIFY(other.open(dir.path()));
        AnnotationStore otherStore(other);
        const Annotation passage = *otherStore.annotation(passageId);
        QVERIFY(!passage.detached);
        QCOMPARE(passage.anchor, id + u"¶3"_s);
        QCOMPARE(folded(highlighted(*reparsed, passage)), u"the rent was not the issue"_s);
        QCOMPARE(passage.note, u"rent"_s);
        const Annotation whole = *otherStore.annotation(wholeId);
        QVERIFY(!whole.detached);
        QCOMPARE(whole.anchor, id + u"¶2"_s);
        QCOMPARE(otherStore.countsByAnchor(id), (QHash<QString, int> { { id + u"¶2"_s, 1 }, { id + u"¶3"_s, 1 } }));
    }

    // The words are gone: the annotation is kept, detached, with its quote,
    // and the store lists it; when the words come back it re-attaches.
    void lostPassageIsDetachedNeverDropped()
    {
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        AnnotationStore store(library);
        const Cable original = StoreFixtures::sample(astana).cable;
        Annotation a = captureIn(original, p3, u"a strong financial package"_s);
        a.note = u"money talks"_s;
        const qint64 id = store.create(a);
        QVERIFY(id > 0);
        const QDateTime modified = store.annotation(id)->modified;

        Cable reparsed = original;
        paragraph(reparsed, p3)->text.replace(u"a strong financial package"_s, u"something"_s);
        int changed = 0;
        QList<Annotation> loaded = AnnotationAnchorer::loadAnchored(store, reparsed, &changed);
        QCOMPARE(changed, 1);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(loaded.constFirst().detached);
        const std::optional<Annotation> stored = store.annotation(id);
        QVERIFY(stored->detached);
        QCOMPARE(stored->quote, u"a strong financial package"_s);
        QCOMPARE(stored->note, u"money talks"_s);
        QCOMPARE(stored->modified, modified); // placement is not an edit
        QVERIFY(store.countsByAnchor(astana).isEmpty()); // no marker where it is not

        loaded = AnnotationAnchorer::loadAnchored(store, original, &changed);
        QCOMPARE(changed, 1);
        QVERIFY(!store.annotation(id)->detached);
        QCOMPARE(highlighted(original, *store.annotation(id)), u"a strong financial package"_s);

        // Opening again with the same parse writes nothing.
        AnnotationAnchorer::loadAnchored(store, original, &changed);
        QCOMPARE(changed, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationAnchorer)
#include "tst_annotationanchorer.moc"
