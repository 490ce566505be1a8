// ctest-label: unit
// links: luming_notice luming_text luming_core
// The smaller misreadings of issue 13 (point 9), one notice made here per row: two places joined by
// 、/和 (two subdistricts, two districts), a "注销的道路(N条)" heading (a heading with a count, not an
// item; the cancel count checked), one name given to roads in two districts (a duplicate finding), and a
// bidirectional override inside a name (removed, reported).
#include "notice/notice_parser.h"

#include <QTest>

using namespace luming;

namespace {

// A notice of the shape of sample 07: two named roads, one cancelled; %1/%2 are the places of items 1
// and 2, %3 the second name, %4 the cancel heading's count, %5 the first name.
QString notice(const QString& place1, const QString& place2, const QString& name2 = QStringLiteral("康安路"),
               int cancelled = 1, const QString& name1 = QStringLiteral("五峰山路")) {
    return QStringLiteral("即墨区人民政府关于部分道路命名的通告\n"
                          "即政字〔2024〕1号\n"
                          "根据《地名管理条例》,现将部分道路命名和注销事项通告如下:\n"
                          "一、新建道路命名(2条)\n"
                          "1.%5:南起桃源河二路,北止淮涉河二路。长2700米,宽10米。此道路位于%1。\n"
                          "2.%3:南起健民街,北止窑头街。长755米,宽10米。此道路位于%2。\n"
                          "二、注销的道路(%4条)\n"
                          "3.旧城路:因道路拆除,予以注销。\n"
                          "即墨区人民政府\n"
                          "2024年3月1日\n")
        .arg(place1, place2, name2)
        .arg(cancelled)
        .arg(name1);
}

const Notice* onlyNotice(const ParseOutcome& out) {
    return out.status == ParseStatus::Ok && out.result.notices.size() == 1 ? &out.result.notices.first()
                                                                           : nullptr;
}

QStringList codes(const Notice& n) {
    QStringList c;
    for (const auto& f : n.findings)
        c.append(findingCodeText(f));
    return c;
}

} // namespace

class TstNoticeEdgeCases : public QObject {
    Q_OBJECT
private slots:
    void twoPlacesInOne_data() {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("district");
        QTest::addColumn<QStringList>("subdistricts");
        QTest::newRow("A街道、B街道") << "即墨区通济街道、环秀街道"
                                      << "即墨区" << QStringList{"通济街道", "环秀街道"};
        QTest::newRow("A街道和B街道") << "即墨区通济街道和环秀街道"
                                      << "即墨区" << QStringList{"通济街道", "环秀街道"};
        QTest::newRow("A区B街道和C区D街道 (two districts)")
            << "即墨区通济街道和城阳区流亭街道"
            << "即墨区、城阳区" << QStringList{"通济街道", "流亭街道"};
        QTest::newRow("A区B镇及C区D街道") << "即墨区段泊岚镇及城阳区流亭街道"
                                          << "即墨区、城阳区" << QStringList{"段泊岚镇", "流亭街道"};
        QTest::newRow("one place (control row)") << "即墨区通济街道"
                                                 << "即墨区" << QStringList{"通济街道"};
    }
    void twoPlacesInOne() {
        QFETCH(QString, place);
        QFETCH(QString, district);
        QFETCH(QStringList, subdistricts);
        const ParseOutcome out = NoticeParser::parseText(notice(place, QStringLiteral("即墨区环秀街道")),
                                                         QStringLiteral("places.txt"));
        const Notice* n = onlyNotice(out);
        QVERIFY2(n, qPrintable(out.error));
        QVERIFY(!n->roads.isEmpty());
        QCOMPARE(n->roads.first().name, QStringLiteral("五峰山路"));
        QCOMPARE(n->roads.first().district, district);
        QCOMPARE(n->roads.first().subdistricts, subdistricts);
        // A road across districts is worth a look: a spans_districts note for it, none otherwise.
        QCOMPARE(codes(*n).contains(findingCodeText(FindingCode::SpansDistricts)), district.contains(u'、'));
    }

