import JixiaoCore

/// The declaration routes (`/targets…`) in the OpenAPI document: bodies are declaration files
/// (the keys of docs/targets-format.md, JSON or YAML), answers a stored declaration or a report.
extension OpenAPIDocument {
    static func targetRequestBody(method: String, url: SiteURL) -> [String: Any]? {
        switch (method, url) {
        case ("POST", .api(.targets)), ("PUT", .api(.target)), ("POST", .api(.targetsCheck)):
            let file: [String: Any] = ["schema": ref("DeclarationFile")]
            return ["required": true, "content": ["application/json": file, "application/yaml": file]]
        case ("POST", .api(.targetWorkflow)):
            return ["required": true, "content": ["application/json": ["schema": ref("DeclarationStep")]]]
        default:
            return nil
        }
    }

    static func targetResponses(method: String, url: SiteURL) -> [String: Any]? {
        let error: [String: Any] = ["application/json": ["schema": ref("Error")]]
        func ok(_ code: String, _ schema: [String: Any]) -> [String: Any] {
            [code: ["description": "成功", "content": ["application/json": ["schema": schema]]]]
        }
        switch (method, url) {
        case ("GET", .api(.targets)): return ok("200", ["type": "array", "items": ref("Declaration")])
        case ("POST", .api(.targets)):
            return ok("201", ref("Declaration")).merging([
                "409": ["description": "本单位本年度已有同一申报表（existingId）", "content": error],
                "422": ["description": "申报表无法读取（逐条列出行号和字段），或该年度未设立、已关闭填报", "content": error],
            ]) { a, _ in a }
        case ("POST", .api(.targetsCheck)): return ok("200", ref("DeclarationReport"))
        case (_, .api(.target)), (_, .api(.targetWorkflow)):
            return ok("200", ref("Declaration")).merging([
                "409": ["description": "版本冲突，或状态不允许（已锁定、须填写理由）", "content": error],
                "422": ["description": "申报表无法读取，或有错误时提交", "content": error],
            ]) { a, _ in a }
        default: return nil
        }
    }

    static var targetSchemas: [String: Any] {
        let string: [String: Any] = ["type": "string"], object: [String: Any] = ["type": "object"]
        let finding: [String: Any] = [
            "type": "object",
            "properties": [
                "rule": string, "severity": string, "message": string, "line": ["type": "integer", "nullable": true],
                "field": ["type": "string", "nullable": true],
            ],
        ]
        return [
            "DeclarationFile": [
                "type": "object", "required": ["scope", "unit", "fiscalYear"],
                "description": "jixiao targets 读取的申报表（docs/targets-format.md）",
                "properties": [
                    "kind": string, "scope": ["type": "string", "enum": ["department", "project"]],
                    "unit": string, "fiscalYear": ["type": "integer"], "project": string,
                    "funds": object, "period": object, "targets": ["type": "array", "items": object],
                ],
            ],
            "DeclarationStep": [
                "type": "object", "required": ["action"],
                "properties": [
                    "action": ["type": "string", "enum": DeclarationAction.allCases.map(\.rawValue)],
                    "reason": string, "version": ["type": "integer"],
                    "rows": ["type": "object", "description": "行号（从 1 起）→ {verdict: agree|revise, comment}"],
                ],
            ],
            "Declaration": [
                "type": "object",
                "properties": [
                    "id": string, "version": ["type": "integer"], "status": string, "unitCode": string, "title": string,
                    "updatedAt": ["type": "string", "format": "date-time"], "review": object,
                    "declaration": ref("DeclarationFile"), "findings": ["type": "array", "items": finding],
                    "inForce": [
                        "allOf": [ref("DeclarationFile")],
                        "description": "调整中时：已批准的版本（调整经财政审核通过前仍然有效，自评以它为准）",
                    ],
                ],
            ],
            "DeclarationReport": [
                "type": "object",
                "properties": [
                    "file": string, "kind": string, "findings": ["type": "array", "items": finding], "summary": object,
                ],
            ],
        ]
    }
}
