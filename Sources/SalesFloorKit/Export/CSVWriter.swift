import Foundation

/// RFC 4180 CSV for spreadsheets: CRLF line ends, a header row, cells quoted when they hold
/// `,` `"` CR or LF, and formula injection defused.
///
/// A cell starting with `=`, `+`, `-` or `@` (or a tab or CR) would run as a formula in Excel,
/// LibreOffice or Google Sheets; such cells get a leading `'`. A plain negative number (`-12.50`)
/// is left alone so it stays a number. The importers strip the `'` again, so a round trip is lossless.
public enum CSVWriter {
  public static func render(header: [String], rows: [[String]]) -> String {
    var out = line(header)
    for row in rows { out += line(row) }
    return out
  }

  public static func line(_ cells: [String]) -> String {
    cells.map(escape).joined(separator: ",") + "\r\n"
  }

  public static func escape(_ cell: String) -> String {
    var c = cell
    if let f = c.first, "=+@\t\r".contains(f) || (f == "-" && Double(c) == nil) { c = "'" + c }
    if c.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
      return "\"" + c.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return c
  }
}
