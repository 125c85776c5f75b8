// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taginfo.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Reftel
{
// Bumped whenever the parser would turn the same input into a different Cable,
// so the store knows which stored cables to parse again.
// 4: the readers of issue 14 (TAGS, SUBJECT, REF, signature, banner tolerance, canonical post names, page markers in
// any case, no caveat or empty paragraphs); 3: the release CSV's \' is an apostrophe; 2: HALIFAX and other posts
// holding FAX, MEMO... are cables again
static constexpr int ParserVersion = 4;

// How a cable reached us; detected from the content, never from a file name.
enum class SourceFormat
{
    Unknown,
    SearchPage, // cable-search site text (label block, then the telegram)
    SearchPageFlattened, // the same with the routing block on one line
    BlogPage, // blog mirror text ("ID, TITLE" and a one-line metadata row)
    BareTelegram, // the telegram alone
    HtmlPage, // WikiLeaks cable page
    ReleaseCsv, // one row of the full-release CSV
};

QString sourceFormatName(SourceFormat format);

// One TO or INFO line of the routing block.
struct Addressee
{
    QString routingIndicator; // RUEHC
    QString name; // SECSTATE WASHDC
    QString precedence; // IMMEDIATE, PRIORITY, ROUTINE, FLASH or empty
    QString serial; // 4590, empty when the line has none
};

// The transmission header before the classification banner.
struct Routing
{
    QString transmissionId; // VZCZCXRO9782
    QString precedenceLetter; // O
    QString precedenceName; // IMMEDIATE
    QStringList relayStations; // the stations after the doubled precedence
    QString sendingStation; // RUEHTA
    QString stationSerial; // 0253
    int section = 0; // the /01 after the serial
    QString julianDateTime; // 0430516: day of year and time
    QString classificationCode; // CCCCC, SSSSS, UUUUU
    QString dateTimeGroupText; // 120516Z FEB 09, as written
    QDateTime dateTimeGroup; // the same in UTC
    bool retransmission = false; // ZDK
    QString from; // AMEMBASSY ASTANA
    QList<Addressee> to;
    QList<Addressee> info;

    bool isEmpty() const
    {
        return transmissionId.isEmpty() && from.isEmpty() && !dateTimeGroup.isValid() && to.isEmpty();
    }
};

// "C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000253"
struct Banner
{
    QString text; // the line as written, trimmed
    QString level; // CONFIDENTIAL, SECRET, UNCLASSIFIED, LIMITED OFFICIAL USE
    QStringList caveats; // NOFORN, SENSITIVE... written on the banner line
    int section = 0; // k of "SECTION k OF n", 0 when absent
    int sectionCount = 0; // n
    QString post; // ASTANA
    QString serial; // 000253
};

// One entry of the REF list.
struct Reference
{
    QString letter; // A, B... empty for a single unlettered reference
    QString text; // as written (joined across lines), without the letter
    QString citedId; // 09ASTANA674; empty for EMAIL, TELECON and the like
    QString title; // the parenthesised title, when given
    bool isCable() const { return !citedId.isEmpty(); }
};

// An in-text citation ("reftel A", "refs B and C", "reftel") inside a
// paragraph's text.
struct Citation
{
    qsizetype start = 0; // character offset in Paragraph::text
    qsizetype length = 0;
    QStringList letters; // the letters it names; empty when it names none ("reftel")
    // Indexes into Cable::references of the entries it links to. A bare
    // "reftel" links to the only reference when there is exactly one.
    QList<int> referenceIndexes;
};

// A SUMMARY, COMMENT or NOTE inside a paragraph.
struct TextSpan
{
    enum class Kind
    {
        Summary,
        Comment,
        Note
    };
    Kind kind = Kind::Summary;
    qsizetype start = 0; // character offset in Paragraph::text
    qsizetype length = 0;
    bool closed = false; // false when the END marker is missing (the span runs to the paragraph end)
};

struct Paragraph
{
    int number = 0; // 0 for an unnumbered paragraph
    // Stable link target "<id>¶<number>". Unnumbered paragraphs are counted
    // apart, in order, as "<id>¶u1", "<id>¶u2"...; a number that occurs twice
    // gets "-2", "-3" appended, so every anchor in a cable is unique and
    // stays the same between parser runs of the same input.
    QString anchor;
    QString mark; // the paragraph's own classification: C, U, SBU, S/NF...
    QString text; // flowing text without the number and mark
    QList<Citation> citations;
    QList<TextSpan> spans;
};

struct Section
{
    QString heading; // empty for the opening section
    QList<Paragraph> paragraphs;
};

// "Classified By: Ambassador Richard E. Hoagland: 1.4 (B),(D)"
struct Classifier
{
    QString text; // the whole statement, joined
    QString person; // Richard E. Hoagland
    QString title; // Ambassador
    QStringList reasons; // 1.4 (B), 1.4 (D)
    bool isEmpty() const { return text.isEmpty(); }
};

// Something the parser removed or repaired, with where it was.
struct DedupEntry
{
    enum class Kind
    {
        RepeatedHeader, // a second copy of the header block
        RepeatedBody, // a second copy of paragraphs already read
        PageMarker, // "ASTANA 00000253 002 OF 002", "PAGE 02 ROME 01196 01 OF 02"
        SiteBoilerplate, // lines the saving site added around the telegram
        BrokenEntity, // an HTML entity split over a line break, repaired
        MetadataDump, // a database dump ending in "header ends"
    };
    // Which text the range refers to: the decoded document (Cable::documentText)
    // or the telegram the parser read (Cable::telegram).
    enum class In
    {
        Document,
        Telegram
    };
    Kind kind = Kind::PageMarker;
    In in = In::Telegram;
    qsizetype position = 0;
    qsizetype length = 0;
    QString text; // what was removed, trimmed and shortened to one line
};

struct ParseWarning
{
    enum class Kind
    {
        ParagraphOutOfSequence,
        UnreadableReference,
        UnreadableDateTime,
        MissingSubject,
        NoBody,
        UnknownTag,
        TruncatedText,
        UnreadableHeader, // a header element that could not be read, with its text
        DeclaredIdentity, // the id came from the page's declaration or the routing, not the telegram's banner
        MissingId, // no source names an id; the message says what was tried
        NulBytes, // NUL bytes in the saved text, taken out
    };
    Kind kind = Kind::ParagraphOutOfSequence;
    QString message; // translated, for the user
    qsizetype position = -1; // offset in Cable::telegram, -1 when unknown
};

QString dedupKindName(DedupEntry::Kind kind); // translated, for display
QString warningKindName(ParseWarning::Kind kind); // stable identifier for logs and counts, not translated

// A cable as the rest of Reftel sees it: a plain value, cheap to copy
// (implicitly shared Qt containers).
struct Cable
{
    // Identity and the metadata the page declared, corrected where the
    // telegram proves it wrong.
    QString id; // 09ASTANA253
    QDateTime created; // UTC
    bool createdCorrected = false; // the page's time was replaced by the date-time group's
    QDateTime released; // UTC, when the page gave it
    QString classification; // CONFIDENTIAL, SECRET//NOFORN...
    QString origin; // Embassy Astana
    QString title; // the page's title; may be cut short by the site

    SourceFormat format = SourceFormat::Unknown;
    QString sourceName; // file name or "<file>:<row>"

    Routing routing;
    Banner banner;
    QStringList caveats; // SIPDIS, NOFORN, EXDIS...
    QStringList passingInstructions; // STATE FOR P, SCA/CEN...
    QString declassification; // text after "DECL:" (02/12/2019, N/A, 1.6X1)
    QDate declassifyOn; // when the text is a date

    QList<TagInfo> subjectTags;
    QList<TagInfo> countryTags;
    QString subject;
    QString subjectMark; // the subject's own classification ("(C) NEW CABINET" -> C), when it has one

    QList<Reference> references;
    QStringList releaseReferences; // the release's own list of cited ids (CSV)

    Classifier classifiedBy;
    QList<Section> sections;
    QString signature;

    QList<DedupEntry> dedup;
    QList<ParseWarning> warnings;

    QByteArray originalBytes; // the input, byte for byte
    QString documentText; // originalBytes decoded (the whole page)
    QString telegram; // the telegram text the parser read
    qsizetype telegramOffset = -1; // where telegram starts in documentText, -1 when it is not a plain slice

    int parserVersion = ParserVersion;

    qsizetype paragraphCount() const;
    QList<const Paragraph *> paragraphs() const;
    qsizetype dedupCount(DedupEntry::Kind kind) const;
};
}
