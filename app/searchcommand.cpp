// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "commandline.h"
#include "commandsession.h"
#include "searchadvice.h"
#include "searchquery.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace Reftel
{
namespace
{
QString isoDate(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// A snippet's marks as the terminal shows them: bold, or [brackets] in a file.
QString plain(QString snippet, bool ansi)
{
    snippet.replace(LibrarySearch::HighlightStart, ansi ? QStringLiteral("\x1b[1m") : QStringLiteral("["));
    snippet.replace(LibrarySearch::HighlightEnd, ansi ? QStringLiteral("\x1b[0m") : QStringLiteral("]"));
    return snippet;
}
}

QString SearchCommand::synopsis() const
{
    return tr("search QUERY");
}

QString SearchCommand::summary() const
{
    return tr("search the library (e.g. \"manas* origin:Astana from:2009\";\n"
              "a word may start with -: reftel search manas -russia)");
}

QList<QCommandLineOption> SearchCommand::options() const
{
    return { { QStringLiteral("limit"), tr("Show at most <n> cables of a search (default 20; with --json, <n> hits)."),
                 tr("n"), QStringLiteral("20") },
        jsonOption() };
}

void SearchCommand::describeArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("query"), tr("words and filters, as in the search field"), tr("QUERY"));
}

QStringList SearchCommand::withQueryWordsLast(const QStringList &arguments)
{
    static const QStringList withValue { QStringLiteral("--library"), QStringLiteral("--limit"),
        QStringLiteral("--lang") };
    QStringList options { arguments.value(0) };
    QStringList words;
    bool afterCommand = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            words += arguments.mid(i + 1);
            break;
        }
        if (withValue.contains(a) && i + 1 < arguments.size()) {
            options << a << arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--")) || a == QLatin1String("-h") || a == QLatin1String("-?")) {
            options << a;
        } else if (!afterCommand && !a.startsWith(u'-')) {
            options << a;
            afterCommand = true;
        } else if (afterCommand) {
            words << a;
        } else {
            options << a;
        }
    }
    return options + QStringList { QStringLiteral("--") } + words;
}

QString SearchCommand::take(const QCommandLineParser &parser, const QStringList &arguments)
{
    m_query = arguments.join(u' ');
    m_json = parser.isSet(QStringLiteral("json"));
    bool limitOk = false;
    m_limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (arguments.isEmpty())
        return tr("search needs a query");
    if (!limitOk || m_limit < 1)
        return tr("--limit needs a positive number");
    return {};
}

int SearchCommand::run(CommandSession &session)
{
    const SearchQuery parsed = SearchQuery::parse(m_query);
    if (!parsed.isValid()) {
        session.error(parsed.errorString());
        return CommandLine::UsageError;
    }
    const LibrarySearch::Result result = LibrarySearch(session.library()).search(parsed, m_limit);
    if (!result.ok()) {
        if (!session.library().damageSeen())
            session.error(result.error);
        return CommandLine::PartialFailure;
    }
    // Never an answer from a half-built index without saying so.
    const int incomplete = session.unindexed() > 0 ? CommandLine::PartialFailure : CommandLine::Success;
    if (session.unindexed() > 0)
        session.error(CommandSession::unindexedWarning(session.unindexed()));
    if (m_json) {
        writeJson(session, result);
        return incomplete;
    }
    const qsizetype cables = writeCables(session, parsed);
    // The count stops at a window of hits (LibrarySearch::RankWindow): say so.
    QTextStream &out = session.out();
    if (result.totalIsLowerBound) {
        out << tr("at least %1 hits (counting stops there)").arg(QLocale().toString(result.total))
            << tr(" (showing %n cable(s))", nullptr, int(cables)) << '\n';
        return incomplete;
    }
    const qint64 total = std::max<qint64>(SearchAdvice::count(session.library(), m_query), cables);
    out << tr("%n cable(s)", nullptr, int(qMin<qint64>(total, std::numeric_limits<int>::max())))
        << (total > cables ? tr(" (showing %1)").arg(cables) : QString()) << '\n';
    return incomplete;
}

