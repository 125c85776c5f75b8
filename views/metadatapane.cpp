// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatapane.h"

#include "datetext.h"

#include "placeholderlabel.h"

#include <QLocale>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Reftel
{
namespace
{
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td valign=\"top\" style=\"padding-right:8px\"><b>") + esc(label)
        + QStringLiteral("</b></td><td>") + valueHtml + QStringLiteral("</td></tr>");
}

QString precedenceWords(const QString &name)
{
    if (name.isEmpty())
        return {};
    // The routing block writes precedence in capitals; shown as a word.
    return name.left(1) + name.mid(1).toLower();
}

QString tagLinks(const QList<TagInfo> &tags)
{
    QStringList out;
    for (const TagInfo &tag : tags) {
        const QString title = tag.known() ? tag.meaning : MetadataPane::tr("unknown tag");
        out << QStringLiteral("<a href=\"reftel-tag:") + esc(tag.code) + QStringLiteral("\" title=\"") + esc(title)
                + QStringLiteral("\">") + esc(tag.code) + QStringLiteral("</a>")
                + (tag.known() ? QStringLiteral(" <small>") + esc(tag.meaning) + QStringLiteral("</small>")
                               : QString());
    }
    return out.join(QStringLiteral("<br/>"));
}

QString addressees(const QList<Addressee> &list)
{
    QStringList out;
    for (const Addressee &a : list) {
        QString line = esc(a.name.isEmpty() ? a.routingIndicator : a.name);
        if (!a.precedence.isEmpty())
            line += QStringLiteral(" <small>(") + esc(precedenceWords(a.precedence)) + QStringLiteral(")</small>");
        out << line;
    }
    return out.join(QStringLiteral("<br/>"));
}
}

MetadataPane::MetadataPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new PlaceholderLabel(
          tr("Open a cable to see its header: date, origin, classification, tags and recipients."), this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("metadataPane"));
    setAccessibleName(tr("Metadata"));
    m_browser->setObjectName(QStringLiteral("metadataBrowser"));
    m_browser->setAccessibleName(tr("Metadata of the open cable"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("reftel-tag"))
            Q_EMIT tagActivated(url.path());
    });
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_browser);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void MetadataPane::setCable(const Cable &cable)
{
    m_browser->setHtml(html(cable));
    m_stack->setCurrentWidget(m_browser);
}

void MetadataPane::clear()
{
    m_browser->clear();
    m_stack->setCurrentWidget(m_placeholder);
}

QString MetadataPane::html(const Cable &c)
{
    QString t = QStringLiteral("<table cellspacing=\"2\">");
    t += row(tr("Reference"), esc(c.id));
    if (c.created.isValid()) {
        QString date = esc(DateText::longUtc(c.created));
        if (c.createdCorrected)
            date += QStringLiteral("<br/><small>") + esc(tr("time taken from the routing line; the page's was wrong"))
                + QStringLiteral("</small>");
        t += row(tr("Created"), date);
    }
    if (c.released.isValid())
        t += row(tr("Released"), esc(DateText::longDate(c.released.toUTC().date())));
    t += row(tr("Origin"), esc(c.origin));
    t += row(tr("Classification"), esc(c.classification));
    if (!c.caveats.isEmpty())
        t += row(tr("Caveats"), esc(c.caveats.join(QStringLiteral(", "))));
    t += row(tr("Precedence"), esc(precedenceWords(c.routing.precedenceName)));
    if (!c.routing.dateTimeGroupText.isEmpty())
        t += row(tr("Date-time group"), esc(c.routing.dateTimeGroupText));
    t += row(tr("From"), esc(c.routing.from));
    t += row(tr("To"), addressees(c.routing.to));
    t += row(tr("Info"), addressees(c.routing.info));
    if (!c.passingInstructions.isEmpty())
        t += row(tr("Passing"), esc(c.passingInstructions.join(QStringLiteral("; "))));
    t += row(tr("Subject tags"), tagLinks(c.subjectTags));
    t += row(tr("Countries"), tagLinks(c.countryTags));
    if (c.declassifyOn.isValid())
        t += row(tr("Declassify on"), esc(DateText::longDate(c.declassifyOn)));
    else
        t += row(tr("Declassification"), esc(c.declassification));
    if (!c.classifiedBy.isEmpty()) {
        QString by = esc(c.classifiedBy.person.isEmpty() ? c.classifiedBy.text : c.classifiedBy.person);
        if (!c.classifiedBy.title.isEmpty())
            by += QStringLiteral(", ") + esc(c.classifiedBy.title);
        if (!c.classifiedBy.reasons.isEmpty())
            by += QStringLiteral("<br/><small>")
                + esc(tr("Reasons: %1").arg(c.classifiedBy.reasons.join(QStringLiteral(", "))))
                + QStringLiteral("</small>");
        t += row(tr("Classified by"), by);
    }
    t += row(tr("Signature"), esc(c.signature));
    t += row(tr("Saved as"), esc(sourceFormatName(c.format)));
    t += QStringLiteral("</table>");
    if (!c.warnings.isEmpty()) {
        t += QStringLiteral("<p><b>") + esc(tr("Not understood")) + QStringLiteral("</b><br/>");
        QStringList lines;
        for (const ParseWarning &w : c.warnings)
            lines << esc(w.message);
        t += lines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }
    return t;
}
}
