// ctest-label: gui
// links: luming_render luming_core
// paintLabel draws a road name as the plain text it is: markup in a name from a notice ("<b></b>",
// "&amp;", an <img>) is drawn character for character, never interpreted (issue 13, point 9).
#include "render/label_painter.h"
#include "render/map_style.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace luming;

namespace {

// From the first to the last column of `image` holding a pixel darker than mid-grey: the width of
// the drawn text, in pixels (0 when nothing was drawn).
int inkExtent(const QImage& image) {
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (qGray(image.pixel(x, y)) < 128) {
                if (first < 0)
                    first = x;
                last = x;
                break;
            }
        }
    }
    return first < 0 ? 0 : last - first + 1;
}

} // namespace

class TstLabelPainter : public QObject {
    Q_OBJECT
private slots:
    void markupIsDrawnAsText_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("bold tags around nothing") << QStringLiteral("<b></b>");
        QTest::newRow("an image tag") << QStringLiteral("<img src=\"x.png\">路");
        QTest::newRow("an entity") << QStringLiteral("&amp;&lt;路&gt;");
        QTest::newRow("a huge font") << QStringLiteral("<font size=\"7\">X</font>路");
        QTest::newRow("plain name (control row)") << QStringLiteral("港田路");
    }
    void markupIsDrawnAsText() {
        QFETCH(QString, name);
        QFont font;
        font.setPixelSize(16);
        const QFontMetricsF metrics(font);
        const double advance = metrics.horizontalAdvance(name);
        QImage image(int(advance) + 80, 60, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        PlacedLabel label;
        label.text = name;
        label.box.centre = QPointF(image.width() / 2.0, image.height() / 2.0);
        label.box.size = QSizeF(advance, metrics.height());
        {
            QPainter painter(&image);
            paintLabel(painter, font, label, MapStyle{});
        }
        // Drawn as text, the ink spans about the text's advance; as markup it would be empty (<b></b>),
        // shorter (&amp; → &) or far larger (<font size=7>).
        const int ink = inkExtent(image);
        QVERIFY2(ink >= 0.8 * advance && ink <= advance + 8,
                 qPrintable(QStringLiteral("ink over %1 px for an advance of %2 px").arg(ink).arg(advance)));
    }
};

QTEST_MAIN(TstLabelPainter)
#include "tst_label_painter.moc"
