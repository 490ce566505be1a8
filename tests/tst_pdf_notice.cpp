// A gazette as a PDF with a text layer: the test typesets the seed gazette into a PDF itself (QPdfWriter,
// CJK font), then reads it back through poppler — the same 59 records as from the text.
// ctest-label: system
// links: luming_project luming_notice Qt6::Gui
#include "project/notice_file.h"
#include "test_support.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace luming;

class TestPdfNotice : public QObject {
    Q_OBJECT
private slots:
    void gazetteAsPdf() {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("gazette.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QTextDocument doc;
            doc.setDefaultFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
            doc.setPlainText(QString::fromUtf8(test::readAll(test::seedNoticePath())));
            doc.print(&writer);
        }
        const ParseOutcome fromPdf = parseNoticeFile(pdf);
        QVERIFY2(fromPdf.status == ParseStatus::Ok, qPrintable(fromPdf.error));
        QVERIFY2(fromPdf.result.encoding.startsWith(QStringLiteral("PDF")),
                 qPrintable(fromPdf.result.encoding));
        const ParseOutcome fromText = parseNoticeFile(test::seedNoticePath());
        QCOMPARE(fromPdf.result.notices.size(), 1);
        const auto& a = fromPdf.result.notices.first();
        const auto& b = fromText.result.notices.first();
        QCOMPARE(a.docNumber, b.docNumber);
        QCOMPARE(a.date, b.date);
        QCOMPARE(a.roads.size(), 59);
        for (qsizetype i = 0; i < a.roads.size(); ++i) {
            QCOMPARE(a.roads[i].name, b.roads[i].name);
            QCOMPARE(a.roads[i].start, b.roads[i].start);
            QCOMPARE(a.roads[i].end, b.roads[i].end);
            QCOMPARE(a.roads[i].lengthM, b.roads[i].lengthM);
            QCOMPARE(a.roads[i].widthMaxM, b.roads[i].widthMaxM);
            QCOMPARE(a.roads[i].subdistricts, b.roads[i].subdistricts);
        }
    }

    void pdfWithoutText() {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("scan.pdf"));
        {
            QPdfWriter writer(pdf);
            QPainter painter(&writer);
            painter.fillRect(QRect(100, 100, 2000, 2000), Qt::gray); // an image-only page, as a scan would be
        }
        const ParseOutcome out = parseNoticeFile(pdf);
        QCOMPARE(out.status, ParseStatus::Unreadable);
        QVERIFY2(out.error.contains(QStringLiteral("scan.pdf")) && out.error.contains(QStringLiteral("OCR")),
                 qPrintable(out.error));
    }
};

QTEST_MAIN(TestPdfNotice)
#include "tst_pdf_notice.moc"
