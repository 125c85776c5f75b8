// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The parser's header readers on their own, each on the same text as if it
// were the element it reads: the TAGS list, the subject, the REF list, the
// Classified By statement, the E.O. line, a banner, page markers, the last
// lines with the signature, a written cable number. The telegram target
// reaches them only through the line classifier; here every input is theirs.
#include "bannerreader.h"
#include "canonicalid.h"
#include "classifiedbyreader.h"
#include "declassificationreader.h"
#include "fuzzchecks.h"
#include "lineclassifier.h"
#include "pagemarkers.h"
#include "referenceparser.h"
#include "signaturereader.h"
#include "subjectreader.h"
#include "tagsreader.h"

using namespace Reftel;

namespace
{
// An offset a reader returns into its text: -1 for none, else inside it.
void checkOffset(qsizetype at, const QString &text)
{
    FUZZ_CHECK(at >= -1 && at <= text.size());
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzChecks::text(data, size);

    const TagsReader::Result tags = TagsReader::read(text);
    for (const TagInfo &t : tags.tags)
        FUZZ_CHECK(!t.code.isEmpty());
    qsizetype listStart = 0;
    const qsizetype keyword = TagsReader::findKeyword(text, &listStart);
    checkOffset(keyword, text);
    if (keyword >= 0)
        FUZZ_CHECK(listStart >= keyword && listStart <= text.size());

    SubjectReader::read(text);
    checkOffset(SubjectReader::keyword(text), text);

    QStringList unreadable;
    const QList<Reference> refs = ReferenceParser::parseList(text, 9, &unreadable);
    checkOffset(ReferenceParser::listEnd(text), text);
    for (const Citation &c : ReferenceParser::findCitations(text, refs)) {
        FUZZ_CHECK(FuzzChecks::inside(c.start, c.length, text.size()));
        for (const int r : c.referenceIndexes)
            FUZZ_CHECK(r >= 0 && r < refs.size());
    }
    for (const Reference &r : refs)
        ReferenceParser::titleMatches(r.title, text);

    ClassifiedByReader::read(text);
    checkOffset(ClassifiedByReader::statementEnd(text), text);
    DeclassificationReader::read(text);

    const BannerReader::Result banner = BannerReader::read(text);
    FUZZ_CHECK(banner.length >= 0 && banner.length <= text.size());

    qsizetype rest = 0;
    if (PageMarkers::isMarkerLine(text, &rest))
        FUZZ_CHECK(rest >= 0 && rest <= text.size());
    qsizetype previousEnd = 0;
    for (const auto &[start, end] : PageMarkers::findInText(text)) {
        FUZZ_CHECK(start >= previousEnd && start <= end && end <= text.size());
        previousEnd = end;
    }
    PageMarkers::withoutMarkers(text);

    LineClassifier::Role role = LineClassifier::Role::Text;
    checkOffset(LineClassifier::gluedElement(text, 1, &role), text);
    checkOffset(LineClassifier::actionRequestAt(text, 0), text);
    LineClassifier::role(text, &rest);

    SignatureReader::read(text);
    CanonicalId::make(CanonicalId::read(text), 9);
    return 0;
}
