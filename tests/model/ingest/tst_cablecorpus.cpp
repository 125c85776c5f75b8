// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cableparser.h"
#include "documentparser.h"
#include "testdata.h"
#include "textscan.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Reftel;
using namespace Qt::StringLiterals;

// The 250 real WikiLeaks pages beside the checkout: every page imports with
// its own metadata and a clean body. Skipped when the folder is absent.
class TestCableCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realPages()
    {
        const QDir dir(QStringLiteral(REFTEL_SHARED_REAL_DIR "/html"));
        const QStringList files = dir.entryList({ u"*.html"_s }, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("The real corpus (../shared/real/html) is not available.");

        static const QRegularExpression cell(u"<td>\\s*<a[^>]*>([^<]*)</a>\\s*</td>"_s);
        static const QRegularExpression marker(
            u"\\b[A-Z]{3,} \\d{5,8} +\\d{3}(\\.\\d)? OF \\d{3}\\b|\\bPAGE \\d\\d [A-Z ]+ \\d{5} \\d\\d OF \\d\\d\\b"_s);
        qsizetype paragraphs = 0;
        qsizetype references = 0;
        qsizetype pagesWithRef = 0;
        qsizetype corrected = 0;
        QHash<QString, int> warnings;
        QHash<QString, int> removed;
        QStringList failures;
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const QString html = QString::fromUtf8(bytes);
            const qsizetype table = html.indexOf(u"<table class='cable'>"_s);
            QStringList cells;
            auto it = cell.globalMatch(html, table);
            while (it.hasNext() && cells.size() < 5)
                cells.append(it.next().captured(1).trimmed());
            QCOMPARE(cells.size(), 5);

            QString error;
            const QList<Cable> cables = DocumentParser::parse(bytes, name, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(cables.size(), 1);
            const Cable &c = cables.front();
            if (qEnvironmentVariableIsSet("REFTEL_SUMMARY")) {
                QStringList headings;
                for (const Section &sec : c.sections)
                    headings.append(sec.heading);
                qInfo("%s | paras=%lld | sig=%s | refs=%lld | headings=%s", qPrintable(name),
                    qlonglong(c.paragraphCount()), qPrintable(c.signature), qlonglong(c.references.size()),
                    qPrintable(headings.join(u" / "_s)));
            }
            if (qEnvironmentVariable("REFTEL_DUMP") == name) {
                qInfo("banner=%s subject=%s refs=%lld classifiedBy=%s", qPrintable(c.banner.text),
                    qPrintable(c.subject), qlonglong(c.references.size()), qPrintable(c.classifiedBy.text));
                for (const Paragraph *p : c.paragraphs())
                    qInfo("%s [%s] %s", qPrintable(p->anchor), qPrintable(p->mark), qPrintable(p->text.left(150)));
            }
            auto fail = [&](const QString &what) { failures.append(name + u": "_s + what); };
            if (c.id != cells[0])
                fail(u"id "_s + c.id);
            if (c.classification != cells[3])
                fail(u"classification "_s + c.classification);
            if (c.origin != cells[4])
                fail(u"origin "_s + c.origin);
            const QDateTime pageCreated = TextScan::parseDateTime(cells[1]);
            if (c.created.date() != pageCreated.date())
                fail(u"created "_s + c.created.toString(Qt::ISODate));
            if (c.createdCorrected) {
                ++corrected;
                if (c.created.time() != c.routing.dateTimeGroup.time())
                    fail(u"corrected time"_s);
            } else if (c.created != pageCreated) {
                fail(u"created time "_s + c.created.toString(Qt::ISODate));
            }
            QSet<QString> texts;
            for (const Paragraph *p : c.paragraphs()) {
                ++paragraphs;
                if (p->text.contains(u"header ends"_s))
                    fail(p->anchor + u" holds a metadata dump"_s);
                const QRegularExpressionMatch m = marker.match(p->text);
                if (m.hasMatch())
                    fail(p->anchor + u" holds a page marker: "_s + m.captured(0));
                if (p->text.size() > 20 && texts.contains(p->text))
                    fail(p->anchor + u" is repeated"_s);
                texts.insert(p->text);
            }
            bool hasRefLine = false;
            for (const QStringView line : QStringView(c.telegram).split(u'\n')) {
                const QStringView t = line.trimmed();
                if ((t.startsWith(u"REF:") || t.startsWith(u"REFS:") || t.startsWith(u"REF "))
                    && !t.sliced(4).trimmed().startsWith(u"NONE")) {
                    hasRefLine = true;
                    break;
                }
            }
            if (hasRefLine) {
                ++pagesWithRef;
                if (c.references.isEmpty())
                    fail(u"REF line not read"_s);
            }
            references += c.references.size();
            for (const ParseWarning &w : c.warnings) {
                ++warnings[warningKindName(w.kind)];
                if (qEnvironmentVariableIsSet("REFTEL_WARNINGS"))
                    qInfo("%s: %s: %s", qPrintable(name), qPrintable(warningKindName(w.kind)), qPrintable(w.message));
            }
            for (const DedupEntry &d : c.dedup)
                ++removed[dedupKindName(d.kind)];
        }
        QStringList w;
        for (auto i = warnings.cbegin(); i != warnings.cend(); ++i)
            w.append(i.key() + u'=' + QString::number(i.value()));
        w.sort();
        QStringList r;
        for (auto i = removed.cbegin(); i != removed.cend(); ++i)
            r.append(i.key() + u'=' + QString::number(i.value()));
        r.sort();
        qInfo("pages=%lld paragraphs=%lld references=%lld pagesWithRef=%lld createdCorrected=%lld",
            qlonglong(files.size()), qlonglong(paragraphs), qlonglong(references), qlonglong(pagesWithRef),
            qlonglong(corrected));
        qInfo("warnings: %s", qPrintable(w.join(u", "_s)));
        qInfo("removed: %s", qPrintable(r.join(u", "_s)));
        for (const QString &f : std::as_const(failures))
            qWarning("%s", qPrintable(f));
        QVERIFY2(failures.isEmpty(), qPrintable(QString::number(failures.size()) + u" failures"_s));
    }
};

QTEST_GUILESS_MAIN(TestCableCorpus)
#include "tst_cablecorpus.moc"
