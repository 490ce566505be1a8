#include "store/road_store.h"

#include "crs/stored_region.h"
#include "fs/fault_point.h"
#include "fs/leftovers.h"
#include "fs/os_error.h"
#include "fs/sqlite_write_lock.h"
#include "fs/write_target.h"
#include "gdal/cpl_error_collector_p.h"
#include "gdal/gdal_dataset_p.h"
#include "store/gpkg_project_reader_p.h"
#include "store/gpkg_project_writer_p.h"
#include "store/gpkg_verifier_p.h"
#include "store/road_name_index_p.h"
#include "store/sibling_temp_file_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace luming {
namespace {

StoreResult failed(const QString& path, const QString& why, const QStringList& warnings = {}) {
    StoreResult r;
    r.error = QCoreApplication::translate("luming::Geo", "Cannot save %1: %2")
                  .arg(path, withWriteCause(why, QFileInfo(path).absolutePath()));
    r.warnings = warnings;
    return r;
}

QString withGdal(const QString& why, const gdal::CplErrorCollector& capture) {
    return capture.hasFailure() ? why + QStringLiteral(" (") + capture.describe() + u')' : why;
}

} // namespace

StoreResult RoadStore::save(const QString& gpkgPath, const Project& project) {
    if (gpkgPath.isEmpty())
        return failed(QStringLiteral("\"\""),
                      QCoreApplication::translate("luming::Geo", "no file name given"));
    const QFileInfo target(gpkgPath);
    if (target.isDir())
        return failed(gpkgPath, QCoreApplication::translate("luming::Geo", "it is a folder"));
    if (!target.absoluteDir().exists())
        return failed(gpkgPath, QCoreApplication::translate("luming::Geo", "folder %1 does not exist")
                                    .arg(target.absolutePath()));
    const bool exists = target.exists();
    if (exists && !target.isFile())
        return failed(gpkgPath, QCoreApplication::translate("luming::Geo", "it is not a regular file"));
    if (isReadOnlyFile(gpkgPath))
        return failed(gpkgPath,
                      QCoreApplication::translate(
                          "luming::Geo", "it is read-only; make it writable or save under another name"));
    if (const QString source = sourceNamedBy(gpkgPath, sourceFilesOf(project)); !source.isEmpty())
        return failed(gpkgPath, QCoreApplication::translate(
                                    "luming::Geo",
                                    "it is the file this project was read from (%1); save under another name")
                                    .arg(source));

    // A symbolic link is followed: the file it names is the project (renaming over the link would leave
    // the project as it was and turn the link into a copy).
    const QFileInfo file(target.isSymLink() && exists ? target.canonicalFilePath()
                                                      : target.absoluteFilePath());
    StoreResult result;
    result.warnings = leftovers::clean(file.absolutePath(), file.completeBaseName());
    // Held until the new file has replaced the old one (see SqliteWriteLock for why).
    std::optional<SqliteWriteLock> lock;
    if (exists) {
        Result<SqliteWriteLock> locked = SqliteWriteLock::acquire(file.filePath());
        if (!locked)
            return failed(gpkgPath, locked.error().message, result.warnings);
        lock.emplace(std::move(*locked));
    }
    SiblingTempFile temp(file.filePath());
    if (Status created = lock ? temp.createCopyOf(lock->source()) : temp.createAbsent(); !created)
        return failed(gpkgPath, created.errorString(), result.warnings);
    faultPoint("save.copied");

    ExpectedCounts expected;
    {
        gdal::CplErrorCollector capture;
        gdal::DatasetPtr ds = exists ? gdal::openGpkg(temp.path(), gdal::OpenMode::Update)
                                     : gdal::createVector(QStringLiteral("GPKG"), temp.path());
        if (!ds)
            return failed(
                gpkgPath,
                capture.describe(
                    exists
                        ? QCoreApplication::translate("luming::Geo", "it is not a GeoPackage GDAL can update")
                        : QCoreApplication::translate("luming::Geo", "GDAL cannot create a GeoPackage")));
        GpkgProjectWriter writer(*ds);
        if (Status prepared = writer.prepareLayers(); !prepared)
            return failed(gpkgPath, withGdal(prepared.errorString(), capture));
        // One transaction for all layers: the notice, its roads, findings and report change together.
        if (ds->StartTransaction() != OGRERR_NONE)
            return failed(gpkgPath, capture.describe(QCoreApplication::translate(
                                        "luming::Geo", "cannot start a transaction")));
        if (Status written = writer.write(project); !written) {
            QString why = written.errorString();
            if (ds->RollbackTransaction() != OGRERR_NONE)
                why += QCoreApplication::translate(
                    "luming::Geo", "; the rollback failed too (the temporary copy is discarded)");
            return failed(gpkgPath, withGdal(why, capture), writer.warnings());
        }
        if (ds->CommitTransaction() != OGRERR_NONE)
            return failed(gpkgPath, capture.describe(QCoreApplication::translate(
                                        "luming::Geo", "cannot commit the transaction")));
        if (!gdal::closeAndCheck(ds) || capture.hasFailure())
            return failed(gpkgPath, capture.describe(QCoreApplication::translate(
                                        "luming::Geo", "GDAL failed while closing the file")));
        expected = writer.expected();
        result.warnings += writer.warnings() + capture.warnings();
    }
    faultPoint("save.written");

    const Result<qint64> indexed = RoadNameIndex::rebuild(temp.path());
    if (!indexed)
        return failed(gpkgPath,
                      QCoreApplication::translate("luming::Geo", "cannot build the name index: %1")
                          .arg(indexed.errorString()),
                      result.warnings);

    faultPoint("save.indexed");
    StoreCounts counts;
    {
        gdal::CplErrorCollector capture;
        const Result<StoreCounts> verified = GpkgVerifier::verify(temp.path(), expected, *indexed);
        if (!verified)
            return failed(
                gpkgPath,
                QCoreApplication::translate("luming::Geo", "the written file does not check out: %1")
                    .arg(withGdal(verified.errorString(), capture)),
                result.warnings);
        counts = *verified;
        result.warnings += capture.warnings();
    }
    faultPoint("save.verified");
    if (Status committed = temp.commit(); !committed)
        return failed(gpkgPath, committed.errorString(), result.warnings);
    faultPoint("save.renamed");
    result.ok = true;
    result.counts = counts;
    return result;
}

