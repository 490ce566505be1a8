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
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace luming {

namespace {

// Bumped when the index's tables or the key change: an old cache is then rebuilt, not misread.
constexpr int kIndexFormat = 5; // 3: the name key is NameKey (look-alikes, planning markers); 4: pinyin;
                                // 5: pinyin prefixes of 2–8 letters indexed

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

const char* kSchema = R"SQL(
CREATE TABLE facts(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE features(id INTEGER PRIMARY KEY, layer TEXT NOT NULL, fid INTEGER NOT NULL, name TEXT NOT NULL,
                      name_key TEXT NOT NULL, minx REAL, miny REAL, maxx REAL, maxy REAL);
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

// The pinyin tokens of feature `id` (pinyin_tokens.h).
Status addPinyin(sqlite3* db, sqlite3_stmt* tokens, sqlite3_stmt* whole, sqlite3_int64 id,
                 const QString& name) {
    const PinyinTokens pinyin = pinyinTokens(name);
    if (pinyin.suffixes.isEmpty())
        return {};
    sqlite3_reset(tokens);
    sqlite3_bind_int64(tokens, 1, id);
    sqlite::bindText(tokens, 2, pinyin.suffixes.join(u' '));
    if (sqlite3_step(tokens) != SQLITE_DONE)
        return fail(sqlite::lastError(db));
    for (const QString& letters : pinyin.wholes) {
        sqlite3_reset(whole);
        sqlite::bindText(whole, 1, letters);
        sqlite3_bind_int64(whole, 2, id);
        if (sqlite3_step(whole) != SQLITE_DONE)
            return fail(sqlite::lastError(db));
    }
    return {};
}

struct Built {
    qint64 features = 0;
    qint64 named = 0;
};

// Reads every named feature of every layer into the index at `path` (a new, empty database).
Result<Built> fill(sqlite3* db, GDALDataset& ds, Feedback* feedback) {
    if (Status s = sqlite::exec(db, kSchema); !s)
        return s.error();
    if (Status s = sqlite::exec(db, "BEGIN"); !s)
        return s.error();
    auto feature = sqlite::prepare(
        db,
        "INSERT INTO features(layer, fid, name, name_key, minx, miny, maxx, maxy) VALUES(?,?,?,?,?,?,?,?)");
    auto grams = sqlite::prepare(db, "INSERT INTO name_grams(rowid, grams) VALUES(?,?)");
    auto trigrams = sqlite::prepare(db, "INSERT INTO name_trigrams(rowid, name_key) VALUES(?,?)");
    auto pinyin = sqlite::prepare(db, "INSERT INTO name_pinyin(rowid, tokens) VALUES(?,?)");
    auto whole = sqlite::prepare(db, "INSERT INTO pinyin_whole(letters, id) VALUES(?,?)");
    if (!feature)
        return feature.error();
    if (!grams)
        return grams.error();
    if (!trigrams)
        return trigrams.error();
    if (!pinyin)
        return pinyin.error();
    if (!whole)
        return whole.error();
    const auto lonLat = gdal::epsgTraditional(4490);
    qint64 total = 0;
    for (OGRLayer* layer : ds.GetLayers())
        total += std::max<GIntBig>(0, layer->GetFeatureCount(FALSE));
    Built built;
    for (OGRLayer* layer : ds.GetLayers()) {
        const int field = gdal::nameFieldIndex(*layer->GetLayerDefn());
        const QString layerName = QString::fromUtf8(layer->GetName());
        gdal::CoordinateTransformationPtr ct;
        if (const OGRSpatialReference* srs = layer->GetSpatialRef(); srs && lonLat) {
            OGRSpatialReference source = *srs;
            source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            ct = gdal::transformation(source, *lonLat);
        }
        layer->ResetReading();
        while (const gdal::FeaturePtr f{layer->GetNextFeature()}) {
            if ((++built.features & 4095) == 0) {
                if (isCanceled(feedback))
                    return fail(QStringLiteral("cancelled"));
                if (total > 0)
                    setProgress(feedback, std::min(99.0, 100.0 * double(built.features) / double(total)));
            }
            if (field < 0 || !f->IsFieldSetAndNotNull(field))
                continue;
            const QString name = QString::fromUtf8(f->GetFieldAsString(field)).trimmed();
            const QStringList chars = searchCharacters(name);
            if (chars.isEmpty())
                continue;
            const QString key = chars.join(QString());
            ++built.named;
            sqlite3_stmt* st = feature->get();
            sqlite3_reset(st);
            sqlite::bindText(st, 1, layerName);
            sqlite3_bind_int64(st, 2, f->GetFID());
            sqlite::bindText(st, 3, name);
            sqlite::bindText(st, 4, key);
            for (int c = 5; c <= 8; ++c)
                sqlite3_bind_null(st, c);
            if (const OGRGeometry* g = f->GetGeometryRef(); g && !g->IsEmpty()) {
                OGREnvelope e;
                g->getEnvelope(&e);
                double xs[] = {e.MinX, e.MaxX, e.MinX, e.MaxX};
                double ys[] = {e.MinY, e.MinY, e.MaxY, e.MaxY};
                int ok[] = {TRUE, TRUE, TRUE, TRUE};
                if (!ct || (ct->Transform(4, xs, ys, nullptr, ok) && ok[0] && ok[1] && ok[2] && ok[3])) {
                    sqlite3_bind_double(st, 5, std::min({xs[0], xs[1], xs[2], xs[3]}));
                    sqlite3_bind_double(st, 6, std::min({ys[0], ys[1], ys[2], ys[3]}));
                    sqlite3_bind_double(st, 7, std::max({xs[0], xs[1], xs[2], xs[3]}));
                    sqlite3_bind_double(st, 8, std::max({ys[0], ys[1], ys[2], ys[3]}));
                }
            }
            if (sqlite3_step(st) != SQLITE_DONE)
                return fail(sqlite::lastError(db));
            const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
            for (sqlite3_stmt* text : {grams->get(), trigrams->get()}) {
                sqlite3_reset(text);
                sqlite3_bind_int64(text, 1, id);
                sqlite::bindText(text, 2, text == grams->get() ? gramTokens(chars) : key);
                if (sqlite3_step(text) != SQLITE_DONE)
                    return fail(sqlite::lastError(db));
            }
            if (Status s = addPinyin(db, pinyin->get(), whole->get(), id, name); !s)
                return s.error();
        }
    }
    if (Status s = sqlite::exec(db, "CREATE INDEX features_key ON features(name_key);"
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
                return fail(
                    QStringLiteral("%1: %2").arg(QFileInfo(source).fileName(), built.error().message));
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
        auto st = sqlite::prepare(db, shortQuery ? R"SQL(
            SELECT layer, fid, name, minx, miny, maxx, maxy, 1 FROM features WHERE name_key = ?1
            UNION ALL
            SELECT f.layer, f.fid, f.name, f.minx, f.miny, f.maxx, f.maxy, 0
              FROM name_grams JOIN features f ON f.id = name_grams.rowid
             WHERE name_grams MATCH ?2 AND f.name_key <> ?1)SQL"
                                                 : R"SQL(
            SELECT layer, fid, name, minx, miny, maxx, maxy, 1 FROM features WHERE name_key = ?1
            UNION ALL
            SELECT f.layer, f.fid, f.name, f.minx, f.miny, f.maxx, f.maxy, 0
              FROM name_trigrams JOIN features f ON f.id = name_trigrams.rowid
             WHERE name_trigrams MATCH ?2 AND f.name_key <> ?1)SQL");
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
        SELECT f.layer, f.fid, f.name, f.minx, f.miny, f.maxx, f.maxy, 1
          FROM pinyin_whole w JOIN features f ON f.id = w.id WHERE w.letters = ?1
        UNION ALL
        SELECT f.layer, f.fid, f.name, f.minx, f.miny, f.maxx, f.maxy, 0
          FROM name_pinyin JOIN features f ON f.id = name_pinyin.rowid WHERE name_pinyin MATCH ?2)SQL");
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
