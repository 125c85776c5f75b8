// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cablecodec.h"

#include <QDataStream>
#include <QIODevice>

namespace Reftel
{
namespace
{
// A field added to one of these types must be added to the codec, and to its
// test, or it is lost on the way from a parser process: the sizes stop the
// build when a type changes (on 64-bit machines, where they are known).
#if Q_PROCESSOR_WORDSIZE == 8
static_assert(sizeof(Cable) == 1096, "Cable changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(Routing) == 312, "Routing changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(Addressee) == 96, "Addressee changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(Banner) == 128, "Banner changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(Reference) == 96, "Reference changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(Citation) == 64, "Citation changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(TextSpan) == 32, "TextSpan changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(Paragraph) == 128, "Paragraph changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(Section) == 48, "Section changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(Classifier) == 96, "Classifier changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(DedupEntry) == 48, "DedupEntry changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(ParseWarning) == 40, "ParseWarning changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(TagInfo) == 80, "TagInfo changed: update CableCodec and tst_cablecodec");
static_assert(sizeof(PreparedCable) == 1128, "PreparedCable changed: update CableCodec and tst_cablecodec");
#endif

// The last value of each enum the codec carries: a larger one read is corrupt.
constexpr auto LastSourceFormat = SourceFormat::ReleaseCsv;
constexpr auto LastTagKind = TagInfo::Kind::Unknown;
constexpr auto LastSpanKind = TextSpan::Kind::Note;
constexpr auto LastDedupKind = DedupEntry::Kind::MetadataDump;
constexpr auto LastDedupIn = DedupEntry::In::Telegram;
constexpr auto LastWarningKind = ParseWarning::Kind::NulBytes;

bool ok(const QDataStream &in)
{
    return in.status() == QDataStream::Ok;
}

bool corrupt(QDataStream &in)
{
    in.setStatus(QDataStream::ReadCorruptData);
    return false;
}

// A count read is never larger than the bytes left (each element takes one
// at least), so a corrupt one cannot make the reader allocate without bound.
bool getCount(QDataStream &in, quint32 *count)
{
    in >> *count;
    if (!ok(in))
        return false;
    if (!in.device() || qint64(*count) > in.device()->bytesAvailable())
        return corrupt(in);
    return true;
}

template<typename E>
void putEnum(QDataStream &out, E value)
{
    out << quint8(value);
}

template<typename E>
bool getEnum(QDataStream &in, E *value, E last)
{
    quint8 raw = 0;
    in >> raw;
    if (!ok(in))
        return false;
    if (raw > quint8(last))
        return corrupt(in);
    *value = E(raw);
    return true;
}

template<typename T>
void put(QDataStream &out, const T &value)
{
    out << value;
}

template<typename T>
bool get(QDataStream &in, T *value)
{
    in >> *value;
    return ok(in);
}

// Offsets and lengths are qsizetype in memory, qint64 on the pipe.
void put(QDataStream &out, qsizetype value)
{
    out << qint64(value);
}

bool get(QDataStream &in, qsizetype *value)
{
    qint64 raw = 0;
    in >> raw;
    *value = qsizetype(raw);
    return ok(in);
}

template<typename T>
void put(QDataStream &out, const QList<T> &list);
template<typename T>
bool get(QDataStream &in, QList<T> *list);

void put(QDataStream &out, const Addressee &a)
{
    put(out, a.routingIndicator);
    put(out, a.name);
    put(out, a.precedence);
    put(out, a.serial);
}

bool get(QDataStream &in, Addressee *a)
{
    return get(in, &a->routingIndicator) && get(in, &a->name) && get(in, &a->precedence) && get(in, &a->serial);
}

void put(QDataStream &out, const Routing &r)
{
    put(out, r.transmissionId);
    put(out, r.precedenceLetter);
    put(out, r.precedenceName);
    put(out, r.relayStations);
    put(out, r.sendingStation);
    put(out, r.stationSerial);
    put(out, qint32(r.section));
    put(out, r.julianDateTime);
    put(out, r.classificationCode);
    put(out, r.dateTimeGroupText);
    put(out, r.dateTimeGroup);
    put(out, r.retransmission);
    put(out, r.from);
    put(out, r.to);
    put(out, r.info);
}

bool get(QDataStream &in, Routing *r)
{
    qint32 section = 0;
    const bool read = get(in, &r->transmissionId) && get(in, &r->precedenceLetter) && get(in, &r->precedenceName)
        && get(in, &r->relayStations) && get(in, &r->sendingStation) && get(in, &r->stationSerial) && get(in, &section)
        && get(in, &r->julianDateTime) && get(in, &r->classificationCode) && get(in, &r->dateTimeGroupText)
        && get(in, &r->dateTimeGroup) && get(in, &r->retransmission) && get(in, &r->from) && get(in, &r->to)
        && get(in, &r->info);
    r->section = section;
    return read;
}

void put(QDataStream &out, const Banner &b)
{
    put(out, b.text);
    put(out, b.level);
    put(out, b.caveats);
    put(out, qint32(b.section));
    put(out, qint32(b.sectionCount));
    put(out, b.post);
    put(out, b.serial);
}

bool get(QDataStream &in, Banner *b)
{
    qint32 section = 0;
    qint32 sectionCount = 0;
    const bool read = get(in, &b->text) && get(in, &b->level) && get(in, &b->caveats) && get(in, &section)
        && get(in, &sectionCount) && get(in, &b->post) && get(in, &b->serial);
    b->section = section;
    b->sectionCount = sectionCount;
    return read;
}

void put(QDataStream &out, const TagInfo &t)
{
    put(out, t.code);
    put(out, t.meaning);
    putEnum(out, t.kind);
    put(out, t.written);
}

bool get(QDataStream &in, TagInfo *t)
{
    return get(in, &t->code) && get(in, &t->meaning) && getEnum(in, &t->kind, LastTagKind) && get(in, &t->written);
}

void put(QDataStream &out, const Reference &r)
{
    put(out, r.letter);
    put(out, r.text);
    put(out, r.citedId);
    put(out, r.title);
}

bool get(QDataStream &in, Reference *r)
{
    return get(in, &r->letter) && get(in, &r->text) && get(in, &r->citedId) && get(in, &r->title);
}

void put(QDataStream &out, const Classifier &c)
{
    put(out, c.text);
    put(out, c.person);
    put(out, c.title);
    put(out, c.reasons);
}

bool get(QDataStream &in, Classifier *c)
{
    return get(in, &c->text) && get(in, &c->person) && get(in, &c->title) && get(in, &c->reasons);
}

void put(QDataStream &out, const Citation &c)
{
    put(out, c.start);
    put(out, c.length);
    put(out, c.letters);
    out << quint32(c.referenceIndexes.size());
    for (const int index : c.referenceIndexes)
        out << qint32(index);
}

bool get(QDataStream &in, Citation *c)
{
    quint32 count = 0;
    if (!get(in, &c->start) || !get(in, &c->length) || !get(in, &c->letters) || !getCount(in, &count))
        return false;
    c->referenceIndexes.clear();
    c->referenceIndexes.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        qint32 index = 0;
        in >> index;
        c->referenceIndexes.append(index);
    }
    return ok(in);
}

void put(QDataStream &out, const TextSpan &s)
{
    putEnum(out, s.kind);
    put(out, s.start);
    put(out, s.length);
    put(out, s.closed);
}

bool get(QDataStream &in, TextSpan *s)
{
    return getEnum(in, &s->kind, LastSpanKind) && get(in, &s->start) && get(in, &s->length) && get(in, &s->closed);
}

void put(QDataStream &out, const Paragraph &p)
{
    put(out, qint32(p.number));
    put(out, p.anchor);
    put(out, p.mark);
    put(out, p.text);
    put(out, p.citations);
    put(out, p.spans);
}

bool get(QDataStream &in, Paragraph *p)
{
    qint32 number = 0;
    const bool read = get(in, &number) && get(in, &p->anchor) && get(in, &p->mark) && get(in, &p->text)
        && get(in, &p->citations) && get(in, &p->spans);
    p->number = number;
    return read;
}

void put(QDataStream &out, const Section &s)
{
    put(out, s.heading);
    put(out, s.paragraphs);
}

bool get(QDataStream &in, Section *s)
{
    return get(in, &s->heading) && get(in, &s->paragraphs);
}

void put(QDataStream &out, const DedupEntry &d)
{
    putEnum(out, d.kind);
    putEnum(out, d.in);
    put(out, d.position);
    put(out, d.length);
    put(out, d.text);
}

bool get(QDataStream &in, DedupEntry *d)
{
    return getEnum(in, &d->kind, LastDedupKind) && getEnum(in, &d->in, LastDedupIn) && get(in, &d->position)
        && get(in, &d->length) && get(in, &d->text);
}

void put(QDataStream &out, const ParseWarning &w)
{
    putEnum(out, w.kind);
    put(out, w.message);
    put(out, w.position);
}

bool get(QDataStream &in, ParseWarning *w)
{
    return getEnum(in, &w->kind, LastWarningKind) && get(in, &w->message) && get(in, &w->position);
}

// Lists are written by hand, not with QDataStream's operators, whose reading
// reserves whatever count it reads.
template<typename T>
void put(QDataStream &out, const QList<T> &list)
{
    out << quint32(list.size());
    for (const T &item : list)
        put(out, item);
}

template<typename T>
bool get(QDataStream &in, QList<T> *list)
{
    quint32 count = 0;
    if (!getCount(in, &count))
        return false;
    list->clear();
    list->reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        T item;
        if (!get(in, &item))
            return false;
        list->append(std::move(item));
    }
    return true;
}

