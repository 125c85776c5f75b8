// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "annotationexport.h"
#include "annotationstore.h"
#include "cablejson.h"
#include "cablestore.h"
#include "cabletext.h"
#include "librarydatabase.h"
#include "libraryimporter.h"
#include "librarypath.h"
#include "librarysalvage.h"
#include "librarysearch.h"
#include "referenceresolver.h"
#include "reportbuilder.h"
#include "reportwriter.h"
#include "samplecables.h"
#include "searchadvice.h"
#include "usertagstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace Reftel
{
namespace
{
QString isoDate(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString stateName(ReferenceResolver::State state)
{
    return ReferenceResolver::stateKey(state);
}

QString unindexedWarning(qint64 cables)
{
    // The count is worked out first: template arguments inside the call made lupdate loop forever.
    const int count = int(qMin<qint64>(cables, std::numeric_limits<int>::max()));
    return QCoreApplication::translate("Reftel::CommandLine",
        "the search index lacks %n cable(s) that an interrupted import stored, and the library "
        "cannot be written here to finish it: they are missing from the hits. Run reftel import "
        "where the library can be written.",
        nullptr, count);
}
}

QStringList CommandLine::commands()
{
    return { QStringLiteral("import"), QStringLiteral("search"), QStringLiteral("show"), QStringLiteral("refs"),
        QStringLiteral("stats"), QStringLiteral("export"), QStringLiteral("salvage") };
}

namespace
{
// The options, of the commands and of the window, whose value is the next
// argument: that value is never the command word (--screenshot shot.png
// opens the window, it is not a command "shot.png").
bool takesValue(const QString &argument)
{
    return argument == QLatin1String("--library") || argument == QLatin1String("--lang")
        || argument == QLatin1String("--screenshot");
}

// The command word: the first argument that is not an option or an option's value.
QString commandWord(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (takesValue(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        return a;
    }
    return {};
}
}

// A search's words may start with '-' (-manas, -tag:PGOV): after the command
// word, an argument with one dash that is not one of search's options is a
// query word, and so is everything after "--". They go after a "--" of
// their own, so QCommandLineParser does not read them as options.
QStringList withQueryWordsLast(const QStringList &arguments)
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

bool CommandLine::needsFonts(const QStringList &arguments)
{
    return commandWord(arguments) == QLatin1String("export");
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    // The first argument that is not an option (or an option's value) decides.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (takesValue(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        // A reftel:// link opens the window at a cable; any other word is a
        // command, known or not (an unknown one gets the usage message).
        return !a.startsWith(QLatin1String("reftel:"));
    }
    return false;
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_realOut(out)
    , m_err(err)
{
}

int CommandLine::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << "reftel: " << problem << '\n';
    m_err << m_helpText;
    m_err.flush();
    return UsageError;
}

int CommandLine::run(const QStringList &arguments)
{
    if (commandWord(arguments) == QLatin1String("export"))
        return runExport(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Reftel, reader of diplomatic cables.\n\n"
                                        "Commands:\n"
                                        "  import PATH...   import files, folders and release CSV files\n"
                                        "  search QUERY     search the library (e.g. \"manas* origin:Astana from:2009\";\n"
                                        "                   a word may start with -: reftel search manas -russia)\n"
                                        "  show ID          print a cable, deduplicated\n"
                                        "  refs ID          a cable's references with their state, and the cables citing it\n"
                                        "  stats            what the library holds\n"
                                        "  export           a report of cables and annotations as PDF, HTML, CSV or JSON\n"
                                        "                   (reftel export --help)\n"
                                        "  salvage NEWFILE  copy what a damaged library still holds into a new library"));
    parser.addHelpOption();
    const QCommandLineOption library(QStringLiteral("library"), tr("Use the library <file> instead of the default one."), tr("file"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        tr("Show at most <n> cables of a search (default 20; with --json, <n> hits)."), tr("n"), QStringLiteral("20"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON."));
    const QCommandLineOption text(QStringLiteral("text"), tr("Write clean text (the default of show)."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Use the language <code>."), tr("code"));
    parser.addOptions({library, limit, json, text, lang});
    parser.addPositionalArgument(QStringLiteral("command"), tr("import, search, show, refs, stats or export"));
    parser.addPositionalArgument(QStringLiteral("arguments"), tr("what the command works on"), QStringLiteral("[arguments...]"));
    m_helpText = parser.helpText();

    if (!parser.parse(commandWord(arguments) == QLatin1String("search") ? withQueryWordsLast(arguments) : arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_realOut << m_helpText;
        m_realOut.flush();
        return Success;
    }
    QStringList args = parser.positionalArguments();
    if (args.isEmpty() || !commands().contains(args.first()))
        return usage(args.isEmpty() ? tr("no command given") : tr("unknown command \"%1\"").arg(args.first()));
    const QString command = args.takeFirst();
    if (parser.isSet(json) && parser.isSet(text))
        return usage(tr("--json and --text cannot be used together"));

    if (command == QLatin1String("import") && args.isEmpty())
        return usage(tr("import needs at least one file or folder"));
    if (command == QLatin1String("search") && args.isEmpty())
        return usage(tr("search needs a query"));
    if ((command == QLatin1String("show") || command == QLatin1String("refs")) && args.size() != 1)
        return usage(tr("%1 needs exactly one cable id").arg(command));
    if (command == QLatin1String("stats") && !args.isEmpty())
        return usage(tr("stats takes no arguments"));
    if (command == QLatin1String("salvage") && args.size() != 1)
        return usage(tr("salvage needs the name of the new library to make"));
    bool limitOk = false;
    const int maxHits = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxHits < 1)
        return usage(tr("--limit needs a positive number"));

    const QString path = parser.isSet(library) ? parser.value(library) : LibraryDatabase::defaultPath();
    if (command == QLatin1String("salvage"))
        return runSalvage(path, args);
    LibraryDatabase db;
    const Use use = command == QLatin1String("import") ? Use::Import
        : command == QLatin1String("search")           ? Use::Search
                                                       : Use::Read;
    if (!openLibrary(db, path, use))
        return openFailure(db, path);

    int result = Success;
    if (command == QLatin1String("import"))
        result = runImport(db, args);
    else if (command == QLatin1String("search"))
        result = runSearch(db, args.join(u' '), maxHits, parser.isSet(json));
    else if (command == QLatin1String("show"))
        result = runShow(db, args.first(), parser.isSet(json));
    else if (command == QLatin1String("refs"))
        result = runRefs(db, args.first(), parser.isSet(json));
    else
        result = runStats(db, parser.isSet(json));
    m_out.flush();
    if (const QStringList problems = db.checkDamage(); !problems.isEmpty())
        return damaged(db, problems);
    m_realOut << m_outBuffer;
    m_outBuffer.clear();
    m_realOut.flush();
    m_err.flush();
    return result;
}

int CommandLine::openFailure(const LibraryDatabase &library, const QString &value) const
{
    if (library.damaged())
        return LibraryDamaged;
    return LibraryPath::problem(value).isEmpty() ? PartialFailure : UsageError; // a value that is no library: usage
}

int CommandLine::damaged(LibraryDatabase &library, const QStringList &problems)
{
    // Whatever was made from the damaged file is not shown: it may be wrong.
    m_outBuffer.clear();
    m_err << "reftel: "
          << tr("the library %1 is damaged: %2").arg(QDir::toNativeSeparators(library.path()), problems.join(u"; "))
          << '\n'
          << "reftel: "
          << tr("Nothing was changed in it. What it still holds can be copied into a new library with\n"
                "  reftel salvage --library %1 %2")
                 .arg(library.path(), LibrarySalvage::suggestedPath(library.path()))
          << '\n';
    m_err.flush();
    return LibraryDamaged;
}

int CommandLine::runSalvage(const QString &damagedPath, const QStringList &args)
{
    const QString target = args.first();
    const LibrarySalvage::Report report = LibrarySalvage::salvage(damagedPath, target);
    if (!report.ok()) {
        m_err << "reftel: " << report.error << '\n';
        m_err.flush();
        return PartialFailure;
    }
    const QLocale locale;
    m_realOut << tr("Salvaged into %1: %2 cables, %3 annotations, %4 tags.")
                     .arg(target, locale.toString(report.copied(QStringLiteral("cables"))),
                         locale.toString(report.copied(QStringLiteral("annotations"))),
                         locale.toString(report.copied(QStringLiteral("user_tags"))))
              << '\n';
    if (report.unreadableStretches() > 0)
        m_realOut << tr(
            "%n stretch(es) of rows could not be read and are not in the copy.", nullptr, report.unreadableStretches())
                  << '\n';
    m_realOut << tr("The damaged library %1 was left as it is.").arg(damagedPath) << '\n';
    m_realOut.flush();
    return Success;
}

bool CommandLine::openLibrary(LibraryDatabase &library, const QString &value, Use use)
{
    m_unindexed = 0;
    // Nothing is made (no folder "postgresql:") for what cannot be a library.
    if (const QString problem = LibraryPath::problem(value); !problem.isEmpty()) {
        m_err << "reftel: " << problem << '\n';
        m_err.flush();
        return false;
    }
    const QString path = LibraryPath::localPath(value);
    // Reading never creates a library or its folder, and works where
    // nothing can be written.
    if (!(use == Use::Import ? library.open(path) : library.openForReading(path))) {
        if (library.damaged()) {
            damaged(library, { library.errorString() });
            return false;
        }
        m_err << "reftel: " << library.errorString() << '\n';
        m_err.flush();
        return false;
    }
    if (use != Use::Search)
        return true;
    // A killed import may have left cables that the index does not have yet:
    // indexed now where the file can be written, or else said.
    const qint64 unindexed = library.cables().unindexedCount();
    if (unindexed <= 0)
        return true;
    LibraryDatabase writer;
    const QFileInfo file(path);
    if (file.isWritable() && QFileInfo(file.absolutePath()).isWritable() && writer.open(path)) {
        if (m_interactive)
            m_err << "reftel: "
                  << tr("indexing %n cable(s) that an interrupted import stored…", nullptr, int(unindexed)) << '\n';
        CableStore &store = writer.cableWriter();
        if (store.indexPending())
            return true;
        m_err << "reftel: " << store.errorString() << '\n';
    }
    m_unindexed = library.cables().unindexedCount();
    return true;
}

int CommandLine::runImport(LibraryDatabase &library, const QStringList &paths)
{
    LibraryImporter importer(library);
    if (!m_parseWorker.isEmpty())
        importer.setWorkerProgram(m_parseWorker);
    QElapsedTimer sinceLast;
    sinceLast.start();
    QObject::connect(&importer, &LibraryImporter::outcome, [this](const LibraryImporter::Outcome &outcome) {
        if (outcome.status == LibraryImporter::Outcome::Status::Failed
            || outcome.status == LibraryImporter::Outcome::Status::NotACable)
            m_err << "reftel: " << outcome.reason << '\n';
        else if (outcome.status == LibraryImporter::Outcome::Status::Merged && !outcome.reason.isEmpty())
            m_err << "reftel: " << outcome.reason << '\n'; // a shorter copy that did not replace the text
    });
    QObject::connect(&importer, &LibraryImporter::waiting, [this](const QString &message) {
        m_err << "reftel: " << message << '\n';
        m_err.flush();
    });
    QObject::connect(&importer, &LibraryImporter::progress, [this, &sinceLast](qint64 done, qint64 total) {
        if (!m_interactive || total <= 0 || (sinceLast.elapsed() < 200 && done < total))
            return;
        sinceLast.restart();
        m_err << '\r' << tr("Importing… %1%").arg(done * 100 / total) << (done >= total ? "\n" : "");
        m_err.flush();
    });
    const LibraryImporter::Summary s = importer.run(paths);
    const QLocale locale;
    m_out << tr("%1 file(s): %2 imported, %3 updated, %4 merged, %5 skipped, %6 not cables, %7 failed; %8 cables "
                "stored in %9 s.")
                 .arg(locale.toString(s.files), locale.toString(s.imported), locale.toString(s.updated),
                     locale.toString(s.merged), locale.toString(s.skipped), locale.toString(s.notCables),
                     locale.toString(s.failed), locale.toString(s.cables),
                     locale.toString(double(s.milliseconds) / 1000.0, 'f', 1))
          << '\n';
    // Files that are plainly not cables are skipped, not failures: exit 1 only for cables that failed.
    return s.failed > 0 || s.cancelled ? PartialFailure : Success;
}

int CommandLine::runSearch(LibraryDatabase &library, const QString &query, int limit, bool json)
{
    const SearchQuery parsed = SearchQuery::parse(query);
    if (!parsed.isValid()) {
        m_err << "reftel: " << parsed.errorString() << '\n';
        return UsageError;
    }
    const LibrarySearch::Result result = LibrarySearch(library).search(parsed, limit);
    if (!result.ok()) {
        if (library.damageSeen())
            return PartialFailure;
        m_err << "reftel: " << result.error << '\n';
        return PartialFailure;
    }
    // Never an answer from a half-built index without saying so.
    const int incomplete = m_unindexed > 0 ? PartialFailure : Success;
    if (m_unindexed > 0)
        m_err << "reftel: " << unindexedWarning(m_unindexed) << '\n';
    auto plain = [this](QString snippet) {
        const bool ansi = m_interactive;
        snippet.replace(LibrarySearch::HighlightStart, ansi ? QStringLiteral("\x1b[1m") : QStringLiteral("["));
        snippet.replace(LibrarySearch::HighlightEnd, ansi ? QStringLiteral("\x1b[0m") : QStringLiteral("]"));
        return snippet;
    };
    if (json) {
        QJsonArray hits;
        for (const LibrarySearch::Hit &hit : result.hits) {
            QString snippet = hit.snippet;
            snippet.remove(LibrarySearch::HighlightStart).remove(LibrarySearch::HighlightEnd);
            hits.append(QJsonObject{{QStringLiteral("id"), hit.cableId},
                                    {QStringLiteral("anchor"), hit.anchor},
                                    {QStringLiteral("paragraph"), hit.paragraphNumber},
                                    {QStringLiteral("rank"), hit.rank},
                                    {QStringLiteral("subject"), hit.subject},
                                    {QStringLiteral("created"), hit.created.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("origin"), hit.origin},
                                    {QStringLiteral("classification"), hit.classification},
                                    {QStringLiteral("snippet"), snippet}});
        }
        m_out << QJsonDocument(
            QJsonObject { { QStringLiteral("query"), query }, { QStringLiteral("total"), result.total },
                { QStringLiteral("totalIsLowerBound"), result.totalIsLowerBound }, { QStringLiteral("hits"), hits } })
                     .toJson(QJsonDocument::Indented);
        return incomplete;
    }
    // Each cable once, best first: its date, origin and subject, the
    // paragraphs that match in number order, and its best passage.
    const QList<CableHits> cables = groupByCable(library, parsed, limit);
    for (const CableHits &cable : cables) {
        const LibrarySearch::Hit &first = cable.hits.first();
        m_out << first.cableId << "  " << isoDate(first.created) << "  " << first.origin << "  " << first.classification
              << '\n';
        // The subject, its words marked when it matched; then the best paragraph's passage.
        QString subject = first.subject;
        const LibrarySearch::Hit *passage = nullptr;
        QList<const LibrarySearch::Hit *> paragraphs;
        for (const LibrarySearch::Hit &hit : cable.hits) {
            if (hit.kind == LibrarySearch::HitKind::Subject && !hit.snippet.isEmpty())
                subject = plain(hit.snippet);
            if (hit.kind != LibrarySearch::HitKind::Paragraph)
                continue;
            paragraphs << &hit;
            if (!passage)
                passage = &hit;
        }
        m_out << "    " << subject << '\n';
        if (!paragraphs.isEmpty()) {
            std::sort(
                paragraphs.begin(), paragraphs.end(), [](const LibrarySearch::Hit *a, const LibrarySearch::Hit *b) {
                    return std::pair(a->paragraphNumber, a->anchor) < std::pair(b->paragraphNumber, b->anchor);
                });
            QStringList numbers;
            for (const LibrarySearch::Hit *hit : std::as_const(paragraphs))
                numbers << hit->anchor.mid(hit->cableId.size());
            m_out << "    " << numbers.join(QStringLiteral(", ")) << '\n';
        }
        if (passage && !passage->snippet.isEmpty())
            m_out << "    " << plain(passage->snippet) << '\n';
    }
    // The count stops at a window of hits (LibrarySearch::RankWindow): say so.
    if (result.totalIsLowerBound) {
        m_out << tr("at least %1 hits (counting stops there)").arg(QLocale().toString(result.total))
              << tr(" (showing %n cable(s))", nullptr, int(cables.size())) << '\n';
        return incomplete;
    }
    const qint64 total = std::max<qint64>(SearchAdvice::count(library, query), cables.size());
    m_out << tr("%n cable(s)", nullptr, int(qMin<qint64>(total, std::numeric_limits<int>::max())))
          << (total > cables.size() ? tr(" (showing %1)").arg(cables.size()) : QString()) << '\n';
    return incomplete;
}

QList<CommandLine::CableHits> CommandLine::groupByCable(LibraryDatabase &library, const SearchQuery &query, int limit)
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

int CommandLine::runShow(LibraryDatabase &library, const QString &id, bool json)
{
    std::optional<Cable> cable = library.cables().load(id.trimmed().toUpper());
    if (!cable) {
        // A cable number as cables write it: "RIO DE JANEIRO 138", "SECSTATE 1234".
        const QStringList ids = ReferenceResolver(library).idsFor(id);
        if (ids.size() > 1) {
            m_err << "reftel: " << tr("%1 names %2 cables in the library, one a year: %3; add the year, or give the id.")
                                       .arg(id)
                                       .arg(ids.size())
                                       .arg(ids.join(QStringLiteral(", ")))
                  << '\n';
            return PartialFailure;
        }
        if (ids.size() == 1)
            cable = library.cables().load(ids.front());
    }
    if (!cable && library.damageSeen())
        return PartialFailure; // not "no such cable": run() says the library is damaged
    if (!cable) {
        m_err << "reftel: " << tr("%1: no such cable in the library %2").arg(id, library.path()) << '\n';
        return PartialFailure;
    }
    if (json)
        m_out << QJsonDocument(CableJson::toJson(*cable)).toJson(QJsonDocument::Indented);
    else
        m_out << CableText::plainText(*cable);
    return Success;
}

int CommandLine::runRefs(LibraryDatabase &library, const QString &id, bool json)
{
    const QString key = id.trimmed().toUpper();
    ReferenceResolver resolver(library);
    const QList<ReferenceResolver::Link> refs = resolver.references(key);
    const QList<ReferenceResolver::Link> citedBy = resolver.citedBy(key);
    const bool known = library.cables().contains(key);
    if (!known && citedBy.isEmpty() && library.damageSeen())
        return PartialFailure;
    if (!known && citedBy.isEmpty()) {
        m_err << "reftel: " << tr("%1: no such cable in the library %2").arg(id, library.path()) << '\n';
        return PartialFailure;
    }
    if (json) {
        auto links = [](const QList<ReferenceResolver::Link> &list, bool outgoing) {
            QJsonArray out;
            for (const ReferenceResolver::Link &l : list) {
                QJsonObject o{{QStringLiteral("letter"), l.letter},
                              {QStringLiteral("text"), l.text},
                              {QStringLiteral("state"), stateName(l.state)},
                              {QStringLiteral("citedId"), l.citedId},
                              {QStringLiteral("target"), l.targetId}};
                if (!outgoing)
                    o.insert(QStringLiteral("citingId"), l.citingId);
                if (!l.reason.isEmpty())
                    o.insert(QStringLiteral("reason"), l.reason);
                if (!l.otherSubject.isEmpty())
                    o.insert(QStringLiteral("subject"), l.otherSubject);
                out.append(o);
            }
            return out;
        };
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), key},
                                           {QStringLiteral("references"), links(refs, true)},
                                           {QStringLiteral("citedBy"), links(citedBy, false)}})
                     .toJson(QJsonDocument::Indented);
        return Success;
    }
    m_out << tr("References of %1:").arg(key) << '\n';
    if (refs.isEmpty())
        m_out << "  " << tr("none") << '\n';
    for (const ReferenceResolver::Link &l : refs) {
        m_out << "  " << (l.letter.isEmpty() ? QStringLiteral("-") : l.letter) << ". " << l.text << "  [" << stateName(l.state);
        if (!l.targetId.isEmpty())
            m_out << " → " << l.targetId;
        m_out << ']';
        if (!l.otherSubject.isEmpty())
            m_out << "  " << l.otherSubject;
        m_out << '\n';
        if (!l.reason.isEmpty())
            m_out << "       " << l.reason << '\n';
    }
    m_out << tr("Cited by:") << '\n';
    if (citedBy.isEmpty())
        m_out << "  " << tr("none in this library") << '\n';
    for (const ReferenceResolver::Link &l : citedBy) {
        m_out << "  " << l.citingId << "  [" << stateName(l.state) << "]";
        if (!l.otherSubject.isEmpty())
            m_out << "  " << l.otherSubject;
        m_out << '\n';
    }
    return Success;
}

int CommandLine::runStats(LibraryDatabase &library, bool json)
{
    const CableStore::Stats s = library.cables().stats();
    if (json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("library"), library.path()},
                                           {QStringLiteral("cables"), s.cables},
                                           {QStringLiteral("paragraphs"), s.paragraphs},
                                           {QStringLiteral("sources"), s.sources},
                                           {QStringLiteral("referencesResolved"), s.referencesResolved},
                                           {QStringLiteral("referencesProbable"), s.referencesProbable},
                                           {QStringLiteral("referencesMissing"), s.referencesMissing},
                                           {QStringLiteral("referencesNotCables"), s.referencesNotCables},
                                           {QStringLiteral("staleCables"), s.staleCables},
                                           {QStringLiteral("sizeOnDisk"), s.sizeOnDisk}})
                     .toJson(QJsonDocument::Indented);
        return Success;
    }
    const QLocale locale;
    m_out << tr("Library: %1").arg(library.path()) << '\n'
          << tr("Cables: %1 (from %2 saved files or rows)").arg(locale.toString(s.cables), locale.toString(s.sources)) << '\n'
          << tr("Paragraphs: %1").arg(locale.toString(s.paragraphs)) << '\n'
          << tr("References: %1 resolved, %2 probable, %3 missing, %4 not cables")
                 .arg(locale.toString(s.referencesResolved), locale.toString(s.referencesProbable),
                      locale.toString(s.referencesMissing), locale.toString(s.referencesNotCables))
          << '\n'
          << tr("Size on disk: %1").arg(locale.formattedDataSize(s.sizeOnDisk)) << '\n';
    if (s.staleCables > 0)
        m_out << tr("%n cable(s) were read by an older parser; import them again to refresh them.", nullptr, int(s.staleCables)) << '\n';
    return Success;
}
}