bool RoadStore::isProject(const QString& gpkgPath) {
    gdal::CplErrorCollector capture;
    const gdal::DatasetPtr ds = gdal::openGpkg(gpkgPath, gdal::OpenMode::ReadOnly);
    return ds && ds->GetLayerByName("notices") != nullptr;
}

LoadResult RoadStore::load(const QString& gpkgPath) {
    LoadResult result;
    gdal::CplErrorCollector capture;
    if (!QFileInfo(gpkgPath).isFile()) {
        result.error =
            QCoreApplication::translate("luming::Geo", "Cannot open %1: no such file").arg(gpkgPath);
        return result;
    }
    gdal::DatasetPtr ds = gdal::openGpkg(gpkgPath, gdal::OpenMode::ReadOnly);
    if (!ds) {
        result.error =
            QCoreApplication::translate("luming::Geo", "Cannot open %1: %2")
                .arg(gpkgPath,
                     capture.describe(QCoreApplication::translate("luming::Geo", "it is not a GeoPackage")));
        return result;
    }
    result.project.parse.file = gpkgPath;
    if (Status read = GpkgProjectReader::read(*ds, &result.project, &result.warnings); !read) {
        result.error = QCoreApplication::translate("luming::Geo", "Cannot open %1: %2")
                           .arg(gpkgPath, withGdal(read.errorString(), capture));
        result.project = {};
        return result;
    }
    if (capture.hasFailure()) {
        result.error = QCoreApplication::translate("luming::Geo", "Cannot open %1: %2")
                           .arg(gpkgPath, capture.describe());
        result.project = {};
        return result;
    }
    result.warnings += capture.warnings();
    result.project.region = regionOfStoredGeometry(result.project);
    result.ok = true;
    return result;
}

} // namespace luming