enum Flag : quint8
{
    DocumentIsDecoded = 1,
    TelegramIsSlice = 2,
    TelegramIsRebuilt = 4,
};

void putHeader(QDataStream &out, const Cable &c)
{
    put(out, c.id);
    put(out, c.created);
    put(out, c.createdCorrected);
    put(out, c.released);
    put(out, c.classification);
    put(out, c.origin);
    put(out, c.title);
    putEnum(out, c.format);
    put(out, c.sourceName);
    put(out, c.routing);
    put(out, c.banner);
    put(out, c.caveats);
    put(out, c.passingInstructions);
    put(out, c.declassification);
    put(out, c.declassifyOn);
    put(out, c.subjectTags);
    put(out, c.countryTags);
    put(out, c.subject);
    put(out, c.subjectMark);
    put(out, c.references);
    put(out, c.releaseReferences);
    put(out, c.classifiedBy);
}

bool getHeader(QDataStream &in, Cable *c)
{
    return get(in, &c->id) && get(in, &c->created) && get(in, &c->createdCorrected) && get(in, &c->released)
        && get(in, &c->classification) && get(in, &c->origin) && get(in, &c->title)
        && getEnum(in, &c->format, LastSourceFormat) && get(in, &c->sourceName) && get(in, &c->routing)
        && get(in, &c->banner) && get(in, &c->caveats) && get(in, &c->passingInstructions)
        && get(in, &c->declassification) && get(in, &c->declassifyOn) && get(in, &c->subjectTags)
        && get(in, &c->countryTags) && get(in, &c->subject) && get(in, &c->subjectMark) && get(in, &c->references)
        && get(in, &c->releaseReferences) && get(in, &c->classifiedBy);
}
}

