import Foundation

/// `--e2e 1 --variant hand-1`: the hand-written Swift version of `saha-organizing` and `bukgu-meal`, single-threaded,
/// end to end, as a careful programmer would write it without the rules engine:
///
/// - read: the CSV memory-mapped (pages released behind the parse) and parsed byte by byte, the separators of 64 bytes
///   at a time found as one bitmask, the rest of a line skipped 16 bytes at a time, only the columns the two services
///   read (found by header name, quoted fields included), into 32-byte `HandApplicant`s and one id store
///   (HandWrittenReader.swift, HandWrittenScan.swift, HandWrittenDecode.swift, HandWrittenApplicants.swift);
/// - evaluate: both services precomputed from the per-service logic (HandWrittenRules.swift) into small lookup
///   tables over the facts they read, with the exact income band from the median table by integer
///   cross-multiplication; applicants with a missing fact go through a memo filled from the same logic
///   (HandWrittenTables.swift, HandWrittenDerived.swift);
/// - rank: by priority → exact income ratio → application date → id → input line, with a radix sort on compact keys
///   and an exact comparison within ties (HandWrittenRank.swift);
/// - write: the same CSV `screen batch` writes, byte for byte, from pre-rendered per-outcome pieces through one reused
///   output buffer (HandWrittenText.swift, HandWrittenWriter.swift).
///
/// Accepted cells (a subset of what `ApplicantTableCellDecoder` takes, enough for the generated population and for
/// typical exports): canonical header names; booleans `1/0`, `true/false` (any of `true`, `TRUE`, `True`), `Y/N`,
/// `y/n`, `예/아니오/아니요`; money as digits with or without thousands separators and an optional `원`; dates
/// `YYYY-MM-DD`, `YYYY.MM.DD`, `YYYYMMDD`; enumerations by case name; cells trimmed of ASCII white space. A row
/// with the wrong number of columns, a nonexistent or malformed date, a negative or malformed number or an unknown
/// case is rejected (counted, not written), as the engine rejects it.
enum HandWrittenBench {
  /// The services, in the order rows are written.
  enum Service { case saha, bukgu }

  /// Runs the variant on `options.input`, writing `options.output` and its `.stats`.
  static func run(options: Options) throws {
    let clock = ContinuousClock()
    let whole = clock.now
    var start = whole
    let services: [Service] = try options.services.map {
      switch $0 {
      case "saha-organizing": return .saha
      case "bukgu-meal": return .bukgu
      default: throw UsageError(message: "hand-1 knows only saha-organizing and bukgu-meal, not \($0)")
      }
    }

    // ── Read: memory-map the file and parse the columns the services read. ──
    let fd = open(options.input, O_RDONLY)
    guard fd >= 0 else { throw UsageError(message: "cannot open \(options.input)") }
    var info = stat()
    fstat(fd, &info)
    let size = Int(info.st_size)
    guard size < Int(HandApplicants.quoteBit) else { throw UsageError(message: "hand-1 reads inputs under 2 GB") }
    var mapped: UnsafeMutableRawPointer? = nil
    if size > 0 {
      let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
      guard let p, p != MAP_FAILED else { throw UsageError(message: "cannot map \(options.input)") }
      madvise(p, size, MADV_SEQUENTIAL)
      mapped = p
    }
    close(fd)
    // An empty file has no mapping: any non-null pointer does, as no byte is read.
    let bytes = UnsafePointer<UInt8>(mapped?.assumingMemoryBound(to: UInt8.self)) ?? UnsafePointer(bitPattern: 1)!
    var reader = HandCSVReader(base: bytes, count: size)
    try reader.readHeader()
    let applicants = reader.makeStorage()
    reader.readRows(into: applicants)
    if let mapped { munmap(mapped, size) }
    let count = applicants.count
    report("hand-1: read + parse CSV", clock.now - start, "\(count) applicants, \(reader.rejected) rejected")

    // ── Evaluate both services for every applicant: the timed evaluation loop. ──
    start = clock.now
    let tables = HandTables()
    let built = clock.now - start
    let saha: UnsafeMutablePointer<UInt16> = HandMemory.allocate(count)
    let bukgu: UnsafeMutablePointer<UInt16> = HandMemory.allocate(count)
    defer {
      HandMemory.deallocate(saha)
      HandMemory.deallocate(bukgu)
    }
    let cpuStart = threadCPUTime()
    let loopStart = clock.now
    tables.evaluate(applicants.rows, count: count, saha: saha, bukgu: bukgu)
    let evaluation = clock.now - loopStart
    let evaluationCPU = threadCPUTime() - cpuStart
    let pairs = count * services.count
    report(
      "hand-1: evaluate", evaluation,
      "\(count * 2) pairs, \(rate(count * 2, evaluation)) (thread CPU \(rate(count * 2, evaluationCPU))), "
        + "tables built in \(EndToEndBench.ms(seconds(built))) ms")

    // ── Rank each service's eligible applicants. ──
    start = clock.now
    let sahaRanks = HandRank.ranks(saha, outcomes: tables.outcomes[0], applicants: applicants)
    let bukguRanks = HandRank.ranks(bukgu, outcomes: tables.outcomes[1], applicants: applicants)
    report("hand-1: rank", clock.now - start, "\(sahaRanks.count) + \(bukguRanks.count) eligible")

    // ── Write the CSV. ──
    start = clock.now
    var writer = try HandCSVWriter(path: options.output)
    let columns = [
      HandCSVWriter.Service(text: HandServiceText(service: 0, outcomes: tables.outcomes[0]), outcomeIDs: saha, ranks: sahaRanks),
      HandCSVWriter.Service(text: HandServiceText(service: 1, outcomes: tables.outcomes[1]), outcomeIDs: bukgu, ranks: bukguRanks),
    ]
    writer.write(applicants, services: services.map { $0 == .saha ? columns[0] : columns[1] })
    report("hand-1: write CSV", clock.now - start)
    let total = clock.now - whole
    let peak = EndToEndBench.peakMemoryMB()
    report(
      "hand-1: end to end", total,
      "\(pairs) pairs, \(reader.rejected) rejected, \(rate(pairs, total)) pairs end to end, peak \(peak) MB")
    EndToEndBench.writeStats(
      options.output, endToEnd: total, pairs: pairs, peakMB: peak, evaluation: evaluation, evaluationCPU: evaluationCPU)
  }
}
