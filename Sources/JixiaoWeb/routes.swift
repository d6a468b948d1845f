import JixiaoCore
import Vapor

/// One route: method, typed path pattern, who may call it, and its handler.
struct RouteRule: Sendable {
    var method: HTTPMethod
    var url: SiteURL
    var access: Access
    /// OpenAPI summary for API routes (nil for pages).
    var summary: String? = nil
    /// Query parameters the OpenAPI document lists.
    var query: [QueryParameter] = []
    /// Largest request body, when the route takes more or less than the app's default.
    var maxBody: Int? = nil
    var handler: @Sendable (Request) async throws -> Response

    /// The Vapor path components of the pattern.
    var pathComponents: [PathComponent] { url.path.pathComponents }
}

/// THE routing table: every route of the app with its access rule. The role-walk
/// test enumerates it, and checks that Vapor knows no route outside it.
enum RouteTable {
    static func all() -> [RouteRule] {
        let id = SiteURL.parameter
        let session = SessionController(), account = AccountController()
        let list = EvaluationsController(), editor = EditorController(), upload = UploadController()
        let assets = AssetsController(), api = APIController(), report = ReportController()
        let signedIn = Access.page(Access.everyRole), editors = Access.page(Access.editors)
        let apiAll = Access.api(Access.everyRole), apiEditors = Access.api(Access.editors)
        return [
            .init(method: .GET, url: .home, access: .anyone, handler: list.home),
            .init(method: .GET, url: .health, access: .anyone, handler: wrap(assets.health)),
            .init(method: .GET, url: .metrics, access: .anyone, handler: MetricsController().metrics),
            .init(method: .GET, url: .asset(SiteURL.assetParameter), access: .anyone, handler: assets.asset),
            .init(method: .GET, url: .login, access: .anyone, handler: session.loginPage),
            .init(method: .POST, url: .login, access: .anyone, handler: session.login),
            .init(method: .POST, url: .logout, access: signedIn, handler: session.logout),
            .init(method: .GET, url: .password, access: signedIn, handler: account.passwordPage),
            .init(method: .POST, url: .password, access: signedIn, handler: account.changePassword),
            .init(method: .GET, url: .tokens, access: signedIn, handler: account.tokensPage),
            .init(method: .POST, url: .tokens, access: signedIn, handler: account.createToken),
            .init(method: .POST, url: .tokenRevoke(id), access: signedIn, handler: account.revokeToken),
            .init(method: .GET, url: .evaluations, access: signedIn, handler: list.list),
            .init(method: .POST, url: .evaluations, access: editors, handler: list.create),
            .init(method: .GET, url: .newEvaluation, access: editors, handler: list.newPage),
            .init(method: .GET, url: .upload, access: editors, handler: upload.page),
            .init(method: .POST, url: .upload, access: editors, handler: upload.upload),
            .init(method: .GET, url: .evaluation(id), access: signedIn, handler: editor.show),
            .init(method: .POST, url: .evaluation(id), access: editors, handler: editor.save),
            .init(method: .POST, url: .analyze(id), access: editors, handler: editor.analyze),
            .init(method: .POST, url: .autosave(id), access: editors, handler: AutosaveController().save),
            .init(method: .POST, url: .submit(id), access: editors, handler: editor.submit),
            .init(method: .POST, url: .workbookUpload(id), access: editors, handler: WorkbookUploadController().upload),
            .init(method: .GET, url: .history(id), access: signedIn, handler: list.history),
            .init(method: .GET, url: .report(id, format: SiteURL.formatParameter), access: signedIn, handler: report.page),
            .init(
                method: .GET, url: .api(.openAPI), access: .anyone, summary: "本 API 的 OpenAPI 3 文档",
                handler: { req in try await OpenAPIDocument.response(req) }),
            .init(method: .GET, url: .api(.units), access: apiAll, summary: "可见的单位", handler: wrap(api.units)),
            .init(
                method: .GET, url: .api(.fiscalYears), access: apiAll, summary: "年度：是否填报中，各类型的默认指标体系",
                handler: wrap(api.fiscalYears)),
            .init(
                method: .GET, url: .api(.evaluations), access: apiAll, summary: "按单位、年度、状态分页列出评价（新近修改的在前）",
                query: QueryParameter.evaluationList, handler: api.list),
            .init(
                method: .POST, url: .api(.evaluations), access: apiEditors, summary: "新建评价（草稿；年度须在填报中，frameworkID 为空时用该年度该类型的默认指标体系）",
                handler: api.create),
            .init(method: .GET, url: .api(.evaluation(id)), access: apiAll, summary: "读取评价", handler: wrap(api.read)),
            .init(
                method: .PUT, url: .api(.evaluation(id)), access: apiEditors, summary: "修改评价（须带读取时的版本号）",
                handler: api.update),
            .init(method: .GET, url: .api(.score(id)), access: apiAll, summary: "评价得分", handler: wrap(api.score)),
            .init(method: .GET, url: .api(.check(id)), access: apiAll, summary: "评价审核结果", handler: wrap(api.check)),
            .init(
                method: .GET, url: .api(.render(id)), access: apiAll, summary: "生成报告（format=html、docx、xlsx 或 md）",
                handler: report.api),
        ] + ReviewRoutes.all(signedIn: signedIn, apiAll: apiAll) + AdminRoutes.all() + TodoRoutes.all() + AttachmentRoutes.all()
            + DeclarationRoutes.all() + MonitoringRoutes.all() + MonitoringExportRoutes.all() + RectificationRoutes.all()
            + ResultsRoutes.all()
    }

    private static func wrap<T: AsyncResponseEncodable & Sendable>(
        _ f: @escaping @Sendable (Request) async throws -> T
    ) -> @Sendable (Request) async throws -> Response {
        { req in try await f(req).encodeResponse(for: req) }
    }
}

/// Registers every rule of `RouteTable` behind its access middleware.
func routes(_ app: Application) throws {
    let pages = app.grouped(app.sessions.middleware, SessionUserMiddleware())
    let apiGroup = app.grouped(TokenAuthMiddleware())
    for rule in RouteTable.all() {
        let base: any RoutesBuilder
        switch rule.access {
        case .api: base = apiGroup.grouped(AccessMiddleware(access: rule.access))
        case .page: base = pages.grouped(AccessMiddleware(access: rule.access), CSRFMiddleware())
        case .anyone where rule.url.path.hasPrefix("/api/"): base = apiGroup
        case .anyone where rule.url == .health || rule.url == .metrics || rule.url == .asset(SiteURL.assetParameter): base = app
        case .anyone: base = pages.grouped(CSRFMiddleware())
        }
        let handler = rule.handler
        let body: HTTPBodyStreamStrategy = rule.maxBody.map { .collect(maxSize: ByteCount(value: $0)) } ?? .collect
        let route = base.on(rule.method, rule.pathComponents, body: body) { req in
            try await HeaderCounts.$unread.withValue(HeaderCounts.unread(req)) { try await handler(req) }
        }
        // CSRFMiddleware collects a page's body before the route does: it reads the limit here.
        if let limit = rule.maxBody { route.userInfo[CSRFMiddleware.maxBodyKey] = limit }
    }
}
