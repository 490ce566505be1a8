// The toolbar's search field: as the user types, geo/search ranks the project's roads (name
// substring by name key, pinyin and initials; a 区 or 街道 lists its roads; an endpoint lists the roads tied
// to it) and a popup lists them with their 区/街道 and the reason each matched. Enter picks the
// highlighted result, or the top one.
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

class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    struct Result {
        RoadKey key;
        QString name;
        QString reason; // why it matched, for the popup ("ends on 凤集路")
        MatchReason code = MatchReason::Name;
        QList<RoadKey> placeRoads; // a 区 or 街道 hit (listed first): its roads; empty for a road
    };

    explicit SearchBox(QWidget* parent = nullptr);
    ~SearchBox() override;

    // Builds the search over this project (copied into the search index).
    void setProject(const Project& project);

    // The code path of typing: runs the query and fills the popup. Returns the results, best first.
    QList<Result> updateResults(const QString& text);
    const QList<Result>& results() const { return results_; }
    // Enter: the highlighted popup row if any, else the top result. False when there is none.
    bool chooseTopResult();

signals:
    void roadChosen(const luming::app::RoadKey& key);
    // A 区 or 街道 hit was picked: select its roads together.
    void placeChosen(const QString& name, const QList<luming::app::RoadKey>& roads);

public:
    // A result row's text: the name, its 区/街道 and why it matched ("风集路 — 历城区 港沟街道 — printed
    // 风集路, 9 items say 凤集路").
    static QString describe(const SearchHit& hit);
    // How the query met the value: "" as printed, else 繁/简, look-alike, the variant pair, pinyin, initials.
    static QString howMatched(const SearchHit& hit);

private:
    void chooseRow(int row);

    std::unique_ptr<RoadSearch> search_;
    QCompleter* completer_ = nullptr;
    QStandardItemModel* model_ = nullptr;
    QList<Result> results_;
    RoadTree places_; // for place hits (place_hits.h)
};

} // namespace luming::app
