<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>luming::Geo</name>
    <message>
        <source>Cannot read %1: it is a folder, not a file.</source>
        <translation>无法读取 %1：它是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot read %1: it is %2 MiB, larger than the %3 a notice can be.</source>
        <translation>无法读取 %1：它有 %2 MiB，超过公告文件的上限 %3。</translation>
    </message>
    <message>
        <source>Cannot read %1: it goes on past the %2 a notice can be.</source>
        <translation>无法读取 %1：其内容超出公告文件的上限 %2。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 是空文件（0 字节）。</translation>
    </message>
    <message>
        <source>%1 starts with a %2 byte-order mark but is not valid %2 text.</source>
        <translation>%1 以 %2 字节顺序标记开头，但不是有效的 %2 文本。</translation>
    </message>
    <message>
        <source>%1 is %2, not a text file.</source>
        <translation>%1 是 %2，不是文本文件。</translation>
    </message>
    <message>
        <source>%1 is not text: %2 of its %3 characters could not be decoded as UTF-8, GB18030 or Big5.</source>
        <translation>%1 不是文本：其 %3 个字符中有 %2 个无法按 UTF-8、GB18030 或 Big5 解码。</translation>
    </message>
    <message>
        <source>%1 looks like binary data: %2 of its %3 characters are control characters.</source>
        <translation>%1 看起来是二进制数据：其 %3 个字符中有 %2 个是控制字符。</translation>
    </message>
    <message>
        <source>%1 contains only whitespace.</source>
        <translation>%1 只含空白字符。</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation>无法在 %1 中创建临时文件夹：%2</translation>
    </message>
    <message>
        <source>; the earlier files could not all be put back: the next export into %1 finishes the job</source>
        <translation>；原有文件未能全部恢复：下一次导出到 %1 时会完成恢复</translation>
    </message>
    <message>
        <source>export cancelled; nothing was written to %1</source>
        <translation>导出已取消；未向 %1 写入任何内容</translation>
    </message>
    <message>
        <source>nothing written: the notice&apos;s region is unknown, so there is no Gauss-Krüger zone to write its roads in; give the region (--region CODE|NAME) or export EPSG:4490</source>
        <translation>未写入：公告所属地区未知，没有可用于写出道路的高斯-克吕格投影带；请指定地区（--region 代码|名称）或以 EPSG:4490 导出</translation>
    </message>
    <message>
        <source>the GBK encoding is for shapefiles only; %1 is always UTF-8</source>
        <translation>GBK 编码只适用于 Shapefile；%1 总是 UTF-8</translation>
    </message>
    <message>
        <source>no output path given</source>
        <translation>未给出输出路径</translation>
    </message>
    <message>
        <source>%1 does not end in .%2, the extension of %3</source>
        <translation>%1 的扩展名不是 .%2（%3 的扩展名）</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name</source>
        <translation>%1 是文件夹，不是文件名</translation>
    </message>
    <message>
        <source>nothing written: %1 is read-only; make it writable or export under another name</source>
        <translation>未写入：%1 是只读文件；请使其可写，或以其他文件名导出</translation>
    </message>
    <message>
        <source>nothing written: %1 is open as a layer (%2); close the layer or export to another file</source>
        <translation>未写入：%1 已作为图层打开（%2）；请关闭该图层，或导出到其他文件</translation>
    </message>
    <message>
        <source>nothing written: %1 already exists and is left as it was</source>
        <translation>未写入：%1 已存在，保持原样未动</translation>
    </message>
    <message>
        <source>nothing to export: none of the chosen roads is in the project</source>
        <translation>没有可导出的内容：所选道路都不在项目中</translation>
    </message>
    <message>
        <source>nothing to export: the project has no road records</source>
        <translation>没有可导出的内容：项目中没有道路记录</translation>
    </message>
    <message>
        <source>nothing written: %1</source>
        <translation>未写入：%1</translation>
    </message>
    <message>
        <source>cannot write %1.cpg in %2: %3</source>
        <translation>无法在 %2 中写入 %1.cpg：%3</translation>
    </message>
    <message>
        <source>cannot write %1_dictionary.csv in %2: %3</source>
        <translation>无法在 %2 中写入 %1_dictionary.csv：%3</translation>
    </message>
    <message>
        <source>nothing written: the check after writing failed: %1</source>
        <translation>未写入：写入后的校验失败：%1</translation>
    </message>
    <message>
        <source>nothing replaced: %1</source>
        <translation>未替换任何文件：%1</translation>
    </message>
    <message>
        <source>wrote %1 roads to %2 (%3, %4)</source>
        <translation>已将 %1 条道路写入 %2（%3，%4）</translation>
    </message>
    <message>
        <source>; %1 of them have no line yet and were exported with an empty geometry</source>
        <translation>；其中 %1 条尚无线形，以空几何导出</translation>
    </message>
    <message>
        <source>; the CRS is in %1.prj (GDAL and QGIS read it; spreadsheets do not)</source>
        <translation>；坐标系写在 %1.prj 中（GDAL 和 QGIS 会读取，电子表格不会）</translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector file%2</source>
        <translation>无法将 %1 作为矢量文件打开%2</translation>
    </message>
    <message>
        <source>%1 has no layer with geometry</source>
        <translation>%1 没有带几何的图层</translation>
    </message>
    <message>
        <source>%1 has no layer named %2 with geometry</source>
        <translation>%1 没有名为 %2 的带几何图层</translation>
    </message>
    <message>
        <source>Nothing could be read from %1: %2</source>
        <translation>未能从 %1 读取任何内容：%2</translation>
    </message>
    <message>
        <source>it is in use by another program (still locked after %1 s); close it there or try again</source>
        <translation>该文件正被其他程序使用（%1 秒后仍被锁定）；请在该程序中关闭它，或稍后重试</translation>
    </message>
    <message>
        <source>cannot lock it: %1</source>
        <translation>无法锁定该文件：%1</translation>
    </message>
    <message>
        <source>it is in use by another program (its write-ahead log could not be folded in); close it there or try again</source>
        <translation>该文件正被其他程序使用（其预写日志无法合并）；请在该程序中关闭它，或稍后重试</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>无法在 %1 中创建临时文件：%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot flush %1 to disk: %2</source>
        <translation>无法将 %1 写入磁盘：%2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation>无法将 %1 移动到 %2：%3</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是文件夹</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>it is read-only; make it writable or save under another name</source>
        <translation>它是只读文件；请使其可写，或以其他文件名保存</translation>
    </message>
    <message>
        <source>it is not a GeoPackage GDAL can update</source>
        <translation>它不是 GDAL 可以更新的 GeoPackage</translation>
    </message>
    <message>
        <source>GDAL cannot create a GeoPackage</source>
        <translation>GDAL 无法创建 GeoPackage</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>; the rollback failed too (the temporary copy is discarded)</source>
        <translation>；回滚也失败了（临时副本已丢弃）</translation>
    </message>
    <message>
        <source>cannot commit the transaction</source>
        <translation>无法提交事务</translation>
    </message>
    <message>
        <source>GDAL failed while closing the file</source>
        <translation>GDAL 关闭文件时出错</translation>
    </message>
    <message>
        <source>cannot build the name index: %1</source>
        <translation>无法建立名称索引：%1</translation>
    </message>
    <message>
        <source>the written file does not check out: %1</source>
        <translation>写出的文件未通过校验：%1</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file</source>
        <translation>无法打开 %1：文件不存在</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>it is not a GeoPackage</source>
        <translation>它不是 GeoPackage</translation>
    </message>
    <message>
        <source>cannot copy it to %1: %2</source>
        <translation>无法将其复制到 %1：%2</translation>
    </message>
    <message>
        <source>cannot move %1 into place: %2</source>
        <translation>无法将 %1 移到目标位置：%2</translation>
    </message>
    <message>
        <source>not a Luming project: it has no notices layer</source>
        <translation>不是路名项目：其中没有 notices 图层</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <source>%1: no road-naming notice found: the title &quot;%2&quot; is followed by no line that reads like a road record.</source>
        <translation>%1：未找到道路命名公告：标题“%2”之后没有像道路记录的行。</translation>
    </message>
    <message>
        <source>%1: no road-naming notice found: the roads the text mentions are not named, renamed, adjusted or cancelled by it (no naming act, no list of roads with their ends).</source>
        <translation>%1：未找到道路命名公告：文中提到的道路并未被它命名、更名、调整或注销（没有命名行为，也没有列出道路及其起止点）。</translation>
    </message>
    <message>
        <source>%1: no road-naming notice found: no line reads like a road record.</source>
        <translation>%1：未找到道路命名公告：没有像道路记录的行。</translation>
    </message>
    <message>
        <source>%1: could not be opened as a PDF.</source>
        <translation>%1：无法作为 PDF 打开。</translation>
    </message>
    <message>
        <source>%1: the PDF is password-protected.</source>
        <translation>%1：该 PDF 有密码保护。</translation>
    </message>
    <message>
        <source>%1: the PDF has no text layer (a scanned image?); run OCR on it first.</source>
        <translation>%1：该 PDF 没有文字层（是扫描图像？）；请先进行 OCR 识别。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: not a vector file GDAL can read (%2)</source>
        <translation>%1：不是 GDAL 能读取的矢量文件（%2）</translation>
    </message>
    <message>
        <source>cannot create the index folder %1</source>
        <translation>无法创建索引文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>cannot place the index at %1</source>
        <translation>无法将索引放到 %1</translation>
    </message>
    <message>
        <source>%1: layout failed: %2</source>
        <translation>%1：布局失败：%2</translation>
    </message>
    <message>
        <source>%1: the region is unknown, so no line of %2 can be its roads&apos;</source>
        <translation>%1：地区未知，因此 %2 中的线都不能作为其道路</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1：读取已取消</translation>
    </message>
    <message>
        <source>%1: no named line in any layer (give the name field with --name-field)</source>
        <translation>%1：所有图层中都没有带名称的线（请用 --name-field 指定名称字段）</translation>
    </message>
    <message>
        <source>%1 cannot be read as a vector layer%2</source>
        <translation>无法将 %1 作为矢量图层读取%2</translation>
    </message>
    <message>
        <source>%1 has no layer %2</source>
        <translation>%1 中没有图层 %2</translation>
    </message>
    <message>
        <source>%1 holds no vector layer</source>
        <translation>%1 中没有矢量图层</translation>
    </message>
    <message>
        <source>%1 holds %2 layers (%3): name the one to export</source>
        <translation>%1 含有 %2 个图层（%3）：请指定要导出的图层</translation>
    </message>
    <message>
        <source>%1 layer %2</source>
        <translation>%1 的图层 %2</translation>
    </message>
    <message>
        <source>the filter “%1” does not apply to %2: %3</source>
        <translation>过滤条件“%1”不适用于 %2：%3</translation>
    </message>
    <message>
        <source>%1 coordinates are WGS 84 longitude/latitude (EPSG:4326) by definition; leave --crs out or give EPSG:4326</source>
        <translation>%1 的坐标按定义为 WGS 84 经纬度（EPSG:4326）；请不加 --crs，或指定 EPSG:4326</translation>
    </message>
    <message>
        <source>nothing written: %1 has no CRS, so its coordinates cannot be transformed to %2; export without --crs</source>
        <translation>未写入：%1 没有坐标系，其坐标无法转换到 %2；请不加 --crs 导出</translation>
    </message>
    <message>
        <source>nothing written: %1 lies outside the CGCS2000 3° Gauss-Krüger zones (73.5°E–136.5°E)</source>
        <translation>未写入：%1 位于 CGCS2000 3° 高斯-克吕格分带范围（东经 73.5°–136.5°）之外</translation>
    </message>
    <message>
        <source>PROJ does not know EPSG:%1 (%2)</source>
        <translation>PROJ 不认识 EPSG:%1（%2）</translation>
    </message>
    <message>
        <source>no PROJ transformation from %1 to EPSG:%2 (%3)</source>
        <translation>PROJ 没有从 %1 到 EPSG:%2 的转换（%3）</translation>
    </message>
    <message>
        <source>the layer is</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>nothing to export: %1 has no feature%2</source>
        <translation>没有可导出的内容：%1 中没有要素%2</translation>
    </message>
    <message>
        <source> that the filter lets through</source>
        <translation>通过过滤条件</translation>
    </message>
    <message>
        <source>wrote %1 features of %2 to %3 (%4, %5)</source>
        <translation>已将 %2 的 %1 个要素写入 %3（%4，%5）</translation>
    </message>
    <message>
        <source>; field codes in %1_dictionary.csv</source>
        <translation>；字段代码见 %1_dictionary.csv</translation>
    </message>
    <message>
        <source>%1 holds %2 features after writing %3</source>
        <translation>%1 写入 %3 个要素后读回 %2 个</translation>
    </message>
    <message>
        <source>%1 reads back in another CRS (%2) than it was written in (%3)</source>
        <translation>%1 读回的坐标系（%2）与写入时（%3）不同</translation>
    </message>
    <message>
        <source>%1 has no %2 field when read back</source>
        <translation>%1 读回时没有 %2 字段</translation>
    </message>
    <message>
        <source>%1: feature %2 %3 reads back as “%4”, expected “%5”</source>
        <translation>%1：要素 %2 的 %3 读回为“%4”，应为“%5”</translation>
    </message>
    <message>
        <source>%1: only %2 features could be read back</source>
        <translation>%1：只能读回 %2 个要素</translation>
    </message>
    <message>
        <source>%1 also gives the CRS of %2 in the same folder, which is in another CRS; writing would change it. Export under another name or into another folder</source>
        <translation>%1 同时也是同一文件夹中 %2 的坐标系文件，而后者使用另一坐标系；写入会改变它。请以其他文件名导出，或导出到其他文件夹</translation>
    </message>
    <message>
        <source>nothing written: %1 is the file %2 read from (%3); export to another file</source>
        <translation>未写入：%1 是%2所读取的文件（%3）；请导出到其他文件</translation>
    </message>
    <message>
        <source>cannot lock it</source>
        <translation>无法锁定</translation>
    </message>
    <message>
        <source>%1 feature %2: %3 (%4) %5</source>
        <translation>%1 要素 %2：%3（%4）%5</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot create layer %1 in %2</source>
        <translation>无法在 %2 中创建图层 %1</translation>
    </message>
    <message>
        <source>cannot create field %1 in %2</source>
        <translation>无法在 %2 中创建字段 %1</translation>
    </message>
    <message>
        <source>field %1 was renamed by GDAL in %2</source>
        <translation>字段 %1 在 %2 中被 GDAL 改了名</translation>
    </message>
    <message>
        <source>cannot start writing %1</source>
        <translation>无法开始写入 %1</translation>
    </message>
    <message>
        <source>feature %1: its attributes do not fit %2</source>
        <translation>要素 %1：其属性无法写入 %2</translation>
    </message>
    <message>
        <source>feature %1: its geometry cannot be transformed to the target CRS</source>
        <translation>要素 %1：其几何无法转换到目标坐标系</translation>
    </message>
    <message>
        <source>cannot write feature %1 to %2</source>
        <translation>无法将要素 %1 写入 %2</translation>
    </message>
    <message>
        <source>cannot read the source layer</source>
        <translation>无法读取源图层</translation>
    </message>
    <message>
        <source>cannot commit the features to %1</source>
        <translation>无法将要素提交到 %1</translation>
    </message>
    <message>
        <source>GDAL reported an error while closing %1</source>
        <translation>GDAL 在关闭 %1 时报告错误</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1: %2 %3 reads back as “%4”, expected “%5”</source>
        <translation>%1：%2 的 %3 读回为“%4”，应为“%5”</translation>
    </message>
    <message>
        <source>%1: only %2 of %3 features could be read back</source>
        <translation>%1：%3 个要素中只能读回 %2 个</translation>
    </message>
    <message>
        <source>contains “%1” (%2), which %3 cannot hold; export as UTF-8 or GeoPackage instead</source>
        <translation>含有“%1”（%2），%3 无法保存；请改用 UTF-8 或 GeoPackage 导出</translation>
    </message>
    <message>
        <source>is %1 bytes in %2, more than a DBF field holds (%3); export as GeoPackage to keep it whole</source>
        <translation>用 %2 编码有 %1 字节，超过 DBF 字段的容量（%3）；请导出为 GeoPackage 以完整保留</translation>
    </message>
    <message>
        <source>the region&apos;s Gauss-Krüger zone (region unknown)</source>
        <translation>所属地区的高斯-克吕格分带（地区未知）</translation>
    </message>
    <message>
        <source>EPSG:%1 is a Gauss-Krüger zone, but the notice&apos;s region is unknown, so its roads have no coordinates to put in it; give the region (--region)</source>
        <translation>EPSG:%1 是高斯-克吕格分带，但公告所属地区未知，其道路没有坐标可写入；请指定地区（--region）</translation>
    </message>
    <message>
        <source>EPSG:%1 (CM %2°E) is not the zone of the notice&apos;s region; its roads lie in EPSG:%3 (%4): give that, EPSG:4490 or EPSG:4326</source>
        <translation>EPSG:%1（中央经线东经 %2°）不是公告所属地区的分带；其道路位于 EPSG:%3（%4）：请指定该分带、EPSG:4490 或 EPSG:4326</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL 没有 %1 驱动</translation>
    </message>
    <message>
        <source>PROJ does not know EPSG:%1</source>
        <translation>PROJ 不认识 EPSG:%1</translation>
    </message>
    <message>
        <source>no PROJ transformation from EPSG:4490 to EPSG:%1</source>
        <translation>PROJ 没有从 EPSG:4490 到 EPSG:%1 的转换</translation>
    </message>
    <message>
        <source>cannot create the fields of %1</source>
        <translation>无法创建 %1 的字段</translation>
    </message>
    <message>
        <source>%1: its line cannot be transformed to EPSG:%2</source>
        <translation>%1：其线形无法转换到 EPSG:%2</translation>
    </message>
    <message>
        <source>%1: its line does not fit layer %2</source>
        <translation>%1：其线形无法写入图层 %2</translation>
    </message>
    <message>
        <source>cannot write %1 to %2</source>
        <translation>无法将 %1 写入 %2</translation>
    </message>
    <message>
        <source>%1 coordinates are WGS 84 longitude/latitude (EPSG:4326) by definition; GDAL would silently reproject %2 to it. Leave --crs out (or give EPSG:4326), or export GeoPackage or shapefile to keep %2</source>
        <translation>%1 的坐标按定义为 WGS 84 经纬度（EPSG:4326）；GDAL 会不加提示地将 %2 重投影过去。请不加 --crs（或指定 EPSG:4326），或导出为 GeoPackage 或 Shapefile 以保留 %2</translation>
    </message>
    <message>
        <source>nothing written: the notice&apos;s region is unknown, so its roads have no coordinates and a shapefile would hold no geometry; give the region (luming export --region CODE|NAME, or the viewer&apos;s region picker), or export GeoPackage, GeoJSON or CSV to keep the records without geometry</source>
        <translation>未写入：公告所属地区未知，其道路没有坐标，Shapefile 中不会有任何几何；请指定地区（luming export --region 代码|名称，或查看器的地区选择），或导出为 GeoPackage、GeoJSON 或 CSV，以保留不带几何的记录</translation>
    </message>
    <message>
        <source>the roads are</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>PROJ has no CGCS2000→WGS 84 parameters and keeps the coordinates unchanged (ballpark); the two frames agree within about a metre</source>
        <translation>PROJ 没有 CGCS2000→WGS 84 的转换参数，坐标保持不变（近似）；两个基准相差约一米以内</translation>
    </message>
    <message>
        <source>PROJ does not know EPSG:4490 or EPSG:%1: %2</source>
        <translation>PROJ 不认识 EPSG:4490 或 EPSG:%1：%2</translation>
    </message>
    <message>
        <source>no PROJ transformation from EPSG:4490 to EPSG:%1: %2</source>
        <translation>PROJ 没有从 EPSG:4490 到 EPSG:%1 的转换：%2</translation>
    </message>
    <message>
        <source>%1 has a line but the project&apos;s region is unknown; nothing to measure it in</source>
        <translation>%1 有线形，但项目所属地区未知，无法量算其长度</translation>
    </message>
    <message>
        <source>%1: its line cannot be transformed to EPSG:%2 (%3)</source>
        <translation>%1：其线形无法转换到 EPSG:%2（%3）</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver to read %2 back</source>
        <translation>GDAL 没有读回 %2 所需的 %1 驱动</translation>
    </message>
    <message>
        <source>%1 cannot be re-opened: %2</source>
        <translation>无法重新打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds %2 layers instead of 1</source>
        <translation>%1 含有 %2 个图层，而不是 1 个</translation>
    </message>
    <message>
        <source>Cannot search %1: %2</source>
        <translation>无法搜索 %1：%2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it has no road name index (road_name_fts); save it with Luming</source>
        <translation>其中没有路名索引（road_name_fts）；请用路名保存一次</translation>
    </message>
    <message>
        <source>%1: layer %2 has no field %3; features are not labelled</source>
        <translation>%1：图层 %2 没有字段 %3；要素不加标注</translation>
    </message>
    <message>
        <source>%1: layer %2 has no field %3; lines keep one width</source>
        <translation>%1：图层 %2 没有字段 %3；线条统一宽度</translation>
    </message>
    <message>
        <source>%1: layer %2 declares no coordinate system; assumed %3</source>
        <translation>%1：图层 %2 未声明坐标系；按 %3 处理</translation>
    </message>
    <message>
        <source>%1: GDAL: %2 more messages</source>
        <translation>%1：GDAL：另有 %2 条消息</translation>
    </message>
    <message>
        <source>%1: layer %2</source>
        <translation>%1：图层 %2</translation>
    </message>
    <message>
        <source>%1: no Gauss–Krüger zone of China fits the layer&apos;s position; nothing to draw it in</source>
        <translation>%1：中国的高斯-克吕格分带都不适合该图层的位置；无法绘制</translation>
    </message>
    <message>
        <source>%1: unknown coordinate system %2; layer skipped</source>
        <translation>%1：未知坐标系 %2；已跳过该图层</translation>
    </message>
    <message>
        <source>%1 cannot be reprojected to EPSG:%3 (%2); skipped</source>
        <translation>%1 无法重投影到 EPSG:%3（%2）；已跳过</translation>
    </message>
    <message>
        <source>%1: no spatial index; drawn once read whole</source>
        <translation>%1：没有空间索引；全部读完后绘制</translation>
    </message>
    <message>
        <source>%1 of %2 features read</source>
        <translation>已读取 %1 / %2 个要素</translation>
    </message>
    <message>
        <source> so far (the view first)</source>
        <translation>（先读视图范围内的）</translation>
    </message>
    <message>
        <source>%1 had unreadable geometry</source>
        <translation>%1 个几何无法读取</translation>
    </message>
    <message>
        <source>%1 had no geometry</source>
        <translation>%1 个没有几何</translation>
    </message>
    <message>
        <source>%1 could not be read at all</source>
        <translation>%1 个完全无法读取</translation>
    </message>
    <message>
        <source>the layer does not say how many it holds</source>
        <translation>图层未说明要素总数</translation>
    </message>
    <message>
        <source>GDAL reported %1 error(s)</source>
        <translation>GDAL 报告了 %1 个错误</translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation>由用户选择</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>from the .dbf language byte (%1); no .cpg</source>
        <translation>来自 .dbf 语言字节（%1）；没有 .cpg</translation>
    </message>
    <message>
        <source>guessed from content; no .cpg</source>
        <translation>按内容推测；没有 .cpg</translation>
    </message>
    <message>
        <source>guessed from content; %1 but the text is not that</source>
        <translation>按内容推测；声明为 %1，但文字并非此编码</translation>
    </message>
    <message>
        <source>plain ASCII text</source>
        <translation>纯 ASCII 文本</translation>
    </message>
    <message>
        <source>encoding %1, %2</source>
        <translation>编码 %1，%2</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 声明为 %2</translation>
    </message>
    <message>
        <source>the layer&apos;s names point to a web map in %1, whose coordinates are shifted about %2 m from WGS 84 here</source>
        <translation>图层名称表明它来自 %1 网络地图，其坐标在此处与 WGS 84 相差约 %2 米</translation>
    </message>
    <message>
        <source>x runs %1–%2 and y %3–%4: latitudes and longitudes look swapped</source>
        <translation>x 范围 %1–%2，y 范围 %3–%4：经纬度似乎颠倒了</translation>
    </message>
    <message>
        <source>the CRS is in degrees but the coordinates (x %1, y %2) are metres</source>
        <translation>坐标系以度为单位，但坐标（x %1，y %2）是米</translation>
    </message>
    <message>
        <source>the layer lies outside China (lon %1, lat %2)</source>
        <translation>图层位于中国境外（经度 %1，纬度 %2）</translation>
    </message>
    <message>
        <source>x runs %1–%2 m and y %3–%4 m: northings and eastings look swapped</source>
        <translation>x 范围 %1–%2 米，y 范围 %3–%4 米：北坐标与东坐标似乎颠倒了</translation>
    </message>
    <message>
        <source>EPSG:%1 expects eastings with the zone number %2 in front (%2xxxxxx), but they run %3–%4 m without it</source>
        <translation>EPSG:%1 的东坐标应带分带号 %2 前缀（%2xxxxxx），但坐标为 %3–%4 米，不带分带号</translation>
    </message>
    <message>
        <source>EPSG:%1 expects eastings without a zone number, but they start with %2 (zone %2)</source>
        <translation>EPSG:%1 的东坐标不应带分带号，但坐标以 %2 开头（第 %2 带）</translation>
    </message>
    <message>
        <source>EPSG:%1 is zone %2, but the eastings start with %3 (zone %3)</source>
        <translation>EPSG:%1 是第 %2 带，但东坐标以 %3 开头（第 %3 带）</translation>
    </message>
    <message>
        <source>the coordinates cannot be placed on the earth with EPSG:%1</source>
        <translation>用 EPSG:%1 无法将这些坐标定位到地球上</translation>
    </message>
    <message>
        <source>the layer lands outside China (lon %1, lat %2)</source>
        <translation>图层落在中国境外（经度 %1，纬度 %2）</translation>
    </message>
    <message>
        <source>%1 is refused: it would unpack to more than %2 MiB (the limit for an archive)</source>
        <translation>拒绝打开 %1：解压后将超过 %2 MiB（压缩包的上限）</translation>
    </message>
    <message>
        <source>%1 is refused: %2 bytes would unpack to %3 (%4 : 1, above the %5 : 1 a real layer reaches); it looks like a decompression bomb</source>
        <translation>拒绝打开 %1：%2 字节将解压为 %3（%4 : 1，超过真实图层可达到的 %5 : 1）；看起来是解压炸弹</translation>
    </message>
    <message>
        <source>%1: a printed map is written as .pdf or .png</source>
        <translation>%1：打印地图只能写成 .pdf 或 .png</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot start a PDF in %1</source>
        <translation>无法在 %1 中开始写 PDF</translation>
    </message>
    <message>
        <source>cannot finish the PDF %1</source>
        <translation>无法完成 PDF %1</translation>
    </message>
    <message>
        <source>%1: not enough memory for a %2 dpi image of the sheet</source>
        <translation>%1：内存不足，无法生成 %2 dpi 的图纸图像</translation>
    </message>
    <message>
        <source>wrote %1 (%2 %3, %4)</source>
        <translation>已写入 %1（%2 %3，%4）</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>header lacks column &apos;%1&apos; (expected %2)</source>
        <translation>表头缺少列 &apos;%1&apos;（应为 %2）</translation>
    </message>
    <message>
        <source>subdistrict is empty</source>
        <translation>街道为空</translation>
    </message>
    <message>
        <source>lon &apos;%1&apos; is not a longitude in China (73..136)</source>
        <translation>经度 &apos;%1&apos; 不在中国范围内（73..136）</translation>
    </message>
    <message>
        <source>lat &apos;%1&apos; is not a latitude in China (3..54)</source>
        <translation>纬度 &apos;%1&apos; 不在中国范围内（3..54）</translation>
    </message>
    <message>
        <source>accuracy_m &apos;%1&apos; is not a positive number of metres</source>
        <translation>accuracy_m &apos;%1&apos; 不是正的米数</translation>
    </message>
    <message>
        <source>junction &apos;%1&apos; must name two roads separated by &apos;|&apos;</source>
        <translation>路口 &apos;%1&apos; 必须是用 &apos;|&apos; 分隔的两条道路</translation>
    </message>
    <message>
        <source>%1 is listed twice (first on line %2)</source>
        <translation>%1 重复列出（首次在第 %2 行）</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>没有表头行</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
    <message>
        <source>not a complete swap journal</source>
        <translation>不是完整的替换日志</translation>
    </message>
    <message>
        <source>unexpected journal line</source>
        <translation>日志中有意外的行</translation>
    </message>
    <message>
        <source>cannot remove the swap journal in %1</source>
        <translation>无法删除 %1 中的替换日志</translation>
    </message>
    <message>
        <source>disk full: %1</source>
        <translation>磁盘已满：%1</translation>
    </message>
    <message>
        <source>disk quota exceeded: %1</source>
        <translation>超出磁盘配额：%1</translation>
    </message>
    <message>
        <source>file size limit reached: %1</source>
        <translation>达到文件大小上限：%1</translation>
    </message>
    <message>
        <source>read-only file system: %1</source>
        <translation>只读文件系统：%1</translation>
    </message>
    <message>
        <source>disk full: %1 bytes free on the file system of %2 (No space left on device)</source>
        <translation>磁盘已满：%2 所在文件系统只剩 %1 字节（No space left on device）</translation>
    </message>
    <message>
        <source>file size limit reached: this process may write files of at most %1 bytes (ulimit -f; File too large)</source>
        <translation>达到文件大小上限：本进程最多可写 %1 字节的文件（ulimit -f；File too large）</translation>
    </message>
    <message>
        <source>left %1 in place: %2</source>
        <translation>保留 %1 未动：%2</translation>
    </message>
    <message>
        <source>left %1 in place: an interrupted export could not be finished: %2</source>
        <translation>保留 %1 未动：一次中断的导出无法完成：%2</translation>
    </message>
    <message>
        <source>finished an export interrupted in %1 (%2)</source>
        <translation>已完成在 %1 中中断的导出（%2）</translation>
    </message>
    <message>
        <source>the new files are in place</source>
        <translation>新文件已就位</translation>
    </message>
    <message>
        <source>the old files are back</source>
        <translation>原文件已恢复</translation>
    </message>
    <message>
        <source>removed %1, left by an export that did not finish</source>
        <translation>已删除 %1（由未完成的导出留下）</translation>
    </message>
    <message>
        <source>removed %1, left by a write that did not finish</source>
        <translation>已删除 %1（由未完成的写入留下）</translation>
    </message>
    <message>
        <source>removed %1, left by a save that did not finish</source>
        <translation>已删除 %1（由未完成的保存留下）</translation>
    </message>
    <message>
        <source>PDF text layer (%1 pages)</source>
        <translation>PDF 文字层（%1 页）</translation>
    </message>
    <message>
        <source>region %1 is not in the gazetteer (%2): its roads get no coordinates</source>
        <translation>地区 %1 不在行政区划表中（%2）：其道路没有坐标</translation>
    </message>
    <message>
        <source>resources/%1 not found: %2 has no district boundaries and no centre, so its roads get no coordinates</source>
        <translation>未找到 resources/%1：%2 没有区界和中心点，因此其道路没有坐标</translation>
    </message>
    <message>
        <source>%1; region %2 is unknown without it, so its roads get no coordinates</source>
        <translation>%1；缺少它无法确定地区 %2，因此其道路没有坐标</translation>
    </message>
    <message>
        <source>unknown PROJ error</source>
        <translation>未知的 PROJ 错误</translation>
    </message>
    <message>
        <source>cannot create a PROJ context</source>
        <translation>无法创建 PROJ 上下文</translation>
    </message>
    <message>
        <source>no transformation from %1 to %2: %3</source>
        <translation>没有从 %1 到 %2 的转换：%3</translation>
    </message>
    <message>
        <source>cannot normalise axis order for %1 → %2: %3</source>
        <translation>无法规范 %1 → %2 的坐标轴顺序：%3</translation>
    </message>
    <message>
        <source>(%1 more PROJ messages)</source>
        <translation>（另有 %1 条 PROJ 消息）</translation>
    </message>
    <message>
        <source>it is the file this project was read from (%1); save under another name</source>
        <translation>它是本项目所读取的文件（%1）；请以其他文件名保存</translation>
    </message>
    <message>
        <source>PROJ does not know EPSG:4490 (CGCS2000)</source>
        <translation>PROJ 不认识 EPSG:4490（CGCS2000）</translation>
    </message>
    <message>
        <source>cannot create layer %1</source>
        <translation>无法创建图层 %1</translation>
    </message>
    <message>
        <source>layer %1 holds %2 geometries, not %3</source>
        <translation>图层 %1 的几何类型为 %2，而不是 %3</translation>
    </message>
    <message>
        <source>layer %1 is not in EPSG:4490</source>
        <translation>图层 %1 不是 EPSG:4490</translation>
    </message>
    <message>
        <source>cannot add column %1 to layer %2</source>
        <translation>无法向图层 %2 添加列 %1</translation>
    </message>
    <message>
        <source>notice %1 is stored twice; the second copy is ignored</source>
        <translation>公告 %1 保存了两次；已忽略第二份</translation>
    </message>
    <message>
        <source>road %1 belongs to notice %2, which the file does not hold</source>
        <translation>道路 %1 属于公告 %2，但文件中没有该公告</translation>
    </message>
    <message>
        <source>road %1: %2</source>
        <translation>道路 %1：%2</translation>
    </message>
    <message>
        <source>district %1 holds a %2, not a polygon; drawn without a boundary</source>
        <translation>区 %1 的几何是 %2，不是面；绘制时不带边界</translation>
    </message>
    <message>
        <source>layout report row of kind &quot;%1&quot; not known; skipped</source>
        <translation>布局报告中类型为“%1”的行无法识别；已跳过</translation>
    </message>
    <message>
        <source>cannot select old rows of %1</source>
        <translation>无法选取 %1 的旧行</translation>
    </message>
    <message>
        <source>cannot clear the filter on %1</source>
        <translation>无法清除 %1 上的过滤条件</translation>
    </message>
    <message>
        <source>cannot delete feature %1 of %2</source>
        <translation>无法删除 %2 的要素 %1</translation>
    </message>
    <message>
        <source>cannot insert into %1</source>
        <translation>无法插入 %1</translation>
    </message>
    <message>
        <source>cannot key the old rows of %1 by notice: %2</source>
        <translation>无法按公告归类 %1 的旧行：%2</translation>
    </message>
    <message>
        <source>notice &quot;%1&quot; has no identity; it cannot be stored</source>
        <translation>公告“%1”没有标识；无法保存</translation>
    </message>
    <message>
        <source>the project holds notice %1 twice; one file can hold each notice once</source>
        <translation>项目中公告 %1 出现两次；一个文件中每份公告只能保存一次</translation>
    </message>
    <message>
        <source>%1 #%2 %3: the line does not fit the roads layer</source>
        <translation>%1 第 %2 条 %3：线形无法写入道路图层</translation>
    </message>
    <message>
        <source>%1 #%2 %3: a line needs two points; stored without geometry</source>
        <translation>%1 第 %2 条 %3：线至少需要两个点；保存时不带几何</translation>
    </message>
    <message>
        <source>geometry for %1 #%2 matches no road; not stored</source>
        <translation>%1 第 %2 条的几何没有对应的道路；未保存</translation>
    </message>
    <message>
        <source>district %1 given twice; the first boundary is kept</source>
        <translation>区 %1 出现两次；保留第一个边界</translation>
    </message>
    <message>
        <source>district %1: the polygon does not fit the districts layer</source>
        <translation>区 %1：面无法写入区界图层</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1：应为 %2，实为 %3</translation>
    </message>
    <message>
        <source>GDAL cannot re-open it</source>
        <translation>GDAL 无法重新打开它</translation>
    </message>
    <message>
        <source>roads layer is not in EPSG:4490</source>
        <translation>道路图层不是 EPSG:4490</translation>
    </message>
    <message>
        <source>cannot select the roads of %1</source>
        <translation>无法选取 %1 的道路</translation>
    </message>
    <message>
        <source>roads of %1</source>
        <translation>%1 的道路</translation>
    </message>
    <message>
        <source>cannot clear the filter on the roads layer</source>
        <translation>无法清除道路图层上的过滤条件</translation>
    </message>
    <message>
        <source>cannot open district boundaries %1: %2</source>
        <translation>无法打开区界 %1：%2</translation>
    </message>
    <message>
        <source>GDAL cannot read it</source>
        <translation>GDAL 无法读取</translation>
    </message>
    <message>
        <source>%1 has no layer</source>
        <translation>%1 中没有图层</translation>
    </message>
    <message>
        <source>PROJ does not know EPSG:4490 (%1)</source>
        <translation>PROJ 不认识 EPSG:4490（%1）</translation>
    </message>
    <message>
        <source>%1: no PROJ transformation from its CRS to EPSG:4490: %2</source>
        <translation>%1：PROJ 没有从其坐标系到 EPSG:4490 的转换：%2</translation>
    </message>
    <message>
        <source>%1: feature %2 has no name</source>
        <translation>%1：要素 %2 没有名称</translation>
    </message>
    <message>
        <source>%1: %2 cannot be transformed to EPSG:4490</source>
        <translation>%1：%2 无法转换到 EPSG:4490</translation>
    </message>
    <message>
        <source>%1 holds no district polygons</source>
        <translation>%1 中没有区界面</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder</source>
        <translation>无法写入 %1：它是文件夹</translation>
    </message>
    <message>
        <source>Cannot write %1: it is read-only</source>
        <translation>无法写入 %1：它是只读文件</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation>应为字符串或 null</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>应为数字或 null</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>应为整数，实为 %1</translation>
    </message>
    <message>
        <source>expected an array or null</source>
        <translation>应为数组或 null</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>not a yyyy-mm-dd date: &quot;%1&quot;</source>
        <translation>不是 yyyy-mm-dd 格式的日期：“%1”</translation>
    </message>
    <message>
        <source>not a region basis: &quot;%1&quot;</source>
        <translation>不是地区依据：“%1”</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>未知的行为“%1”</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>未知的 %1“%2”</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>未知的严重程度“%1”</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected an array of [name, count] pairs</source>
        <translation>应为 [名称, 数量] 对的数组</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>expected an object with a &quot;notices&quot; array</source>
        <translation>应为含有“notices”数组的对象</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1: expected an object or null</source>
        <translation>%1：应为对象或 null</translation>
    </message>
    <message>
        <source>%1: no record field is called &quot;%2&quot;</source>
        <translation>%1：没有名为“%2”的记录字段</translation>
    </message>
    <message>
        <source>the gazetteer %1 does not exist; build it with tools/install-data.sh</source>
        <translation>行政区划表 %1 不存在；请用 tools/install-data.sh 生成</translation>
    </message>
    <message>
        <source>(no path)</source>
        <translation>（无路径）</translation>
    </message>
    <message>
        <source>cannot open the gazetteer: %1</source>
        <translation>无法打开行政区划表：%1</translation>
    </message>
    <message>
        <source>not a gazetteer: it has no layer %1</source>
        <translation>不是行政区划表：其中没有图层 %1</translation>
    </message>
    <message>
        <source>not a gazetteer: %1 lacks code, parent_code, name, short_name, kind or polygon_from</source>
        <translation>不是行政区划表：%1 缺少 code、parent_code、name、short_name、kind 或 polygon_from</translation>
    </message>
    <message>
        <source>feature %1 (%2 %3) has an unknown kind &quot;%4&quot;, a code that is not digits or no name</source>
        <translation>要素 %1（%2 %3）的类型“%4”未知、代码不是数字，或没有名称</translation>
    </message>
    <message>
        <source>reading the gazetteer failed: %1</source>
        <translation>读取行政区划表失败：%1</translation>
    </message>
    <message>
        <source>the gazetteer holds no units</source>
        <translation>行政区划表中没有任何单位</translation>
    </message>
    <message>
        <source>code %1 is listed twice</source>
        <translation>代码 %1 重复列出</translation>
    </message>
    <message>
        <source>no gazetteer found (LUMING_GAZETTEER, the data folder beside the program, %1); build it with tools/install-data.sh</source>
        <translation>未找到行政区划表（LUMING_GAZETTEER、程序旁的 data 文件夹、%1）；请用 tools/install-data.sh 生成</translation>
    </message>
    <message>
        <source>regions are unknown, so no road gets coordinates: %1</source>
        <translation>地区未知，因此所有道路都没有坐标：%1</translation>
    </message>
    <message>
        <source>OpenCC could not load t2s.json: %1</source>
        <translation>OpenCC 无法加载 t2s.json：%1</translation>
    </message>
    <message>
        <source>CSV (UTF-8 with BOM, WKT geometry, CRS in .prj)</source>
        <translation>CSV（UTF-8 带 BOM，WKT 几何，坐标系在 .prj 中）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2 reads back with a line it was written without</source>
        <translation>%1：%2 写入时没有线形，读回时却有</translation>
    </message>
    <message>
        <source>%1: %2 reads back without the line it was written with</source>
        <translation>%1：%2 写入时有线形，读回时却没有</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>无坐标系</translation>
    </message>
    <message>
        <source>not a project GeoPackage (%1)</source>
        <translation>不是项目 GeoPackage（%1）</translation>
    </message>
    <message>
        <source>%1: %2 is a %3, not a polygon</source>
        <translation>%1：%2 是 %3，不是面</translation>
    </message>
    <message>
        <source>[%1]: expected a string</source>
        <translation>[%1]：应为字符串</translation>
    </message>
    <message>
        <source>[%1]: expected a number</source>
        <translation>[%1]：应为数字</translation>
    </message>
    <message>
        <source>expected a count</source>
        <translation>应为数量</translation>
    </message>
    <message>
        <source>not a GeoPackage</source>
        <translation>不是 GeoPackage</translation>
    </message>
    <message>
        <source>GDAL gave no reason</source>
        <translation>GDAL 未说明原因</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot finish the DBF of %1</source>
        <translation>无法完成 %1 的 DBF</translation>
    </message>
    <message>
        <source>%1 has no field %2</source>
        <translation>%1 没有字段 %2</translation>
    </message>
    <message>
        <source>%1 cannot be sorted or filtered: %2</source>
        <translation>%1 无法排序或过滤：%2</translation>
    </message>
</context>
</TS>
