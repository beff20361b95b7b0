import SalesFloorKit

/// The first-run welcome page: the steps from an empty workspace to a first deal, done inside the
/// cockpit (`P` adds yourself, then `a` a deal), each ticked once done.
///
/// Why: a deal needs an owner, so the old advice (`deal add` on the command line) failed until a
/// person existed; the page now leads through the order that works.
public enum FirstRun {
  /// True while the workspace holds no deals and no accounts and at most one person (yourself).
  public static func isFirstRun(_ ws: Workspace) -> Bool {
    ws.deals.isEmpty && ws.accounts.isEmpty && ws.people.count <= 1
  }

  /// The page's lines and their roles: the steps (done ones ticked), then the other ways in.
  public static func lines(_ ws: Workspace) -> [(String, StyleRole)] {
    let me = ws.people.items.first
    let step1 =
      me.map { "  [x] 1. You are \($0.name) (\($0.role.rawValue))" }
      ?? "  [ ] 1. Press P to add yourself: name and role"
    let step2 = "  [ ] 2. Add a deal: press a" + (me == nil ? " once step 1 is done" : "")
    return [
      ("Welcome to SalesFloor", .title),
      ("", .text),
      ("This workspace is empty. Two steps, right here:", .text),
      ("", .text),
      (step1, me == nil ? .accent : .positive),
      (step2, me == nil ? .muted : .accent),
      ("", .text),
      ("Other ways in:", .muted),
      ("  Demo data        salesfloor demo --data DIR   (or: salesfloor --demo)", .muted),
      ("  Import a CSV     press :, then  import FILE.csv [salesforce|hubspot|pipedrive]", .muted),
      ("", .text),
      ("? lists every key · q quits", .muted),
    ]
  }
}
