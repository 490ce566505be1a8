// Name search over any vector layer GDAL reads (a bureau's centerlines, an OSM extract): the names of
// every layer of the file go into an SQLite index built once per file content and cached by its digest
// (SHA-256 of the dataset's files; a stamp of their sizes and times spares re-reading unchanged files),
// so a 1M-feature file is read once and each query is an index lookup afterwards.
//
// Queries are matched as substrings of the name key (繁简, width, case and spacing folded) of any length.
// Chinese road names need one- and two-character queries (路, 港田), which a trigram index cannot
// answer: each key's characters and neighbour pairs are tokens of one FTS5 table (a short query is one
// token lookup), and three or more characters are a trigram phrase of a second. Pinyin (full and
// initials, pinyin_tokens.h) is a prefix lookup in a third.
#pragma once

#include "core/feedback.h"
#include "core/result.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <memory>

namespace luming {

// How a hit met the query: its name key holds the query's, or the query spells it in pinyin.
enum class LayerHitForm { Name, Pinyin };

struct LayerHit {
    QString layer;       // the OGR layer within the file
    qint64 fid = 0;      // the feature's id in that layer
    QString name;        // as stored
    QRectF lonLatBounds; // the feature's extent in CGCS2000 lon/lat (x = lon); null when unknown
    bool exact = false;  // the whole name key equals the query's (or the whole spelling the letters)
    LayerHitForm form = LayerHitForm::Name;
};

struct LayerIndexFacts {
    QString source;    // the vector file
    QString indexPath; // the cached index
    qint64 features = 0;
    qint64 named = 0;   // features with a non-empty name
    bool built = false; // built by this open (false: taken from the cache)
};

class LayerNameIndex {
public:
    // The index of `source`, built when the cache has none for its content. `cacheDir` empty: the
    // user's cache (QStandardPaths::CacheLocation/layer-index). Building reports progress and can be
    // cancelled; a cancelled or failed build leaves no index behind.
    [[nodiscard]] static Result<LayerNameIndex> open(const QString& source, Feedback* feedback = nullptr,
                                                     const QString& cacheDir = {});

    // Exact names first, then names holding the query; then, for a query of pinyin letters (full or
    // initials), names spelled so whole and names with a run spelled so. At most `limit` (0: all).
    [[nodiscard]] Result<QList<LayerHit>> search(const QString& query, int limit = 50) const;

    [[nodiscard]] const LayerIndexFacts& facts() const { return facts_; }

    LayerNameIndex(LayerNameIndex&&) noexcept;
    LayerNameIndex& operator=(LayerNameIndex&&) noexcept;
    ~LayerNameIndex();

private:
    struct Db;
    LayerNameIndex(std::unique_ptr<Db> db, LayerIndexFacts facts);
    std::unique_ptr<Db> db_;
    LayerIndexFacts facts_;
};

// The search key as indexed: the name key's letters and digits, one space between characters
// ("港 田 路"). Exposed for tests.
[[nodiscard]] QString layerSearchTokens(const QString& name);

} // namespace luming
