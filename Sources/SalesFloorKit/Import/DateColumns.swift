import Foundation

/// Which number comes first in a numeric date like `04/03/2024` (`--date-format dmy|mdy`).
public enum DateOrder: String, Sendable, CaseIterable, Codable {
  /// Day first: `15/03/2024`, `04.03.2024`.
  case dmy
  /// Month first (US): `03/15/2024`.
  case mdy
}

/// Detects, per date column, how its numeric dates are written, so a column is read one way for
/// every row: never `15/03/2024` day-first and `04/03/2024` month-first in the same file.
///
/// Cells that say which is which by themselves (ISO `2024-03-15`, ISO with a time, `15.03.2024`,
/// month names) fit any column. Slash dates (`a/b/yyyy`) must all fit one order: day-first when a
/// first number exceeds 12, month-first when a second does. When every slash date fits both, the
/// preset's or `--date-format` order is used; without one the import is refused, asking for it.
/// When no order fits every row the import is refused with the rows that disagree.
public enum DateColumns {
  /// The order to read each named column with (columns without slash dates are absent).
  ///
  /// `columns` maps what the user calls the column (for messages) to its index in `table`.
  public static func detect(
    _ table: CSVTable, columns: [String: Int], choice: DateOrder?
  ) throws(DateColumnError) -> [String: DateOrder] {
    var out: [String: DateOrder] = [:]
    for (label, index) in columns.sorted(by: { $0.value < $1.value }) {
      var dayFirstOnly: [(line: Int, cell: String)] = []
      var monthFirstOnly: [(line: Int, cell: String)] = []
      var either: (line: Int, cell: String)?
      for (n, row) in table.rows.enumerated() where index < row.count {
        let cell = row[index].trimmingCharacters(in: .whitespaces)
        guard let (a, b) = slashParts(cell) else { continue }
        let fitsDMY = a <= 31 && b <= 12
        let fitsMDY = a <= 12 && b <= 31
        if fitsDMY && !fitsMDY { dayFirstOnly.append((table.line(of: n), cell)) }
        if fitsMDY && !fitsDMY { monthFirstOnly.append((table.line(of: n), cell)) }
        if fitsDMY && fitsMDY && either == nil { either = (table.line(of: n), cell) }
      }
      let header = table.header.indices.contains(index) ? table.header[index] : label
      if !dayFirstOnly.isEmpty && !monthFirstOnly.isEmpty {
        throw .mixed(column: header, dayFirst: dayFirstOnly, monthFirst: monthFirstOnly)
      }
      if !dayFirstOnly.isEmpty {
        out[label] = .dmy
      } else if !monthFirstOnly.isEmpty {
        out[label] = .mdy
      } else if let either {
        guard let choice else { throw .ambiguous(column: header, line: either.line, cell: either.cell) }
        out[label] = choice
      }
    }
    return out
  }

  /// The first two numbers of a `a/b/yyyy` (or `a-b-yyyy`) date whose order is in question; nil
  /// for cells that carry their own order (ISO, dotted, month names) or are not dates.
  static func slashParts(_ cell: String) -> (Int, Int)? {
    if cell.count >= 10, Day(iso: cell.prefix(10)) != nil { return nil }
    let datePart = cell.split(separator: " ").first.map(String.init) ?? cell
    let sep: Character? = datePart.contains("/") ? "/" : datePart.contains("-") ? "-" : nil
    guard let sep else { return nil }
    let parts = datePart.split(separator: sep).map { Int($0) }
    guard parts.count == 3, let a = parts[0], let b = parts[1], parts[2] != nil, a <= 31 else { return nil }
    return (a, b)
  }
}

/// Why a date column cannot be read one way for every row.
public enum DateColumnError: Error, CustomStringConvertible {
  case ambiguous(column: String, line: Int, cell: String)
  case mixed(column: String, dayFirst: [(line: Int, cell: String)], monthFirst: [(line: Int, cell: String)])

  public var description: String {
    switch self {
    case .ambiguous(let column, let line, let cell):
      return
        "column \"\(column)\": dates like \"\(cell)\" (line \(line)) read both day-first and month-first; "
        + "give --date-format dmy or --date-format mdy"
    case .mixed(let column, let dayFirst, let monthFirst):
      func list(_ cells: [(line: Int, cell: String)]) -> String {
        cells.prefix(5).map { "line \($0.line) \"\($0.cell)\"" }.joined(separator: ", ")
          + (cells.count > 5 ? ", … (\(cells.count) rows)" : "")
      }
      return
        "column \"\(column)\" mixes date formats: day-first \(list(dayFirst)); month-first \(list(monthFirst)); "
        + "nothing was imported: fix those rows so the column uses one format"
    }
  }
}
