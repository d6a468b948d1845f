"""The whole review cycle in the browser: the filer submits, the department head
approves, the finance bureau returns with a reason, the filer fixes and resubmits,
the bureau re-scores and accepts, the administrator publishes, and an anonymous
visitor reads the public report and downloads the .docx. Then the dashboard's
SVG charts are checked against the tables of their numbers, and screenshotted."""
import re
import urllib.request
from decimal import Decimal

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.select import Select

from conftest import SCREENSHOTS, click_and_wait_for_page, wait

YEAR = "2024"


def login(driver, base, username):
    driver.get(base + "/health")
    driver.delete_all_cookies()
    driver.get(base + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys("jixiao-demo")
    driver.find_element(By.ID, "login").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "evaluation-list")))


def type_into(driver, name, text):
    element = driver.find_element(By.NAME, name)
    element.clear()
    element.send_keys(text)


def status_is(driver, label):
    try:
        wait(driver).until(EC.text_to_be_present_in_element((By.ID, "status"), label))
    except Exception:
        driver.save_screenshot(str(SCREENSHOTS / "review-failed.png"))
        (SCREENSHOTS / "review-failed.html").write_text(driver.page_source)
        raise


def save_and_submit(driver):
    # a save's flash may still be on the page (file_evaluation saved once): wait for the new page
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已保存"))
    assert "确定提交审核" in click_and_wait_for_page(driver, driver.find_element(By.ID, "submit"), confirm=True)
    blocking = driver.find_elements(By.ID, "blocking")
    assert not blocking, blocking[0].text if blocking else ""
    status_is(driver, "已提交")


def workflow(driver, action, reason=None, note=None):
    form = driver.find_element(By.ID, f"workflow-{action}")
    if reason is not None:
        form.find_element(By.NAME, "reason").send_keys(reason)
    if note is not None:
        Select(form.find_element(By.NAME, "noteField1")).select_by_value(note[0])
        form.find_element(By.NAME, "noteText1").send_keys(note[1])
    question = click_and_wait_for_page(driver, driver.find_element(By.ID, f"do-{action}"), confirm=action in CONFIRMED)
    if action in CONFIRMED:
        assert CONFIRMED[action] in question


# The steps that ask first, and a part of their question.
CONFIRMED = {"approve": "确定部门审核通过", "accept": "确定财政审核通过", "publish": "确定公开"}


def file_evaluation(driver, base, project="档案数字化"):
    """A complete project evaluation of the filer's unit, its last target typed but not saved; returns its id."""
    driver.find_element(By.ID, "new-evaluation").click()
    Select(driver.find_element(By.NAME, "framework")).select_by_value("mof-2020-project")
    type_into(driver, "year", YEAR)
    type_into(driver, "project", project)
    driver.find_element(By.ID, "create").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    for name, text in [("filing.filedBy", "张三"), ("filing.phone", "0751-6920122"), ("filing.filedOn", "2025-03-20"),
                       ("figures.budgetAdjusted", "120"), ("figures.budgetExecuted", "120")]:
        type_into(driver, name, text)
    for key, text in [("overallGoal", "完成馆藏档案数字化"), ("overallOutcome", "全年完成数字化任务"),
                      ("indicators", "各项指标均已完成"), ("problems", "扫描设备老化"), ("improvements", "更新设备")]:
        type_into(driver, f"narrative.{key}", text)
    rows = [("产出指标/数量指标", "数字化卷数", "5000", "卷", "5200", "50"),
            ("效益指标/社会效益指标", "查档办结率", "95", "%", "97", "30"),
            ("满意度指标/服务对象满意度指标", "查档群众满意度", "90", "%", "93", "10")]
    for i, row in enumerate(rows):
        if i == 2:  # the editor offers one more empty target row after each save
            click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
            wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已保存"))
        for part, text in zip(["levels", "name", "target", "unit", "actual", "maxScore"], row):
            type_into(driver, f"targets.{i}.{part}", text)
    return re.search(r"/evaluations/([0-9a-f-]{36})", driver.current_url).group(1)


def expected_review_total(driver, rescored):
    """The computed scores of the review table's rows with row i's replaced by
    rescored[i], added up and written with two decimals."""
    total = Decimal(0)
    rows = driver.find_elements(By.CSS_SELECTOR, "#review-scores tbody tr")
    for i, row in enumerate(rows):
        computed = row.find_element(By.CSS_SELECTOR, "td.computed-score").text
        if i in rescored:
            total += Decimal(rescored[i])
        elif computed not in ("", "—"):
            total += Decimal(computed)
    return f"{total:.2f}"


