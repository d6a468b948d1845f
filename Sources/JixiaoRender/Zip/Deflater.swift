import JixiaoZlib

/// Raw deflate (as ZIP stores it) with one zlib stream reused for every part.
///
/// The stream lives at a fixed address: zlib keeps a pointer back to it and
/// refuses a stream that has moved.
final class Deflater {
    private let stream: UnsafeMutablePointer<z_stream>

    init() throws {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = deflateInit2_(
            stream, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw RenderError.zipFailed
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// The deflated bytes of `input`.
    func deflate(_ input: [UInt8]) throws -> [UInt8] {
        guard deflateReset(stream) == Z_OK else { throw RenderError.zipFailed }
        let bound = Int(deflateBound(stream, uLong(input.count)))
        var output = [UInt8](repeating: 0, count: bound)
        var input = input
        let written: Int = try input.withUnsafeMutableBufferPointer { source in
            try output.withUnsafeMutableBufferPointer { target in
                stream.pointee.next_in = source.baseAddress
                stream.pointee.avail_in = uInt(source.count)
                stream.pointee.next_out = target.baseAddress
                stream.pointee.avail_out = uInt(target.count)
                guard JixiaoZlib.deflate(stream, Z_FINISH) == Z_STREAM_END else { throw RenderError.zipFailed }
                return target.count - Int(stream.pointee.avail_out)
            }
        }
        output.removeSubrange(written...)
        return output
    }
}
