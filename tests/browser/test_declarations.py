"""Target declarations as web documents (issue 16): declare with live findings at the field,
department approval, finance review with a verdict per row, return with reason, fix, accept;
the next self-evaluation opens with the targets filled; then an adjustment (调整) with a reason, reviewed
again and accepted, after which the evaluation's changed target is a finding at its field."""
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import click_and_wait_for_page, wait, wait_until_gone
from test_filing import create, field, login, type_into

ROWS = [
    ["产出指标", "数量指标", "热线受理量", "≥", "60000", "件", "40"],
    ["效益指标", "社会效益指标", "工单平均办理时长", "≤", "5", "个工作日", "30"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "85", "%", "30"],
]
PARTS = ["level1", "level2", "name", "direction", "target", "unit", "maxScore"]


def status(driver):
    return driver.find_element(By.ID, "declaration-status").text


def step(driver, action, reason=None, refused=False):
    """Takes a workflow step and waits for its page: the flash, or the refusal above the buttons."""
    if reason:
        type_into(driver, "reason", reason)
    button = driver.find_element(By.ID, f"step-{action}")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    wait(driver).until(EC.staleness_of(button))
    wait(driver).until(EC.presence_of_element_located((By.ID, "workflow-error" if refused else "flash")))


def open_as(driver, server, username, url):
    login(driver, server, username)
    driver.get(url)
    wait(driver).until(EC.presence_of_element_located((By.ID, "declaration-status")))


def test_declare_review_per_row_return_fix_accept_adjust(server, driver, shot):
    project = "热线运维" + uuid.uuid4().hex[:6]
    # given: the filer starts a project declaration from the top bar
    login(driver, server)
    driver.find_element(By.ID, "nav-targets").click()
    Select(wait(driver).until(lambda d: d.find_element(By.NAME, "scope"))).select_by_value("project")
    type_into(driver, "year", "2025")
    type_into(driver, "project", project)
    driver.find_element(By.ID, "create-declaration").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    url = driver.current_url.split("?")[0]
    for n in range(1, 4):
        driver.find_element(By.ID, "op-add").click()
        wait(driver).until(EC.presence_of_element_located((By.ID, f"targets.{n}.name")))
    # when the filer types the rows and funds that do not add up: the finding appears at the field
    for n, row in enumerate(ROWS, start=1):
        for part, value in zip(PARTS, row):
            type_into(driver, f"targets.{n}.{part}", value)
    type_into(driver, "funds.total", "100")
    type_into(driver, "funds.fiscal", "50")
    type_into(driver, "funds.other", "20")
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, '#findings [data-rule="targets.funds"]'))
    wait(driver).until(lambda d: field(d, "funds.total").get_attribute("aria-invalid") == "true")
    shot("declaration-live-finding")
    type_into(driver, "funds.other", "50")
    wait_until_gone(driver, lambda d: d.find_elements(By.CSS_SELECTOR, '#findings [data-rule="targets.funds"]'))
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.presence_of_element_located((By.ID, "flash")))
    assert driver.find_elements(By.ID, "findings-none")
    step(driver, "submit")
    assert status(driver) == "已提交"
    # the department head approves; the finance bureau returns row 3 with a reason
    open_as(driver, server, "approver", url)
    step(driver, "approve")
    open_as(driver, server, "reviewer", url)
    assert "初审" in driver.find_element(By.ID, "declaration-head").text
    Select(field(driver, "verdict.3")).select_by_value("revise")
    type_into(driver, "comment.3", "满意度不低于 90%")
    shot("declaration-review-per-row")
    step(driver, "sendBack", reason="满意度目标偏低")
    assert status(driver) == "退回"
    # then the filer sees the reason and the row's note, fixes the row and submits again
    open_as(driver, server, "filer", url)
    assert "满意度目标偏低" in driver.find_element(By.ID, "return-reason").text
    assert "满意度不低于 90%" in driver.page_source
    type_into(driver, "targets.3.target", "90")
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.presence_of_element_located((By.ID, "flash")))
    step(driver, "submit")
    open_as(driver, server, "approver", url)
    step(driver, "approve")
    open_as(driver, server, "reviewer", url)
    assert "复审" in driver.find_element(By.ID, "declaration-head").text
    # a row still marked 需修改 cannot be accepted; the reviewer agrees to the fixed row
    assert Select(field(driver, "verdict.3")).first_selected_option.get_attribute("value") == "revise"
    step(driver, "accept", refused=True)
    assert "不能审核通过" in driver.find_element(By.ID, "workflow-error").text
    Select(field(driver, "verdict.3")).select_by_value("agree")
    type_into(driver, "comment.3", "已改为 90%")
    step(driver, "accept")
    assert status(driver) == "财政已审"
    assert "同意" in driver.find_element(By.ID, "verdict-3").text
    # the next self-evaluation of the project opens with the accepted targets filled
    login(driver, server)
    create(driver, "mof-2020-project", "2025", project=project)
    evaluation_url = driver.current_url.split("?")[0]
    assert [field(driver, f"targets.{i}.name").get_attribute("value") for i in range(3)] == [r[2] for r in ROWS]
    assert field(driver, "targets.2.target").get_attribute("value") in ("90", "90%")
    assert not driver.find_elements(By.CSS_SELECTOR, '#findings [data-rule="target.changed"]')
    shot("declaration-filled-evaluation")
    # and an adjustment: with a reason, back to draft, the row changed; the accepted version stays in force
    driver.get(url)
    wait(driver).until(EC.presence_of_element_located((By.ID, "declaration-status")))
    step(driver, "adjust", reason="追加预算")
    assert status(driver) == "草稿"
    assert "追加预算" in driver.find_element(By.ID, "adjustment-reason").text
    assert "调整理由" in driver.find_element(By.ID, "declaration-history").text
    type_into(driver, "targets.1.target", "65000")
    save = driver.find_element(By.ID, "save")
    save.click()
    # the adjustment step's flash is still on the page: wait for the saved page itself
    wait(driver).until(EC.staleness_of(save))
    wait(driver).until(EC.presence_of_element_located((By.ID, "flash")))
    driver.get(server + "/targets")
    row = wait(driver).until(lambda d: d.find_element(By.XPATH, f'//table[@id="declarations"]//tr[td/a[text()="{project}"]]'))
    assert "财政已审（调整中：草稿）" in row.text
    # the adjustment is reviewed again: submitted, approved, accepted by the finance bureau at its 初审
    driver.get(url)
    wait(driver).until(EC.presence_of_element_located((By.ID, "declaration-status")))
    step(driver, "submit")
    open_as(driver, server, "approver", url)
    step(driver, "approve")
    open_as(driver, server, "reviewer", url)
    assert "初审" in driver.find_element(By.ID, "declaration-head").text
    step(driver, "accept")
    assert status(driver) == "财政已审"
    assert not driver.find_elements(By.ID, "adjustment-reason")
    history = driver.find_element(By.ID, "declaration-history").text
    assert "调整理由" in history and "追加预算" in history and "65000" in history
    shot("declaration-adjustment-accepted")
    # the evaluation filled before now differs from the accepted targets: a finding at the field
    open_as(driver, server, "filer", url)
    driver.get(evaluation_url)
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, '#findings [data-rule="target.changed"][data-field="targets.0.target"]'))