namespace Reftel
{
int CommandLine::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("reftel export: a report of cables and their annotations.\n\n"
                                        "The cables are those of --ids, --query and --tag together. Examples:\n"
                                        "  reftel export --pdf manas.pdf --query \"manas origin:astana\" --title \"Manas\"\n"
                                        "  reftel export --pdf r.pdf --html r.html --csv notes.csv --tag Russia/Military"));
    parser.addHelpOption();
    const QCommandLineOption library(QStringLiteral("library"), tr("Use the library <file> instead of the default one."), tr("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Use the language <code>."), tr("code"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write the report as PDF to <file>."), tr("file"));
    const QCommandLineOption html(QStringLiteral("html"), tr("Write the report as one HTML file to <file>."), tr("file"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Write the annotations as CSV to <file>."), tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write the annotations as JSON to <file>."), tr("file"));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Include the cables tagged <tag> (with its sub-tags); repeatable."), tr("tag"));
    const QCommandLineOption query(QStringLiteral("query"), tr("Include the cables the search <query> finds."), tr("query"));
    const QCommandLineOption ids(QStringLiteral("ids"), tr("Include these cables (more ids may follow, or separate them with commas)."), tr("id"));
    const QCommandLineOption title(QStringLiteral("title"), tr("The report's title."), tr("title"));
    const QCommandLineOption author(QStringLiteral("author"), tr("The report's author."), tr("name"));
    const QCommandLineOption paper(QStringLiteral("paper"), tr("Paper size: a4 (default) or letter."), tr("size"), QStringLiteral("a4"));
    const QCommandLineOption annotatedOnly(QStringLiteral("annotated-only"), tr("Only the paragraphs that carry an annotation."));
    const QCommandLineOption noNotes(QStringLiteral("no-notes"), tr("Leave the notes out."));
    const QCommandLineOption noIndex(QStringLiteral("no-tag-index"), tr("Leave the tag index out."));
    const QCommandLineOption noRefs(QStringLiteral("no-references"), tr("Leave the references out."));
    const QCommandLineOption noHeader(QStringLiteral("no-header"), tr("Leave the cables' header metadata out."));
    parser.addOptions({library, lang, pdf, html, csv, json, tag, query, ids, title, author, paper, annotatedOnly, noNotes, noIndex, noRefs, noHeader});
    parser.addPositionalArgument(QStringLiteral("export"), tr("the command"));
    m_helpText = parser.helpText();
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_realOut << m_helpText;
        m_realOut.flush();
        return Success;
    }

    QStringList positional = parser.positionalArguments();
    positional.removeOne(QStringLiteral("export"));
    ReportOptions options;
    for (const QString &value : parser.values(ids))
        options.ids += value.split(u',', Qt::SkipEmptyParts);
    if (!positional.isEmpty()) {
        if (!parser.isSet(ids))
            return usage(tr("unexpected argument \"%1\"").arg(positional.first()));
        for (const QString &value : std::as_const(positional))
            options.ids += value.split(u',', Qt::SkipEmptyParts);
    }
    options.query = parser.value(query);
    options.tags = parser.values(tag);
    options.title = parser.value(title);
    options.author = parser.value(author);
    const QString paperName = parser.value(paper).toLower();
    if (paperName != QLatin1String("a4") && paperName != QLatin1String("letter"))
        return usage(tr("--paper is a4 or letter"));
    options.paperSize = paperName == QLatin1String("letter") ? ReportOptions::PaperSize::Letter : ReportOptions::PaperSize::A4;
    options.annotatedOnly = parser.isSet(annotatedOnly);
    options.includeNotes = !parser.isSet(noNotes);
    options.includeTagIndex = !parser.isSet(noIndex);
    options.includeReferences = !parser.isSet(noRefs);
    options.includeHeader = !parser.isSet(noHeader);
    if (!parser.isSet(pdf) && !parser.isSet(html) && !parser.isSet(csv) && !parser.isSet(json))
        return usage(tr("export needs at least one of --pdf, --html, --csv and --json"));
    if (!options.hasSelection())
        return usage(tr("export needs cables: --ids, --query or --tag"));
    if ((parser.isSet(pdf) || parser.isSet(html)) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_err << "reftel: " << tr("a PDF or HTML report needs the graphical libraries (run reftel, not a console-only build)") << '\n';
        m_err.flush();
        return PartialFailure;
    }

    LibraryDatabase db;
    const QString path = parser.isSet(library) ? parser.value(library) : LibraryDatabase::defaultPath();
    if (!openLibrary(db, path, Use::Search))
        return openFailure(db, path);
    if (m_unindexed > 0 && !options.query.isEmpty())
        m_err << "reftel: " << unindexedWarning(m_unindexed) << '\n';

    ReportBuilder builder(db, options);
    QElapsedTimer sinceLast;
    sinceLast.start();
    auto progress = [this, &sinceLast](const QString &what) {
        return [this, &sinceLast, what](qint64 done, qint64 total) {
            if (!m_interactive || total <= 0 || (sinceLast.elapsed() < 200 && done < total))
                return;
            sinceLast.restart();
            m_err << '\r' << what.arg(done * 100 / total) << (done >= total ? "\n" : "");
            m_err.flush();
        };
    };
    int result = Success;
    auto fail = [this, &result](const QString &message) {
        m_err << "reftel: " << message << '\n';
        result = PartialFailure;
    };
    if (parser.isSet(pdf) || parser.isSet(html)) {
        builder.setProgress(progress(tr("Building the report… %1%")));
        std::optional<ReportDocument> report = builder.build();
        // A report made from a damaged library is not written: it may lack
        // what the damage hid.
        if (const QStringList problems = db.checkDamage(); !problems.isEmpty())
            return damaged(db, problems);
        if (!report) {
            fail(builder.errorString());
            m_err.flush();
            return PartialFailure;
        }
        ReportWriter writer;
        writer.setProgress(progress(tr("Writing pages… %1%")));
        if (parser.isSet(pdf)) {
            if (writer.writePdf(*report, parser.value(pdf)))
                m_out << tr("Wrote %1: %n page(s)", nullptr, report->document->pageCount()).arg(parser.value(pdf)) << '\n';
            else
                fail(writer.errorString());
        }
        if (parser.isSet(html)) {
            if (writer.writeHtml(*report, parser.value(html)))
                m_out << tr("Wrote %1").arg(parser.value(html)) << '\n';
            else
                fail(writer.errorString());
        }
        m_out << tr("%n cable(s), ", nullptr, report->cables) << tr("%n annotation(s)", nullptr, report->annotations) << '\n';
    }
    if (parser.isSet(csv) || parser.isSet(json)) {
        const QStringList cableIds = builder.selectCables();
        if (const QStringList problems = db.checkDamage(); !problems.isEmpty())
            return damaged(db, problems);
        if (cableIds.isEmpty()) {
            fail(builder.errorString());
        } else {
            AnnotationStore annotations(db);
            UserTagStore tags(db);
            AnnotationExport exporter(annotations, tags);
            if (parser.isSet(csv)) {
                if (exporter.writeCsv(parser.value(csv), cableIds))
                    m_out << tr("Wrote %1").arg(parser.value(csv)) << '\n';
                else
                    fail(exporter.errorString());
            }
            if (parser.isSet(json)) {
                if (exporter.writeJson(parser.value(json), cableIds))
                    m_out << tr("Wrote %1").arg(parser.value(json)) << '\n';
                else
                    fail(exporter.errorString());
            }
        }
    }
    m_out.flush();
    m_realOut << m_outBuffer;
    m_outBuffer.clear();
    m_realOut.flush();
    m_err.flush();
    if (m_unindexed > 0 && !options.query.isEmpty() && result == Success)
        result = PartialFailure;
    return result;
}
}
