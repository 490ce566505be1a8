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
</TS>