    void cancelHeadingCounts_data() {
        QTest::addColumn<int>("declared");
        QTest::addColumn<bool>("mismatch");
        QTest::newRow("注销的道路(1条), one cancelled") << 1 << false;
        QTest::newRow("注销的道路(2条), one cancelled") << 2 << true;
    }
    void cancelHeadingCounts() {
        QFETCH(int, declared);
        QFETCH(bool, mismatch);
        const ParseOutcome out =
            NoticeParser::parseText(notice(QStringLiteral("即墨区通济街道"), QStringLiteral("即墨区环秀街道"),
                                           QStringLiteral("康安路"), declared),
                                    QStringLiteral("cancel.txt"));
        const Notice* n = onlyNotice(out);
        QVERIFY2(n, qPrintable(out.error));
        // The heading is no road: two named, one cancelled, nothing more.
        QCOMPARE(n->roads.size(), 3);
        QCOMPARE(n->roads[2].name, QStringLiteral("旧城路"));
        QCOMPARE(n->roads[2].action, RoadAction::Cancel);
        QVERIFY2(!codes(*n).contains(findingCodeText(FindingCode::UnparsedItem)),
                 qPrintable(codes(*n).join(u' ')));
        QVERIFY2(!codes(*n).contains(findingCodeText(FindingCode::NumberingRestarts)),
                 qPrintable(codes(*n).join(u' ')));
        bool cancelMismatch = false;
        for (const auto& f : n->findings)
            cancelMismatch |=
                f.code == FindingCode::CountMismatch && f.message.contains(QStringLiteral("2 roads"));
        QVERIFY2(cancelMismatch == mismatch, qPrintable(codes(*n).join(u' ')));
        QCOMPARE(codes(*n).contains(findingCodeText(FindingCode::CountMismatch)), mismatch);
    }

    void duplicateNames_data() {
        QTest::addColumn<QString>("place2");
        QTest::addColumn<QString>("where");
        QTest::newRow("五峰山路 in 即墨区 and in 城阳区") << "城阳区流亭街道"
                                                          << "in different districts (即墨区、城阳区)";
        QTest::newRow("五峰山路 twice in 即墨区") << "即墨区环秀街道"
                                                  << "in the same district";
    }
    void duplicateNames() {
        QFETCH(QString, place2);
        QFETCH(QString, where);
        const ParseOutcome out = NoticeParser::parseText(
            notice(QStringLiteral("即墨区通济街道"), place2, QStringLiteral("五峰山路")),
            QStringLiteral("dup.txt"));
        const Notice* n = onlyNotice(out);
        QVERIFY2(n, qPrintable(out.error));
        const Finding* dup = nullptr;
        for (const auto& f : n->findings)
            if (f.code == FindingCode::DuplicateName)
                dup = &f;
        QVERIFY2(dup, qPrintable(codes(*n).join(u' ')));
        QCOMPARE(dup->seqs, (QList<int>{1, 2}));
        QCOMPARE(dup->subject, QStringLiteral("五峰山路"));
        QVERIFY2(dup->message.contains(where), qPrintable(dup->message));
    }

    void noDuplicateForDistinctNames() {
        const ParseOutcome out = NoticeParser::parseText(
            notice(QStringLiteral("即墨区通济街道"), QStringLiteral("城阳区流亭街道")),
            QStringLiteral("ok.txt"));
        const Notice* n = onlyNotice(out);
        QVERIFY2(n, qPrintable(out.error));
        QVERIFY(!codes(*n).contains(findingCodeText(FindingCode::DuplicateName)));
    }

    void invisibleControlsRemoved_data() {
        QTest::addColumn<QString>("name"); // as printed, item 1
        QTest::newRow("U+202E right-to-left override") << QStringLiteral("五峰\u202E山路");
        QTest::newRow("U+2066 left-to-right isolate + U+2069 pop") << QStringLiteral("\u2066五峰山路\u2069");
        QTest::newRow("U+200F right-to-left mark") << QStringLiteral("五\u200F峰山路");
        QTest::newRow("U+200D zero-width joiner") << QStringLiteral("五峰\u200D山路");
    }
    void invisibleControlsRemoved() {
        QFETCH(QString, name);
        const ParseOutcome out =
            NoticeParser::parseText(notice(QStringLiteral("即墨区通济街道"), QStringLiteral("即墨区环秀街道"),
                                           QStringLiteral("康安路"), 1, name),
                                    QStringLiteral("bidi.txt"));
        const Notice* n = onlyNotice(out);
        QVERIFY2(n, qPrintable(out.error));
        QCOMPARE(n->roads.first().name, QStringLiteral("五峰山路"));
        const bool bidi =
            name.contains(QChar(0x202E)) || name.contains(QChar(0x2066)) || name.contains(QChar(0x200F));
        bool reported = false;
        for (const auto& f : out.result.fileFindings)
            reported |= f.code == FindingCode::BidiControl && f.message.contains(QStringLiteral("line 5"));
        QCOMPARE(reported, bidi); // zero-width joiners were always dropped silently: not a display trick
    }
};

QTEST_GUILESS_MAIN(TstNoticeEdgeCases)
#include "tst_notice_edge_cases.moc"
