"""A filer logs in, fills an evaluation, sees a live finding appear and vanish,
uploads a sample report, and submits a complete evaluation."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.select import Select

from conftest import click_and_wait_for_page, samples_dir, wait, wait_until_gone



def login(driver, base, username="filer"):
    driver.get(base + "/health")
    driver.delete_all_cookies()
    driver.get(base + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys("jixiao-demo")
    driver.find_element(By.ID, "login").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "evaluation-list")))


def field(driver, name):
    return driver.find_element(By.NAME, name)


def type_into(driver, name, text):
    element = field(driver, name)
    element.clear()
    element.send_keys(text)


def create(driver, framework, year, project=""):
    driver.find_element(By.ID, "new-evaluation").click()
    Select(field(driver, "framework")).select_by_value(framework)
    type_into(driver, "year", year)
    if project:
        type_into(driver, "project", project)
    driver.find_element(By.ID, "create").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))


def finding_present(rule):
    return lambda d: d.find_elements(By.CSS_SELECTOR, f'#findings [data-rule="{rule}"]')


def test_live_finding_appears_and_vanishes(server, driver, shot):
    # given
    login(driver, server)
    shot("01-list")
    create(driver, "guangdong-county-department", "2025")
    # when: the parts do not add up to the total
    type_into(driver, "figures.expenditureTotal", "600")
    type_into(driver, "figures.basicExpenditure", "400")
    type_into(driver, "figures.projectExpenditure", "100")
    # then
    wait(driver).until(finding_present("sum.expenditure"))
    assert "520.00" not in driver.find_element(By.ID, "findings").text
    assert "500.00" in driver.find_element(By.ID, "findings").text
    shot("02-live-finding")
    # when: fixed
    type_into(driver, "figures.projectExpenditure", "200")
    # then
    wait_until_gone(driver, finding_present("sum.expenditure"))
    assert "得分" in driver.find_element(By.ID, "analysis").text
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已保存"))
    assert field(driver, "figures.projectExpenditure").get_attribute("value") == "200.00"
    shot("03-saved")


def upload_sample(driver, year):
    sample = samples_dir() / "wuhua-2023-data-bureau.txt"
    driver.find_element(By.ID, "upload-report").click()
    type_into(driver, "year", year)
    field(driver, "report").send_keys(str(sample))
    driver.find_element(By.ID, "upload").click()


def test_upload_sample_report(server, driver, shot):
    # given: the filer's unit has no 2023 evaluation (conftest leaves the wuhua 2023 example out)
    login(driver, server)
    # when: the 2023 sample is uploaded with 2025 on the form
    upload_sample(driver, "2025")
    # then: a 2023 draft with the report's texts and item scores, and a word about the year
    wait(driver).until(EC.presence_of_element_located((By.ID, "document-findings")))
    shot("04-uploaded")
    flash = driver.find_element(By.ID, "flash").text
    assert "已根据 wuhua-2023-data-bureau.txt 生成草稿" in flash
    assert "报告所写年度为 2023 年，与所选的 2025 年不同" in flash
    assert "2023" in driver.find_element(By.TAG_NAME, "h1").text
    assert field(driver, "filing.phone").get_attribute("value") == "13719971687"
    assert field(driver, "narrative.functions").get_attribute("value").startswith("1.主要职责")
    assert field(driver, "indicators.预算编制合理性.selfScore").get_attribute("value") in ("5", "5.00")


def test_upload_into_a_year_that_has_one_links_to_it(server, driver, shot):
    # given: the xinfeng filer's unit has its 2023 evaluation (the seeded example)
    login(driver, server, "filer-xinfeng")
    # when
    upload_sample(driver, "2023")
    # then: a clear message and a link to the evaluation there is
    wait(driver).until(EC.presence_of_element_located((By.ID, "existing-evaluation")))
    message = driver.find_element(By.ID, "error").text
    assert "新丰县行政服务中心 2023 年度已有部门整体支出绩效自评，不能重复创建" in message
    assert "报告所写年度为 2023 年" not in message  # the form said 2023 too
    shot("04-upload-duplicate")
    driver.find_element(By.ID, "existing-evaluation").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    assert "2023" in driver.find_element(By.TAG_NAME, "h1").text


def test_submit_blocked_then_submitted(server, driver, shot):
    # given: a project evaluation with its targets
    login(driver, server)
    create(driver, "mof-2020-project", "2025", project="政务服务热线运维")
    type_into(driver, "filing.filedBy", "张三")
    type_into(driver, "filing.phone", "0751-6920122")
    type_into(driver, "filing.filedOn", "2026-03-20")
    for key, text in [("overallGoal", "保障热线全年稳定运行"), ("overallOutcome", "全年稳定运行，接通率达标"),
                      ("indicators", "各项指标均已完成"), ("problems", "高峰时段接通压力较大"),
                      ("improvements", "优化排班")]:
        type_into(driver, f"narrative.{key}", text)
    type_into(driver, "figures.budgetAdjusted", "100")
    type_into(driver, "figures.budgetExecuted", "100")
    rows = [("产出指标/数量指标", "热线接通量", "10000", "次", "10200", "50"),
            ("效益指标/社会效益指标", "工单办结率", "95", "%", "96", "30")]
    for i, (levels, name, value, unit, actual, points) in enumerate(rows):
        for part, text in zip(["levels", "name", "target", "unit", "actual", "maxScore"], [levels, name, value, unit, actual, points]):
            type_into(driver, f"targets.{i}.{part}", text)
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已保存"))
    # when: submitted while the satisfaction target is missing
    click_and_wait_for_page(driver, driver.find_element(By.ID, "submit"), confirm=True)
    # then: blocked, with reasons (on the answer's page, not on the editor being left)
    wait(driver).until(EC.presence_of_element_located((By.ID, "blocking")))
    assert "暂不能提交" in driver.find_element(By.ID, "blocking").text
    shot("05-blocked")
    # when: the last target is added and the evaluation submitted
    for part, text in zip(["levels", "name", "target", "unit", "actual", "maxScore"],
                          ["满意度指标/服务对象满意度指标", "群众满意度", "90", "%", "93", "10"]):
        type_into(driver, f"targets.2.{part}", text)
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已保存"))
    click_and_wait_for_page(driver, driver.find_element(By.ID, "submit"), confirm=True)
    # then
    assert driver.find_elements(By.ID, "blocking") == []
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "status"), "已提交"))
    assert driver.find_elements(By.ID, "save") == []
    shot("06-submitted")
