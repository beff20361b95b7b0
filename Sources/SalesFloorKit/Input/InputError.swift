/// A value someone typed that could not be read, with the field it belongs to and a message
/// that shows what would have worked (forms show it inline, the CLI prints it).
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The field the text was typed into, e.g. `amount` or `date`.
  public var field: String
  /// What went wrong or what the field expects, without the field name.
  public var message: String

  public init(field: String, message: String) {
    self.field = field
    self.message = message
  }

  /// `field: message`, e.g. `amount: a number like 12400, 12.4k or 1.2m`.
  public var description: String { "\(field): \(message)" }
}
