extension StarterLibrary {
  /// Copies the starter plays, content and training into a workspace (new workspaces ship with
  /// them so guided selling works on day one); existing records with the same id are kept.
  public static func install(into workspace: inout Workspace) {
    for p in playbooks where !workspace.playbooks.contains(id: p.id) { workspace.playbooks.upsert(p) }
    for c in content where !workspace.content.contains(id: c.id) { workspace.content.upsert(c) }
    for m in trainingModules where !workspace.training.contains(id: m.id) { workspace.training.upsert(m) }
  }
}
