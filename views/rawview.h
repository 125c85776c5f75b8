// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPlainTextEdit>

namespace KSyntaxHighlighting
{
class SyntaxHighlighter;
}

namespace Reftel
{
// The original text of a cable, as saved, highlighted with Reftel's cable
// syntax. What the parser removed as duplicate is marked apart from the syntax.
class RawView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    struct Mark
    {
        qsizetype position = 0;
        qsizetype length = 0;
        QString reason; // translated, shown as tooltip
    };

    explicit RawView(QWidget *parent = nullptr);
    ~RawView() override;

    void setCable(const QString &text, const QList<Mark> &removed);
    const QList<Mark> &removedMarks() const { return m_marks; }
    // The mark under a document position, or nullptr.
    const Mark *markAt(qsizetype position) const;

protected:
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void applyTheme();
    void applyMarks();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QList<Mark> m_marks;
};
}