void CableCodec::setUp(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_5);
    stream.setByteOrder(QDataStream::LittleEndian);
}

void CableCodec::write(QDataStream &out, const PreparedCable &prepared)
{
    const Cable &c = prepared.cable;
    quint8 flags = 0;
    if (prepared.documentIsDecoded)
        flags |= DocumentIsDecoded;
    if (prepared.telegramIsSlice)
        flags |= TelegramIsSlice;
    if (prepared.telegramIsRebuilt)
        flags |= TelegramIsRebuilt;
    out << flags;
    put(out, prepared.digest);
    putHeader(out, c);
    put(out, c.sections);
    put(out, c.signature);
    put(out, c.dedup);
    put(out, c.warnings);
    put(out, c.originalBytes);
    if (!prepared.documentIsDecoded)
        put(out, c.documentText);
    put(out, c.telegramOffset);
    if (prepared.telegramIsSlice)
        put(out, c.telegram.size());
    else
        put(out, c.telegram);
    put(out, qint32(c.parserVersion));
}

bool CableCodec::read(QDataStream &in, PreparedCable *prepared)
{
    Cable &c = prepared->cable;
    quint8 flags = 0;
    in >> flags;
    if (!ok(in))
        return false;
    if (flags & ~(DocumentIsDecoded | TelegramIsSlice | TelegramIsRebuilt))
        return corrupt(in);
    prepared->documentIsDecoded = flags & DocumentIsDecoded;
    prepared->telegramIsSlice = flags & TelegramIsSlice;
    prepared->telegramIsRebuilt = flags & TelegramIsRebuilt;
    if (!get(in, &prepared->digest) || !getHeader(in, &c) || !get(in, &c.sections) || !get(in, &c.signature)
        || !get(in, &c.dedup) || !get(in, &c.warnings) || !get(in, &c.originalBytes))
        return false;
    if (prepared->documentIsDecoded)
        c.documentText = QString::fromUtf8(c.originalBytes);
    else if (!get(in, &c.documentText))
        return false;
    if (!get(in, &c.telegramOffset))
        return false;
    if (prepared->telegramIsSlice) {
        qsizetype length = 0;
        if (!get(in, &length))
            return false;
        // The slice the writer found must be there in the text made again.
        if (c.telegramOffset < 0 || length < 0 || c.telegramOffset > c.documentText.size()
            || length > c.documentText.size() - c.telegramOffset)
            return corrupt(in);
        c.telegram = c.documentText.mid(c.telegramOffset, length);
    } else if (!get(in, &c.telegram)) {
        return false;
    }
    qint32 parserVersion = 0;
    if (!get(in, &parserVersion))
        return false;
    c.parserVersion = parserVersion;
    return true;
}
}
