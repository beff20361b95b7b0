extension WorkspaceCheck {
  /// Contacts and what points at them: a contact's account, a deal's buying-team links and an
  /// activity's contact must exist (errors: a dangling link shows nobody); a malformed email or a
  /// contact linked twice to one deal is a warning to clean up.
  static func checkContacts(_ ws: Workspace, _ out: inout [CheckFinding]) {
    for c in ws.contacts.items {
      if ws.accounts[id: c.accountId] == nil {
        out.append(.init(.error, .contacts, c.id, "account \(c.accountId) does not exist"))
      }
      if let e = c.email, !ContactRules.isEmail(e) {
        out.append(.init(.warning, .contacts, c.id, "email \"\(e)\" is not an email address"))
      }
    }
    for d in ws.deals.items where !d.contacts.isEmpty {
      var seen: Set<String> = []
      for l in d.contacts {
        if ws.contacts[id: l.contactId] == nil {
          out.append(.init(.error, .deals, d.id, "contact \(l.contactId) does not exist"))
        }
        if !seen.insert(l.contactId).inserted {
          out.append(.init(.warning, .deals, d.id, "contact \(l.contactId) is linked twice"))
        }
      }
    }
    for a in ws.activities.items {
      if let c = a.contactId, ws.contacts[id: c] == nil {
        out.append(.init(.error, .activities, a.id, "contact \(c) does not exist"))
      }
    }
  }
}
