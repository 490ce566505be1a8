#include "cjk_radical_folding.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace luming::app {

namespace {

// CJK Radicals Supplement forms whose glyph is the whole simplified (or shared) character, from
// Unicode's EquivalentUnifiedIdeograph.txt, kept only where Noto Sans CJK SC draws both code points
// with the same glyph (so a PDF made with it may carry either).
constexpr char16_t kSupplement[][2] = {
    {0x2EA0, 0x6C11}, // ⺠ 民
    {0x2ED3, 0x957F}, // ⻓ 长
    {0x2ED4, 0x95E8}, // ⻔ 门
    {0x2EC5, 0x89C1}, // ⻅ 见
    {0x2EC9, 0x8D1D}, // ⻉ 贝
    {0x2ECB, 0x8F66}, // ⻋ 车
    {0x2EDA, 0x9875}, // ⻚ 页
    {0x2EDB, 0x98CE}, // ⻛ 风
    {0x2EDC, 0x98DE}, // ⻜ 飞
    {0x2EE2, 0x9A6C}, // ⻢ 马
    {0x2EE5, 0x9C7C}, // ⻥ 鱼
    {0x2EE6, 0x9E1F}, // ⻦ 鸟
    {0x2EE8, 0x9EA6}, // ⻨ 麦
    {0x2EE9, 0x9EC4}, // ⻩ 黄
    {0x2EEC, 0x9F50}, // ⻬ 齐
    {0x2EEE, 0x9F7F}, // ⻮ 齿
    {0x2EF0, 0x9F99}, // ⻰ 龙
    {0x2EF3, 0x9F9F}, // ⻳ 龟
    {0x2ED9, 0x97E6}, // ⻙ 韦
    {0x2EE7, 0x5364}, // ⻧ 卤
    {0x2ED8, 0x9752}, // ⻘ 青
    {0x2EDD, 0x98DF}, // ⻝ 食
    {0x2EE3, 0x9AA8}, // ⻣ 骨
    {0x2EE4, 0x9B3C}, // ⻤ 鬼
    {0x2EC6, 0x89D2}, // ⻆ 角
    {0x2E9F, 0x6BCD}, // ⺟ 母
    {0x2E92, 0x5DF3}, // ⺒ 巳
    {0x2E93, 0x5E7A}, // ⺓ 幺
    {0x2E85, 0x4EBB}, // ⺅ 亻
    {0x2E89, 0x5202}, // ⺉ 刂
    {0x2E96, 0x5FC4}, // ⺖ 忄
    {0x2E98, 0x624C}, // ⺘ 扌
    {0x2EA1, 0x6C35}, // ⺡ 氵
    {0x2EA3, 0x706C}, // ⺣ 灬
    {0x2EA8, 0x72AD}, // ⺨ 犭
    {0x2EAD, 0x793B}, // ⺭ 礻
    {0x2EB0, 0x7E9F}, // ⺰ 纟
    {0x2EBE, 0x8279}, // ⺾ 艹
    {0x2EC2, 0x8864}, // ⻂ 衤
    {0x2EC8, 0x8BA0}, // ⻈ 讠
    {0x2ECC, 0x8FB6}, // ⻌ 辶
    {0x2ED0, 0x9485}, // ⻐ 钅
    {0x2EE0, 0x9963}, // ⻠ 饣
    {0x2EA6, 0x4E2C}, // ⺦ 丬
    {0x2E95, 0x5F50}, // ⺕ 彐
};

bool isKangxi(char16_t c) {
    return c >= 0x2F00 && c <= 0x2FD5;
}
bool isSupplement(char16_t c) {
    return c >= 0x2E80 && c <= 0x2EF3;
}

const QHash<char16_t, char16_t>& supplementMap() {
    static const QHash<char16_t, char16_t> map = [] {
        QHash<char16_t, char16_t> m;
        for (const auto& pair : kSupplement)
            m.insert(pair[0], pair[1]);
        return m;
    }();
    return map;
}

} // namespace

QString CjkRadicalFolding::fold(const QString& text) {
    QString out = text;
    for (QChar& ch : out) {
        const char16_t c = ch.unicode();
        if (isKangxi(c)) {
            const QString folded = QString(ch).normalized(QString::NormalizationForm_KC);
            if (folded.size() == 1)
                ch = folded.at(0);
        } else if (isSupplement(c)) {
            ch = QChar(supplementMap().value(c, c));
        }
    }
    return out;
}

QList<QPair<QChar, QChar>> CjkRadicalFolding::supplementTable() {
    QList<QPair<QChar, QChar>> table;
    for (const auto& pair : kSupplement)
        table.append({QChar(pair[0]), QChar(pair[1])});
    return table;
}

} // namespace luming::app
