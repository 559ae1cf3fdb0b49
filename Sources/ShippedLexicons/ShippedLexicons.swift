/// The lexicons shipped with slant, compiled into the binary from the repository's `lexicons/` folder, so slant finds
/// them wherever it is installed and run. A user's own lexicons folder overrides or extends them by name.
public enum ShippedLexicons {
    /// File name (`news-generic.yaml`) to its text.
    public static let files: [String: String] = [
        "actors.yaml": text(PackageResources.actors_yaml),
        "iraq-2021.yaml": text(PackageResources.iraq_2021_yaml),
        "news-generic.yaml": text(PackageResources.news_generic_yaml),
        "places.yaml": text(PackageResources.places_yaml),
        "policy-frames.yaml": text(PackageResources.policy_frames_yaml),
    ]

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
