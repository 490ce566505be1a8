#!/usr/bin/env python3
"""Luming beside QGIS and ogr2ogr on the same synthetic road layers, in one run (issue 11 point 8).

Generates the 100k and 1M-line GeoPackages (bench_render --mode write: a Jinan-sized city, names 测试N路,
EPSG:4490) unless they exist, then times on each:
  Luming   first frame of the viewer with the layer (its own log line), full-extent / 2 km window /
           labelled frames and peak memory (bench_render --gpkg), name search (bench_layer_search:
           index built once per file, then per query), `luming export FILE -f shp --encoding GBK`;
  QGIS     (when PyQGIS imports) QgsMapRendererParallelJob frames on the same extents and a
           QgsFeatureRequest "name LIKE '%…%'" search (bench/qgis_side.py);
  ogr2ogr  the same GBK shapefile export (-lco ENCODING=CP936).
Prints a Markdown table (medians; the README's table is pasted from it).

    tools/build.sh && bench/run_side_by_side.py [--lines 100000 1000000] [--runs 3] [--dir /tmp/luming-bench]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build")
SIZE = (1920, 1080)


# CPU seconds (user + sys) of the last run(): on a shared machine wall time says more about the other
# users than about the program, so the export and the index build are compared by CPU.
last_cpu = None


def run(cmd, timeout=900, env=None):
    """Runs cmd; returns (wall seconds, peak RSS MiB, stdout+stderr). GNU time gives the peak and CPU."""
    global last_cpu
    start = time.monotonic()
    proc = subprocess.run(["/usr/bin/time", "-f", "PEAK_KB %M CPU_S %U %S"] + cmd, capture_output=True,
                          text=True, timeout=timeout, env=env)
    wall = time.monotonic() - start
    out = proc.stdout + proc.stderr
    peak = re.search(r"PEAK_KB (\d+) CPU_S ([\d.]+) ([\d.]+)", out)
    last_cpu = float(peak.group(2)) + float(peak.group(3)) if peak else None
    if proc.returncode != 0:
        sys.stderr.write(f"run_side_by_side: {' '.join(cmd)} exited {proc.returncode}:\n{out[-2000:]}\n")
    return wall, (int(peak.group(1)) / 1024 if peak else float("nan")), out, proc.returncode


def median_of(cmds, runs):
    """Median wall seconds, peak MiB and median CPU seconds over runs; each entry of cmds is run once per
    round, in turn (A B A B …), so a drift in the machine's speed meets both alike."""
    walls = {i: [] for i in range(len(cmds))}
    peaks = {i: [] for i in range(len(cmds))}
    cpus = {i: [] for i in range(len(cmds))}
    for _ in range(runs):
        for i, (cmd, before) in enumerate(cmds):
            if before:
                before()
            wall, peak, _, rc = run(cmd)
            if rc == 0:
                walls[i].append(wall)
                peaks[i].append(peak)
                if last_cpu is not None:
                    cpus[i].append(last_cpu)
    return [(statistics.median(walls[i]) if walls[i] else None, max(peaks[i]) if peaks[i] else None,
             statistics.median(cpus[i]) if cpus[i] else None) for i in range(len(cmds))]


def generate(lines, path):
    if os.path.exists(path):
        return
    print(f"generating {lines} lines into {path} …", file=sys.stderr)
    subprocess.run([os.path.join(BUILD, "bench", "bench_render"), "--mode", "write", "--lines", str(lines),
                    "--keep-gpkg", path], check=True, capture_output=True)


def luming_frames(path, runs):
    """bench_render on the file: {figure: seconds}, peak MiB."""
    _, _, out, rc = run([os.path.join(BUILD, "bench", "bench_render"), "--mode", "gdal", "--gpkg", path,
                         "--runs", str(runs), "--size", f"{SIZE[0]}x{SIZE[1]}"])
    figures = {}
    for key, label in (("load", "scene build"), ("full", "full extent"), ("window_labels", "2 km window"),
                       ("window", "2 km window, no labels")):
        m = re.search(r"^" + re.escape(label) + r"\s+([\d.]+) s wall", out, re.M)
        figures[key] = float(m.group(1)) if m else None
    m = re.search(r"peak RSS \(VmHWM\)\s+(\d+) kB", out)
    return figures, (int(m.group(1)) / 1024 if m else None)


def luming_first_frame(path):
    """The viewer's own log line (`luming-viewer --layer FILE`): wall seconds from process start to the
    first frame with the layer painted, and the CPU seconds spent by then; (None, None) without it."""
    viewer = os.path.join(BUILD, "app", "luming-viewer")
    if not os.path.exists(viewer):
        return None, None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    shot = path + ".first.png"
    _, _, out, _ = run([viewer, "--layer", path, "--screenshot", shot, "--size", f"{SIZE[0]}x{SIZE[1]}"],
                       env=env)
    m = re.search(r"first frame with the layers painted (\d+) ms after process start \(\d+ ms after main, "
                  r"(\d+) ms CPU\)", out)
    return (int(m.group(1)) / 1000, int(m.group(2)) / 1000) if m else (None, None)


def luming_search(path, cache):
    """Index build (wall s, once per file content), the process's CPU s (the build is nearly all of it)
    and the median query (ms) over bench_layer_search's set."""
    shutil.rmtree(cache, ignore_errors=True)
    _, _, out, rc = run([os.path.join(BUILD, "bench", "bench_layer_search"), path, "--cache", cache, "--runs", "5"])
    cpu = last_cpu
    build = re.search(r"index built in (\d+) ms", out)
    queries = [float(x) for x in re.findall(r"median ([\d.]+) ms", out)]
    return ((int(build.group(1)) / 1000 if build else None), cpu,
            (statistics.median(queries) if queries else None))


