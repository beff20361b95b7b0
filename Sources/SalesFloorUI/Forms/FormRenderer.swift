/// Draws a `Form` as a modal: one row per field (`*` marks required), the validation message beside
/// the field (below it when it does not fit), completion candidates under a focused choice field,
/// and a bottom line with the keys, the save error, or the discard question.
public enum FormRenderer {
  static let labelWidth = 18
  static let inputWidth = 28

  public static func render(_ form: Form, into grid: inout Grid, glyphs: Glyphs = .unicode) {
    let width = min(grid.width - 2, 100)
    let inner = width - 4
    let messageWidth = inner - labelWidth - inputWidth - 2
    var rows: [(field: Int, kind: Int, text: String)] = []  // kind 0 field, 1 message, 2 candidates
    for i in form.fields.indices {
      rows.append((i, 0, ""))
      let message = form.message(for: i)
      if let message, DisplayWidth.of(message) > messageWidth { rows.append((i, 1, message)) }
      if i == form.focused, case .choice = form.fields[i].kind {
        let c = form.fields[i].candidates(limit: 7)
        let typed = form.fields[i].input.text
        if !c.isEmpty, !(c.count == 1 && c.first?.label == typed) {
          rows.append(
            (i, 2, "→ " + c.prefix(6).map(\.label).joined(separator: " · ") + (c.count > 6 ? " …" : "")))
        }
      }
    }
    let height = min(grid.height - 1, rows.count + 5)
    let area = Modal(title: form.title, size: Size(width: width, height: height), glyphs: glyphs)
      .render(into: &grid).inset(left: 1, right: 1)
    guard area.height >= 2 else { return }
    let listHeight = area.height - 2
    let focusRow = rows.firstIndex { $0.field == form.focused && $0.kind == 0 } ?? 0
    let start = max(0, min(focusRow - listHeight / 2, rows.count - listHeight))
    for (n, row) in rows.dropFirst(start).prefix(listHeight).enumerated() {
      let y = area.y + n
      let field = form.fields[row.field]
      let focused = row.field == form.focused
      switch row.kind {
      case 0:
        let label = (field.required ? "* " : "  ") + field.label
        grid.write(
          TextFit.pad(label, to: labelWidth, ellipsis: glyphs.ellipsis), at: Point(x: area.x, y: y),
          style: Style(focused ? .accent : .overlay, focused ? [.bold] : []), clip: area)
        // The input takes the form's width, less what is written beside it (a short message or
        // the note field's editor hint); `inputWidth` is only its minimum.
        let message = form.message(for: row.field)
        let side: String? =
          message.flatMap { DisplayWidth.of($0) <= messageWidth ? $0 : nil }
          ?? (focused && field.kind == .note ? "Ctrl-E: $EDITOR" : nil)
        let room = area.maxX - area.x - labelWidth
        let box = Rect(
          x: area.x + labelWidth, y: y,
          width: max(min(inputWidth, room), room - (side.map { DisplayWidth.of($0) + 2 } ?? 0)), height: 1)
        if field.kind == .note, field.note.contains("\n") {
          let lines = field.note.split(separator: "\n", omittingEmptySubsequences: false).count
          grid.write(
            "\(lines) lines · Ctrl-E edits", at: Point(x: box.x, y: y), style: Style(.muted), clip: box)
        } else {
          field.input.render(
            into: &grid, area: box, focused: focused, style: Style(.overlay, focused ? [.underline] : []))
        }
        if let side {
          grid.write(
            side, at: Point(x: box.maxX + 2, y: y), style: Style(side == message ? .negative : .muted),
            clip: area)
        }
      case 1:
        grid.write(row.text, at: Point(x: area.x + labelWidth, y: y), style: Style(.negative), clip: area)
      default:
        grid.write(row.text, at: Point(x: area.x + labelWidth, y: y), style: Style(.muted), clip: area)
      }
    }
    let bottom = Point(x: area.x, y: area.maxY - 1)
    if form.confirmingDiscard {
      grid.write("discard changes? y/n", at: bottom, style: Style(.warning, [.bold]), clip: area)
    } else if let error = form.error {
      grid.write("not saved: " + error, at: bottom, style: Style(.negative, [.bold]), clip: area)
    } else {
      grid.write(
        "Tab/↑↓ fields · Tab completes · Enter save · Esc cancel · * required", at: bottom,
        style: Style(.muted),
        clip: area)
    }
  }
}
