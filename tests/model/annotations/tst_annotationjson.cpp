// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationjson.h"

#include "annotationstore.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestAnnotationJson : public QObject
{
    Q_OBJECT

private:
    // What a colleague would compare: everything but the library's own ids.
    static QStringList described(LibraryDatabase &library)
    {
        AnnotationStore store(library);
        UserTagStore tags(library);
        QStringList lines;
        for (const Annotation &a : store.all()) {
            QStringList tagPaths;
            for (qint64 id : a.tagIds) {
                const std::optional<UserTag> tag = tags.tag(id);
                tagPaths.append(tag->path + u' ' + tag->colour);
            }
            tagPaths.sort();
            lines.append(QStringList { a.cableId, a.anchor, QString::number(a.start), QString::number(a.length),
                a.quote, a.prefix, a.suffix, a.note, a.author, a.created.toString(Qt::ISODateWithMs),
                a.modified.toString(Qt::ISODateWithMs), a.detached ? u"detached"_s : u"attached"_s,
                tagPaths.join(u',') }
                    .join(u'|'));
        }
        lines.sort();
        return lines;
    }

    static void fill(LibraryDatabase &library)
    {
        AnnotationStore store(library);
        UserTagStore tags(library);
        const qint64 manas = tags.ensurePath(u"Kyrgyzstan/Manas"_s, u"#cc3333"_s);
        const qint64 money = tags.ensurePath(u"Money"_s, u"#33cc33"_s);
        Annotation a;
        a.cableId = u"09ASTANA253"_s;
        a.anchor = u"09ASTANA253¶3"_s;
        a.start = 12;
        a.length = 26;
        a.quote = u"a strong financial package"_s;
        a.prefix = u"partners could offer "_s;
        a.suffix = u", it might help"_s;
        a.note = u"**Money** talks:\n\n- lease\n- [aid](https://example.org)"_s;
        a.author = u"jdoe"_s;
        a.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::UTC);
        a.modified = a.created.addDays(1);
        a.tagIds = { manas, money };
        QVERIFY(store.create(a));
        Annotation whole;
        whole.cableId = u"09BISHKEK1"_s;
        whole.anchor = u"09BISHKEK1¶u1"_s;
        whole.quote = u"A whole paragraph «with» accents: é."_s;
        whole.author = u"ann"_s;
        whole.detached = true;
        QVERIFY(store.create(whole));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripIntoAnotherLibrary()
    {
        StoreFixtures::TemporaryLibrary mine;
        StoreFixtures::TemporaryLibrary theirs;
        LibraryDatabase source;
        QVERIFY(source.open(mine.path()));
        fill(source);
        const QByteArray json = AnnotationJson::exportAnnotations(AnnotationStore(source), UserTagStore(source));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"reftel-annotations"_s);
        QCOMPARE(root.value(u"annotations"_s).toArray().size(), 2);

        LibraryDatabase target;
        QVERIFY(target.open(theirs.path()));
        UserTagStore targetTags(target);
        const qint64 existing = targetTags.ensurePath(u"Money"_s, u"#000000"_s); // already there: reused
        AnnotationStore targetStore(target);
        const AnnotationJson::ImportResult result = AnnotationJson::importAnnotations(json, targetStore, targetTags);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.added, 2);
        QCOMPARE(result.tagsCreated, 2); // Kyrgyzstan and Kyrgyzstan/Manas
        QCOMPARE(targetTags.findPath(u"Money"_s), existing);
        targetTags.recolour(existing, u"#33cc33"_s);
        QCOMPARE(described(target), described(source));

        // Again: nothing doubles.
        const AnnotationJson::ImportResult again = AnnotationJson::importAnnotations(json, targetStore, targetTags);
        QVERIFY(again.ok());
        QCOMPARE(again.added, 0);
        QCOMPARE(again.alreadyPresent, 2);
        QCOMPARE(targetStore.count(), 2);
        QCOMPARE(described(target), described(source));
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("not json") << QByteArray("{ nope") << u"JSON"_s;
        QTest::newRow("other format") << QByteArray(R"({"format": "x", "annotations": []})") << u"Reftel"_s;
        QTest::newRow("newer") << QByteArray(R"({"format": "reftel-annotations", "version": 9})") << u"newer"_s;
        QTest::newRow("no anchor") << QByteArray(
            R"({"format": "reftel-annotations", "version": 1, "annotations": [)"
            R"({"cableId": "09ASTANA253", "anchor": "09ASTANA253¶1", "tags": [{"path": "New"}]},)"
            R"({"cableId": "09ASTANA253"}]})")
                                   << u"Annotation 2"_s;
    }

    void badFilesChangeNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        StoreFixtures::TemporaryLibrary dir;
        LibraryDatabase library;
        QVERIFY(library.open(dir.path()));
        AnnotationStore store(library);
        UserTagStore tags(library);
        const AnnotationJson::ImportResult result = AnnotationJson::importAnnotations(json, store, tags);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(words), qPrintable(result.error));
        QCOMPARE(store.count(), 0);
        QVERIFY(tags.tags().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationJson)
#include "tst_annotationjson.moc"
