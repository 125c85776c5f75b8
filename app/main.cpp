// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"
#include "mainwindow.h"
#include "startupcheck.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Reftel"));
    QApplication::setOrganizationName(QStringLiteral("Reftel"));
    QApplication::setOrganizationDomain(QStringLiteral("reftel.org"));
    QApplication::setApplicationVersion(QStringLiteral(REFTEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(REFTEL_APP_ID));

    // The language must be known before any translated text is made, so --lang
    // is looked for before the full command line is parsed.
    QString lang;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    Reftel::LanguageManager languages;
    languages.install(lang.isEmpty() ? QLocale::system() : QLocale(lang));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Reader and annotation tool for diplomatic cables."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Use the language <code> (e.g. de, fr) instead of the system's."),
                      QCoreApplication::translate("main", "code")});
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a picture of the window to <file> and quit."),
                                  QCoreApplication::translate("main", "file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);

    const QString problems = Reftel::StartupCheck::problems();
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "reftel: %s\n", qPrintable(problems));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Reftel cannot start"), problems);
        return 1;
    }

    Reftel::MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        // For the documentation's screenshots and for checking the window by eye
        // on a machine with only a virtual display.
        const QString file = parser.value(screenshot);
        QTimer::singleShot(1500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (!saved)
                std::fprintf(stderr, "reftel: %s\n", qPrintable(QCoreApplication::translate("main", "Cannot write %1").arg(file)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
