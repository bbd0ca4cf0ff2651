/// A text encoding an applicant table can be written in.
///
/// Korean Excel saves "CSV (쉼표로 분리)" in CP949 (Windows code page 949, a superset of EUC-KR that adds the
/// 8,822 Hangul syllables EUC-KR lacks, such as `똠`); "CSV UTF-8" and most other tools write UTF-8, often with a
/// byte order mark. ASCII text is the same in both.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// UTF-8, with or without a byte order mark.
  case utf8
  /// CP949 (Unified Hangul Code), which includes EUC-KR.
  case cp949

  /// The name used on the command line and in messages: `utf8`, `cp949`.
  public var description: String { rawValue }

  /// The name `iconv` knows the encoding by.
  var iconvName: String {
    switch self {
    case .utf8: return "UTF-8"
    case .cp949: return "CP949"
    }
  }
}

/// Which encoding to read an applicant table in: a fixed one, or detected from the bytes.
public enum TextEncodingOption: Sendable, Hashable, CustomStringConvertible {
  /// UTF-8 when the bytes are valid UTF-8 (or start with a UTF-8 byte order mark), else CP949.
  case automatic
  /// Always this encoding; bytes invalid in it are row errors.
  case fixed(TextEncoding)

  /// Parses a command-line value.
  ///
  /// - Parameter argument: `auto`, `utf8` (or `utf-8`), `cp949` (or `euc-kr`, `uhc`), in any case.
  /// - Returns: the option, or `nil` for anything else.
  public init?(argument: String) {
    switch argument.lowercased() {
    case "auto", "automatic": self = .automatic
    case "utf8", "utf-8": self = .fixed(.utf8)
    case "cp949", "euc-kr", "euckr", "uhc", "ms949", "windows-949": self = .fixed(.cp949)
    default: return nil
    }
  }

  /// `auto`, `utf8` or `cp949`.
  public var description: String {
    switch self {
    case .automatic: return "auto"
    case .fixed(let encoding): return encoding.rawValue
    }
  }
}
