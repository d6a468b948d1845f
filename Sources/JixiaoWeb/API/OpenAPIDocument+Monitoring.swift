import JixiaoCore

/// The monitoring routes (`/monitoring…`) in the OpenAPI document: bodies are round files (the
/// keys of docs/monitoring-format.md, JSON or YAML), answers a stored round with `result`, the
/// JSON of `jixiao monitor --format json`.
extension OpenAPIDocument {
    static func monitoringRequestBody(method: String, url: SiteURL) -> [String: Any]? {
        switch (method, url) {
        case ("PUT", .api(.monitoringRound)), ("POST", .api(.monitoringCheck)):
            let file: [String: Any] = ["schema": ref("MonitoringFile")]
            return ["required": true, "content": ["application/json": file, "application/yaml": file]]
        case ("POST", .api(.monitoring)):
            return ["required": true, "content": ["application/json": ["schema": ref("MonitoringCreate")]]]
        case ("POST", .api(.monitoringWorkflow)):
            return ["required": true, "content": ["application/json": ["schema": ref("MonitoringStep")]]]
        default:
            return nil
        }
    }

    static func monitoringResponses(method: String, url: SiteURL) -> [String: Any]? {
        let error: [String: Any] = ["application/json": ["schema": ref("Error")]]
        func ok(_ code: String, _ schema: [String: Any]) -> [String: Any] {
            [code: ["description": "成功", "content": ["application/json": ["schema": schema]]]]
        }
        switch (method, url) {
        case ("GET", .api(.monitoring)): return ok("200", ["type": "array", "items": ref("MonitoringRound")])
        case ("POST", .api(.monitoring)):
            return ok("201", ref("MonitoringRound")).merging([
                "409": ["description": "该单位在该截至日期已有运行监控表（existingId）", "content": error],
                "422": ["description": "申报表未经财政审核通过，或截至日期不是该年度的监控日期（字段：declaration、asOf）", "content": error],
            ]) { a, _ in a }
        case ("POST", .api(.monitoringCheck)): return ok("200", ref("MonitoringReport"))
        case (_, .api(.monitoringRound)), (_, .api(.monitoringWorkflow)):
            return ok("200", ref("MonitoringRound")).merging([
                "409": ["description": "版本冲突，或状态不允许（已提交、须填写理由）", "content": error],
                "422": ["description": "运行监控表无法读取（逐条列出行号和字段），或有错误时提交", "content": error],
            ]) { a, _ in a }
        default: return nil
        }
    }

    static var monitoringSchemas: [String: Any] {
        let string: [String: Any] = ["type": "string"], object: [String: Any] = ["type": "object"]
        let light: [String: Any] = ["type": "string", "enum": Light.allCases.map(\.rawValue), "nullable": true]
        let finding: [String: Any] = [
            "type": "object",
            "properties": ["rule": string, "severity": string, "message": string, "field": ["type": "string", "nullable": true]],
        ]
        return [
            "MonitoringFile": [
                "type": "object", "required": ["unit", "fiscalYear", "asOf", "budget"],
                "description": "jixiao monitor 读取的运行监控表（docs/monitoring-format.md）",
                "properties": [
                    "kind": string, "unit": string, "fiscalYear": ["type": "integer"], "project": string, "asOf": string,
                    "budget": object, "targets": ["type": "array", "items": object],
                ],
            ],
            "MonitoringCreate": [
                "type": "object", "required": ["declarationId", "asOf"],
                "properties": ["declarationId": string, "asOf": ["type": "string", "description": "该年度的监控日期，如 2025-07-31"]],
            ],
            "MonitoringStep": [
                "type": "object", "required": ["action"],
                "properties": [
                    "action": ["type": "string", "enum": ["submit", "approve", "departmentReturn", "sendBack", "accept"]],
                    "reason": string, "version": ["type": "integer"],
                ],
            ],
            "MonitoringReport": [
                "type": "object",
                "description": "与 jixiao monitor --format json 相同：百分数为两位小数的字符串（四舍五入），灯为 green、yellow、red、blue",
                "properties": [
                    "asOf": string, "months": ["type": "integer"],
                    "budget": ["type": "object", "properties": ["rate": string, "ratio": string, "light": light]],
                    "targets": [
                        "type": "array",
                        "items": ["type": "object", "properties": ["name": string, "ratio": string, "light": light]],
                    ],
                    "overall": light, "findings": ["type": "array", "items": finding],
                ],
            ],
            "MonitoringRound": [
                "type": "object",
                "properties": [
                    "id": string, "version": ["type": "integer"], "status": string, "unitCode": string, "declarationId": string,
                    "updatedAt": ["type": "string", "format": "date-time"], "review": object, "round": ref("MonitoringFile"),
                    "result": ref("MonitoringReport"),
                ],
            ],
        ]
    }
}
