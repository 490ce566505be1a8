// Evidence per field (issue 8 point 2): every field the reader fills says which rule produced it and
// quotes where it is printed — across layouts, on every record of the seed notice, and through JSON.
// ctest-label: system
// links: luming_notice luming_io luming_text luming_core
#include "core/road_fields.h"
#include "io/notice_json_reader.h"
#include "io/notice_json_writer.h"
#include "notice/notice_parser.h"
#include "test_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace luming;

namespace {

// The fields the reader decides from the text (the rest are numbering, provenance or free remarks).
const QList<FieldId> kReadFields = {
    FieldId::Action,       FieldId::Name,    FieldId::OldName,     FieldId::District,
    FieldId::Subdistricts, FieldId::LengthM, FieldId::WidthMinM,   FieldId::WidthMaxM,
    FieldId::StartDir,     FieldId::Start,   FieldId::EndDir,      FieldId::End,
    FieldId::Via,          FieldId::Shape,   FieldId::PlannedRefs, FieldId::Pinyin};

bool hasValue(const RoadRecord& r, FieldId id) {
    const RoadField& f = roadField(id);
    const QVariant v = f.get(r);
    if (!v.isValid())
        return false;
    if (f.type == FieldType::TextList)
        return !v.toStringList().isEmpty();
    return true;
}

// The 1-based line `offset` falls on.
int lineOf(const QString& text, qsizetype offset) {
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

QString lineText(const QString& text, int line) {
    return text.split(u'\n').value(line - 1);
}

const QString kTitle = QStringLiteral("济南市人民政府关于部分道路命名的通知\n\n各区人民政府：\n"
                                      "经研究，现对以下道路予以命名：\n");

} // namespace

class TestNoticeEvidence : public QObject {
    Q_OBJECT
private slots:
    void fieldIdsFollowTheTable() {
        const auto& fields = roadFields();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QCOMPARE(int(fields[i].id), int(i));
            QCOMPARE(&roadField(fields[i].id), &fields[i]);
        }
        QCOMPARE(roadField(FieldId::Start).key, QStringLiteral("start"));
        QCOMPARE(roadField(FieldId::SourceLine).key, QStringLiteral("source_line"));
    }

    // One field of the first record of a small notice: its rule and the printed text it quotes.
    void ruleAndSpan_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("quoted");
        // clang-format off
        const QString item = QStringLiteral("一、祈福街。位于市中区陡沟街道，东起观音祠路，西至英雄山路，长447米，宽18米。\n");
        QTest::newRow("list item: start") << item << "start" << "start.dir_qi" << "东起观音祠路";
        QTest::newRow("list item: start_dir") << item << "start_dir" << "start.dir_qi" << "东起观音祠路";
        QTest::newRow("list item: end") << item << "end" << "end.dir_zhi" << "西至英雄山路";
        QTest::newRow("list item: length") << item << "length_m" << "length.clause" << "长447米";
        QTest::newRow("list item: width") << item << "width_min_m" << "width.clause" << "宽18米";
        QTest::newRow("list item: district") << item << "district" << "district.item_location" << "市中区";
        QTest::newRow("list item: street") << item << "subdistricts" << "subdistricts.item_location" << "陡沟街道";
        QTest::newRow("list item: name") << item << "name" << "name.dot" << "祈福街。";
        QTest::newRow("list item: action") << item << "action" << "action.default_name" << "祈福街。";

        const QString range = QStringLiteral("1.祈福街：南起观音祠路，北至英雄山路，长约1.2公里，宽15～25米，位于历城区。\n");
        QTest::newRow("numbered, colon: width range") << range << "width_max_m" << "width.range" << "宽15～25米";
        QTest::newRow("numbered, colon: length in km") << range << "length_m" << "length.clause" << "长约1.2公里";
        QTest::newRow("numbered, colon: start") << range << "start" << "start.dir_qi" << "南起观音祠路";
        QTest::newRow("numbered, colon: name") << range << "name" << "name.colon" << "祈福街：";

