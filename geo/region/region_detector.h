// Which city a notice is about, from its own words: the issuer, the title, the document-number prefix
// (济政字 → the cities whose short name starts with 济), the 区/县 and 街道/镇 its items name and the
// cities its headline and introduction mention, each matched in the gazetteer. Each piece of evidence
// votes for the cities it can mean (issuer and title weigh 3, a city mentioned in the lead 1 per line
// up to 3, the other pieces 1); a single city with the most votes wins. A tie gives a RegionAmbiguous
// finding listing the tied cities (the user chooses), no evidence a RegionUnknown finding.
#pragma once

#include "core/notice.h"
#include "region/gazetteer.h"

#include <QHash>

namespace luming {

struct RegionDetection {
    NoticeRegion region;            // basis Detected, or Unknown
    QList<AdminUnit> candidates;    // the cities that tied (ambiguous) or the winner
    std::optional<Finding> finding; // RegionUnknown or RegionAmbiguous
};

class RegionDetector {
public:
    explicit RegionDetector(Gazetteer gazetteer);

    [[nodiscard]] RegionDetection detect(const Notice& notice) const;
    // The user's `--region`: a city's code or name (济南, 济南市, 370100; a county-level unit means its
    // city). Fails naming the candidates when the name means several cities, or none.
    [[nodiscard]] Result<NoticeRegion> choose(const QString& codeOrName) const;
    // The cities a name in running text can mean, longest names first: every city and county-level unit
    // by full name, cities also by short name. Used for issuer and title.
    [[nodiscard]] QList<AdminUnit> citiesNamedIn(const QString& text, QStringList* matched = nullptr) const;
    // The same in a headline or an introduction, leaving out the names that begin a road's name (北京东路,
    // 南京大道 lie in every city).
    [[nodiscard]] QList<AdminUnit> citiesMentionedIn(const QString& text) const;

    [[nodiscard]] const Gazetteer& gazetteer() const { return gazetteer_; }

private:
    QList<AdminUnit> scan(const QString& text, bool skipRoadNames, QStringList* matched) const;

    Gazetteer gazetteer_;
    QHash<QString, QList<AdminUnit>> textNames_; // placeKey of a name usable in running text → cities
    QHash<QChar, QList<AdminUnit>> docPrefix_;   // first character of a city's short name → cities
    int longestName_ = 0;
};

} // namespace luming
