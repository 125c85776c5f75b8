// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentlibraries.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

class TestRecentLibraries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ReftelTest"_s);
        QCoreApplication::setApplicationName(u"tst_recentlibraries"_s);
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    // The newest first, each library once, its absolute path; the last opened is the one opened at start.
    void newestFirstOnce()
    {
        RecentLibraries recent;
        recent.remember(path(u"a"_s));
        recent.remember(path(u"b"_s));
        recent.remember(path(u"a"_s));
        QCOMPARE(recent.paths(), (QStringList { path(u"a"_s), path(u"b"_s) }));
        QCOMPARE(QSettings().value(u"Library/last"_s).toString(), path(u"a"_s));

        QVERIFY(QDir::setCurrent(m_dir.path()));
        recent.remember(u"c.sqlite"_s);
        QCOMPARE(recent.paths().constFirst(), QDir::current().absoluteFilePath(u"c.sqlite"_s));
    }

    void keepsTheLimit()
    {
        RecentLibraries recent;
        for (int i = 0; i < RecentLibraries::limit + 3; ++i)
            recent.remember(path(QString::number(i)));
        const QStringList paths = recent.paths();
        QCOMPARE(paths.size(), qsizetype(RecentLibraries::limit));
        QCOMPARE(paths.constFirst(), path(QString::number(RecentLibraries::limit + 2)));
        QCOMPARE(paths.constLast(), path(u"3"_s));
    }

    // The menu lists them in the same order, disabled while empty; choosing one asks for it.
    void menuListsAndChooses()
    {
        RecentLibraries recent;
        QMenu menu;
        recent.setMenu(&menu);
        QVERIFY(!menu.isEnabled());
        QVERIFY(menu.actions().isEmpty());

        recent.remember(path(u"a"_s));
        recent.remember(path(u"b"_s));
        QVERIFY(menu.isEnabled());
        const QList<QAction *> actions = menu.actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0)->text(), QDir::toNativeSeparators(path(u"b"_s)));
        QCOMPARE(actions.at(1)->text(), QDir::toNativeSeparators(path(u"a"_s)));

        QSignalSpy chosen(&recent, &RecentLibraries::chosen);
        actions.at(1)->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), path(u"a"_s));
    }

    // Another window's list (the settings) is what a new one starts from.
    void readsTheSettings()
    {
        RecentLibraries().remember(path(u"a"_s));
        RecentLibraries later;
        QMenu menu;
        later.setMenu(&menu);
        QCOMPARE(menu.actions().size(), 1);
    }

    // A team library is remembered by its address, never with its password:
    // not in the list, not as the last one, not anywhere in the settings file.
    void teamLibraryWithoutPassword()
    {
        RecentLibraries recent;
        QMenu menu;
        recent.setMenu(&menu);
        LibraryLocation typed =
            LibraryLocation::fromText(u"postgresql://alice@db.example.org/cables?sslmode=require"_s);
        typed.setPassword(u"s3cret-typed"_s);
        recent.remember(typed);
        recent.remember(u"postgresql://bob:s3cret-in-uri@db.example.org:5433/cables"_s);
        recent.remember(path(u"a"_s));

        QCOMPARE(recent.paths(),
            (QStringList { path(u"a"_s), u"postgresql://bob@db.example.org:5433/cables"_s,
                u"postgresql://alice@db.example.org/cables?sslmode=require"_s }));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("db.example.org"));
        QVERIFY(!saved.contains("s3cret"));

        // The menu names it; choosing it gives back what opens it again.
        const QList<QAction *> actions = menu.actions();
        QCOMPARE(actions.size(), 3);
        QVERIFY2(actions.at(1)->text().contains(u"cables"_s) && actions.at(1)->text().contains(u"db.example.org"_s),
            qPrintable(actions.at(1)->text()));
        QSignalSpy chosen(&recent, &RecentLibraries::chosen);
        actions.at(2)->trigger();
        QCOMPARE(LibraryLocation::fromText(chosen.at(0).at(0).toString()), typed);
        QCOMPARE(QSettings().value(u"Library/last"_s).toString(), path(u"a"_s));
        recent.remember(typed);
        QCOMPARE(QSettings().value(u"Library/last"_s).toString(), typed.toText());
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestRecentLibraries)
#include "tst_recentlibraries.moc"
