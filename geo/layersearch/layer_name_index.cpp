#include "layersearch/layer_name_index.h"

#include "chinese/name_key.h"
#include "chinese/pinyin.h"
#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"
#include "gdal/name_field_p.h"
#include "layersearch/pinyin_tokens.h"
#include "render/layer_encoding.h"
#include "store/sqlite_raii.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <cstring>

namespace luming {

namespace {

// Bumped when the index's tables or the key change: an old cache is then rebuilt, not misread.
constexpr int kIndexFormat = 6; // 3: the name key is NameKey (look-alikes, planning markers); 4: pinyin;
                                // 5: pinyin prefixes of 2–8 letters indexed; 6: each name indexed once

// The files GDAL reads for `source` (a shapefile's .shp/.dbf/.cpg…), sorted.
QStringList datasetFiles(GDALDataset& ds, const QString& source) {
    QStringList files;
    const CPLStringList list(ds.GetFileList());
    for (int i = 0; i < list.size(); ++i)
        files << QString::fromUtf8(list[i]);
    if (files.isEmpty())
        files << source;
    files.sort();
    return files;
}

// What the files look like from outside (path, size, modification time): when it is unchanged since the
// digest was taken, the digest is reused instead of reading 200 MB again.
QString fileStamp(const QStringList& files) {
    // The format too: a digest taken for an older index format must not find that index again.
    QString out = QStringLiteral("format %1\n").arg(kIndexFormat);
    for (const QString& f : files) {
        const QFileInfo info(f);
        out += QStringLiteral("%1\t%2\t%3\n")
                   .arg(info.absoluteFilePath())
                   .arg(info.size())
                   .arg(info.lastModified().toMSecsSinceEpoch());
    }
    return out;
}

// The digest of every file of the dataset, in order, plus the index format.
Result<QString> contentDigest(const QStringList& files) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(kIndexFormat));
    for (const QString& f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue; // a /vsi path or a sidecar GDAL lists but cannot be read here: its name still counts
        hash.addData(QFileInfo(f).fileName().toUtf8());
        if (!hash.addData(&file))
            return fail(
                QCoreApplication::translate("luming::Geo", "cannot read %1: %2").arg(f, file.errorString()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

// The digest, from the stamp file when the files are unchanged, else computed and stamped.
Result<QString> cachedDigest(const QStringList& files, const QDir& dir) {
    const QString stamp = fileStamp(files);
    const QString stampPath = dir.filePath(
        QString::fromLatin1(
            QCryptographicHash::hash(files.join(u'\n').toUtf8(), QCryptographicHash::Sha1).toHex()) +
        QStringLiteral(".stamp"));
    QFile previous(stampPath);
    if (previous.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(previous.readAll());
        if (text.startsWith(stamp))
            if (const QString digest = text.mid(stamp.size()).trimmed(); digest.size() == 64)
                return digest;
    }
    Result<QString> digest = contentDigest(files);
    if (digest) {
        QSaveFile out(stampPath);
        if (out.open(QIODevice::WriteOnly)) {
            out.write((stamp + *digest + u'\n').toUtf8());
            (void)out.commit(); // a stamp that cannot be written only costs the next open a digest
        }
    }
    return digest;
}

QString defaultCacheDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("luming/layer-index"));
}

// Shapefiles get the attribute encoding the viewer would use (.cpg, LDID, content).
QStringList openOptionsFor(const QString& source) {
    const QFileInfo info(source);
    if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) != 0)
        return {};
    const QString dbf = info.dir().filePath(info.completeBaseName() + QStringLiteral(".dbf"));
    if (const auto guess = guessDbfEncoding(dbf))
        return {QStringLiteral("ENCODING=") + recodeName(guess->encoding)};
    return {};
}

// The name key's letters and digits, one string per character (a surrogate pair is one).
QStringList searchCharacters(const QString& name) {
    const QString key = NameKey::of(name);
    QStringList out;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const qsizetype n = key[i].isHighSurrogate() && i + 1 < key.size() ? 2 : 1;
        const QString c = key.mid(i, n);
        i += n - 1;
        // Spaces and punctuation are not part of a name's key: "港田 路" and "港田·路" are 港田路.
        if (c[0].isLetterOrNumber() || c[0].isHighSurrogate())
            out << c;
    }
    return out;
}

