"""Steps that are hard to undo ask first: declining 提交审核 leaves the draft as it was."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import answer_confirm, wait
from test_filing import login


def open_draft(driver, year):
    """Opens the filer's department-wide draft of `year` from the evaluation list."""
    for row in driver.find_elements(By.CSS_SELECTOR, "#evaluation-list tbody tr"):
        cells = [td.text for td in row.find_elements(By.TAG_NAME, "td")]
        if cells[1].startswith(year) and "草稿" in cells[3] and "项目" not in cells[2]:
            row.find_element(By.TAG_NAME, "a").click()
            wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
            return
    raise AssertionError(f"no {year} draft in the list")


def test_declined_submit_sends_nothing(server, driver, shot):
    # given the filer's 2024 draft
    login(driver, server, "filer")
    open_draft(driver, "2024")
    url = driver.current_url
    # when 提交审核 is pressed and the question declined
    driver.find_element(By.ID, "submit").click()
    question = answer_confirm(driver, accept=False)
    # then nothing was sent: same page, still a draft, no message
    assert "确定提交审核" in question
    assert driver.current_url == url
    assert "草稿" in driver.find_element(By.ID, "status").text
    assert driver.find_elements(By.ID, "flash") == []
    assert driver.find_elements(By.ID, "blocking") == []
    shot("confirm-01-declined")
