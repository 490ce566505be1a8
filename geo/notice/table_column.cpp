#include "notice/table_column.h"

namespace luming {

QLatin1StringView columnKey(Column c) {
    switch (c) {
    case Column::Seq:
        return QLatin1StringView("seq");
    case Column::OldName:
        return QLatin1StringView("old_name");
    case Column::Pinyin:
        return QLatin1StringView("pinyin");
    case Column::Name:
        return QLatin1StringView("name");
    case Column::Ends:
        return QLatin1StringView("ends");
    case Column::Start:
        return QLatin1StringView("start");
    case Column::End:
        return QLatin1StringView("end");
    case Column::Via:
        return QLatin1StringView("via");
    case Column::Length:
        return QLatin1StringView("length");
    case Column::Width:
        return QLatin1StringView("width");
    case Column::District:
        return QLatin1StringView("district");
    case Column::Location:
        return QLatin1StringView("location");
    case Column::Action:
        return QLatin1StringView("action");
    case Column::Direction:
        return QLatin1StringView("direction");
    case Column::Surface:
        return QLatin1StringView("surface");
    case Column::Reason:
        return QLatin1StringView("reason");
    case Column::Date:
        return QLatin1StringView("date");
    case Column::Remark:
        return QLatin1StringView("remark");
    }
    return {};
}

} // namespace luming
