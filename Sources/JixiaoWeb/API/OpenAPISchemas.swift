/// The component schemas of the OpenAPI document.
enum OpenAPISchemas {
    private static func object(_ properties: [String: Any], required: [String] = []) -> [String: Any] {
        var o: [String: Any] = ["type": "object", "properties": properties]
        if !required.isEmpty { o["required"] = required }
        return o
    }
    nonisolated(unsafe) private static let string: [String: Any] = ["type": "string"]
    nonisolated(unsafe) private static let integer: [String: Any] = ["type": "integer"]
    nonisolated(unsafe) private static let decimal: [String: Any] = ["type": "string", "description": "十进制数（精确小数，字符串形式）"]
    nonisolated(unsafe) private static let finding = object(
        [
            "rule": string, "severity": ["type": "string", "enum": ["info", "warning", "error"]],
            "message": string, "location": ["type": "object"],
        ],
        required: ["rule", "severity", "message"])

    nonisolated(unsafe) static let all: [String: Any] = [
        "Object": ["type": "object"],
        "Unit": object(["name": string, "code": string, "region": string, "parentCode": string], required: ["name"]),
        "UnitList": ["type": "array", "items": OpenAPIDocument.ref("Unit")],
        "FiscalYear": object(
            [
                "year": integer, "open": ["type": "boolean"],
                "defaults": [
                    "type": "object", "additionalProperties": string,
                    "description": "departmentWide / project → 默认指标体系 id",
                ],
                "deadline": [
                    "type": "string", "format": "date", "nullable": true,
                    "description": "填报截止日期（ISO 日期）；未设定为 null。此后仍为草稿或退回的评价为逾期",
                ],
            ],
            required: ["year", "open", "defaults", "deadline"]),
        "FiscalYearList": ["type": "array", "items": OpenAPIDocument.ref("FiscalYear")],
        "CopyCommand": object(
            [
                "unit": ["type": "string", "description": "单位代码；省略为本人单位"],
                "year": ["type": "integer", "description": "本年度（复制其上一年度的评价）"],
                "kind": ["type": "string", "enum": ["departmentWide", "project"]],
                "project": ["type": "string", "description": "项目名称（项目支出评价）"],
            ],
            required: ["year", "kind"]),
        "Evaluation": object(
            [
                "id": string, "kind": ["type": "string", "enum": ["departmentWide", "project"]],
                "unit": OpenAPIDocument.ref("Unit"), "fiscalYear": integer, "frameworkID": string,
                "status": ["type": "string", "enum": ["draft", "submitted", "approved", "accepted", "returned", "published"]],
                "filing": ["type": "object"], "figures": ["type": "object", "additionalProperties": decimal],
                "targets": ["type": "array", "items": ["type": "object"]],
                "indicators": ["type": "object"], "narrative": ["type": "array", "items": ["type": "object"]],
                "statedTotal": decimal,
            ],
            required: [
                "kind", "unit", "fiscalYear", "frameworkID", "status", "filing", "figures", "targets",
                "indicators", "narrative",
            ]),
        "EvaluationUpdate": object(
            ["version": integer, "evaluation": OpenAPIDocument.ref("Evaluation")],
            required: ["version", "evaluation"]),
        "StoredEvaluation": object(
            [
                "id": string, "version": integer, "updatedAt": ["type": "string", "format": "date-time"],
                "updatedBy": string, "evaluation": OpenAPIDocument.ref("Evaluation"),
            ],
            required: ["id", "version", "updatedAt", "updatedBy", "evaluation"]),
        "EvaluationSummary": object(
            [
                "id": string, "unitCode": string, "unitName": string, "fiscalYear": integer,
                "kind": string, "status": string, "frameworkID": string, "title": string,
                "metrics": ["type": "object"], "version": integer,
                "updatedAt": ["type": "string", "format": "date-time"],
            ],
            required: ["id", "unitCode", "fiscalYear", "status", "version"]),
        "EvaluationList": object(
            [
                "items": ["type": "array", "items": OpenAPIDocument.ref("EvaluationSummary")],
                "page": integer, "per": integer, "total": integer,
            ],
            required: ["items", "page", "per", "total"]),
        "Finding": finding,
        "Check": object(
            ["findings": ["type": "array", "items": OpenAPIDocument.ref("Finding")], "blocking": integer],
            required: ["findings", "blocking"]),
        "Score": object(
            [
                "score": ["type": "object", "nullable": true], "scored": ["type": "boolean"],
                "unavailable": ["type": "string", "nullable": true],
                "findings": ["type": "array", "items": OpenAPIDocument.ref("Finding")],
            ], required: ["findings", "scored"]),
        "WorkflowCommand": object(
            [
                "action": [
                    "type": "string",
                    "enum": ["submit", "approve", "departmentReturn", "sendBack", "accept", "publish", "reopen", "withdraw"],
                ],
                "reason": string, "notes": ["type": "object", "additionalProperties": string], "version": integer,
            ], required: ["action"]),
        "Error": object(
            [
                "error": object(
                    [
                        "status": integer, "message": string, "currentVersion": integer,
                        "existingId": string,
                    ],
                    required: ["status", "message"])
            ], required: ["error"]),
    ]
}
