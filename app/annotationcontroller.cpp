// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"

#include "actionregistry.h"
#include "annotationanchorer.h"
#include "annotationjson.h"
#include "annotationlistmodel.h"
#include "annotationsbrowser.h"
#include "annotationspane.h"
#include "annotationstore.h"
#include "bodyview.h"
#include "cableannotationmodel.h"
#include "cableannotationviews.h"
#include "cablereader.h"
#include "cableview.h"
#include "createannotationcommand.h"
#include "deleteannotationcommand.h"
#include "deletetagcommand.h"
#include "editnotecommand.h"
#include "exportfolder.h"
#include "librarydatabase.h"
#include "mergetagscommand.h"
#include "outlinepane.h"
#include "readingarea.h"
#include "recolourtagcommand.h"
#include "renametagcommand.h"
#include "selectionannotator.h"
#include "tagmanagerdialog.h"
#include "tagpalette.h"
#include "usertagmodel.h"
#include "usertagstore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSaveFile>
#include <QScopeGuard>
#include <QUndoStack>
#include <QUndoView>

namespace Reftel
{
AnnotationController::AnnotationController(
    ReadingArea &reading, AnnotationsPane &pane, OutlinePane &outline, QWidget *window)
    : QObject(window)
    , m_reading(reading)
    , m_pane(pane)
    , m_outline(outline)
    , m_window(window)
    , m_undo(new QUndoStack(this))
    , m_views(new CableAnnotationViews(reading, pane, outline, this))
    , m_askAuthor([this] {
        bool ok = false;
        const QString name = QInputDialog::getText(m_window, tr("Your Name"),
            tr("Your annotations are signed with your name (in reports too). "
               "Edit ▸ Preferences changes it later.\n\nName:"),
            QLineEdit::Normal, QString(), &ok);
        return ok ? name : QString();
    })
{
    // The browser and the open cables follow the stores row by row; only the
    // tag manager's use counts are read again.
    connect(m_undo, &QUndoStack::indexChanged, this, &AnnotationController::refreshTagManager);
    connect(&m_reading, &ReadingArea::columnAdded, this, &AnnotationController::watchColumn);
    const QList<CableView *> columns = m_reading.views();
    for (CableView *column : columns)
        watchColumn(column);

    connect(&m_pane, &AnnotationsPane::noteCommitted, this, [this](qint64 id, const QString &note) {
        if (!m_store)
            return;
        auto *command = new EditNoteCommand(*m_store, id, note);
        m_undo->push(command);
        // The note is in the library now (or the error says why and the draft stays).
        if (m_store->annotation(id).value_or(Annotation {}).note == note)
            m_store->discardDraft(AnnotationStore::draftKey(id));
        else
            report(m_store->lastError());
    });
    connect(&m_pane, &AnnotationsPane::draftDue, this, [this](qint64 id, const QString &text) {
        if (m_store && !m_store->saveDraft(id, text))
            report(m_store->lastError());
    });
    connect(&m_pane, &AnnotationsPane::annotationActivated, this, [this](qint64 id) {
        if (CableView *view = m_reading.currentView())
            showAnnotation(view->cable().id, id);
    });
    connect(&m_pane, &AnnotationsPane::deleteRequested, this, [this](qint64 id) {
        if (m_store)
            m_undo->push(new DeleteAnnotationCommand(*m_store, id));
    });
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::setLibrary(LibraryDatabase *library)
{
    commitPending();
    // Commands hold references into the stores of the library they were made on.
    m_undo->clear();
    if (m_browser) {
        m_browser->setModel(nullptr);
        m_browser->setTagModel(nullptr);
    }
    if (m_tagManager)
        m_tagManager->setTagModel(nullptr);
    m_views->setStores(nullptr, nullptr);
    m_listModel.reset();
    m_store = nullptr;
    m_tagModel.reset();
    m_tags = nullptr;
    m_library = library;
    if (library) {
        m_store = &library->annotations();
        m_tags = &library->userTags();
        m_tagModel = std::make_unique<UserTagModel>(*m_tags);
        m_listModel = std::make_unique<AnnotationListModel>(*library);
        m_listModel->follow(m_store, m_tags);
        m_views->setStores(m_store, m_tags);
        if (m_browser) {
            m_browser->setModel(m_listModel.get());
            m_browser->setTagModel(m_tagModel.get());
        }
        if (m_tagManager)
            m_tagManager->setTagModel(m_tagModel.get());
        if (const int restored = restoreDrafts(); restored > 0)
            report(restored == 1
                    ? tr("Restored 1 note typed before Reftel last closed unexpectedly; Edit ▸ Undo takes it back.")
                    : tr("Restored %1 notes typed before Reftel last closed unexpectedly; Edit ▸ Undo takes them back.")
                          .arg(restored));
    }
    refreshTagManager();
}

int AnnotationController::restoreDrafts()
{
    int restored = 0;
    const QList<AnnotationStore::Draft> drafts = m_store->pendingDrafts();
    for (const AnnotationStore::Draft &draft : drafts) {
        qint64 id = draft.annotationId;
        if (id == 0) {
            // A note begun on an annotation that was not made yet: make it on its paragraph.
            const std::optional<Cable> cable = m_library->cables().load(draft.cableId);
            const Paragraph *paragraph = nullptr;
            const QList<Section> sections = cable ? cable->sections : QList<Section> {};
            for (const Section &section : sections) {
                for (const Paragraph &p : section.paragraphs) {
                    if (p.anchor == draft.anchor)
                        paragraph = &p;
                }
            }
            if (!paragraph)
                continue; // kept as a draft: never thrown away
            Annotation annotation = AnnotationAnchorer::capture(draft.cableId, *paragraph);
            annotation.author = m_author;
            auto *create = new CreateAnnotationCommand(*m_store, annotation);
            m_undo->push(create);
            id = m_store->findEqual(annotation);
        }
        const std::optional<Annotation> annotation = m_store->annotation(id);
        if (!annotation)
            continue;
        if (annotation->note != draft.text)
            m_undo->push(new EditNoteCommand(*m_store, id, draft.text));
        if (m_store->annotation(id).value_or(Annotation {}).note == draft.text) {
            m_store->discardDraft(draft.key);
            ++restored;
        }
    }
    return restored;
}

void AnnotationController::connectActions(ActionRegistry &actions)
{
    actions.adopt(QStringLiteral("undoAction"), m_undo->createUndoAction(this, tr("&Undo")));
    actions.adopt(QStringLiteral("redoAction"), m_undo->createRedoAction(this, tr("&Redo")));
    const auto on = [this, &actions](const QString &id, auto slot) {
        if (QAction *action = actions.action(id))
            connect(action, &QAction::triggered, this, slot);
    };
    on(QStringLiteral("exportAnnotationsAction"), [this] { chooseExportFile(); });
    on(QStringLiteral("importAnnotationsAction"), [this] { chooseImportFile(); });
    on(QStringLiteral("undoHistoryAction"), [this] { showUndoHistory(); });
    on(QStringLiteral("tagSelectionAction"), [this] { chooseTag(); });
    on(QStringLiteral("annotateSelectionAction"), [this] { annotateSelection(); });
    on(QStringLiteral("manageTagsAction"), [this] { showTagManager(); });
    on(QStringLiteral("annotationsBrowserAction"), [this] { showBrowser(); });
    // 1-9: the nine most recent tags, while reading (not while typing in a field).
    for (int i = 0; i < 9; ++i)
        on(QStringLiteral("recentTagAction%1").arg(i + 1), [this, i] { applyRecentTag(i); });
}

void AnnotationController::watchColumn(CableView *view)
{
    BodyView *body = view->bodyView();
    connect(body, &BodyView::tagRequested, this, [this, body] { chooseTag(body); });
    connect(body, &BodyView::annotateRequested, this, [this, body] { annotateSelection(body); });
}

QString AnnotationController::author()
{
    QString name = m_author.trimmed();
    if (!name.isEmpty() || m_askedForAuthor)
        return name;
    m_askedForAuthor = true;
    name = (m_askAuthor ? m_askAuthor() : QString()).trimmed();
    if (!name.isEmpty()) {
        m_author = name;
        Q_EMIT authorChosen(name);
    }
    return name;
}

BodyView *AnnotationController::targetBody(BodyView *body) const
{
    if (body)
        return body;
    CableView *view = m_reading.currentView();
    return view && !view->cable().id.isEmpty() ? view->bodyView() : nullptr;
}

void AnnotationController::showCable(const Cable &cable)
{
    m_views->showCable(cable);
}

void AnnotationController::report(const QString &message)
{
    if (!message.isEmpty())
        Q_EMIT this->message(message, 15000);
}

SelectionAnnotator AnnotationController::annotator()
{
    return SelectionAnnotator(
        *m_store, *m_tags, *m_undo, [this] { return author(); }, [this](const QString &message) { report(message); });
}

QList<qint64> AnnotationController::tagSelection(const QString &path, const QString &colour, BodyView *body)
{
    if (!m_tags)
        return {};
    if (const qint64 tagId = m_tags->findPath(path); tagId != 0)
        return applyTag(tagId, body);
    const BodyView *target = targetBody(body);
    if (!target || target->selectedPassages().isEmpty()) {
        report(tr("Put the cursor in a paragraph or select a passage to tag it."));
        return {};
    }
    return annotator().tagWithNewTag(*target, path, colour);
}

QList<qint64> AnnotationController::applyTag(qint64 tagId, BodyView *body)
{
    body = targetBody(body);
    if (!m_store || !body) {
        report(tr("Open a cable to tag it."));
        return {};
    }
    return annotator().tag(*body, tagId);
}

qint64 AnnotationController::annotateSelection(BodyView *body)
{
    body = targetBody(body);
    if (!m_store || !body) {
        report(tr("Open a cable to annotate it."));
        return 0;
    }
    const qint64 id = annotator().annotate(*body);
    if (id == 0)
        return 0;
    // The annotation is in the pane now (its cable's model follows the store): its editor takes the typing.
    Q_EMIT annotationsPaneWanted();
    m_pane.editAnnotation(id);
    return id;
}

void AnnotationController::chooseTag(BodyView *body)
{
    if (!m_tags || !targetBody(body))
        return;
    // The keyboard goes back where it was (the text, mostly), so the next shortcut works at once.
    const QPointer<QWidget> focus = QApplication::focusWidget() ? QApplication::focusWidget() : targetBody(body);
    const auto restoreFocus = qScopeGuard([this, focus] {
        m_window->activateWindow();
        if (focus)
            focus->setFocus(Qt::OtherFocusReason);
    });
    TagPalette palette(*m_tagModel, m_tags->recent(9), m_window);
    if (palette.exec() != QDialog::Accepted)
        return;
    if (palette.chosenTagId() != 0)
        applyTag(palette.chosenTagId(), body);
    else
        tagSelection(palette.chosenPath(), palette.chosenColour(), body);
}

bool AnnotationController::applyRecentTag(int index)
{
    if (!m_tags)
        return false;
    const QList<UserTag> recent = m_tags->recent(9);
    if (index < 0 || index >= recent.size()) {
        report(tr("No recent tag %1 yet: tag something with Edit ▸ Tag… first.").arg(index + 1));
        return false;
    }
    return !applyTag(recent.at(index).id).isEmpty();
}

bool AnnotationController::showAnnotation(const QString &cableId, qint64 annotationId)
{
    CableView *view = m_reading.currentView();
    if (!view || view->cable().id != cableId) {
        Q_EMIT cableWanted(cableId);
        view = m_reading.currentView();
    }
    if (!view || view->cable().id != cableId)
        return false;
    const CableAnnotationModel *model = m_views->model(cableId);
    const std::optional<Annotation> a = model ? model->annotation(annotationId) : std::nullopt;
    if (!a)
        return false;
    if (a->detached) {
        report(tr("This annotation is detached: its passage is no longer in the cable's text. Its quote: “%1”")
                .arg(a->quote));
        return false;
    }
    view->setShowOriginal(false);
    view->bodyView()->selectPassage({ a->anchor, a->start, a->length });
    view->bodyView()->setFocus();
    return true;
}

bool AnnotationController::exportAnnotations(const QString &path, QString *message)
{
    if (!m_store)
        return false;
    const QByteArray json = AnnotationJson::exportAnnotations(*m_store, *m_tags);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *message = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    const qint64 count = m_store->count();
    *message = count == 1 ? tr("Exported 1 annotation to %1.").arg(path)
                          : tr("Exported %1 annotations to %2.").arg(count).arg(path);
    return true;
}

bool AnnotationController::importAnnotations(const QString &path, QString *message)
{
    if (!m_store)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    const AnnotationJson::ImportResult result = AnnotationJson::importAnnotations(file.readAll(), *m_store, *m_tags);
    if (!result.ok()) {
        *message = tr("Nothing imported from %1: %2").arg(path, result.error);
        return false;
    }
    *message = tr("Imported from %1: new annotations %2, already in the library %3, new tags %4.")
                   .arg(path)
                   .arg(result.added)
                   .arg(result.alreadyPresent)
                   .arg(result.tagsCreated);
    refreshTagManager();
    return true;
}

void AnnotationController::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Annotations"),
        ExportFolder::suggestedPath(QStringLiteral("annotations.json")),
        tr("Reftel annotations (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString message;
    if (exportAnnotations(path, &message))
        ExportFolder::remember(path);
    report(message);
}

void AnnotationController::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Annotations"), ExportFolder::suggested(),
        tr("Reftel annotations (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString message;
    importAnnotations(path, &message);
    report(message);
}

void AnnotationController::commitPending()
{
    m_pane.commitNote();
}

AnnotationsBrowser *AnnotationController::browser()
{
    if (!m_browser) {
        m_browser = new AnnotationsBrowser(m_window);
        m_browser->setWindowFlag(Qt::Window);
        m_browser->setModel(m_listModel.get());
        m_browser->setTagModel(m_tagModel.get());
        connect(m_browser, &AnnotationsBrowser::passageActivated, this, [this](const QString &cableId, qint64 id) {
            showAnnotation(cableId, id);
            m_window->activateWindow();
        });
    }
    return m_browser;
}

void AnnotationController::showBrowser()
{
    AnnotationsBrowser *b = browser();
    b->reload();
    b->show();
    b->raise();
    b->activateWindow();
}

TagManagerDialog *AnnotationController::tagManager()
{
    if (!m_tagManager) {
        m_tagManager = new TagManagerDialog(m_window);
        connect(m_tagManager, &TagManagerDialog::renameRequested, this, [this](qint64 id, const QString &name) {
            if (m_tags)
                m_undo->push(new RenameTagCommand(*m_tags, id, name));
        });
        connect(m_tagManager, &TagManagerDialog::recolourRequested, this, [this](qint64 id, const QString &colour) {
            if (m_tags)
                m_undo->push(new RecolourTagCommand(*m_tags, id, colour));
        });
        connect(m_tagManager, &TagManagerDialog::mergeRequested, this, [this](qint64 from, qint64 into) {
            if (m_tags)
                m_undo->push(new MergeTagsCommand(*m_tags, from, into));
        });
        connect(m_tagManager, &TagManagerDialog::deleteRequested, this, [this](qint64 id, qint64 moveTo) {
            if (m_tags)
                m_undo->push(new DeleteTagCommand(*m_tags, id,
                    moveTo ? UserTagStore::DeletePolicy::MoveUses : UserTagStore::DeletePolicy::RemoveUses, moveTo));
        });
        m_tagManager->setTagModel(m_tagModel.get());
        refreshTagManager();
    }
    return m_tagManager;
}

void AnnotationController::refreshTagManager()
{
    if (!m_tagManager)
        return;
    const QList<UserTag> tags = m_tags ? m_tags->tags() : QList<UserTag> {};
    QHash<qint64, int> uses;
    for (const UserTag &tag : tags)
        uses.insert(tag.id, m_tags->useCount(tag.id));
    m_tagManager->setUseCounts(uses);
}

void AnnotationController::showTagManager()
{
    TagManagerDialog *dialog = tagManager();
    refreshTagManager();
    dialog->show();
    dialog->raise();
}

QUndoView *AnnotationController::undoHistory()
{
    if (!m_undoView) {
        m_undoView = new QUndoView(m_undo, m_window);
        m_undoView->setObjectName(QStringLiteral("undoHistory"));
        m_undoView->setWindowFlag(Qt::Tool);
        m_undoView->setWindowTitle(tr("Undo History"));
        m_undoView->setEmptyLabel(tr("<opened library>"));
        m_undoView->resize(360, 420);
    }
    return m_undoView;
}

void AnnotationController::showUndoHistory()
{
    QUndoView *view = undoHistory();
    view->show();
    view->raise();
}
}
