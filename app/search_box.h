// The toolbar's search field: as the user types, geo/search ranks the project's roads (name
// substring by name key, pinyin and initials; a 区 or 街道 lists its roads; an endpoint lists the roads tied
// to it) and a popup lists them with their 区/街道 and the reason each matched; then the features of the
// loaded layers whose names match (LayerSearch: name key, pinyin, initials), with their layer. Enter
// picks the highlighted result, or the top one.
#pragma once

#include "road_key.h"
#include "road_tree.h"
#include "search/search_hit.h"

#include <QLineEdit>
#include <memory>

class QCompleter;
class QStandardItemModel;

namespace luming {
struct Project;
class RoadSearch;
} // namespace luming

namespace luming::app {

class LayerSearch;

class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    struct Result {
        RoadKey key;
        QString name;
        QString reason; // why it matched, for the popup ("ends on 凤集路")
        MatchReason code = MatchReason::Name;
        QList<RoadKey> placeRoads; // a 区 or 街道 hit (listed first): its roads; empty for a road
        std::uint64_t layerId = 0; // a loaded layer's feature (listed last): its scene layer and FID
        qint64 fid = -1;
    };

    explicit SearchBox(QWidget* parent = nullptr);
    ~SearchBox() override;

    // Builds the search over this project (copied into the search index).
    void setProject(const Project& project);
    // The loaded layers' name search (owned by the caller, outliving the box); nullptr: none.
    void setLayerSearch(const LayerSearch* layers) { layers_ = layers; }

    // The code path of typing: runs the query and fills the popup. Returns the results, best first.
    QList<Result> updateResults(const QString& text);
    const QList<Result>& results() const { return results_; }
    // Enter: the highlighted popup row if any, else the top result. False when there is none.
    bool chooseTopResult();

signals:
    void roadChosen(const luming::app::RoadKey& key);
    // A 区 or 街道 hit was picked: select its roads together.
    void placeChosen(const QString& name, const QList<luming::app::RoadKey>& roads);
    // A loaded layer's feature was picked.
    void featureChosen(std::uint64_t layerId, qint64 fid);

public:
    // A result row's text: the name, its 区/街道 and why it matched ("风集路 — 历城区 港沟街道 — printed
    // 风集路, 9 items say 凤集路").
    static QString describe(const SearchHit& hit);
    // How the query met the value: "" as printed, else 繁/简, look-alike, the variant pair, pinyin, initials.
    static QString howMatched(const SearchHit& hit);

private:
    void chooseRow(int row);

    void appendLayerHits(const QString& text);

    std::unique_ptr<RoadSearch> search_;
    const LayerSearch* layers_ = nullptr;
    QCompleter* completer_ = nullptr;
    QStandardItemModel* model_ = nullptr;
    QList<Result> results_;
    RoadTree places_; // for place hits (place_hits.h)
};

} // namespace luming::app
