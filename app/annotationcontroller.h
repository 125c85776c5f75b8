// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "cable.h"
#include "usertag.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;
class QUndoView;
class QWidget;

namespace Reftel
{
class ActionRegistry;
class AnnotationListModel;
class AnnotationStore;
class AnnotationsBrowser;
class AnnotationsPane;
class BodyView;
class CableAnnotationViews;
class CableView;
class LibraryDatabase;
class OutlinePane;
class ReadingArea;
class SelectionAnnotator;
class TagManagerDialog;
class UserTagStore;
class UserTagModel;

// The window's tagging and annotating: the stores of the open library, the
// one undo stack every edit goes through, the annotation actions of the
// File, Edit and View menus, and the wiring between the reading area, the
// annotations pane, the outline's counts, the tag palette and manager and
// the annotations browser. It is handed the panes it works on and never
// sees the window: what the window must do (say something in the status
// bar, bring the annotations pane forward, open a cable, keep the author's
// name) it is asked by signal.
class AnnotationController final : public QObject
{
    Q_OBJECT
public:
    // window: the parent of its dialogs.
    AnnotationController(ReadingArea &reading, AnnotationsPane &pane, OutlinePane &outline, QWidget *window);
    ~AnnotationController() override;

    // The library the window opened (nullptr: closing it). Pending drafts
    // a killed program left are restored into their notes.
    void setLibrary(LibraryDatabase *library);
    // The name that signs new annotations (the preferences').
    void setAuthor(const QString &name) { m_author = name; }

    // Adopts the undo stack's Undo and Redo and connects the annotation
    // actions (ActionCatalog) to what they do.
    void connectActions(ActionRegistry &actions);
    // Every column: annotations drawn, Tag…/Annotate… of its context menu.
    void watchColumn(CableView *view);

    QUndoStack *undoStack() const { return m_undo; }
    AnnotationStore *store() const { return m_store; }
    UserTagStore *tagStore() const { return m_tags; }
    // The open cables' annotation models and the views they feed.
    CableAnnotationViews *cableAnnotations() const { return m_views; }
    AnnotationListModel *listModel() const { return m_listModel.get(); }
    AnnotationsBrowser *browser();
    TagManagerDialog *tagManager();
    QUndoView *undoHistory();

    // Tags what is selected in body (the current column's when null): the
    // selected passage, the selected paragraphs, or the paragraph at the
    // cursor. A path that is no tag yet is created with colour. Returns the
    // annotations tagged (empty, with the reason in the status bar, when nothing was).
    QList<qint64> tagSelection(const QString &path, const QString &colour = {}, BodyView *body = nullptr);
    QList<qint64> applyTag(qint64 tagId, BodyView *body = nullptr);
    // Annotates the selection (or finds its annotation) and puts its note editor in front; 0 when nothing is selected.
    qint64 annotateSelection(BodyView *body = nullptr);
    // The palette, then tagSelection(); the number keys' recent tags.
    void chooseTag(BodyView *body = nullptr);
    bool applyRecentTag(int index);
    // Opens the cable and selects the annotation's passage.
    bool showAnnotation(const QString &cableId, qint64 annotationId);

    // JSON, with a sentence for the user on how it went.
    bool exportAnnotations(const QString &path, QString *message);
    bool importAnnotations(const QString &path, QString *message);

    // Asks for the reader's name (returns it, or empty when not given). By
    // default a dialog; tests answer for it.
    using AuthorPrompt = std::function<QString()>;
    void setAuthorPrompt(AuthorPrompt prompt) { m_askAuthor = std::move(prompt); }

    // Saves a note being typed (the window is closing).
    void commitPending();
    // The current column shows cable now (CableOpener::published): the pane and the outline's counts follow it.
    void showCable(const Reftel::Cable &cable);

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text, int timeout);
    // An annotation's note is to be typed: the annotations pane comes forward.
    void annotationsPaneWanted();
    // Opens the cable in the current column (an annotation of the browser is shown).
    void cableWanted(const QString &id);
    // The reader gave a name to sign annotations with (see setAuthorPrompt()).
    void authorChosen(const QString &name);

private:
    BodyView *targetBody(BodyView *body) const;
    SelectionAnnotator annotator();
    // The name that signs a new annotation. With none set (the system gives
    // no user name), the reader is asked once; the answer goes into the
    // preferences. Empty when the reader gives none: no placeholder is stored.
    QString author();
    int restoreDrafts();
    void report(const QString &message);
    void showTagManager();
    void showBrowser();
    void showUndoHistory();
    void chooseExportFile();
    void chooseImportFile();
    void refreshTagManager();

    ReadingArea &m_reading;
    AnnotationsPane &m_pane;
    OutlinePane &m_outline;
    QWidget *m_window = nullptr;
    LibraryDatabase *m_library = nullptr;
    QString m_author;
    // The library's own stores (LibraryDatabase::annotations(), userTags()):
    // whatever else writes through them is announced to this window's views.
    AnnotationStore *m_store = nullptr;
    UserTagStore *m_tags = nullptr;
    std::unique_ptr<UserTagModel> m_tagModel; // the one list of tags every view shows; after m_tags, which it follows
    std::unique_ptr<AnnotationListModel> m_listModel;
    QUndoStack *m_undo = nullptr;
    CableAnnotationViews *m_views = nullptr;
    AnnotationsBrowser *m_browser = nullptr;
    TagManagerDialog *m_tagManager = nullptr;
    QUndoView *m_undoView = nullptr;
    AuthorPrompt m_askAuthor;
    bool m_askedForAuthor = false;
};
}
