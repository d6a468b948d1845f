"""Issue 17's walk: an accepted declaration becomes a monitoring round; the filer enters the
actuals and one target turns red; on the round's page the finance reviewer marks that red target
需要整改 with a requirement and a deadline; the filer sees it on the round's page and answers; the
self-evaluation review page of that unit and year shows the item with the unit's answer."""
import datetime
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import answer_confirm, click_and_wait_for_page, wait
from test_filing import field, login, type_into
from test_monitoring import accepted_declaration, light

REQUIREMENT = "说明工单办理时长超标的原因并报送整改措施"
ANSWER = "已增配坐席并压缩转办环节，8 月平均 4.6 个工作日"


def set_monitoring_date(driver, base):
    login(driver, base, "admin")
    driver.get(base + "/admin/monitoring-dates?year=2025")
    type_into(driver, "dates", "2025-07-31")
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save-dates"))
    wait(driver).until(EC.presence_of_element_located((By.ID, "flash")))


def red_round(driver, base, project):
    """The filer's round of the declaration at 2025-07-31, its second target red, submitted; returns its URL."""
    login(driver, base)
    driver.find_element(By.ID, "nav-monitoring").click()
    Select(wait(driver).until(lambda d: d.find_element(By.NAME, "declaration"))).select_by_visible_text(f"2025 年度 {project}")
    Select(field(driver, "asOf")).select_by_value("2025-07-31")
    driver.find_element(By.ID, "create-round").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    url = driver.current_url.split("?")[0]
    for name, value in [("budget.executed", "70"), ("budget.expectedYearEnd", "118"), ("targets.0.actual", "33000"),
                        ("targets.0.expectedYearEnd", "61000"), ("targets.1.actual", "5.2"),
                        ("targets.1.expectedYearEnd", "4.9"), ("targets.2.actual", "92"), ("targets.2.expectedYearEnd", "92")]:
        type_into(driver, name, value)
    field(driver, "targets.0.cumulative").click()
    for n, likelihood in enumerate(["确定能", "有可能", "确定能"]):
        Select(field(driver, f"targets.{n}.likelihood")).select_by_value(likelihood)
    wait(driver).until(lambda d: light(d, "light-1") == "red")
    type_into(driver, "targets.1.deviationReason", "人员保障：二季度两名坐席离职")
    type_into(driver, "targets.1.measures", "7 月起补充坐席 2 名")
    submit = driver.find_element(By.ID, "save-submit")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", submit)
    submit.click()
    answer_confirm(driver)
    wait(driver).until(EC.staleness_of(submit))
    wait(driver).until(EC.presence_of_element_located((By.ID, "flash")))
    assert driver.find_element(By.ID, "round-status").text == "已提交"
    return url


def test_red_target_rectification_answered_shown_on_review(fresh_server, driver, shot):
    base = fresh_server
    project = "热线监控" + uuid.uuid4().hex[:6]
    deadline = datetime.date(datetime.date.today().year + 1, 6, 30).isoformat()
    # given: an accepted declaration, the year's monitoring date, a submitted round with a red target
    accepted_declaration(driver, base, project)
    set_monitoring_date(driver, base)
    url = red_round(driver, base, project)
    # when: the reviewer marks the red target 需要整改 on the round's page
    login(driver, base, "reviewer")
    driver.get(url)
    form = wait(driver).until(EC.presence_of_element_located((By.ID, "rectification-raise")))
    assert light(driver, "light-1") == "red"
    target = Select(form.find_element(By.NAME, "target"))
    option = [o for o in target.options if o.get_attribute("value") == "2"][0]
    assert "工单平均办理时长" in option.text and "红灯" in option.text
    target.select_by_value("2")
    type_into(driver, "requirement", REQUIREMENT)
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, "deadline"), deadline)
    shot("monitoring-rectification-01-request")
    click_and_wait_for_page(driver, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已提出整改要求"))
    assert "待整改" in driver.find_element(By.ID, "rectification-status").text
    # then: the filer sees it on the round's page and answers it
    login(driver, base)
    driver.get(url)
    row = wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#rectifications tr[data-status=open]")))
    assert REQUIREMENT in row.text and "指标「工单平均办理时长」" in row.text
    assert not driver.find_elements(By.ID, "rectification-raise")
    link = row.find_element(By.TAG_NAME, "a")
    assert link.text == "答复"
    link.click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "rectification-status")))
    type_into(driver, "text", ANSWER)
    click_and_wait_for_page(driver, driver.find_element(By.ID, "rectification-answer"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已提交整改情况"))
    # when: the unit's 2025 self-evaluation of the project is made
    driver.get(base + "/")
    wait(driver).until(EC.presence_of_element_located((By.ID, "new-evaluation"))).click()
    Select(wait(driver).until(lambda d: d.find_element(By.NAME, "framework"))).select_by_value("mof-2020-project")
    type_into(driver, "year", "2025")
    type_into(driver, "project", project)
    driver.find_element(By.ID, "create").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    eid = driver.current_url.split("?")[0].rstrip("/").split("/")[-1]
    # then: its review page shows the round's item with the unit's answer
    login(driver, base, "reviewer")
    driver.get(f"{base}/review/{eid}")
    row = wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#rectifications tr[data-status=answered]")))
    assert REQUIREMENT in row.text and ANSWER in row.text and "已答复" in row.text
    assert f"运行监控 · 「{project}」2025年7月31日监控 · 指标「工单平均办理时长」" in row.text
    shot("monitoring-rectification-02-review-page")
