#include "export_dialog.h"

#include "core/background.h"
#include "core/feedback.h"
#include "export/road_exporter.h"
#include "export/road_row.h"
#include "fs/write_target.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace luming::app {

namespace {

const QString kFormatKey = QStringLiteral("export/format");
const QString kCrsKey = QStringLiteral("export/crs");
const QString kEncodingKey = QStringLiteral("export/encoding");
const QString kPathKey = QStringLiteral("export/path");

void selectData(QComboBox* box, int value) {
    const int i = box->findData(value);
    if (i >= 0)
        box->setCurrentIndex(i);
}

// The scope combo's data: all roads, the selection, or a 区 by name.
const QString kAllRoads = QStringLiteral("all");
const QString kSelectedRoads = QStringLiteral("selection");
const QString kDistrictPrefix = QStringLiteral("district:");

int roadCount(const Project& project) {
    int n = 0;
    for (const Notice& notice : project.parse.notices)
        n += static_cast<int>(notice.roads.size());
    return n;
}

} // namespace

ExportDialog::ExportDialog(const Project& project, QWidget* parent) : QDialog(parent), project_(project) {
    setWindowTitle(tr("Export roads"));

    scope_ = new QComboBox(this);
    fillScopes();

    format_ = new QComboBox(this);
    format_->addItem(tr("Shapefile (.shp)"), int(ExportFormat::Shapefile));
    format_->addItem(tr("GeoPackage (.gpkg)"), int(ExportFormat::GeoPackage));
    format_->addItem(tr("GeoJSON (.geojson)"), int(ExportFormat::GeoJson));
    format_->addItem(tr("KML (.kml)"), int(ExportFormat::Kml));
    format_->addItem(tr("CSV with WKT geometry (.csv)"), int(ExportFormat::Csv));

    crs_ = new QComboBox(this);
    crs_->addItem(tr("EPSG:4490 — CGCS2000 longitude/latitude"), int(ExportCrs::Cgcs2000Geographic));
    crs_->addItem(tr("EPSG:4326 — WGS 84 longitude/latitude"), int(ExportCrs::Wgs84Geographic));
    crs_->addItem(tr("CGCS2000 / 3-degree Gauss-Krüger zone of the region (metres)"),
                  int(ExportCrs::Cgcs2000GaussKruger));

    encoding_ = new QComboBox(this);
    encoding_->addItem(tr("UTF-8 (QGIS, ArcGIS 10.2+)"), int(ShapefileEncoding::Utf8));
    encoding_->addItem(tr("GBK / code page 936 (older ArcGIS)"), int(ShapefileEncoding::Gbk));

    path_ = new QLineEdit(this);
    browse_ = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse_);

    auto* form = new QFormLayout;
    form->addRow(tr("Roads:"), scope_);
    form->addRow(tr("Format:"), format_);
    form->addRow(tr("Coordinate system:"), crs_);
    form->addRow(tr("Text encoding:"), encoding_);
    form->addRow(tr("File:"), pathRow);

    progress_ = new QProgressBar(this);
    progress_->setRange(0, 100);
    progress_->setValue(0);
    progress_->setVisible(false);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setVisible(false);

    buttons_ = new QDialogButtonBox(this);
    export_ = buttons_->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    buttons_->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(progress_);
    layout->addWidget(message_);
    layout->addStretch(1);
    layout->addWidget(buttons_);
    setMinimumWidth(560);

    QSettings settings;
    selectData(format_, settings.value(kFormatKey, int(ExportFormat::Shapefile)).toInt());
    selectData(crs_, settings.value(kCrsKey, int(ExportCrs::Cgcs2000Geographic)).toInt());
    selectData(encoding_, settings.value(kEncodingKey, int(ShapefileEncoding::Utf8)).toInt());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    path_->setText(
        settings.value(kPathKey, QDir(documents).filePath(QStringLiteral("roads.shp"))).toString());
    formatChanged();

    connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse_, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(export_, &QPushButton::clicked, this, &ExportDialog::start);
    connect(buttons_, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(&watcher_, &QFutureWatcherBase::finished, this, &ExportDialog::finished);
}

ExportDialog::~ExportDialog() {
    if (feedback_)
        feedback_->cancel();
    watcher_.waitForFinished();
}

void ExportDialog::setFormat(ExportFormat format) {
    selectData(format_, int(format));
}
void ExportDialog::setCrs(ExportCrs crs) {
    selectData(crs_, int(crs));
}
void ExportDialog::setEncoding(ShapefileEncoding encoding) {
    selectData(encoding_, int(encoding));
}
void ExportDialog::setPath(const QString& path) {
    path_->setText(path);
}

