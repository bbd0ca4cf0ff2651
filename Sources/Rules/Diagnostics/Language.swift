/// The human language in which diagnostics and explanations are rendered.
public enum Language: String, Sendable, Hashable, CaseIterable {
  /// Korean, the default: the language of the guidelines and of intake staff.
  case korean = "ko"
  /// English, on request (`--lang en`).
  case english = "en"
}
