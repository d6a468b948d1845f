"""Issue 17's 结果应用 in the browser: the administrator sets 2023's thresholds and rules on the
year's settings page (a threshold out of range is refused with its message at the field, then
good values are saved); the filer's unit submits its 2023 self-evaluation; the finance reviewer
opens 结果应用 and reads the unit's grade with the year's treatment, and the page's download
link answers the same view as an .xlsx."""
import io
import re
import zipfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import click_and_wait_for_page, wait
from test_batch_and_workbook import session_opener
from test_filing import field, login, type_into, upload_sample

YEAR = "2023"
GRADES = ["优", "良", "中", "差"]
RULES = {"rule.excellent": "优档增加安排", "rule.good": "良档维持安排", "rule.fair": "中档压减一成", "rule.poor": "差档暂停安排"}

COMPLETION = {
    "narrative.execution": "全年预算 563.02 万元，执行 563.02 万元，执行率 100%。",
    "indicators.财政拨款收入预决算差异率.note": "年中追加项目资金，预决算存在差异；今后细化年初预算。",
    "indicators.社会经济环境效益.note": "个别事项办理时限偏长；下一年度压缩办理环节。",
    "figures.budgetAdjusted": "563.02", "figures.budgetExecuted": "563.02",
    "figures.fixedAssetsInUse": "100", "figures.fixedAssetsTotal": "100",
    "figures.publicExpenditure": "50", "figures.publicExpenditureBudget": "50",
    "figures.keyTasksDone": "10", "figures.keyTasksAssigned": "10",
}


def save_settings(driver):
    save = driver.find_element(By.ID, "settings-save")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", save)
    save.click()
    wait(driver).until(EC.staleness_of(save))


def set_year_settings(driver, base, shot):
    login(driver, base, "admin")
    driver.get(f"{base}/admin/years/{YEAR}/settings")
    wait(driver).until(EC.presence_of_element_located((By.ID, "year-settings")))
    # a threshold beyond 1000% is refused, with its message at the field, and nothing is saved
    type_into(driver, "budget.yellowFrom", "1200")
    save_settings(driver)
    error = wait(driver).until(EC.presence_of_element_located((By.ID, "budget.yellowFrom--error")))
    assert error.text == "预算执行灯的黄灯下限 1200% 超出范围，应在 0 至 1000% 之间"
    assert "invalid" in error.find_element(By.XPATH, "..").get_attribute("class")
    assert field(driver, "budget.yellowFrom").get_attribute("value") == "1200"
    assert "当前为默认值" in driver.find_element(By.ID, "settings-state").text
    shot("results-01-settings-refused")
    # a good value and the year's own treatments are saved
    type_into(driver, "budget.yellowFrom", "40")
    for name, text in RULES.items():
        type_into(driver, name, text)
    save_settings(driver)
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "监控阈值与结果应用规则已保存。"))
    assert driver.find_elements(By.CSS_SELECTOR, ".field-error") == []
    assert field(driver, "budget.yellowFrom").get_attribute("value") == "40"
    assert "当前为本年度自定的设置" in driver.find_element(By.ID, "settings-state").text
    assert driver.find_element(By.ID, "budget-bands").text.startswith("现行预算执行灯：红灯 低于 40%")
    shot("results-02-settings-saved")


def submit_unit_evaluation(driver, base):
    """The filer's unit's 2023 self-evaluation from the sample report, submitted."""
    login(driver, base)
    upload_sample(driver, YEAR)
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    # what the report leaves out and submitting needs
    for name, text in COMPLETION.items():
        type_into(driver, name, text)
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已保存"))
    submit = driver.find_element(By.ID, "submit")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", submit)
    # the confirm's answer is a new page: read #blocking on it, not on the page being left
    click_and_wait_for_page(driver, submit, confirm=True)
    blocking = driver.find_elements(By.ID, "blocking")
    assert not blocking, blocking[0].text if blocking else ""
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "status"), "已提交"))


def test_year_settings_shape_the_results_view(fresh_server, driver, shot):
    base = fresh_server
    # given: 2023's settings of the administrator and the unit's submitted self-evaluation
    set_year_settings(driver, base, shot)
    submit_unit_evaluation(driver, base)
    # when: the finance reviewer opens 结果应用 for 2023
    login(driver, base, "reviewer")
    driver.get(f"{base}/results?year={YEAR}")
    table = wait(driver).until(EC.presence_of_element_located((By.ID, "table-results")))
    # then: the year's rules in words, and the unit's row with its grade and the year's treatment
    assert "良 良档维持安排" in driver.find_element(By.ID, "results-rules").text
    rows = [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")]
            for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")]
    row = next(r for r in rows if r[0] == "wuhua-data")
    assert row[1] == "五华县政务服务数据管理局" and row[2] == "已提交"
    grade = row[3]
    assert grade in GRADES, row
    assert re.fullmatch(r"\d+\.\d{2}", row[4]), row
    treatment = RULES[["rule.excellent", "rule.good", "rule.fair", "rule.poor"][GRADES.index(grade)]]
    assert row[11] == treatment
    assert row[12] == f"自评等级 {grade} → {treatment}"
    shot("results-03-view")
    # and the download link answers the view as an .xlsx
    link = driver.find_element(By.ID, "results-export")
    assert link.text == "导出 Excel"
    with session_opener(driver).open(link.get_attribute("href")) as response:
        assert response.status == 200
        assert "spreadsheetml" in response.headers["Content-Type"]
        assert f"jixiao-results-{YEAR}.xlsx" in response.headers["Content-Disposition"]
        data = response.read()
    book = zipfile.ZipFile(io.BytesIO(data))
    texts = book.read("xl/worksheets/sheet1.xml").decode()
    assert f"{YEAR}年度绩效评价结果应用" in texts and f"自评等级 {grade} → {treatment}" in texts
