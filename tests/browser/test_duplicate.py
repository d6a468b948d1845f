"""One evaluation per unit, year and kind: creating a second department-wide evaluation
of the filer's unit for a year shows a clear message with a link to the one there is."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.select import Select

from conftest import wait
from test_filing import login, type_into

YEAR = "2024"  # the demo seeds a 2024 department-wide draft for every unit


def test_second_evaluation_of_a_year_shows_the_duplicate_message(server, driver, shot):
    # given
    login(driver, server, "filer")
    # when: the filer asks for another 2024 department-wide evaluation
    driver.find_element(By.ID, "new-evaluation").click()
    Select(driver.find_element(By.NAME, "framework")).select_by_value("guangdong-county-department")
    type_into(driver, "year", YEAR)
    driver.find_element(By.ID, "create").click()
    # then: the message names the unit, the year and the kind, and links to the one there is
    wait(driver).until(EC.presence_of_element_located((By.ID, "existing-evaluation")))
    message = driver.find_element(By.ID, "error").text
    assert f"五华县政务服务数据管理局 {YEAR} 年度已有部门整体支出绩效自评，不能重复创建" in message
    shot("duplicate-01-message")
    driver.find_element(By.ID, "existing-evaluation").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    assert f"{YEAR}" in driver.find_element(By.TAG_NAME, "h1").text
