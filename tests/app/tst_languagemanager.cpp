// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"
#include "mainwindow.h"

#include "bodyrenderer.h"
#include "datetext.h"
#include "documentparser.h"
#include "metadatapane.h"
#include "samplecable.h"
#include "searchquery.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Reftel;

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
                                << QStringList { QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                       QStringLiteral("&Gehe zu"), QStringLiteral("&Ansicht"),
                                       QStringLiteral("&Hilfe") };
        QTest::newRow("french") << QStringLiteral("fr_FR") << QStringLiteral("fr")
                                << QStringList { QStringLiteral("&Fichier"), QStringLiteral("&Édition"),
                                       QStringLiteral("A&ller"), QStringLiteral("&Affichage"),
                                       QStringLiteral("A&ide") };
        QTest::newRow("english") << QStringLiteral("en_GB") << QString()
                                 << QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"),
                                        QStringLiteral("&Go"), QStringLiteral("&View"), QStringLiteral("&Help") };
        QTest::newRow("untranslated language falls back to English")
            << QStringLiteral("ja_JP") << QString()
            << QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Go"),
                   QStringLiteral("&View"), QStringLiteral("&Help") };
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

    // Dates follow the interface language, in the window and in reports, and come back with it.
    void datesFollowTheInterfaceLanguage()
    {
        const QDateTime created(QDate(2009, 2, 12), QTime(5, 16), QTimeZone::UTC);
        const QLocale before;
        {
            LanguageManager manager;
            QCOMPARE(manager.install(QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
            QCOMPARE(QLocale().language(), QLocale::German);
            QCOMPARE(DateText::longUtc(created), QStringLiteral("Donnerstag, 12. Februar 2009, 05:16 UTC"));
            const QString metadata = MetadataPane::html(Testing::sampleCable(QStringLiteral("09ASTANA253")));
            QVERIFY2(metadata.contains(QStringLiteral("Donnerstag, 12. Februar 2009")), qPrintable(metadata));
            QVERIFY(BodyRenderer::html(Testing::sampleCable(QStringLiteral("09ASTANA253")), {})
                    .contains(QStringLiteral("12. Februar 2009")));
        }
        QCOMPARE(QLocale(), before);
        {
            // A French interface chosen on a Swiss system keeps Swiss formats, in French.
            LanguageManager manager;
            QCOMPARE(manager.install(QLocale(QStringLiteral("fr_CH"))), QStringLiteral("fr"));
            QCOMPARE(QLocale().language(), QLocale::French);
            QCOMPARE(QLocale().territory(), QLocale::Switzerland);
        }
        QCOMPARE(QLocale(), before);
    }

    // Qt's own words (Cancel, the file dialog) come from Qt's translations, which the package depends on.
    void qtsOwnStringsAreTranslated()
    {
        if (!QFile::exists(LanguageManager::qtTranslationsPath() + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's translations (qt6-translations-l10n) are not installed");
        LanguageManager manager;
        manager.install(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("Suchen in:"));
    }

    // Messages made outside a QObject (a query's error, a parse warning) are
    // looked up in the context lupdate filed them under: a local tr() helper
    // with another context left them English in every language.
    void modelMessagesAreTranslated()
    {
        LanguageManager manager;
        QCOMPARE(manager.install(QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
        QCOMPARE(SearchQuery::parse(QStringLiteral("manas OR")).errorString(),
            QStringLiteral("OR benötigt auf beiden Seiten ein Wort."));
        const QByteArray telegram = "C O N F I D E N T I A L ASTANA 000253\n\nSIPDIS\n\n"
                                    "E.O. 12958: DECL: 02/12/2019\nTAGS: PGOV, PREL, KZ\n\n"
                                    "3. (C) The Kazakhstani side suggested a multilateral approach.\n\nHOAGLAND\n";
        const QList<Cable> cables = DocumentParser::parse(telegram, QStringLiteral("09ASTANA253.txt"));
        QCOMPARE(cables.size(), 1);
        QStringList warnings;
        for (const ParseWarning &warning : cables.first().warnings)
            warnings << warning.message;
        QVERIFY2(
            warnings.contains(QStringLiteral("Der erste nummerierte Absatz ist 3.")), qPrintable(warnings.join(u'\n')));
        QVERIFY2(warnings.contains(QStringLiteral("Die Depesche hat keine SUBJECT-Zeile.")),
            qPrintable(warnings.join(u'\n')));
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
