"""The department head's review in the browser (issue 15): 部门审核退回 with a reason and a
note reaches the filer (on the page, the to-do list and as a message); 部门审核通过 with a
comment too. Nothing typed is lost: the filer's unsaved edit goes with 提交审核, and the
reviewer's unsaved re-score goes with 退回."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import click_and_wait_for_page, wait
from test_review_cycle import login, save_and_submit, status_is, type_into, workflow
from test_todo import file_project, todo_links

PROJECT = "部门退回演示项目"


def notice_texts(driver, base, words):
    """The texts of the filer's messages about PROJECT containing `words`."""
    driver.get(base + "/notices")
    wait(driver).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))
    return [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#notice-list li") if PROJECT in li.text and words in li.text]


def test_department_head_returns_and_comments(server, driver, shot):
    # given: the filer files and submits a project
    login(driver, server, "filer")
    eid = file_project(driver, PROJECT)
    editor = f"{server}/evaluations/{eid}"
    save_and_submit(driver)
    # when: the department head returns it, first without a reason, then with one and a note
    login(driver, server, "approver")
    driver.get(editor)
    workflow(driver, "departmentReturn", note=("filing.phone", "电话号码请写区号"))
    wait(driver).until(EC.presence_of_element_located((By.ID, "reason--error")))
    form = driver.find_element(By.ID, "workflow-departmentReturn")
    assert form.find_element(By.NAME, "noteText1").get_attribute("value") == "电话号码请写区号"
    form.find_element(By.NAME, "reason").send_keys("联系电话不完整")
    driver.find_element(By.ID, "do-departmentReturn").click()
    status_is(driver, "退回")
    shot("department-01-returned")
    # then: the filer sees the reason, the note at its field, the to-do item and the message
    login(driver, server, "filer")
    assert editor in todo_links(driver, server, "returned")
    returned = notice_texts(driver, server, "被部门退回")
    assert returned and "联系电话不完整" in returned[0]
    driver.get(editor)
    assert "联系电话不完整" in driver.find_element(By.ID, "return-reason").text
    assert "电话号码请写区号" in driver.find_element(By.CSS_SELECTOR, ".review-note[data-field='filing.phone']").text
    shot("department-02-filer-sees-reason")
    # when: the filer corrects the phone and presses 提交审核 without saving first
    type_into(driver, "filing.phone", "0762-1234567")
    assert "确定提交审核" in click_and_wait_for_page(driver, driver.find_element(By.ID, "submit"), confirm=True)
    blocking = driver.find_elements(By.ID, "blocking")
    assert not blocking, blocking[0].text if blocking else ""
    status_is(driver, "已提交")
    # then: what was typed was submitted
    assert driver.find_element(By.NAME, "filing.phone").get_attribute("value") == "0762-1234567"
    # when: the department head approves with a comment
    login(driver, server, "approver")
    driver.get(editor)
    driver.find_element(By.ID, "workflow-approve").find_element(By.NAME, "comment").send_keys("已核对，同意报送")
    workflow(driver, "approve")
    status_is(driver, "部门已审")
    # then: the filer reads the comment in the message
    login(driver, server, "filer")
    approved = notice_texts(driver, server, "已通过部门审核")
    assert approved and "审核意见：已核对，同意报送" in approved[0]
    shot("department-03-comment-message")


def test_reviewers_typed_score_goes_with_the_return(server, driver, shot):
    # given: the project of the test above, approved by the department; the reviewer types a
    # re-score and does not save it
    login(driver, server, "reviewer")
    driver.get(server + "/todo")
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#todo-approved tbody a") if PROJECT in a.text]
    assert links, "the approved project waits on the reviewer's to-do list"
    eid = re.search(r"/review/([0-9a-f-]{36})", links[0]).group(1)
    driver.get(f"{server}/review/{eid}")
    score = driver.find_elements(By.CSS_SELECTOR, "#review-scores input[name^='score.']")[0]
    name = score.get_attribute("name")
    score.clear()
    score.send_keys("1")
    # when: 退回 with a reason
    workflow(driver, "sendBack", reason="请补充佐证材料")
    status_is(driver, "退回")
    # then: the typed re-score was kept with the return
    row = driver.find_element(By.CSS_SELECTOR, f"#review-scores tr[data-indicator='{name[len('score.'):]}']")
    assert row.text.split()[-1] == "1.00"
    shot("department-04-score-kept")
