/// `Codable` for the records that link to products (plays, content, training modules): the
/// synthesized form with one difference, `productIds` is omitted when empty and read as empty
/// when absent, so files written before product links load and save byte-identical. The fast
/// codec writes the same keys (`FastEncode+Records.swift`).
extension Playbook {
  enum CodingKeys: String, CodingKey {
    case id, name, framework, summary, situation, steps, questions, talkTrack, objections, redFlags
    case contentIds, productIds
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
      framework: try c.decodeIfPresent(String.self, forKey: .framework),
      summary: try c.decode(String.self, forKey: .summary),
      situation: try c.decode(Situation.self, forKey: .situation),
      steps: try c.decode([String].self, forKey: .steps),
      questions: try c.decode([Question].self, forKey: .questions),
      talkTrack: try c.decode(String.self, forKey: .talkTrack),
      objections: try c.decode([Objection].self, forKey: .objections),
      redFlags: try c.decode([String].self, forKey: .redFlags),
      contentIds: try c.decode([String].self, forKey: .contentIds),
      productIds: try c.decodeIfPresent([String].self, forKey: .productIds) ?? [])
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encodeIfPresent(framework, forKey: .framework)
    try c.encode(summary, forKey: .summary)
    try c.encode(situation, forKey: .situation)
    try c.encode(steps, forKey: .steps)
    try c.encode(questions, forKey: .questions)
    try c.encode(talkTrack, forKey: .talkTrack)
    try c.encode(objections, forKey: .objections)
    try c.encode(redFlags, forKey: .redFlags)
    try c.encode(contentIds, forKey: .contentIds)
    if !productIds.isEmpty { try c.encode(productIds, forKey: .productIds) }
  }
}

extension ContentItem {
  enum CodingKeys: String, CodingKey {
    case id, title, kind, link, stageIds, playIds, productIds
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try c.decode(String.self, forKey: .id), title: try c.decode(String.self, forKey: .title),
      kind: try c.decode(String.self, forKey: .kind), link: try c.decode(String.self, forKey: .link),
      stageIds: try c.decode([String].self, forKey: .stageIds),
      playIds: try c.decode([String].self, forKey: .playIds),
      productIds: try c.decodeIfPresent([String].self, forKey: .productIds) ?? [])
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    try c.encode(kind, forKey: .kind)
    try c.encode(link, forKey: .link)
    try c.encode(stageIds, forKey: .stageIds)
    try c.encode(playIds, forKey: .playIds)
    if !productIds.isEmpty { try c.encode(productIds, forKey: .productIds) }
  }
}

extension TrainingModule {
  enum CodingKeys: String, CodingKey {
    case id, title, kind, durationMinutes, certificationValidDays, requiredFor, link, productIds
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try c.decode(String.self, forKey: .id), title: try c.decode(String.self, forKey: .title),
      kind: try c.decode(Kind.self, forKey: .kind),
      durationMinutes: try c.decodeIfPresent(Int.self, forKey: .durationMinutes),
      certificationValidDays: try c.decodeIfPresent(Int.self, forKey: .certificationValidDays),
      requiredFor: try c.decode([Person.Role].self, forKey: .requiredFor),
      link: try c.decodeIfPresent(String.self, forKey: .link),
      productIds: try c.decodeIfPresent([String].self, forKey: .productIds) ?? [])
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    try c.encode(kind, forKey: .kind)
    try c.encodeIfPresent(durationMinutes, forKey: .durationMinutes)
    try c.encodeIfPresent(certificationValidDays, forKey: .certificationValidDays)
    try c.encode(requiredFor, forKey: .requiredFor)
    try c.encodeIfPresent(link, forKey: .link)
    if !productIds.isEmpty { try c.encode(productIds, forKey: .productIds) }
  }
}
