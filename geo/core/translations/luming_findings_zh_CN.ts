<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Finding</name>
    <message>
        <source>%1: %2 NUL byte(s) removed (first on line %3); the file may be damaged.</source>
        <translation>%1：已删除 %2 个 NUL 字节（首个在第 %3 行）；文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1, line %2: %3 character(s) could not be decoded as %4 and were replaced by �; what that line says may be misread.</source>
        <translation>%1 第 %2 行：%3 个字符无法按 %4 解码，已替换为 �；该行内容可能被误读。</translation>
    </message>
    <message>
        <source>%1: %2 more place(s) with undecodable bytes are not listed (%3 character(s) replaced in all).</source>
        <translation>%1：另有 %2 处无法解码的字节未列出（共替换 %3 个字符）。</translation>
    </message>
    <message>
        <source>%1: %2 bidirectional control character(s) (such as U+202E) removed, first on line %3: they make a name display other than it reads.</source>
        <translation>%1：已删除 %2 个双向控制字符（如 U+202E），首个在第 %3 行：它们会使名称的显示与实际文字不符。</translation>
    </message>
    <message>
        <source>%1: the notice declares %2 roads, %3 were read.</source>
        <translation>%1：公告声明 %2 条道路，读出 %3 条。</translation>
    </message>
    <message>
        <source>The notice declares %1 roads in total, %2 were read.</source>
        <translation>公告声明共 %1 条道路，读出 %2 条。</translation>
    </message>
    <message>
        <source>Item numbers skip %1: an item may be missing from the text.</source>
        <translation>条目编号缺少 %1：文本中可能漏了条目。</translation>
    </message>
    <message>
        <source>Item number %1 appears %2 times.</source>
        <translation>条目编号 %1 出现了 %2 次。</translation>
    </message>
    <message>
        <source>The items are not numbered once through the notice (numbering restarts per section, or some roads are listed without a number): seq gives the reading order.</source>
        <translation>公告的条目并非通篇连续编号（各节重新编号，或部分道路未编号）：序号按阅读顺序给出。</translation>
    </message>
    <message>
        <source>No item of this notice gives a length: length_m is null for all %1 roads.</source>
        <translation>本公告没有条目给出长度：全部 %1 条道路的 length_m 为空。</translation>
    </message>
    <message>
        <source>No item of this notice gives a width: width_min_m and width_max_m are null for all %1 roads.</source>
        <translation>本公告没有条目给出宽度：全部 %1 条道路的 width_min_m 和 width_max_m 为空。</translation>
    </message>
    <message>
        <source>The notice is signed %1, but its text also gives %2: one of the two years is probably misprinted. The signing date was kept.</source>
        <translation>公告落款日期为 %1，但正文中另有 %2：两个年份之一可能印错。已保留落款日期。</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>第 %1 条：%2</translation>
    </message>
    <message>
        <source>the item is headed %1 but names the road %2; kept %2.</source>
        <translation>条目标题为 %1，正文却命名道路 %2；已采用 %2。</translation>
    </message>
    <message>
        <source>%1 is a bridge or a tunnel, not a road: no record was made (&quot;%2&quot;).</source>
        <translation>%1 是桥梁或隧道，不是道路：未生成记录（“%2”）。</translation>
    </message>
    <message>
        <source>Item %1 (%2) is a bridge or a tunnel, not a road: no record was made.</source>
        <translation>第 %1 条（%2）是桥梁或隧道，不是道路：未生成记录。</translation>
    </message>
    <message>
        <source>Item %1 is printed %2 with traditional character(s); simplified form: %3. Kept as printed.</source>
        <translation>第 %1 条印作 %2，含繁体字；简体为 %3。按原文保留。</translation>
    </message>
    <message>
        <source>Item %1 is printed %2, but %3 item(s) (%4) refer to %5: probably the same road, one of the two misprinted. Suggest checking the source; nothing was changed.</source>
        <translation>第 %1 条印作 %2，但有 %3 条（%4）提到 %5：很可能是同一条路，其中一处印错。建议核对原文；未作任何修改。</translation>
    </message>
    <message>
        <source>Item %1 is printed %2, but %3 item(s) (%4) refer to %5: possibly the same road (or two roads of one series). Suggest checking the source; nothing was changed.</source>
        <translation>第 %1 条印作 %2，但有 %3 条（%4）提到 %5：可能是同一条路（也可能是同一系列的两条路）。建议核对原文；未作任何修改。</translation>
    </message>
    <message>
        <source>%1 is not a road of this notice (an existing or planned road); referred to by item(s) %2.</source>
        <translation>%1 不是本公告命名的道路（现状或规划道路）；被第 %2 条引用。</translation>
    </message>
    <message>
        <source>Items %1 each name a road %2, in the same district: one name for two roads, so one item may be misprinted.</source>
        <translation>第 %1 条都将道路命名为 %2，且在同一区：一名两路，可能有一条印错。</translation>
    </message>
    <message>
        <source>Items %1 each name a road %2, in different districts (%3): one name for two roads, so one item may be misprinted.</source>
        <translation>第 %1 条都将道路命名为 %2，分属不同的区（%3）：一名两路，可能有一条印错。</translation>
    </message>
    <message>
        <source>Item %1 (%2): length %3 m is not positive.</source>
        <translation>第 %1 条（%2）：长度 %3 米不是正数。</translation>
    </message>
    <message>
        <source>Item %1 (%2): width range %3–%4 m runs backwards.</source>
        <translation>第 %1 条（%2）：宽度范围 %3–%4 米前大后小。</translation>
    </message>
    <message>
        <source>Item %1 (%2): width %3 m is not positive.</source>
        <translation>第 %1 条（%2）：宽度 %3 米不是正数。</translation>
    </message>
    <message>
        <source>Item %1 (%2) starts and ends on the same road, %3.</source>
        <translation>第 %1 条（%2）起止于同一条路：%3。</translation>
    </message>
    <message>
        <source>Item %1 (%2) ends on itself.</source>
        <translation>第 %1 条（%2）的端点是它自己。</translation>
    </message>
    <message>
        <source>Item %1 could not be read fully (missing: %2): &quot;%3&quot;</source>
        <translation>第 %1 条未能完整读出（缺少：%2）：“%3”</translation>
    </message>
    <message>
        <source>Layout: the numbers conflict. Item %1 (%2) is drawn with its %3 let go from %4, %5 m away; with every tie held, item %6 (%7) was %8 m off its stated %9 m.</source>
        <translation>示意布局：数字相互矛盾。第 %1 条（%2）的%3未连到 %4，相距 %5 米；若保持全部连接，第 %6 条（%7）与所述 %9 米相差 %8 米。</translation>
    </message>
    <message>
        <source>Layout: the numbers conflict. Item %1 (%2) is drawn %3 m off its stated %4 m with its ties held.</source>
        <translation>示意布局：数字相互矛盾。保持全部连接时，第 %1 条（%2）绘制长度与所述 %4 米相差 %3 米。</translation>
    </message>
    <message>
        <source>Layout: the numbers conflict. The roads of %1 (item %2) are drawn %3 m from its anchor, %4 m beyond the anchor&apos;s stated ±%5 m: their lengths and ties hold them there against the other anchors of their cluster.</source>
        <translation>示意布局：数字相互矛盾。%1 的道路（第 %2 条）绘制在距其锚点 %3 米处，超出锚点所述精度 ±%5 米达 %4 米：这些道路的长度和连接关系与同组其他锚点相抵触，使其只能位于此处。</translation>
    </message>
    <message>
        <source>Centerlines: %3 has no line named like item %1 (%2) in the notice&apos;s region; the road stays schematic.</source>
        <translation>中心线：%3 在公告所属区域内没有与第 %1 条（%2）同名的线；该道路仍为示意位置。</translation>
    </message>
    <message>
        <source>Centerlines: the %4 lines of %3 named like item %1 (%2) do not chain into one line (a gap over %5 m or a branch); the road stays schematic.</source>
        <translation>中心线：%3 中与第 %1 条（%2）同名的 %4 条线连不成一条线（有超过 %5 米的间隙或分叉）；该道路仍为示意位置。</translation>
    </message>
    <message>
        <source>Centerlines: the line of item %1 (%2) in %3 cannot be checked: no line named %4, the road its %5 should touch; the road stays schematic.</source>
        <translation>中心线：无法核对 %3 中第 %1 条（%2）的线：没有名为 %4 的线（其%5应接的道路）；该道路仍为示意位置。</translation>
    </message>
    <message>
        <source>Centerlines: the line of item %1 (%2) in %3 has its %4 %5 m from %6 (limit %7 m); the road stays schematic.</source>
        <translation>中心线：%3 中第 %1 条（%2）的线的%4距 %6 %5 米（限 %7 米）；该道路仍为示意位置。</translation>
    </message>
    <message>
        <source>Centerlines: the line of item %1 (%2) in %3 is %4 m long, %5 % off the stated %6 m (limit %7 %); the road stays schematic.</source>
        <translation>中心线：%3 中第 %1 条（%2）的线长 %4 米，与所述 %6 米相差 %5 %（限 %7 %）；该道路仍为示意位置。</translation>
    </message>
    <message>
        <source>Centerlines: the line of item %1 (%2) in %3 runs %4° off the stated direction (limit %5°); the road stays schematic.</source>
        <translation>中心线：%3 中第 %1 条（%2）的线走向与所述方向相差 %4°（限 %5°）；该道路仍为示意位置。</translation>
    </message>
    <message>
        <source>Line %1 reads like a road record, but no record was read from it: &quot;%2&quot;</source>
        <translation>第 %1 行像一条道路记录，但没有从中读出记录：“%2”</translation>
    </message>
    <message>
        <source>named roads</source>
        <translation>命名道路</translation>
    </message>
    <message>
        <source>renamed roads</source>
        <translation>更名道路</translation>
    </message>
    <message>
        <source>adjusted roads</source>
        <translation>调整道路</translation>
    </message>
    <message>
        <source>cancelled roads</source>
        <translation>注销道路</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>end</source>
        <translation>止点</translation>
    </message>
    <message>
        <source>start/end</source>
        <translation>起止点</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>old name</source>
        <translation>原名</translation>
    </message>
    <message>
        <source>district</source>
        <translation>所在区</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No place of the notice names a city in the gazetteer: the region is unknown, so its roads get no coordinates. Choose one with --region or the viewer&apos;s region picker.</source>
        <translation>公告中没有能在行政区划库中找到城市的地名：地区未知，因此其道路不生成坐标。请用 --region 或查看器的地区选择指定。</translation>
    </message>
    <message>
        <source>The notice&apos;s places name %1 cities equally: %2. Choose a region with --region or the viewer&apos;s region picker; until then its roads get no coordinates.</source>
        <translation>公告中的地名同样指向 %1 个城市：%2。请用 --region 或查看器的地区选择指定地区；在此之前其道路不生成坐标。</translation>
    </message>
    <message>
        <source>Item %1 (%2) lies in several districts: %3.</source>
        <translation>第 %1 项（%2）跨越多个区县：%3。</translation>
    </message>
    <message>
        <source>The notice puts %1 in %2; the gazetteer files it under %3.</source>
        <translation>公告将 %1 列于 %2；行政区划库将其列于 %3。</translation>
    </message>
    <message>
        <source>%1 has no 区/县 called %2 in the gazetteer.</source>
        <translation>行政区划库中 %1 没有名为 %2 的区/县。</translation>
    </message>
    <message>
        <source>%1 has no 区/县 called %2 in the gazetteer; did the text mean %3?</source>
        <translation>行政区划库中 %1 没有名为 %2 的区/县；原文是否指 %3？</translation>
    </message>
    <message>
        <source>%1 has no 街道/镇 called %2 in the gazetteer.</source>
        <translation>行政区划库中 %1 没有名为 %2 的街道/镇。</translation>
    </message>
    <message>
        <source>%1 has no 街道/镇 called %2 in the gazetteer; did the text mean %3?</source>
        <translation>行政区划库中 %1 没有名为 %2 的街道/镇；原文是否指 %3？</translation>
    </message>
    <message>
        <source>stated %1 m, drawn %2 m (%3 %)</source>
        <translation>所述 %1 米，绘制 %2 米（%3 %）</translation>
    </message>
    <message>
        <source>no stated length, drawn %1 m</source>
        <translation>未述长度，绘制 %1 米</translation>
    </message>
    <message>
        <source>%1, leans %2° (start→end offset across the axis %3 m)</source>
        <translation>%1，偏斜 %2°（起点→终点横向偏离轴线 %3 米）</translation>
    </message>
    <message>
        <source>leg %1 %2, leans %3° (start→end offset across the axis %4 m)</source>
        <translation>第 %1 段 %2，偏斜 %3°（起点→终点横向偏离轴线 %4 米）</translation>
    </message>
    <message>
        <source>%1 on %2: %3 m</source>
        <translation>%1接 %2：相距 %3 米</translation>
    </message>
    <message>
        <source>%1 on %2: %3 m (released: the numbers conflict)</source>
        <translation>%1接 %2：相距 %3 米（已放开：数字相互矛盾）</translation>
    </message>
    <message>
        <source>%1 (item %2)</source>
        <translation>%1（第 %2 条）</translation>
    </message>
    <message>
        <source>%1 north of %2 by %3 m (mid-points of the ends)</source>
        <translation>%1 在 %2 以北 %3 米（按两端中点）</translation>
    </message>
    <message>
        <source>%1 west of %2 by %3 m (mid-points of the ends)</source>
        <translation>%1 在 %2 以西 %3 米（按两端中点）</translation>
    </message>
    <message>
        <source>bends by %1° within a straight stretch</source>
        <translation>直行段内弯折 %1°</translation>
    </message>
    <message>
        <source>runs within %1 m of %2 for %3 m</source>
        <translation>与 %2 相距不足 %1 米的路段长 %3 米</translation>
    </message>
    <message>
        <source>crosses %1, which the text gives the same orientation and does not tie to it</source>
        <translation>与 %1 相交，而原文给二者相同走向且未说明相接</translation>
    </message>
    <message>
        <source>bent roads %1 (largest bend %2°); crossings of same-orientation roads %3; overlaps %4 (longest stretch within %5 m of another road: %6 m); lengths within %7 % of stated; held ties within %8 m; farthest cluster reference from its anchor %9 m; conflicts %10</source>
        <translation>弯折道路 %1 条（最大弯折 %2°）；同走向道路相交 %3 处；重叠 %4 处（与其他道路相距不足 %5 米的最长路段：%6 米）；长度与所述相差不超过 %7 %；保持的连接相距不超过 %8 米；组参考点距锚点最远 %9 米；矛盾 %10 处</translation>
    </message>
    <message>
        <source>the notice&apos;s region is unknown: no road is placed (give the region, e.g. --region)</source>
        <translation>公告所属地区未知：未放置任何道路（请指定地区，例如 --region）</translation>
    </message>
    <message>
        <source>the numbers conflict: with every tie held %1 (item %2) is drawn %3 m off its stated %4 m; let go: %5, leaving a gap of %6 m. Roads under strain: %7</source>
        <translation>数字相互矛盾：保持全部连接时，%1（第 %2 条）绘制长度与所述 %4 米相差 %3 米；已放开：%5，留下 %6 米间隙。受牵制的道路：%7</translation>
    </message>
    <message>
        <source>%1&apos;s %2 on %3</source>
        <translation>%1 的%2接 %3</translation>
    </message>
    <message>
        <source>the numbers conflict: drawn %1 m off the stated %2 m with its ties held. Roads under strain: %3</source>
        <translation>数字相互矛盾：保持连接时绘制长度与所述 %2 米相差 %1 米。受牵制的道路：%3</translation>
    </message>
    <message>
        <source>the numbers conflict: the roads of %1 (items %2) are drawn %3 m from its anchor (%4 line %5), %6 m beyond the anchor&apos;s stated ±%7 m: their lengths and ties hold them there against the cluster&apos;s other anchors</source>
        <translation>数字相互矛盾：%1 的道路（第 %2 条）绘制在距其锚点（%4 第 %5 行）%3 米处，超出锚点所述精度 ±%7 米达 %6 米：这些道路的长度和连接关系与同组其他锚点相抵触，使其只能位于此处</translation>
    </message>
    <message>
        <source>cluster of %1: no 街道 given; placed at %2</source>
        <translation>%1 一组：未给出街道；放在 %2</translation>
    </message>
    <message>
        <source>cluster of %1: %2 has no row in %3; placed at %4</source>
        <translation>%1 一组：%3 中没有 %2 的行；放在 %4</translation>
    </message>
    <message>
        <source>cluster of %1: kept where its roads taken from the centerline layer are</source>
        <translation>%1 一组：保持在其取自中心线图层的道路所在位置</translation>
    </message>
    <message>
        <source>cluster of %1: %2 has no anchor (no anchor table for %3: resources/anchors/%4.csv); placed at %5</source>
        <translation>%1 一组：%2 没有锚点（%3 没有锚点表：resources/anchors/%4.csv）；放在 %5</translation>
    </message>
    <message>
        <source>cluster of %1: %2 anchor %3,%4 (WGS84, ±%5 m, %6 line %7; %8); reference: %9, %10 m from the anchor%11</source>
        <translation>%1 一组：%2 锚点 %3,%4（WGS84，±%5 米，%6 第 %7 行；%8）；参考点：%9，距锚点 %10 米%11</translation>
    </message>
    <message>
        <source>; set side by side with %1 other cluster(s) of %2, moved %3 m</source>
        <translation>；与 %2 的另外 %1 组并排摆放，移动 %3 米</translation>
    </message>
    <message>
        <source>junction %1</source>
        <translation>交叉口 %1</translation>
    </message>
    <message>
        <source>centroid of the nodes of its %1 road(s)</source>
        <translation>其 %1 条道路节点的重心</translation>
    </message>
    <message>
        <source>the centre of %1 (no 区 given)</source>
        <translation>%1 的中心（未给出区）</translation>
    </message>
    <message>
        <source>the centre of %1 (%2 has no polygon)</source>
        <translation>%1 的中心（%2 没有边界面）</translation>
    </message>
    <message>
        <source>a point inside the polygon of %1 (%2 of %3 there)</source>
        <translation>%1 边界面内的一点（该处 %3 组中的第 %2 组）</translation>
    </message>
    <message>
        <source>the centre of %1</source>
        <translation>%1 的中心</translation>
    </message>
    <message>
        <source>%1: %2 roads name no 区; not checked</source>
        <translation>%1：%2 条道路未写明区；未检查</translation>
    </message>
    <message>
        <source>%1: no polygon for %2 (a development zone, or a 区 missing from the boundaries); its %3 roads are not checked</source>
        <translation>%1：%2 没有边界面（开发区，或边界数据中缺少该区）；其 %3 条道路未检查</translation>
    </message>
    <message>
        <source>%1: not checked (the region is unknown)</source>
        <translation>%1：未检查（地区未知）</translation>
    </message>
    <message>
        <source>%1: not checked (GDAL lacks PROJ or GEOS)</source>
        <translation>%1：未检查（GDAL 缺少 PROJ 或 GEOS）</translation>
    </message>
    <message>
        <source>%1: not checked (the boundary of %2 cannot be transformed to %3)</source>
        <translation>%1：未检查（%2 的边界无法转换到 %3）</translation>
    </message>
    <message>
        <source>%1: none of its %2 roads is drawn yet; not checked</source>
        <translation>%1：其 %2 条道路都尚未绘制；未检查</translation>
    </message>
    <message>
        <source>%1: all %2 drawn roads inside %3</source>
        <translation>%1：已绘制的 %2 条道路全部在 %3 内</translation>
    </message>
    <message>
        <source>%1: all %2 drawn roads inside %3; %4 not drawn yet</source>
        <translation>%1：已绘制的 %2 条道路全部在 %3 内；%4 条尚未绘制</translation>
    </message>
    <message>
        <source>%1: %2 of %3 drawn roads leave %4; farthest %5 m outside (%6); %7% of the drawn length inside</source>
        <translation>%1：已绘制的 %3 条道路中有 %2 条超出 %4；最远在界外 %5 米（%6）；绘制长度的 %7% 在界内</translation>
    </message>
    <message>
        <source>%1: %2 of %3 drawn roads leave %4; farthest %5 m outside (%6); %7% of the drawn length inside; %8 not drawn yet</source>
        <translation>%1：已绘制的 %3 条道路中有 %2 条超出 %4；最远在界外 %5 米（%6）；绘制长度的 %7% 在界内；%8 条尚未绘制</translation>
    </message>
    <message>
        <source>%1 (boundary of %2, pre-2019 name)</source>
        <translation>%1（%2 的边界，2019 年前的名称）</translation>
    </message>
    <message>
        <source>turn</source>
        <translation>转折点</translation>
    </message>
    <message>
        <source>east–west</source>
        <translation>东西向</translation>
    </message>
    <message>
        <source>north–south</source>
        <translation>南北向</translation>
    </message>
    <message>
        <source>north-east–south-west</source>
        <translation>东北—西南向</translation>
    </message>
    <message>
        <source>north-west–south-east</source>
        <translation>西北—东南向</translation>
    </message>
    <message>
        <source>the other 街道&apos;s anchor</source>
        <translation>另一街道的锚点</translation>
    </message>
    <message>
        <source>(centre)</source>
        <translation>（中心）</translation>
    </message>
    <message>
        <source>taken from %1 (%2 piece(s)); residuals: %3</source>
        <translation>取自 %1（%2 段）；偏差：%3</translation>
    </message>
    <message>
        <source>stays schematic: %1</source>
        <translation>仍为示意位置：%1</translation>
    </message>
    <message>
        <source>stays schematic: %1 (%2 pieces; gaps over %3 m or a branch)</source>
        <translation>仍为示意位置：%1（%2 段；有超过 %3 米的间隙或分叉）</translation>
    </message>
    <message>
        <source>stays schematic: %1 (no line named %2)</source>
        <translation>仍为示意位置：%1（没有名为 %2 的线）</translation>
    </message>
    <message>
        <source>stays schematic: %1; closest line: %2</source>
        <translation>仍为示意位置：%1；最接近的线：%2</translation>
    </message>
    <message>
        <source>centerlines from %1: %2 road(s) taken from the layer, %3 stay schematic</source>
        <translation>中心线取自 %1：%2 条道路取自图层，%3 条仍为示意位置</translation>
    </message>
    <message>
        <source>centerlines from %1: %2 road(s) taken from the layer, %3 stay schematic (%4)</source>
        <translation>中心线取自 %1：%2 条道路取自图层，%3 条仍为示意位置（%4）</translation>
    </message>
    <message>
        <source>%1: %2 road(s)</source>
        <translation>%1：%2 条</translation>
    </message>
    <message>
        <source>start %1 m from %2</source>
        <translation>起点距 %2 %1 米</translation>
    </message>
    <message>
        <source>end %1 m from %2</source>
        <translation>终点距 %2 %1 米</translation>
    </message>
    <message>
        <source>%1 m long</source>
        <translation>长 %1 米</translation>
    </message>
    <message>
        <source>%1 m long (%3 % off the stated %2 m)</source>
        <translation>长 %1 米（与所述 %2 米相差 %3 %）</translation>
    </message>
    <message>
        <source>%1° off the stated direction</source>
        <translation>与所述方向相差 %1°</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>已采用</translation>
    </message>
    <message>
        <source>no line of the name</source>
        <translation>没有同名的线</translation>
    </message>
    <message>
        <source>not one line</source>
        <translation>不是一条线</translation>
    </message>
    <message>
        <source>end road not in the layer</source>
        <translation>端点道路不在图层中</translation>
    </message>
    <message>
        <source>start off its road</source>
        <translation>起点偏离其道路</translation>
    </message>
    <message>
        <source>end off its road</source>
        <translation>终点偏离其道路</translation>
    </message>
    <message>
        <source>length off</source>
        <translation>长度不符</translation>
    </message>
    <message>
        <source>direction off</source>
        <translation>方向不符</translation>
    </message>
    <message>
        <source>Centerline</source>
        <translation>中心线</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>衔接</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>走向</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>次序</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>锚点</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <source>Inside its 区</source>
        <translation>区内检查</translation>
    </message>
    <message>
        <source>Bend</source>
        <translation>弯折</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>相交</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>可读性</translation>
    </message>
