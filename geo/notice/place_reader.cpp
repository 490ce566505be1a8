#include "notice/place_reader.h"

#include "notice/notice_grammar.h"

#include <QRegularExpression>

namespace luming {

namespace {

// Words that join two places in one phrase.
const QString kPlaceConjunctions = QStringLiteral("和及与并、");

} // namespace

bool isGenericArea(QStringView foldedDistrict) {
    return NoticeGrammar::instance().genericArea.match(foldedDistrict).hasMatch();
}

Place readPlace(const TextSlice& place) {
    const auto& g = NoticeGrammar::instance();
    Place out;
    // Province and city in front ("南通如皋市丁堰镇", "济南市历下区") are not the district; 沙市区 keeps its
    // 市.
    qsizetype rest = 0;
    for (int i = 0; i < 3; ++i) {
        const auto city = g.cityPrefix.match(place.folded.mid(rest));
        if (!city.hasMatch())
            break;
        rest += city.capturedEnd();
    }
    const auto addDistrict = [&out](const QString& district) {
        // Two districts for one road are joined with 、 in printed order (samples/README.md, district).
        if (!out.district.split(u'、').contains(district))
            out.district += (out.district.isEmpty() ? QString() : QStringLiteral("、")) + district;
    };
    if (const auto d = g.district.match(place.folded.mid(rest));
        d.hasMatch() && !isGenericArea(d.capturedView(u"district"))) {
        addDistrict(place.cut(rest, rest + d.capturedEnd(u"district")));
        rest += d.capturedEnd();
    }
    auto it = g.subdistrict.globalMatch(place.folded.mid(rest));
    while (it.hasNext()) {
        const auto m = it.next();
        qsizetype from = rest + m.capturedStart(u"sub");
        const qsizetype to = rest + m.capturedEnd(u"sub");
        // "A街道和B街道", "A区B街道及C区D街道": the conjunction joins places, it is not part of one, and
        // a district named after it is the second district of the road.
        const qsizetype start = from;
        while (from < to && kPlaceConjunctions.contains(place.folded[from]))
            ++from;
        const auto d = g.district.match(place.folded.sliced(from, to - from));
        if (from > start && d.hasMatch() && !isGenericArea(d.capturedView(u"district"))) {
            addDistrict(place.cut(from, from + d.capturedEnd(u"district")));
            from += d.capturedEnd();
        }
        if (from < to)
            out.subdistricts.append(place.cut(from, to));
    }
    return out;
}

Place readPlaceAfterLeadIn(const TextSlice& run) {
    const auto& g = NoticeGrammar::instance();
    // The place begins after the last function word ("…的道路均位于荆州区…" → 荆州区…).
    qsizetype from = 0;
    auto it = g.placeLeadIn.globalMatch(run.folded);
    while (it.hasNext()) {
        const auto m = it.next();
        if (run.size() - m.capturedEnd() >= 2)
            from = m.capturedEnd();
    }
    // Digits and counts ("8条为…") never belong to a place.
    for (qsizetype i = from; i < run.size(); ++i)
        if (run.folded[i].isDigit())
            from = i + 1;
    return readPlace(run.mid(from));
}

} // namespace luming
