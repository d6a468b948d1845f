"""Monitoring rounds as web documents (issue 17): the administrator sets the year's monitoring date
(a date outside the year refused at its field); an accepted declaration becomes a round without
retyping its targets; the filer enters the execution and actuals, and the lights turn with their
arithmetic as they type (a red light, a missing reason at its field); 保存并提交; the department
approves and the finance bureau accepts; the finance list shows the round under its red light."""
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import answer_confirm, click_and_wait_for_page, wait, wait_until_gone
from test_declarations import PARTS, ROWS
from test_declarations import step as declaration_step
from test_filing import field, login, type_into


def light(driver, row_id):
    return driver.find_element(By.CSS_SELECTOR, f"#{row_id} .light").get_attribute("data-light")


def round_step(driver, action):
    button = driver.find_element(By.ID, f"step-{action}")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    if action in ("approve", "accept"):
        answer_confirm(driver)
    wait(driver).until(EC.staleness_of(button))
    wait(driver).until(EC.presence_of_element_located((By.ID, "flash")))


def accepted_declaration(driver, server, project):
    """A project declaration of the filer's unit, declared, approved and accepted through the pages."""
    login(driver, server)
    driver.find_element(By.ID, "nav-targets").click()
    Select(wait(driver).until(lambda d: d.find_element(By.NAME, "scope"))).select_by_value("project")
    type_into(driver, "year", "2025")
    type_into(driver, "project", project)
    driver.find_element(By.ID, "create-declaration").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    url = driver.current_url.split("?")[0]
    for n in range(1, len(ROWS) + 1):
        driver.find_element(By.ID, "op-add").click()
        wait(driver).until(EC.presence_of_element_located((By.ID, f"targets.{n}.name")))
    for n, row in enumerate(ROWS, start=1):
        for part, value in zip(PARTS, row):
            type_into(driver, f"targets.{n}.{part}", value)
    for name, value in [("funds.total", "120"), ("funds.fiscal", "100"), ("funds.other", "20")]:  # 万元
        type_into(driver, name, value)
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.presence_of_element_located((By.ID, "flash")))
    declaration_step(driver, "submit")
    for username, action in [("approver", "approve"), ("reviewer", "accept")]:
        login(driver, server, username)
        driver.get(url)
        wait(driver).until(EC.presence_of_element_located((By.ID, "declaration-status")))
        declaration_step(driver, action)
    assert driver.find_element(By.ID, "declaration-status").text == "财政已审"


def test_round_from_accepted_declaration_red_light_submitted_accepted(server, driver, shot):
    project = "热线监控" + uuid.uuid4().hex[:6]
    accepted_declaration(driver, server, project)
    # given: the administrator sets the 2025 monitoring date; a date of 2026 is refused at the field
    login(driver, server, "admin")
    driver.get(server + "/admin/monitoring-dates?year=2025")
    type_into(driver, "dates", "2025-07-31\n2026-01-31")
    driver.find_element(By.ID, "save-dates").click()
    error = wait(driver).until(lambda d: d.find_element(By.ID, "dates--error"))
    assert "2026-01-31 不在 2025 年度内" in error.text
    assert field(driver, "dates").get_attribute("aria-invalid") == "true"
    type_into(driver, "dates", "2025-07-31")
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save-dates"))
    wait(driver).until(EC.presence_of_element_located((By.ID, "flash")))
    assert "2025-07-31" in driver.find_element(By.ID, "current-dates").text
    # when: the filer makes the round from the accepted declaration
    login(driver, server)
    driver.find_element(By.ID, "nav-monitoring").click()
    Select(wait(driver).until(lambda d: d.find_element(By.NAME, "declaration"))).select_by_visible_text(f"2025 年度 {project}")
    Select(field(driver, "asOf")).select_by_value("2025-07-31")
    driver.find_element(By.ID, "create-round").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    url = driver.current_url.split("?")[0]
    # then: the declared targets are there, not typed again
    rows = driver.find_element(By.ID, "round-rows").text
    assert "热线受理量" in rows and "≥ 60000 件" in rows and "≤ 5 个工作日" in rows
    assert field(driver, "budget.annual").get_attribute("value") == "120"
    # when: the execution is entered, the budget light turns red with its arithmetic
    type_into(driver, "budget.executed", "30")
    wait(driver).until(lambda d: "42.86%" in d.find_element(By.ID, "light-budget").text)
    assert light(driver, "light-budget") == "red"
    assert "执行率 25.00%" in driver.find_element(By.ID, "light-budget").text
    assert driver.find_element(By.CSS_SELECTOR, "#light-budget .light").text == "红灯"
    type_into(driver, "budget.expectedYearEnd", "118")
    type_into(driver, "targets.0.actual", "33000")
    field(driver, "targets.0.cumulative").click()
    type_into(driver, "targets.0.expectedYearEnd", "61000")
    Select(field(driver, "targets.0.likelihood")).select_by_value("确定能")
    type_into(driver, "targets.1.actual", "5.2")
    type_into(driver, "targets.1.expectedYearEnd", "4.9")
    Select(field(driver, "targets.1.likelihood")).select_by_value("有可能")
    type_into(driver, "targets.2.actual", "92")
    type_into(driver, "targets.2.expectedYearEnd", "92")
    Select(field(driver, "targets.2.likelihood")).select_by_value("确定能")
    # then: the late target is red, and its missing reason is a finding at its 偏差原因
    wait(driver).until(lambda d: light(d, "light-1") == "red")
    wait(driver).until(lambda d: field(d, "targets.1.deviationReason").get_attribute("aria-invalid") == "true")
    assert "5.2" in driver.find_element(By.ID, "light-1").text
    wait(driver).until(lambda d: light(d, "light-0") == "green")
    shot("monitoring-red-light")
    type_into(driver, "targets.1.deviationReason", "人员保障：二季度两名坐席离职")
    type_into(driver, "targets.1.measures", "7 月起补充坐席 2 名")
    wait_until_gone(driver, lambda d: d.find_elements(By.CSS_SELECTOR, '#findings [data-rule="monitor.reason-missing"]'))
    # when: saved and submitted in one step, approved by the department, accepted by the bureau
    submit = driver.find_element(By.ID, "save-submit")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", submit)
    submit.click()
    answer_confirm(driver)
    wait(driver).until(EC.staleness_of(submit))
    wait(driver).until(EC.presence_of_element_located((By.ID, "flash")))
    assert driver.find_element(By.ID, "round-status").text == "已提交"
    assert "人员保障" in driver.find_element(By.ID, "round-rows").text
    login(driver, server, "approver")
    driver.get(url)
    round_step(driver, "approve")
    login(driver, server, "reviewer")
    driver.find_element(By.ID, "nav-monitoring").click()
    Select(wait(driver).until(lambda d: d.find_element(By.NAME, "light"))).select_by_value("red")
    # the unfiltered list already links the round: wait for the filtered page, else its late
    # arrival could replace the round page opened next
    click_and_wait_for_page(driver, driver.find_element(By.CSS_SELECTOR, "#round-filter button"))
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, f'#rounds a[href="{url.split(server)[1]}"]'))
    driver.get(url)
    round_step(driver, "accept")
    # then
    assert driver.find_element(By.ID, "round-status").text == "财政已审"
    assert driver.find_element(By.ID, "overall-badge").text == "红灯"
    shot("monitoring-accepted")
