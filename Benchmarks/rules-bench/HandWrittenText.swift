import Foundation

/// One service's outcomes as CSV text, rendered once per outcome id: the middle of a row,
/// `service,result,priority,tier,gov_subsidy,copay,price,`, and its end, `reasons` and the line feed. An eligible
/// row's rank goes between them; an end that names the row's own values (`no-table:…`, `no-row:…`) is rendered per
/// row instead.
final class HandServiceText {
  /// Where an outcome's pieces are in `bytes`: the middle at `start`, the end right after it.
  struct Piece {
    var start: Int32 = 0
    var middle: Int16 = 0
    var end: Int16 = 0
    /// The row has a rank (eligible).
    var ranked = false
    /// The end is rendered per row, from `reasons` (`HandCSVWriter.reasons`).
    var perRow = false
    var reasons: UInt64 = 0
  }

  let pieces: UnsafeMutablePointer<Piece>
  /// The pieces' bytes, with 64 bytes of slack for block copies.
  let bytes: UnsafeMutablePointer<UInt8>
  /// The longest middle plus end, in bytes.
  let longest: Int

  /// Subsidy and co-payment by tier, then the price, per service.
  static let amounts: [[(Int, Int)]] = [
    [(475_000, 25_000), (450_000, 50_000), (400_000, 100_000)],
    [(220_000, 20_000), (200_000, 40_000), (180_000, 80_000), (120_000, 120_000)],
  ]
  static let names = ["saha-organizing", "bukgu-meal"]
  static let prices = ["500000", "240000"]
  /// Failed criteria's label heads, in label order, per service.
  static let labels = [["거주지", "소득", "가구특성"], ["거주지", "연령", "욕구기준", "가구특성"]]
  static let words = ["ineligible", "eligible", "undetermined"]

  /// Renders the outcomes of service `service` (0 `saha-organizing`, 1 `bukgu-meal`).
  init(service: Int, outcomes: [HandOutcome]) {
    var text: [UInt8] = []
    var pieces: [Piece] = []
    for o in outcomes {
      var middle = HandServiceText.names[service] + "," + HandServiceText.words[Int(o.decision & 3)] + ","
      middle += (o.priority == 0 ? "" : String(o.priority)) + ","
      let amounts = HandServiceText.amounts[service]
      if o.tier == 0 || Int(o.tier) > amounts.count {
        middle += ",,,"
      } else {
        middle += "\(o.tier),\(amounts[Int(o.tier) - 1].0),\(amounts[Int(o.tier) - 1].1),"
      }
      middle += HandServiceText.prices[service] + ","
      var end = ""
      var perRow = false
      if o.decision == 4 {
        end = "outside-period"
      } else if o.decision == 0 {
        let failed = HandServiceText.labels[service].enumerated().filter { o.failed & (1 << $0.offset) != 0 }
        end = failed.map(\.element).joined(separator: ";")
      } else {
        end = HandServiceText.reasons(o.reasons, nil)
        perRow = HandServiceText.namesRow(o.reasons)
      }
      let start = text.count
      text += Array(middle.utf8)
      text += Array((end + "\n").utf8)
      pieces.append(Piece(
        start: Int32(start), middle: Int16(middle.utf8.count), end: Int16(end.utf8.count + 1), ranked: o.decision == 1,
        perRow: perRow, reasons: o.reasons))
    }
    self.pieces = .allocate(capacity: max(pieces.count, 1))
    self.pieces.initialize(from: pieces, count: pieces.count)
    bytes = .allocate(capacity: text.count + 64)
    bytes.initialize(from: text + [UInt8](repeating: 0, count: 64), count: text.count + 64)
    longest = pieces.map { Int($0.middle) + Int($0.end) }.max() ?? 0
  }

  /// Whether a reason list has a reason that names the row's own values.
  static func namesRow(_ reasons: UInt64) -> Bool {
    var rest = reasons
    while rest != 0 {
      let id = UInt8(truncatingIfNeeded: rest)
      if id == HandReason.noTable || id == HandReason.noRow { return true }
      rest >>= 8
    }
    return false
  }

  /// A reason list's text, `;`-separated; `a` supplies the values `no-table` and `no-row` name.
  static func reasons(_ reasons: UInt64, _ a: HandApplicant?) -> String {
    var rest = reasons
    var names: [String] = []
    while rest != 0 {
      let id = UInt8(truncatingIfNeeded: rest)
      rest >>= 8
      switch id {
      case HandReason.noTable: names.append("no-table:median_income:" + dateText(a?.application ?? 0))
      case HandReason.noRow: names.append("no-row:median_income:\(a?.householdSize ?? 0)")
      case HandReason.noReferenceDate: names.append("no-reference-date")
      default: names.append("ask:" + HandReason.fieldNames[Int(id)])
      }
    }
    return names.joined(separator: ";")
  }

  /// A packed date as `YYYY-MM-DD`.
  static func dateText(_ packed: Int32) -> String {
    let y = Int(packed >> 9), m = Int(packed >> 5 & 15), d = Int(packed & 31)
    return String(repeating: "0", count: max(0, 4 - String(y).count)) + String(y) + (m < 10 ? "-0" : "-") + String(m)
      + (d < 10 ? "-0" : "-") + String(d)
  }

  deinit {
    pieces.deallocate()
    bytes.deallocate()
  }
}
