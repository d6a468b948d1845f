/// A monitoring light (cycle.md §3): red (far behind), yellow (behind), green (on track),
/// blue (well ahead of the time elapsed).
public enum Light: String, Codable, Sendable, CaseIterable {
    case green, yellow, red, blue

    /// 绿灯 / 黄灯 / 红灯 / 蓝灯.
    public var label: String {
        switch self {
        case .green: return "绿灯"
        case .yellow: return "黄灯"
        case .red: return "红灯"
        case .blue: return "蓝灯"
        }
    }

    /// How bad the light is: red > yellow > green > blue.
    public var badness: Int {
        switch self {
        case .blue: return 0
        case .green: return 1
        case .yellow: return 2
        case .red: return 3
        }
    }

    /// True for yellow and red: the filer must give the deviation's reason and measures.
    public var isDeviation: Bool { self == .yellow || self == .red }

    /// The worst of `lights` (red > yellow > green > blue), nil when there is none.
    public static func worst<S: Sequence>(_ lights: S) -> Light? where S.Element == Light {
        lights.max { $0.badness < $1.badness }
    }
}
