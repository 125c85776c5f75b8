// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylocation.h"

#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

using Parameters = QMap<QString, QString>;

class TestLibraryLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsServerForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Parameters>("parameters");
        QTest::addColumn<QString>("password");
        QTest::newRow("uri") << u"postgresql://alice@db.example/cables"_s
                             << Parameters { { u"user"_s, u"alice"_s }, { u"host"_s, u"db.example"_s },
                                    { u"dbname"_s, u"cables"_s } }
                             << QString();
        QTest::newRow("postgres scheme, port, query")
            << u"postgres://db.example:6543/cables?sslmode=verify-full&connect_timeout=5"_s
            << Parameters { { u"host"_s, u"db.example"_s }, { u"port"_s, u"6543"_s }, { u"dbname"_s, u"cables"_s },
                   { u"sslmode"_s, u"verify-full"_s }, { u"connect_timeout"_s, u"5"_s } }
            << QString();
        QTest::newRow("password and escapes") << u"postgresql://bob%40desk:s%3Acret@db.example/team%20cables"_s
                                              << Parameters { { u"user"_s, u"bob@desk"_s },
                                                     { u"host"_s, u"db.example"_s }, { u"dbname"_s, u"team cables"_s } }
                                              << u"s:cret"_s;
        QTest::newRow("socket folder in the query")
            << u"postgresql:///cables?host=/run/postgresql"_s
            << Parameters { { u"host"_s, u"/run/postgresql"_s }, { u"dbname"_s, u"cables"_s } } << QString();
        QTest::newRow("socket folder encoded as host")
            << u"postgresql://%2Ftmp%2Fpg/cables"_s
            << Parameters { { u"host"_s, u"/tmp/pg"_s }, { u"dbname"_s, u"cables"_s } } << QString();
        QTest::newRow("ipv6") << u"postgresql://[2001:db8::1]:5433/c"_s
                              << Parameters { { u"host"_s, u"2001:db8::1"_s }, { u"port"_s, u"5433"_s },
                                     { u"dbname"_s, u"c"_s } }
                              << QString();
        QTest::newRow("several hosts") << u"postgresql://a:1,b:2/c"_s
                                       << Parameters { { u"host"_s, u"a,b"_s }, { u"port"_s, u"1,2"_s },
                                              { u"dbname"_s, u"c"_s } }
                                       << QString();
        QTest::newRow("everything from the environment") << u"postgresql://"_s << Parameters {} << QString();
        QTest::newRow("service") << u"service=team"_s << Parameters { { u"service"_s, u"team"_s } } << QString();
        QTest::newRow("conninfo, quoted")
            << u"host=/tmp/pg  dbname='team cables' user = bob password='it\\'s'"_s
            << Parameters { { u"host"_s, u"/tmp/pg"_s }, { u"dbname"_s, u"team cables"_s }, { u"user"_s, u"bob"_s } }
            << u"it's"_s;
    }

    void readsServerForms()
    {
        QFETCH(QString, text);
        QFETCH(Parameters, parameters);
        QFETCH(QString, password);
        const LibraryLocation location = LibraryLocation::fromText(text);
        QVERIFY2(location.isValid(), qPrintable(location.problem()));
        QVERIFY(location.isServer());
        QCOMPARE(location.engine(), LibraryLocation::Engine::PostgreSql);
        QCOMPARE(location.parameters(), parameters);
        QCOMPARE(location.password(), password);
    }

    // What the recent list keeps reads back as the same library, and never
    // holds the password.
    void textRoundTripsWithoutPassword_data() { readsServerForms_data(); }
    void textRoundTripsWithoutPassword()
    {
        QFETCH(QString, text);
        QFETCH(QString, password);
        const LibraryLocation location = LibraryLocation::fromText(text);
        const QString saved = location.toText();
        if (!password.isEmpty())
            QVERIFY2(
                !saved.contains(password) && !saved.contains(QString::fromLatin1(QUrl::toPercentEncoding(password))),
                qPrintable(saved));
        const LibraryLocation again = LibraryLocation::fromText(saved);
        QVERIFY2(again.isValid(), qPrintable(again.problem()));
        QCOMPARE(again.parameters(), location.parameters());
        QCOMPARE(again.password(), QString());
    }

    void readsFiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("relative") << u"cables.sqlite"_s << u"cables.sqlite"_s;
        QTest::newRow("a colon in a name") << u"./2009:astana.sqlite"_s << u"./2009:astana.sqlite"_s;
        QTest::newRow("file url") << u"file:///data/cables%20team.sqlite"_s << u"/data/cables team.sqlite"_s;
    }

    void readsFiles()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        const LibraryLocation location = LibraryLocation::fromText(text);
        QVERIFY2(location.isValid(), qPrintable(location.problem()));
        QVERIFY(!location.isServer());
        QCOMPARE(location.filePath(), path);
        QCOMPARE(location.toText(), path);
    }

    void refusesWhatIsNoLibrary_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << u"  "_s << u"No library"_s;
        QTest::newRow("unknown setting") << u"postgresql://db/c?colour=red"_s << u"colour"_s;
        QTest::newRow("bad port") << u"postgresql://db:abc/c"_s << u"abc"_s;
        QTest::newRow("unclosed quote") << u"dbname='cables"_s << u"quote"_s;
        QTest::newRow("keyword without value") << u"host=/tmp dbname"_s << u"dbname"_s;
        QTest::newRow("other scheme") << u"https://example.org/library.sqlite"_s << u"https://"_s;
    }

    void refusesWhatIsNoLibrary()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const LibraryLocation location = LibraryLocation::fromText(text);
        QVERIFY(!location.isValid());
        QVERIFY2(location.problem().contains(says), qPrintable(location.problem()));
    }

    void namesTheLibrary()
    {
        QCOMPARE(LibraryLocation::fromText(u"postgresql://alice@db.example/cables"_s).displayName(),
            u"cables on db.example"_s);
        QCOMPARE(LibraryLocation::fromText(u"service=team"_s).displayName(), u"team library team"_s);
        QCOMPARE(LibraryLocation::fromText(u"/data/team.sqlite"_s).displayName(), u"team.sqlite"_s);
    }
};

QTEST_GUILESS_MAIN(TestLibraryLocation)
#include "tst_librarylocation.moc"
