import FluentPostgresDriver
import NIOCore
import NIOPosix

/// Whether an error means the database cannot be reached for the moment (PostgreSQL restarting,
/// refusing connections, a connection cut, the pool out of connections), as opposed to a fault
/// of the request: the web answers such an error with 503 and `Retry-After`, and the connection
/// pool opens new connections by itself once the server is back.
public enum DatabaseFault {
    public static func isUnavailable(_ error: any Error) -> Bool {
        switch error {
        case let error as PSQLError:
            switch error.code {
            case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .poolClosed:
                return true
            case .server: return isUnavailable(sqlState: error.serverInfo?[.sqlState])
            default: return false
            }
        case let error as PostgresError:
            switch error {
            case .connectionClosed: return true
            case .server(let message): return isUnavailable(sqlState: message.fields[.sqlState])
            default: return false
            }
        case is ConnectionPoolTimeoutError, is NIOConnectionError: return true
        case let error as ChannelError:
            if case .connectTimeout = error { return true }
            return error == .ioOnClosedChannel || error == .alreadyClosed
        case let error as IOError:
            return [ECONNREFUSED, ECONNRESET, EPIPE, ETIMEDOUT].contains(error.errnoCode)
        default: return false
        }
    }

    /// Connection exceptions (08…), the server shutting down or starting (57P01–57P03), too many
    /// connections (53300).
    static func isUnavailable(sqlState: String?) -> Bool {
        guard let state = sqlState else { return false }
        return state.hasPrefix("08") || ["57P01", "57P02", "57P03", "53300"].contains(state)
    }
}
