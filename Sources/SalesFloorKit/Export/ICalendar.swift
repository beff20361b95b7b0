/// One all-day calendar entry: a deal's next step, a scheduled activity or a coaching due date.
public struct CalendarEvent: Sendable, Hashable {
  /// What the entry comes from; part of the UID so one record can give several entries.
  public enum Kind: String, Sendable, Hashable { case nextStep = "nextstep", activity, coaching }

  public var recordId: String
  public var kind: Kind
  public var day: Day
  public var summary: String
  public var description: String?

  public init(recordId: String, kind: Kind, day: Day, summary: String, description: String? = nil) {
    self.recordId = recordId
    self.kind = kind
    self.day = day
    self.summary = summary
    self.description = description
  }

  /// `<recordId>-<kind>@salesfloor`: the same item keeps its UID across exports, so a calendar
  /// that re-imports the file updates the event instead of adding a duplicate.
  public var uid: String { "\(recordId)-\(kind.rawValue)@salesfloor" }
}

/// RFC 5545 iCalendar text: CRLF line ends, content lines folded at 75 octets (never inside a
/// UTF-8 sequence), TEXT values escaped, DTSTAMP in UTC.
public enum ICalendar {
  public static func render(_ events: [CalendarEvent], stamp: Timestamp, name: String? = nil) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SalesFloor//SalesFloor 0.1//EN", "CALSCALE:GREGORIAN",
    ]
    if let name { lines.append("X-WR-CALNAME:" + escape(name)) }
    let dtstamp = utc(stamp)
    for e in events {
      lines += [
        "BEGIN:VEVENT", "UID:" + e.uid, "DTSTAMP:" + dtstamp, "DTSTART;VALUE=DATE:" + basic(e.day),
        "DTEND;VALUE=DATE:" + basic(e.day.adding(days: 1)), "SUMMARY:" + escape(e.summary),
      ]
      if let d = e.description { lines.append("DESCRIPTION:" + escape(d)) }
      lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined()
  }

  /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines.
  public static func escape(_ text: String) -> String {
    var out = ""
    var lastWasCR = false
    for u in text.unicodeScalars {
      switch u {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\r": out += "\\n"
      case "\n": if !lastWasCR { out += "\\n" }
      default:
        // Other control characters are not allowed in TEXT; drop them.
        if u.value < 0x20 && u != "\t" { break }
        out.unicodeScalars.append(u)
      }
      lastWasCR = u == "\r"
    }
    return out
  }

  /// Splits a content line into chunks of at most 75 octets (continuations start with a space,
  /// which counts), each ending in CRLF, cutting only between whole UTF-8 characters.
  public static func fold(_ line: String) -> String {
    var out: [UInt8] = []
    var current = 0
    for scalar in line.unicodeScalars {
      let bytes = Array(String(scalar).utf8)
      if current + bytes.count > 75 {
        out += [13, 10, 32]
        current = 1
      }
      out += bytes
      current += bytes.count
    }
    out += [13, 10]
    return String(decoding: out, as: UTF8.self)
  }

  static func basic(_ d: Day) -> String { d.iso.split(separator: "-").joined() }

  /// `20261215T093000Z`.
  static func utc(_ t: Timestamp) -> String {
    t.iso.filter { $0 != "-" && $0 != ":" }
  }
}
