"""Findings at the field and autosave (issue 15): a finding clicked in the panel focuses its
input; what autosave stored is there after a reload; a field someone else changed meanwhile
shows both values."""
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import click_and_wait_for_page, wait
from test_filing import create, field, login, type_into


def new_project(driver, server):
    login(driver, server)
    create(driver, "mof-2020-project", "2025", project="字段测试" + uuid.uuid4().hex[:8])
    return driver.current_url


def click(driver, element):
    """Clicks `element` once scrolled to the middle of the window (the sticky action bar
    covers the foot of the viewport, as it does for a person, who scrolls)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def autosaved(driver):
    return lambda d: d.find_element(By.ID, "editor").get_attribute("data-autosave-state") == "saved"


def test_a_finding_clicked_focuses_its_field(server, driver, shot):
    # given a new draft: its panel lists what is missing, each a link to its input
    new_project(driver, server)
    link = wait(driver).until(lambda d: d.find_element(
        By.CSS_SELECTOR, '#findings li[data-rule="meta.missing"] a.finding-link'))
    target = link.find_element(By.XPATH, "./..").get_attribute("data-field")
    assert target == "filing.filedBy"
    # and the input carries the finding under it
    assert field(driver, target).get_attribute("aria-describedby") == target + "--findings"
    # when
    click(driver, link)
    # then
    wait(driver).until(lambda d: d.switch_to.active_element.get_attribute("name") == target)
    shot("field-finding-focused")
    # and a finding deep in the form (a section's text) is reached the same way
    section = driver.find_element(By.CSS_SELECTOR, '#findings li[data-rule="section.missing"] a.finding-link')
    name = section.find_element(By.XPATH, "./..").get_attribute("data-field")
    click(driver, section)
    wait(driver).until(lambda d: d.switch_to.active_element.get_attribute("name") == name)
    assert name.startswith("narrative.")


def test_autosave_survives_a_reload(server, driver, shot):
    # given
    url = new_project(driver, server)
    version = field(driver, "version").get_attribute("value")
    # when the filer types and pauses
    type_into(driver, "filing.filedBy", "自动保存")
    type_into(driver, "figures.budgetAdjusted", "120")
    wait(driver).until(autosaved(driver))
    assert "已自动保存" in driver.find_element(By.ID, "autosave-status").text
    assert int(field(driver, "version").get_attribute("value")) > int(version)
    shot("autosaved")
    # then a reload (nothing left unsaved, so no question) shows what was typed
    driver.get(url)
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    assert field(driver, "filing.filedBy").get_attribute("value") == "自动保存"
    assert field(driver, "figures.budgetAdjusted").get_attribute("value") == "120.00"


def test_a_conflict_shows_both_values(server, driver, shot):
    # given the draft open in two windows
    url = new_project(driver, server)
    first = driver.current_window_handle
    driver.switch_to.new_window("tab")
    driver.get(url)
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    # when the second window saves one value
    type_into(driver, "filing.filedBy", "王五")
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已保存"))
    driver.close()
    driver.switch_to.window(first)
    # and the first, still at the old version, types another into the same field
    type_into(driver, "filing.filedBy", "赵六")
    # then autosave does not overwrite: the field shows both values, with a choice
    box = wait(driver).until(lambda d: d.find_element(By.CSS_SELECTOR, '.autosave-conflict[data-field="filing.filedBy"]'))
    assert "王五" in box.text and "赵六" in box.text
    assert driver.find_element(By.ID, "editor").get_attribute("data-autosave-state") == "conflict"
    shot("autosave-conflict")
    # when the filer keeps the saved value, autosave goes on
    box.find_element(By.CSS_SELECTOR, "button.conflict-theirs").click()
    wait(driver).until(autosaved(driver))
    assert field(driver, "filing.filedBy").get_attribute("value") == "王五"
