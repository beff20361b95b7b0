/// Command line of `salesfloor-bench` (a plain parser: the bench depends on nothing but the app's modules).
struct Options: Sendable {
  var smoke = false
  var json = false
  var data: String?
  var deals = 100_000
  var people = 1_000
  var activities = 300_000
  var only: Set<String> = []
  /// Keystroke scenarios whose name contains this text (for profiling one at a time).
  var scenario: String?
  /// Internal: open the cockpit on this folder, press a few keys, print peak RSS and exit.
  var rssProbe: String?
  var scalingSizes = [10_000, 100_000, 300_000]

  static let usage = """
    usage: salesfloor-bench [--smoke] [--json] [--data DIR] [--deals N --people N --activities N]
                            [--only open,keys,filter,edit,changes,sync,report,memory,scaling] [--scenario TEXT]
      --smoke   a small generated workspace, few iterations: proves every benchmark runs (CI)
      --data    measure an existing workspace (edits run on a temporary copy)
      --only    run these groups (default: all; scaling generates 10k/100k/300k-deal workspaces)
      --scenario  only the keystroke scenarios (keys) or change-set parts (changes: "undo redo",
                  "external move", "batch 500", "rebuild") whose name contains TEXT (to profile one)
    """

  /// Iterations per keystroke benchmark.
  var keyIterations: Int { smoke ? 30 : 200 }
  var openRuns: Int { smoke ? 2 : 5 }
  var editIterations: Int { smoke ? 20 : 300 }
  var reportRuns: Int { smoke ? 3 : 15 }

  func runs(_ group: String) -> Bool { only.isEmpty || only.contains(group) }

  static func parse(_ args: [String]) throws -> Options {
    var o = Options()
    var i = 0
    func value() throws -> String {
      i += 1
      guard i < args.count else { throw OptionError(message: "\(args[i - 1]) needs a value") }
      return args[i]
    }
    func int() throws -> Int {
      let v = try value()
      guard let n = Int(v.replacingOccurrences(of: "_", with: "")), n >= 0 else {
        throw OptionError(message: "\(args[i - 1]): not a count: \(v)")
      }
      return n
    }
    while i < args.count {
      switch args[i] {
      case "--smoke": o.smoke = true
      case "--json": o.json = true
      case "--data": o.data = try value()
      case "--deals": o.deals = try int()
      case "--people": o.people = try int()
      case "--activities": o.activities = try int()
      case "--only": o.only = Set(try value().split(separator: ",").map(String.init))
      case "--rss-probe": o.rssProbe = try value()
      case "--scenario": o.scenario = try value()
      case "-h", "--help": throw OptionError(message: usage)
      default: throw OptionError(message: "unknown argument \(args[i])\n" + usage)
      }
      i += 1
    }
    if o.smoke {
      o.deals = min(o.deals, 2_000)
      o.people = min(o.people, 60)
      o.activities = min(o.activities, 6_000)
      o.scalingSizes = [500, 1_000, 2_000]
    }
    return o
  }
}

struct OptionError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
