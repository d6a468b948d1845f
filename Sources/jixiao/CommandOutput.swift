import ArgumentParser
import Foundation

/// Writing to stderr and failing with an exit code, the same way in every command.
enum CommandOutput {
    /// Writes `message` and a newline to standard error.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Writes `message` to stderr and returns the exit code to throw.
    static func fail(_ message: String, code: Int32) -> ExitCode {
        warn(message)
        return ExitCode(code)
    }
}
