import Eligibility
import Foundation
import Rules

#if canImport(Glibc)
  import Glibc
#endif

/// `screen batch APPLICANTS`: screens a whole table of applicants, one output row per applicant × service, with
/// waitlist ranks (or, with `--no-rank`, streamed without them); bad rows are reported (stderr and `--errors
/// FILE`, as they are found) and counted, never dropped.
enum BatchCommand {
  /// Runs the command.
  static func run(_ arguments: ParsedArguments) throws -> ExitCode {
    let language = arguments.language
    let context = try CommandRunner.loadRules(arguments)
    let input = arguments.argument("applicants") ?? "-"
    let format = try arguments.choice("format", as: OutputFormat.self) == .jsonl ? BatchTableWriter.Format.jsonl : .csv
    let asOf = try arguments.date("as-of")
    let encoding = TextEncodingOption(argument: arguments.string("encoding") ?? "auto") ?? .automatic
    let ranked = !arguments.flag("no-rank")
    let screening: BatchScreening
    do {
      screening = try BatchScreening(context: context, services: arguments.strings("service"), asOf: asOf)
    } catch {
      throw CommandFailure(message: "error: " + error.message(in: language), code: .invalidUsage)
    }
    let reader = ApplicantTableReader(ruleset: context.ruleset, encoding: encoding)
    var errorsFile = try arguments.string("errors").map { try open($0, language: language) }
    let showProgress = isatty(2) == 1
    let run = BatchRun(screening: screening)
    let onRejected = { (bad: RowErrors) in
      let text = bad.rendered(in: language)
      Console.error(text)
      Array(text.utf8).withUnsafeBufferPointer { errorsFile?.write($0) }
    }
    let onProgress = { (rows: Int) in
      if showProgress { Console.progress(language == .korean ? "처리 중: \(rows)행" : "rows read: \(rows)") }
    }
    let out = arguments.string("out").flatMap { $0 == "-" ? nil : $0 }
    let outcome: BatchOutcome
    let writer = BatchTableWriter(format: format, ruleset: context.ruleset)
    do {
      if ranked {
        outcome = try runRanked(run, input: input, reader: reader, writer: writer, out: out, arguments, onRejected, onProgress)
      } else {
        var file = try open(out, language: language)
        defer { if file.descriptor != 1 { close(file.descriptor) } }
        outcome = try runStreaming(run, input: input, reader: reader, writer: writer, into: &file, arguments, onRejected, onProgress)
        if file.failed { throw cannotWrite(out, language: language) }
      }
    } catch let error as ApplicantTableError {
      throw CommandFailure(message: error.rendered(in: language), code: .invalidUsage)
    }
    if showProgress { Console.progress("") }
    if let errors = errorsFile {
      close(errors.descriptor)
      if errors.failed { throw cannotWrite(arguments.string("errors"), language: language) }
    }
    let provenance = BatchProvenance(context: context, asOf: asOf, outcome: outcome, services: screening.services)
    if let out { try OutputFile.write(provenance.json(), to: out + ".provenance.json", language: language) }
    Console.error(provenance.summary(language: language))
    return outcome.rejected > 0 ? ExitCode(.badRows) : .success
  }

  /// Screens everything, ranks each service's waitlist, then writes (in columns when it can; a file of
  /// ``BatchRun/twoPassRankingBytes`` or more in two passes, so that memory stays flat).
  private static func runRanked(
    _ run: BatchRun, input: String, reader: ApplicantTableReader, writer: BatchTableWriter, out: String?,
    _ arguments: ParsedArguments, _ onRejected: (RowErrors) -> Void, _ onProgress: (Int) -> Void
  ) throws -> BatchOutcome {
    let language = arguments.language
    var status = stat()
    if input != "-", stat(input, &status) == 0, Int(status.st_size) >= BatchRun.twoPassRankingBytes {
      var file = try open(out, language: language)
      defer { if file.descriptor != 1 { close(file.descriptor) } }
      if let outcome = try run.streamColumnar(
        path: input, reader: reader, format: writer.format, byteOrderMark: arguments.flag("bom"), ranked: true,
        rejected: onRejected, progress: onProgress, write: { file.write($0) })
      {
        if file.failed { throw cannotWrite(out, language: language) }
        return outcome
      }
    }
    if let columnar = try run.runColumnar(path: input, reader: reader, rejected: onRejected, progress: onProgress) {
      let file = try open(out, language: language)
      let written = columnar.write(to: file.descriptor, format: writer.format, byteOrderMark: arguments.flag("bom"))
      if file.descriptor != 1 { close(file.descriptor) }
      if !written { throw cannotWrite(out, language: language) }
      return columnar.outcome
    }
    let outcome = try run.run(path: input, reader: reader, rejected: onRejected, progress: onProgress)
    var text = writer.header(byteOrderMark: arguments.flag("bom"))
    for result in outcome.results { text += writer.line(result) }
    if let out {
      try OutputFile.write(text, to: out, language: language)
    } else {
      Console.answer(text)
    }
    return outcome
  }

  /// Screens and writes block by block, without ranks: memory does not grow with the input.
  private static func runStreaming(
    _ run: BatchRun, input: String, reader: ApplicantTableReader, writer: BatchTableWriter,
    into file: inout FileDescriptorWriter, _ arguments: ParsedArguments, _ onRejected: (RowErrors) -> Void,
    _ onProgress: (Int) -> Void
  ) throws -> BatchOutcome {
    let byteOrderMark = arguments.flag("bom")
    if let outcome = try run.streamColumnar(
      path: input, reader: reader, format: writer.format, byteOrderMark: byteOrderMark, rejected: onRejected,
      progress: onProgress, write: { file.write($0) })
    {
      return outcome
    }
    var started = false
    return try run.stream(path: input, reader: reader, rejected: onRejected, progress: onProgress) { results in
      var text = started ? "" : writer.header(byteOrderMark: byteOrderMark)
      started = true
      for result in results { text += writer.line(result) }
      Array(text.utf8).withUnsafeBufferPointer { file.write($0) }
    }
  }

  /// Opens `path` for writing, replacing it (standard output for `nil`).
  private static func open(_ path: String?, language: Language) throws(CommandFailure) -> FileDescriptorWriter {
    guard let path else { return FileDescriptorWriter(descriptor: 1) }
    let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw cannotWrite(path, language: language) }
    return FileDescriptorWriter(descriptor: descriptor)
  }

  private static func cannotWrite(_ path: String?, language: Language) -> CommandFailure {
    let path = path ?? "-"
    return CommandFailure(
      message: language == .korean ? "error: 파일을 쓸 수 없음: \(path)" : "error: cannot write \(path)", code: .invalidUsage)
  }
}
