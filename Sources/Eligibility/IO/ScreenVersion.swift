/// The version of screen that made a report, written into every JSON document as `screen_version`.
public enum ScreenVersion {
  /// The current version, `0.1.0`.
  public static let current = "0.1.0"
}
