import Foundation

/// One step of a path into a JSON document (`JSONSerialization` tree).
struct JSONPathKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    /// Paths of the numbers in `value` that are not integers of 64 bits (fractions, exponents,
    /// beyond ±2⁶³), in document order of sorted keys.
    static func fractionalNumbers(in value: Any, at path: [JSONPathKey], into out: inout [[JSONPathKey]]) {
        switch value {
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                fractionalNumbers(in: object[key] as Any, at: path + [JSONPathKey(stringValue: key)], into: &out)
            }
        case let array as [Any]:
            for (index, element) in array.enumerated() {
                fractionalNumbers(in: element, at: path + [JSONPathKey(intValue: index)], into: &out)
            }
        case let number as NSNumber where !(value is Bool):
            let kind = String(cString: number.objCType)
            if kind == "d" || kind == "f" { out.append(path) }
        default:
            break
        }
    }

    /// `value` with the element at `path` set to `replacement`.
    static func replacing(_ value: Any, at path: ArraySlice<JSONPathKey>, with replacement: Any) -> Any {
        guard let step = path.first else { return replacement }
        if var object = value as? [String: Any], let inner = object[step.stringValue] {
            object[step.stringValue] = replacing(inner, at: path.dropFirst(), with: replacement)
            return object
        }
        if var array = value as? [Any], let index = step.intValue, array.indices.contains(index) {
            array[index] = replacing(array[index], at: path.dropFirst(), with: replacement)
            return array
        }
        return value
    }
}
