// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "usertag.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QUrl;

namespace Reftel
{
class PlaceholderLabel;

// The annotations dock of the main window: the open cable's annotations
// (quote, tags as coloured chips, the note rendered from Markdown, author and
// times; detached ones marked so, with their quote), and an editor for the
// note of the chosen one. The pane holds no store: it says what the user
// did (activated, noteCommitted, draftDue, deleteRequested) and whoever owns
// the library writes it.
class AnnotationsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationsPane(QWidget *parent = nullptr);

    void setAnnotations(
        const QString &cableId, const QList<Annotation> &annotations, const QHash<qint64, UserTag> &tags);
    void clear();
    const QList<Annotation> &annotations() const { return m_annotations; }

    // Puts the annotation's note in the editor and the keyboard focus there.
    bool editAnnotation(qint64 id);
    // Puts text (a draft left by a program that was killed) in the editor of
    // the annotation, unsaved, so the user sees it and it is saved like typing.
    bool restoreDraft(qint64 id, const QString &text);
    qint64 editedAnnotation() const { return m_editedId; }
    // Saves the editor's text now when it differs from the stored note.
    void commitNote();

    QTextBrowser *list() const { return m_list; }
    QPlainTextEdit *noteEditor() const { return m_editor; }
    // The HTML fragment a Markdown note renders to (bold, italics, lists, links).
    static QString noteHtml(const QString &markdown);

Q_SIGNALS:
    // Jump to the annotation's passage.
    void annotationActivated(qint64 id);
    // The note editor lost the focus or Ctrl+Enter was pressed with a changed note.
    void noteCommitted(qint64 id, const QString &note);
    // About once a second while the user types: a draft to keep.
    void draftDue(qint64 id, const QString &text);
    void deleteRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void onLink(const QUrl &url);
    void updateEditorLabel();

    PlaceholderLabel *m_placeholder = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_heading = nullptr;
    QTextBrowser *m_list = nullptr;
    QLabel *m_editorLabel = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTimer *m_draftTimer = nullptr;
    QString m_cableId;
    QList<Annotation> m_annotations;
    QHash<qint64, UserTag> m_tags;
    qint64 m_editedId = 0;
    QString m_savedNote; // the edited annotation's note as stored
    bool m_draftPending = false;
};
}
