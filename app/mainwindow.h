// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "helpdialogs.h"
#include "libraryopener.h"

#include "preferences.h"
#include "recentlibraries.h"
#include "searchflow.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QDockWidget;

namespace Reftel
{
class ActionRegistry;
class AnnotationController;
class AnnotationsPane;
class CableOpener;
class DockLayout;
class OutlinePane;
class FacetModel;
class GettingStartedDialog;
class KeyboardShortcutsDialog;
class ImportController;
class LibraryDatabase;
class LibraryListModel;
class LibraryPane;
class LibraryStatus;
class MetadataPane;
class ReadingArea;
class ReferencesPane;

// The composition root of the window: the library on the left, the reading
// area in the middle, metadata, references and annotations as docks. It owns
// the library connection; the panes get values and models, never SQL.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a library: a file, or a team library on a server.
    // A file that does not exist yet is created with the five bundled sample
    // cables, so a newcomer sees cables at once. A server that wants a
    // password the location lacks is asked for one, once. Returns false,
    // with the reason in the status bar, on failure.
    bool openLibrary(const QString &value);
    bool openLibrary(const LibraryLocation &location);
    // How the window asks for a password (a dialog; tests answer it).
    void setPasswordPrompt(LibraryOpener::PasswordPrompt prompt) { m_askPassword = std::move(prompt); }
    LibraryDatabase *library() const { return m_library.get(); }
    LibraryListModel *listModel() const { return m_listModel.get(); }
    FacetModel *facetModel() const { return m_facetModel.get(); }

    // Opens a cable by id in the current (or the other) column.
    bool openCable(const QString &id, bool otherColumn = false);
    // Opens a cable of the list: with a search, at the paragraph its Match
    // column shows (the one with the most of the search's words).
    bool openSearchHit(const QString &id, bool otherColumn = false);
    // Follows REF entry referenceIndex of cable citingId.
    void followReference(const QString &citingId, int referenceIndex, bool otherColumn);
    void search(const QString &query) { m_search->search(query); }
    // Enter in the search field, after the search for its text: a cable
    // number as written opens its cable, or lists the cables of each year
    // that carry it.
    void confirmSearch() { m_search->confirmSearch(); }
    // Imports files and folders into the open library in the background.
    void importPaths(const QStringList &paths);
    ImportController *importController() const { return m_import; }
    QStringList recentLibraries() const { return m_recent->paths(); }

    LibraryPane *libraryPane() const { return m_libraryPane; }
    ReadingArea *readingArea() const { return m_reading; }
    MetadataPane *metadataPane() const { return m_metadata; }
    ReferencesPane *referencesPane() const { return m_references; }
    QDockWidget *libraryDock() const { return m_libraryDock; }
    QDockWidget *metadataDock() const { return m_metadataDock; }
    QDockWidget *referencesDock() const { return m_referencesDock; }
    QDockWidget *annotationsDock() const { return m_annotationsDock; }
    QDockWidget *outlineDock() const { return m_outlineDock; }
    OutlinePane *outlinePane() const { return m_outline; }
    AnnotationsPane *annotationsPane() const { return m_annotations; }
    // Tags, notes, their undo stack and menus (see AnnotationController).
    AnnotationController *annotations() const { return m_annotationController; }
    // Reads the cables the window shows and hands the current one to every pane.
    CableOpener *cableOpener() const { return m_opener; }
    // Every action of the window and its menus, by id.
    ActionRegistry *actionRegistry() const { return m_actions; }

    void saveLayout() const;

    // Help ▸ Keyboard Shortcuts (made from the menus' actions) and Getting Started.
    KeyboardShortcutsDialog *keyboardShortcuts() { return m_help->keyboardShortcuts(); }
    GettingStartedDialog *gettingStarted() { return m_help->gettingStarted(); }

    const Preferences &preferences() const { return m_preferences; }
    // Applies and stores the reader's preferences (font, colours, author, default library).
    void setPreferences(const Preferences &preferences);

Q_SIGNALS:
    // A reference whose cable is not in the library was followed.
    void missingReference(const QString &citedId, const QString &publicAddress);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDockWidget *addPane(QWidget *pane, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void createDocks();
    // Lets go of the library: the panes and models first, then the connection.
    void closeLibrary();
    void connectPanes();
    void createAnnotationController();
    // The actions of ActionCatalog, connected to what they do, and the menus made of them.
    void createActions();
    void on(const QString &actionId, const std::function<void()> &slot);
    void connectFileActions();
    void connectEditActions();
    void connectGoActions();
    void connectViewActions();
    void connectHelpActions();
    void editPreferences();
    // The side panes give way until each column is comfortable to read:
    // narrower, and with two columns hidden if need be; back to one column,
    // they come back as they were.
    void fitColumns(int columns);
    void chooseLibrary(bool create);
    // File ▸ Open Team Library… and File ▸ Copy Library to Server…
    void chooseTeamLibrary();
    void copyLibraryToServer();
    // The team library last opened (for the dialog's fields), or none.
    LibraryLocation lastTeamLibrary() const;
    // File > Export Report...: the current search result, or the cables of
    // tags the user names when there is no search.
    void exportReport();
    // A damaged library: a dialog that says so and offers a salvaged copy.
    void showDamage(const QString &path, const QString &problem);

    std::unique_ptr<LibraryDatabase> m_library;
    std::unique_ptr<LibraryListModel> m_listModel;
    std::unique_ptr<FacetModel> m_facetModel;
    Preferences m_preferences;
    LibraryPane *m_libraryPane = nullptr;
    ReadingArea *m_reading = nullptr;
    MetadataPane *m_metadata = nullptr;
    ReferencesPane *m_references = nullptr;
    AnnotationsPane *m_annotations = nullptr;
    OutlinePane *m_outline = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QDockWidget *m_metadataDock = nullptr;
    QDockWidget *m_referencesDock = nullptr;
    QDockWidget *m_annotationsDock = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    ImportController *m_import = nullptr;
    CableOpener *m_opener = nullptr;
    AnnotationController *m_annotationController = nullptr;
    ActionRegistry *m_actions = nullptr;
    SearchFlow *m_search = nullptr;
    std::unique_ptr<LibraryStatus> m_status;
    RecentLibraries *m_recent = nullptr;
    std::unique_ptr<HelpDialogs> m_help;
    std::unique_ptr<DockLayout> m_layout;
    LibraryOpener::PasswordPrompt m_askPassword;
};
}
