#include "notice/place_reader.h"

#include "notice/notice_grammar.h"

#include <QRegularExpression>

namespace luming {

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
    if (const auto d = g.district.match(place.folded.mid(rest)); d.hasMatch()) {
        out.district = place.cut(rest, rest + d.capturedEnd(u"district"));
        rest += d.capturedEnd();
    }
    auto it = g.subdistrict.globalMatch(place.folded.mid(rest));
    while (it.hasNext()) {
        const auto m = it.next();
        out.subdistricts.append(place.cut(rest + m.capturedStart(u"sub"), rest + m.capturedEnd(u"sub")));
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