void ExportDialog::setSelection(const QList<RoadId>& roads) {
    selection_ = roads;
    fillScopes();
    if (!selection_.isEmpty())
        scope_->setCurrentIndex(scope_->findData(kSelectedRoads));
}

void ExportDialog::setLayerSource(const LayerExportSource& source, const QString& shownName) {
    layerSource_ = source;
    setWindowTitle(tr("Export layer"));
    scope_->clear();
    scope_->addItem(tr("Layer %1").arg(shownName));
    // A layer keeps its own CRS unless another is chosen (exportLayer: crs unset).
    crs_->insertItem(0, tr("As the layer"), -1);
    crs_->setCurrentIndex(0);
    const QFileInfo file(path_->text());
    path_->setText(QDir(file.path())
                       .filePath(QFileInfo(source.file).completeBaseName() + QStringLiteral("_export.") +
                                 file.suffix()));
}

void ExportDialog::setOpenLayerFiles(const QStringList& files) {
    openLayerFiles_ = files;
}

void ExportDialog::setScopeDistrict(const QString& district) {
    const int i = scope_->findData(kDistrictPrefix + district);
    if (i >= 0)
        scope_->setCurrentIndex(i);
}

void ExportDialog::setReplaceQuestion(std::function<bool(const QStringList&)> ask) {
    replaceQuestion_ = std::move(ask);
}

void ExportDialog::fillScopes() {
    scope_->clear();
    scope_->addItem(tr("All roads (%n)", nullptr, roadCount(project_)), kAllRoads);
    if (!selection_.isEmpty())
        scope_->addItem(tr("The selected roads (%n)", nullptr, static_cast<int>(selection_.size())),
                        kSelectedRoads);
    for (const QString& district : districtsOf(project_))
        scope_->addItem(
            tr("%1 only (%n road(s))", nullptr, static_cast<int>(roadsOfDistrict(project_, district).size()))
                .arg(district),
            kDistrictPrefix + district);
}

