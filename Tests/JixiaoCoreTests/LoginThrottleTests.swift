import Foundation
import JixiaoCore
import Testing

@Suite("Login throttling decisions")
struct LoginThrottleTests {
    let throttle = LoginThrottle(freeFailures: 3, firstDelay: 10, maxDelay: 60, window: 3600)
    let last = Date(timeIntervalSince1970: 1_000_000)

    @Test("the free failures need no wait; then the wait doubles up to the cap")
    func delays() {
        #expect((0...8).map { throttle.delay(afterFailures: $0) } == [0, 0, 0, 10, 20, 40, 60, 60, 60])
        #expect(throttle.delay(afterFailures: Int.max) == 60)
    }

    @Test("a try within the wait is refused with the seconds left; after it, allowed")
    func decisions() {
        #expect(throttle.decide(failures: 2, lastFailure: last, now: last) == .allow)
        #expect(throttle.decide(failures: 4, lastFailure: last, now: last.addingTimeInterval(5)) == .wait(seconds: 15))
        #expect(throttle.decide(failures: 4, lastFailure: last, now: last.addingTimeInterval(19.5)) == .wait(seconds: 1))
        #expect(throttle.decide(failures: 4, lastFailure: last, now: last.addingTimeInterval(20)) == .allow)
        #expect(throttle.decide(failures: 0, lastFailure: nil, now: last) == .allow)
    }

    @Test("the standard throttle: five free tries, at most 15 minutes, failures forgotten after an hour")
    func standard() {
        let standard = LoginThrottle.standard
        #expect(standard.delay(afterFailures: 4) == 0)
        #expect(standard.delay(afterFailures: 5) == 30)
        #expect(standard.delay(afterFailures: 50) == 15 * 60)
        #expect(standard.windowStart(at: last) == last.addingTimeInterval(-3600))
    }
}
