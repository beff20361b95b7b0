/// A problem at a place in a JSON text, 1-based line and column (in bytes).
public struct CodecError: Error, Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var message: String

  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }
  public var description: String { "line \(line), column \(column): \(message)" }
}

/// The one seam between the store and the JSON bytes on disk.
///
/// Foundation's `JSONDecoder` is too slow for a 100k-deal workspace, so the store talks to this
/// protocol and the fast hand-written codec can replace the Codable one without touching the store.
///
/// File shapes (see `docs/format.md`):
/// - collection files: `{"schemaVersion": N, "items": [ ...records in id order... ]}`
/// - `settings.json`: `{"schemaVersion": N, "settings": { ... }}`
/// - journal lines: `{"tx": ID, "at": ISO, "actor": ID?, "summary": TEXT, "ops": [OP, ...]}` where an OP is
///   `{"op": "put", "c": COLLECTION, "v": RECORD}` or `{"op": "del", "c": COLLECTION, "id": ID}`.
public protocol WorkspaceCodec: Sendable {
  /// Decodes one collection file into `workspace` (records added; settings replaced) and returns the
  /// file's `schemaVersion`. Unknown keys are ignored so older builds can read newer additive fields.
  func decodeFile(
    _ collection: CollectionName, bytes: UnsafeRawBufferPointer, into workspace: inout Workspace
  )
    throws -> Int
  /// Encodes a collection of `workspace` as a pretty-printed file with sorted keys and items in id order.
  func encodeFile(_ collection: CollectionName, of workspace: Workspace, schemaVersion: Int) throws -> [UInt8]
  /// Encodes a transaction as one compact JSON line (no trailing newline).
  func encodeTransaction(_ transaction: Transaction) throws -> [UInt8]
  /// Decodes one journal line.
  func decodeTransaction(_ bytes: UnsafeRawBufferPointer) throws -> Transaction
}
