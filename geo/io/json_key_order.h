// The printed order of a JSON object's keys, which QJsonObject does not keep (it sorts them). Only
// for reading files written before ordered counts became arrays of pairs ([["市中区", 9], …]).
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace luming {

// Keys of the object that opens at json[open] ('{'), in printed order; empty when it is not well
// formed (the caller then keeps QJsonObject's order).
QStringList printedKeys(QByteArrayView json, qsizetype open);

// For each object that is the value of a member named `member` (anywhere), its keys in printed
// order, in document order. A member name cannot occur inside a JSON string unescaped, so a plain
// search for "member" finds only members.
QList<QStringList> printedKeyOrders(QByteArrayView json, QByteArrayView member);

} // namespace luming
