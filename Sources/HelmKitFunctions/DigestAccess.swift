/// Hashes for callers outside the function library, such as the upgrade diff's secret notes.
public enum DigestAccess {
    /// Returns the SHA-256 digest of `bytes` as lowercase hexadecimal, as `sha256sum` prints it.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        Digest.hex(SHA256.hash(bytes))
    }
}
