// The city's road-name register: for every road name, what each notice did to it, and where it stands now.
// Built from the notices alone, ordered by notice date (then document number), so importing the same
// notices in any order gives the same register.
#pragma once

#include "core/notice.h"

#include <QDate>
#include <QList>
#include <QString>

namespace luming {

struct RegisterEvent {
    RoadAction action = RoadAction::Name;
    QString docNumber; // as printed; empty for an untitled notice
    NoticeId notice;
    QDate date;
    QString title;
    int seq = 0;
    QString name;    // the name the event is about (the new name for a rename)
    QString oldName; // rename: the former name
    QString start;
    QString end;
    QString note;
};

enum class RoadStatus { Named, Renamed, Cancelled };

struct RegisterEntry {
    QString name; // as printed in the latest event
    RoadStatus status = RoadStatus::Named;
    QString renamedTo; // status Renamed: the road's current name
    QString start;     // current ends (after adjustments)
    QString end;
    QList<RegisterEvent> events; // oldest first
};

class RoadRegister {
public:
    [[nodiscard]] static RoadRegister build(const QList<Notice>& notices);

    // Entries whose name or former name has the same NameKey as `name` (spaces, 繁/简, look-alikes).
    [[nodiscard]] QList<RegisterEntry> lookup(const QString& name) const;
    const QList<RegisterEntry>& entries() const { return entries_; }

private:
    QList<RegisterEntry> entries_; // sorted by name
};

QString roadStatusText(RoadStatus status); // "named", "renamed", "cancelled"

} // namespace luming
