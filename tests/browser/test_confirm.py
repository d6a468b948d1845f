"""Steps that are hard to undo ask first: declining 提交审核 leaves the draft as it was;
leaving the editor with unsaved input asks too."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import answer_confirm, click_and_wait_for_page, wait
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


def watch_leaving(driver):
    """Records, in sessionStorage, whether the page asked before it was left (the app's
    beforeunload handler cancels the event). WebDriver answers leave-page questions by
    itself, so the test reads the event rather than a dialog."""
    driver.execute_script(
        "window.addEventListener('beforeunload', function (e) {"
        " sessionStorage.setItem('asked', String(e.defaultPrevented)); });")


def test_leaving_the_editor_with_unsaved_input_asks(server, driver):
    # given the filer's 2024 draft with a typed, unsaved value
    login(driver, server, "filer")
    open_draft(driver, "2024")
    watch_leaving(driver)
    field = driver.find_element(By.NAME, "filing.filedBy")
    field.clear()
    field.send_keys("李四")
    # when the filer follows a link away
    driver.find_element(By.ID, "history-link").click()
    wait(driver).until(EC.url_contains("/history"))
    # then the page asked first
    assert driver.execute_script("return sessionStorage.getItem('asked')") == "true"
    # when the input is saved and the editor left again
    driver.back()
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    watch_leaving(driver)
    field = driver.find_element(By.NAME, "filing.filedBy")
    field.clear()
    field.send_keys("王五")
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已保存"))
    # then 保存 itself did not ask
    assert driver.execute_script("return sessionStorage.getItem('asked')") == "false"
    # when the saved page is left untouched, it asks nothing either
    driver.execute_script("sessionStorage.removeItem('asked')")
    watch_leaving(driver)
    driver.find_element(By.ID, "history-link").click()
    wait(driver).until(EC.url_contains("/history"))
    assert driver.execute_script("return sessionStorage.getItem('asked')") == "false"
