import JixiaoCore

/// The 整改 routes (`/rectifications…`) in the OpenAPI document.
extension OpenAPIDocument {
    static func rectificationRequestBody(method: String, url: SiteURL) -> [String: Any]? {
        switch (method, url) {
        case ("POST", .api(.rectifications)):
            return ["required": true, "content": ["application/json": ["schema": ref("RectificationCommand")]]]
        case ("POST", .api(.rectificationStep)):
            return ["required": true, "content": ["application/json": ["schema": ref("RectificationStep")]]]
        default:
            return nil
        }
    }

    static func rectificationResponses(method: String, url: SiteURL) -> [String: Any]? {
        let error: [String: Any] = ["application/json": ["schema": ref("Error")]]
        func ok(_ code: String, _ schema: [String: Any]) -> [String: Any] {
            [code: ["description": "成功", "content": ["application/json": ["schema": schema]]]]
        }
        let refused: [String: Any] = [
            "description": "输入无效（message 以字段名开头：requirement、deadline、target、answer、comment、status）", "content": error,
        ]
        switch (method, url) {
        case ("GET", .api(.rectifications)): return ok("200", ["type": "array", "items": ref("Rectification")])
        case ("POST", .api(.rectifications)):
            return ok("201", ref("Rectification")).merging(["422": refused, "404": ["description": "整改对象不存在或不在权限范围内", "content": error]]) {
                a, _ in a
            }
        case ("GET", .api(.rectification)): return ok("200", ref("Rectification"))
        case ("POST", .api(.rectificationStep)):
            return ok("200", ref("Rectification")).merging([
                "422": refused, "409": ["description": "版本冲突（currentVersion）", "content": error],
            ]) { a, _ in a }
        default: return nil
        }
    }

    static var rectificationSchemas: [String: Any] {
        let string: [String: Any] = ["type": "string"], integer: [String: Any] = ["type": "integer"]
        let date: [String: Any] = ["type": "string", "format": "date-time"]
        let kinds = RectificationSubject.Kind.allCases.map(\.rawValue)
        return [
            "RectificationCommand": [
                "type": "object", "required": ["kind", "subject", "requirement", "deadline"],
                "properties": [
                    "kind": ["type": "string", "enum": kinds], "subject": ["type": "string", "description": "评价、监控或申报表的 id"],
                    "target": ["type": "integer", "description": "监控指标行号（从 1 起）；不填为整轮"],
                    "requirement": ["type": "string", "maxLength": RectificationRules.maxRequirement],
                    "deadline": ["type": "string", "format": "date", "description": "整改期限（最后一天）"],
                ],
            ],
            "RectificationStep": [
                "type": "object",
                "properties": [
                    "text": ["type": "string", "description": "答复：整改情况（必填）；完成：意见（可选）；重新整改：意见（必填）"],
                    "version": integer,
                ],
            ],
            "Rectification": [
                "type": "object",
                "properties": [
                    "id": string, "version": integer, "updatedAt": date, "kind": ["type": "string", "enum": kinds], "subject": string,
                    "target": integer, "targetName": string, "subjectTitle": string, "unitCode": string, "unitName": string,
                    "fiscalYear": integer, "requirement": string, "deadline": ["type": "string", "format": "date"],
                    "status": ["type": "string", "enum": RectificationStatus.allCases.map(\.rawValue)], "statusLabel": string,
                    "overdue": ["type": "boolean"], "raisedBy": string, "raisedAt": date, "answer": string, "answeredBy": string,
                    "answeredAt": date, "comment": string, "log": ["type": "array", "items": ["type": "object"]],
                ],
            ],
        ]
    }
}
