#include "eval/text_damage.h"

#include <exception>
#include <memory>
#include <opencc/opencc.h>
#include <random>

namespace luming::eval {
namespace {

struct S2T {
    std::unique_ptr<opencc::SimpleConverter> converter;
    QString error;
    S2T() {
        try {
            converter = std::make_unique<opencc::SimpleConverter>("s2t.json");
        } catch (const std::exception& e) {
            error = QStringLiteral("OpenCC could not load s2t.json: %1").arg(QString::fromUtf8(e.what()));
        }
    }
};

const S2T& s2t() {
    static const S2T instance;
    return instance;
}

QStringList toTraditionalAll(const QStringList& list) {
    QStringList out;
    for (const QString& s : list)
        out.append(toTraditional(s));
    return out;
}

} // namespace

Status traditionalConverter() {
    if (!s2t().converter)
        return fail(s2t().error);
    return {};
}

QString toTraditional(const QString& text) {
    if (!s2t().converter)
        return text;
    const QByteArray utf8 = text.toUtf8();
    return QString::fromStdString(s2t().converter->Convert(utf8.constData(), size_t(utf8.size())));
}

LabelRecord toTraditional(const LabelRecord& r) {
    LabelRecord out = r;
    out.name = toTraditional(r.name);
    out.oldName = toTraditional(r.oldName);
    out.district = toTraditional(r.district);
    out.subdistricts = toTraditionalAll(r.subdistricts);
    out.start = toTraditional(r.start);
    out.end = toTraditional(r.end);
    out.via = toTraditionalAll(r.via);
    out.plannedRefs = toTraditionalAll(r.plannedRefs);
    return out;
}

QString breakLines(const QString& text, quint32 seed) {
    std::mt19937 rng(seed); // raw draws only: std distributions differ between libraries
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.size() <= 24)
            continue;
        qsizetype at = 8 + qsizetype(rng() % quint32(line.size() - 12));
        if (line.at(at).isLowSurrogate())
            ++at; // never between the halves of a character outside the BMP
        line.insert(at, QLatin1Char('\n'));
    }
    return lines.join(QLatin1Char('\n'));
}

quint32 seedOf(const QString& key) {
    quint32 h = 2166136261u;
    for (char c : key.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

} // namespace luming::eval