bool ExportDialog::askReplace(const QStringList& existing) {
    if (replaceQuestion_)
        return replaceQuestion_(existing);
    QStringList shown;
    for (const QString& f : existing)
        shown.append(QDir::toNativeSeparators(f));
    return QMessageBox::question(
               this, tr("Replace existing file?"),
               tr("%1 already exists. Replace it with this export?\n\n%2")
                   .arg(QDir::toNativeSeparators(existing.first()), shown.join(QLatin1Char('\n'))),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

ExportOptions ExportDialog::options() const {
    ExportOptions o;
    o.format = ExportFormat(format_->currentData().toInt());
    if (crs_->currentData().toInt() >= 0)
        o.crs = ExportCrs(crs_->currentData().toInt());
    if (o.format == ExportFormat::GeoJson || o.format == ExportFormat::Kml)
        o.crs = ExportCrs::Wgs84Geographic; // RFC 7946 and KML define no other
    o.encoding = o.format == ExportFormat::Shapefile ? ShapefileEncoding(encoding_->currentData().toInt())
                                                     : ShapefileEncoding::Utf8;
    o.path = QDir::cleanPath(path_->text().trimmed());
    o.openFiles = openLayerFiles_;
    const QString scope = scope_->currentData().toString();
    if (scope == kSelectedRoads)
        o.only = QSet<RoadId>(selection_.begin(), selection_.end());
    else if (scope.startsWith(kDistrictPrefix))
        o.only = roadsOfDistrict(project_, scope.mid(kDistrictPrefix.size()));
    return o;
}

void ExportDialog::formatChanged() {
    const auto format = ExportFormat(format_->currentData().toInt());
    // GeoJSON (RFC 7946) and KML are defined in WGS 84 only.
    const bool wgs84Only = format == ExportFormat::GeoJson || format == ExportFormat::Kml;
    if (wgs84Only)
        selectData(crs_, int(ExportCrs::Wgs84Geographic));
    crs_->setEnabled(!wgs84Only);
    encoding_->setEnabled(format == ExportFormat::Shapefile);
    // Keep the chosen name and folder, change the extension.
    const QString path = path_->text().trimmed();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        path_->setText(
            QDir(info.path())
                .filePath(info.completeBaseName() + QLatin1Char('.') + exportFormatExtension(format)));
    }
}

void ExportDialog::browse() {
    const auto format = ExportFormat(format_->currentData().toInt());
    const QString filter =
        format_->currentText() + QStringLiteral(" (*.%1)").arg(exportFormatExtension(format));
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export roads to"), path_->text(), filter);
    if (!chosen.isEmpty())
        path_->setText(chosen);
}

void ExportDialog::start() {
    if (isRunning())
        return;
    ExportOptions o = options();
    if (o.path.isEmpty()) {
        showMessage(tr("Choose a file to export to."), false);
        return;
    }
    // Never over a layer the viewer shows; anything else that exists only after the user says so.
    const QStringList existing = existingExportFiles(o);
    for (const QString& file : existing) {
        if (const QString open = sourceNamedBy(file, openLayerFiles_); !open.isEmpty()) {
            showMessage(tr("Not exported: %1 is open as a layer. Close the layer or choose another file.")
                            .arg(QDir::toNativeSeparators(file)),
                        false);
            return;
        }
    }
    if (!existing.isEmpty()) {
        if (!askReplace(existing)) {
            showMessage(
                tr("Nothing exported; %1 is left as it was.").arg(QDir::toNativeSeparators(existing.first())),
                false);
            return;
        }
        o.existing = ExistingOutput::Replace;
    }
    saveChoices();
    // Progress arrives on the worker thread: hop to the dialog's thread (the destructor waits for the
    // work; Qt drops events still queued for a deleted dialog).
    feedback_ = std::make_shared<Feedback>([this](double percent) {
        QMetaObject::invokeMethod(
            this, [this, percent] { progress_->setValue(static_cast<int>(percent)); }, Qt::QueuedConnection);
    });
    o.feedback = feedback_.get();
    setRunning(true);
    showMessage(tr("Exporting to %1 …").arg(QDir::toNativeSeparators(o.path)), true);
    if (layerSource_)
        watcher_.setFuture(runInBackground(
            [source = *layerSource_, o, feedback = feedback_]() { return exportLayer(source, o); }));
    else
        watcher_.setFuture(runInBackground(
            [project = project_, o, feedback = feedback_]() { return exportRoads(project, o); }));
}

void ExportDialog::cancel() {
    if (feedback_)
        feedback_->cancel();
}

void ExportDialog::reject() {
    if (isRunning()) {
        cancel(); // finished() reports the cancellation; the dialog stays open to show it
        return;
    }
    QDialog::reject();
}

void ExportDialog::finished() {
    result_ = watcher_.result();
    feedback_.reset();
    setRunning(false);
    switch (result_.status) {
    case ExportStatus::Written: {
        progress_->setValue(100);
        const QString mainFile = result_.files.value(0, options().path);
        QString text = (layerSource_ ? tr("Exported %n feature(s) to %1 (%2).", nullptr, result_.featureCount)
                                     : tr("Exported %n road(s) to %1 (%2).", nullptr, result_.featureCount))
                           .arg(QDir::toNativeSeparators(mainFile), result_.crs);
        if (result_.withoutGeometry > 0)
            text +=
                QLatin1Char(' ') + tr("%n of them have no geometry yet.", nullptr, result_.withoutGeometry);
        if (!result_.warnings.isEmpty())
            text += QLatin1Char('\n') + tr("Notes: %1").arg(result_.warnings.join(QStringLiteral("; ")));
        showMessage(text, true);
        break;
    }
    case ExportStatus::Cancelled:
        showMessage(tr("Export cancelled; nothing was written and any earlier file is unchanged."), false);
        break;
    case ExportStatus::Failed:
    case ExportStatus::NotWritten:
    case ExportStatus::TargetExists: // appeared after the question was asked
        showMessage(tr("Export failed: %1").arg(result_.message), false);
        break;
    }
    emit exportFinished(result_);
}

void ExportDialog::setRunning(bool running) {
    for (QWidget* w :
         {static_cast<QWidget*>(scope_), static_cast<QWidget*>(format_), static_cast<QWidget*>(path_),
          static_cast<QWidget*>(browse_), static_cast<QWidget*>(export_)})
        w->setEnabled(!running);
    if (running) {
        crs_->setEnabled(false);
        encoding_->setEnabled(false);
        progress_->setValue(0);
        progress_->setVisible(true);
        buttons_->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    } else {
        formatChanged();
        buttons_->button(QDialogButtonBox::Close)->setText(tr("Close"));
    }
}

void ExportDialog::showMessage(const QString& text, bool ok) {
    message_->setText(text);
    message_->setStyleSheet(ok ? QString() : QStringLiteral("color: #a00000;"));
    message_->setVisible(true);
}

QString ExportDialog::message() const {
    return message_->isHidden() ? QString() : message_->text();
}

void ExportDialog::saveChoices() const {
    QSettings settings;
    const ExportOptions o = options();
    settings.setValue(kFormatKey, int(o.format));
    settings.setValue(kCrsKey, int(o.crs.value_or(ExportCrs::Cgcs2000Geographic)));
    settings.setValue(kEncodingKey, int(o.encoding));
    if (!layerSource_) // a layer's export is named after the layer, not remembered for the roads
        settings.setValue(kPathKey, o.path);
}

} // namespace luming::app
