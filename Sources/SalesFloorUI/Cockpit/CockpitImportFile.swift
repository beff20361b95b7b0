import Foundation
import SalesFloorKit

/// An `:import` waiting for its file: the effect's id, the path as typed and the preset.
public struct PendingImport: Hashable, Sendable {
  public var id: String
  public var path: String
  public var preset: ImportPreset?
}

/// `:import` reads its file through the runner (`readFile`), so the cockpit never touches the disk.
extension CockpitProgram {
  /// Remembers the import and queues the read; the preview appears when `.fileRead` arrives.
  mutating func requestImportFile(path: String, preset: ImportPreset?) {
    let pending = PendingImport(id: "import-\(now().description)", path: path, preset: preset)
    pendingImport = pending
    requested.append(.readFile(id: pending.id, path: path))
  }

  /// The file arrived (or could not be read, which is said on the status line).
  mutating func importFileRead(id: String, result: Result<Data, EffectFailure>) {
    guard let pending = pendingImport, pending.id == id else { return }
    pendingImport = nil
    switch result {
    case .success(let data):
      planImport(data, path: pending.path, preset: pending.preset)
    case .failure(let failure):
      state.status = StatusMessage("import: cannot read \(pending.path) (\(failure.message))", kind: .error)
    }
  }
}
