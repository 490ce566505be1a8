#include "print_dialog.h"

#include "print_sheet_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace luming::app {

namespace {

const QString kPathKey = QStringLiteral("print/path");
const QString kPaperKey = QStringLiteral("print/paper");
const QString kScales[] = {QStringLiteral("1:2000"), QStringLiteral("1:5000"), QStringLiteral("1:10000"),
                           QStringLiteral("1:25000"), QStringLiteral("1:50000")};

} // namespace

PrintDialog::PrintDialog(const Project& project, const MapScene& scene, const MapViewport& view,
                         const RenderOptions& options, QWidget* parent)
    : QDialog(parent), project_(project), scene_(scene), view_(view), options_(options) {
    setWindowTitle(tr("Print map"));
    paper_ = new QComboBox(this);
    for (const QString& code : paperSizeCodes())
        paper_->addItem(code, code);
    orientation_ = new QComboBox(this);
    orientation_->addItem(tr("Landscape"), int(PaperOrientation::Landscape));
    orientation_->addItem(tr("Portrait"), int(PaperOrientation::Portrait));
    scale_ = new QComboBox(this);
    scale_->setEditable(true);
    scale_->addItem(tr("Fit the view"), QString());
    for (const QString& s : kScales)
        scale_->addItem(s, s);
    path_ = new QLineEdit(this);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Paper:"), paper_);
    form->addRow(tr("Orientation:"), orientation_);
    form->addRow(tr("Scale:"), scale_);
    form->addRow(tr("File (.pdf or .png):"), pathRow);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setVisible(false);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    QSettings settings;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    path_->setText(settings.value(kPathKey, QDir(documents).filePath(QStringLiteral("map.pdf"))).toString());
    paper_->setCurrentIndex(std::max(0, paper_->findData(settings.value(kPaperKey, QStringLiteral("A3")))));

    connect(browse, &QPushButton::clicked, this, &PrintDialog::browse);
    connect(saveButton, &QPushButton::clicked, this, &PrintDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PrintDialog::reject);
}

void PrintDialog::setPaper(PaperSize paper) {
    paper_->setCurrentIndex(paper_->findData(paperSizeCode(paper)));
}
void PrintDialog::setOrientation(PaperOrientation orientation) {
    orientation_->setCurrentIndex(orientation_->findData(int(orientation)));
}
void PrintDialog::setScaleText(const QString& text) {
    if (text.isEmpty())
        scale_->setCurrentIndex(0);
    else
        scale_->setEditText(text);
}
void PrintDialog::setPath(const QString& path) {
    path_->setText(path);
}
void PrintDialog::setReplaceQuestion(std::function<bool(const QString&)> ask) {
    replaceQuestion_ = std::move(ask);
}

std::optional<PrintPage> PrintDialog::page() const {
    PrintPage page;
    page.paper = paperSizeFromCode(paper_->currentData().toString()).value_or(PaperSize::A4);
    page.orientation = PaperOrientation(orientation_->currentData().toInt());
    const QString scale = scale_->currentText().trimmed();
    if (scale_->currentIndex() == 0 && scale == scale_->itemText(0))
        return page; // fit the view
    const auto n = scaleFromText(scale);
    if (!n)
        return std::nullopt;
    page.scaleDenominator = *n;
    return page;
}

QString PrintDialog::message() const {
    return message_->isHidden() ? QString() : message_->text();
}

bool PrintDialog::save() {
    const auto page = this->page();
    if (!page) {
        showMessage(tr("The scale “%1” is not 1:N (e.g. 1:10000).").arg(scale_->currentText()), false);
        return false;
    }
    const QString path = QDir::cleanPath(path_->text().trimmed());
    if (!printFormatForPath(path)) {
        showMessage(tr("Give a file name ending in .pdf or .png."), false);
        return false;
    }
    if (QFileInfo::exists(path)) {
        const bool replace =
            replaceQuestion_ ? replaceQuestion_(path)
                             : QMessageBox::question(
                                   this, tr("Replace existing file?"),
                                   tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        if (!replace) {
            showMessage(tr("Nothing written; %1 is left as it was.").arg(QDir::toNativeSeparators(path)),
                        false);
            return false;
        }
    }
    PrintJob job;
    job.page = *page;
    job.scene = scene_;
    // The view's centre at the chosen scale, or the whole view fitted into the frame.
    job.viewport = page->viewport(view_.centre(), view_.worldRect());
    job.options = options_;
    job.options.feedback = nullptr;
    job.sheet = PrintSheetText::make(project_, scene_, job.viewport, job.options);
    job.pdfTitle = job.sheet.title;
    job.path = path;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    outcome_ = writePrint(job);
    QGuiApplication::restoreOverrideCursor();
    if (!outcome_.ok) {
        showMessage(tr("Not printed: %1").arg(outcome_.message), false);
        return false;
    }
    QSettings settings;
    settings.setValue(kPathKey, path);
    settings.setValue(kPaperKey, paper_->currentData());
    showMessage(tr("Wrote %1 (%2, scale %3).")
                    .arg(QDir::toNativeSeparators(path), paper_->currentText(),
                         scaleText(outcome_.report.scaleDenominator)),
                true);
    return true;
}

void PrintDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Print map to"), path_->text(),
                                                        tr("PDF (*.pdf);;PNG image (*.png)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite); // save() asks
    if (!chosen.isEmpty())
        path_->setText(chosen);
}

void PrintDialog::showMessage(const QString& text, bool ok) {
    message_->setText(text);
    message_->setStyleSheet(ok ? QString() : QStringLiteral("color: #a00000;"));
    message_->setVisible(true);
}

} // namespace luming::app
