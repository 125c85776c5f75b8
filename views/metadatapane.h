// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QWidget>

class QStackedWidget;
class QTextBrowser;

namespace Reftel
{
class PlaceholderLabel;

// The header of the open cable, readable: date with weekday, precedence in
// words, TAGS with their meanings (links that filter the library), recipients
// grouped TO / INFO, declassification and who classified it.
class MetadataPane final : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataPane(QWidget *parent = nullptr);

    void setCable(const Cable &cable);
    void clear();
    QTextBrowser *browser() const { return m_browser; }

    static QString html(const Cable &cable);

Q_SIGNALS:
    // A TAGS link: narrow the library to this tag.
    void tagActivated(const QString &code);

private:
    QStackedWidget *m_stack = nullptr;
    PlaceholderLabel *m_placeholder = nullptr;
    QTextBrowser *m_browser = nullptr;
};
}
