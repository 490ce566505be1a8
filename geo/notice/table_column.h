// What a table column holds: one enum the table readers share (header words, cell content, glued rows,
// evidence), so a role is checked by the compiler rather than spelled as a string in each reader.
#pragma once

#include <QLatin1StringView>
#include <QtGlobal>
#include <array>
#include <optional>

namespace luming {

enum class Column : quint8 {
    Seq,
    OldName,
    Pinyin,
    Name,
    Ends, // 起止点: both ends in one cell
    Start,
    End,
    Via,
    Length,
    Width,
    District,
    Location, // 街道/镇/乡, or where the road lies
    Action,   // 类别: 命名, 更名, 注销 …
    Direction,
    // Columns no field comes from; naming them keeps their cells out of the others'.
    Surface,
    Reason,
    Date,
    Remark,
};
inline constexpr int kColumnCount = int(Column::Remark) + 1;

// The column's name in evidence rules ("table.column.start") and reports: stable, ASCII.
[[nodiscard]] QLatin1StringView columnKey(Column c);

// Column → its index in the table's cells.
class ColumnRoles {
public:
    ColumnRoles() { at_.fill(-1); }
    [[nodiscard]] bool has(Column c) const { return at_[std::size_t(c)] >= 0; }
    // The column's index, or -1.
    [[nodiscard]] qsizetype at(Column c) const { return at_[std::size_t(c)]; }
    void set(Column c, qsizetype index) { at_[std::size_t(c)] = index; }
    // The column at `index`, if any role claims it.
    [[nodiscard]] std::optional<Column> columnAt(qsizetype index) const {
        for (int c = 0; c < kColumnCount; ++c)
            if (at_[std::size_t(c)] == index)
                return Column(c);
        return std::nullopt;
    }
    [[nodiscard]] bool isEmpty() const {
        for (const qsizetype i : at_)
            if (i >= 0)
                return false;
        return true;
    }

private:
    std::array<qsizetype, kColumnCount> at_{};
};

} // namespace luming
