/// Where each schema field lives in a ``RecordBatch``: which typed column array, and which column in it.
///
/// Storage follows the field's type:
///
/// | field type | column | missing marker |
/// |---|---|---|
/// | `count`, `money` | `Int64` in ``RecordBatch/int64Columns`` | ``RecordBatch/missingInt64`` (`Int64.min`) |
/// | `ratio` | two `Int64` columns (numerator, denominator > 0) | denominator `0` |
/// | `date` | `Int32` day number (``CivilDate/dayNumber``) in ``RecordBatch/dayColumns`` | ``RecordBatch/missingDay`` |
/// | `bool`, enumeration | `UInt8` (0/1, or the case index) in ``RecordBatch/byteColumns`` | ``RecordBatch/missingByte`` (255) |
/// | `text` | `Int32` interned id in ``RecordBatch/textColumns`` | ``RecordBatch/missingText`` (−1) |
/// | `duration` and anything else | `Value?` in ``RecordBatch/valueColumns`` | `nil` |
public struct ColumnLayout: Sendable, Hashable {
  /// The column of one field.
  public enum Storage: Sendable, Hashable {
    /// An `Int64` column (count, money).
    case int64(Int)
    /// Two `Int64` columns: numerator and positive denominator (ratio).
    case ratio(numerator: Int, denominator: Int)
    /// An `Int32` day-number column (date).
    case day(Int)
    /// A `UInt8` column (bool as 0/1, enumeration case index).
    case byte(Int)
    /// An `Int32` interned-text column.
    case text(Int)
    /// A generic `Value?` column, for types the compiled form does not store natively (duration).
    case value(Int)
  }

  /// The storage of each field, by schema slot.
  public let fields: [Storage]
  /// The type of each field, by schema slot.
  public let types: [ValueType]
  /// How many `Int64` columns a batch has.
  public let int64Count: Int
  /// How many day-number columns a batch has.
  public let dayCount: Int
  /// How many byte columns a batch has.
  public let byteCount: Int
  /// How many text columns a batch has.
  public let textCount: Int
  /// How many generic value columns a batch has.
  public let valueCount: Int

  /// Lays out the columns of a schema, in slot order within each column kind.
  ///
  /// - Parameter schema: the ruleset's input schema.
  public init(_ schema: Schema) {
    var fields: [Storage] = []
    var int64 = 0
    var day = 0
    var byte = 0
    var text = 0
    var value = 0
    for field in schema.fields {
      switch field.type {
      case .count, .money:
        fields.append(.int64(int64))
        int64 += 1
      case .ratio:
        fields.append(.ratio(numerator: int64, denominator: int64 + 1))
        int64 += 2
      case .date:
        fields.append(.day(day))
        day += 1
      case .bool, .enumeration:
        fields.append(.byte(byte))
        byte += 1
      case .text:
        fields.append(.text(text))
        text += 1
      default:
        fields.append(.value(value))
        value += 1
      }
    }
    self.fields = fields
    self.types = schema.fields.map(\.type)
    int64Count = int64
    dayCount = day
    byteCount = byte
    textCount = text
    valueCount = value
  }
}
