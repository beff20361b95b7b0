import Foundation

/// A CSV file read into memory: header and rows of text cells.
///
/// Real exports come as UTF-8 (with or without BOM) or Windows-1252 (Excel on Windows), separated
/// by commas, semicolons (European locales) or tabs; all are detected here. Each row keeps the
/// file line it starts on, and a report trailer (Salesforce's "Grand Totals … Copyright") is set
/// aside as a footer, so neither comes back as a rejected row.
public struct CSVTable: Sendable {
  public var header: [String]
  public var rows: [[String]]
  /// The 1-based file line each row starts on (the header is line 1); `rows.indices` aligned.
  public var lines: [Int]
  /// Lines of a report trailer at the end of the file, skipped (0 when there is none).
  public var footerLines: Int
  public var separator: Character
  public var encoding: String

  public init(
    header: [String], rows: [[String]], lines: [Int]? = nil, footerLines: Int = 0,
    separator: Character = ",", encoding: String = "utf-8"
  ) {
    self.header = header
    self.rows = rows
    self.lines = lines ?? rows.indices.map { $0 + 2 }
    self.footerLines = footerLines
    self.separator = separator
    self.encoding = encoding
  }

  /// The file line of row `index` (what every rejection and warning names).
  public func line(of index: Int) -> Int { index < lines.count ? lines[index] : index + 2 }

  /// Decodes bytes, detects the separator and parses.
  public static func parse(_ data: Data) throws -> CSVTable {
    var bytes = [UInt8](data)
    var encoding = "utf-8"
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bytes.removeFirst(3)
      encoding = "utf-8-bom"
    }
    let text: String
    if let utf8 = String(validating: bytes, as: UTF8.self) {
      text = utf8
    } else {
      text = windows1252(bytes)
      encoding = "windows-1252"
    }
    let sep = detectSeparator(text)
    guard let delimiter = sep.unicodeScalars.first else { throw CSVImportError.empty }
    var records = try CSVRecords.parse(text, separator: delimiter)
    guard !records.isEmpty else { throw CSVImportError.empty }
    let header = records.removeFirst().cells
    guard !header.isEmpty, !header.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
      throw CSVImportError.empty
    }
    let footer = ReportFooter.start(of: records)
    var footerLines = 0
    if let footer, let last = records.last { footerLines = last.lastLine - records[footer].line + 1 }
    let body = records[..<(footer ?? records.count)].filter { !$0.isBlank }
    return CSVTable(
      header: header.map { $0.trimmingCharacters(in: .whitespaces) }, rows: body.map(\.cells),
      lines: body.map(\.line), footerLines: footerLines, separator: sep, encoding: encoding)
  }

  /// The separator that splits the header line into the most fields (outside quotes).
  static func detectSeparator(_ text: String) -> Character {
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
    var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
    var quoted = false
    for c in firstLine {
      if c == "\"" { quoted.toggle() }
      if !quoted, counts[c] != nil { counts[c, default: 0] += 1 }
    }
    let best = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key != "," }
    return (best?.value ?? 0) > 0 ? (best?.key ?? ",") : ","
  }

  /// Windows-1252 to String (0x80–0x9F map to the typographic characters Excel writes).
  static func windows1252(_ bytes: [UInt8]) -> String {
    let high: [UInt32] = [
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
      0xFFFD,
      0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
      0x203A,
      0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
    var scalars = String.UnicodeScalarView()
    for b in bytes {
      let v: UInt32 = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
      if let s = Unicode.Scalar(v) { scalars.append(s) }
    }
    return String(scalars)
  }

  /// Index of a column by name, ignoring case and surrounding spaces.
  public func column(_ name: String) -> Int? {
    let key = name.trimmingCharacters(in: .whitespaces).lowercased()
    return header.firstIndex { $0.lowercased() == key }
  }
}

/// Why a CSV file could not be read at all (row-level problems are reported per row instead).
public enum CSVImportError: Error, CustomStringConvertible, Equatable {
  case empty
  case malformed(String)
  case unknownColumn(field: String, column: String, available: [String])
  case unknownField(String)

  public var description: String {
    switch self {
    case .empty: return "the CSV file has no header row"
    case .malformed(let m): return "the CSV file is malformed: \(m)"
    case .unknownColumn(let f, let c, let a):
      return "--map \(f)=\(c): no column \"\(c)\" (columns: \(a.joined(separator: ", ")))"
    case .unknownField(let f):
      return
        "--map: unknown field \"\(f)\" (fields: \(DealImportField.allCases.map(\.rawValue).joined(separator: ", ")))"
    }
  }
}
