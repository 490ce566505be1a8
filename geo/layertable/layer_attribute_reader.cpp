#include "layertable/layer_attribute_reader.h"

#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <limits>

namespace luming {

namespace {

QVariant valueOf(const OGRFeature& f, int field) {
    if (!f.IsFieldSetAndNotNull(field))
        return {};
    switch (f.GetFieldDefnRef(field)->GetType()) {
    case OFTInteger:
    case OFTInteger64:
        return QVariant::fromValue<qlonglong>(f.GetFieldAsInteger64(field));
    case OFTReal:
        return f.GetFieldAsDouble(field);
    default:
        return QString::fromUtf8(f.GetFieldAsString(field));
    }
}

FeatureValues valuesOf(const OGRFeature& f) {
    FeatureValues out;
    out.fid = f.GetFID();
    const int n = f.GetFieldCount();
    out.values.reserve(n);
    for (int i = 0; i < n; ++i)
        out.values << valueOf(f, i);
    return out;
}

bool isSqliteDriver(GDALDataset& ds) {
    const char* driver = ds.GetDriver() ? ds.GetDriver()->GetDescription() : "";
    return EQUAL(driver, "GPKG") || EQUAL(driver, "SQLite");
}

// MIN and MAX of the FID column through the driver's own SQL (an index lookup in SQLite); nullopt when
// the driver cannot say cheaply.
std::optional<std::pair<qint64, qint64>> fidRange(GDALDataset& ds, OGRLayer& layer) {
    if (!isSqliteDriver(ds) || !*layer.GetFIDColumn())
        return std::nullopt;
    // Two subqueries: SQLite answers a lone MIN or MAX of the rowid from the b-tree's ends, but scans
    // the whole table for MIN and MAX together.
    const QString fid = QString::fromUtf8(layer.GetFIDColumn()).replace(u'"', QStringLiteral("\"\""));
    const QString table = QString::fromUtf8(layer.GetName()).replace(u'"', QStringLiteral("\"\""));
    const QByteArray sql =
        QStringLiteral(R"(SELECT (SELECT MIN("%1") FROM "%2"), (SELECT MAX("%1") FROM "%2"))")
            .arg(fid, table)
            .toUtf8();
    OGRLayer* result = ds.ExecuteSQL(sql.constData(), nullptr, nullptr);
    if (!result)
        return std::nullopt;
    std::optional<std::pair<qint64, qint64>> range;
    if (const gdal::FeaturePtr f{result->GetNextFeature()}; f && f->IsFieldSetAndNotNull(0))
        range = std::pair<qint64, qint64>(f->GetFieldAsInteger64(0), f->GetFieldAsInteger64(1));
    ds.ReleaseResultSet(result);
    return range;
}

QString quoted(const QString& identifier) {
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// The LIKE pattern for "holds `text`", as an SQL literal: % _ and \ escaped by \, quotes doubled.
QString likeLiteral(const QString& text) {
    QString escaped;
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return QStringLiteral("'%") + escaped.replace(u'\'', QStringLiteral("''")) + QStringLiteral("%'");
}

// The FIDs of the listed rows in order, by the file's own SQL (one query; SQLite sorts, with its
// temporary b-tree on disk when large).
std::optional<std::vector<qint64>> sqlOrder(GDALDataset& ds, OGRLayer& layer, const RowOrder& order) {
    const OGRFeatureDefn& defn = *layer.GetLayerDefn();
    const QString fid = quoted(QString::fromUtf8(layer.GetFIDColumn()));
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(fid, quoted(QString::fromUtf8(layer.GetName())));
    if (!order.filter.isEmpty()) {
        QStringList any;
        const QString like = likeLiteral(order.filter);
        for (int i = 0; i < defn.GetFieldCount(); ++i)
            any << QStringLiteral("CAST(%1 AS TEXT) LIKE %2 ESCAPE '\\'")
                       .arg(quoted(QString::fromUtf8(defn.GetFieldDefn(i)->GetNameRef())), like);
        sql += QStringLiteral(" WHERE ") +
               (any.isEmpty() ? QStringLiteral("0") : any.join(QStringLiteral(" OR ")));
    }
    if (order.field >= 0)
        sql += QStringLiteral(" ORDER BY %1 %2, %3")
                   .arg(quoted(QString::fromUtf8(defn.GetFieldDefn(order.field)->GetNameRef())),
                        order.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"), fid);
    else
        sql += QStringLiteral(" ORDER BY %1").arg(fid);
    OGRLayer* result = ds.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
    if (!result)
        return std::nullopt;
    std::vector<qint64> fids;
    for (const auto& f : *result)
        fids.push_back(f->GetFieldAsInteger64(0));
    ds.ReleaseResultSet(result);
    return fids;
}

// The same for any other driver: one pass with the geometry ignored, the sort keys in memory.
std::vector<qint64> memoryOrder(OGRLayer& layer, const RowOrder& order, const std::vector<bool>& numeric) {
    struct Row {
        qint64 fid;
        double number;
        QString text;
    };
    std::vector<Row> rows;
    layer.ResetReading();
    for (const auto& f : layer) {
        if (!order.filter.isEmpty()) {
            bool holds = false;
            for (int i = 0; i < f->GetFieldCount() && !holds; ++i)
                holds = f->IsFieldSetAndNotNull(i) &&
                        QString::fromUtf8(f->GetFieldAsString(i)).contains(order.filter, Qt::CaseInsensitive);
            if (!holds)
                continue;
        }
        Row r{f->GetFID(), 0, {}};
        if (order.field >= 0) {
            const bool set = f->IsFieldSetAndNotNull(order.field);
            if (numeric.at(std::size_t(order.field)))
                r.number = set ? f->GetFieldAsDouble(order.field) : -std::numeric_limits<double>::infinity();
            else if (set)
                r.text = QString::fromUtf8(f->GetFieldAsString(order.field));
        }
        rows.push_back(std::move(r));
    }
    const bool byNumber = order.field >= 0 && numeric.at(std::size_t(order.field));
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        if (order.field >= 0) {
            const int c = byNumber ? (a.number < b.number   ? -1
                                      : b.number < a.number ? 1
                                                            : 0)
                                   : a.text.compare(b.text);
            if (c != 0)
                return order.descending ? c > 0 : c < 0;
        }
        return a.fid < b.fid;
    });
    std::vector<qint64> fids;
    fids.reserve(rows.size());
    for (const Row& r : rows)
        fids.push_back(r.fid);
    return fids;
}

} // namespace

struct LayerAttributeReader::Gdal {
    gdal::DatasetPtr ds;
    OGRLayer* layer = nullptr;
};

LayerAttributeReader::LayerAttributeReader() : gdal_(std::make_unique<Gdal>()) {}
LayerAttributeReader::LayerAttributeReader(LayerAttributeReader&&) noexcept = default;
LayerAttributeReader& LayerAttributeReader::operator=(LayerAttributeReader&&) noexcept = default;
LayerAttributeReader::~LayerAttributeReader() = default;

Result<LayerAttributeReader> LayerAttributeReader::open(const QString& path, const QString& layerName,
                                                        std::optional<TextEncoding> encoding) {
    gdal::CplErrorCollector errors;
    const QString file = QFileInfo(path).fileName();
    QStringList options;
    const QFileInfo info(path);
    if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0) {
        const QString dbf = info.dir().filePath(info.completeBaseName() + QStringLiteral(".dbf"));
        if (const auto guess = guessDbfEncoding(dbf, encoding))
            options << QStringLiteral("ENCODING=") + recodeName(guess->encoding);
    } else if (encoding) {
        options << QStringLiteral("ENCODING=") + recodeName(*encoding);
    }
    LayerAttributeReader reader;
    reader.gdal_->ds = gdal::openVector(path, gdal::OpenMode::ReadOnly, {}, options);
    if (!reader.gdal_->ds)
        return fail(QCoreApplication::translate("luming::Geo", "%1: not a vector file GDAL can read (%2)")
                        .arg(file, errors.describe()));
    GDALDataset& ds = *reader.gdal_->ds;
    OGRLayer* layer =
        layerName.isEmpty() ? ds.GetLayer(0) : ds.GetLayerByName(layerName.toUtf8().constData());
    if (!layer)
        return fail(QCoreApplication::translate("luming::Geo", "%1 has no layer %2").arg(file, layerName));
    reader.gdal_->layer = layer;
    reader.layerName_ = QString::fromUtf8(layer->GetName());
    const OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn* field = defn->GetFieldDefn(i);
        reader.fieldNames_ << QString::fromUtf8(field->GetNameRef());
        const OGRFieldType type = field->GetType();
        reader.numeric_.push_back(type == OFTInteger || type == OFTInteger64 || type == OFTReal);
    }
    // Only attributes are read: the geometry is the map's.
    const char* ignored[] = {"OGR_GEOMETRY", nullptr};
    layer->SetIgnoredFields(ignored);

    const GIntBig count = layer->GetFeatureCount(TRUE);
    const char* driver = ds.GetDriver() ? ds.GetDriver()->GetDescription() : "";
    if (EQUAL(driver, "ESRI Shapefile") && count >= 0) {
        reader.rows_ = count; // records are numbered from 0
        return reader;
    }
    if (const auto range = fidRange(ds, *layer);
        range && count >= 0 && range->second - range->first + 1 == count) {
        reader.firstFid_ = range->first;
        reader.rows_ = count;
        return reader;
    }
    // Any other layer: its FIDs once, in order, with every field ignored too.
    std::vector<const char*> all{"OGR_GEOMETRY"};
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        all.push_back(defn->GetFieldDefn(i)->GetNameRef());
    all.push_back(nullptr);
    layer->SetIgnoredFields(all.data());
    layer->ResetReading();
    while (const gdal::FeaturePtr f{layer->GetNextFeature()})
        reader.fids_.push_back(f->GetFID());
    layer->SetIgnoredFields(ignored);
    std::sort(reader.fids_.begin(), reader.fids_.end());
    reader.rows_ = static_cast<qint64>(reader.fids_.size());
    return reader;
}

