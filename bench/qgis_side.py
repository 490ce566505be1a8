#!/usr/bin/python3
"""QGIS's figures for bench/run_side_by_side.py on one road GeoPackage (PyQGIS, python3-qgis).

    qgis_side.py FILE RUNS WxH [LIMIT_S]

Prints "key seconds" lines: first (script start → the layer opened and its full extent drawn once,
unlabelled: the nearest to launch → first frame), full (full extent, labelled), window (2 km window),
window_labels (2 km window, labelled), search_ms (QgsFeatureRequest "name" LIKE '%测试1234%', ms). The
extents are the ones bench_render uses: the layer's extent, and a 2 km wide window on its centre.
"""
import math
import statistics
import sys
import time

from qgis.core import (QgsApplication, QgsFeatureRequest, QgsMapRendererParallelJob, QgsMapSettings,
                       QgsPalLayerSettings, QgsRectangle, QgsTextFormat, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QSize

# Past this a frame counts as not finished (the labelled full extent did not finish in 300 s).
FRAME_LIMIT_S = float(sys.argv[4]) if len(sys.argv) > 4 else 300
STARTED = time.monotonic()


def render(layer, extent, size):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(size)
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    start = time.monotonic()
    job.start()
    while job.isActive():
        QCoreApplication.processEvents(QEventLoop.AllEvents, 50)
        if time.monotonic() - start > FRAME_LIMIT_S:
            job.cancel()
            return None
    return time.monotonic() - start


def median_frames(layer, extent, size, runs):
    times = []
    for _ in range(runs):
        t = render(layer, extent, size)
        if t is None:
            return None  # not finished within the limit: further runs would only wait as long again
        times.append(t)
    return statistics.median(times)


def main():
    path, runs, size = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    w, h = (int(v) for v in size.split("x"))
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(f"{path}|layername=roads", "roads", "ogr")
    if not layer.isValid():
        sys.exit(f"qgis_side: QGIS cannot open {path}")
    extent = layer.extent()
    first = render(layer, extent, QSize(w, h))
    if first is not None:
        print(f"first {time.monotonic() - STARTED:.4f}")
    centre = extent.center()
    # 2 km wide in degrees at the layer's latitude (as bench_render's window: 2000 m across).
    half_w = 1000 / (111320 * math.cos(math.radians(centre.y())))
    half_h = half_w * h / w
    window = QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h)
    size_q = QSize(w, h)
    for key, rect in (("window", window),):
        t = median_frames(layer, rect, size_q, runs)
        print(f"{key} {t:.4f}" if t is not None else f"{key} -{FRAME_LIMIT_S:.0f}")  # negative: unfinished
    labels = QgsPalLayerSettings()
    labels.fieldName = "name"
    labels.placement = QgsPalLayerSettings.Line
    labels.setFormat(QgsTextFormat())
    layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    layer.setLabelsEnabled(True)
    for key, rect in (("window_labels", window), ("full", extent)):
        t = median_frames(layer, rect, size_q, runs)
        print(f"{key} {t:.4f}" if t is not None else f"{key} -{FRAME_LIMIT_S:.0f}")  # negative: unfinished
    times = []
    for _ in range(runs):
        request = QgsFeatureRequest().setFilterExpression("\"name\" LIKE '%测试1234%'")
        request.setFlags(QgsFeatureRequest.NoGeometry)
        start = time.monotonic()
        hits = sum(1 for _ in layer.getFeatures(request))
        times.append(time.monotonic() - start)
    print(f"search_ms {statistics.median(times) * 1000:.4f}")
    print(f"search_hits {hits}")
    app.exitQgis()


if __name__ == "__main__":
    main()
