import CCurl
import Foundation

/// A page fetched over HTTP(S).
struct FetchedPage {
    var bytes: [UInt8]
    var finalURL: String
    var contentType: String
}

/// Why a fetch failed, in words for the user.
struct FetchError: Error, CustomStringConvertible {
    let url: String
    let message: String
    var description: String { "\(url): \(message)" }
}

/// Fetches one page with libcurl (the only place slant sees it): follows redirects (http and https only), gives up
/// after `timeout` seconds, refuses anything that is not an HTML or plain-text page, and stops the transfer as soon as
/// the body passes `maxBytes`. Compressed responses are decompressed chunk by chunk as they arrive, so the limit holds
/// for what they expand to, not for what was sent.
enum HTTPFetcher {
    static let acceptedTypes = ["text/html", "application/xhtml+xml", "text/plain"]

    private static let initOnce: Void = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    /// What the transfer collects; reached from libcurl's write callback through an opaque pointer.
    private final class Transfer {
        let maxBytes: Int
        let handle: UnsafeMutableRawPointer
        var bytes: [UInt8] = []
        var failure: String?
        var checkedResponse = false

        init(maxBytes: Int, handle: UnsafeMutableRawPointer) {
            self.maxBytes = maxBytes
            self.handle = handle
        }

        /// Takes one chunk of the (decompressed) body; false stops the transfer.
        func receive(_ chunk: UnsafeRawBufferPointer) -> Bool {
            if !checkedResponse {
                checkedResponse = true
                if let problem = HTTPFetcher.problem(status: HTTPFetcher.status(handle), contentType: HTTPFetcher.contentType(handle)) {
                    failure = problem
                    return false
                }
            }
            guard bytes.count + chunk.count <= maxBytes else {
                failure = "the page is over the \(maxBytes / 1_000_000) MB limit (--max-size)"
                return false
            }
            bytes.append(contentsOf: chunk)
            return true
        }
    }

    static func fetch(_ address: String, timeout: TimeInterval, maxBytes: Int) throws(FetchError) -> FetchedPage {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host != nil else {
            throw FetchError(url: address, message: "not a valid http(s) URL")
        }
        _ = initOnce
        guard let handle = curl_easy_init() else { throw FetchError(url: address, message: "cannot start a transfer (libcurl)") }
        defer { curl_easy_cleanup(handle) }
        let transfer = Transfer(maxBytes: maxBytes, handle: handle)
        let context = Unmanaged.passUnretained(transfer).toOpaque()
        let headers = curl_slist_append(nil, "Accept: text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5")
        defer { curl_slist_free_all(headers) }
        let milliseconds = Int(max(1, min(timeout, 86_400)) * 1000)
        _ = ccurl_set_string(handle, CURLOPT_URL, address)
        _ = ccurl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = ccurl_set_long(handle, CURLOPT_FOLLOWLOCATION, 1)
        _ = ccurl_set_long(handle, CURLOPT_MAXREDIRS, 10)
        _ = ccurl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = ccurl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        _ = ccurl_set_long(handle, CURLOPT_TIMEOUT_MS, milliseconds)
        _ = ccurl_set_string(handle, CURLOPT_USERAGENT, "slant/0.1 (news framing research tool)")
        _ = ccurl_set_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(headers))
        _ = ccurl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")          // every encoding libcurl can decode
        _ = ccurl_set_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maxBytes))   // a declared length over the limit
        _ = ccurl_set_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = ccurl_set_write_function(handle) { data, size, count, context in
            let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
            let n = size * count
            return transfer.receive(UnsafeRawBufferPointer(start: data, count: n)) ? n : 0
        }
        let code = curl_easy_perform(handle)
        if let failure = transfer.failure { throw FetchError(url: address, message: failure) }
        switch code {
        case CURLE_OK:
            break
        case CURLE_OPERATION_TIMEDOUT:
            throw FetchError(url: address, message: "timed out after \(Int(timeout)) s")
        case CURLE_FILESIZE_EXCEEDED:
            throw FetchError(url: address, message: "the page is over the \(maxBytes / 1_000_000) MB limit (--max-size)")
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_PROXY:
            throw FetchError(url: address, message: "cannot connect to the server (\(String(cString: curl_easy_strerror(code))))")
        case CURLE_TOO_MANY_REDIRECTS:
            throw FetchError(url: address, message: "too many redirects (more than 10)")
        case CURLE_UNSUPPORTED_PROTOCOL:
            throw FetchError(url: address, message: "a redirect led away from http(s)")
        case CURLE_BAD_CONTENT_ENCODING:
            throw FetchError(url: address, message: "the server sent a compressed body that cannot be decompressed")
        default:
            throw FetchError(url: address, message: String(cString: curl_easy_strerror(code)))
        }
        // A body-less answer never reached the write callback.
        if !transfer.checkedResponse, let problem = problem(status: status(handle), contentType: contentType(handle)) {
            throw FetchError(url: address, message: problem)
        }
        var effective: UnsafeMutablePointer<CChar>?
        _ = ccurl_get_string(handle, CURLINFO_EFFECTIVE_URL, &effective)
        return FetchedPage(bytes: transfer.bytes, finalURL: effective.map { String(cString: $0) } ?? address,
                           contentType: contentType(handle))
    }

    private static func status(_ handle: UnsafeMutableRawPointer) -> Int {
        var code = 0
        _ = ccurl_get_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    private static func contentType(_ handle: UnsafeMutableRawPointer) -> String {
        var type: UnsafeMutablePointer<CChar>?
        _ = ccurl_get_string(handle, CURLINFO_CONTENT_TYPE, &type)
        return type.map { String(cString: $0).lowercased() } ?? ""
    }

    private static let reasons = [
        301: "Moved Permanently", 302: "Found", 304: "Not Modified", 400: "Bad Request", 401: "Unauthorized",
        403: "Forbidden", 404: "Not Found", 410: "Gone", 429: "Too Many Requests", 451: "Unavailable For Legal Reasons",
        500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
    ]

    /// Why a response is not a page to add, or nil.
    static func problem(status: Int, contentType: String) -> String? {
        guard (200..<300).contains(status) else {
            return "the server answered HTTP \(status)\(reasons[status].map { " " + $0 } ?? "")"
        }
        let mime = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if !mime.isEmpty && !acceptedTypes.contains(mime) {
            return "the server sent \(mime), not an HTML page; save the article as HTML or text and add that file"
        }
        return nil
    }
}
