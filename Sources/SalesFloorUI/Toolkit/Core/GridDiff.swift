/// A run of changed cells on one row, starting at (`x`, `y`); continuation cells are left out
/// because writing a wide character covers them.
public struct CellChange: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var cells: [Cell]

  public init(x: Int, y: Int, cells: [Cell]) {
    self.x = x
    self.y = y
    self.cells = cells
  }

  /// Columns covered by the run.
  public var width: Int { cells.reduce(0) { $0 + $1.width } }
}

extension Grid {
  /// The cells that differ from `previous`, grouped into runs of adjacent cells, so the driver
  /// writes only what changed (ratatui's buffer diff).
  ///
  /// Wide-character aware: when a wide character in either frame is replaced, the cell it used to
  /// cover is rewritten too; the continuation half of a new wide character is never emitted.
  /// A grid of a different size is diffed against a blank one, i.e. everything non-blank is redrawn
  /// (the driver clears the screen on resize).
  public func diff(from previous: Grid) -> [CellChange] {
    let old = previous.size == size ? previous : Grid(size: size)
    var runs: [CellChange] = []
    // The open run on this row: its first column, the column after it, and its cells. Built in
    // a local array (appending to `runs.last` copied the run on every cell: quadratic per row).
    var start = -1
    var end = 0
    var run: [Cell] = []
    func flush(_ y: Int) {
      if start >= 0 { runs.append(CellChange(x: start, y: y, cells: run)) }
      start = -1
      run = []
    }
    cells.withUnsafeBufferPointer { now in
      old.cells.withUnsafeBufferPointer { then in
        for y in 0..<height {
          var invalidated = 0
          var toSkip = 0
          for x in 0..<width {
            let current = now[y * width + x]
            let before = then[y * width + x]
            if !current.isContinuation && (current != before || invalidated > 0) && toSkip == 0 {
              if start < 0 || end != x {
                flush(y)
                start = x
                end = x
              }
              run.append(current)
              end += current.width
            }
            toSkip = max(0, current.width - 1)
            let affected = max(current.width, before.width)
            invalidated = max(0, max(affected, invalidated) - 1)
          }
          flush(y)
        }
      }
    }
    return runs
  }
}