// Every character and every pair of neighbours, as FTS5 tokens: a one- or two-character query is one
// token lookup, however common its characters are.
QString gramTokens(const QStringList& chars) {
    QStringList tokens = chars;
    for (qsizetype i = 0; i + 1 < chars.size(); ++i)
        tokens << chars[i] + chars[i + 1];
    tokens.removeDuplicates();
    return tokens.join(u' ');
}

// The index tables. A name is indexed once however many features carry it (a city's road is tens of
// segments of one name): `names` holds each distinct name with its key, the FTS5 tables' rowids are
// name ids, and `features` points at its name.
const char* kSchema = R"SQL(
CREATE TABLE facts(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE names(id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL);
CREATE TABLE features(id INTEGER PRIMARY KEY, layer TEXT NOT NULL, fid INTEGER NOT NULL,
                      name_id INTEGER NOT NULL, minx REAL, miny REAL, maxx REAL, maxy REAL);
CREATE VIRTUAL TABLE name_grams USING fts5(grams, content='', columnsize=0, detail='none');
CREATE VIRTUAL TABLE name_trigrams USING fts5(name_key, content='', columnsize=0, tokenize='trigram');
-- pinyin_tokens.h: every character's suffix spelled in full and as initials; a query is a prefix of one.
-- A prefix of an indexed length is one lookup whose rows are read only as far as the LIMIT; any other
-- prefix merges every term it begins (1M distinct "ceshi…" terms: 2.3 s), so the common query lengths,
-- 2 to 8 letters, are indexed; longer prefixes begin few terms.
CREATE VIRTUAL TABLE name_pinyin USING fts5(tokens, content='', columnsize=0, detail='none',
                                            prefix='2 3 4 5 6 7 8');
CREATE TABLE pinyin_whole(letters TEXT NOT NULL, id INTEGER NOT NULL);
)SQL";

// The build writes a new file that is renamed into place only when complete, so it needs no journal and
// no syncs (a crash leaves a `.building` file nothing reads); the cache holds FTS5's segments while
// they merge. FTS5 merges its segments once, at the end, instead of on every flush.
const char* kBuildPragmas = R"SQL(
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -65536;
)SQL";

Status step(sqlite3* db, sqlite3_stmt* st) {
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return fail(sqlite::lastError(db));
    return {};
}

