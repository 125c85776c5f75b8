// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyview.h"
#include "cablelink.h"
#include "cableview.h"
#include "command.h"
#include "commandline.h"
#include "languagemanager.h"
#include "librarydatabase.h"
#include "librarylocation.h"
#include "mainwindow.h"
#include "manpage.h"
#include "readingarea.h"
#include "reftelversion.h"
#include "startupcheck.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace
{
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Reftel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Reftel"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("reftel.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REFTEL_VERSION));
}

// The language must be known before any translated text is made, so --lang
// is looked for before the full command line is parsed.
QLocale chosenLocale(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return QLocale(args.at(i + 1));
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return QLocale(args.at(i).mid(7));
    }
    return QLocale::system();
}

QStringList rawArguments(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// reftel import/search/show/refs/stats: no window, no display needed.
int runCommand(int argc, char *argv[])
{
    // export lays out text: fonts need a QGuiApplication, which runs on the
    // offscreen platform when there is no display (a server, a cron job).
    std::unique_ptr<QCoreApplication> application;
    if (Reftel::CommandLine::needsFonts(rawArguments(argc, argv))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    Reftel::LanguageManager languages;
    languages.install(chosenLocale(QCoreApplication::arguments()));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Reftel::CommandLine commandLine(out, err);
    commandLine.setInteractive(isatty(STDERR_FILENO) == 1);
    return commandLine.run(QCoreApplication::arguments());
}

// The window's options; screenshot is returned for the caller to read.
QCommandLineOption describeWindowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Reader and annotation tool for diplomatic cables.\n\n"
        "Without a command Reftel opens its window. Commands: %1 (see reftel COMMAND --help).")
            .arg(Reftel::CommandLine::commands().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use the language <code> (e.g. de, fr) instead of the system's."),
        QCoreApplication::translate("main", "code") });
    parser.addOption({ QStringLiteral("library"),
        QCoreApplication::translate("main",
            "Open the library <library> instead of the default one: a file, or a team library on a PostgreSQL "
            "server (postgresql://user@host/database, service=name)."),
        QCoreApplication::translate("main", "library") });
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to <file> and quit."),
        QCoreApplication::translate("main", "file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("link"),
        QCoreApplication::translate("main", "A cable to open, as reftel://09ASTANA253#5 (cable and paragraph)."),
        QStringLiteral("[reftel://ID[#PARAGRAPH]]"));
    return screenshot;
}

// reftel --help and --version print and quit: no window, so no display
// either (over ssh, in a script). --help-all lists Qt's window options too,
// which takes the window's application.
bool asksForHelpOrVersion(const QStringList &args)
{
    static const QStringList options { QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-?"),
        QStringLiteral("-v"), QStringLiteral("--version") };
    return std::any_of(args.cbegin() + std::min<qsizetype>(1, args.size()), args.cend(),
        [](const QString &arg) { return options.contains(arg); });
}

// reftel --man: the man page, from the same help texts (the build installs it).
int printManPage(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    QCommandLineParser window;
    describeWindowOptions(window);
    Reftel::ManPage::HelpTexts help;
    help.window = window.helpText();
    help.commands = Reftel::CommandLine::helpText();
    for (const std::unique_ptr<Reftel::Command> &command : Reftel::CommandLine::all()) {
        if (command->name() == QLatin1String("export"))
            help.exportCommand = command->helpText();
        else
            help.commandHelps << command->helpText();
    }
    QTextStream(stdout) << Reftel::ManPage::render(help, QCoreApplication::applicationVersion());
    return 0;
}

int printHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Reftel::LanguageManager languages;
    languages.install(chosenLocale(QCoreApplication::arguments()));
    QCommandLineParser parser;
    describeWindowOptions(parser);
    parser.process(app); // prints and exits
    return 0;
}
}

int main(int argc, char *argv[])
{
    const QStringList args = rawArguments(argc, argv);
    if (args.size() == 2 && args.at(1) == QLatin1String("--man"))
        return printManPage(argc, argv);
    if (Reftel::CommandLine::isCommand(args))
        return runCommand(argc, argv);
    if (asksForHelpOrVersion(args))
        return printHelpOrVersion(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral(REFTEL_APP_ID));
    Reftel::LanguageManager languages;
    languages.install(chosenLocale(QApplication::arguments()));

    QCommandLineParser parser;
    const QCommandLineOption screenshot = describeWindowOptions(parser);
    parser.process(app);

    const QString problems = Reftel::StartupCheck::problems();
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "reftel: %s\n", qPrintable(problems));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Reftel cannot start"), problems);
        return 1;
    }

    Reftel::MainWindow window;
    // The library named on the command line, else the one chosen in the
    // preferences, else the one used last, else the default one.
    const QString last = QSettings().value(QStringLiteral("Library/last")).toString();
    const QString preferred = window.preferences().defaultLibrary;
    const QString libraryPath = parser.isSet(QStringLiteral("library")) ? parser.value(QStringLiteral("library"))
        : !preferred.isEmpty()                                          ? preferred
        : !last.isEmpty()                                               ? last
                                                                        : Reftel::LibraryDatabase::defaultPath();
    // A --library value that cannot be a library is refused, never made into a folder.
    if (const QString problem = Reftel::LibraryLocation::fromText(libraryPath).problem();
        !problem.isEmpty() && parser.isSet(QStringLiteral("library"))) {
        std::fprintf(stderr, "reftel: %s\n", qPrintable(problem));
        if (!parser.isSet(screenshot))
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Reftel cannot open the library"), problem);
        return 2;
    }
    window.openLibrary(libraryPath);
    for (const QString &link : parser.positionalArguments()) {
        const std::optional<Reftel::CableLink::Target> target = Reftel::CableLink::parse(link);
        if (!target)
            continue;
        if (window.openCable(target->cableId) && !target->anchor.isEmpty())
            window.readingArea()->currentView()->bodyView()->scrollToParagraph(target->anchor);
    }
    window.show();
    if (parser.isSet(screenshot)) {
        // For the documentation's screenshots and for checking the window by eye
        // on a machine with only a virtual display.
        const QString file = parser.value(screenshot);
        QTimer::singleShot(1500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (!saved)
                std::fprintf(stderr, "reftel: %s\n",
                    qPrintable(QCoreApplication::translate("main", "Cannot write %1").arg(file)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
