// ctest-label: unit
// links: luming_core
// The record field table (issue 12 point 2) and the code tables (point 3): keys and DBF codes unique
// and valid, every field's accessors round-trip, every code reads back to its value (old strings on
// disk still read), and docs/schema.md is what the table generates.
#include "core/field_value_labels.h"
#include "core/road_fields.h"
#include "record_support.h"
#include "test_support.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace luming;

namespace {

// A record with every field set to something other than its default.
RoadRecord everyFieldSet() {
    RoadRecord r;
    r.seq = 29;
    r.action = RoadAction::Rename;
    r.name = QStringLiteral("港田路");
    r.oldName = QStringLiteral("港沟路");
    r.district = QStringLiteral("历城区");
    r.subdistricts = {QStringLiteral("港沟街道"), QStringLiteral("郭店街道")};
    r.lengthM = 2263;
    r.lengthApprox = true;
    r.widthMinM = 15;
    r.widthMaxM = 25;
    r.widthParts = {5, 15, 5};
    r.startDir = Direction::SouthEast;
    r.start = QStringLiteral("熙和街");
    r.endDir = Direction::NorthWest;
    r.end = QStringLiteral("华盛路");
    r.via = {QStringLiteral("港沟东路")};
    r.shape = Shape::L;
    r.plannedRefs = {QStringLiteral("华盛路")};
    r.pinyin = QStringLiteral("Gangtian Lu");
    r.note = QStringLiteral("备注");
    r.oldStart = QStringLiteral("甲");
    r.oldEnd = QStringLiteral("乙");
    r.source.text = QStringLiteral("(二十九)港田路。");
    r.source.offset = 4321;
    r.source.line = 179;
    return r;
}

} // namespace

class TestRoadFields : public QObject {
    Q_OBJECT

private slots:
    void keysAndDbfCodesAreUniqueAndValid() {
        QSet<QString> keys;
        QSet<QString> codes;
        static const QRegularExpression dbf(QStringLiteral("^[A-Z][A-Z0-9_]{0,9}$"));
        for (const RoadField& f : roadFields()) {
            QVERIFY2(!keys.contains(f.key), qPrintable(f.key));
            keys.insert(f.key);
            QVERIFY2(f.get && f.set, qPrintable(f.key));
            QVERIFY2(!f.chineseLabel.isEmpty() && !f.englishLabel.isEmpty() && !f.description.isEmpty(),
                     qPrintable(f.key));
            if (f.dbfCode.isEmpty())
                continue;
            QVERIFY2(dbf.match(f.dbfCode).hasMatch(), qPrintable(f.dbfCode)); // ASCII, ≤ 10 characters
            QVERIFY2(!codes.contains(f.dbfCode), qPrintable(f.dbfCode));
            codes.insert(f.dbfCode);
        }
    }

    void dbfCodesUnchanged_data() {
        // The exported attribute names before the table (geo/export/field_dictionary.cpp at a20a399).
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        const QList<QPair<const char*, const char*>> before{{"seq", "XH"},
                                                            {"action", "ZT"},
                                                            {"name", "DLMC"},
                                                            {"old_name", "YMC"},
                                                            {"district", "QXMC"},
                                                            {"subdistricts", "JDMC"},
                                                            {"length_m", "CD"},
                                                            {"length_approx", "CDYS"},
                                                            {"width_min_m", "KD_MIN"},
                                                            {"width_max_m", "KD_MAX"},
                                                            {"width_parts", "KDGC"},
                                                            {"start_dir", "QDFX"},
                                                            {"start", "QD"},
                                                            {"end_dir", "ZDFX"},
                                                            {"end", "ZD"},
                                                            {"via", "TJD"},
                                                            {"shape", "XZ"},
                                                            {"planned_refs", "GHDL"},
                                                            {"old_start", "YQD"},
                                                            {"old_end", "YZD"},
                                                            {"pinyin", "PY"},
                                                            {"note", "BZ"}};
        for (const auto& [key, code] : before)
            QTest::newRow(key) << QString::fromLatin1(key) << QString::fromLatin1(code);
    }
    void dbfCodesUnchanged() {
        QFETCH(QString, key);
        QFETCH(QString, code);
        const RoadField* f = roadField(key);
        QVERIFY(f);
        QCOMPARE(f->dbfCode, code);
    }

