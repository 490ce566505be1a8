// ctest-label: unit
// links: luming_io luming_core
// Notice ⇄ JSON (issue 2 item 4) and the CSV export: round trips, null vs 0, number formatting,
// printed order of the per-district counts (arrays of pairs; the older object form still reads, in its
// printed order), Chinese kept as UTF-8, atomic writes that name the file.
#include "io/notice_csv_writer.h"
#include "io/notice_json_reader.h"
#include "io/notice_json_writer.h"
#include "record_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace luming;

namespace {

// Item 一 of 济政字〔2021〕62号 as issue 2 item 4 spells it out.
RoadRecord qifuStreet() {
    RoadRecord r;
    r.seq = 1;
    r.name = QStringLiteral("祈福街");
    r.district = QStringLiteral("市中区");
    r.subdistricts = {QStringLiteral("陡沟街道")};
    r.lengthM = 447;
    r.widthMinM = 18;
    r.widthMaxM = 18;
    r.startDir = Direction::East;
    r.start = QStringLiteral("观音祠路");
    r.endDir = Direction::West;
    r.end = QStringLiteral("规划十号支路");
    r.shape = Shape::Straight;
    r.plannedRefs = {QStringLiteral("规划十号支路")};
    r.source.text =
        QStringLiteral("(一) 祈福街。长 447 米、宽 18 米, 位于市中区陡沟街道辖区内, 东起观音祠 路, "
                       "西至规划十号支路。");
    r.source.offset = 4321;
    r.source.line = 134;
    return r;
}

// Item 二十九: the L-shaped road with a width range and a turn point.
RoadRecord gangtianRoad() {
    RoadRecord r;
    r.seq = 29;
    r.name = QStringLiteral("港田路");
    r.district = QStringLiteral("历城区");
    r.subdistricts = {QStringLiteral("港沟街道")};
    r.lengthM = 2263;
    r.widthMinM = 15;
    r.widthMaxM = 25;
    r.startDir = Direction::North;
    r.start = QStringLiteral("熙和街");
    r.endDir = Direction::West;
    r.end = QStringLiteral("华盛路");
    r.via = {QStringLiteral("港沟东路")};
    r.shape = Shape::L;
    r.source.text = QStringLiteral("(二十九)港田路。长 2263米、宽 15-25米,位于历城区港沟街道辖区内, "
                                   "北起熙和街,南至港沟东路折向西至华盛路的\"L\"型道路。");
    r.source.offset = 9876;
    r.source.line = 176;
    return r;
}

// Every optional field set, including the extras (pinyin, note, width_parts, old ends), a rename,
// a decimal length marked 约 and text with characters JSON must escape.
RoadRecord everyField() {
    RoadRecord r;
    r.seq = 11;
    r.action = RoadAction::Rename;
    r.name = QStringLiteral("熙和街");
    r.oldName = QStringLiteral("荷葉路");
    r.district = QStringLiteral("历城区");
    r.subdistricts = {QStringLiteral("港沟街道"), QStringLiteral("董家街道")};
    r.lengthM = 222.3;
    r.lengthApprox = true;
    r.widthMinM = 15;
    r.widthMaxM = 49;
    r.widthParts = {24, 9, 16};
    r.startDir = Direction::SouthEast;
    r.start = QStringLiteral("凤鸣路");
    r.endDir = Direction::West;
    r.end = QStringLiteral("港田路");
    r.via = {QStringLiteral("港沟东路"), QStringLiteral("华盛路")};
    r.shape = Shape::Z;
    r.plannedRefs = {QStringLiteral("规划支一路")};
    r.pinyin = QStringLiteral("Xīhé Jiē");
    r.note = QStringLiteral("quote \" backslash \\ tab\t newline\n emoji 😀");
    r.oldStart = QStringLiteral("旧起点路");
    r.oldEnd = QStringLiteral("旧终点路");
    r.source.text = QStringLiteral("line one\r\nline two");
    r.source.offset = 0;
    r.source.line = 1;
    return r;
}

// Nothing optional known: numbers must come back as null, not 0.
RoadRecord bareRoad() {
    RoadRecord r;
    r.seq = 59;
    r.action = RoadAction::Cancel;
    r.name = QStringLiteral("某路");
    return r;
}

Notice seedNotice(const QList<RoadRecord>& roads) {
    Notice n;
    n.title = QStringLiteral("济南市人民政府关于祈福街等市区内道路命名的通知");
    n.issuer = QStringLiteral("济南市人民政府");
    n.docNumber = QStringLiteral("济政字〔2021〕62号");
    n.id = NoticeId::fromDocNumber(n.docNumber);
    n.date = QDate(2021, 9, 3);
    n.declaredTotal = 59;
    // Printed order, which is not Unicode order (历 U+5386 < 市 U+5E02 < 济 U+6D4E).
    n.declaredByDistrict = {
        {QStringLiteral("市中区"), 9}, {QStringLiteral("历城区"), 44}, {QStringLiteral("济南高新区"), 6}};
    n.declaredByAction = {{RoadAction::Rename, 16}, {RoadAction::Name, 6}}; // printed order
    n.gazette.issue = QStringLiteral("2021年第19期(总第353期)");
    n.gazette.page = 6;
    n.roads = roads;
    n.findings = {
        Finding{Severity::Warning,
                FindingCode::NameVariant,
                QStringLiteral("风集路 (item 32) differs by one character from 凤集路, the end of 9 items"),
                {12, 13, 32},
                QStringLiteral("风集路"),
                {}},
        // A code this build does not know, as a newer file may hold: kept as read.
        Finding{Severity::Info,
                FindingCode::Other,
                QStringLiteral("经十路 is not in this notice"),
                {},
                {},
                QStringLiteral("external_ref")}};
    return n;
}

Notice emptyNotice() {
    Notice n;
    n.docNumber = QStringLiteral("济政字〔2022〕1号");
    n.id = NoticeId::fromDocNumber(n.docNumber);
    return n;
}

// Field-by-field comparison that says what differs (QCOMPARE on a whole struct could not).
QString diffRoad(const RoadRecord& a, const RoadRecord& b) {
    return test::fieldDifferences(a, b).join(QStringLiteral("; "));
}

QString diffNotice(const Notice& a, const Notice& b) {
    if (a.title != b.title || a.issuer != b.issuer || a.docNumber != b.docNumber)
        return QStringLiteral("title/issuer/doc_number: %1 %2 %3 vs %4 %5 %6")
            .arg(a.title, a.issuer, a.docNumber, b.title, b.issuer, b.docNumber);
    if (a.id != b.id)
        return QStringLiteral("notice_id: %1 vs %2").arg(a.id.key(), b.id.key());
    if (a.date != b.date)
        return QStringLiteral("date: %1 vs %2")
            .arg(a.date.toString(Qt::ISODate), b.date.toString(Qt::ISODate));
    if (a.declaredTotal != b.declaredTotal)
        return QStringLiteral("declared_total differs");
    if (a.declaredByDistrict != b.declaredByDistrict)
        return QStringLiteral("declared_by_district differs (order or values)");
    if (a.declaredByAction != b.declaredByAction)
        return QStringLiteral("declared_by_action differs (order or values)");
    if (a.gazette.issue != b.gazette.issue || a.gazette.page != b.gazette.page)
        return QStringLiteral("gazette differs");
    if (a.roads.size() != b.roads.size())
        return QStringLiteral("road count %1 vs %2").arg(a.roads.size()).arg(b.roads.size());
    for (qsizetype i = 0; i < a.roads.size(); ++i)
        if (QString d = diffRoad(a.roads[i], b.roads[i]); !d.isEmpty())
            return QStringLiteral("roads[%1].").arg(i) + d;
    if (a.findings.size() != b.findings.size())
        return QStringLiteral("finding count %1 vs %2").arg(a.findings.size()).arg(b.findings.size());
    for (qsizetype i = 0; i < a.findings.size(); ++i) {
        const Finding& x = a.findings[i];
        const Finding& y = b.findings[i];
        if (x.severity != y.severity || x.code != y.code || x.otherCode != y.otherCode ||
            x.message != y.message || x.seqs != y.seqs || x.subject != y.subject)
            return QStringLiteral("findings[%1] differs").arg(i);
    }
    return {};
}

// The member `key` of the first road in the text, as the raw JSON token after "key": …
QByteArray rawMember(const QByteArray& json, const QByteArray& key) {
    const QByteArray needle = '"' + key + "\": ";
    const qsizetype at = json.indexOf(needle);
    if (at < 0)
        return "<absent>";
    const qsizetype from = at + needle.size();
    qsizetype to = from;
    while (to < json.size() && json[to] != ',' && json[to] != '\n' && json[to] != '}')
        ++to;
    return json.mid(from, to - from);
}

} // namespace

