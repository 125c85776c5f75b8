// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationexport.h"

#include "annotationstore.h"
#include "storefixtures.h"
#include "usertagstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestAnnotationExport : public QObject
{
    Q_OBJECT

private:
    StoreFixtures::TemporaryLibrary m_dir;
    LibraryDatabase m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(m_dir.path()));
        UserTagStore tags(m_library);
        const qint64 manas = tags.ensurePath(u"Kyrgyzstan/Manas"_s, u"#e57373"_s);
        AnnotationStore store(m_library);
        Annotation a;
        a.cableId = u"09ASTANA253"_s;
        a.anchor = u"09ASTANA253¶2"_s;
        a.start = 4;
        a.length = 9;
        a.quote = u"AIR, BASE"_s;
        a.note = u"Says \"lease\",\nthen <b>changes</b> it"_s;
        a.author = u"ann"_s;
        a.tagIds = { manas };
        QVERIFY(store.create(a));
        Annotation other;
        other.cableId = u"09ASTANA714"_s;
        other.anchor = u"09ASTANA714¶1"_s;
        other.quote = u"whole"_s;
        QVERIFY(store.create(other));
    }

    void csvQuotesEveryField()
    {
        AnnotationStore store(m_library);
        UserTagStore tags(m_library);
        AnnotationExport exporter(store, tags);
        const QString path = m_dir.dir() + u"/notes.csv"_s;
        QVERIFY2(exporter.writeCsv(path, { u"09ASTANA253"_s }), qPrintable(exporter.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"id,cable_id,anchor,start,length,quote,note,tags"_s));
        QVERIFY(csv.contains(
            u",09ASTANA253,09ASTANA253¶2,4,9,\"AIR, BASE\",\"Says \"\"lease\"\",\nthen <b>changes</b> it\",Kyrgyzstan/Manas,ann,"_s));
        QVERIFY(!csv.contains(u"09ASTANA714"_s)); // only the cables asked for
        QVERIFY(QString::fromUtf8(exporter.csv()).contains(u"09ASTANA714"_s));
    }

    void csvKeepsFormulasAsText()
    {
        AnnotationStore store(m_library);
        UserTagStore tags(m_library);
        Annotation formula;
        formula.cableId = u"10ASTANA72"_s;
        formula.anchor = u"10ASTANA72¶1"_s;
        formula.quote = u"-5 percent"_s;
        formula.note = u"=HYPERLINK(\"http://example.org\",\"x\")"_s;
        formula.author = u"@desk"_s;
        QVERIFY(store.create(formula));
        AnnotationExport exporter(store, tags);
        const QString csv = QString::fromUtf8(exporter.csv({ u"10ASTANA72"_s }));
        QVERIFY2(csv.contains(u",'-5 percent,\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\",,'@desk,"_s),
            qPrintable(csv));
        QVERIFY(store.remove(store.forCable(u"10ASTANA72"_s).constFirst().id));
    }

    void jsonIsTheImportFormat()
    {
        AnnotationStore store(m_library);
        UserTagStore tags(m_library);
        AnnotationExport exporter(store, tags);
        const QString path = m_dir.dir() + u"/notes.json"_s;
        QVERIFY(exporter.writeJson(path, { u"09ASTANA253"_s, u"09ASTANA714"_s }));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"reftel-annotations"_s);
        QCOMPARE(root.value(u"annotations"_s).toArray().size(), 2);
    }

    void unwritablePathLeavesNoFile()
    {
        AnnotationStore store(m_library);
        UserTagStore tags(m_library);
        AnnotationExport exporter(store, tags);
        const QString bad = m_dir.dir() + u"/missing/folder/notes.csv"_s;
        QVERIFY(!exporter.writeCsv(bad));
        QVERIFY(exporter.errorString().contains(bad));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationExport)
#include "tst_annotationexport.moc"
