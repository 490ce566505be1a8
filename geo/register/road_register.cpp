#include "register/road_register.h"

#include "chinese/name_key.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace luming {

namespace {

// Order of events: by notice date, then document number, then item; undated notices last.
bool earlier(const RegisterEvent& a, const RegisterEvent& b) {
    if (a.date.isValid() != b.date.isValid())
        return a.date.isValid();
    if (a.date != b.date)
        return a.date < b.date;
    if (a.docNumber != b.docNumber)
        return a.docNumber < b.docNumber;
    if (a.notice != b.notice) // untitled notices of one date: in a stable order all the same
        return a.notice < b.notice;
    return a.seq < b.seq;
}

RegisterEvent eventOf(const Notice& n, const RoadRecord& r) {
    return {r.action, n.docNumber, n.id,  n.date, n.title, r.seq, r.name, r.oldName.value_or(QString()),
            r.start,  r.end,       r.note};
}

} // namespace

QString roadStatusText(RoadStatus status) {
    switch (status) {
    case RoadStatus::Named:
        return QStringLiteral("named");
    case RoadStatus::Renamed:
        return QStringLiteral("renamed");
    case RoadStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

RoadRegister RoadRegister::build(const QList<Notice>& notices) {
    // Each notice once, by NoticeId (the store keys notices by it; the same notice given twice, e.g. in
    // two sources, counts once).
    QList<RegisterEvent> events;
    QSet<NoticeId> seen;
    for (const auto& n : notices) {
        if (!n.id.isNull() && seen.contains(n.id)) // a notice without identity cannot be matched
            continue;
        seen.insert(n.id);
        for (const auto& r : n.roads)
            events.append(eventOf(n, r));
    }
    std::stable_sort(events.begin(), events.end(), earlier);

    // Replay in time order. A rename moves the history to the new name and marks the old one. Entries are
    // keyed by NameKey, so one road printed two ways (凤集路/风集路, 繁/简, with spaces) has one history.
    QHash<QString, RegisterEntry> byName;
    for (const auto& e : events) {
        if (e.action == RoadAction::Rename && !e.oldName.isEmpty()) {
            RegisterEntry& old = byName[NameKey::of(e.oldName)];
            if (old.name.isEmpty())
                old.name = e.oldName;
            old.events.append(e);
            old.status = RoadStatus::Renamed;
            old.renamedTo = e.name;
            RegisterEntry& renamed = byName[NameKey::of(e.name)];
            renamed.name = e.name;
            renamed.events.append(e);
            renamed.status = RoadStatus::Named;
            renamed.start = e.start.isEmpty() ? old.start : e.start;
            renamed.end = e.end.isEmpty() ? old.end : e.end;
            continue;
        }
        RegisterEntry& entry = byName[NameKey::of(e.name)];
        entry.name = e.name;
        entry.events.append(e);
        switch (e.action) {
        case RoadAction::Name:
            entry.status = RoadStatus::Named;
            entry.start = e.start;
            entry.end = e.end;
            break;
        case RoadAction::Adjust:
            // The notice gives the new extent; an end it leaves out is unchanged.
            if (!e.start.isEmpty())
                entry.start = e.start;
            if (!e.end.isEmpty())
                entry.end = e.end;
            break;
        case RoadAction::Cancel:
            entry.status = RoadStatus::Cancelled;
            break;
        case RoadAction::Rename:
            break;
        }
    }

    RoadRegister reg;
    reg.entries_ = byName.values();
    std::sort(reg.entries_.begin(), reg.entries_.end(),
              [](const RegisterEntry& a, const RegisterEntry& b) { return a.name < b.name; });
    return reg;
}

QList<RegisterEntry> RoadRegister::lookup(const QString& name) const {
    const QString wanted = NameKey::of(name);
    QList<RegisterEntry> out;
    if (wanted.isEmpty())
        return out;
    for (const auto& e : entries_) {
        bool match = NameKey::of(e.name) == wanted;
        for (const auto& ev : e.events)
            match = match || (!ev.oldName.isEmpty() && NameKey::of(ev.oldName) == wanted);
        if (match)
            out.append(e);
    }
    return out;
}

} // namespace luming
