/// The registers and per-record flags one block is computed into (views of a ``BatchWorkspace``).
struct BlockRegisters {
  /// Register values; register `r` for record `i` of the block at `values[r * stride + i]`.
  let values: UnsafeMutablePointer<Int64>
  /// Known flags (0/1), laid out as ``values``.
  let known: UnsafeMutablePointer<UInt8>
  /// Per record: 1 when a rational did not fit 64 bits and the record must go to the reference evaluator.
  let exotic: UnsafeMutablePointer<UInt8>
  /// The block size.
  let stride: Int

  @inline(__always) func value(_ register: Int) -> UnsafeMutablePointer<Int64> { values + register * stride }
  @inline(__always) func flag(_ register: Int) -> UnsafeMutablePointer<UInt8> { known + register * stride }
}
