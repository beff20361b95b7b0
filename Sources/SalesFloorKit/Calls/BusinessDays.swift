extension Day {
  /// `n` working days later (Monday to Friday; no holiday calendar): "call again in 2 business
  /// days" from a Friday is Tuesday.
  public func adding(businessDays n: Int) -> Day {
    var d = self
    var left = max(0, n)
    while left > 0 {
      d = d.adding(days: 1)
      if d.weekday <= 5 { left -= 1 }
    }
    return d
  }
}
