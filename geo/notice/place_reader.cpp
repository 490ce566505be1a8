#include "notice/place_reader.h"

#include "notice/notice_grammar.h"
#include "notice/notice_lexicon.h"
#include "notice/reader_evidence.h"

#include <QRegularExpression>
#include <algorithm>

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
    FieldEvidence districtWhy, subWhy;
    const auto span = [&place](FieldEvidence& why, qsizetype from, qsizetype to, LexCategory category) {
        const FieldEvidence one = evidenceIn(place, from, to, QString(), category);
        if (why.offset < 0)
            why = one;
        else
            why.length = one.offset + one.length - why.offset;
    };
    const auto addDistrict = [&out](const QString& district) {
        // Two districts for one road are joined with 、 in printed order (samples/README.md, district).
        if (!out.district.split(u'、').contains(district))
            out.district += (out.district.isEmpty() ? QString() : QStringLiteral("、")) + district;
    };
    if (const auto d = g.district.match(place.folded.mid(rest));
        d.hasMatch() && !isGenericArea(d.capturedView(u"district"))) {
        addDistrict(place.cut(rest, rest + d.capturedEnd(u"district")));
        span(districtWhy, rest, rest + d.capturedEnd(u"district"), LexCategory::PlaceDistrict);
        rest += d.capturedEnd();
        // "位于A区、B区交界处", "A区与B区之间": a road on the line between districts lies in both.
        while (rest + 1 < place.size() && kPlaceConjunctions.contains(place.folded[rest])) {
            const auto next = g.district.match(place.folded.mid(rest + 1));
            if (!next.hasMatch() || isGenericArea(next.capturedView(u"district")))
                break;
            addDistrict(place.cut(rest + 1, rest + 1 + next.capturedEnd(u"district")));
            span(districtWhy, rest + 1, rest + 1 + next.capturedEnd(u"district"), LexCategory::PlaceDistrict);
            rest += 1 + next.capturedEnd();
        }
    }
    auto it = g.subdistrict.globalMatch(place.folded.mid(rest));
    while (it.hasNext()) {
        const auto m = it.next();
        qsizetype from = rest + m.capturedStart(u"sub");
        qsizetype to = rest + m.capturedEnd(u"sub");
        // "房镇镇": a 镇 whose name ends in 镇 (the shortest match stops at its first 镇).
        if (to < place.size() && (place.folded[to] == u'镇' || place.folded[to] == u'乡') &&
            place.folded[to - 1] == place.folded[to] &&
            (to + 1 == place.size() || place.folded[to + 1].script() != QChar::Script_Han)) {
            ++to;
            it = g.subdistrict.globalMatch(place.folded.mid(rest), to - rest);
        }
        // "A街道和B街道", "A区B街道及C区D街道": the conjunction joins places, it is not part of one, and
        // a district named after it is the second district of the road.
        const qsizetype start = from;
        while (from < to && kPlaceConjunctions.contains(place.folded[from]))
            ++from;
        const auto d = g.district.match(place.folded.sliced(from, to - from));
        // "工区街道、游仙区春雷街道": after a 、 the next place may open with its own district too.
        const bool joined =
            from > start || (start > 0 && kPlaceConjunctions.contains(place.folded[start - 1]));
        const bool districtAfter = joined && d.hasMatch() && !isGenericArea(d.capturedView(u"district"));
        // "莲池区和平里街道": a word opening the first 街道 right after the district (or the phrase) joins
        // nothing; it is the 街道's own (和平里街道).
        if (!districtAfter && out.subdistricts.isEmpty() && start == m.capturedStart(u"sub") + rest &&
            m.capturedStart(u"sub") == 0)
            from = start;
        if (districtAfter) {
            addDistrict(place.cut(from, from + d.capturedEnd(u"district")));
            span(districtWhy, from, from + d.capturedEnd(u"district"), LexCategory::PlaceDistrict);
            from += d.capturedEnd();
        }
        if (from < to) {
            out.subdistricts.append(place.cut(from, to));
            span(subWhy, from, to, LexCategory::PlaceSub);
        }
    }
    if (!out.district.isEmpty())
        noteEvidence(out.evidence, {FieldId::District}, districtWhy);
    if (!out.subdistricts.isEmpty())
        noteEvidence(out.evidence, {FieldId::Subdistricts}, subWhy);
    return out;
}

