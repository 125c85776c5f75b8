// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationspane.h"

#include "preferences.h"

#include "placeholderlabel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace Reftel
{
namespace
{
constexpr auto ActivateScheme = "reftel-annotation";
constexpr auto EditScheme = "reftel-edit-note";
constexpr auto DeleteScheme = "reftel-delete-annotation";

QString link(const char *scheme, qint64 id, const QString &label)
{
    return QStringLiteral("<a href=\"") + QLatin1String(scheme) + u':' + QString::number(id) + QStringLiteral("\">")
        + label + QStringLiteral("</a>");
}

// Black or white, whichever reads on the chip's colour.
QString chipText(const QColor &colour)
{
    return colour.lightnessF() > 0.6 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
}
}

AnnotationsPane::AnnotationsPane(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new PlaceholderLabel(tr("Open a cable to see your tags and notes on it."), this))
    , m_stack(new QStackedWidget(this))
    , m_heading(new QLabel(this))
    , m_list(new QTextBrowser(this))
    , m_editorLabel(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("annotationsPane"));
    setAccessibleName(tr("Annotations"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_placeholder);

    auto *content = new QWidget(m_stack);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(6, 6, 6, 6);
    m_heading->setObjectName(QStringLiteral("annotationsHeading"));
    column->addWidget(m_heading);
    m_list->setObjectName(QStringLiteral("annotationList"));
    m_list->setAccessibleName(tr("Annotations of this cable"));
    m_list->setOpenLinks(false);
    m_list->setOpenExternalLinks(false);
    connect(m_list, &QTextBrowser::anchorClicked, this, &AnnotationsPane::onLink);
    column->addWidget(m_list, 3);
    m_editorLabel->setWordWrap(true);
    column->addWidget(m_editorLabel);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAccessibleName(tr("Note"));
    m_editor->setPlaceholderText(
        tr("Write a note: **bold**, *italics*, - lists, [links](https://…). Ctrl+Enter saves."));
    m_editor->setTabChangesFocus(true);
    m_editor->setEnabled(false);
    m_editor->installEventFilter(this);
    column->addWidget(m_editor, 1);
    m_stack->addWidget(content);

    // Drafts about once a second: a killed program loses at most that much typing.
    m_draftTimer->setInterval(1000);
    connect(m_draftTimer, &QTimer::timeout, this, [this] {
        if (m_draftPending && m_editedId != 0) {
            m_draftPending = false;
            Q_EMIT draftDue(m_editedId, m_editor->toPlainText());
        }
    });
    m_draftTimer->start();
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_editedId != 0)
            m_draftPending = m_editor->toPlainText() != m_savedNote;
    });
}

QString AnnotationsPane::noteHtml(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    const QString html = document.toHtml();
    static const QRegularExpression body(
        QStringLiteral("<body[^>]*>(.*)</body>"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = body.match(html);
    return m.hasMatch() ? m.captured(1) : markdown.toHtmlEscaped();
}

void AnnotationsPane::clear()
{
    commitNote();
    m_cableId.clear();
    m_annotations.clear();
    m_editedId = 0;
    m_editor->clear();
    m_editor->setEnabled(false);
    m_stack->setCurrentIndex(0);
}

void AnnotationsPane::setAnnotations(
    const QString &cableId, const QList<Annotation> &annotations, const QHash<qint64, UserTag> &tags)
{
    if (cableId != m_cableId) {
        commitNote();
        m_editedId = 0;
    }
    m_cableId = cableId;
    m_annotations = annotations;
    m_tags = tags;
    m_stack->setCurrentIndex(1);
    render();
    // The note being typed stays as typed; an edit elsewhere (undo) shows when the editor holds no change.
    bool found = false;
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.id != m_editedId)
            continue;
        found = true;
        const bool changed = m_editor->toPlainText() != m_savedNote;
        m_savedNote = annotation.note;
        if (!changed && m_editor->toPlainText() != annotation.note)
            m_editor->setPlainText(annotation.note);
        m_draftPending = m_editor->toPlainText() != m_savedNote;
    }
    if (!found) {
        m_editedId = 0;
        m_savedNote.clear();
        const QSignalBlocker blocker(m_editor);
        m_editor->clear();
        m_editor->setEnabled(false);
    }
    updateEditorLabel();
}

