// The style of one extra layer (layer list → Style…): colour, line width, opacity, labels on/off with
// the field they come from, and the field whose width or road class sets each line's width. The
// detected fields are preselected; changing a field means reading the layer again (the caller does).
#pragma once

#include "render/layer_read_report.h"
#include "render/layer_style.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace luming::app {

struct LayerStyleChoice {
    LayerStyle style;
    QString labelField; // "-" none, else a field name
    QString widthField; // "-" none, else a field name
};

class LayerStyleDialog : public QDialog {
    Q_OBJECT
public:
    // `report`: the layer's fields and the label and width fields it was read with.
    LayerStyleDialog(const LayerReadReport& report, const LayerStyle& style, const QColor& defaultColour,
                     QWidget* parent = nullptr);

    LayerStyleChoice choice() const;

private:
    void setColour(const QColor& colour);

    QColor colour_;
    QPushButton* colourButton_ = nullptr;
    QDoubleSpinBox* width_ = nullptr;
    QSpinBox* opacity_ = nullptr;
    QCheckBox* labels_ = nullptr;
    QComboBox* labelField_ = nullptr;
    QComboBox* widthField_ = nullptr;
};

} // namespace luming::app
