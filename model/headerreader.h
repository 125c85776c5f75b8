// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"
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
    QString subject; // after "SUBJECT:", joined
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
// over the lines it wraps onto, up to the first line of the body.
class HeaderReader final
{
public:
    explicit HeaderReader(const TelegramLines &lines)
        : m_lines(lines)
    {
    }

    // Reads the block that starts at line from; returns the first line after it.
    qsizetype read(qsizetype from, HeaderFields &fields);

private:
    enum class Field
    {
        None,
        Subject,
        Ref,
        ClassifiedBy
    };

    bool takeKeyword(qsizetype &i, QStringView v);
    bool takeBanner(qsizetype i, QStringView v);
    void takeEo(qsizetype i, QStringView rest);
    void takeTags(qsizetype &i, QStringView rest);
    bool takeContinuation(qsizetype i, QStringView v);
    bool takeSubjectTail(qsizetype i, QStringView v);
    bool takeRefLine(QStringView v);
    bool takeClassifiedByLine(QStringView v);
    bool takeBeforeEo(qsizetype i, QStringView v);
    void startField(Field field)
    {
        m_field = field;
        m_afterBlank = false;
    }

    const TelegramLines &m_lines;
    HeaderFields *m_h = nullptr;
    Field m_field = Field::None;
    Field m_lastField = Field::None;
    bool m_sawBanner = false;
    bool m_sawSubjectOrTags = false;
    bool m_afterBlank = false;
    int m_classifiedLines = 0;
};
}