// UTF-8 bound for the one step that follows (the bytes outlive it).
void bindUtf8(sqlite3_stmt* st, int index, const QByteArray& utf8) {
    sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

// The statements of a build, each prepared once.
struct Inserts {
    sqlite::StatementPtr name, feature, grams, trigrams, pinyin, whole;
};

Result<Inserts> prepareInserts(sqlite3* db) {
    Inserts in;
    const std::pair<sqlite::StatementPtr*, const char*> sql[] = {
        {&in.name, "INSERT INTO names(id, name, name_key) VALUES(?,?,?)"},
        {&in.feature,
         "INSERT INTO features(layer, fid, name_id, minx, miny, maxx, maxy) VALUES(?,?,?,?,?,?,?)"},
        {&in.grams, "INSERT INTO name_grams(rowid, grams) VALUES(?,?)"},
        {&in.trigrams, "INSERT INTO name_trigrams(rowid, name_key) VALUES(?,?)"},
        {&in.pinyin, "INSERT INTO name_pinyin(rowid, tokens) VALUES(?,?)"},
        {&in.whole, "INSERT INTO pinyin_whole(letters, id) VALUES(?,?)"}};
    for (const auto& [st, text] : sql) {
        auto prepared = sqlite::prepare(db, text);
        if (!prepared)
            return prepared.error();
        *st = std::move(*prepared);
    }
    return in;
}

// Indexes name `id` (its key's characters and pairs, trigrams and pinyin); false: it has no letters or
// digits and is not a name to search.
Result<bool> addName(sqlite3* db, const Inserts& in, sqlite3_int64 id, const QString& name) {
    const QStringList chars = searchCharacters(name);
    if (chars.isEmpty())
        return false;
    const QByteArray key = chars.join(QString()).toUtf8();
    sqlite3_bind_int64(in.name.get(), 1, id);
    const QByteArray stored = name.toUtf8();
    bindUtf8(in.name.get(), 2, stored);
    bindUtf8(in.name.get(), 3, key);
    if (Status s = step(db, in.name.get()); !s)
        return s.error();
    const QByteArray grams = gramTokens(chars).toUtf8();
    for (const auto& [st, text] : {std::pair{in.grams.get(), &grams}, std::pair{in.trigrams.get(), &key}}) {
        sqlite3_bind_int64(st, 1, id);
        bindUtf8(st, 2, *text);
        if (Status s = step(db, st); !s)
            return s.error();
    }
    const PinyinTokens pinyin = pinyinTokens(name);
    if (pinyin.suffixes.isEmpty())
        return true;
    sqlite3_bind_int64(in.pinyin.get(), 1, id);
    const QByteArray suffixes = pinyin.suffixes.join(u' ').toLatin1();
    bindUtf8(in.pinyin.get(), 2, suffixes);
    if (Status s = step(db, in.pinyin.get()); !s)
        return s.error();
    for (const QString& letters : pinyin.wholes) {
        const QByteArray latin = letters.toLatin1();
        bindUtf8(in.whole.get(), 1, latin);
        sqlite3_bind_int64(in.whole.get(), 2, id);
        if (Status s = step(db, in.whole.get()); !s)
            return s.error();
    }
    return true;
}

// Binds the feature's extent in lon/lat (columns 4–7), null when it has none or it cannot be transformed.
void bindBounds(sqlite3_stmt* st, const OGRFeature& f, OGRCoordinateTransformation* ct) {
    for (int c = 4; c <= 7; ++c)
        sqlite3_bind_null(st, c);
    const OGRGeometry* g = f.GetGeometryRef();
    if (!g || g->IsEmpty())
        return;
    OGREnvelope e;
    g->getEnvelope(&e);
    double xs[] = {e.MinX, e.MaxX, e.MinX, e.MaxX};
    double ys[] = {e.MinY, e.MinY, e.MaxY, e.MaxY};
    int ok[] = {TRUE, TRUE, TRUE, TRUE};
    if (ct && !(ct->Transform(4, xs, ys, nullptr, ok) && ok[0] && ok[1] && ok[2] && ok[3]))
        return;
    sqlite3_bind_double(st, 4, std::min({xs[0], xs[1], xs[2], xs[3]}));
    sqlite3_bind_double(st, 5, std::min({ys[0], ys[1], ys[2], ys[3]}));
    sqlite3_bind_double(st, 6, std::max({xs[0], xs[1], xs[2], xs[3]}));
    sqlite3_bind_double(st, 7, std::max({ys[0], ys[1], ys[2], ys[3]}));
}

// Only the name field is read (and the geometry, for the extent).
void ignoreAllBut(OGRLayer& layer, int field) {
    CPLStringList ignored;
    const OGRFeatureDefn& defn = *layer.GetLayerDefn();
    for (int i = 0; i < defn.GetFieldCount(); ++i)
        if (i != field)
            ignored.AddString(defn.GetFieldDefn(i)->GetNameRef());
    ignored.AddString("OGR_STYLE");
    layer.SetIgnoredFields(const_cast<const char**>(ignored.List()));
}

struct Built {
    qint64 features = 0;
    qint64 named = 0;
};

// Lets a cancel stop SQLite's own long steps too (the FTS5 merges and the b-tree indexes at the end of
// a build): SQLite asks every kProgressSteps virtual-machine steps, and a non-zero answer interrupts.
constexpr int kProgressSteps = 100000;
int interruptWhenCancelled(void* feedback) {
    return isCanceled(static_cast<Feedback*>(feedback)) ? 1 : 0;
}

// Reads every named feature of every layer into the index at `path` (a new, empty database): one
// transaction, each name's key, grams and pinyin computed once (by its bytes as read).
Result<Built> fill(sqlite3* db, GDALDataset& ds, Feedback* feedback) {
    if (feedback)
        sqlite3_progress_handler(db, kProgressSteps, interruptWhenCancelled, feedback);
    if (Status s = sqlite::exec(db, kBuildPragmas); !s)
        return s.error();
    if (Status s = sqlite::exec(db, kSchema); !s)
        return s.error();
    if (Status s = sqlite::exec(db, "INSERT INTO name_grams(name_grams, rank) VALUES('automerge', 0);"
                                    "INSERT INTO name_trigrams(name_trigrams, rank) VALUES('automerge', 0);"
                                    "INSERT INTO name_pinyin(name_pinyin, rank) VALUES('automerge', 0);"
                                    "BEGIN");
        !s)
        return s.error();
    const Result<Inserts> in = prepareInserts(db);
    if (!in)
        return in.error();
    const auto lonLat = gdal::epsgTraditional(4490);
    qint64 total = 0;
    for (OGRLayer* layer : ds.GetLayers())
        total += std::max<GIntBig>(0, layer->GetFeatureCount(FALSE));
    Built built;
    // Name id by the bytes read; 0: not a name (no letters or digits).
    QHash<QByteArray, sqlite3_int64> nameIds;
    sqlite3_stmt* feature = in->feature.get();
    for (OGRLayer* layer : ds.GetLayers()) {
        const int field = gdal::nameFieldIndex(*layer->GetLayerDefn());
        const QByteArray layerName(layer->GetName());
        gdal::CoordinateTransformationPtr ct;
        if (const OGRSpatialReference* srs = layer->GetSpatialRef(); srs && lonLat) {
            OGRSpatialReference source = *srs;
            source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            if (!source.IsSame(&*lonLat))
                ct = gdal::transformation(source, *lonLat);
        }
        ignoreAllBut(*layer, field);
        layer->ResetReading();
        while (const gdal::FeaturePtr f{layer->GetNextFeature()}) {
            if ((++built.features & 4095) == 0) {
                if (isCanceled(feedback))
                    return fail(QCoreApplication::translate("luming::Geo", "cancelled"));
                if (total > 0)
                    setProgress(feedback, std::min(99.0, 100.0 * double(built.features) / double(total)));
            }
            if (field < 0 || !f->IsFieldSetAndNotNull(field))
                continue;
            const char* text = f->GetFieldAsString(field);
            const QByteArray raw = QByteArray::fromRawData(text, qsizetype(std::strlen(text)));
            auto it = nameIds.constFind(raw);
            if (it == nameIds.cend()) {
                const sqlite3_int64 id = nameIds.size() + 1;
                const Result<bool> added = addName(db, *in, id, QString::fromUtf8(raw).trimmed());
                if (!added)
                    return added.error();
                it = nameIds.insert(QByteArray(raw.constData(), raw.size()), *added ? id : 0);
            }
            if (*it == 0)
                continue;
            ++built.named;
            bindUtf8(feature, 1, layerName);
            sqlite3_bind_int64(feature, 2, f->GetFID());
            sqlite3_bind_int64(feature, 3, *it);
            bindBounds(feature, *f, ct.get());
            if (Status s = step(db, feature); !s)
                return s.error();
        }
        layer->SetIgnoredFields(nullptr);
    }
    // One merge of each FTS5 table's segments, then the b-tree indexes, sorted once.
    if (Status s = sqlite::exec(db, "INSERT INTO name_grams(name_grams) VALUES('optimize');"
                                    "INSERT INTO name_trigrams(name_trigrams) VALUES('optimize');"
                                    "INSERT INTO name_pinyin(name_pinyin) VALUES('optimize');"
                                    "CREATE INDEX names_key ON names(name_key);"
                                    "CREATE INDEX features_name ON features(name_id);"
                                    "CREATE INDEX pinyin_whole_letters ON pinyin_whole(letters); COMMIT");
        !s)
        return s.error();
    return built;
}

QString readFact(sqlite3* db, const char* key) {
    auto st = sqlite::prepare(db, "SELECT value FROM facts WHERE key = ?");
    if (!st)
        return {};
    sqlite::bindText(st->get(), 1, QString::fromLatin1(key));
    return sqlite3_step(st->get()) == SQLITE_ROW ? sqlite::columnText(st->get(), 0) : QString();
}

Status writeFact(sqlite3* db, const char* key, const QString& value) {
    auto st = sqlite::prepare(db, "INSERT OR REPLACE INTO facts(key, value) VALUES(?, ?)");
    if (!st)
        return st.error();
    sqlite::bindText(st->get(), 1, QString::fromLatin1(key));
    sqlite::bindText(st->get(), 2, value);
    if (sqlite3_step(st->get()) != SQLITE_DONE)
        return fail(sqlite::lastError(db));
    return {};
}

} // namespace