void SearchCommand::writeJson(CommandSession &session, const LibrarySearch::Result &result) const
{
    QJsonArray hits;
    for (const LibrarySearch::Hit &hit : result.hits) {
        QString snippet = hit.snippet;
        snippet.remove(LibrarySearch::HighlightStart).remove(LibrarySearch::HighlightEnd);
        hits.append(QJsonObject { { QStringLiteral("id"), hit.cableId }, { QStringLiteral("anchor"), hit.anchor },
            { QStringLiteral("paragraph"), hit.paragraphNumber }, { QStringLiteral("rank"), hit.rank },
            { QStringLiteral("subject"), hit.subject },
            { QStringLiteral("created"), hit.created.toUTC().toString(Qt::ISODate) },
            { QStringLiteral("origin"), hit.origin }, { QStringLiteral("classification"), hit.classification },
            { QStringLiteral("snippet"), snippet } });
    }
    session.out() << QJsonDocument(
        QJsonObject { { QStringLiteral("query"), m_query }, { QStringLiteral("total"), result.total },
            { QStringLiteral("totalIsLowerBound"), result.totalIsLowerBound },
            { QStringLiteral("hits"),
                hits } }).toJson(QJsonDocument::Indented);
}

qsizetype SearchCommand::writeCables(CommandSession &session, const SearchQuery &query) const
{
    const QList<CableHits> cables = groupByCable(session.library(), query, m_limit);
    for (const CableHits &cable : cables)
        writeCable(session, cable);
    return cables.size();
}

// Each cable once, best first: its date, origin and subject, the
// paragraphs that match in number order, and its best passage.
void SearchCommand::writeCable(CommandSession &session, const CableHits &cable) const
{
    QTextStream &out = session.out();
    const bool ansi = session.interactive();
    const LibrarySearch::Hit &first = cable.hits.first();
    out << first.cableId << "  " << isoDate(first.created) << "  " << first.origin << "  " << first.classification
        << '\n';
    // The subject, its words marked when it matched; then the best paragraph's passage.
    QString subject = first.subject;
    const LibrarySearch::Hit *passage = nullptr;
    QList<const LibrarySearch::Hit *> paragraphs;
    for (const LibrarySearch::Hit &hit : cable.hits) {
        if (hit.kind == LibrarySearch::HitKind::Subject && !hit.snippet.isEmpty())
            subject = plain(hit.snippet, ansi);
        if (hit.kind != LibrarySearch::HitKind::Paragraph)
            continue;
        paragraphs << &hit;
        if (!passage)
            passage = &hit;
    }
    out << "    " << subject << '\n';
    if (!paragraphs.isEmpty()) {
        std::sort(paragraphs.begin(), paragraphs.end(), [](const LibrarySearch::Hit *a, const LibrarySearch::Hit *b) {
            return std::pair(a->paragraphNumber, a->anchor) < std::pair(b->paragraphNumber, b->anchor);
        });
        QStringList numbers;
        for (const LibrarySearch::Hit *hit : std::as_const(paragraphs))
            numbers << hit->anchor.mid(hit->cableId.size());
        out << "    " << numbers.join(QStringLiteral(", ")) << '\n';
    }
    if (passage && !passage->snippet.isEmpty())
        out << "    " << plain(passage->snippet, ansi) << '\n';
}

QList<SearchCommand::CableHits> SearchCommand::groupByCable(
    LibraryDatabase &library, const SearchQuery &query, int limit)
{
    // Hits come best first, a paragraph or a subject each: read pages of them
    // until limit cables are complete (their later hits too, within the page
    // that fills the limit) or there are no more.
    constexpr int Page = 200;
    QList<CableHits> cables;
    QHash<QString, qsizetype> at;
    const LibrarySearch search(library);
    for (int offset = 0;; offset += Page) {
        const LibrarySearch::Result page = search.search(query, Page, offset);
        for (const LibrarySearch::Hit &hit : page.hits) {
            auto it = at.constFind(hit.cableId);
            if (it == at.cend()) {
                if (cables.size() >= limit)
                    continue;
                it = at.insert(hit.cableId, cables.size());
                cables.append(CableHits {});
            }
            cables[*it].hits.append(hit);
        }
        if (!page.ok() || page.hits.size() < Page || offset + Page >= LibrarySearch::CountLimit)
            break;
    }
    return cables;
}
}