def test_whole_review_cycle(server, driver, shot):
    # given: the filer files and submits
    login(driver, server, "filer")
    eid = file_evaluation(driver, server)
    editor = f"{server}/evaluations/{eid}"
    save_and_submit(driver)
    # when: the department head approves
    login(driver, server, "approver")
    driver.get(editor)
    workflow(driver, "approve")
    status_is(driver, "部门已审")
    assert "已部门审核通过" in driver.find_element(By.ID, "flash").text
    # when: the finance bureau returns it with a reason about one field
    login(driver, server, "reviewer")
    driver.get(f"{server}/review?year={YEAR}&status=approved")
    driver.find_element(By.CSS_SELECTOR, f'#review-queue a[href="/review/{eid}"]').click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "review-scores")))
    shot("review-01-page")
    workflow(driver, "sendBack", reason="预算数与执行数均与决算报表不符，请核对",
             note=("figures.budgetExecuted", "执行数与决算报表不一致"))
    status_is(driver, "退回")
    # then: the filer sees the reason, and the note next to the field it concerns
    login(driver, server, "filer")
    driver.get(editor)
    assert "均与决算报表不符" in driver.find_element(By.ID, "return-reason").text
    note = driver.find_element(By.CSS_SELECTOR, '.review-note[data-field="figures.budgetExecuted"]')
    assert "执行数与决算报表不一致" in note.text
    shot("review-02-returned")
    # when: the filer fixes it and resubmits; the head approves again
    type_into(driver, "figures.budgetAdjusted", "100")
    type_into(driver, "figures.budgetExecuted", "100")
    save_and_submit(driver)
    login(driver, server, "approver")
    driver.get(editor)
    workflow(driver, "approve")
    status_is(driver, "部门已审")
    # when: the bureau re-scores one indicator and accepts
    login(driver, server, "reviewer")
    driver.get(f"{server}/review/{eid}")
    score_inputs = driver.find_elements(By.CSS_SELECTOR, 'input[name^="score."]')
    assert score_inputs, "the review page lists the indicators to re-score"
    score_inputs[0].clear()
    score_inputs[0].send_keys("8")
    driver.find_elements(By.CSS_SELECTOR, 'input[name^="comment."]')[0].send_keys("佐证材料不足")
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save-review"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "财政复核得分已保存"))
    # the 财政复核 total is the framework's total with this item at 8 and the unit's scores elsewhere
    assert driver.find_element(By.ID, "review-total").text.startswith(expected_review_total(driver, {0: "8"}))
    workflow(driver, "accept")
    status_is(driver, "财政已审")
    # then: locked for the filer
    login(driver, server, "filer")
    driver.get(editor)
    assert driver.find_elements(By.ID, "save") == []
    # when: the administrator publishes
    login(driver, server, "admin")
    driver.get(f"{server}/review/{eid}")
    workflow(driver, "publish")
    status_is(driver, "已公开")
    history = driver.find_element(By.ID, "review-history").text
    for who in ["五华填报人", "五华负责人", "财政审核员", "系统管理员"]:
        assert who in history
    assert "退回：预算数与执行数均与决算报表不符" in history
    # then: an anonymous visitor reads the public report and downloads the .docx
    driver.delete_all_cookies()
    driver.get(f"{server}/public?year={YEAR}")
    driver.find_element(By.CSS_SELECTOR, f'a[href="/public/{eid}"]').click()
    wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "article.jx-report")))
    assert "档案数字化" in driver.find_element(By.CSS_SELECTOR, "article.jx-report").text
    shot("review-03-public-report")
    href = driver.find_element(By.ID, "download-docx").get_attribute("href")
    with urllib.request.urlopen(href, timeout=30) as response:  # no cookies: anonymous
        body = response.read()
        assert response.status == 200
        assert "wordprocessingml" in response.headers["Content-Type"]
    assert body[:2] == b"PK"
    (SCREENSHOTS / "public-report.docx").write_bytes(body)


def bars(driver, chart):
    return {g.get_attribute("data-label"): g.get_attribute("data-value")
            for g in driver.find_elements(By.CSS_SELECTOR, f"#{chart} g.bar")}


def table(driver, name):
    rows = driver.find_elements(By.CSS_SELECTOR, f"#{name} tbody tr")
    return {r.find_elements(By.TAG_NAME, "td")[0].text: r.find_elements(By.TAG_NAME, "td")[1].text for r in rows}


def test_dashboard_charts_match_their_tables(server, driver, shot):
    # given
    login(driver, server, "reviewer")
    # when
    driver.get(f"{server}/dashboard?year={YEAR}")
    wait(driver).until(EC.presence_of_element_located((By.ID, "chart-status")))
    # then: every chart is an SVG with a table, and the bars carry the table's numbers
    for chart in ["status", "grades", "histogram", "self-score", "execution", "findings", "comparison"]:
        assert driver.find_element(By.ID, f"chart-{chart}").tag_name == "svg"
        assert driver.find_element(By.ID, f"table-{chart}")
    for chart in ["status", "grades", "histogram"]:
        assert bars(driver, f"chart-{chart}") == table(driver, f"table-{chart}"), chart
        assert driver.find_element(By.ID, f"chart-{chart}").size["height"] > 100
    assert sum(int(v) for v in table(driver, "table-status").values()) >= 1
    rates = table(driver, "table-execution")
    execution = {k: v for k, v in bars(driver, "chart-execution").items()}
    assert set(rates) == set(execution)
    for unit, value in execution.items():
        assert f"{float(value) * 100:.2f}%" == rates[unit]
    driver.find_element(By.ID, "section-status").screenshot(str(SCREENSHOTS / "dashboard-status-chart.png"))
    shot("dashboard-01")
