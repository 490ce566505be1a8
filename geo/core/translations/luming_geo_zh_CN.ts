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
        <source>nothing written: %1 is the file the roads are read from (%2); export to another file</source>
        <translation>未写入：%1 是读取道路的源文件（%2）；请导出到其他文件</translation>
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
</context>
</TS>
