// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabledocumentreader.h"

#include "baretelegramreader.h"
#include "blogpagereader.h"
#include "htmlpagereader.h"
#include "releasecsvreader.h"
#include "searchpagereader.h"
#include "textdecoder.h"
#include "textscan.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Reftel
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Reftel::CableDocumentReader", text);
}

SourceFormat detectText(QStringView text)
{
    if (HtmlPageReader::accepts(text))
        return SourceFormat::HtmlPage;
    if (SearchPageReader::accepts(text))
        return SourceFormat::SearchPage;
    if (BlogPageReader::accepts(text))
        return SourceFormat::BlogPage;
    if (BareTelegramReader::accepts(text))
        return SourceFormat::BareTelegram;
    return SourceFormat::Unknown;
}
}

SourceFormat CableDocumentReader::detect(const QByteArray &bytes)
{
    if (TextDecoder::looksBinary(bytes))
        return SourceFormat::Unknown;
    if (ReleaseCsvReader::looksLikeReleaseCsv(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 256))))
        return SourceFormat::ReleaseCsv;
    return detectText(TextDecoder::decode(bytes).text);
}

ReadResult CableDocumentReader::read(const QByteArray &bytes, const QString &sourceName)
{
    ReadResult result;
    if (TextScan::isBlank(QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 4096))))
        && bytes.trimmed().isEmpty()) {
        result.error = tr("%1: the file is empty.").arg(sourceName);
        return result;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (decoded.binary) {
        result.error = tr("%1: the file is not text (binary data); it holds no cable.").arg(sourceName);
        return result;
    }

    if (ReleaseCsvReader::looksLikeReleaseCsv(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 256)))) {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        ReleaseCsvReader csv(&buffer, sourceName);
        RawCable raw;
        while (csv.readNext(&raw))
            result.cables.append(std::move(raw));
        QStringList problems;
        for (const ReleaseCsvReader::SkippedRow &skipped : csv.skippedRows())
            problems.append(skipped.reason);
        if (!csv.errorString().isEmpty())
            problems.append(csv.errorString());
        result.error = problems.join(u'\n');
        return result;
    }

    const QString &text = decoded.text;
    RawCable raw;
    switch (detectText(text)) {
    case SourceFormat::HtmlPage:
        raw = HtmlPageReader::read(text);
        break;
    case SourceFormat::SearchPage:
        raw = SearchPageReader::read(text);
        break;
    case SourceFormat::BlogPage:
        raw = BlogPageReader::read(text);
        break;
    case SourceFormat::BareTelegram:
        raw = BareTelegramReader::read(text);
        break;
    default:
        result.error = tr("%1: not a cable (no telegram, cable page or release CSV recognised).").arg(sourceName);
        return result;
    }
    // A page that names its cable is stored with what it declares, however
    // little of the telegram it holds; the parser says what is missing.
    if (TextScan::isBlank(raw.telegram) && raw.id.trimmed().isEmpty()) {
        result.error = tr("%1: the page holds no telegram text.").arg(sourceName);
        return result;
    }
    raw.sourceName = sourceName;
    raw.originalBytes = bytes;
    raw.documentText = text;
    if (decoded.nulsRemoved > 0)
        raw.warnings.append(ParseWarning { ParseWarning::Kind::NulBytes,
            QCoreApplication::translate("Reftel::CableDocumentReader",
                "%n NUL byte(s) in the saved file were taken out of the text.", nullptr, int(decoded.nulsRemoved)) });
    result.cables.append(std::move(raw));
    return result;
}

ReadResult CableDocumentReader::readFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult result;
        result.error = tr("%1: cannot open the file (%2).").arg(name, file.errorString());
        return result;
    }
    return read(file.readAll(), name);
}
}
