// Where each 街道's cluster of roads goes on the map: resources/anchors.csv, edited by users.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace luming {

// One row of anchors.csv. lon/lat are WGS84 (EPSG:4326), read off public maps.
struct Anchor {
    QString subdistrict; // 街道/镇 as printed in notices, e.g. "港沟街道"
    double lon = 0;
    double lat = 0;
    QString source;
    double accuracyM = 0; // stated accuracy of the position
    QString note;
    // Optional: two road names whose junction sits at lon/lat ("凤集路|经十路"); empty: the centroid of
    // the 街道's roads sits there.
    QStringList junction;
    int line = 0; // 1-based line in the file
};

// A bad row or an unreadable file, with where it happened.
struct AnchorProblem {
    QString file;
    int line = 0; // 0: the file as a whole
    QString message;
    QString toString() const;
};

class AnchorTable {
public:
    // Reads a CSV file (UTF-8, header: subdistrict,lon,lat,source,accuracy_m,note[,junction]; lines starting
    // with '#' are comments). Bad rows are skipped and reported in *problems; a missing file or a bad
    // header gives an empty table and one problem.
    static AnchorTable read(const QString& path, QList<AnchorProblem>* problems);
    static AnchorTable parse(const QByteArray& csv, const QString& fileName, QList<AnchorProblem>* problems);

    const QList<Anchor>& anchors() const { return anchors_; }
    std::optional<Anchor> find(const QString& subdistrict) const;
    QString fileName() const { return fileName_; }
    bool isEmpty() const { return anchors_.isEmpty(); }

    void append(const Anchor& anchor) { anchors_.append(anchor); }

private:
    QList<Anchor> anchors_;
    QString fileName_;
};

} // namespace luming
