// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceguide.h"

#include "cablereader.h"
#include "cablewriter.h"
#include "librarydatabase.h"
#include "libraryimporter.h"
#include "referencespane.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// Where the references of the bundled samples lead: 09ASTANA714 cites a
// cable the library lacks (REF A) and one it probably holds under another
// number (REF B, 09ASTANA713).
class TestReferenceGuide : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_library;
    Cable m_714;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.open(m_dir.filePath(u"library.sqlite"_s)));
        QCOMPARE(LibraryImporter(m_library).run({ u":/samples"_s }).failed, 0);
        const std::optional<Cable> cable = CableReader(m_library).load(u"09ASTANA714"_s);
        QVERIFY(cable);
        m_714 = *cable;
        QCOMPARE(m_714.references.size(), 2);
        QCOMPARE(m_714.references.at(0).letter, u"A"_s);
        QCOMPARE(m_714.references.at(1).letter, u"B"_s);
    }

    void saysWhichLeadNowhere()
    {
        const ReferenceGuide guide(m_library);
        QCOMPARE(guide.missing(m_714), QSet<int> { 0 }); // B leads to the probable cable
        const Cable cable253 = *CableReader(m_library).load(u"09ASTANA253"_s);
        QCOMPARE(guide.missing(cable253), (QSet<int> { 0, 1, 2 }));
    }

    void describesEachReference()
    {
        const ReferenceGuide guide(m_library);
        const QString probable = guide.describe(m_714.id, m_714.references.at(1));
        QVERIFY2(probable.startsWith(u"Probably 09ASTANA713 ("_s), qPrintable(probable));
        QVERIFY(probable.contains(u"SEEKS AN ENHANCED RELATIONSHIP"_s));
        QVERIFY(probable.contains(u"09ASTANA731 is not in the library"_s)); // the reason
        const Reference &missing = m_714.references.at(0);
        QCOMPARE(guide.describe(m_714.id, missing),
            u"%1 is not in this library.\nPublic copy: %2"_s.arg(
                missing.citedId, ReferencesPane::publicAddress(missing.citedId)));
        QCOMPARE(guide.describe(u"99NOWHERE1"_s, missing), QString());
    }

    void followsEachReference()
    {
        const ReferenceGuide guide(m_library);
        const ReferenceGuide::Destination probable = guide.follow(m_714.id, 1);
        QCOMPARE(probable.cableId, u"09ASTANA713"_s);
        QVERIFY2(
            probable.message.startsWith(u"REF B names 09ASTANA731, which is not in the library; opened 09ASTANA713"_s),
            qPrintable(probable.message));
        QVERIFY(probable.missingId.isEmpty());

        const ReferenceGuide::Destination missing = guide.follow(m_714.id, 0);
        QVERIFY(missing.cableId.isEmpty());
        QCOMPARE(missing.missingId, m_714.references.at(0).citedId);
        QCOMPARE(missing.publicAddress, ReferencesPane::publicAddress(missing.missingId));
        QCOMPARE(missing.message,
            u"%1 is not in this library. Public copy: %2"_s.arg(missing.missingId, missing.publicAddress));

        // An index the cable does not have, a cable the library does not hold: nowhere.
        for (const ReferenceGuide::Destination &nowhere :
            { guide.follow(m_714.id, 2), guide.follow(m_714.id, -1), guide.follow(u"99NOWHERE1"_s, 0) }) {
            QVERIFY(nowhere.cableId.isEmpty());
            QVERIFY(nowhere.missingId.isEmpty());
            QVERIFY(nowhere.message.isEmpty());
        }
    }
};

QTEST_MAIN(TestReferenceGuide)
#include "tst_referenceguide.moc"
