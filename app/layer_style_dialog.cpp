#include "layer_style_dialog.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace luming::app {

namespace {

// A combo of "(none)" then the layer's fields; `current` preselected ("" or "-": none).
QComboBox* fieldCombo(const QStringList& fields, const QString& current, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->addItem(LayerStyleDialog::tr("(none)"), QStringLiteral("-"));
    for (const QString& f : fields)
        combo->addItem(f, f);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    return combo;
}

} // namespace

LayerStyleDialog::LayerStyleDialog(const LayerReadReport& report, const LayerStyle& style,
                                   const QColor& defaultColour, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Style of %1").arg(report.layer));
    auto* form = new QFormLayout(this);

    colourButton_ = new QPushButton(this);
    connect(colourButton_, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(colour_, this, tr("Layer colour"));
        if (chosen.isValid())
            setColour(chosen);
    });
    setColour(style.colour.isValid() ? style.colour : defaultColour);
    form->addRow(tr("Colour"), colourButton_);

    width_ = new QDoubleSpinBox(this);
    width_->setRange(0.5, 20);
    width_->setSingleStep(0.5);
    width_->setSuffix(tr(" px"));
    width_->setValue(style.widthPx);
    form->addRow(tr("Line width"), width_);

    opacity_ = new QSpinBox(this);
    opacity_->setRange(0, 100);
    opacity_->setSuffix(QStringLiteral(" %"));
    opacity_->setValue(qRound(style.opacity * 100));
    form->addRow(tr("Opacity"), opacity_);

    labels_ = new QCheckBox(tr("Show labels"), this);
    labels_->setChecked(style.showLabels);
    form->addRow(QString(), labels_);
    labelField_ = fieldCombo(report.fields, report.labelField, this);
    labelField_->setToolTip(tr("The field whose value labels each feature (detected: %1)")
                                .arg(report.labelField.isEmpty() ? tr("none") : report.labelField));
    form->addRow(tr("Label field"), labelField_);

    widthField_ = fieldCombo(report.fields, report.widthField, this);
    widthField_->setToolTip(tr("A width in metres (width, 宽度, KD) or a road class (highway, fclass, class, "
                               "等级) that sets each line's width; the line width above is the least"));
    form->addRow(tr("Width from field"), widthField_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void LayerStyleDialog::setColour(const QColor& colour) {
    colour_ = colour;
    colourButton_->setText(colour.name());
    colourButton_->setStyleSheet(QStringLiteral("background-color: %1; color: %2")
                                     .arg(colour.name(), colour.lightness() < 128 ? QStringLiteral("white")
                                                                                  : QStringLiteral("black")));
}

LayerStyleChoice LayerStyleDialog::choice() const {
    LayerStyleChoice c;
    c.style.colour = colour_;
    c.style.widthPx = width_->value();
    c.style.opacity = opacity_->value() / 100.0;
    c.style.showLabels = labels_->isChecked();
    c.labelField = labelField_->currentData().toString();
    c.widthField = widthField_->currentData().toString();
    return c;
}

} // namespace luming::app
