/// Edits to a deal that keep its history: every stage, close-date, amount, owner, category and
/// probability change is logged with who and when, because days in stage, slips and stage
/// conversion are computed from that log. CLI, cockpit and importers all edit deals through these.
extension Deal {
  /// The checklist key under which a stage's met exit criteria are kept in `playProgress`.
  public static func criteriaKey(stage: String) -> String { "stage:" + stage }

  /// Moves the deal to another stage (no-op when already there).
  public mutating func move(to newStage: String, at: Timestamp, by: String?) {
    guard newStage != stage else { return }
    history.append(DealChange(at: at, field: .stage, from: stage, to: newStage, by: by))
    stage = newStage
    updatedAt = at
  }

  public mutating func setCloseDate(_ day: Day?, at: Timestamp, by: String?) {
    guard day != closeDate else { return }
    history.append(DealChange(at: at, field: .closeDate, from: closeDate?.iso, to: day?.iso, by: by))
    closeDate = day
    updatedAt = at
  }

  public mutating func setAmount(_ minor: Int64, at: Timestamp, by: String?) {
    guard minor != amount else { return }
    history.append(DealChange(at: at, field: .amount, from: String(amount), to: String(minor), by: by))
    amount = minor
    updatedAt = at
  }

  public mutating func setOwner(_ personId: String, at: Timestamp, by: String?) {
    guard personId != ownerId else { return }
    history.append(DealChange(at: at, field: .owner, from: ownerId, to: personId, by: by))
    ownerId = personId
    updatedAt = at
  }

  public mutating func setForecastCategory(_ category: ForecastCategory?, at: Timestamp, by: String?) {
    guard category != forecastCategory else { return }
    history.append(
      DealChange(
        at: at, field: .forecastCategory, from: forecastCategory?.rawValue, to: category?.rawValue, by: by))
    forecastCategory = category
    updatedAt = at
  }

  public mutating func setProbability(_ percent: Int?, at: Timestamp, by: String?) {
    guard percent != probability else { return }
    history.append(
      DealChange(
        at: at, field: .probability, from: probability.map(String.init), to: percent.map(String.init), by: by)
    )
    probability = percent
    updatedAt = at
  }

  /// Closes the deal won or lost on `day` (the close date becomes the real one).
  public mutating func close(
    won: Bool, reason: String?, on day: Day, settings: Settings, at: Timestamp, by: String?
  ) {
    let target = won ? settings.wonStage : settings.lostStage
    if let target { move(to: target.id, at: at, by: by) }
    setCloseDate(day, at: at, by: by)
    lostReason = won ? nil : reason
    updatedAt = at
  }

  /// Exit criteria of `stage` not yet ticked on this deal: the soft gate shown when moving on.
  public func openExitCriteria(settings: Settings) -> [String] {
    guard let st = settings.stage(stage) else { return [] }
    let met = Set(playProgress[Deal.criteriaKey(stage: stage)] ?? [])
    return st.exitCriteria.enumerated().filter { !met.contains($0.offset) }.map(\.element)
  }

  /// The next (or previous) open stage in process order; moving forward from the last open
  /// stage is not offered (closing is an explicit won/lost decision).
  public func adjacentStage(forward: Bool, settings: Settings) -> Stage? {
    let open = settings.openStages
    guard let i = open.firstIndex(where: { $0.id == stage }) else {
      // A closed deal moved back reopens in the last open stage.
      return forward ? nil : open.last
    }
    let j = forward ? i + 1 : i - 1
    return open.indices.contains(j) ? open[j] : nil
  }
}

/// Edits of the fields that identify a deal, logged like the others so a renamed or re-homed deal
/// (or one re-priced in another currency) can be traced.
extension Deal {
  public mutating func rename(_ newName: String, at: Timestamp, by: String?) {
    guard newName != name else { return }
    history.append(DealChange(at: at, field: .name, from: name, to: newName, by: by))
    name = newName
    updatedAt = at
  }

  public mutating func setAccount(_ id: String?, at: Timestamp, by: String?) {
    guard id != accountId else { return }
    history.append(DealChange(at: at, field: .account, from: accountId, to: id, by: by))
    accountId = id
    updatedAt = at
  }

  /// Amount and currency together: a currency change is logged as its own entry, so an amount
  /// entry always compares minor units of one currency.
  public mutating func setMoney(_ money: Money, at: Timestamp, by: String?) {
    if money.currency != currency {
      history.append(DealChange(at: at, field: .currency, from: currency, to: money.currency, by: by))
      currency = money.currency
      updatedAt = at
    }
    setAmount(money.minor, at: at, by: by)
  }

  /// The next step and its day (not logged: it changes daily and is no forecast input).
  public mutating func setNextStep(_ step: String?, date: Day?, at: Timestamp) {
    guard step != nextStep || date != nextStepDate else { return }
    nextStep = step
    nextStepDate = date
    updatedAt = at
  }
}
