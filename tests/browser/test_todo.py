"""待办, 消息 and 从上年复制 in the browser: the filer copies last year's evaluation; a
to-do list per role (filer, department head, finance reviewer) follows one evaluation
through submission, approval and a return, and the unit hears of the return; the
administrator's deadline marks what is overdue."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import click_and_wait_for_page, wait
from test_review_cycle import file_evaluation, login, save_and_submit, status_is, workflow

YEAR = "2024"
PROJECT = "待办演示项目"


def file_project(driver, project=PROJECT):
    """A complete project evaluation of the filer's unit named `project`, saved; returns its id."""
    eid = file_evaluation(driver, None, project)
    # the first save's flash is still on the page: wait for the second save's page
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已保存"))
    return eid


def todo_links(driver, base, group):
    """The evaluation links of one group of the to-do page (none when the group is absent)."""
    driver.get(base + "/todo")
    wait(driver).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))
    return [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, f"#todo-{group} tbody a")]


def test_last_years_copy(fresh_server, driver, shot):
    server = fresh_server
    # given: the filer's home offers to start 2025 from the unit's 2024 department evaluation
    login(driver, server, "filer")
    buttons = [b for b in driver.find_elements(By.CSS_SELECTOR, "#copy-last-year button")
               if "2025年度 部门整体支出绩效自评" in b.text]
    assert buttons, driver.find_element(By.ID, "todo-summary").text
    shot("todo-01-copy-button")
    # when
    click_and_wait_for_page(driver, buttons[0])
    # then: the new draft carries last year's targets without their results
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已从上年复制"))
    assert "2025" in driver.find_element(By.TAG_NAME, "h1").text
    assert driver.find_element(By.NAME, "targets.0.name").get_attribute("value") == "办件量"
    assert driver.find_element(By.NAME, "targets.0.target").get_attribute("value") == "1000"
    assert driver.find_element(By.NAME, "targets.0.actual").get_attribute("value") == ""
    assert driver.find_element(By.NAME, "figures.incomeTotal").get_attribute("value") == ""
    copy_url = driver.current_url.split("?")[0]
    shot("todo-02-copied")
    # then: the copy is on the filer's to-do list, and the button is gone from the home page
    assert copy_url in todo_links(driver, server, "draft")
    driver.get(server + "/evaluations")
    assert not [b for b in driver.find_elements(By.CSS_SELECTOR, "#copy-last-year button")
                if "2025年度 部门整体支出绩效自评" in b.text]


def test_todo_list_per_role(server, driver, shot):
    # given: the filer files a project and it waits on the filer's list
    login(driver, server, "filer")
    eid = file_project(driver)
    editor = f"{server}/evaluations/{eid}"
    assert editor in todo_links(driver, server, "draft")
    driver.get(editor)
    # when: submitted, it moves to the department head's list
    save_and_submit(driver)
    assert editor not in todo_links(driver, server, "draft")
    login(driver, server, "approver")
    assert driver.find_element(By.ID, "todo-count-submitted").text.startswith("已提交，待部门审核")
    assert editor in todo_links(driver, server, "submitted")
    shot("todo-03-approver")
    driver.get(editor)
    workflow(driver, "approve")
    status_is(driver, "部门已审")
    assert editor not in todo_links(driver, server, "submitted")
    # then: the finance reviewer has it, and opens it on the review page
    login(driver, server, "reviewer")
    review = f"{server}/review/{eid}"
    assert review in todo_links(driver, server, "approved")
    shot("todo-04-reviewer")
    driver.get(review)
    workflow(driver, "sendBack", reason="待办演示：请补充佐证")
    status_is(driver, "退回")
    # then: the filer has it back as returned, and a message naming the reason
    login(driver, server, "filer")
    assert int(driver.find_element(By.ID, "unread-count").text) >= 1
    assert editor in todo_links(driver, server, "returned")
    driver.find_element(By.ID, "nav-notices").click()
    returned = [li for li in driver.find_elements(By.CSS_SELECTOR, "#notice-list li.unread")
                if PROJECT in li.text and "被财政退回" in li.text]
    assert returned and "待办演示：请补充佐证" in returned[0].text
    assert [li for li in driver.find_elements(By.CSS_SELECTOR, "#notice-list li") if PROJECT in li.text and "已通过部门审核" in li.text]
    notice = returned[0]
    shot("todo-05-notices")
    click_and_wait_for_page(driver, notice.find_element(By.CSS_SELECTOR, "button"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已标为已读"))
    assert not [li for li in driver.find_elements(By.CSS_SELECTOR, "#notice-list li.unread")
                if PROJECT in li.text and "被财政退回" in li.text]


def test_deadline_marks_overdue(server, driver, shot):
    # given: the administrator sets 2024's deadline to a day long past, and first a wrong one
    login(driver, server, "admin")
    driver.get(server + "/admin")
    field = driver.find_element(By.ID, f"deadline-{YEAR}")
    field.clear()
    field.send_keys("2025-02-30")
    driver.find_element(By.CSS_SELECTOR, f"#year-{YEAR} button[type=submit]").click()
    error = wait(driver).until(EC.presence_of_element_located((By.ID, f"deadline-{YEAR}-error")))
    assert "不是有效日期" in error.text
    assert driver.find_element(By.ID, f"deadline-{YEAR}").get_attribute("value") == "2025-02-30"
    field = driver.find_element(By.ID, f"deadline-{YEAR}")
    field.clear()
    field.send_keys("2025-01-31")
    click_and_wait_for_page(driver, driver.find_element(By.CSS_SELECTOR, f"#year-{YEAR} button[type=submit]"))
    wait(driver).until(EC.presence_of_element_located((By.ID, "flash")))
    # then: the filer's returned 2024 project is marked overdue on the to-do page and the list
    login(driver, server, "filer")
    assert "逾期" in driver.find_element(By.ID, "todo-summary").text
    driver.get(server + "/todo")
    assert "已过填报截止日期" in driver.find_element(By.ID, "overdue-count").text
    overdue = driver.find_elements(By.CSS_SELECTOR, "#todo-returned tr.overdue")
    assert overdue and PROJECT in overdue[0].text and "2025-01-31" in overdue[0].text
    shot("todo-06-overdue")
