/// Ticking play steps and stage exit criteria, and scoring MEDDPICC: the one place these change
/// on a deal (commands, cockpit keys and importers all come here).
///
/// A tick lives in `playProgress` (key: play id, or `criteriaKey(stage:)` for exit criteria; value:
/// sorted indexes). Who ticked it and when is a `.checklist` entry in `history`, so the existing
/// file format, sync (ticks merge as set elements) and the methods report keep working unchanged.
extension Deal {
  /// `KEY#INDEX`: how a checklist item is named in `history` (`to` when ticked, `from` when unticked).
  public static func checklistToken(key: String, index: Int) -> String { "\(key)#\(index)" }

  /// Whether item `index` of checklist `key` (a play id or `criteriaKey(stage:)`) is ticked.
  public func isTicked(key: String, index: Int) -> Bool { playProgress[key]?.contains(index) ?? false }

  /// Ticks (`done`) or unticks an item, logging who and when; a no-op when already so.
  public mutating func setTicked(_ done: Bool, key: String, index: Int, at: Timestamp, by: String?) {
    guard isTicked(key: key, index: index) != done else { return }
    var list = playProgress[key] ?? []
    if done {
      list.append(index)
      list.sort()
    } else {
      list.removeAll { $0 == index }
    }
    playProgress[key] = list.isEmpty ? nil : list
    let token = Deal.checklistToken(key: key, index: index)
    history.append(
      DealChange(at: at, field: .checklist, from: done ? nil : token, to: done ? token : nil, by: by))
    updatedAt = at
  }

  /// The history entry that ticked a currently ticked item (who and when), nil when it is not
  /// ticked or was ticked without a record of it (demo data, files written before ticks were logged).
  public func tick(of key: String, index: Int) -> DealChange? {
    guard isTicked(key: key, index: index) else { return nil }
    let token = Deal.checklistToken(key: key, index: index)
    return history.last { $0.field == .checklist && ($0.to == token || $0.from == token) }
      .flatMap { $0.to == token ? $0 : nil }
  }

  /// Sets one MEDDPICC element: `status` nil keeps the current one (unknown if never set), `note`
  /// nil keeps the note and `.some(nil)` clears it. Stamps who and when; a no-op when unchanged.
  public mutating func setQualification(
    _ element: QualificationElement, status: QualificationStatus?, note: String??, at: Timestamp,
    by: String?
  ) {
    let old = qualification[element]
    let newStatus = status ?? old?.status ?? .unknown
    let newNote = note.map { $0.flatMap { CommandRules.text($0) } } ?? old?.note
    guard newStatus != (old?.status ?? .unknown) || newNote != old?.note else { return }
    let entry = QualificationEntry(
      status: newStatus, note: newNote, by: by, at: at, contactId: old?.contactId)
    qualification[element] = entry.isBlank ? nil : entry
    updatedAt = at
  }

  /// Points a MEDDPICC element at a contact (nil: at nobody), keeping its status and note and
  /// stamping who and when; a no-op when unchanged. The caller checks the contact
  /// (`QualificationContact.set`): this only writes.
  public mutating func setQualificationContact(
    _ element: QualificationElement, contactId: String?, at: Timestamp, by: String?
  ) {
    let old = qualification[element]
    guard contactId != old?.contactId else { return }
    let entry = QualificationEntry(
      status: old?.status ?? .unknown, note: old?.note, by: by, at: at, contactId: contactId)
    qualification[element] = entry.isBlank ? nil : entry
    updatedAt = at
  }
}