Q_DECLARE_METATYPE(luming::Notice)

class TestNoticeJson : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data() {
        QTest::addColumn<Notice>("notice");
        QTest::newRow("62号 item 1 祈福街 (issue 2 example)") << seedNotice({qifuStreet()});
        QTest::newRow("62号 item 29 港田路 L-shape with via") << seedNotice({gangtianRoad()});
        QTest::newRow("rename, every optional field, escapes, emoji") << seedNotice({everyField()});
        QTest::newRow("cancel with nothing known (nulls)") << seedNotice({bareRoad()});
        QTest::newRow("three roads in printed order")
            << seedNotice({qifuStreet(), gangtianRoad(), bareRoad()});
        QTest::newRow("notice without roads, date or counts") << emptyNotice();
    }
    void roundTrip() {
        QFETCH(Notice, notice);
        for (JsonStyle style : {JsonStyle::Indented, JsonStyle::Compact}) {
            const QByteArray json = NoticeJsonWriter::toJson({notice, notice}, style);
            // An independent parser must accept what we write.
            QJsonParseError qtError;
            QJsonDocument::fromJson(json, &qtError);
            QVERIFY2(qtError.error == QJsonParseError::NoError, qPrintable(qtError.errorString()));

            const Result<ParseResult> back = NoticeJsonReader::fromJson(json, QStringLiteral("memory.json"));
            QVERIFY2(back.ok(), qPrintable(back.errorString()));
            QCOMPARE(back->notices.size(), 2);
            for (const Notice& n : back->notices) {
                const QString diff = diffNotice(notice, n);
                QVERIFY2(diff.isEmpty(), qPrintable(diff));
            }
            // Writing what was read gives the same bytes: nothing drifts on a second pass.
            QCOMPARE(NoticeJsonWriter::toJson(back->notices, style), json);
        }
    }

    // Every finding code is written as its table text and read back as the same code; a code this
    // build does not know (a newer file's) reads as Other and is written back unchanged.
    void findingCodeRoundTrip_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("known");
        for (FindingCode code : allFindingCodes())
            QTest::newRow(qPrintable(findingCodeText(code))) << findingCodeText(code) << true;
        QTest::newRow("unknown code from a newer file") << QStringLiteral("gap_in_bridge_list") << false;
    }
    void findingCodeRoundTrip() {
        QFETCH(QString, text);
        QFETCH(bool, known);
        Notice notice = emptyNotice();
        Finding f;
        f.severity = Severity::Info;
        setFindingCode(f, text);
        f.message = QStringLiteral("message");
        QCOMPARE(f.code == FindingCode::Other, !known);
        if (known)
            QVERIFY(findingCodeFromText(text) == f.code);
        QCOMPARE(findingCodeText(f), text);
        notice.findings = {f};
        const QByteArray json = NoticeJsonWriter::toJson({notice}, JsonStyle::Compact);
        QVERIFY(json.contains("\"" + text.toUtf8() + "\""));
        const Result<ParseResult> back = NoticeJsonReader::fromJson(json, QStringLiteral("memory.json"));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back->notices.size(), 1);
        QCOMPARE(back->notices.first().findings.size(), 1);
        const Finding& read = back->notices.first().findings.first();
        QVERIFY(read.code == f.code);
        QCOMPARE(read.otherCode, known ? QString() : text);
        QCOMPARE(NoticeJsonWriter::toJson(back->notices, JsonStyle::Compact), json);
    }

    // The code table: one text per code, none empty, none shared.
    void findingCodeTableIsOneToOne() {
        QSet<QString> texts;
        for (FindingCode code : allFindingCodes()) {
            const QString text = findingCodeText(code);
            QVERIFY(!text.isEmpty());
            QVERIFY2(!texts.contains(text), qPrintable(text));
            texts.insert(text);
        }
        // 20 + 3 layout conflicts + region_unknown, region_ambiguous, place_unknown, place_in_other_district
        // + unread_candidate, spans_districts, centerline_rejected
        QCOMPARE(texts.size(), 30);
        QVERIFY(findingCodeText(FindingCode::Other).isEmpty());
        QVERIFY(!findingCodeFromText(u"").has_value());
        QVERIFY(defaultSeverity(FindingCode::CountMismatch) == Severity::Error);
        QVERIFY(defaultSeverity(FindingCode::ExternalEndpoint) == Severity::Info);
    }

    // JSON written before notice ids: the number, else a digest of the items as printed, so two
    // un-numbered notices of one file stay two.
    void noticeIdFromOlderFiles() {
        const QByteArray json = R"({"notices": [
            {"doc_number": "济政字〔2021〕62号", "roads": []},
            {"doc_number": null, "roads": [{"seq": 1, "action": "name", "name": "五峰山路",
                                            "source": {"text": "1.五峰山路:南起桃源河二路"}}]},
            {"doc_number": null, "roads": [{"seq": 1, "action": "name", "name": "松江路",
                                            "source": {"text": "1.松江路:东起…"}}]}]})";
        const Result<ParseResult> r = NoticeJsonReader::fromJson(json, QStringLiteral("old.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r->notices.size(), 3);
        QCOMPARE(r->notices[0].id, NoticeId::fromDocNumber(QStringLiteral("济政字〔2021〕62号")));
        QVERIFY(!r->notices[1].id.isNull());
        QVERIFY(!r->notices[1].id.isDocNumber());
        QVERIFY(r->notices[1].id != r->notices[2].id);
        // Read twice, the same ids.
        QCOMPARE(NoticeJsonReader::fromJson(json, QStringLiteral("old.json"))->notices[1].id,
                 r->notices[1].id);
    }

    void nullVersusZero_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("length_m unknown → null") << "length_m" << false << QByteArray("null");
        QTest::newRow("length_m 0 stays 0") << "length_m" << true << QByteArray("0");
        QTest::newRow("width_min_m unknown → null") << "width_min_m" << false << QByteArray("null");
        QTest::newRow("width_min_m 0 stays 0") << "width_min_m" << true << QByteArray("0");
        QTest::newRow("width_max_m unknown → null") << "width_max_m" << false << QByteArray("null");
        QTest::newRow("width_max_m 0 stays 0") << "width_max_m" << true << QByteArray("0");
    }
    void nullVersusZero() {
        QFETCH(QString, field);
        QFETCH(bool, known);
        QFETCH(QByteArray, expected);
        RoadRecord r = bareRoad();
        std::optional<double>* slot = field == u"length_m"      ? &r.lengthM
                                      : field == u"width_min_m" ? &r.widthMinM
                                                                : &r.widthMaxM;
        if (known)
            *slot = 0.0;
        const QByteArray json = NoticeJsonWriter::toJson({seedNotice({r})});
        QCOMPARE(rawMember(json, field.toUtf8()), expected);
        const Result<ParseResult> back = NoticeJsonReader::fromJson(json, QStringLiteral("memory.json"));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        const RoadRecord& got = back->notices.at(0).roads.at(0);
        const std::optional<double>& value = field == u"length_m"      ? got.lengthM
                                             : field == u"width_min_m" ? got.widthMinM
                                                                       : got.widthMaxM;
        QCOMPARE(value.has_value(), known);
        if (known)
            QCOMPARE(*value, 0.0);
    }

    void emptyTextIsNull_data() {
        QTest::addColumn<QByteArray>("member");
        for (const char* m : {"old_name", "district", "start_dir", "start", "end_dir", "end", "shape",
                              "pinyin", "note", "old_start", "old_end"})
            QTest::newRow(m) << QByteArray(m);
    }
    void emptyTextIsNull() {
        QFETCH(QByteArray, member);
        const QByteArray json = NoticeJsonWriter::toJson({seedNotice({bareRoad()})});
        QCOMPARE(rawMember(json, member), QByteArray("null"));
    }

    void numberFormatting_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("62号#1 length 447 → 447, not 447.0") << 447.0 << QByteArray("447");
        QTest::newRow("62号#11 length 222.3 as printed") << 222.3 << QByteArray("222.3");
        QTest::newRow("62号#32 length 3473.9") << 3473.9 << QByteArray("3473.9");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("negative whole") << -5.0 << QByteArray("-5");
        QTest::newRow("tenth") << 0.1 << QByteArray("0.1");
        QTest::newRow("large whole") << 12345678901.0 << QByteArray("12345678901");
        QTest::newRow("NaN is not JSON → null") << std::nan("") << QByteArray("null");
    }
    void numberFormatting() {
        QFETCH(double, value);
        QFETCH(QByteArray, expected);
        RoadRecord r = bareRoad();
        r.lengthM = value;
        QCOMPARE(rawMember(NoticeJsonWriter::toJson({seedNotice({r})}), "length_m"), expected);
    }

    void shapeOfIssue2Example() {
        const QByteArray json = NoticeJsonWriter::toJson({seedNotice({qifuStreet()})}, JsonStyle::Compact);
        // Chinese as UTF-8 text, not \u escapes.
        QVERIFY(json.contains("\"name\":\"祈福街\""));
        QVERIFY(!json.contains("\\u"));
        // Every member of issue 2's example, with its value (members come out in Qt's key order).
        const QJsonObject notice =
            QJsonDocument::fromJson(json).object().value(u"notices").toArray()[0].toObject();
        const QJsonObject road = notice.value(u"roads").toArray()[0].toObject();
        const QJsonObject expected =
            QJsonDocument::fromJson(
                "{\"seq\":1,\"action\":\"name\",\"name\":\"祈福街\",\"old_name\":null,"
                "\"district\":\"市中区\",\"subdistricts\":[\"陡沟街道\"],\"length_m\":447,"
                "\"length_approx\":false,\"width_min_m\":18,\"width_max_m\":18,\"start_dir\":\"东\","
                "\"start\":\"观音祠路\",\"end_dir\":\"西\",\"end\":\"规划十号支路\",\"via\":[],"
                "\"shape\":\"straight\",\"planned_refs\":[\"规划十号支路\"]}")
                .object();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(road.value(it.key()) == it.value(), qPrintable(it.key()));
        const QJsonObject source = road.value(u"source").toObject();
        QVERIFY(source.value(u"text").toString().startsWith(QStringLiteral("(一) 祈福街。")));
        QCOMPARE(source.value(u"offset").toInteger(), 4321);
        QCOMPARE(source.value(u"line").toInteger(), 134);
        QCOMPARE(notice.value(u"date").toString(), QStringLiteral("2021-09-03"));
        QCOMPARE(notice.value(u"declared_total").toInteger(), 59);
        QVERIFY(json.contains("\"gazette\":{\"issue\":\"2021年第19期(总第353期)\",\"page\":6}"));
        QVERIFY(json.contains("\"code\":\"name_variant\","));
        QVERIFY(json.contains("\"seqs\":[12,13,32],\"severity\":\"warning\",\"subject\":\"风集路\"}"));
    }

    void declaredCountsKeepPrintedOrder() {
        const QByteArray json = NoticeJsonWriter::toJson({seedNotice({})}, JsonStyle::Compact);
        QVERIFY(
            json.contains("\"declared_by_district\":[[\"市中区\",9],[\"历城区\",44],[\"济南高新区\",6]]"));
        QVERIFY(json.contains("\"declared_by_action\":[[\"rename\",16],[\"name\",6]]"));
        const Result<ParseResult> back = NoticeJsonReader::fromJson(json, QStringLiteral("memory.json"));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        const auto& counts = back->notices.at(0).declaredByDistrict;
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts[0].first, QStringLiteral("市中区"));
        QCOMPARE(counts[1].first, QStringLiteral("历城区"));
        QCOMPARE(counts[2].first, QStringLiteral("济南高新区"));
        QCOMPARE(counts[2].second, 6);
        const QList<QPair<RoadAction, int>> actions{{RoadAction::Rename, 16}, {RoadAction::Name, 6}};
        QCOMPARE(back->notices.at(0).declaredByAction, actions);
    }

    void oldObjectCountsReadInPrintedOrder_data() {
        // Files written before the counts became arrays of pairs: {"name": count} objects, whose printed
        // order QJsonObject does not keep. Keys are in neither sorted nor reverse order on purpose.
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("firstOrder");
        QTest::addColumn<QStringList>("secondOrder");
        const QByteArray two =
            "{\"notices\": [\n"
            " {\"doc_number\": \"甲\", \"declared_by_district\": {\"历城区\": 44, \"市中区\": 9, "
            "\"济南高新区\": 6},\n"
            "  \"declared_by_action\": {\"rename\": 16, \"name\": 6},\n"
            "  \"roads\": [{\"seq\": 1, \"name\": \"declared_by_district\", \"district\": \"市中区\"}]},\n"
            " {\"doc_number\": \"乙\", \"declared_by_district\": null},\n"
            " {\"doc_number\": \"丙\", \"declared_by_district\" : { \"槐荫区\":2,\"\\u5e02\u4e2d\u533a\":1 "
            "}}]}";
        QTest::newRow("62号-like object, a null, an escaped key")
            << two
            << QStringList{QStringLiteral("历城区"), QStringLiteral("市中区"), QStringLiteral("济南高新区")}
            << QStringList{QStringLiteral("槐荫区"), QStringLiteral("市中区")};
    }
    void oldObjectCountsReadInPrintedOrder() {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, firstOrder);
        QFETCH(QStringList, secondOrder);
        const Result<ParseResult> back = NoticeJsonReader::fromJson(json, QStringLiteral("old.json"));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back->notices.size(), 3);
        auto keys = [](const QList<QPair<QString, int>>& counts) {
            QStringList out;
            for (const auto& p : counts)
                out << p.first;
            return out;
        };
        QCOMPARE(keys(back->notices[0].declaredByDistrict), firstOrder);
        QCOMPARE(back->notices[0].declaredByDistrict[0].second, 44);
        QVERIFY(back->notices[1].declaredByDistrict.isEmpty());
        QCOMPARE(keys(back->notices[2].declaredByDistrict), secondOrder);
        const QList<QPair<RoadAction, int>> actions{{RoadAction::Rename, 16}, {RoadAction::Name, 6}};
        QCOMPARE(back->notices[0].declaredByAction, actions);
    }

    void readerRejects_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("not JSON") << QByteArray("{\"notices\": [") << "line 1, column 14";
        QTest::newRow("garbage on line 3") << QByteArray("{\n\"notices\": [],\n x}") << "line 3";
        QTest::newRow("no notices array") << QByteArray("{\"roads\": []}") << "\"notices\" array";
        QTest::newRow("length as text")
            << QByteArray("{\"notices\":[{\"roads\":[{\"seq\":1,\"length_m\":\"447\"}]}]}")
            << "notices[0].roads[0].length_m: expected a number";
        QTest::newRow("seq not whole") << QByteArray("{\"notices\":[{\"roads\":[{\"seq\":1.5}]}]}")
                                       << "notices[0].roads[0].seq: expected a whole number";
        QTest::newRow("unknown action") << QByteArray("{\"notices\":[{\"roads\":[{\"action\":\"paint\"}]}]}")
                                        << "unknown action \"paint\"";
        QTest::newRow("bad date") << QByteArray("{\"notices\":[{\"date\":\"2021-13-45\"}]}")
                                  << "notices[0].date: not a yyyy-mm-dd date";
        QTest::newRow("unknown severity")
            << QByteArray("{\"notices\":[{\"findings\":[{\"severity\":\"fatal\"}]}]}")
            << "notices[0].findings[0].severity: unknown severity";
        QTest::newRow("subdistricts not strings")
            << QByteArray("{\"notices\":[{\"roads\":[{\"subdistricts\":[1]}]}]}")
            << "notices[0].roads[0].subdistricts[0]: expected a string";
        QTest::newRow("nesting bomb") << QByteArray(100000, '[') << "not valid JSON";
    }
    void readerRejects() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedInError);
        const auto result = NoticeJsonReader::fromJson(json, QStringLiteral("bad.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().file, QStringLiteral("bad.json"));
        QVERIFY2(result.errorString().startsWith(QStringLiteral("bad.json: ")),
                 qPrintable(result.errorString()));
        QVERIFY2(result.error().message.contains(expectedInError), qPrintable(result.errorString()));
    }

    // A file that cannot be opened: an error naming it, no notices.
    void readerNamesUnreadableFile() {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("absent.json"));
        const Result<ParseResult> r = NoticeJsonReader::read(missing);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().file, missing);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("cannot read")), qPrintable(r.errorString()));
    }

    // The per-object readers name the member at fault, relative to `where`, without a file.
    void objectReadersNameTheMember() {
        const auto road = NoticeJsonReader::roadFromJson(
            QJsonDocument::fromJson(R"({"seq": 1, "name": "祈福街", "length_m": "447"})").object(),
            QStringLiteral("roads[0]"));
        QVERIFY(!road.ok());
        QVERIFY(road.error().file.isEmpty());
        QVERIFY2(road.error().message.startsWith(QStringLiteral("roads[0].length_m: ")),
                 qPrintable(road.errorString()));
        const auto finding = NoticeJsonReader::findingFromJson(QJsonValue(3), QStringLiteral("findings[2]"));
        QVERIFY(!finding.ok());
        QCOMPARE(finding.error().message, QStringLiteral("findings[2]: expected an object"));
        const auto counts = NoticeJsonReader::countsFromJson(
            QJsonDocument::fromJson(R"([["市中区", 9], ["历城区", "44"]])").array(), QStringLiteral("c"));
        QVERIFY(!counts.ok());
        QCOMPARE(counts.error().message, QStringLiteral("c[1]: expected [name, count]"));
        const auto good = NoticeJsonReader::countsFromJson(
            QJsonDocument::fromJson(R"([["市中区", 9], ["历城区", 44]])").array(), QStringLiteral("c"));
        QVERIFY2(good.ok(), qPrintable(good.errorString()));
        QCOMPARE(good->size(), 2);
        QCOMPARE(good->at(1).second, 44);
    }

    void readerEscapes() {
        // \u escapes (incl. a surrogate pair) and a BOM are accepted on input.
        const QByteArray json =
            "\xEF\xBB\xBF{\"notices\": [{\"title\": \"\\u7948\\u798f\\u8857 \\ud83d\\ude00 \\/\"}]}";
        const Result<ParseResult> back = NoticeJsonReader::fromJson(json, QStringLiteral("bom.json"));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back->encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(back->notices.at(0).title, QStringLiteral("祈福街 😀 /"));
    }

    void writeFileAndReadBack() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("路名.json"));
        const QList<Notice> notices{seedNotice({qifuStreet(), gangtianRoad()})};
        const WriteResult w = NoticeJsonWriter::write(path, notices);
        QVERIFY2(w.ok, qPrintable(w.error));
        const Result<ParseResult> r = NoticeJsonReader::read(path);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r->file, path);
        QCOMPARE(r->encoding, QStringLiteral("UTF-8"));
        QVERIFY(diffNotice(notices[0], r->notices.value(0)).isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("路名.json")});
    }

    void failedWriteNamesFileAndKeepsOld_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << "json";
        QTest::newRow("csv") << "csv";
    }
    void failedWriteNamesFileAndKeepsOld() {
        QFETCH(QString, format);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Target is a folder: nothing can be written, and the error must say which path.
        const QString folderTarget = dir.filePath(QStringLiteral("out.") + format);
        QVERIFY(QDir().mkdir(folderTarget));
        const QList<Notice> notices{seedNotice({qifuStreet()})};
        const WriteResult w = format == u"json" ? NoticeJsonWriter::write(folderTarget, notices)
                                                : NoticeCsvWriter::write(folderTarget, notices);
        QVERIFY(!w.ok);
        QVERIFY2(w.error.contains(folderTarget), qPrintable(w.error));
        // A missing folder: same, and no stray temp file appears anywhere.
        const QString missing = dir.filePath(QStringLiteral("no/such/dir/out.") + format);
        const WriteResult m = format == u"json" ? NoticeJsonWriter::write(missing, notices)
                                                : NoticeCsvWriter::write(missing, notices);
        QVERIFY(!m.ok);
        QVERIFY2(m.error.contains(missing), qPrintable(m.error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("out.") + format});
    }

    void csvRows() {
        RoadRecord tricky = everyField(); // note has a quote and a newline, source text a CRLF
        const QByteArray csv = NoticeCsvWriter::toCsv({seedNotice({qifuStreet(), gangtianRoad(), tricky})});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        QVERIFY(text.startsWith(
            QStringLiteral("doc_number,seq,action,name,old_name,district,subdistricts,length_m,")));
        QVERIFY(text.contains(
            QStringLiteral("济政字〔2021〕62号,1,name,祈福街,,市中区,陡沟街道,447,false,18,18,,东,"
                           "观音祠路,西,规划十号支路,,straight,规划十号支路,")));
        QVERIFY(text.contains(QStringLiteral(",港沟街道;董家街道,222.3,true,15,49,24;9;16,")));
        QVERIFY(text.contains(QStringLiteral("\"quote \"\" backslash \\ tab\t newline\n emoji 😀\"")));
        QVERIFY(text.contains(QStringLiteral(",\"line one\r\nline two\",1\r\n")));
        // The first source text holds a comma, so it is quoted.
        QVERIFY(text.contains(QStringLiteral(",\"(一) 祈福街。长 447 米、宽 18 米, 位于")));
        QCOMPARE(text.count(QStringLiteral("济政字〔2021〕62号")), 3);
    }

    void csvQuoting_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain Chinese") << "祈福街"
                                       << "祈福街";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote doubled") << "say \"hi\""
                                       << "\"say \"\"hi\"\"\"";
        QTest::newRow("LF") << "a\nb"
                            << "\"a\nb\"";
        QTest::newRow("CR") << "a\rb"
                            << "\"a\rb\"";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("full-width comma needs none") << "东，西"
                                                     << "东，西";
    }
    void csvQuoting() {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(NoticeCsvWriter::quoteField(field), expected);
    }
};

QTEST_GUILESS_MAIN(TestNoticeJson)
#include "tst_notice_json.moc"
