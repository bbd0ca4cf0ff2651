// swift-tools-version: 6.2
import PackageDescription

let package = Package(
  name: "screen",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "Rules", targets: ["Rules"]),
    .library(name: "Eligibility", targets: ["Eligibility"]),
    .executable(name: "screen", targets: ["screen"]),
  ],
  targets: [
    .target(name: "Rules"),
    .target(name: "Eligibility", dependencies: ["Rules"]),
    .executableTarget(name: "screen", dependencies: ["Rules", "Eligibility"]),
    .executableTarget(name: "rules-bench", dependencies: ["Rules", "Eligibility"], path: "Benchmarks/rules-bench"),
    .executableTarget(name: "rules-fuzz", dependencies: ["Rules"], path: "Fuzz/rules-fuzz"),
    .executableTarget(name: "csv-fuzz", dependencies: ["Eligibility", "Rules"], path: "Fuzz/csv-fuzz"),
    .testTarget(name: "RulesTests", dependencies: ["Rules"], exclude: ["Goldens"]),
    .testTarget(name: "EligibilityTests", dependencies: ["Eligibility", "Rules"], exclude: ["Goldens"]),
    .testTarget(name: "ScreenTests", dependencies: ["screen", "Rules"]),
  ],
  swiftLanguageModes: [.v6]
)