struct LayerNameIndex::Db {
    sqlite::DatabasePtr db;
};

LayerNameIndex::LayerNameIndex(std::unique_ptr<Db> db, LayerIndexFacts facts)
    : db_(std::move(db)), facts_(std::move(facts)) {}
LayerNameIndex::LayerNameIndex(LayerNameIndex&&) noexcept = default;
LayerNameIndex& LayerNameIndex::operator=(LayerNameIndex&&) noexcept = default;
LayerNameIndex::~LayerNameIndex() = default;

QString layerSearchTokens(const QString& name) {
    return searchCharacters(name).join(u' ');
}

Result<LayerNameIndex> LayerNameIndex::open(const QString& source, Feedback* feedback,
                                            const QString& cacheDir) {
    gdal::CplErrorCollector errors;
    gdal::DatasetPtr ds = gdal::openVector(source, gdal::OpenMode::ReadOnly, {}, openOptionsFor(source));
    if (!ds)
        return fail(QCoreApplication::translate("luming::Geo", "%1: not a vector file GDAL can read (%2)")
                        .arg(QDir::toNativeSeparators(source), errors.describe(QCoreApplication::translate(
                                                                   "luming::Geo", "GDAL gave no reason"))));
    const QDir dir(cacheDir.isEmpty() ? defaultCacheDir() : cacheDir);
    if (!QDir().mkpath(dir.path()))
        return fail(
            QCoreApplication::translate("luming::Geo", "cannot create the index folder %1").arg(dir.path()));
    const Result<QString> digest = cachedDigest(datasetFiles(*ds, source), dir);
    if (!digest)
        return digest.error();
    LayerIndexFacts facts;
    facts.source = source;
    facts.indexPath = dir.filePath(*digest + QStringLiteral(".sqlite"));

    if (!QFileInfo::exists(facts.indexPath)) {
        // Built beside its final name and renamed when complete: a killed or cancelled build leaves no
        // index that looks whole.
        QTemporaryFile temp(dir.filePath(*digest + QStringLiteral(".XXXXXX.building")));
        if (!temp.open())
            return fail(QCoreApplication::translate("luming::Geo", "cannot write in %1: %2")
                            .arg(dir.path(), temp.errorString()));
        temp.close();
        {
            auto db = sqlite::open(temp.fileName(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            if (!db)
                return db.error();
            const Result<Built> built = fill(db->get(), *ds, feedback);
            if (!built)
                return fail(QStringLiteral("%1: %2").arg(
                    QFileInfo(source).fileName(),
                    // SQLite says "interrupted" when the cancel stopped one of its own steps.
                    isCanceled(feedback) ? QCoreApplication::translate("luming::Geo", "cancelled")
                                         : built.error().message));
            if (Status s = writeFact(db->get(), "features", QString::number(built->features)); !s)
                return s.error();
            if (Status s = writeFact(db->get(), "named", QString::number(built->named)); !s)
                return s.error();
        }
        if (!QFile::rename(temp.fileName(), facts.indexPath) && !QFileInfo::exists(facts.indexPath))
            return fail(QCoreApplication::translate("luming::Geo", "cannot place the index at %1")
                            .arg(facts.indexPath));
        temp.setAutoRemove(false);
        facts.built = true;
    }
    auto db = sqlite::open(facts.indexPath, SQLITE_OPEN_READONLY);
    if (!db)
        return db.error();
    facts.features = readFact(db->get(), "features").toLongLong();
    facts.named = readFact(db->get(), "named").toLongLong();
    setProgress(feedback, 100);
    return LayerNameIndex(std::make_unique<Db>(Db{std::move(*db)}), std::move(facts));
}

namespace {

// Reads the rows of a hit query (layer, fid, name, minx, miny, maxx, maxy, exact) into `hits`, once per
// feature, until `limit` (0: no limit).
Status collectHits(sqlite3* db, sqlite3_stmt* st, LayerHitForm form, int limit, QList<LayerHit>& hits,
                   QSet<QPair<QString, qint64>>& seen) {
    int rc = SQLITE_DONE;
    while ((limit <= 0 || hits.size() < limit) && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        LayerHit h;
        h.layer = sqlite::columnText(st, 0);
        h.fid = sqlite3_column_int64(st, 1);
        if (seen.contains({h.layer, h.fid}))
            continue; // an exact hit comes again among those holding the query
        seen.insert({h.layer, h.fid});
        h.name = sqlite::columnText(st, 2);
        if (sqlite3_column_type(st, 3) != SQLITE_NULL) {
            const double x0 = sqlite3_column_double(st, 3), y0 = sqlite3_column_double(st, 4);
            const double x1 = sqlite3_column_double(st, 5), y1 = sqlite3_column_double(st, 6);
            h.lonLatBounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
        }
        h.exact = sqlite3_column_int(st, 7) == 1;
        h.form = form;
        hits << h;
    }
    if (limit > 0 && hits.size() >= limit)
        return {};
    if (rc != SQLITE_DONE)
        return fail(sqlite::lastError(db));
    return {};
}

} // namespace

Result<QList<LayerHit>> LayerNameIndex::search(const QString& query, int limit) const {
    QList<LayerHit> hits;
    QSet<QPair<QString, qint64>> seen;
    sqlite3* db = db_->db.get();
    if (const QStringList chars = searchCharacters(query); !chars.isEmpty()) {
        const QString key = chars.join(QString());
        // Exact names first, then every name holding the query: one or two characters are a token of the
        // gram table, three and more a phrase of trigrams (each selective however common its characters).
        const bool shortQuery = chars.size() <= 2;
        // The FTS5 table is read in name order, each name's features in file order, as far as the limit.
        auto st = sqlite::prepare(db, shortQuery ? R"SQL(
            SELECT f.layer, f.fid, n.name, f.minx, f.miny, f.maxx, f.maxy, 1
              FROM names n JOIN features f ON f.name_id = n.id WHERE n.name_key = ?1
            UNION ALL
            SELECT f.layer, f.fid, n.name, f.minx, f.miny, f.maxx, f.maxy, 0
              FROM name_grams CROSS JOIN names n ON n.id = name_grams.rowid
                   CROSS JOIN features f ON f.name_id = n.id
             WHERE name_grams MATCH ?2 AND n.name_key <> ?1)SQL"
                                                 : R"SQL(
            SELECT f.layer, f.fid, n.name, f.minx, f.miny, f.maxx, f.maxy, 1
              FROM names n JOIN features f ON f.name_id = n.id WHERE n.name_key = ?1
            UNION ALL
            SELECT f.layer, f.fid, n.name, f.minx, f.miny, f.maxx, f.maxy, 0
              FROM name_trigrams CROSS JOIN names n ON n.id = name_trigrams.rowid
                   CROSS JOIN features f ON f.name_id = n.id
             WHERE name_trigrams MATCH ?2 AND n.name_key <> ?1)SQL");
        if (!st)
            return st.error();
        sqlite::bindText(st->get(), 1, key);
        // Quoted (a quote inside doubled): FTS5 reads it as one token or one phrase, never as syntax.
        sqlite::bindText(st->get(), 2,
                         QStringLiteral("\"%1\"").arg(QString(key).replace(u'"', QStringLiteral("\"\""))));
        if (Status s = collectHits(db, st->get(), LayerHitForm::Name, limit, hits, seen); !s)
            return s.error();
    }
    // A query of pinyin letters (gangtian, gtl) also finds the names it spells: whole spellings first.
    const QByteArray letters = Pinyin::queryLetters(query);
    if (letters.isEmpty() || (limit > 0 && hits.size() >= limit))
        return hits;
    auto st = sqlite::prepare(db, R"SQL(
        SELECT f.layer, f.fid, n.name, f.minx, f.miny, f.maxx, f.maxy, 1
          FROM pinyin_whole w CROSS JOIN names n ON n.id = w.id CROSS JOIN features f ON f.name_id = n.id
         WHERE w.letters = ?1
        UNION ALL
        SELECT f.layer, f.fid, n.name, f.minx, f.miny, f.maxx, f.maxy, 0
          FROM name_pinyin CROSS JOIN names n ON n.id = name_pinyin.rowid
               CROSS JOIN features f ON f.name_id = n.id
         WHERE name_pinyin MATCH ?2)SQL");
    if (!st)
        return st.error();
    sqlite::bindText(st->get(), 1, QString::fromLatin1(letters));
    // Letters and digits only (queryLetters): a quoted token, a prefix query.
    sqlite::bindText(st->get(), 2, QStringLiteral("\"%1\"*").arg(QString::fromLatin1(letters)));
    if (Status s = collectHits(db, st->get(), LayerHitForm::Pinyin, limit, hits, seen); !s)
        return s.error();
    return hits;
}

} // namespace luming
