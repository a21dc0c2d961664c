import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `getHostByName` with `--enable-dns`: Sprig looks the name's addresses up with Go's resolver and
/// returns one of them at random. Only this flag lets a render reach the system resolver, which
/// may query the network.
enum HostLookup {
    /// Returns the name's addresses as Go's `net.LookupHost` lists them: IPv4 and IPv6 text,
    /// without repeats, in the resolver's order.
    static func addresses(of name: String) -> [String] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var first: UnsafeMutablePointer<addrinfo>?
        guard !name.isEmpty, getaddrinfo(name, nil, &hints, &first) == 0, let first else { return [] }
        defer { freeaddrinfo(first) }

        var addresses: [String] = []
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            if let text = numericHost(current.pointee), !addresses.contains(text) {
                addresses.append(text)
            }
            entry = current.pointee.ai_next
        }
        return addresses
    }

    private static func numericHost(_ info: addrinfo) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        let status = getnameinfo(info.ai_addr, info.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST)
        guard status == 0 else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