void AnnotationsPane::render()
{
    const int count = int(m_annotations.size());
    m_heading->setText(count == 0
            ? tr("No annotations on %1 yet. Select text and choose Tag… or Annotate….").arg(m_cableId)
            : count == 1 ? tr("1 annotation on %1").arg(m_cableId)
                         : tr("%1 annotations on %2").arg(count).arg(m_cableId));
    m_heading->setWordWrap(true);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    QString html;
    for (const Annotation &a : std::as_const(m_annotations)) {
        const bool current = a.id == m_editedId;
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\" style=\"margin-bottom:6px\"")
            + (current ? QString(QStringLiteral(" bgcolor=\"") + palette().color(QPalette::AlternateBase).name() + u'"')
                       : QString())
            + QStringLiteral("><tr><td>");
        const QString paragraph = a.anchor.section(u'\u00B6', 1);
        const QString place = a.detached ? tr("detached") : tr("¶%1").arg(paragraph);
        html += QStringLiteral("<span style=\"color:") + (a.detached ? QStringLiteral("#b91c1c") : muted.name())
            + QStringLiteral("\">") + place.toHtmlEscaped() + QStringLiteral("</span> ");
        const QString quote = a.quote.size() > 220 ? a.quote.left(220) + u'…' : a.quote;
        html += link(ActivateScheme, a.id, QStringLiteral("“") + quote.toHtmlEscaped() + QStringLiteral("”"));
        if (!a.tagIds.isEmpty()) {
            html += QStringLiteral("<br/>");
            for (const qint64 id : a.tagIds) {
                const UserTag tag = m_tags.value(id);
                QColor colour(tag.colour);
                if (!colour.isValid())
                    colour = UserTag::defaultColour();
                html += QStringLiteral("<span style=\"background-color:") + colour.name() + QStringLiteral(";color:")
                    + chipText(colour) + QStringLiteral("\">&nbsp;") + tag.path.toHtmlEscaped()
                    + QStringLiteral("&nbsp;</span> ");
            }
        }
        if (!a.note.isEmpty())
            html += noteHtml(a.note);
        html += QStringLiteral("<br/><span style=\"color:") + muted.name() + QStringLiteral("\">");
        QString times = QLocale().toString(a.created.toLocalTime(), QLocale::ShortFormat);
        // Edited: a change after the first minute, not the tagging that made it.
        if (a.modified.isValid() && a.created.secsTo(a.modified) >= 60)
            times = tr("%1, edited %2").arg(times, QLocale().toString(a.modified.toLocalTime(), QLocale::ShortFormat));
        html += tr("%1 · %2").arg((a.author.isEmpty() ? Preferences::unknownAuthor() : a.author).toHtmlEscaped(), times)
            + QStringLiteral("</span> · ") + link(EditScheme, a.id, tr("Edit note").toHtmlEscaped())
            + QStringLiteral(" · ") + link(DeleteScheme, a.id, tr("Delete").toHtmlEscaped());
        html += QStringLiteral("</td></tr></table>");
    }
    const int scroll = m_list->verticalScrollBar()->value();
    m_list->setHtml(html);
    m_list->verticalScrollBar()->setValue(scroll);
}

void AnnotationsPane::onLink(const QUrl &url)
{
    bool ok = false;
    const qint64 id = url.path().toLongLong(&ok);
    if (!ok)
        return;
    if (url.scheme() == QLatin1String(ActivateScheme))
        Q_EMIT annotationActivated(id);
    else if (url.scheme() == QLatin1String(EditScheme))
        editAnnotation(id);
    else if (url.scheme() == QLatin1String(DeleteScheme))
        Q_EMIT deleteRequested(id);
}

bool AnnotationsPane::editAnnotation(qint64 id)
{
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.id != id)
            continue;
        if (m_editedId != id)
            commitNote();
        m_editedId = id;
        m_savedNote = annotation.note;
        {
            const QSignalBlocker blocker(m_editor);
            m_editor->setPlainText(annotation.note);
        }
        m_draftPending = false;
        m_editor->setEnabled(true);
        m_editor->moveCursor(QTextCursor::End);
        m_editor->setFocus();
        updateEditorLabel();
        render();
        return true;
    }
    return false;
}

bool AnnotationsPane::restoreDraft(qint64 id, const QString &text)
{
    if (!editAnnotation(id))
        return false;
    m_editor->setPlainText(text);
    return true;
}

void AnnotationsPane::updateEditorLabel()
{
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.id == m_editedId) {
            const QString quote = annotation.quote.size() > 60 ? annotation.quote.left(60) + u'…' : annotation.quote;
            m_editorLabel->setText(tr("Note on “%1”:").arg(quote));
            return;
        }
    }
    m_editorLabel->setText(tr("Choose “Edit note” on an annotation to write its note."));
}

void AnnotationsPane::commitNote()
{
    if (m_editedId == 0)
        return;
    const QString text = m_editor->toPlainText();
    if (text == m_savedNote)
        return;
    m_savedNote = text;
    m_draftPending = false;
    Q_EMIT noteCommitted(m_editedId, text);
}

bool AnnotationsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::FocusOut) {
            commitNote();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers().testFlag(Qt::ControlModifier)) {
                commitNote();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
}