def qgis_figures(path, runs, limit):
    """bench/qgis_side.py under the system Python (where python3-qgis installs); {} without PyQGIS."""
    python = "/usr/bin/python3"
    if subprocess.run([python, "-c", "import qgis.core"], capture_output=True).returncode != 0:
        return {}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    _, peak, out, rc = run([python, os.path.join(ROOT, "bench", "qgis_side.py"), path, str(runs),
                            f"{SIZE[0]}x{SIZE[1]}", str(limit)], timeout=3600, env=env)
    figures = {k: float(v) for k, v in re.findall(r"^(\w+) (-?[\d.]+)$", out, re.M)}
    figures["peak"] = peak
    return figures


def fmt(value, unit="s"):
    if value is None:
        return "—"
    if value != value:  # NaN: not measured
        return "—"
    if value < 0:  # QGIS: the frame did not finish within the limit
        return f"not finished in {-value:.0f} s"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.2f} ms"
    return f"{value:.0f} MiB"


def ratio(a, b):
    return f"{a / b:.2g}×" if a and b and a > 0 and b > 0 else "—"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, nargs="+", default=[100000, 1000000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dir", default="/tmp/luming-bench")
    ap.add_argument("--qgis-limit", type=float, default=300, help="seconds before a QGIS frame counts as unfinished")
    args = ap.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    luming = os.path.join(BUILD, "cli", "luming")
    has_ogr2ogr = shutil.which("ogr2ogr") is not None

    rows = []
    load_before = os.getloadavg()
    started = time.monotonic()
    for lines in args.lines:
        path = os.path.join(args.dir, f"roads_{lines}.gpkg")
        generate(lines, path)
        print(f"timing {path} …", file=sys.stderr)
        frames, peak = luming_frames(path, args.runs)
        first, first_cpu = luming_first_frame(path)
        index_s, index_cpu, query_ms = luming_search(path, os.path.join(args.dir, "layer-index"))
        out_dir = os.path.join(args.dir, "out")
        os.makedirs(out_dir, exist_ok=True)
        export_cmds = [([luming, "export", path, "-f", "shp", "--encoding", "GBK", "--overwrite", "-o",
                         os.path.join(out_dir, "luming.shp")], None)]
        if has_ogr2ogr:
            export_cmds.append((["ogr2ogr", "-overwrite", "-f", "ESRI Shapefile", "-lco", "ENCODING=CP936",
                                 os.path.join(out_dir, "ogr2ogr.shp"), path], None))
        exports = median_of(export_cmds, args.runs)
        qgis = qgis_figures(path, args.runs, args.qgis_limit)
        mb = os.path.getsize(path) / 1e6
        name = f"{lines // 1000}k" if lines < 1000000 else f"{lines // 1000000}M"
        rows.append((f"{name}: launch → first frame (Luming's CPU by then: {fmt(first_cpu)})", fmt(first),
                     fmt(qgis.get("first")),
                     ratio(first, qgis.get("first"))))
        rows.append((f"{name}: full extent, labelled", fmt(frames["full"]), fmt(qgis.get("full")),
                     ratio(frames["full"], qgis.get("full"))))
        rows.append((f"{name}: 2 km window", fmt(frames["window"]), fmt(qgis.get("window")),
                     ratio(frames["window"], qgis.get("window"))))
        rows.append((f"{name}: 2 km window, labelled", fmt(frames["window_labels"]),
                     fmt(qgis.get("window_labels")), ratio(frames["window_labels"], qgis.get("window_labels"))))
        rows.append((f"{name}: name search (per query; Luming's index built once: {fmt(index_s)} wall, "
                     f"{fmt(index_cpu)} CPU)",
                     fmt(query_ms, "ms"), fmt(qgis.get("search_ms"), "ms"),
                     ratio(query_ms, qgis.get("search_ms"))))
        ogr = exports[1] if has_ogr2ogr else (None, None, None)
        rows.append((f"{name}: export GBK shapefile, CPU (vs ogr2ogr)", fmt(exports[0][2]), fmt(ogr[2]),
                     ratio(exports[0][2], ogr[2])))
        rows.append((f"{name}: export GBK shapefile, wall (vs ogr2ogr)", fmt(exports[0][0]), fmt(ogr[0]),
                     ratio(exports[0][0], ogr[0])))
        rows.append((f"{name}: peak memory, frames (file {mb:.0f} MB)", fmt(peak, "MiB"),
                     fmt(qgis.get("peak"), "MiB"), ratio(peak, qgis.get("peak"))))

    print(f"\nFrames {SIZE[0]}×{SIZE[1]}, medians of {args.runs} runs, one machine, one run of "
          f"bench/run_side_by_side.py; QGIS column: PyQGIS "
          f"{'present' if any(r[2] != '—' for r in rows) else 'not installed'}; export compared with ogr2ogr; "
          f"{os.cpu_count()} CPUs, load average {load_before[0]:.1f} at the start and {os.getloadavg()[0]:.1f} "
          f"at the end ({(time.monotonic() - started) / 60:.0f} min).\n")
    print("| figure | Luming | QGIS / ogr2ogr | ratio |")
    print("|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
