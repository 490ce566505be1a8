// ctest-label: unit
// links: luming_districts luming_core
// Which polygon a notice's 区 means: the name as printed, in traditional characters, with spaces from OCR,
// or with another suffix (the boundaries predate a 县 → 区 change); an unknown 区 has none.
#include "districts/district_lookup.h"

#include <QTest>

using namespace luming;

namespace {

QList<DistrictPolygon> boundaries() {
    QList<DistrictPolygon> list;
    for (const char* name : {"市南区", "即墨区", "胶州市", "济阳县", "龙湖区"})
        list.append(DistrictPolygon{QString::fromUtf8(name), QString(), {}, QStringLiteral("test")});
    return list;
}

} // namespace

class TstDistrictLookup : public QObject {
    Q_OBJECT
private slots:
    void matches_data() {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("polygon"); // empty: none
        QTest::addColumn<bool>("renamed");
        QTest::newRow("exact") << QStringLiteral("市南区") << QStringLiteral("市南区") << false;
        QTest::newRow("traditional 區") << QStringLiteral("即墨區") << QStringLiteral("即墨区") << false;
        QTest::newRow("traditional 龍湖區") << QStringLiteral("龍湖區") << QStringLiteral("龙湖区") << false;
        QTest::newRow("OCR space") << QStringLiteral("即 墨 区") << QStringLiteral("即墨区") << false;
        QTest::newRow("县 became 区") << QStringLiteral("济阳区") << QStringLiteral("济阳县") << true;
        QTest::newRow("县 became 区, traditional")
            << QStringLiteral("濟陽區") << QStringLiteral("济阳县") << true;
        QTest::newRow("市 as 区") << QStringLiteral("胶州区") << QStringLiteral("胶州市") << true;
        QTest::newRow("unknown") << QStringLiteral("崂山区") << QString() << false;
        QTest::newRow("empty") << QString() << QString() << false;
    }
    void matches() {
        QFETCH(QString, printed);
        QFETCH(QString, polygon);
        QFETCH(bool, renamed);
        const QList<DistrictPolygon> list = boundaries();
        bool wasRenamed = false;
        const DistrictPolygon* found = findDistrictPolygon(list, printed, &wasRenamed);
        QCOMPARE(found ? found->name : QString(), polygon);
        QCOMPARE(wasRenamed, renamed);
    }
};

QTEST_GUILESS_MAIN(TstDistrictLookup)
#include "tst_district_lookup.moc"
