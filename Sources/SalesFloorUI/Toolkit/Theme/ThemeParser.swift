import Foundation

/// A theme that could not be loaded: which file, and what is wrong in it.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file path (or theme name for bundled/missing themes).
  public var source: String
  public var message: String

  public init(source: String, message: String) {
    self.source = source
    self.message = message
  }

  public var description: String { "theme \(source): \(message)" }
}

/// Reads the theme JSON format described in `docs/themes.md`.
public enum ThemeParser {
  /// Parses theme JSON; `source` names the file in errors.
  public static func parse(_ text: String, source: String) throws(ThemeError) -> Theme {
    let file: ThemeFile
    do {
      file = try JSONDecoder().decode(ThemeFile.self, from: Data(text.utf8))
    } catch let error as DecodingError {
      throw ThemeError(source: source, message: describe(error))
    } catch {
      throw ThemeError(source: source, message: "\(error)")
    }
    var roles: [StyleRole: RoleStyle] = [:]
    for (name, style) in file.roles {
      guard let role = StyleRole(rawValue: name) else {
        let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
        throw ThemeError(source: source, message: "roles.\(name): unknown role (known: \(known))")
      }
      roles[role] = style.style
    }
    guard !file.name.isEmpty else { throw ThemeError(source: source, message: "name: must not be empty") }
    return Theme(name: file.name, description: file.description ?? "", roles: roles)
  }

  static func describe(_ error: DecodingError) -> String {
    func path(_ context: DecodingError.Context) -> String {
      let text = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(
        separator: ".")
      return text.isEmpty ? "" : text + ": "
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "\(path(context))missing \"\(key.stringValue)\""
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "\(path(context))\(context.debugDescription)"
    case .dataCorrupted(let context):
      let underlying = context.underlyingError.map { " (\($0.localizedDescription))" } ?? ""
      return "\(path(context))\(context.debugDescription)\(underlying)"
    @unknown default:
      return "\(error)"
    }
  }
}

struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

/// Rejects keys outside `allowed`, so a typo like `fallbak256` is reported instead of ignored.
func checkKeys(_ container: KeyedDecodingContainer<AnyKey>, allowed: [String]) throws {
  for key in container.allKeys where !allowed.contains(key.stringValue) {
    throw DecodingError.dataCorruptedError(
      forKey: key, in: container,
      debugDescription: "unknown field (allowed: \(allowed.joined(separator: ", ")))")
  }
}

struct ThemeFile: Decodable {
  var name: String
  var description: String?
  var roles: [String: RoleSpec]

  init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: AnyKey.self)
    try checkKeys(container, allowed: ["name", "description", "roles"])
    name = try container.decode(String.self, forKey: AnyKey(stringValue: "name"))
    description = try container.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "description"))
    roles = try container.decode([String: RoleSpec].self, forKey: AnyKey(stringValue: "roles"))
  }
}

/// A colour value: `"#RRGGBB"`, `0…255`, a colour name, or `"default"`.
struct ColorSpec: Decodable {
  var color: TermColor

  init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let index = try? container.decode(Int.self) {
      guard (0...255).contains(index) else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "colour index \(index) is outside 0…255")
      }
      color = .indexed(index)
      return
    }
    guard let text = try? container.decode(String.self) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "a colour must be \"#RRGGBB\", 0…255, a colour name or \"default\"")
    }
    guard let parsed = TermColor(parsing: text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription:
          "\"\(text)\" is not a colour: use \"#RRGGBB\", 0…255, \"default\" or one of \(TermColor.names.joined(separator: ", "))"
      )
    }
    color = parsed
  }
}

/// A fallback: a colour (foreground only) or `{"fg": …, "bg": …}`.
struct PairSpec: Decodable {
  var pair: ColorPair

  init(from decoder: Decoder) throws {
    if let single = try? ColorSpec(from: decoder) {
      pair = ColorPair(fg: single.color)
      return
    }
    let container = try decoder.container(keyedBy: AnyKey.self)
    try checkKeys(container, allowed: ["fg", "bg"])
    pair = ColorPair(
      fg: try container.decodeIfPresent(ColorSpec.self, forKey: AnyKey(stringValue: "fg"))?.color,
      bg: try container.decodeIfPresent(ColorSpec.self, forKey: AnyKey(stringValue: "bg"))?.color)
  }
}

/// Attribute flags as JSON booleans.
struct AttributeSpec: Decodable {
  var attributes: TextAttributes

  static let fields: [(String, TextAttributes)] = [
    ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim),
  ]

  init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: AnyKey.self)
    try checkKeys(container, allowed: AttributeSpec.fields.map(\.0))
    attributes = try AttributeSpec.read(container)
  }

  static func read(_ container: KeyedDecodingContainer<AnyKey>) throws -> TextAttributes {
    var result: TextAttributes = []
    for (name, flag) in fields
    where try container.decodeIfPresent(Bool.self, forKey: AnyKey(stringValue: name)) == true {
      result.insert(flag)
    }
    return result
  }
}

/// A role: a colour (the foreground) or an object with fg/bg/fallbacks/attributes/noColor.
struct RoleSpec: Decodable {
  var style: RoleStyle

  init(from decoder: Decoder) throws {
    if let single = try? ColorSpec(from: decoder) {
      style = RoleStyle(colors: ColorPair(fg: single.color))
      return
    }
    let container: KeyedDecodingContainer<AnyKey>
    do {
      container = try decoder.container(keyedBy: AnyKey.self)
    } catch {
      // Report the colour problem (e.g. a bad "#12345"), which is what a string or number meant.
      _ = try ColorSpec(from: decoder)
      throw error
    }
    try checkKeys(
      container, allowed: ["fg", "bg", "fallback256", "fallback8", "noColor"] + AttributeSpec.fields.map(\.0))
    func key(_ name: String) -> AnyKey { AnyKey(stringValue: name) }
    style = RoleStyle(
      colors: ColorPair(
        fg: try container.decodeIfPresent(ColorSpec.self, forKey: key("fg"))?.color,
        bg: try container.decodeIfPresent(ColorSpec.self, forKey: key("bg"))?.color),
      fallback256: try container.decodeIfPresent(PairSpec.self, forKey: key("fallback256"))?.pair,
      fallback8: try container.decodeIfPresent(PairSpec.self, forKey: key("fallback8"))?.pair,
      attributes: try AttributeSpec.read(container),
      noColor: try container.decodeIfPresent(AttributeSpec.self, forKey: key("noColor"))?.attributes)
  }
}
