<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LayoutSummary</name>
    <message>
        <source>Centerlines from %1 (%2 lines, read in %3 ms, matched and laid out in %4 ms): %5 road(s) taken, %6 stay schematic</source>
        <translation>中心线取自 %1（%2 条线，读取 %3 毫秒，匹配并布局 %4 毫秒）：采用 %5 条道路，%6 条仍为示意</translation>
    </message>
    <message>
        <source>Schematic positions, derived from the notice text (not surveyed).</source>
        <translation>示意位置，由公告文字推算（非实测）。</translation>
    </message>
    <message>
        <source>%1 roads drawn; largest length misfit %2 %; largest tie gap %3 m</source>
        <translation>已绘制 %1 条道路；长度最大偏差 %2 %；衔接最大间隙 %3 米</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>(no district)</source>
        <translation>（未注明区）</translation>
    </message>
    <message>
        <source>(untitled notice)</source>
        <translation>（无标题公告）</translation>
    </message>
    <message>
        <source>gazette %1 p.%2</source>
        <translation>公报 %1 第 %2 页</translation>
    </message>
    <message>
        <source>gazette %1</source>
        <translation>公报 %1</translation>
    </message>
    <message>
        <source>%1 roads: %2</source>
        <translation>%1 条道路：%2</translation>
    </message>
    <message>
        <source> (declared %1)</source>
        <translation>（公告声明 %1 条）</translation>
    </message>
    <message>
        <source> (declared %1: %2)</source>
        <translation>（公告声明 %1 条：%2）</translation>
    </message>
    <message>
        <source>findings: %1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>发现：%1 个错误，%2 个警告，%3 个提示</translation>
    </message>
    <message>
        <source>%1 endpoint names are not roads of this notice: %2</source>
        <translation>%1 个端点名称不是本公告命名的道路：%2</translation>
    </message>
    <message>
        <source>region: %1 %2 (%3)</source>
        <translation>地区：%1 %2（%3）</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已指定</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>region: unknown</source>
        <translation>地区：未知</translation>
    </message>
</context>
<context>
    <name>luming::cli::CodeWords</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>old_name</source>
        <translation>旧名</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>subdistrict</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>起止道路</translation>
    </message>
    <message>
        <source>via</source>
        <translation>途经道路</translation>
    </message>
    <message>
        <source>traditional</source>
        <translation>繁简字</translation>
    </message>
    <message>
        <source>look_alike</source>
        <translation>形近字</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>异写</translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>named</source>
        <translation>已命名</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>已更名</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>完全一致</translation>
    </message>