        const QString turn = QStringLiteral("（二十九）港田路。北起熙和街，南至港沟东路折向西至华盛路的“L”型道路，长2263米。\n");
        QTest::newRow("turn: end") << turn << "end" << "end.after_turn" << "至华盛路";
        QTest::newRow("turn: end_dir") << turn << "end_dir" << "turn.dir" << "折向西";
        QTest::newRow("turn: via") << turn << "via" << "via.middle_leg" << "南至港沟东路";
        QTest::newRow("turn: shape") << turn << "shape" << "shape.marker" << "的“L”型道路";

        const QString rename = QStringLiteral("一、祈福街。原名观音路，现更名为祈福街，东起观音祠路，西至英雄山路。\n");
        QTest::newRow("rename: action") << rename << "action" << "action.item_verb" << "更名为";
        QTest::newRow("rename: old_name") << rename << "old_name" << "old_name.former" << "原名观音路";

        const QString table = QStringLiteral("| 序号 | 道路名称 | 起点 | 终点 | 长度(米) | 宽度(米) | 所在区 |\n"
                                             "| 1 | 祈福街 | 观音祠路 | 英雄山路 | 447 | 18 | 市中区 |\n");
        QTest::newRow("table row: start") << table << "start" << "table.column.start/start.qi" << "观音祠路";
        QTest::newRow("table row: end") << table << "end" << "table.column.end/end.point" << "英雄山路";
        QTest::newRow("table row: length") << table << "length_m" << "table.column.length" << "447";
        QTest::newRow("table row: width") << table << "width_min_m" << "table.column.width" << "18";
        QTest::newRow("table row: district") << table << "district" << "table.column.district" << "市中区";
        QTest::newRow("table row: name") << table << "name" << "table.column.name" << "祈福街";

        const QString prose = QStringLiteral("现将位于历下区的一条道路命名为祈福街，该路东起观音祠路，西至英雄山路，长447米，宽18米。\n");
        QTest::newRow("prose: name") << prose << "name" << "name.prose_naming_sentence" << "命名为祈福街";
        QTest::newRow("prose: action") << prose << "action" << "action.naming_verb" << "命名为祈福街";
        QTest::newRow("prose: end") << prose << "end" << "end.dir_zhi" << "西至英雄山路";
        QTest::newRow("prose: district") << prose << "district" << "district.item_location" << "历下区";
        QTest::newRow("prose: length") << prose << "length_m" << "length.clause" << "长447米";

        const QString traditional = QStringLiteral("一、祈福街。位於市中區陡溝街道，東起觀音祠路，西至英雄山路，長447米，寬18米。\n");
        QTest::newRow("traditional: start") << traditional << "start" << "start.dir_qi" << "東起觀音祠路";
        QTest::newRow("traditional: district") << traditional << "district" << "district.item_location" << "市中區";
        QTest::newRow("traditional: street") << traditional << "subdistricts" << "subdistricts.item_location" << "陡溝街道";
        QTest::newRow("traditional: width") << traditional << "width_min_m" << "width.clause" << "寬18米";
        QTest::newRow("traditional: length") << traditional << "length_m" << "length.clause" << "長447米";

