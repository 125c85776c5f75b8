// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentlibraries.h"

#include <QAction>
#include <QDir>
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

private:
    QString path(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestRecentLibraries)
#include "tst_recentlibraries.moc"
