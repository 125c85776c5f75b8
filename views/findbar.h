// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Reftel
{
// The find-in-cable bar under the reading view (Ctrl+F): type, Enter for the
// next match, Shift+Enter for the previous, Escape to close.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    // The field is never narrower than this many average characters.
    static constexpr int MinimumFieldCharacters = 16;

    QString text() const;
    QLineEdit *field() const { return m_field; }
    void activate(); // show, focus and select the field
    void setMatchCount(int count, bool found);

Q_SIGNALS:
    void findNext(const QString &text);
    void findPrevious(const QString &text);
    void textChanged(const QString &text);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
};
}
