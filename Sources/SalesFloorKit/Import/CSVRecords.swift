import Foundation

/// RFC 4180 records with the physical line each one starts on, so a rejected row is reported by
/// the line a user finds in their editor even after a quoted cell that spans several lines.
///
/// Line breaks are `\n`, `\r\n` or `\r`, inside quotes too (they stay in the cell as written).
/// A quote that closes mid-cell (`"a"b`) keeps the rest of the cell as text, as spreadsheets do.
struct CSVRecords {
  struct Record {
    var cells: [String]
    /// 1-based line the record starts on, and the line it ends on.
    var line: Int
    var lastLine: Int
    var isBlank: Bool { cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
  }

  private enum State { case cellStart, unquoted, quoted, quoteInQuoted }

  /// Every record of `text`, blank ones included; throws when a quoted cell never closes.
  static func parse(_ text: String, separator: Unicode.Scalar) throws -> [Record] {
    var records: [Record] = []
    var cells: [String] = []
    var cell = String.UnicodeScalarView()
    var state = State.cellStart
    var line = 1
    var start = 1
    var quoteOpenedAt = 0
    var skipLF = false
    func endCell() {
      cells.append(String(cell))
      cell = String.UnicodeScalarView()
      state = .cellStart
    }
    func endRecord() {
      endCell()
      records.append(Record(cells: cells, line: start, lastLine: line))
      cells = []
    }
    for s in text.unicodeScalars {
      let isBreak = s == "\n" || s == "\r"
      if skipLF {
        skipLF = false
        if s == "\n" {
          if state == .quoted { cell.append(s) }
          continue
        }
      }
      switch state {
      case .quoted:
        if s == "\"" {
          state = .quoteInQuoted
        } else {
          cell.append(s)
          if isBreak {
            line += 1
            skipLF = s == "\r"
          }
        }
      case .cellStart, .unquoted, .quoteInQuoted:
        if s == "\"" && state == .cellStart {
          state = .quoted
          quoteOpenedAt = line
        } else if s == "\"" && state == .quoteInQuoted {
          cell.append(s)
          state = .quoted
        } else if s == separator {
          endCell()
        } else if isBreak {
          endRecord()
          line += 1
          start = line
          skipLF = s == "\r"
        } else {
          cell.append(s)
          state = .unquoted
        }
      }
    }
    if state == .quoted {
      throw CSVImportError.malformed("line \(quoteOpenedAt): a quoted cell is never closed")
    }
    if state != .cellStart || !cells.isEmpty || !cell.isEmpty { endRecord() }
    return records
  }
}
