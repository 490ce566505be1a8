// File → Print map…: the map view as a sheet to hand over — paper size, orientation and scale (1:2,000
// … 1:50,000 or fit the view), written as PDF (names stay text) or PNG by the file's suffix, with title,
// legend, scale bar, north arrow, source and date (geo/render/print_sheet.h). An existing file is
// replaced only after asking.
#pragma once

#include "core/project.h"
#include "render/map_scene.h"
#include "render/map_viewport.h"
#include "render/print_writer.h"
#include "render/render_options.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace luming::app {

class PrintDialog : public QDialog {
    Q_OBJECT
public:
    // The map as the canvas shows it now: its scene, view and render options (selection, layers).
    PrintDialog(const Project& project, const MapScene& scene, const MapViewport& view,
                const RenderOptions& options, QWidget* parent = nullptr);

    void setPaper(PaperSize paper);
    void setOrientation(PaperOrientation orientation);
    void setScaleText(const QString& text); // "1:10000", or empty for "fit the view"
    void setPath(const QString& path);
    // Asked before an existing file is replaced (true = replace); the default shows a question box.
    void setReplaceQuestion(std::function<bool(const QString& path)> ask);

    // The page the fields describe; nullopt (and a message) when the scale cannot be read.
    std::optional<PrintPage> page() const;
    QString message() const;
    const PrintOutcome& outcome() const { return outcome_; }

public slots:
    bool save(); // writes the sheet; false (with a message) when it was not written

private:
    void browse();
    void showMessage(const QString& text, bool ok);

    Project project_;
    MapScene scene_;
    MapViewport view_;
    RenderOptions options_;
    std::function<bool(const QString&)> replaceQuestion_;
    PrintOutcome outcome_;
    QComboBox* paper_ = nullptr;
    QComboBox* orientation_ = nullptr;
    QComboBox* scale_ = nullptr;
    QLineEdit* path_ = nullptr;
    QLabel* message_ = nullptr;
};

} // namespace luming::app
