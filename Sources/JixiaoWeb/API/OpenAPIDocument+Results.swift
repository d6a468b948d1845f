import JixiaoCore

/// The 结果应用 route (`/results`) in the OpenAPI document: the rows of the `/results` page.
extension OpenAPIDocument {
    static func resultsResponses(method: String, url: SiteURL) -> [String: Any]? {
        guard method == "GET", url == .api(.results) else { return nil }
        let error: [String: Any] = ["application/json": ["schema": ref("Error")]]
        return [
            "200": [
                "description": "成功", "content": ["application/json": ["schema": ["type": "array", "items": ref("ResultUse")]]],
            ],
            "400": ["description": "year、unit、grade 或 light 无效（message 说明参数）", "content": error],
        ]
    }

    static var resultsSchemas: [String: Any] {
        let string: [String: Any] = ["type": "string"], nullable: [String: Any] = ["type": "string", "nullable": true]
        let light: [String: Any] = ["type": "string", "enum": Light.allCases.map(\.rawValue), "nullable": true]
        return [
            "ResultUse": [
                "type": "object",
                "description": "一个单位一年的结果应用行，与 /results 页的行相同；百分数和得分为两位小数的字符串",
                "properties": [
                    "unitCode": string, "unitName": string,
                    "status": ["type": "string", "enum": EvaluationStatus.allCases.map(\.rawValue), "nullable": true],
                    "statusLabel": nullable, "grade": ["type": "string", "enum": Grade.allCases.map(\.rawValue), "nullable": true],
                    "score": nullable,
                    "monitoring": [
                        "type": "object", "nullable": true, "description": "本年度最近一次已提交的单位运行监控",
                        "properties": [
                            "asOf": string, "months": ["type": "integer"], "overall": light, "budget": light,
                            "budgetRate": nullable, "timeProgress": string,
                        ],
                    ],
                    "openRectifications": ["type": "integer"], "treatment": nullable, "reason": string,
                ],
            ]
        ]
    }
}
