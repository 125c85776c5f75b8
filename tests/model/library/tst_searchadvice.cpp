// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchadvice.h"

#include "librarydatabase.h"
#include "libraryimporter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// On the five sample cables (all from Embassy Astana, 2009).
class TestSearchAdvice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_library.open(m_dir.filePath(u"l.sqlite"_s)));
        QCOMPARE(LibraryImporter(m_library).run({ u":/samples"_s }).cables, qint64(5));
    }

    void filtersAreFoundAsTyped()
    {
        QCOMPARE(
            SearchAdvice::filterTokens(u"manas origin:Nowhere -tag:PGOV \"air base\" note:\"two words\" from:2009"_s),
            (QStringList { u"origin:Nowhere"_s, u"-tag:PGOV"_s, u"note:\"two words\""_s, u"from:2009"_s }));
        QCOMPARE(SearchAdvice::without(u"manas origin:Nowhere  kyrgyz"_s, u"origin:Nowhere"_s), u"manas kyrgyz"_s);
    }

    void countsAsTheListDoes()
    {
        QCOMPARE(SearchAdvice::count(m_library, u"origin:astana"_s), qint64(5));
        QCOMPARE(SearchAdvice::count(m_library, u"manas"_s), qint64(2));
        QCOMPARE(SearchAdvice::count(m_library, u"manas origin:nowhere"_s), qint64(0));
    }

    void namesTheFilterThatExcludedEverything()
    {
        const QString advice = SearchAdvice::noMatches(m_library, u"manas origin:Nowhere"_s);
        QVERIFY2(advice.startsWith(u"No cable matches “manas origin:Nowhere”."_s), qPrintable(advice));
        QVERIFY2(advice.contains(u"Without origin:Nowhere, 2 cables match."_s), qPrintable(advice));
    }

    void saysWhenTheWordsThemselvesAreMissing()
    {
        const QString advice = SearchAdvice::noMatches(m_library, u"zzyzxq"_s);
        QVERIFY2(advice.contains(u"No cable holds these words"_s), qPrintable(advice));
        QVERIFY(advice.contains(u"manas*"_s));
    }

    void saysWhenOnlyTheFiltersTogetherExclude()
    {
        // Each filter alone leaves the word nothing either, but the word alone matches.
        const QString advice = SearchAdvice::noMatches(m_library, u"manas from:2010 origin:Nowhere"_s);
        QVERIFY2(advice.contains(u"filters together"_s), qPrintable(advice));
    }
};

QTEST_GUILESS_MAIN(TestSearchAdvice)
#include "tst_searchadvice.moc"
