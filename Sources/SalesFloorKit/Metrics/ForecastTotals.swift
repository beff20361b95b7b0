/// Amounts per forecast category (each deal counted once, in its own category), minor units.
public struct ForecastBuckets: Hashable, Sendable, Codable {
  public var pipeline: Int64 = 0
  public var bestCase: Int64 = 0
  public var commit: Int64 = 0
  public var closed: Int64 = 0
  public var omitted: Int64 = 0

  public init() {}

  public subscript(_ c: ForecastCategory) -> Int64 {
    get {
      switch c {
      case .pipeline: return pipeline
      case .bestCase: return bestCase
      case .commit: return commit
      case .closed: return closed
      case .omitted: return omitted
      }
    }
    set {
      switch c {
      case .pipeline: pipeline = newValue
      case .bestCase: bestCase = newValue
      case .commit: commit = newValue
      case .closed: closed = newValue
      case .omitted: omitted = newValue
      }
    }
  }

  public static func + (a: ForecastBuckets, b: ForecastBuckets) -> ForecastBuckets {
    var s = ForecastBuckets()
    for c in ForecastCategory.allCases { s[c] = a[c] + b[c] }
    return s
  }

  /// The cumulative calls a manager reads: each includes everything more certain.
  public var cumulative: ForecastCumulative {
    ForecastCumulative(
      closed: closed, commit: commit + closed, bestCase: bestCase + commit + closed,
      pipeline: pipeline + bestCase + commit + closed)
  }
}

/// Cumulative forecast: Commit = Commit + Closed; Best Case = Best Case + Commit + Closed;
/// Pipeline = every open non-omitted deal + Closed.
public struct ForecastCumulative: Hashable, Sendable, Codable {
  public var closed: Int64
  public var commit: Int64
  public var bestCase: Int64
  public var pipeline: Int64

  public init(closed: Int64, commit: Int64, bestCase: Int64, pipeline: Int64) {
    self.closed = closed
    self.commit = commit
    self.bestCase = bestCase
    self.pipeline = pipeline
  }
}

/// Raw buckets and their cumulative calls together, as reports print them.
public struct ForecastTotals: Hashable, Sendable, Codable {
  public var categories: ForecastBuckets
  public var cumulative: ForecastCumulative

  public init(_ buckets: ForecastBuckets) {
    categories = buckets
    cumulative = buckets.cumulative
  }
}
