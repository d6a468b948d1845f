import Dispatch
import Foundation
import Testing

@testable import JixiaoImport

/// The window `jixiao check` streams through (issue 18): results come out in input order,
/// and no more than `window` are handed out ahead of the next one written.
struct OrderedWindowTests {
    @Test func aFullWindowHandsOutNothingUntilTheNextResultInOrderIsTaken() {
        let box = OrderedWindow<String>(count: 10, window: 4)
        #expect((0..<4).map { _ in box.take(wait: false) } == [0, 1, 2, 3])
        #expect(box.take(wait: false) == nil)
        // Later results wait for the first one.
        box.put(3, "d")
        box.put(1, "b")
        box.put(2, "c")
        #expect(box.next(wait: false) == nil)
        #expect(box.take(wait: false) == nil)
        box.put(0, "a")
        #expect(box.next(wait: false) == "a")
        #expect(box.take(wait: false) == 4)
        #expect(box.take(wait: false) == nil)
        #expect([box.next(wait: false), box.next(wait: false), box.next(wait: false)] == ["b", "c", "d"])
        #expect(box.ahead == 1)
    }

    @Test func manyWorkersFinishingOutOfOrderStillComeOutInOrderWithinTheWindow() {
        let count = 2000
        let box = OrderedWindow<Int>(count: count, window: 8)
        let most = MostAhead()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            DispatchQueue.concurrentPerform(iterations: 4) { worker in
                while let index = box.take() {
                    most.note(box.ahead)
                    // Uneven work, so later indices often finish first.
                    var x = index
                    for _ in 0..<((index * 7 + worker) % 13 * 200) { x = x &* 31 &+ 7 }
                    box.put(index, index < 0 && x == 0 ? -1 : index)
                }
            }
        }
        var out: [Int] = []
        while let value = box.next() {
            most.note(box.ahead)
            out.append(value)
        }
        group.wait()
        #expect(out == Array(0..<count))
        #expect(most.value <= 8)
        #expect(most.value >= 1)
    }
}

/// The largest value noted, from any thread.
private final class MostAhead: @unchecked Sendable {
    private let lock = NSLock()
    private var most = 0

    func note(_ value: Int) {
        lock.lock()
        most = max(most, value)
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return most
    }
}
