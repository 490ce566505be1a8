#include "text/encoding_guess.h"

#include "text/cjk_chars.h"

#include <QSet>
#include <QStringDecoder>
#include <algorithm>

namespace luming {

namespace {

// The most frequent characters of modern Chinese (simplified, with the traditional forms of those
// that differ) and of road-naming notices. Text decoded with the wrong one of UTF-8/GB18030/Big5
// turns into rare characters, so the count of these tells the right decoding from a wrong one.
const QSet<char16_t>& commonHanzi() {
    static const QSet<char16_t> set = [] {
        const QString chars = QStringLiteral(
            "的一是不了在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对"
            "可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公"
            "同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正"
            "名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并"
            "内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表"
            "原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风"
            "战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫"
            "连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区街巷宽米"
            "规划济县镇乡村号通知府告示批复桥河湖园广湾坊"
            "這個們來國說會時過對經與從動兩長現樣將麼裡後見進實話點開問機給幾業間體別處總場師書員發東車門"
            "關產軍應聽記邊戰覺條計區縣鄉號廣園橋灣規劃濟寬於為學頭無種聲親報張馬難數雲電");
        QSet<char16_t> s;
        for (const QChar c : chars)
            s.insert(c.unicode());
        return s;
    }();
    return set;
}

// How the file itself writes U+FFFD: those replacement characters are the file's, not the decoder's.
QByteArrayView encodedReplacement(const QString& encoding) {
    if (encoding == u"UTF-8")
        return QByteArrayView("\xEF\xBF\xBD", 3);
    if (encoding == u"GB18030")
        return QByteArrayView("\x84\x31\xA4\x37", 4);
    return {};
}

} // namespace

Decoding decodeAs(QByteArrayView bytes, const char* encoding) {
    Decoding out;
    QStringDecoder decoder(encoding);
    if (!decoder.isValid())
        return out;
    out.encoding = QString::fromLatin1(encoding);
    out.text = decoder.decode(bytes);
    // A stateful decoder keeps a cut-off last character pending; a line break after it makes the
    // decoder give it up as U+FFFD (the break itself is dropped again).
    out.text += decoder.decode(QByteArrayView("\n", 1));
    if (out.text.endsWith(u'\n'))
        out.text.chop(1);
    const QByteArrayView own = encodedReplacement(out.encoding);
    const qsizetype inFile = own.isEmpty() ? 0 : bytes.count(own);
    out.undecodable = std::max<qsizetype>(0, out.text.count(QChar::ReplacementCharacter) - inFile);
    const QSet<char16_t>& common = commonHanzi();
    for (const QChar c : std::as_const(out.text))
        out.commonHanzi += common.contains(c.unicode());
    return out;
}

bool mostlyUndecodable(const Decoding& decoding) {
    return decoding.undecodable > 1 && decoding.undecodable * 20 > decoding.text.size();
}

Decoding decodeBestGuess(QByteArrayView bytes) {
    // Each undecodable byte weighs as much as a few frequent characters.
    const auto score = [](const Decoding& d) {
        return d.commonHanzi - 4 * d.undecodable;
    };
    Decoding best = decodeAs(bytes, "UTF-8");
    for (const char* encoding : {"GB18030", "Big5"}) {
        Decoding other = decodeAs(bytes, encoding);
        if (!other.encoding.isEmpty() && score(other) > score(best))
            best = std::move(other);
    }
    return best;
}

} // namespace luming
