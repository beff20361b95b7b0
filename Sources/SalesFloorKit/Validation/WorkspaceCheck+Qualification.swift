extension WorkspaceCheck {
  /// A MEDDPICC champion or economic buyer pointing at a contact must point at one that exists
  /// (error: the scorecard would show nobody) and works at the deal's account (error: a buyer at
  /// another company is a typo the commands refuse, so only a hand-edited file or a contact moved
  /// to another account gets here); a contact on an element not about a person is a warning.
  static func checkQualificationContacts(_ ws: Workspace, _ out: inout [CheckFinding]) {
    for d in ws.deals.items where !d.qualification.isEmpty {
      for (e, entry) in d.qualification.entries.sorted(by: { $0.key < $1.key }) {
        guard let id = entry.contactId else { continue }
        guard e.namesPerson else {
          out.append(
            .init(
              .warning, .deals, d.id,
              "MEDDPICC \(e.rawValue) points at contact \(id) but is not about a person"))
          continue
        }
        guard let c = ws.contacts[id: id] else {
          out.append(.init(.error, .deals, d.id, "MEDDPICC \(e.rawValue): contact \(id) does not exist"))
          continue
        }
        if let a = d.accountId, a != c.accountId {
          out.append(
            .init(
              .error, .deals, d.id,
              "MEDDPICC \(e.rawValue): contact \(c.id) (\(c.name)) works at account \(c.accountId), not at the deal's \(a)"
            ))
        }
      }
    }
  }
}
