// The road-name register: per name, what each notice did, replayed in date order whatever the import order.
// links: luming_register luming_chinese luming_core
#include "register/road_register.h"

#include <QTest>
#include <algorithm>

using namespace luming;

namespace {

RoadRecord road(int seq, RoadAction action, const QString& name, const QString& start, const QString& end,
                const QString& oldName = {}) {
    RoadRecord r;
    r.seq = seq;
    r.action = action;
    r.name = name;
    r.start = start;
    r.end = end;
    if (!oldName.isEmpty())
        r.oldName = oldName;
    return r;
}

Notice notice(const QString& doc, QDate date, QList<RoadRecord> roads) {
    Notice n;
    n.docNumber = doc;
    n.id = NoticeId::fromDocNumber(doc);
    n.date = date;
    n.title = QStringLiteral("关于道路命名的通知 ") + doc;
    n.roads = std::move(roads);
    return n;
}

// A road's life across four notices: named, ends adjusted, renamed, and a second road cancelled.
QList<Notice> lifeOfARoad() {
    return {
        notice(QStringLiteral("N1"), QDate(2019, 3, 1),
               {road(1, RoadAction::Name, QStringLiteral("创业一街"), QStringLiteral("高新大路"),
                     QStringLiteral("合肥路")),
                road(2, RoadAction::Name, QStringLiteral("平阴路"), QStringLiteral("甲路"),
                     QStringLiteral("乙路"))}),
        notice(
            QStringLiteral("N2"), QDate(2021, 5, 1),
            {road(1, RoadAction::Adjust, QStringLiteral("创业一街"), QString(), QStringLiteral("滁州路"))}),
        notice(QStringLiteral("N3"), QDate(2022, 7, 1),
               {road(1, RoadAction::Rename, QStringLiteral("承东街"), QString(), QString(),
                     QStringLiteral("创业一街"))}),
        notice(QStringLiteral("N4"), QDate(2024, 1, 1),
               {road(1, RoadAction::Cancel, QStringLiteral("平阴路"), {}, {})}),
    };
}

QString describe(const RoadRegister& reg) {
    QStringList lines;
    for (const auto& e : reg.entries()) {
        QStringList docs;
        for (const auto& ev : e.events)
            docs.append(ev.docNumber + u':' + actionCode(ev.action));
        lines.append(
            QStringLiteral("%1 %2 %3-%4 →%5 [%6]")
                .arg(e.name, roadStatusText(e.status), e.start, e.end, e.renamedTo, docs.join(u',')));
    }
    return lines.join(u'\n');
}

} // namespace

class TestRoadRegister : public QObject {
    Q_OBJECT
private slots:
    void history() {
        const RoadRegister reg = RoadRegister::build(lifeOfARoad());
        const auto renamed = reg.lookup(QStringLiteral("承东街"));
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.first().status, RoadStatus::Named);
        QCOMPARE(renamed.first().start, QStringLiteral("高新大路")); // kept through the adjustment and rename
        QCOMPARE(renamed.first().end, QStringLiteral("滁州路"));

        const auto former = reg.lookup(QStringLiteral("创业一街"));
        // Looking up the former name finds both: the old entry (renamed) and the road under its new name.
        QCOMPARE(former.size(), 2);
        const auto old = std::find_if(former.begin(), former.end(), [](const RegisterEntry& e) {
            return e.name == QStringLiteral("创业一街");
        });
        QVERIFY(old != former.end());
        QCOMPARE(old->status, RoadStatus::Renamed);
        QCOMPARE(old->renamedTo, QStringLiteral("承东街"));
        QCOMPARE(old->events.size(), 3);
        QCOMPARE(old->events[0].docNumber, QStringLiteral("N1"));
        QCOMPARE(old->events[1].action, RoadAction::Adjust);
        QCOMPARE(old->events[2].action, RoadAction::Rename);

        const auto cancelled = reg.lookup(QStringLiteral("平阴路"));
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().status, RoadStatus::Cancelled);
        QCOMPARE(cancelled.first().events.size(), 2);
    }

    void sameRegisterInAnyImportOrder_data() {
        QTest::addColumn<QList<int>>("order");
        QList<int> order{0, 1, 2, 3};
        do {
            QStringList name;
            for (int i : order)
                name.append(QString::number(i + 1));
            QTest::newRow(qPrintable(QStringLiteral("N") + name.join(QStringLiteral(",N")))) << order;
        } while (std::next_permutation(order.begin(), order.end()));
    }
    void sameRegisterInAnyImportOrder() {
        QFETCH(QList<int>, order);
        const QList<Notice> notices = lifeOfARoad();
        QList<Notice> shuffled;
        for (int i : order)
            shuffled.append(notices[i]);
        QCOMPARE(describe(RoadRegister::build(shuffled)), describe(RoadRegister::build(notices)));
    }

    void reimportDoesNotDoubleHistory() {
        QList<Notice> twice = lifeOfARoad() + lifeOfARoad();
        QCOMPARE(describe(RoadRegister::build(twice)), describe(RoadRegister::build(lifeOfARoad())));
    }

    // Untitled notices (no document number, same date and no title): each is its own notice by its
    // NoticeId; the same one given twice counts once.
    void untitledNoticesKeptApart() {
        auto untitled = [](const QString& text, const QString& name, const QString& start) {
            Notice n = notice(QString(), QDate(2024, 5, 1),
                              {road(1, RoadAction::Name, name, start, QStringLiteral("乙路"))});
            n.title.clear();
            n.id = NoticeId::fromText(text, {});
            return n;
        };
        const Notice a =
            untitled(QStringLiteral("text 07"), QStringLiteral("五峰山路"), QStringLiteral("甲路"));
        const Notice b =
            untitled(QStringLiteral("text 05"), QStringLiteral("五峰山路"), QStringLiteral("丙路"));
        const RoadRegister reg = RoadRegister::build({a, b, a});
        const QList<RegisterEntry> found = reg.lookup(QStringLiteral("五峰山路"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].events.size(), 2); // a and b, not a twice
        QCOMPARE(found[0].events[0].notice == a.id || found[0].events[0].notice == b.id, true);
        QVERIFY(found[0].events[0].notice != found[0].events[1].notice);
    }

    void traditionalLookup() {
        const RoadRegister reg =
            RoadRegister::build({notice(QStringLiteral("N9"), QDate(2021, 9, 3),
                                        {road(55, RoadAction::Name, QStringLiteral("荷葉路"),
                                              QStringLiteral("横三路"), QStringLiteral("横四路"))})});
        QCOMPARE(reg.lookup(QStringLiteral("荷叶路")).size(), 1);
        QCOMPARE(reg.lookup(QStringLiteral("荷葉路")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRoadRegister)
#include "tst_road_register.moc"
