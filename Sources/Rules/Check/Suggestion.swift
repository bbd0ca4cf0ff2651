/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
  /// The candidate closest to `name`, if close enough to be a likely typo.
  ///
  /// - Parameters:
  ///   - name: what was written.
  ///   - candidates: the names that exist.
  /// - Returns: the closest candidate within distance 2 (or a third of the name's length, if larger).
  public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
    let limit = max(2, name.count / 3)
    var best: (String, Int)?
    for candidate in candidates where candidate != name {
      let distance = editDistance(name, candidate)
      if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
    }
    return best?.0
  }

  /// The optimal-string-alignment (Damerau–Levenshtein) distance between two strings.
  ///
  /// - Complexity: O(m × n).
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous2 = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[y.count]
  }
}
