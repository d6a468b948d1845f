"""整改 in the browser: the finance reviewer marks 需要整改 on a self-evaluation's review page
with a requirement and a deadline; the item is on the filer's to-do list; the filer answers;
the reviewer finds it on the to-do list and closes it; the review page of that unit and year
shows it as 已完成 with the answer."""
import datetime

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import click_and_wait_for_page, wait
from test_review_cycle import login, type_into

REQUIREMENT = "补充第三季度偏差原因并附整改台账"
ANSWER = "已补充偏差原因，整改台账已上传"


def wuhua_evaluation(driver, base):
    """The id of the filer's first evaluation on the list."""
    login(driver, base, "filer")
    link = driver.find_element(By.CSS_SELECTOR, "#evaluation-list a[href*='/evaluations/']")
    return link.get_attribute("href").rstrip("/").split("/")[-1]


def todo_item(driver, base, text):
    """Opens the to-do page and follows the rectification row's link whose text is `text`."""
    driver.get(base + "/todo")
    wait(driver).until(EC.presence_of_element_located((By.ID, "todo-rectifications")))
    row = [r for r in driver.find_elements(By.CSS_SELECTOR, "#todo-rectifications tbody tr") if REQUIREMENT in r.text][0]
    link = row.find_element(By.TAG_NAME, "a")
    assert link.text == text
    link.click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "rectification-status")))


def test_rectification_requested_answered_closed(server, driver, shot):
    eid = wuhua_evaluation(driver, server)
    deadline = datetime.date(datetime.date.today().year + 1, 6, 30).isoformat()
    # given: the reviewer on the evaluation's review page
    login(driver, server, "reviewer")
    driver.get(f"{server}/review/{eid}")
    wait(driver).until(EC.presence_of_element_located((By.ID, "rectification-raise")))
    # when: 需要整改 with a requirement and a deadline (the date picker's value set as it would)
    type_into(driver, "requirement", REQUIREMENT)
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, "deadline"), deadline)
    shot("rectification-01-request")
    click_and_wait_for_page(driver, driver.find_element(By.CSS_SELECTOR, "#rectification-raise button[type=submit]"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已提出整改要求"))
    assert "待整改" in driver.find_element(By.ID, "rectification-status").text
    # then: on the filer's to-do list, answered there
    login(driver, server, "filer")
    todo_item(driver, server, "答复")
    type_into(driver, "text", ANSWER)
    shot("rectification-02-answer")
    click_and_wait_for_page(driver, driver.find_element(By.ID, "rectification-answer"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已提交整改情况"))
    assert "已答复" in driver.find_element(By.ID, "rectification-status").text
    # then: on the reviewer's to-do list, closed there
    login(driver, server, "reviewer")
    todo_item(driver, server, "审核")
    assert ANSWER in driver.find_element(By.ID, "rectification-reply").text
    type_into(driver, "text", "整改到位")
    click_and_wait_for_page(driver, driver.find_element(By.ID, "rectification-close"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已确认整改完成"))
    # then: the self-evaluation's review page shows it done, with the unit's answer
    driver.get(f"{server}/review/{eid}")
    row = wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#rectifications tr[data-status=closed]")))
    assert REQUIREMENT in row.text and ANSWER in row.text and "已完成" in row.text
    shot("rectification-03-review-page")
