import JixiaoCore

/// The attachment routes in the OpenAPI document: a multipart request body and file,
/// list and empty answers instead of the evaluation the other routes answer with.
extension OpenAPIDocument {
    /// The multipart body of the upload route, or nil for every other route.
    static func attachmentRequestBody(method: String, url: SiteURL) -> [String: Any]? {
        guard method == "POST", case .api(.attachments) = url else { return nil }
        let schema: [String: Any] = [
            "type": "object", "required": ["file"],
            "properties": [
                "file": [
                    "type": "string", "format": "binary",
                    "description": "PDF、PNG、JPEG、.docx 或 .xlsx，至多 20 MB；类型按内容判断",
                ],
                "indicator": ["type": "string", "description": "所属指标（指标体系的末级指标 id）；不填为整份报告"],
                "public": ["type": "string", "enum": ["1", "0"], "description": "1：评价公开时一并公开"],
            ],
        ]
        return ["required": true, "content": ["multipart/form-data": ["schema": schema]]]
    }

    /// The success and refusal answers of the attachment routes, or nil for every other route.
    static func attachmentResponses(method: String, url: SiteURL) -> [String: Any]? {
        let error: [String: Any] = ["application/json": ["schema": ref("Error")]]
        switch (method, url) {
        case ("POST", .api(.attachments)):
            return [
                "201": ["description": "已上传", "content": ["application/json": ["schema": ref("Attachment")]]],
                "409": ["description": "评价不是草稿或退回状态", "content": error],
                "413": ["description": "文件超过 20 MB", "content": error],
                "422": ["description": "空文件、类型不受支持、指标不存在或数量超限", "content": error],
            ]
        case ("GET", .api(.attachments)):
            return ["200": ["description": "成功", "content": ["application/json": ["schema": ref("AttachmentList")]]]]
        case ("GET", .api(.attachment)):
            let binary: [String: Any] = ["schema": ["type": "string", "format": "binary"]]
            return [
                "200": [
                    "description": "文件（Content-Disposition: attachment）",
                    "content": Dictionary(uniqueKeysWithValues: AttachmentType.allCases.map { ($0.contentType, binary) }),
                ]
            ]
        case ("DELETE", .api(.attachment)):
            return ["204": ["description": "已删除"], "409": ["description": "评价不是草稿或退回状态", "content": error]]
        default:
            return nil
        }
    }

    /// The component schemas of the attachment answers.
    static var attachmentSchemas: [String: Any] {
        let string: [String: Any] = ["type": "string"]
        return [
            "Attachment": [
                "type": "object", "required": ["id", "name", "size", "contentType", "uploadedBy", "uploadedAt", "public"],
                "properties": [
                    "id": string, "name": string, "size": ["type": "integer"], "contentType": string,
                    "indicator": ["type": "string", "nullable": true], "uploadedBy": string,
                    "uploadedAt": ["type": "string", "format": "date-time"],
                    "public": ["type": "boolean"],
                ],
            ],
            "AttachmentList": [
                "type": "object", "required": ["items"],
                "properties": ["items": ["type": "array", "items": ref("Attachment")]],
            ],
        ]
    }
}