        const QString heading = QStringLiteral("一、市中区\n（一）祈福街。东起观音祠路，西至英雄山路，长447米，宽18米。\n");
        QTest::newRow("section heading: district") << heading << "district" << "district.heading" << "一、市中区";
        // clang-format on
    }

    void ruleAndSpan() {
        QFETCH(QString, body);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        QFETCH(QString, quoted);
        const QString text = kTitle + body;
        const ParseOutcome out = NoticeParser::parseText(text, QStringLiteral("evidence.txt"));
        QCOMPARE(out.status, ParseStatus::Ok);
        QVERIFY(!out.result.notices.isEmpty());
        QVERIFY(!out.result.notices.first().roads.isEmpty());
        const RoadRecord& r = out.result.notices.first().roads.first();
        const RoadField* f = roadField(field);
        QVERIFY(f);
        QStringList noted;
        for (auto it = r.evidence.cbegin(); it != r.evidence.cend(); ++it)
            noted << roadField(it.key()).key + u'=' + it->rule;
        QVERIFY2(r.evidence.contains(f->id),
                 qPrintable(QStringLiteral("no evidence for %1 (%2: \"%3\"; noted: %4)")
                                .arg(field, r.name, f->get(r).toString(), noted.join(u' '))));
        const FieldEvidence e = r.evidence.value(f->id);
        QCOMPARE(e.rule, rule);
        QCOMPARE(e.text, quoted);
        QCOMPARE(text.mid(e.offset, e.text.size()), e.text);
        QCOMPARE(e.line, lineOf(text, e.offset));
    }

    // Every field of the seed's 59 records that has a value has evidence whose text is printed at its
    // offset, on its line: offsets that drift fail here.
    void seedEveryValueHasEvidence() {
        const QString path = test::seedNoticePath();
        const ParseOutcome out = NoticeParser::parseFile(path);
        QCOMPARE(out.status, ParseStatus::Ok);
        QCOMPARE(out.result.notices.size(), 1);
        const Notice& n = out.result.notices.first();
        QCOMPARE(n.roads.size(), 59);
        const QString original = QString::fromUtf8(test::readAll(path));
        int checked = 0;
        int spansBroken = 0;
        for (const RoadRecord& r : n.roads) {
            for (FieldId id : kReadFields) {
                const QString where = QStringLiteral("#%1 %2 %3").arg(r.seq).arg(r.name, roadField(id).key);
                if (!hasValue(r, id)) {
                    QVERIFY2(!r.evidence.contains(id),
                             qPrintable(where + QStringLiteral(": evidence, no value")));
                    continue;
                }
                QVERIFY2(r.evidence.contains(id), qPrintable(where + QStringLiteral(": no evidence")));
                const FieldEvidence e = r.evidence.value(id);
                QVERIFY2(!e.rule.isEmpty() && !e.text.isEmpty(), qPrintable(where));
                QVERIFY2(
                    original.mid(e.offset, e.text.size()) == e.text,
                    qPrintable(where +
                               QStringLiteral(": \"%1\" is not at offset %2").arg(e.text).arg(e.offset)));
                QVERIFY2(e.line == lineOf(original, e.offset), qPrintable(where));
                // A value the print broke over lines quotes each part on the line that holds it.
                const QStringList parts = e.text.split(u'\n');
                for (qsizetype k = 0; k < parts.size(); ++k)
                    QVERIFY2(lineText(original, e.line + int(k)).contains(parts[k].trimmed()),
                             qPrintable(where +
                                        QStringLiteral(": \"%1\" not on line %2").arg(e.text).arg(e.line)));
                spansBroken += parts.size() > 1 ? 1 : 0;
                ++checked;
            }
        }
        QVERIFY(checked > 59 * 8);
        qInfo("seed: %d field values checked against their evidence (%d quoted over a printed line break)",
              checked, spansBroken);
    }

    // The same over every development sample (lists, tables, prose, traditional text, garbled mirrors):
    // every value the reader gives has evidence, printed where it says.
    void samplesEveryValueHasEvidence_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(test::testDataPath(QStringLiteral("samples")));
        for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void samplesEveryValueHasEvidence() {
        QFETCH(QString, path);
        const ParseOutcome out = NoticeParser::parseFile(path);
        if (out.status == ParseStatus::NoNotice)
            QSKIP("not a notice (a negative sample)");
        QCOMPARE(out.status, ParseStatus::Ok);
        const QString original = QString::fromUtf8(test::readAll(path));
        int roads = 0;
        int checked = 0;
        for (const Notice& n : out.result.notices) {
            roads += int(n.roads.size());
            for (const RoadRecord& r : n.roads) {
                for (FieldId id : kReadFields) {
                    const QString where =
                        QStringLiteral("#%1 %2 %3").arg(r.seq).arg(r.name, roadField(id).key);
                    if (!hasValue(r, id))
                        continue;
                    QVERIFY2(r.evidence.contains(id), qPrintable(where + QStringLiteral(": no evidence")));
                    const FieldEvidence e = r.evidence.value(id);
                    QVERIFY2(original.mid(e.offset, e.text.size()) == e.text && !e.text.isEmpty(),
                             qPrintable(where +
                                        QStringLiteral(": \"%1\" is not at %2").arg(e.text).arg(e.offset)));
                    QVERIFY2(e.line == lineOf(original, e.offset), qPrintable(where));
                    ++checked;
                }
            }
        }
        // Every record has at least its name and action: nothing read goes unchecked.
        QVERIFY(checked >= 2 * roads);
    }

    void jsonRoundTrip() {
        const ParseOutcome out = NoticeParser::parseFile(test::seedNoticePath());
        QCOMPARE(out.status, ParseStatus::Ok);
        const QList<Notice>& notices = out.result.notices;
        const QByteArray json = NoticeJsonWriter::toJson(notices, JsonStyle::Indented);
        const QJsonObject road = QJsonDocument::fromJson(json)
                                     .object()
                                     .value(u"notices")
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"roads")
                                     .toArray()
                                     .first()
                                     .toObject();
        const QJsonObject start = road.value(u"evidence").toObject().value(u"start").toObject();
        QVERIFY(start.value(u"rule").isString());
        QVERIFY(start.value(u"line").isDouble());
        QVERIFY(start.value(u"offset").isDouble());
        QVERIFY(start.value(u"text").isString());

        const auto back = NoticeJsonReader::fromJson(json, QStringLiteral("x.json"));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back->notices.size(), notices.size());
        for (qsizetype i = 0; i < notices.first().roads.size(); ++i)
            QCOMPARE(back->notices.first().roads[i].evidence, notices.first().roads[i].evidence);
        // Written again, byte for byte: the key order is stable.
        QCOMPARE(NoticeJsonWriter::toJson(back->notices, JsonStyle::Indented), json);
    }

    void jsonWithoutEvidenceReads() {
        RoadRecord r;
        r.name = QStringLiteral("甲路");
        QJsonObject o = NoticeJsonWriter::roadToJson(r);
        QCOMPARE(o.value(u"evidence").toObject().size(), 0);
        o.remove(QStringLiteral("evidence"));
        const auto back = NoticeJsonReader::roadFromJson(o, QStringLiteral("roads[0]"));
        QVERIFY(back.ok());
        QVERIFY(back->evidence.isEmpty());
    }

    void jsonBadEvidenceNamesThePlace_data() {
        QTest::addColumn<QJsonValue>("evidence");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << QJsonValue(QJsonObject{{QStringLiteral("colour"), QJsonObject()}})
                                       << QStringLiteral("roads[0].evidence.colour");
        QTest::newRow("line not a number")
            << QJsonValue(QJsonObject{
                   {QStringLiteral("start"), QJsonObject{{QStringLiteral("rule"), QStringLiteral("start.qi")},
                                                         {QStringLiteral("line"), QStringLiteral("12")},
                                                         {QStringLiteral("offset"), 3},
                                                         {QStringLiteral("text"), QStringLiteral("起A")}}}})
            << QStringLiteral("roads[0].evidence.start");
        QTest::newRow("not an object") << QJsonValue(QJsonArray{1}) << QStringLiteral("roads[0].evidence");
    }

    void jsonBadEvidenceNamesThePlace() {
        QFETCH(QJsonValue, evidence);
        QFETCH(QString, message);
        RoadRecord r;
        r.name = QStringLiteral("甲路");
        QJsonObject o = NoticeJsonWriter::roadToJson(r);
        o.insert(QStringLiteral("evidence"), evidence);
        const auto back = NoticeJsonReader::roadFromJson(o, QStringLiteral("roads[0]"));
        QVERIFY(!back.ok());
        QVERIFY2(back.error().message.startsWith(message), qPrintable(back.error().message));
    }
};

QTEST_GUILESS_MAIN(TestNoticeEvidence)
#include "tst_notice_evidence.moc"
