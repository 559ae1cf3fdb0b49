import Foundation

/// A tiny HTTP/1.0 server on 127.0.0.1 for tests: serves fixed routes from a background thread until stopped.
final class TestHTTPServer: @unchecked Sendable {
    struct Route {
        var status: Int = 200
        var contentType = "text/html; charset=utf-8"
        var body = Data()
        var delay: TimeInterval = 0
        var location: String? = nil
        var headers: [String: String] = [:]
    }

    let port: UInt16
    private let socketFD: Int32
    private let routes: [String: Route]

    init(routes: [String: Route]) throws {
        self.routes = routes
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.socketFD = socketFD
        var yes: Int32 = 1
        setsockopt(socketFD, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socketFD, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        var assigned = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &assigned) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        port = UInt16(bigEndian: assigned.sin_port)
        start()
    }

    private func start() {
        let thread = Thread { [self] in self.serve() }
        thread.start()
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func stop() {
        shutdown(socketFD, Int32(SHUT_RDWR))
        close(socketFD)
    }

    private func serve() {
        while true {
            let client = accept(socketFD, nil, nil)
            if client < 0 { return }
            let handler = Thread { [self] in self.handle(client) }
            handler.start()
        }
    }

    private func handle(_ client: Int32) {
        defer { close(client) }
        var request = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.contains(Data("\r\n\r\n".utf8)) {
            let n = read(client, &buffer, buffer.count)
            if n <= 0 { return }
            request.append(contentsOf: buffer[0..<n])
        }
        let line = String(decoding: request.prefix { $0 != 0x0D }, as: UTF8.self)
        let path = line.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        let route = routes[path] ?? Route(status: 404, contentType: "text/plain", body: Data("not found".utf8))
        if route.delay > 0 { Thread.sleep(forTimeInterval: route.delay) }
        var head = "HTTP/1.0 \(route.status) \(route.status == 200 ? "OK" : route.status == 302 ? "Found" : "Not Found")\r\n"
        head += "Content-Type: \(route.contentType)\r\nContent-Length: \(route.body.count)\r\nConnection: close\r\n"
        if let location = route.location { head += "Location: \(location)\r\n" }
        for (name, value) in route.headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        var response = Data(head.utf8)
        response.append(route.body)
        response.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(client, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
