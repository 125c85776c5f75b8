// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reftel-screenshots OUTDIR: the window in each of the README's scenarios,
// on a fresh library of the bundled samples, saved as PNG files. Run by hand
// to refresh docs/screenshots (offscreen, no display needed):
//   ./dev.sh exec build/dev/tests/screenshots/reftel-screenshots docs/screenshots
// The suite runs it into a scratch folder, so a scenario that breaks is seen.
// Exits 1 when a picture cannot be written or comes out blank.

#include "annotationcontroller.h"
#include "annotationsbrowser.h"
#include "annotationspane.h"
#include "annotationstore.h"
#include "bodyview.h"
#include "cableview.h"
#include "colourscheme.h"
#include "facetmodel.h"
#include "facetpane.h"
#include "languagemanager.h"
#include "librarypane.h"
#include "mainwindow.h"
#include "readingarea.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace Reftel;

namespace
{
struct Scenario
{
    const char *file;
    std::function<void(MainWindow &)> setUp;
    // What to photograph, when not the main window.
    std::function<QWidget *(MainWindow &)> subject = {};
    QSize size = QSize(1440, 900);
    const char *language = nullptr; // the interface's, for the window and its dates
};

// Tags (and a note on) the first occurrence of text in the open cable.
void annotate(MainWindow &w, const QString &text, const QStringList &tags, const QString &note = {})
{
    BodyView *body = w.readingArea()->currentView()->bodyView();
    // A trailing ellipsis: the whole paragraph these words begin.
    const bool whole = text.endsWith(u'…');
    QTextCursor cursor = body->document()->find(whole ? text.chopped(1) : text);
    if (cursor.isNull())
        return;
    if (whole)
        cursor.clearSelection();
    qint64 id = 0;
    for (const QString &tag : tags) {
        body->setTextCursor(cursor);
        const QList<qint64> ids = w.annotations()->tagSelection(tag,
            tag.startsWith(QStringLiteral("Kyrgyzstan"))   ? QStringLiteral("#dc2626")
                : tag.startsWith(QStringLiteral("Russia")) ? QStringLiteral("#2563eb")
                                                           : QStringLiteral("#16a34a"));
        if (!ids.isEmpty())
            id = ids.first();
    }
    if (!note.isEmpty() && id) {
        body->setTextCursor(cursor);
        w.annotations()->annotateSelection();
        w.annotationsPane()->noteEditor()->setPlainText(note);
        w.annotationsPane()->commitNote();
    }
}

void annotateSamples(MainWindow &w)
{
    Preferences p = w.preferences();
    p.author = QStringLiteral("j.analyst");
    w.setPreferences(p);
    w.openCable(QStringLiteral("09ASTANA253"));
    annotate(w, QStringLiteral("strong financial package"),
        { QStringLiteral("Kyrgyzstan/Manas"), QStringLiteral("Money") },
        QStringLiteral("Kazakh MFA hints the **closure** is negotiable: the price, not the principle."));
    annotate(w, QStringLiteral("Initially, Sarybay…"), { QStringLiteral("Russia/Influence") },
        QStringLiteral("Reluctance to discuss Russia: compare with *09ASTANA714*."));
    annotate(w, QStringLiteral("respect the sovereignty and independence of Kyrgyzstan"),
        { QStringLiteral("Kyrgyzstan/Sovereignty") });
    w.openCable(QStringLiteral("09ASTANA714"));
    annotate(
        w, QStringLiteral("Russia"), { QStringLiteral("Russia/Influence") }, QStringLiteral("Same line as in 253."));
}

void settle()
{
    // Let deferred layout, palette changes and the facet count finish.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(60);
    }
}

bool isBlank(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return false;
        }
    }
    return true;
}
}

