<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
</TS>
