#include "search_box.h"

#include "layer_search.h"
#include "place_hits.h"
#include "search/road_search.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace luming::app {

namespace {
// Enough for any 区 of the notice (历城区 has 44) without flooding the popup on a one-character query.
constexpr int kMaxResults = 200;
} // namespace

SearchBox::SearchBox(QWidget* parent) : QLineEdit(parent) {
    setPlaceholderText(tr("Search roads, districts, ends…"));
    setToolTip(tr("A road name or part of it (繁/简, spaces and look-alike characters alike; or its pinyin: "
                  "gangtianlu, gtl), a district or subdistrict, or a road the others start or end on. Enter "
                  "selects the top result."));
    setClearButtonEnabled(true);
    setMinimumWidth(260);
    setMaximumWidth(420);
    model_ = new QStandardItemModel(this);
    completer_ = new QCompleter(model_, this);
    // The search has already ranked and filtered: show every row as given.
    completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer_->setMaxVisibleItems(14);
    completer_->setWidget(this);
    connect(completer_, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { chooseRow(index.row()); });
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        updateResults(text);
        if (results_.isEmpty())
            completer_->popup()->hide();
        else
            completer_->complete();
    });
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::chooseTopResult);
}

SearchBox::~SearchBox() = default;

void SearchBox::setProject(const Project& project) {
    search_ = std::make_unique<RoadSearch>(project);
    places_ = RoadTree::fromProject(project);
    results_.clear();
    model_->clear();
    if (!text().isEmpty())
        updateResults(text());
}

QString SearchBox::describe(const SearchHit& hit) {
    QStringList parts{hit.name};
    QStringList place{hit.district};
    place << hit.subdistricts;
    place.removeAll(QString());
    if (!place.isEmpty())
        parts << place.join(QLatin1Char(' '));
    QString why;
    switch (hit.reason) {
    case MatchReason::Name:
        break;
    case MatchReason::OldName:
        why = tr("formerly %1").arg(hit.matched);
        break;
    case MatchReason::District:
    case MatchReason::Subdistrict:
        why = tr("in %1").arg(hit.matched);
        break;
    case MatchReason::Endpoint:
        why = tr("starts or ends on %1").arg(hit.matched);
        break;
    case MatchReason::Via:
        why = tr("turns at %1").arg(hit.matched);
        break;
    }
    const QString how = howMatched(hit);
    if (!how.isEmpty())
        why = why.isEmpty() ? how : tr("%1 (%2)").arg(why, how);
    if (!why.isEmpty())
        parts << why;
    return parts.join(QStringLiteral(" — "));
}

QString SearchBox::howMatched(const SearchHit& hit) {
    switch (hit.form) {
    case MatchForm::AsPrinted:
        return {};
    case MatchForm::Traditional:
        return tr("traditional/simplified");
    case MatchForm::LookAlike:
        return tr("look-alike characters");
    case MatchForm::Variant:
        return tr("printed %1, %n item(s) say %2", nullptr, hit.variantItems).arg(hit.name, hit.variantName);
    case MatchForm::Pinyin:
        return tr("pinyin");
    case MatchForm::Initials:
        return tr("pinyin initials");
    }
    return {};
}

QList<SearchBox::Result> SearchBox::updateResults(const QString& text) {
    results_.clear();
    model_->clear();
    if (!search_) {
        appendLayerHits(text);
        return results_;
    }
    for (const PlaceHit& place : placeHits(places_, text)) {
        const QString label = place.kind == PlaceHit::Kind::District
                                  ? tr("%1 — district, %n road(s)", nullptr, int(place.roads.size()))
                                  : tr("%1 (%2) — subdistrict, %n road(s)", nullptr, int(place.roads.size()));
        const MatchReason code =
            place.kind == PlaceHit::Kind::District ? MatchReason::District : MatchReason::Subdistrict;
        results_.append(Result{{},
                               place.name,
                               place.kind == PlaceHit::Kind::District ? label.arg(place.name)
                                                                      : label.arg(place.name, place.district),
                               code,
                               place.roads});
        auto* item = new QStandardItem(results_.last().reason);
        item->setEditable(false);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        model_->appendRow(item); // the model owns the item
    }
    const QList<SearchHit> hits = search_->search(text, kMaxResults);
    for (const SearchHit& hit : hits) {
        results_.append(Result{hit.road, hit.name, describe(hit), hit.reason, {}});
        auto* item = new QStandardItem(results_.last().reason);
        item->setEditable(false);
        item->setToolTip(tr("Item %1 of %2").arg(hit.road.seq).arg(hit.road.notice.displayText()));
        model_->appendRow(item); // the model owns the item
    }
    appendLayerHits(text);
    return results_;
}

void SearchBox::appendLayerHits(const QString& text) {
    if (!layers_ || text.trimmed().isEmpty())
        return;
    constexpr int kMaxLayerResults = 50;
    for (const LoadedLayerHit& found : layers_->search(text, kMaxLayerResults)) {
        const LayerHit& hit = found.hit;
        QString label = tr("%1 — layer %2").arg(hit.name, hit.layer);
        if (hit.form == LayerHitForm::Pinyin)
            label = tr("%1 (%2)").arg(label, tr("pinyin"));
        Result result{{}, hit.name, label, MatchReason::Name, {}};
        result.layerId = found.layerId;
        result.fid = hit.fid;
        results_.append(result);
        auto* item = new QStandardItem(label);
        item->setEditable(false);
        item->setToolTip(tr("Feature %1 of layer %2").arg(hit.fid).arg(hit.layer));
        model_->appendRow(item); // the model owns the item
    }
}

bool SearchBox::chooseTopResult() {
    if (results_.isEmpty())
        updateResults(text());
    const QModelIndex current = completer_->popup()->currentIndex();
    const int row = completer_->popup()->isVisible() && current.isValid() ? current.row() : 0;
    if (row >= results_.size())
        return false;
    chooseRow(row);
    return true;
}

void SearchBox::chooseRow(int row) {
    if (row < 0 || row >= results_.size())
        return;
    completer_->popup()->hide();
    const Result& result = results_.at(row);
    if (result.layerId != 0)
        emit featureChosen(result.layerId, result.fid);
    else if (!result.placeRoads.isEmpty())
        emit placeChosen(result.name, result.placeRoads);
    else
        emit roadChosen(result.key);
}

} // namespace luming::app