FieldEvidenceMap placeEvidence(const Place& place, const QString& where) {
    FieldEvidenceMap out = place.evidence;
    for (auto it = out.begin(); it != out.end(); ++it)
        it->rule =
            (it.key() == FieldId::District ? QStringLiteral("district.") : QStringLiteral("subdistricts.")) +
            where;
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

namespace {

// A title's or headline's subject places the roads only when it opens with the place and then speaks of
// the roads in general ("A区部分", "A区B街道", "A开发区"): "祈福街等市区内" names roads, not a place.
Place subjectPlace(const TextSlice& printed) {
    const auto& g = NoticeGrammar::instance();
    // "关于对A区部分道路命名的决定": the 对 is the verb's.
    const bool verb = printed.folded.startsWith(u'对') || printed.folded.startsWith(u'将');
    const TextSlice subject = verb ? printed.mid(1) : printed;
    const auto d = g.district.match(subject.folded);
    const auto sub = g.subdistrict.match(subject.folded);
    const qsizetype placeEnd = d.hasMatch()                                 ? d.capturedEnd(u"district")
                               : sub.hasMatch() && sub.capturedStart() == 0 ? sub.capturedEnd(u"sub")
                                                                            : -1;
    if (placeEnd < 0 || subject.folded.left(placeEnd).contains(u'等') ||
        subject.folded.left(placeEnd).contains(u'、'))
        return {};
    static const QRegularExpression general(
        expandPatternMacros(QStringLiteral("^(?:部分|的|辖区|境内|内|区域|范围内|新建|\\d|"
                                           "[一二三四五六七八九十]|{HAN}{0,8}?(?:街道|镇|乡)|$)")));
    if (!general.match(subject.folded.mid(placeEnd)).hasMatch())
        return {};
    return readPlace(subject);
}

} // namespace

Place readLeadPlace(const TextSlice& text) {
    Place out;
    for (auto it = NoticeGrammar::instance().leadPlace.globalMatch(text.folded); it.hasNext();) {
        const auto m = it.next();
        // "A区和B区N条道路": several districts for all the roads say which holds each no more than none.
        const QStringView place = m.capturedView(u"place");
        // "现就A区、B区部分道路…", "对A镇、B镇及C开发区部分道路": the place after a conjunction is the last
        // of several.
        const auto listed = [](QChar c) {
            return QStringView(u"区县旗镇乡道").contains(c);
        };
        if (const qsizetype at = m.capturedStart(u"place");
            at >= 2 && QStringView(u"、和及与").contains(text.folded[at - 1]) && listed(text.folded[at - 2]))
            return {};
        for (qsizetype i = 0; i + 1 < place.size(); ++i) {
            if ((place[i] == u'区' || place[i] == u'县') && !isGenericArea(place.first(i + 1)))
                return {};
            if (listed(place[i]) && QStringView(u"、及与").contains(place[i + 1]))
                return {};
        }
        const QStringView subs = m.capturedView(u"subs");
        const bool oneSub = !subs.isEmpty() && !subs.contains(u'、') && !subs.contains(u'和') &&
                            !subs.contains(u'及') && !subs.contains(u'与');
        const qsizetype end = oneSub ? m.capturedEnd(u"subs") : m.capturedEnd(u"place");
        const Place p = readPlace(text.mid(m.capturedStart(u"place"), end - m.capturedStart(u"place")));
        if (p.district.isEmpty())
            continue;
        if (!out.isEmpty() && out.district != p.district)
            return {};
        if (out.isEmpty())
            out = p;
    }
    return out;
}

Place readTitlePlace(const TextSlice& title) {
    for (const auto& pattern : NoticeGrammar::instance().titles) {
        const auto m = pattern.regex.match(title.folded);
        if (m.hasMatch())
            return subjectPlace(title.mid(m.capturedStart(u"subject"), m.capturedLength(u"subject")));
    }
    return {};
}

Place readHeadlinePlace(const TextSlice& line) {
    const auto m = NoticeGrammar::instance().headline.match(line.folded);
    if (!m.hasMatch())
        return {};
    return subjectPlace(line.mid(m.capturedStart(u"subject"), m.capturedLength(u"subject")));
}

void dropCityName(QString& district, FieldEvidenceMap& evidence, QStringView noticeFolded) {
    const auto& g = NoticeGrammar::instance();
    const QString folded = foldForMatching(district);
    constexpr qsizetype kShortestDistrict = 3; // two characters and 区/县
    constexpr qsizetype kLongestDistrict = 6;
    for (qsizetype len = 2; len <= 4 && folded.size() - len >= kShortestDistrict; ++len) {
        const QStringView city = QStringView(folded).first(len);
        const QStringView rest = QStringView(folded).sliced(len);
        const bool han =
            std::all_of(city.begin(), city.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
        if (!han || rest.size() > kLongestDistrict || !(rest.endsWith(u'区') || rest.endsWith(u'县')) ||
            g.zoneKind.match(folded).hasMatch() || isGenericArea(rest) || rest.contains(u'、'))
            continue;
        if (!noticeFolded.contains(city.toString() + u'市'))
            continue;
        district = district.sliced(len);
        if (const auto e = evidence.find(FieldId::District);
            e != evidence.end() && e->offset >= 0 && e->length > len) {
            e->offset += len;
            e->length -= len;
        }
        return;
    }
}

} // namespace luming