    void accessorsRoundTrip_data() {
        QTest::addColumn<QString>("key");
        for (const RoadField& f : roadFields())
            QTest::newRow(qPrintable(f.key)) << f.key;
    }
    void accessorsRoundTrip() {
        QFETCH(QString, key);
        const RoadField& f = *roadField(key);
        const RoadRecord full = everyFieldSet();
        // The value differs from a default record's, so the test sees the setter write it.
        RoadRecord r;
        QVERIFY2(!test::fieldDifferences(r, full).filter(key + u':').isEmpty(), "test record not set");
        QVERIFY(f.set(r, f.get(full)));
        QVERIFY2(test::fieldDifferences(r, full).filter(QRegularExpression(u'^' + key + u':')).isEmpty(),
                 qPrintable(test::fieldDifferences(r, full).join(u'\n')));
        // Null resets to the default.
        QVERIFY(f.set(r, QVariant()));
        QVERIFY(
            test::fieldDifferences(r, RoadRecord()).filter(QRegularExpression(u'^' + key + u':')).isEmpty());
    }

    void setterRefusesWrongTypeAndUnknownCode_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("action: unknown code") << "action" << QVariant(QStringLiteral("paint"));
        QTest::newRow("start_dir: not a direction") << "start_dir" << QVariant(QStringLiteral("东东"));
        QTest::newRow("shape: unknown code") << "shape" << QVariant(QStringLiteral("S"));
        QTest::newRow("name: a number") << "name" << QVariant(5);
        QTest::newRow("via: a string, not a list") << "via" << QVariant(QStringLiteral("经十路"));
        QTest::newRow("length_approx: text") << "length_approx" << QVariant(QStringLiteral("yes"));
    }
    void setterRefusesWrongTypeAndUnknownCode() {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        RoadRecord r;
        QVERIFY(!roadField(key)->set(r, value));
    }

    void directionCodes_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("opposite");
        QTest::addColumn<QPointF>("unit");
        const double d = 1 / std::sqrt(2.0);
        QTest::newRow("东") << "东" << int(Direction::East) << "西" << QPointF(1, 0);
        QTest::newRow("东南") << "东南" << int(Direction::SouthEast) << "西北" << QPointF(d, -d);
        QTest::newRow("南") << "南" << int(Direction::South) << "北" << QPointF(0, -1);
        QTest::newRow("西南") << "西南" << int(Direction::SouthWest) << "东北" << QPointF(-d, -d);
        QTest::newRow("西") << "西" << int(Direction::West) << "东" << QPointF(-1, 0);
        QTest::newRow("西北") << "西北" << int(Direction::NorthWest) << "东南" << QPointF(-d, d);
        QTest::newRow("北") << "北" << int(Direction::North) << "南" << QPointF(0, 1);
        QTest::newRow("东北") << "东北" << int(Direction::NorthEast) << "西南" << QPointF(d, d);
        QTest::newRow("none") << "" << int(Direction::None) << "" << QPointF(0, 0);
    }
    void directionCodes() {
        QFETCH(QString, code);
        QFETCH(int, direction);
        QFETCH(QString, opposite);
        QFETCH(QPointF, unit);
        const auto read = directionFromCode(code);
        QVERIFY(read.has_value());
        QCOMPARE(int(*read), direction);
        QCOMPARE(directionCode(*read), code);
        QCOMPARE(directionCode(luming::opposite(*read)), opposite);
        const QPointF u = unitVector(*read);
        QVERIFY(std::abs(u.x() - unit.x()) < 1e-12 && std::abs(u.y() - unit.y()) < 1e-12);
    }

    void codesRoundTrip() {
        for (Shape s : {Shape::None, Shape::Straight, Shape::L, Shape::Z, Shape::Loop, Shape::Turn})
            QCOMPARE(shapeFromCode(shapeCode(s)), std::optional<Shape>(s));
        for (GeometrySource s : {GeometrySource::None, GeometrySource::Schematic, GeometrySource::Layer})
            QCOMPARE(geometrySourceFromCode(geometrySourceCode(s)), std::optional<GeometrySource>(s));
        for (Placement p : {Placement::None, Placement::Anchor, Placement::District, Placement::City})
            QCOMPARE(placementFromCode(placementCode(p)), std::optional<Placement>(p));
        for (ReportKind k :
             {ReportKind::Length, ReportKind::Tie, ReportKind::Direction, ReportKind::Order,
              ReportKind::Anchor, ReportKind::Conflict, ReportKind::InsideDistrict, ReportKind::Bend,
              ReportKind::Crossing, ReportKind::Overlap, ReportKind::Readability})
            QCOMPARE(reportKindFromCode(reportKindCode(k)), std::optional<ReportKind>(k));
        // The strings files already hold.
        QCOMPARE(shapeFromCode(u"L"), std::optional<Shape>(Shape::L));
        QCOMPARE(geometrySourceFromCode(u"schematic"),
                 std::optional<GeometrySource>(GeometrySource::Schematic));
        QCOMPARE(reportKindFromCode(u"inside_district"),
                 std::optional<ReportKind>(ReportKind::InsideDistrict));
        QVERIFY(!shapeFromCode(u"l").has_value());
    }

    // Every code a code field can hold has a label in both languages (geo/core/field_value_labels.h), so
    // the viewer never shows a raw code; a few are checked word for word.
    void everyCodeHasLabels() {
        QList<QPair<QString, QString>> codes; // field key, code
        for (RoadAction a : {RoadAction::Name, RoadAction::Rename, RoadAction::Adjust, RoadAction::Cancel})
            codes.append({QStringLiteral("action"), actionCode(a)});
        for (int s = int(Shape::Straight); s <= int(Shape::Turn); ++s)
            codes.append({QStringLiteral("shape"), shapeCode(Shape(s))});
        for (int d = int(Direction::East); d <= int(Direction::NorthEast); ++d) {
            codes.append({QStringLiteral("start_dir"), directionCode(Direction(d))});
            codes.append({QStringLiteral("end_dir"), directionCode(Direction(d))});
        }
        int codeFields = 0;
        for (const RoadField& f : roadFields())
            codeFields += f.type == FieldType::Code ? 1 : 0;
        QSet<QString> keys;
        for (const auto& [key, code] : codes) {
            keys.insert(key);
            const QString english = fieldValueLabel(key, code, LabelLanguage::English);
            const QString chinese = fieldValueLabel(key, code, LabelLanguage::Chinese);
            QVERIFY2(english != code || code.front().isUpper(),
                     qPrintable(key + u' ' + code)); // "L" is its own word
            QVERIFY2(english.front().isUpper(), qPrintable(english));
            QVERIFY2(chinese.front().unicode() >= 0x4e00 || code.front().isUpper(), qPrintable(chinese));
        }
        QCOMPARE(keys.size(), codeFields); // every code field of the table is covered above
    }
    void valueLabels_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("chinese");
        QTest::addColumn<QString>("english");
        QTest::newRow("action rename") << "action"
                                       << "rename"
                                       << "更名"
                                       << "Renamed";
        QTest::newRow("shape straight") << "shape"
                                        << "straight"
                                        << "直线"
                                        << "Straight";
        QTest::newRow("shape L") << "shape"
                                 << "L"
                                 << "L 形"
                                 << "L-shaped";
        QTest::newRow("end_dir 东南") << "end_dir"
                                      << "东南"
                                      << "东南"
                                      << "South-east";
        QTest::newRow("an unknown code stays") << "shape"
                                               << "spiral"
                                               << "spiral"
                                               << "spiral";
        QTest::newRow("a text field stays") << "name"
                                            << "straight"
                                            << "straight"
                                            << "straight";
    }
    void valueLabels() {
        QFETCH(QString, key);
        QFETCH(QString, code);
        QFETCH(QString, chinese);
        QFETCH(QString, english);
        QCOMPARE(fieldValueLabel(key, code, LabelLanguage::Chinese), chinese);
        QCOMPARE(fieldValueLabel(key, code, LabelLanguage::English), english);
    }

    void schemaDocMatchesTable() {
        // docs/schema.md is `luming schema`'s output, committed; regenerate with
        //   build/cli/luming schema > docs/schema.md
        const QString path = QStringLiteral(LUMING_RESOURCES_DIR "/../docs/schema.md");
        const QString committed = QString::fromUtf8(test::readAll(path));
        QVERIFY2(!committed.isEmpty(), qPrintable(path + QStringLiteral(" is missing")));
        QVERIFY2(committed == roadFieldsMarkdown(),
                 "docs/schema.md differs from the field table: run build/cli/luming schema > docs/schema.md");
    }
};

QTEST_GUILESS_MAIN(TestRoadFields)
#include "tst_road_fields.moc"
