import Rules

/// Orders a service's eligible applicants by the service's declared ranking keys (`rank by …`).
///
/// Each key compares exactly (an income ratio as a rational, by 128-bit cross-multiplication, never a rounded
/// percentage); a missing value sorts after every known one; an applicant without a matched priority row sorts
/// after those with one. Ties are impossible: after the declared keys comes the input line, which is unique.
public enum WaitlistOrder {
  /// Assigns ranks 1…n to the eligible results of each service, in place.
  ///
  /// - Parameters:
  ///   - results: batch results (any services, any order); only eligible ones get a rank.
  ///   - ruleset: the ruleset whose services declare the keys.
  /// - Complexity: O(n log n) per service.
  public static func assignRanks(_ results: inout [BatchResult], ruleset: CheckedRuleset) {
    var byService: [Int: [Int]] = [:]
    for (index, result) in results.enumerated() where result.decision == .eligible {
      byService[result.service, default: []].append(index)
    }
    for (service, indices) in byService {
      let keys = ruleset.services[service].rankKeys
      let order = results.withUnsafeBufferPointer { all in
        let ranking = RankCodes(all, indices: indices, keys: keys)
        let lines = indices.map { all[$0].line }
        return ranking.codes.withUnsafeBufferPointer { codes in
          (0..<indices.count).sorted { a, b in
            for k in 0..<ranking.keyCount {
              let x = codes[a * ranking.keyCount + k]
              let y = codes[b * ranking.keyCount + k]
              if x != y { return x < y }
              if !ranking.exact[k] { return precedes(all[indices[a]], all[indices[b]], keys: keys) }
            }
            return lines[a] < lines[b]
          }
        }
      }
      for (place, position) in order.enumerated() { results[indices[position]].rank = place + 1 }
    }
  }

  /// Whether `a` comes before `b` on the waitlist.
  public static func precedes(_ a: borrowing BatchResult, _ b: borrowing BatchResult, keys: [RankKey]) -> Bool {
    var valueIndex = 0
    for key in keys {
      let left: Value?
      let right: Value?
      switch key.source {
      case .priority:
        left = a.priorityPosition.map { .count(Int64($0)) }
        right = b.priorityPosition.map { .count(Int64($0)) }
      case .field, .derived:
        left = valueIndex < a.rankValues.count ? a.rankValues[valueIndex] : nil
        right = valueIndex < b.rankValues.count ? b.rankValues[valueIndex] : nil
        valueIndex += 1
      }
      switch (left, right) {
      case (nil, nil): continue
      case (nil, _): return false
      case (_, nil): return true
      case (let x?, let y?):
        let order = compare(x, y)
        if order != 0 { return key.descending ? order > 0 : order < 0 }
      }
    }
    return a.line < b.line
  }

  /// Three-way comparison of two values of one type: numbers exactly, dates by day, text and enums by value.
  static func compare(_ a: Value, _ b: Value) -> Int {
    switch (a, b) {
    case (.date(let x), .date(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.text(let x), .text(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.enumCase(let x), .enumCase(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
    default:
      guard let x = a.rational, let y = b.rational else { return 0 }
      return x.compare(y)
    }
  }
}
