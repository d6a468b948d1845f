import JixiaoRender
import Vapor

/// The OpenAPI 3 document of `/api/v1`, generated from the routing table so that
/// it lists exactly the API routes the server has.
enum OpenAPIDocument {
    static func response(_ req: Request) async throws -> Response {
        let data = try JSONSerialization.data(withJSONObject: document(), options: [.sortedKeys, .prettyPrinted])
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// The document as JSON-compatible values.
    static func document() -> [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for rule in RouteTable.all() where rule.url.path.hasPrefix("/api/v1/") {
            let path =
                "/"
                + rule.url.path.split(separator: "/").dropFirst(2)
                .map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
            paths[path, default: [:]][rule.method.rawValue.lowercased()] = operation(rule)
        }
        return [
            "openapi": "3.0.3",
            "info": ["title": "Jixiao 绩效自评 API", "version": "1.0.0"],
            "servers": [["url": "/api/v1"]],
            "paths": paths,
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
                "schemas": OpenAPISchemas.all.merging(attachmentSchemas) { first, _ in first }
                    .merging(targetSchemas) { first, _ in first }.merging(rectificationSchemas) { first, _ in first }
                    .merging(monitoringSchemas) { first, _ in first }.merging(resultsSchemas) { first, _ in first },
            ],
        ]
    }

    private static func operation(_ rule: RouteRule) -> [String: Any] {
        var op: [String: Any] = ["summary": rule.summary ?? "", "responses": responses(rule)]
        if case .api = rule.access { op["security"] = [["bearer": [String]()]] } else { op["security"] = [[String: Any]]() }
        var parameters: [[String: Any]] = []
        if rule.url.path.contains(SiteURL.parameter) {
            parameters.append(["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]])
        }
        for query in rule.query {
            var schema: [String: Any] = ["type": query.type]
            if let value = query.defaultValue { schema["default"] = value }
            parameters.append([
                "name": query.name, "in": "query", "required": false, "description": query.summary,
                "schema": schema,
            ])
        }
        if rule.url == .api(.render(SiteURL.parameter)) {
            parameters.append([
                "name": "format", "in": "query", "required": false,
                "schema": ["type": "string", "enum": ["html", "docx", "xlsx", "md"], "default": "html"],
            ])
        }
        if !parameters.isEmpty { op["parameters"] = parameters }
        if let files = attachmentRequestBody(method: rule.method.rawValue, url: rule.url) {
            op["requestBody"] = files
        } else if let declaration = targetRequestBody(method: rule.method.rawValue, url: rule.url) {
            op["requestBody"] = declaration
        } else if let round = monitoringRequestBody(method: rule.method.rawValue, url: rule.url) {
            op["requestBody"] = round
        } else if let rectification = rectificationRequestBody(method: rule.method.rawValue, url: rule.url) {
            op["requestBody"] = rectification
        } else if let body = requestSchema(rule) {
            op["requestBody"] = ["required": true, "content": ["application/json": ["schema": ref(body)]]]
        }
        return op
    }

    private static func requestSchema(_ rule: RouteRule) -> String? {
        switch (rule.method, rule.url) {
        case (.POST, .api(.evaluations)): return "Evaluation"
        case (.PUT, _): return "EvaluationUpdate"
        case (.POST, .api(.workflow)): return "WorkflowCommand"
        case (.POST, .api(.copy)): return "CopyCommand"
        default: return nil
        }
    }

    private static func responses(_ rule: RouteRule) -> [String: Any] {
        let ok: (String, String) = {
            switch (rule.method, rule.url) {
            case (.GET, .api(.openAPI)): return ("200", "Object")
            case (.GET, .api(.units)): return ("200", "UnitList")
            case (.GET, .api(.fiscalYears)): return ("200", "FiscalYearList")
            case (.GET, .api(.evaluations)): return ("200", "EvaluationList")
            case (.POST, .api(.evaluations)), (.POST, .api(.copy)): return ("201", "StoredEvaluation")
            case (_, .api(.score)): return ("200", "Score")
            case (_, .api(.check)): return ("200", "Check")
            case (.GET, .api(.backup)): return ("200", "Object")
            default: return ("200", "StoredEvaluation")
            }
        }()
        var out: [String: Any] = [ok.0: ["description": "成功", "content": ["application/json": ["schema": ref(ok.1)]]]]
        if let files = attachmentResponses(method: rule.method.rawValue, url: rule.url) { out = files }
        if let declaration = targetResponses(method: rule.method.rawValue, url: rule.url) { out = declaration }
        if let round = monitoringResponses(method: rule.method.rawValue, url: rule.url) { out = round }
        if let rectification = rectificationResponses(method: rule.method.rawValue, url: rule.url) { out = rectification }
        if let results = resultsResponses(method: rule.method.rawValue, url: rule.url) { out = results }
        if rule.url == .api(.render(SiteURL.parameter)) {
            out["200"] = [
                "description": "报告文件",
                "content": Dictionary(
                    uniqueKeysWithValues: ReportFormat.allCases.map { FileResponse.contentType($0.fileExtension) }.map {
                        ($0, ["schema": ["type": "string", "format": "binary"]])
                    }),
            ]
            out["422"] = ["description": "无法评分或格式无效", "content": ["application/json": ["schema": ref("Error")]]]
        }
        guard case .api = rule.access else { return out }
        let error: [String: Any] = ["application/json": ["schema": ref("Error")]]
        out["401"] = ["description": "未认证", "content": error]
        out["403"] = ["description": "无权限", "content": error]
        if rule.url.path.contains(SiteURL.parameter) { out["404"] = ["description": "不存在或不在权限范围内", "content": error] }
        if rule.method == .PUT { out["409"] = ["description": "版本冲突", "content": error] }
        if rule.url == .api(.copy) {
            out["422"] = ["description": "没有上年同单位、同类型（同项目）的评价，或本年度不在填报中", "content": error]
            out["409"] = ["description": "本年度已有该评价（existingId 为其编号）", "content": error]
        }
        if rule.method != .GET { out["400"] = ["description": "请求无效", "content": error] }
        return out
    }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }
}
