// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioncatalog.h"

#include <QCoreApplication>

namespace Reftel
{
namespace
{
using Spec = ActionRegistry::Spec;

QList<QKeySequence> keys(QKeySequence::StandardKey standard)
{
    return QKeySequence::keyBindings(standard);
}

// A key of ours first (F3 everywhere), then the platform's own for the same thing.
QList<QKeySequence> keys(const QKeySequence &ours, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> list { ours };
    for (const QKeySequence &key : QKeySequence::keyBindings(standard)) {
        if (!list.contains(key))
            list << key;
    }
    return list;
}

QKeySequence key(QKeyCombination combination)
{
    return QKeySequence(combination);
}
}

// A table: an action an entry, the texts as literal translate() calls
// (lupdate reads no others).
QList<ActionRegistry::Spec> ActionCatalog::actions()
{
    QList<Spec> specs {
        // File
        Spec(QStringLiteral("importFilesAction"), QCoreApplication::translate("Reftel::MainWindow", "&Import Files…"))
            .withIcon(QStringLiteral("document-import"))
            .withKeys({ key(Qt::CTRL | Qt::Key_I) })
            .needingLibrary(),
        Spec(QStringLiteral("importFolderAction"), QCoreApplication::translate("Reftel::MainWindow", "Import &Folder…"))
            .needingLibrary(),
        Spec(QStringLiteral("exportReportAction"), QCoreApplication::translate("Reftel::MainWindow", "&Export Report…"))
            .withIcon(QStringLiteral("document-export"))
            .withKeys({ key(Qt::CTRL | Qt::SHIFT | Qt::Key_E) })
            .needingLibrary(),
        Spec(QStringLiteral("exportAnnotationsAction"),
            QCoreApplication::translate("Reftel::AnnotationController", "&Export Annotations…"))
            .needingLibrary(),
        Spec(QStringLiteral("importAnnotationsAction"),
            QCoreApplication::translate("Reftel::AnnotationController", "Import &Annotations…"))
            .needingLibrary(),
        Spec(QStringLiteral("newLibraryAction"), QCoreApplication::translate("Reftel::MainWindow", "&New Library…"))
            .withIcon(QStringLiteral("document-new")),
        Spec(QStringLiteral("openLibraryAction"), QCoreApplication::translate("Reftel::MainWindow", "&Open Library…"))
            .withIcon(QStringLiteral("document-open"))
            .withKeys(keys(QKeySequence::Open)),
        Spec(QStringLiteral("openTeamLibraryAction"),
            QCoreApplication::translate("Reftel::MainWindow", "Open &Team Library…"))
            .withIcon(QStringLiteral("network-server-database")),
        Spec(QStringLiteral("copyLibraryToServerAction"),
            QCoreApplication::translate("Reftel::MainWindow", "&Copy Library to Server…"))
            .needingLibrary(),
        // Ctrl+Q even where the platform has no binding of its own for Quit.
        Spec(QStringLiteral("quitAction"), QCoreApplication::translate("Reftel::MainWindow", "&Quit"))
            .withIcon(QStringLiteral("application-exit"))
            .withKeys(keys(key(Qt::CTRL | Qt::Key_Q), QKeySequence::Quit))
            .withRole(QAction::QuitRole),

        // Edit. Undo and Redo are the undo stack's: their text says what they would undo.
        Spec(QStringLiteral("undoAction"))
            .withKeys(keys(QKeySequence::Undo))
            .listedAs(QCoreApplication::translate("Reftel::AnnotationController", "Undo"))
            .madeElsewhere(),
        Spec(QStringLiteral("redoAction"))
            .withKeys(keys(QKeySequence::Redo))
            .listedAs(QCoreApplication::translate("Reftel::AnnotationController", "Redo"))
            .madeElsewhere(),
        Spec(QStringLiteral("undoHistoryAction"),
            QCoreApplication::translate("Reftel::AnnotationController", "Undo &History")),
        Spec(QStringLiteral("tagSelectionAction"), QCoreApplication::translate("Reftel::AnnotationController", "&Tag…"))
            .withKeys({ key(Qt::CTRL | Qt::Key_T) })
            .needingLibrary(),
        Spec(QStringLiteral("annotateSelectionAction"),
            QCoreApplication::translate("Reftel::AnnotationController", "&Annotate…"))
            .withKeys({ key(Qt::CTRL | Qt::SHIFT | Qt::Key_A) })
            .needingLibrary(),
        Spec(QStringLiteral("manageTagsAction"),
            QCoreApplication::translate("Reftel::AnnotationController", "&Manage Tags…"))
            .needingLibrary(),
        Spec(
            QStringLiteral("searchLibraryAction"), QCoreApplication::translate("Reftel::MainWindow", "&Search Library"))
            .withIcon(QStringLiteral("edit-find"))
            .withKeys({ key(Qt::CTRL | Qt::Key_K) }),
        Spec(QStringLiteral("findInCableAction"), QCoreApplication::translate("Reftel::MainWindow", "&Find in Cable…"))
            .withKeys(keys(QKeySequence::Find)),
        Spec(QStringLiteral("copyParagraphLinkAction"),
            QCoreApplication::translate("Reftel::MainWindow", "Copy &Link to Paragraph"))
            .withKeys({ key(Qt::CTRL | Qt::SHIFT | Qt::Key_L) }),
        Spec(QStringLiteral("preferencesAction"), QCoreApplication::translate("Reftel::MainWindow", "&Preferences…"))
            .withIcon(QStringLiteral("preferences-system"))
            .withKeys(keys(QKeySequence::Preferences))
            .withRole(QAction::PreferencesRole),

        // Go
        Spec(QStringLiteral("backAction"), QCoreApplication::translate("Reftel::MainWindow", "&Back"))
            .withIcon(QStringLiteral("go-previous"))
            .withKeys(keys(QKeySequence::Back)),
        Spec(QStringLiteral("forwardAction"), QCoreApplication::translate("Reftel::MainWindow", "&Forward"))
            .withIcon(QStringLiteral("go-next"))
            .withKeys(keys(QKeySequence::Forward)),
        Spec(QStringLiteral("nextCableAction"), QCoreApplication::translate("Reftel::MainWindow", "&Next Cable"))
            .withKeys({ key(Qt::CTRL | Qt::Key_PageDown) }),
        Spec(
            QStringLiteral("previousCableAction"), QCoreApplication::translate("Reftel::MainWindow", "&Previous Cable"))
            .withKeys({ key(Qt::CTRL | Qt::Key_PageUp) }),
        Spec(
            QStringLiteral("nextParagraphAction"), QCoreApplication::translate("Reftel::MainWindow", "Next P&aragraph"))
            .withKeys({ key(Qt::ALT | Qt::Key_Down) }),
        Spec(QStringLiteral("previousParagraphAction"),
            QCoreApplication::translate("Reftel::MainWindow", "Previous Pa&ragraph"))
            .withKeys({ key(Qt::ALT | Qt::Key_Up) }),
        // F3 everywhere, beside the platform's own Find Next keys.
        Spec(QStringLiteral("nextMatchAction"), QCoreApplication::translate("Reftel::MainWindow", "Next &Match"))
            .withKeys(keys(QKeySequence(Qt::Key_F3), QKeySequence::FindNext)),
        Spec(
            QStringLiteral("previousMatchAction"), QCoreApplication::translate("Reftel::MainWindow", "Previous Matc&h"))
            .withKeys(keys(key(Qt::SHIFT | Qt::Key_F3), QKeySequence::FindPrevious)),
        Spec(QStringLiteral("switchColumnAction"), QCoreApplication::translate("Reftel::MainWindow", "&Switch Column"))
            .withKeys({ QKeySequence(Qt::Key_F6) }),

        // View: the docks' own toggles first.
        Spec(QStringLiteral("libraryDockAction")).madeElsewhere(),
        Spec(QStringLiteral("metadataDockAction")).madeElsewhere(),
        Spec(QStringLiteral("referencesDockAction")).madeElsewhere(),
        Spec(QStringLiteral("annotationsDockAction")).madeElsewhere(),
        Spec(QStringLiteral("outlineDockAction")).madeElsewhere(),
        Spec(QStringLiteral("showOriginalAction"),
            QCoreApplication::translate("Reftel::MainWindow", "Show &Original Text"))
            .withKeys({ key(Qt::CTRL | Qt::Key_U) }),
        Spec(QStringLiteral("closeOtherColumnAction"),
            QCoreApplication::translate("Reftel::MainWindow", "Close &Other Column")),
        Spec(QStringLiteral("syncScrollAction"),
            QCoreApplication::translate("Reftel::MainWindow", "S&ynchronize Scrolling"))
            .asCheckable(),
        Spec(QStringLiteral("resetLayoutAction"), QCoreApplication::translate("Reftel::MainWindow", "&Reset Layout")),
        Spec(QStringLiteral("annotationsBrowserAction"),
            QCoreApplication::translate("Reftel::AnnotationController", "Annotations &Browser"))
            .withKeys({ key(Qt::CTRL | Qt::SHIFT | Qt::Key_B) })
            .needingLibrary(),

        // Help
        Spec(QStringLiteral("gettingStartedAction"),
            QCoreApplication::translate("Reftel::MainWindow", "&Getting Started"))
            .withIcon(QStringLiteral("help-contents"))
            .withKeys(keys(QKeySequence::HelpContents)),
        Spec(QStringLiteral("keyboardShortcutsAction"),
            QCoreApplication::translate("Reftel::MainWindow", "&Keyboard Shortcuts"))
            .withKeys({ key(Qt::CTRL | Qt::Key_Question) }),
        Spec(QStringLiteral("aboutAction"), QCoreApplication::translate("Reftel::MainWindow", "&About Reftel"))
            .withRole(QAction::AboutRole),
        Spec(QStringLiteral("aboutQtAction"), QCoreApplication::translate("Reftel::MainWindow", "About &Qt"))
            .withRole(QAction::AboutQtRole),
    };
    // 1-9: the nine most recent tags, while reading (not while typing in a field).
    for (int i = 0; i < 9; ++i)
        specs.append(Spec(QStringLiteral("recentTagAction%1").arg(i + 1),
            QCoreApplication::translate("Reftel::AnnotationController", "Apply Recent Tag %1").arg(i + 1))
                .withKeys({ QKeySequence(Qt::Key_1 + i) })
                .inScope(readingScope()));
    return specs;
}

// clang-format off
QList<ActionRegistry::MenuSpec> ActionCatalog::menus()
{
    const QString separator = ActionRegistry::separator();
    return {
        { QStringLiteral("recentMenu"), QCoreApplication::translate("Reftel::MainWindow", "Open &Recent"), {} },
        { QStringLiteral("fileMenu"), QCoreApplication::translate("Reftel::MainWindow", "&File"),
          { QStringLiteral("importFilesAction"), QStringLiteral("importFolderAction"), QStringLiteral("exportReportAction"),
            separator, QStringLiteral("exportAnnotationsAction"), QStringLiteral("importAnnotationsAction"),
            separator, QStringLiteral("newLibraryAction"), QStringLiteral("openLibraryAction"),
            QStringLiteral("openTeamLibraryAction"), QStringLiteral("recentMenu"), QStringLiteral("copyLibraryToServerAction"),
            separator, QStringLiteral("quitAction") } },
        { QStringLiteral("editMenu"), QCoreApplication::translate("Reftel::MainWindow", "&Edit"),
          { QStringLiteral("undoAction"), QStringLiteral("redoAction"), QStringLiteral("undoHistoryAction"),
            separator, QStringLiteral("tagSelectionAction"), QStringLiteral("annotateSelectionAction"),
            QStringLiteral("manageTagsAction"),
            separator, QStringLiteral("searchLibraryAction"), QStringLiteral("findInCableAction"),
            separator, QStringLiteral("copyParagraphLinkAction"),
            separator, QStringLiteral("preferencesAction") } },
        { QStringLiteral("goMenu"), QCoreApplication::translate("Reftel::MainWindow", "&Go"),
          { QStringLiteral("backAction"), QStringLiteral("forwardAction"),
            separator, QStringLiteral("nextCableAction"), QStringLiteral("previousCableAction"),
            separator, QStringLiteral("nextParagraphAction"), QStringLiteral("previousParagraphAction"),
            separator, QStringLiteral("nextMatchAction"), QStringLiteral("previousMatchAction"),
            separator, QStringLiteral("switchColumnAction") } },
        { QStringLiteral("viewMenu"), QCoreApplication::translate("Reftel::MainWindow", "&View"),
          { QStringLiteral("libraryDockAction"), QStringLiteral("metadataDockAction"), QStringLiteral("referencesDockAction"),
            QStringLiteral("annotationsDockAction"), QStringLiteral("outlineDockAction"),
            separator, QStringLiteral("showOriginalAction"), QStringLiteral("closeOtherColumnAction"),
            QStringLiteral("syncScrollAction"),
            separator, QStringLiteral("resetLayoutAction"),
            separator, QStringLiteral("annotationsBrowserAction") } },
        { QStringLiteral("helpMenu"), QCoreApplication::translate("Reftel::MainWindow", "&Help"),
          { QStringLiteral("gettingStartedAction"), QStringLiteral("keyboardShortcutsAction"),
            separator, QStringLiteral("aboutAction"), QStringLiteral("aboutQtAction") } },
    };
}
// clang-format on
}
