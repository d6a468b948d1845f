import Foundation

/// Finds the value of a string key by the key's UTF-8 bytes, falling back to
/// Swift's canonical string equality only when the bytes cannot decide.
///
/// Why: Swift hashes strings through Unicode normalisation, which makes a
/// dictionary lookup cost several hundred instructions, as much as scoring a
/// leaf. Keys are matched by a hash of their bytes in an open-addressing table,
/// then a byte compare. Every key is also entered in its NFC form, so a key
/// given in NFC (every ASCII key is) that matches no bytes matches nothing; a
/// key in another normal form is looked up canonically.
struct KeyTable<Value: Sendable>: Sendable {
    private var values: [Value] = []
    private var byKey: [String: Value] = [:]
    /// The keys' hashes and bytes, probed without retaining anything.
    private let storage: KeyTableStorage

    /// The keys with their values; a key equal to an earlier one is left out.
    init(_ pairs: [(key: String, value: Value)]) {
        var keys: [[UInt8]] = []
        for (key, value) in pairs where byKey[key] == nil {
            byKey[key] = value
            keys.append(Array(key.utf8))
            values.append(value)
            let composed = Array(key.precomposedStringWithCanonicalMapping.utf8)
            if composed != keys.last { keys.append(composed); values.append(value) }
        }
        storage = KeyTableStorage(keys)
    }

    /// The value of the key equal to `key`, if any.
    @inline(__always)
    func value(_ key: String) -> Value? {
        // The entry index; -1: no key is equal; -2: only canonical equality can tell.
        let found = key.utf8.withContiguousStorageIfAvailable { storage.find($0) } ?? -2
        if found >= 0 { return values[found] }
        return found == -1 ? nil : byKey[key]
    }
}
