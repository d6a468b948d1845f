import Foundation
import JixiaoZlib

/// Writes an Office Open XML package (a ZIP of XML parts) in memory.
///
/// A small writer on zlib rather than a general archive library: one deflate
/// stream per package, reset between parts, and no intermediate file. Entries
/// carry a fixed date (2020-01-01 00:00) so the same report gives the same bytes.
struct ZipPackage {
    /// Parts smaller than this are stored; deflating them costs more than it saves.
    static let deflateThreshold = 4_096
    /// 2020-01-01 00:00 as MS-DOS time and date.
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = UInt16((2020 - 1980) << 9 | 1 << 5 | 1)

    private var parts: [(path: String, data: [UInt8])] = []

    /// Adds a part; parts are written in the order added (`[Content_Types].xml` first).
    mutating func add(_ path: String, _ text: String) {
        parts.append((path, Array(text.utf8)))
    }

    /// Adds a part given as bytes (a finished file in a bundle of reports).
    mutating func add(_ path: String, bytes: [UInt8]) {
        parts.append((path, bytes))
    }

    /// The ZIP bytes.
    func data() throws -> Data {
        var out = ZipBytes()
        var central = ZipBytes()
        let deflater = try Deflater()
        for part in parts {
            let crc = Self.crc32(part.data)
            let compressed = part.data.count >= Self.deflateThreshold ? try deflater.deflate(part.data) : nil
            let body = compressed ?? part.data
            let method: UInt16 = compressed == nil ? 0 : 8
            let name = Array(part.path.utf8)
            let offset = out.count
            guard offset < Int(UInt32.max), body.count < Int(UInt32.max) else { throw RenderError.zipFailed }
            // Local file header.
            out.u32(0x0403_4B50); out.u16(20); out.u16(0x0800); out.u16(method)
            out.u16(Self.dosTime); out.u16(Self.dosDate); out.u32(crc)
            out.u32(UInt32(body.count)); out.u32(UInt32(part.data.count)); out.u16(UInt16(name.count)); out.u16(0)
            out.bytes(name); out.bytes(body)
            // Central directory entry.
            central.u32(0x0201_4B50); central.u16(20); central.u16(20); central.u16(0x0800); central.u16(method)
            central.u16(Self.dosTime); central.u16(Self.dosDate); central.u32(crc)
            central.u32(UInt32(body.count)); central.u32(UInt32(part.data.count)); central.u16(UInt16(name.count))
            central.u16(0); central.u16(0); central.u16(0); central.u16(0); central.u32(0o100644 << 16)
            central.u32(UInt32(offset)); central.bytes(name)
        }
        let start = out.count
        out.bytes(central.storage)
        // End of central directory.
        out.u32(0x0605_4B50); out.u16(0); out.u16(0); out.u16(UInt16(parts.count)); out.u16(UInt16(parts.count))
        out.u32(UInt32(central.count)); out.u32(UInt32(start)); out.u16(0)
        return Data(out.storage)
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(JixiaoZlib.crc32(0, $0.baseAddress, uInt($0.count))) }
    }
}

/// Little-endian byte output.
struct ZipBytes {
    var storage: [UInt8] = []
    var count: Int { storage.count }
    mutating func u16(_ v: UInt16) { storage.append(UInt8(v & 0xFF)); storage.append(UInt8(v >> 8)) }
    mutating func u32(_ v: UInt32) { u16(UInt16(v & 0xFFFF)); u16(UInt16(v >> 16)) }
    mutating func bytes(_ b: [UInt8]) { storage.append(contentsOf: b) }
}
