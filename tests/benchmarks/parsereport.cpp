// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// reftel-parse-report [folder] [--tsv FILE] [--verbose]: what the parser finds in a folder
// of real pages (../shared/real/html when no folder is given): how many pages
// have a subject, TAGS, REF and a signature, the warnings of each kind, the
// most frequent unknown TAGS words, page markers left in paragraphs and empty
// paragraphs. --tsv writes one line per page (subject, tags, references,
// signature, warnings) for comparing two parser versions with diff.
#include "cableparser.h"
#include "documentparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Reftel;
using namespace Qt::StringLiterals;

namespace
{
const char *const RealHtml = REFTEL_SOURCE_DIR "/../shared/real/html";

struct Counts
{
    qsizetype pages = 0;
    qsizetype subject = 0;
    qsizetype tags = 0;
    qsizetype references = 0;
    qsizetype signature = 0;
    qsizetype markersLeft = 0;
    qsizetype emptyParagraphs = 0;
    qsizetype pagesWithoutParagraphs = 0;
    QHash<QString, qsizetype> warnings;
    QHash<QString, qsizetype> unknownTags;
    QStringList examples; // pages with an empty paragraph or a marker left, for --verbose
};

QString oneLine(QString s)
{
    return s.replace(u'\t', u' ').replace(u'\n', u' ');
}

QString tagList(const Cable &c, Counts &counts)
{
    QStringList out;
    for (const QList<TagInfo> *list : { &c.subjectTags, &c.countryTags }) {
        for (const TagInfo &t : *list) {
            out.append(t.known() ? t.code : t.code + u'?');
            if (!t.known())
                ++counts.unknownTags[t.code.toUpper()];
        }
    }
    return out.join(u' ');
}

void count(const Cable &c, Counts &counts, QTextStream *tsv, const QString &name)
{
    // The corpus test's marker pattern, in any letter case.
    static const QRegularExpression marker(
        u"\\b[A-Z]{3,} \\d{5,8} +\\d{3}(\\.\\d)? OF \\d{3}\\b|\\bPAGE \\d\\d [A-Z ]+ \\d{5} \\d\\d OF \\d\\d\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    ++counts.pages;
    counts.subject += c.subject.isEmpty() ? 0 : 1;
    counts.references += c.references.isEmpty() ? 0 : 1;
    counts.signature += c.signature.isEmpty() ? 0 : 1;
    const QString tags = tagList(c, counts);
    counts.tags += tags.isEmpty() ? 0 : 1;
    for (const Paragraph *p : c.paragraphs()) {
        if (p->text.trimmed().isEmpty()) {
            ++counts.emptyParagraphs;
            counts.examples.append(name + u": empty paragraph "_s + p->anchor);
        }
        if (marker.match(p->text).hasMatch()) {
            ++counts.markersLeft;
            counts.examples.append(name + u": page marker in "_s + p->anchor);
        }
    }
    counts.pagesWithoutParagraphs += c.paragraphCount() == 0 ? 1 : 0;
    QStringList warnings;
    for (const ParseWarning &w : c.warnings) {
        ++counts.warnings[warningKindName(w.kind)];
        warnings.append(warningKindName(w.kind) + u": "_s + oneLine(w.message));
    }
    if (!tsv)
        return;
    QStringList refs;
    for (const Reference &r : c.references)
        refs.append(r.letter + u'=' + (r.citedId.isEmpty() ? u'"' + r.text + u'"' : r.citedId));
    *tsv << name << '\t' << oneLine(c.subject) << '\t' << tags << '\t' << refs.join(u' ') << '\t'
         << oneLine(c.signature) << '\t' << warnings.join(u" | "_s) << '\n';
}

template<typename Map>
QList<std::pair<QString, qsizetype>> sorted(const Map &map)
{
    QList<std::pair<QString, qsizetype>> list;
    for (auto i = map.cbegin(); i != map.cend(); ++i)
        list.append({ i.key(), i.value() });
    std::sort(list.begin(), list.end(),
        [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    return list;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool verbose = args.removeAll(u"--verbose"_s) > 0;
    QString tsvPath;
    if (const qsizetype at = args.indexOf(u"--tsv"_s); at >= 0 && at + 1 < args.size()) {
        tsvPath = args[at + 1];
        args.remove(at, 2);
    }
    const QDir dir(args.isEmpty() ? QString::fromUtf8(RealHtml) : args.front());
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        std::fprintf(stderr, "%s: no pages (the real corpus ../shared/real/html is absent?)\n", qPrintable(dir.path()));
        return 1;
    }
    QFile tsvFile(tsvPath);
    QTextStream tsvStream(&tsvFile);
    QTextStream *tsv = nullptr;
    if (!tsvPath.isEmpty()) {
        if (!tsvFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(tsvPath));
            return 1;
        }
        tsv = &tsvStream;
    }
    Counts counts;
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const Cable &c : DocumentParser::parse(f.readAll(), name))
            count(c, counts, tsv, name);
    }
    std::printf(
        "parser version %d, %lld pages of %s\n", ParserVersion, qlonglong(counts.pages), qPrintable(dir.path()));
    std::printf("found: subject %lld, TAGS %lld, REF %lld, signature %lld\n", qlonglong(counts.subject),
        qlonglong(counts.tags), qlonglong(counts.references), qlonglong(counts.signature));
    std::printf("pages without paragraphs %lld, empty paragraphs %lld, paragraphs holding a page marker %lld\n",
        qlonglong(counts.pagesWithoutParagraphs), qlonglong(counts.emptyParagraphs), qlonglong(counts.markersLeft));
    std::printf("warnings:");
    for (const auto &[kind, n] : sorted(counts.warnings))
        std::printf(" %s %lld;", qPrintable(kind), qlonglong(n));
    qsizetype unknown = 0;
    for (const qsizetype n : std::as_const(counts.unknownTags))
        unknown += n;
    std::printf("\nunknown TAGS words: %lld (%lld distinct); the 30 most frequent:\n", qlonglong(unknown),
        qlonglong(counts.unknownTags.size()));
    const auto top = sorted(counts.unknownTags);
    for (qsizetype i = 0; i < top.size() && i < 30; ++i)
        std::printf("  %s %lld\n", qPrintable(top[i].first), qlonglong(top[i].second));
    if (verbose) {
        for (const QString &e : std::as_const(counts.examples))
            std::printf("%s\n", qPrintable(e));
    }
    return 0;
}
