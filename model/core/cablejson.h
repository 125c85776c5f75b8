// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cable.h"

#include <QJsonObject>

#include <optional>

namespace Reftel
{
// A cable as structured JSON, for "reftel show --json" and exports: every
// header field, the references, the sections and paragraphs with their
// anchors, citations and spans, and the deduplication report. The original
// text is left out unless asked for (it can be large).
//
// The pieces whose shape the library's rows share (CableRowCodec) are public,
// so that one function writes each and one reads it back.
class CableJson final
{
public:
    enum class Original
    {
        Omit,
        Include
    };
    static QJsonObject toJson(const Cable &cable, Original original = Original::Omit);

    // Empty::Omit leaves out what is not set (a stored row: most fields of
    // most cables are empty); Empty::Keep writes every key (an export).
    enum class Empty
    {
        Keep,
        Omit
    };
    static QJsonObject classifier(const Classifier &classifier, Empty empty = Empty::Keep);
    static Classifier classifierFrom(const QJsonObject &object);

    // Stable keys, never translated: "summary", "comment", "note".
    static QLatin1StringView spanKindKey(TextSpan::Kind kind);
    static std::optional<TextSpan::Kind> spanKindFrom(QStringView key);

    // ISO 8601 in UTC; empty for an invalid time.
    static QString dateTimeText(const QDateTime &dateTime);
    static QStringList stringsFrom(const QJsonArray &array);
};
}
