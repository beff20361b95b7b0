import Foundation
import SalesFloorKit
import SalesFloorUI

/// A table of text cells that prints as aligned columns, CSV, or (through `Encodable`) JSON.
struct TextTable {
  enum Align { case left, right }
  struct Column {
    var title: String
    var align: Align = .left
  }
  var columns: [Column]
  var rows: [[String]] = []
  /// Set for tables with amounts: CSV output gains a `CURRENCY` column (amounts there are plain
  /// major units, so a spreadsheet needs the currency beside them).
  var currency: String?
  /// Lines printed under the table (e.g. `UnconvertedDeal.notices`: deals a report left out); CSV
  /// output sends them to stderr so the file stays one table.
  var notes: [String] = []
  private var moneyRows: [Bool] = []

  init(_ columns: [Column], currency: String? = nil) {
    self.columns = columns
    self.currency = currency
  }
  /// `money: false` marks a row without an amount (a count in a METRIC/VALUE table): no currency cell.
  mutating func add(_ row: [String], money: Bool = true) {
    rows.append(row)
    moneyRows.append(money)
  }

  /// Columns padded by display width (CJK and emoji count as two), separated by two spaces.
  func renderText() -> String {
    var widths = columns.map { DisplayWidth.of(Sanitize.text($0.title)) }
    let clean = rows.map { $0.map { Sanitize.text($0) } }
    for row in clean {
      for (i, cell) in row.enumerated() where i < widths.count {
        widths[i] = max(widths[i], DisplayWidth.of(cell))
      }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (i, cell) in cells.enumerated() where i < columns.count {
        let pad = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(cell)))
        parts.append(columns[i].align == .right ? pad + cell : cell + pad)
      }
      // Trailing padding trimmed by hand: the regex `\s+$` backtracks quadratically over a long run
      // of padding (a 100 KB name in another row took over a minute).
      var text = parts.joined(separator: "  ")
      while let last = text.last, last.isWhitespace { text.removeLast() }
      return text
    }
    var out = [line(columns.map { Sanitize.text($0.title) })]
    out.append(contentsOf: clean.map(line))
    // A table with amounts says which currency they are in (every deal converted into it).
    if let currency { out.append("Amounts in \(currency)") }
    out.append(contentsOf: notes.map { Sanitize.text($0) })
    return out.joined(separator: "\n") + "\n"
  }

  /// RFC 4180 CSV with a header row; cells quoted when needed.
  func renderCSV() -> String {
    guard let currency else {
      return CSVWriter.render(header: columns.map(\.title), rows: rows)
    }
    let body = rows.enumerated().map { i, row in row + [moneyRows[i] ? currency : ""] }
    return CSVWriter.render(header: columns.map(\.title) + ["CURRENCY"], rows: body)
  }
}

/// The CLI's one way to stdout: `write` for what people read, `data` for what programs read.
enum Printer {
  /// The machine-readable formats, for `data`.
  enum DataKind {
    case json
    /// CSV, iCalendar: line-oriented text with its own line ends.
    case delimited
  }

  /// True when stdout is a terminal (decides whether `data` escapes).
  static let toTerminal = isatty(STDOUT_FILENO) != 0

  static func json<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  static func emit<T: Encodable>(_ value: T, table: () -> TextTable, format: OutputFormat) throws {
    switch format {
    case .json: data(try json(value), as: .json)
    case .table: write(table().renderText())
    case .csv:
      let t = table()
      data(t.renderCSV(), as: .delimited)
      for n in t.notes { printError(n) }
    }
  }

  /// Human-readable text (confirmations, tables, detail views, summaries): text from data never
  /// reaches the terminal raw, whether stdout is a terminal or a pipe (a pipe often ends in `less -R`).
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(TerminalText.human(text).utf8))
  }

  /// JSON, CSV or iCalendar: byte-exact to a pipe or file (scripts and spreadsheets get the data as
  /// stored); escaped when stdout is a terminal, where a name holding ESC could otherwise take it over.
  static func data(_ text: String, as kind: DataKind) {
    let shown: String
    switch (toTerminal, kind) {
    case (false, _): shown = text
    case (true, .json): shown = TerminalText.json(text)
    case (true, .delimited): shown = TerminalText.delimited(text)
    }
    FileHandle.standardOutput.write(Data(shown.utf8))
  }
}

/// Money as plain major units for tables and CSV (no thousands separators in CSV).
func major(_ minor: Int64, _ currency: String, grouped: Bool) -> String {
  grouped ? Money.grouped(minor, currency: currency) : Money(minor: minor, currency: currency).plainMajor
}

func percent(_ ratio: Double?) -> String {
  guard let r = ratio, r.isFinite else { return "-" }
  return String(Int((r * 100).rounded())) + "%"
}
