// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"
#include "mainwindow.h"

#include <QAction>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace Reftel;

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void shipsGermanAndFrench()
    {
        const QStringList languages = LanguageManager::availableLanguages();
        QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
        QVERIFY2(languages.contains(QStringLiteral("fr")), qPrintable(languages.join(u',')));
    }

    void menus_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("loaded");
        QTest::addColumn<QStringList>("menus");
        QTest::newRow("german") << QStringLiteral("de_DE") << QStringLiteral("de")
                                << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                               QStringLiteral("&Gehe zu"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")};
        QTest::newRow("french") << QStringLiteral("fr_FR") << QStringLiteral("fr")
                                << QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Édition"),
                                               QStringLiteral("A&ller"), QStringLiteral("&Affichage"), QStringLiteral("A&ide")};
        QTest::newRow("english") << QStringLiteral("en_GB") << QString()
                                 << QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Go"),
                                                QStringLiteral("&View"), QStringLiteral("&Help")};
        QTest::newRow("untranslated language falls back to English")
            << QStringLiteral("ja_JP") << QString()
            << QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Go"), QStringLiteral("&View"),
                           QStringLiteral("&Help")};
    }

    void menus()
    {
        QFETCH(QString, locale);
        QFETCH(QString, loaded);
        QFETCH(QStringList, menus);

        LanguageManager manager;
        QCOMPARE(manager.install(QLocale(locale)), loaded);
        MainWindow window;
        QStringList titles;
        for (const QAction *action : window.menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles, menus);
    }

    void uninstallsOnDestruction()
    {
        {
            LanguageManager manager;
            manager.install(QLocale(QStringLiteral("de_DE")));
            QCOMPARE(QCoreApplication::translate("Reftel::MainWindow", "&File"), QStringLiteral("&Datei"));
        }
        QCOMPARE(QCoreApplication::translate("Reftel::MainWindow", "&File"), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
