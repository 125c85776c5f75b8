// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gettingstarteddialog.h"

#include <QDialogButtonBox>
#include <QStringList>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Reftel
{
GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started"));
    m_browser->setObjectName(QStringLiteral("gettingStarted"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 620);
}

QString GettingStartedDialog::html()
{
    // One message a paragraph: translators get sentences with their context, not a page.
    const auto section = [](const QString &heading, const QStringList &paragraphs) {
        QString out = QStringLiteral("<h3>") + heading.toHtmlEscaped() + QStringLiteral("</h3>");
        for (const QString &paragraph : paragraphs)
            out += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>");
        return out;
    };
    QString out = QStringLiteral("<h2>") + tr("Getting started with Reftel").toHtmlEscaped() + QStringLiteral("</h2>");
    out += section(tr("Your library"),
        { tr("The first start makes a library with five sample cables, so there is something to read at once. "
             "<b>File ▸ Import Files…</b> and <b>Import Folder…</b> add your saved cables (text pages, HTML pages "
             "and the release CSV); dropping files on the window does the same.") });
    out += section(tr("Finding cables"),
        { tr("The library on the left lists every cable, newest first. Type in its search field (<b>Ctrl+K</b>): "
             "words, \"phrases\", prefixes such as <i>manas*</i>, AND, OR, NOT and filters such as "
             "<i>origin:Astana</i>, <i>tag:PGOV</i>, <i>from:2009-02</i>. The values under the list narrow it with a "
             "click."),
            tr("<b>Enter</b> opens a cable at the paragraph that matched, its words highlighted; <b>F3</b> and "
               "<b>Shift+F3</b> go to the other paragraphs with them. <b>Ctrl+Enter</b> opens a cable in a second "
               "column, side by side.") });
    out += section(tr("Reading"),
        { tr("A cable shows once and clean: sections as headings, numbered paragraphs, what was removed said above it. "
             "<b>Show original</b> (<b>Ctrl+U</b>) shows the telegram as it was saved. Every reference is a link; "
             "a grey one is not in the library. <b>Alt+Left</b> goes back.") });
    out += section(tr("Tagging and notes"),
        { tr("Select words in a paragraph (a drag takes whole words) and press <b>Ctrl+T</b> to tag them, "
             "or <b>Ctrl+Shift+A</b> to write a note; <b>1</b>–<b>9</b> apply your recent tags. "
             "<b>View ▸ Annotations Browser</b> finds your annotations across the library.") });
    out += section(tr("Reports"),
        { tr("<b>File ▸ Export Report…</b> turns the current search result into a report with your notes, "
             "as PDF or HTML, or your annotations as CSV or JSON.") });
    out += section(tr("More"),
        { tr("<b>Help ▸ Keyboard Shortcuts</b> lists every key. <b>Edit ▸ Preferences</b> sets the reading "
             "font, the colours and the name that signs your notes.") });
    return out;
}
}
