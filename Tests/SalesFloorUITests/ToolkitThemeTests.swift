import Foundation
import SalesFloorThemes
import Testing

@testable import SalesFloorUI

@Suite("Toolkit themes")
struct ToolkitThemeTests {
  static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")

  @Test("embedded theme texts equal the files in Themes/")
  func embeddedMatchFiles() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    #expect(files == ["dark.json", "high-contrast.json", "light.json", "mono.json"])
    #expect(BundledThemes.texts.keys.sorted() == ["dark", "high-contrast", "light", "mono"])
    for file in files {
      let text = try String(contentsOf: Self.themesFolder.appendingPathComponent(file), encoding: .utf8)
      #expect(
        BundledThemes.texts[String(file.dropLast(5))] == text,
        "list \(file) in Package.swift's SalesFloorThemes resources and in Themes/BundledThemes.swift")
    }
  }

  @Test("every bundled theme parses and is named after its file")
  func bundledParse() throws {
    for (name, text) in BundledThemes.texts {
      let theme = try ThemeParser.parse(text, source: name)
      #expect(theme.name == name)
    }
  }

  @Test("dark selection resolves per depth: RGB, nearest 256, hand-picked 8")
  func resolveDepths() throws {
    let dark = try #require(ThemeLoader.bundled(named: "dark"))
    #expect(dark.resolved(for: .truecolor)[.selection].bg == .rgb(0, 0x5F, 0x87))
    // #005f87 is exactly cube entry 16 + 36×0 + 6×1 + 2 = 24; #ffffff is 231.
    #expect(dark.resolved(for: .indexed256)[.selection] == ResolvedStyle(fg: .indexed(231), bg: .indexed(24)))
    #expect(dark.resolved(for: .basic8)[.selection] == ResolvedStyle(fg: .basic(7), bg: .basic(4)))
  }

  @Test("NO_COLOR: no colours, roles become attributes so selection and focus stay visible")
  func noColor() throws {
    #expect(
      ColorDepth.detect(environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"], colors: 256) == .none)
    #expect(ColorDepth.detect(environment: ["NO_COLOR": ""], colors: 256) == .indexed256)
    #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], colors: 256) == .truecolor)
    #expect(ColorDepth.detect(environment: [:], colors: 8) == .basic8)
    #expect(ColorDepth.detect(environment: [:], colors: 0) == .none)
    let resolved = ThemeLoader.defaultTheme.resolved(for: .none)
    #expect(resolved[.selection] == ResolvedStyle(attributes: [.reverse]))
    #expect(resolved[.borderFocused].attributes.contains(.bold))
    #expect(resolved[.header].attributes == [.bold, .underline])
    #expect(resolved[.border] == ResolvedStyle())
    // A cell's own attributes add to the role's.
    #expect(
      resolved.style(for: Cell("x", role: .muted, attributes: [.underline])).attributes == [.dim, .underline])
  }

  @Test("a minimal user theme inherits missing roles and computes 8-colour fallbacks")
  func inheritance() throws {
    let theme = try ThemeParser.parse(
      ##"{"name": "t", "roles": {"accent": "#ff0000", "selection": {"bg": 24, "reverse": false, "noColor": {"underline": true}}}}"##,
      source: "t.json")
    let truecolor = theme.resolved(for: .truecolor)
    #expect(truecolor[.stage3].fg == .rgb(255, 0, 0))  // stage3 → accent
    #expect(truecolor[.text] == ResolvedStyle())
    // #ff0000 nearest basic colour is red (205,0,0): index 1.
    #expect(theme.resolved(for: .basic8)[.accent].fg == .basic(1))
    #expect(theme.resolved(for: .none)[.selection].attributes == [.underline])
  }

  @Test("errors name the file and the field")
  func errors() {
    func message(_ json: String) -> String {
      do {
        _ = try ThemeParser.parse(json, source: "my.json")
        return "parsed"
      } catch {
        return error.description
      }
    }
    #expect(
      message(##"{"name": "x", "roles": {"text": "#12345"}}"##).hasPrefix(
        "theme my.json: roles.text: \"#12345\" is not a colour"))
    #expect(
      message(##"{"name": "x", "roles": {"selction": "red"}}"##).hasPrefix(
        "theme my.json: roles.selction: unknown role"))
    #expect(
      message(##"{"name": "x", "roles": {"muted": {"fallbak256": 8}}}"##).hasPrefix(
        "theme my.json: roles.muted.fallbak256: unknown field"))
    #expect(message(##"{"name": "x", "roles": {"muted": 300}}"##).contains("outside 0…255"))
    #expect(message(##"{"roles": {}}"##).contains("missing \"name\""))
    #expect(message("{not json").hasPrefix("theme my.json: "))
  }

  @Test("colour names, indexes and nearest-colour mapping")
  func colors() {
    #expect(TermColor(parsing: "brightRed") == .basic(9))
    #expect(TermColor(parsing: "DEFAULT") == .terminalDefault)
    #expect(TermColor(parsing: "#0a0B0c") == .rgb(10, 11, 12))
    #expect(TermColor(parsing: "#0a0B0") == nil)
    // #808080 → grey ramp 232 + (128 − 3)/10 = 244, which is exactly (128,128,128).
    #expect(TermColor.nearest256(0x80, 0x80, 0x80) == 244)
    #expect(TermColor.basic(12).downgraded(to: .basic8) == .basic(4))
  }
}