int main(int argc, char **argv)
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReftelScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("reftel-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: reftel-screenshots OUTDIR\n");
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.absolutePath());
    QTemporaryDir scratch;

    const QList<Scenario> scenarios {
        { "library-facets.png",
            [](MainWindow &w) {
                w.libraryPane()->searchField()->setText(QStringLiteral("manas"));
                w.search(QStringLiteral("manas"));
                w.facetModel()->waitForCounts();
                w.libraryPane()->facetPane()->tree()->expandAll();
                w.openCable(QStringLiteral("09ASTANA253"));
            } },
        { "cable-metadata-references.png", [](MainWindow &w) { w.openCable(QStringLiteral("09ASTANA714")); } },
        { "side-by-side.png",
            [](MainWindow &w) {
                w.openCable(QStringLiteral("09ASTANA714"));
                w.openCable(QStringLiteral("09ASTANA713"), true);
            } },
        { "raw-view.png",
            [](MainWindow &w) {
                w.openCable(QStringLiteral("09ASTANA253"));
                w.readingArea()->currentView()->setShowOriginal(true);
            } },
        { "annotated-cable.png",
            [](MainWindow &w) {
                annotateSamples(w);
                w.openCable(QStringLiteral("09ASTANA253"));
                w.annotationsDock()->raise();
                w.readingArea()->currentView()->bodyView()->setFocus();
            } },
        { "outline.png",
            [](MainWindow &w) {
                annotateSamples(w);
                w.openCable(QStringLiteral("09ASTANA253"));
                w.outlineDock()->raise();
            } },
        { "annotations-browser.png",
            [](MainWindow &w) {
                annotateSamples(w);
                w.findChild<QAction *>(QStringLiteral("annotationsBrowserAction"))->trigger();
                w.annotations()->browser()->setGrouping(AnnotationsBrowser::Grouping::ByTag);
                w.annotations()->browser()->resize(1200, 560);
            },
            [](MainWindow &w) -> QWidget * { return w.annotations()->browser(); } },
        { "search-hit-paragraph.png",
            [](MainWindow &w) {
                // A hit opens at the paragraph its Match column shows, the words highlighted.
                w.libraryPane()->searchField()->setText(QStringLiteral("uzbekistan"));
                w.search(QStringLiteral("uzbekistan"));
                w.facetModel()->waitForCounts();
                w.openSearchHit(QStringLiteral("09ASTANA713"));
            } },
        { "german-1024x700.png",
            [](MainWindow &w) {
                w.libraryPane()->searchField()->setText(QStringLiteral("russland OR russia"));
                w.search(QStringLiteral("russland OR russia"));
                w.facetModel()->waitForCounts();
                w.openSearchHit(QStringLiteral("09ASTANA253"));
            },
            {}, QSize(1024, 700), "de_DE" },
        { "dark.png",
            [](MainWindow &w) {
                Preferences p = w.preferences();
                p.colours = Preferences::ColourScheme::Dark;
                w.setPreferences(p);
                w.openCable(QStringLiteral("09ASTANA253"));
            } },
    };

    int failures = 0;
    for (const Scenario &scenario : scenarios) {
        QSettings().clear();
        ColourScheme::apply(Preferences::ColourScheme::System);
        LanguageManager languages;
        if (scenario.language)
            languages.install(QLocale(QString::fromLatin1(scenario.language)));
        MainWindow window;
        window.resize(scenario.size);
        window.openLibrary(scratch.filePath(QStringLiteral("library.sqlite")));
        window.show();
        settle();
        scenario.setUp(window);
        settle();
        QWidget *subject = scenario.subject ? scenario.subject(window) : &window;
        const QImage image = subject->grab().toImage();
        const QString path = out.filePath(QString::fromLatin1(scenario.file));
        if (image.isNull() || isBlank(image) || !image.save(path)) {
            std::fprintf(stderr, "reftel-screenshots: cannot make %s\n", qPrintable(path));
            ++failures;
            continue;
        }
        std::printf("%s\n", qPrintable(path));
        window.close();
    }
    ColourScheme::apply(Preferences::ColourScheme::System);
    return failures == 0 ? 0 : 1;
}