</context>
<context>
    <name>FindingCode</name>
    <message>
        <source>nul_bytes</source>
        <translation>空字节（NUL）</translation>
    </message>
    <message>
        <source>undecodable_bytes</source>
        <translation>无法解码的字节</translation>
    </message>
    <message>
        <source>bidi_control</source>
        <translation>双向控制字符</translation>
    </message>
    <message>
        <source>count_mismatch</source>
        <translation>条数不符</translation>
    </message>
    <message>
        <source>numbering_gap</source>
        <translation>编号缺失</translation>
    </message>
    <message>
        <source>numbering_repeat</source>
        <translation>编号重复</translation>
    </message>
    <message>
        <source>numbering_restarts</source>
        <translation>编号不连续</translation>
    </message>
    <message>
        <source>no_lengths</source>
        <translation>未载长度</translation>
    </message>
    <message>
        <source>no_widths</source>
        <translation>未载宽度</translation>
    </message>
    <message>
        <source>date_year_mismatch</source>
        <translation>年份不符</translation>
    </message>
    <message>
        <source>not_a_road</source>
        <translation>非道路</translation>
    </message>
    <message>
        <source>name_mismatch</source>
        <translation>名称不一致</translation>
    </message>
    <message>
        <source>traditional_character</source>
        <translation>繁体字</translation>
    </message>
    <message>
        <source>name_variant</source>
        <translation>名称异写</translation>
    </message>
    <message>
        <source>possible_name_variant</source>
        <translation>可能的名称异写</translation>
    </message>
    <message>
        <source>external_endpoint</source>
        <translation>外部道路</translation>
    </message>
    <message>
        <source>duplicate_name</source>
        <translation>重名</translation>
    </message>
    <message>
        <source>impossible_value</source>
        <translation>不合理数值</translation>
    </message>
    <message>
        <source>unparsed_item</source>
        <translation>未能读出的条目</translation>
    </message>
    <message>
        <source>incomplete_item</source>
        <translation>不完整的条目</translation>
    </message>
    <message>
        <source>layout_length_conflict</source>
        <translation>布局长度矛盾</translation>
    </message>
    <message>
        <source>layout_tie_conflict</source>
        <translation>布局衔接矛盾</translation>
    </message>
    <message>
        <source>layout_anchor_conflict</source>
        <translation>布局锚点矛盾</translation>
    </message>
    <message>
        <source>region_unknown</source>
        <translation>地区未知</translation>
    </message>
    <message>
        <source>region_ambiguous</source>
        <translation>地区不明确</translation>
    </message>
    <message>
        <source>place_unknown</source>
        <translation>地名未知</translation>
    </message>
    <message>
        <source>place_in_other_district</source>
        <translation>地名属其他区</translation>
    </message>
    <message>
        <source>unread_candidate</source>
        <translation>疑似漏读</translation>
    </message>
    <message>
        <source>spans_districts</source>
        <translation>跨多个区</translation>
    </message>
    <message>
        <source>centerline_rejected</source>
        <translation>中心线未采用</translation>
    </message>
</context>
</TS>
