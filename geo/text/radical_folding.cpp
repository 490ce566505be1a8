#include "text/radical_folding.h"

#include <QChar>
#include <QString>

namespace luming {

namespace {

// CJK Radicals Supplement forms that are whole characters (Unicode gives them no decomposition).
// Component-only forms (⻏ 阝, ⻐ 钅, ⻈ 讠 …) are left alone: they never stand for a character.
char16_t radicalSupplement(char16_t c) {
    switch (c) {
    case 0x2EA0:
        return u'民';
    case 0x2EC5:
        return u'见';
    case 0x2EC6:
        return u'角';
    case 0x2EC9:
        return u'贝';
    case 0x2ECB:
        return u'车';
    case 0x2ED3:
        return u'长';
    case 0x2ED4:
        return u'门';
    case 0x2ED7:
        return u'雨';
    case 0x2ED8:
        return u'青';
    case 0x2EDA:
        return u'页';
    case 0x2EDB:
        return u'风';
    case 0x2EDC:
        return u'飞';
    case 0x2EDD:
    case 0x2EDF:
        return u'食';
    case 0x2EE2:
        return u'马';
    case 0x2EE3:
        return u'骨';
    case 0x2EE4:
        return u'鬼';
    case 0x2EE5:
        return u'鱼';
    case 0x2EE6:
        return u'鸟';
    case 0x2EE7:
        return u'卤';
    case 0x2EE8:
        return u'麦';
    case 0x2EE9:
        return u'黄';
    case 0x2EEA:
        return u'黾';
    case 0x2EEC:
        return u'齐';
    case 0x2EEE:
        return u'齿';
    case 0x2EF0:
        return u'龙';
    case 0x2EF3:
        return u'龟';
    default:
        return c;
    }
}

} // namespace

char16_t foldRadical(char16_t c) {
    if (c < 0x2E80 || (c > 0x2FD5 && c < 0xF900) || c > 0xFAD9)
        return c; // the common case, before any table lookup
    if (c <= 0x2EF3)
        return radicalSupplement(c);
    // Kangxi radicals (compatibility) and CJK compatibility ideographs (canonical) decompose to one
    // unified ideograph in the BMP.
    const QString d = QChar(c).decomposition();
    return d.size() == 1 ? d[0].unicode() : c;
}

} // namespace luming