qint64 LayerAttributeReader::rowCount() const {
    return order_.isNatural() ? rows_ : qint64(ordered_.size());
}

qint64 LayerAttributeReader::fidOfRow(qint64 row) const {
    if (!order_.isNatural())
        return row >= 0 && row < qint64(ordered_.size()) ? ordered_[std::size_t(row)] : -1;
    if (row < 0 || row >= rows_)
        return -1;
    return fids_.empty() ? firstFid_ + row : fids_[static_cast<std::size_t>(row)];
}

qint64 LayerAttributeReader::rowOfFid(qint64 fid) const {
    if (!order_.isNatural()) {
        const auto it =
            std::lower_bound(rowByFid_.begin(), rowByFid_.end(), std::pair<qint64, qint64>(fid, -1));
        return it != rowByFid_.end() && it->first == fid ? it->second : -1;
    }
    if (fids_.empty())
        return fid >= firstFid_ && fid - firstFid_ < rows_ ? fid - firstFid_ : -1;
    const auto it = std::lower_bound(fids_.begin(), fids_.end(), fid);
    return it != fids_.end() && *it == fid ? it - fids_.begin() : -1;
}

Status LayerAttributeReader::setOrder(const RowOrder& order) {
    if (order.field >= int(fieldNames_.size()))
        return fail(QCoreApplication::translate("luming::Geo", "%1 has no field %2")
                        .arg(layerName_)
                        .arg(order.field));
    if (order.isNatural()) {
        order_ = order;
        sqlOrdered_ = false;
        ordered_ = {};
        rowByFid_ = {};
        return {};
    }
    gdal::CplErrorCollector errors;
    GDALDataset& ds = *gdal_->ds;
    OGRLayer& layer = *gdal_->layer;
    std::optional<std::vector<qint64>> fids;
    const bool sql = isSqliteDriver(ds) && *layer.GetFIDColumn();
    if (sql)
        fids = sqlOrder(ds, layer, order);
    else
        fids = memoryOrder(layer, order, numeric_);
    if (!fids)
        return fail(QCoreApplication::translate("luming::Geo", "%1 cannot be sorted or filtered: %2")
                        .arg(layerName_, errors.describe()));
    order_ = order;
    sqlOrdered_ = sql;
    ordered_ = std::move(*fids);
    rowByFid_.clear();
    rowByFid_.reserve(ordered_.size());
    for (std::size_t row = 0; row < ordered_.size(); ++row)
        rowByFid_.emplace_back(ordered_[row], qint64(row));
    std::sort(rowByFid_.begin(), rowByFid_.end());
    return {};
}

std::optional<FeatureValues> LayerAttributeReader::feature(qint64 fid) const {
    gdal::CplErrorCollector errors; // a missing FID is an answer, not a message on stderr
    const gdal::FeaturePtr f{gdal_->layer->GetFeature(fid)};
    if (!f)
        return std::nullopt;
    return valuesOf(*f);
}

QList<FeatureValues> LayerAttributeReader::rows(qint64 first, qint64 count) const {
    QList<FeatureValues> out;
    const qint64 end = std::min(rowCount(), first + count);
    for (qint64 row = std::max<qint64>(0, first); row < end; ++row) {
        const qint64 fid = fidOfRow(row);
        std::optional<FeatureValues> values = feature(fid);
        out << (values ? std::move(*values) : FeatureValues{fid, {}});
    }
    return out;
}

} // namespace luming
