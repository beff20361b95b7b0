import Foundation
import SalesFloorTerminal
import SalesFloorUI
import Testing

/// Theme files on disk: read by the launcher (SalesFloorTerminal), parsed by the UI.
/// (Moved from ToolkitThemeTests when the file reading left SalesFloorUI.)
@Suite("Theme files")
struct ThemeFileTests {
  @Test("loader: user themes first, broken or unknown ones fall back to dark with the error")
  func loader() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sf-themes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try ##"{"name": "ocean", "roles": {"accent": "cyan"}}"##.write(
      to: folder.appendingPathComponent("ocean.json"), atomically: true, encoding: .utf8)
    try ##"{"name": "broken", "roles": {"accent": "teal"}}"##.write(
      to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)

    let ocean = ThemeLoader.load(name: "ocean", userDirectory: folder.path)
    #expect(ocean.theme.name == "ocean")
    #expect(ocean.error == nil)
    let broken = ThemeLoader.load(name: "broken", userDirectory: folder.path)
    #expect(broken.theme.name == "dark")
    #expect(broken.error?.source == folder.appendingPathComponent("broken.json").path)
    #expect(broken.error?.message.contains("\"teal\" is not a colour") == true)
    let missing = ThemeLoader.load(name: "nope", userDirectory: folder.path)
    #expect(missing.theme.name == "dark")
    #expect(missing.error?.description.contains("no such theme") == true)
    #expect(ThemeLoader.load(name: "mono", userDirectory: nil).theme.name == "mono")
    #expect(
      ThemeLoader.availableNames(userDirectory: folder.path)
        == ["broken", "dark", "high-contrast", "light", "mono", "ocean"])
  }
}