</context>
<context>
    <name>luming::cli::Help</name>
    <message>
        <source>luming: warning: %1</source>
        <translation>luming：警告：%1</translation>
    </message>
    <message>
        <source>luming: %1; give --overwrite to replace it</source>
        <translation>luming：%1；如要替换，请加 --overwrite</translation>
    </message>
    <message>
        <source>Export the roads of a notice file or project .gpkg, or any vector layer GDAL reads, through GDAL.</source>
        <translation>通过 GDAL 导出公告文件或项目 .gpkg 中的道路，或 GDAL 能读取的任意矢量图层。</translation>
    </message>
    <message>
        <source>A notice/gazette text file, a project .gpkg, or any vector file (shapefile, GeoPackage, GeoJSON, KML, FlatGeobuf, …).</source>
        <translation>公告/公报文本文件、项目 .gpkg，或任意矢量文件（shapefile、GeoPackage、GeoJSON、KML、FlatGeobuf 等）。</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>输出格式：%1。</translation>
    </message>
    <message>
        <source>EPSG:4490 (CGCS2000, default), EPSG:4326 (WGS84) or the CGCS2000 3° Gauss-Krüger zone of the notice&apos;s region (EPSG:4534-4554, e.g. EPSG:4548 for 济南).</source>
        <translation>EPSG:4490（CGCS2000，默认）、EPSG:4326（WGS84），或公告所属地区的 CGCS2000 3° 高斯-克吕格分带（EPSG:4534-4554，如济南为 EPSG:4548）。</translation>
    </message>
    <message>
        <source>Shapefile text encoding: UTF-8 (default, with .cpg) or GBK (code page 936, older ArcGIS).</source>
        <translation>Shapefile 文本编码：UTF-8（默认，附 .cpg）或 GBK（代码页 936，适用于旧版 ArcGIS）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Replace the output if it exists (without it an existing file is refused).</source>
        <translation>输出文件已存在时替换它（不加此选项则拒绝覆盖已有文件）。</translation>
    </message>
    <message>
        <source>Export only the roads of this 区 (as the notice names it, e.g. 历城区).</source>
        <translation>只导出该区的道路（按公告中的写法，如 历城区）。</translation>
    </message>
    <message>
        <source>A vector file&apos;s layer to export (needed when it holds several).</source>
        <translation>要导出的矢量文件图层（文件含多个图层时必须指定）。</translation>
    </message>
    <message>
        <source>Only a vector layer&apos;s features this OGR SQL filter lets through, e.g. &quot;name LIKE &apos;%路&apos;&quot;.</source>
        <translation>只导出矢量图层中满足此 OGR SQL 过滤条件的要素，如 &quot;name LIKE &apos;%路&apos;&quot;。</translation>
    </message>
    <message>
        <source>Only a vector layer&apos;s features meeting this box, in the layer&apos;s CRS.</source>
        <translation>只导出矢量图层中与此范围相交的要素（使用图层的坐标系）。</translation>
    </message>
    <message>
        <source>luming export: give one SRC and -o PATH (see luming export --help)</source>
        <translation>luming export：请给出一个 SRC 和 -o PATH（见 luming export --help）</translation>
    </message>
    <message>
        <source>luming export: unknown format &apos;%1&apos;</source>
        <translation>luming export：未知格式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>luming export: unsupported CRS &apos;%1&apos; (EPSG:4490, EPSG:4326 or the region&apos;s zone EPSG:4534-4554)</source>
        <translation>luming export：不支持的坐标系 &apos;%1&apos;（可用 EPSG:4490、EPSG:4326 或所属地区的分带 EPSG:4534-4554）</translation>
    </message>
    <message>
        <source>luming export: unknown encoding &apos;%1&apos; (UTF-8 or GBK)</source>
        <translation>luming export：未知编码 &apos;%1&apos;（可用 UTF-8 或 GBK）</translation>
    </message>
    <message>
        <source>luming export: --%1 is for a vector layer, not a notice or project</source>
        <translation>luming export：--%1 只用于矢量图层，不用于公告或项目</translation>
    </message>
    <message>
        <source>read road-naming notices</source>
        <translation>读取道路命名公告</translation>
    </message>
    <message>
        <source>schematic layout report</source>
        <translation>示意布局报告</translation>
    </message>
    <message>
        <source>export the roads through GDAL</source>
        <translation>通过 GDAL 导出道路</translation>
    </message>
    <message>
        <source>roads by name, 区/街道 or endpoint</source>
        <translation>按名称、区/街道或起止点查找道路</translation>
    </message>
    <message>
        <source>what notices did to a road name</source>
        <translation>一个路名在各公告中的变化</translation>
    </message>
    <message>
        <source>the road record&apos;s fields (docs/schema.md)</source>
        <translation>道路记录的字段（docs/schema.md）</translation>
    </message>
    <message>
        <source>usage: luming COMMAND [options]</source>
        <translation>用法：luming 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>SRC is a notice/gazette text file or a project .gpkg written by &apos;parse -o&apos;.</source>
        <translation>SRC 为公告/公报文本文件，或由 &apos;parse -o&apos; 写出的项目 .gpkg。</translation>
    </message>
    <message>
        <source>Run &apos;luming COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;luming 命令 --help&apos; 查看该命令的选项。</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>退出状态：</translation>
    </message>
    <message>
        <source>  0  success</source>
        <translation>  0  成功</translation>
    </message>
    <message>
        <source>  1  internal error</source>
        <translation>  1  内部错误</translation>
    </message>
    <message>
        <source>  2  usage error (bad option or argument)</source>
        <translation>  2  用法错误（选项或参数有误）</translation>
    </message>
    <message>
        <source>  3  an input file is missing, unreadable, empty or not text</source>
        <translation>  3  输入文件不存在、无法读取、为空或不是文本</translation>
    </message>
    <message>
        <source>  4  an input file holds no road-naming notice</source>
        <translation>  4  输入文件中没有道路命名公告</translation>
    </message>
    <message>
        <source>  5  the output could not be written, or exists and --overwrite was not given (an existing
     file is left as it was)</source>
        <translation>  5  无法写入输出，或输出已存在而未加 --overwrite（已有文件保持原样）</translation>
    </message>
    <message>
        <source>  6  export failed (e.g. a name the GBK profile cannot hold)</source>
        <translation>  6  导出失败（如某个名称无法用 GBK 编码保存）</translation>
    </message>
    <message>
        <source>Show the history of a road name across notices.</source>
        <translation>显示一个路名在各公告中的历史。</translation>
    </message>
    <message>
        <source>Road name (繁/简 either way).</source>
        <translation>路名（繁体、简体均可）。</translation>
    </message>
    <message>
        <source>Project .gpkg files and/or notice files.</source>
        <translation>项目 .gpkg 文件和/或公告文件。</translation>
    </message>
    <message>
        <source>luming history: give a NAME and at least one SRC (see luming history --help)</source>
        <translation>luming history：请给出一个路名和至少一个 SRC（见 luming history --help）</translation>
    </message>
    <message>
        <source>%1: not named, changed or cancelled by any of the %2 notice(s) read.</source>
        <translation>%1：所读的 %2 份公告均未命名、更改或撤销该名称。</translation>
    </message>
    <message>
        <source>Print the schematic layout report of a notice file or project .gpkg.</source>
        <translation>输出公告文件或项目 .gpkg 的示意布局报告。</translation>
    </message>
    <message>
        <source>A notice/gazette text file or a project .gpkg.</source>
        <translation>公告/公报文本文件或项目 .gpkg。</translation>
    </message>
    <message>
        <source>Every row, not only the summary.</source>
        <translation>列出每一行，而不只是摘要。</translation>
    </message>
    <message>
        <source>Take the roads&apos; lines from this road layer (any vector file GDAL reads) where a line of the same name passes the text&apos;s checks.</source>
        <translation>从此道路图层（GDAL 能读取的任意矢量文件）取道路线形：同名线通过公告文字的检查时采用。</translation>
    </message>
    <message>
        <source>The layer&apos;s field holding road names (default: detected).</source>
        <translation>图层中存放路名的字段（默认自动识别）。</translation>
    </message>
    <message>
        <source>Save the laid-out project to PATH (.gpkg).</source>
        <translation>将布局后的项目保存到 PATH（.gpkg）。</translation>
    </message>
    <message>
        <source>luming layout: give one SRC (see luming layout --help)</source>
        <translation>luming layout：请给出一个 SRC（见 luming layout --help）</translation>
    </message>
    <message>
        <source>luming layout: %1: the project is saved as a GeoPackage (.gpkg)</source>
        <translation>luming layout：%1：项目只能保存为 GeoPackage（.gpkg）</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>luming layout: warning: %1</source>
        <translation>luming layout：警告：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>luming: unknown command &apos;%1&apos; (see luming --help)</source>
        <translation>luming：未知命令 &apos;%1&apos;（见 luming --help）</translation>
    </message>
    <message>
        <source>Parse road-naming notices (txt/md, any encoding) into road records.</source>
        <translation>将道路命名公告（txt/md，任意编码）解析为道路记录。</translation>
    </message>
    <message>
        <source>Notice or gazette text files.</source>
        <translation>公告或公报文本文件。</translation>
    </message>
    <message>
        <source>Write the records to PATH (.gpkg, .json or .csv).</source>
        <translation>将记录写入 PATH（.gpkg、.json 或 .csv）。</translation>
    </message>
    <message>
        <source>List every finding.</source>
        <translation>列出每条检查结果。</translation>
    </message>
    <message>
        <source>luming parse: no input file given (see luming parse --help)</source>
        <translation>luming parse：未给出输入文件（见 luming parse --help）</translation>
    </message>
    <message>
        <source>luming parse: %1: unsupported output type (use .gpkg, .json or .csv)</source>
        <translation>luming parse：%1：不支持的输出类型（请用 .gpkg、.json 或 .csv）</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>The city the notice is about, by GB/T 2260 code or name (370100, 济南, 济南市), instead of the one its own words name.</source>
        <translation>公告所属的城市，用 GB/T 2260 代码或名称（370100、济南、济南市）指定，代替公告文字所述的城市。</translation>
    </message>
    <message>
        <source>usage: luming schema   (prints docs/schema.md)</source>
        <translation>用法：luming schema   （输出 docs/schema.md）</translation>
    </message>
    <message>
        <source>%1 feature(s) for &quot;%2&quot;</source>
        <translation>“%2”：%1 个要素</translation>
    </message>
    <message>
        <source>Search roads by name (substring; 繁/简, spaces and look-alike characters either way; pinyin in full or initials: gangtianlu, gtl), by 区 or 街道, or by the road they start, end or turn on.</source>
        <translation>按名称（子串；繁简、空格和形近字均可；全拼或首字母拼音：gangtianlu、gtl）、按区或街道，或按起点、终点、转折所在道路查找道路。</translation>
    </message>
    <message>
        <source>What to look for (one character is enough).</source>
        <translation>要查找的内容（一个字即可）。</translation>
    </message>
    <message>
        <source>A project .gpkg (uses its name index), a notice file, or any vector file GDAL reads (a road layer: its names are indexed once, then searched).</source>
        <translation>项目 .gpkg（使用其名称索引）、公告文件，或 GDAL 能读取的任意矢量文件（道路图层：名称索引一次后再查找）。</translation>
    </message>
    <message>
        <source>At most N results (0: all).</source>
        <translation>最多 N 条结果（0：全部）。</translation>
    </message>
    <message>
        <source>luming search: give a QUERY and one SRC (see luming search --help)</source>
        <translation>luming search：请给出查询内容和一个 SRC（见 luming search --help）</translation>
    </message>
    <message>
        <source>%1 road(s) for &quot;%2&quot;</source>
        <translation>“%2”：%1 条道路</translation>
    </message>
    <message>
        <source>luming export: --%1 is for a notice or project; %2 is a vector layer (use --where or --bbox)</source>
        <translation>luming export：--%1 用于公告或项目；%2 是矢量图层（请用 --where 或 --bbox）</translation>
    </message>
    <message>
        <source>luming export: --bbox takes MINX,MINY,MAXX,MAXY in the layer&apos;s CRS, not &apos;%1&apos;</source>
        <translation>luming export：--bbox 应为图层坐标系中的 MINX,MINY,MAXX,MAXY，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>luming export: %1 is not the Gauss-Krüger zone of the layer&apos;s centre (%2); give that, EPSG:4490 or EPSG:4326</source>
        <translation>luming export：%1 不是图层中心所在的高斯-克吕格分带（%2）；请指定该分带、EPSG:4490 或 EPSG:4326</translation>
    </message>
    <message>
        <source>none: no CRS or outside China</source>
        <translation>无：没有坐标系或位于中国境外</translation>
    </message>
    <message>
        <source>luming export: no road of %1 is in 区 &apos;%2&apos;; its 区: %3</source>
        <translation>luming export：%1 中没有道路位于区 &apos;%2&apos;；其中的区：%3</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> 为 %1</translation>
    </message>
    <message>
        <source>; ends: %1 – %2</source>
        <translation>；起止：%1 – %2</translation>
    </message>
    <message>
        <source>(undated)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source> item %1</source>
        <translation> 第 %1 条</translation>
    </message>
    <message>
        <source>Cannot write %1: it is the input file %2; write to another file</source>
        <translation>无法写入 %1：它是输入文件 %2；请写到其他文件</translation>
    </message>
    <message>
        <source>%1: unsupported output type</source>
        <translation>%1：不支持的输出类型</translation>
    </message>
    <message>
        <source>luming: --region applies when a notice text is read; %1 was laid out when it was written: parse the notice again with --region and -o</source>
        <translation>luming：--region 只在读取公告文本时适用；%1 在写出时已完成布局：请用 --region 和 -o 重新解析公告</translation>
    </message>
    <message>
        <source>indexing the names of %1</source>
        <translation>正在为 %1 的名称建立索引</translation>
    </message>
    <message>
        <source>luming: indexed %1 named of %2 features of %3 (%4)</source>
        <translation>luming：已为 %3 的 %2 个要素中带名称的 %1 个建立索引（%4）</translation>
    </message>
    <message>
        <source>%1 item %2</source>
        <translation>%1 第 %2 条</translation>
    </message>
    <message>
        <source>printed %1, %2 item(s) say %3</source>
        <translation>公告写作 %1，另有 %2 条写作 %3</translation>
    </message>
</context>
</TS>
