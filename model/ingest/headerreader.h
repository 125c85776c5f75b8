// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
#include "lineclassifier.h"
#include "telegramlines.h"

#include <QString>
#include <QStringList>

namespace Reftel
{
// The header block's elements as written, before each is read by its own
// reader (TagsReader, SubjectReader, ReferenceParser, ClassifiedByReader).
struct HeaderFields
{
    Banner banner;
    QStringList caveats;
    QStringList passing;
    QString eo; // after "E.O."
    QString tags; // after "TAGS", joined across its lines
    QString subject; // after "SUBJECT:", its lines joined with line breaks
    QString refText; // after "REF:", joined
    bool hasRef = false;
    QString classifiedBy; // after "Classified By:", joined
    qsizetype subjectPosition = -1; // offsets in the telegram, -1 when absent
    qsizetype tagsPosition = -1;
    qsizetype refPosition = -1;

    // A repeated header block fills what the first one lacked, or replaces
    // an element the first one cut short with "...".
    void merge(const HeaderFields &other);
};

// Finds the header block's lines: the banner, caveats and passing
// instructions, E.O., TAGS, SUBJECT, REF and Classified By, each gathered
// over the lines it wraps onto, up to the first line of the body. Where a
// lost line break glued one element onto another ("SUBJECT: FLOODS REF: A)
// LIMA 12"), the line is cut in two first, so each reader gets its own text.
class HeaderReader final
{
public:
    explicit HeaderReader(TelegramLines &lines)
        : m_lines(lines)
    {
    }

    // Reads the block that starts at line from; returns the first line after it.
    qsizetype read(qsizetype from, HeaderFields &fields);

    // The first line of the header block: the banner, or the TAGS, SUBJECT or
    // E.O. lines some pages put just before it. banner is the banner's line.
    static qsizetype blockStart(const TelegramLines &lines, qsizetype banner);

private:
    enum class Field
    {
        None,
        Subject,
        Tags,
        Ref,
        ClassifiedBy
    };

    void splitGlued(qsizetype i);
    bool mayHoldGlued(LineClassifier::Role role) const;
    bool takeKeyword(qsizetype &i, QStringView v);
    bool takeBanner(QStringView v);
    void takeEo(qsizetype i, QStringView rest);
    void takeTags(qsizetype i, QStringView rest);
    bool takeContinuation(qsizetype i, QStringView v);
    bool takeTagsLine(QStringView v);
    bool takeSubjectTail(qsizetype i, QStringView v);
    bool takeRefLine(QStringView v);
    bool takeClassifiedByLine(QStringView v);
    bool takeBeforeEo(qsizetype i, QStringView v);
    void startField(Field field)
    {
        m_field = field;
        m_afterBlank = false;
    }

    TelegramLines &m_lines;
    HeaderFields *m_h = nullptr;
    Field m_field = Field::None;
    Field m_lastField = Field::None;
    bool m_sawBanner = false;
    bool m_sawSubjectOrTags = false;
    bool m_afterBlank = false;
    int m_classifiedLines = 0;
};
}
