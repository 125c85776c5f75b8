// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawview.h"

#include "syntaxrepository.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace Reftel
{
RawView::RawView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setObjectName(QStringLiteral("rawView"));
    setAccessibleName(tr("Original text"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    applyTheme();
    m_highlighter->setDefinition(SyntaxRepository::cableDefinition());
}

RawView::~RawView() = default;

void RawView::setCable(const QString &text, const QList<Mark> &removed)
{
    m_marks = removed;
    setPlainText(text);
    applyMarks();
}

const RawView::Mark *RawView::markAt(qsizetype position) const
{
    for (const Mark &mark : m_marks) {
        if (position >= mark.position && position < mark.position + mark.length)
            return &mark;
    }
    return nullptr;
}

void RawView::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = SyntaxRepository::themeFor(palette());
    m_highlighter->setTheme(theme);
    // The theme's own editor colours, so dark themes get a dark page.
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    viewport()->setPalette(pal);
    m_highlighter->rehighlight();
    applyMarks();
}

void RawView::applyMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    const qsizetype end = document()->characterCount() - 1;
    const QColor background =
        palette().color(QPalette::Base).lightness() < 128 ? QColor(90, 60, 60) : QColor(255, 228, 225);
    for (const Mark &mark : std::as_const(m_marks)) {
        const int from = int(std::clamp<qsizetype>(mark.position, 0, end));
        const int to = int(std::clamp<qsizetype>(mark.position + mark.length, 0, end));
        if (to <= from)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(from);
        selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
        selection.format.setBackground(background);
        selection.format.setFontStrikeOut(true);
        selection.format.setToolTip(mark.reason);
        selections << selection;
    }
    setExtraSelections(selections);
}

void RawView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

bool RawView::viewportEvent(QEvent *event)
{
    // QTextCharFormat tooltips are not shown by QPlainTextEdit by itself.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        if (const Mark *mark = markAt(cursor.position())) {
            QToolTip::showText(help->globalPos(), mark->reason, viewport());
            return true;
        }
        QToolTip::hideText();
    }
    return QPlainTextEdit::viewportEvent(event);
}
}
