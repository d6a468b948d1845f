"""Hostile text typed into the app runs no script where it is shown, and no page breaks
its Content-Security-Policy (the app needs no inline script or style; app.js still works)."""
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import click_and_wait_for_page, wait
from test_filing import create, field, login, type_into

HOSTILE = "\"'><script>window.__xss=1;alert(1)</script><img src=x onerror=\"window.__xss=2\">{{7*7}}"

# Injected by the browser before every page's own code (CDP scripts are not subject to the
# page's policy): it records every CSP violation the page causes.
WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


def watch(driver):
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})


def assert_clean(driver, where):
    try:
        text = driver.switch_to.alert.text
        raise AssertionError(f"{where}: an alert ran ({text})")
    except NoAlertPresentException:
        pass
    assert driver.execute_script("return window.__xss === undefined"), f"{where}: injected script ran"
    assert driver.execute_script("return window.__csp") == [], f"{where}: {driver.execute_script('return window.__csp')}"
    assert not driver.find_elements(By.CSS_SELECTOR, "img"), f"{where}: an <img> came from the text"


def test_hostile_text_runs_no_script(server, driver, shot):
    watch(driver)
    # given a filer who types hostile text into a new evaluation
    login(driver, server)
    create(driver, "mof-2020-project", "2025", project=HOSTILE)
    evaluation = driver.current_url
    for name in ["filing.filedBy", "filing.phone", "targets.0.name", "targets.0.deviationNote"]:
        type_into(driver, name, HOSTILE)
    # (app.js, served under the policy, still posts the form as the user types)
    wait(driver).until(lambda d: d.execute_script("return document.body.dataset.analyzed"))
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已保存"))
    shot("security-editor")
    # then the editor shows the text as typed and ran none of it
    assert_clean(driver, "editor")
    assert field(driver, "filing.filedBy").get_attribute("value") == HOSTILE
    assert field(driver, "targets.0.name").get_attribute("value") == HOSTILE
    for page in ["/evaluations", evaluation.replace(server, "") + "/history"]:
        driver.get(server + page)
        assert_clean(driver, page)
    driver.get(evaluation + "/history")
    assert HOSTILE in driver.find_element(By.ID, "history").text

    # and the reviewer and the administrator who open it run none of it either
    login(driver, server, "reviewer")
    driver.get(evaluation.replace("/evaluations/", "/review/"))
    assert_clean(driver, "review page")
    assert HOSTILE in driver.find_element(By.TAG_NAME, "body").text

    login(driver, server, "admin")
    driver.get(server + "/admin")
    type_into(driver, "code", "x" + HOSTILE)
    type_into(driver, "name", HOSTILE)
    driver.find_element(By.CSS_SELECTOR, "#unit-form button[type=submit]").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "units")))
    driver.get(server + "/admin")
    shot("security-admin")
    assert_clean(driver, "admin page")
    assert HOSTILE in driver.find_element(By.ID, "units").text
    driver.get(server + "/review")
    assert_clean(driver, "review queue")
    driver.get(server + "/dashboard")
    assert_clean(driver, "dashboard")


def test_policy_blocks_inline_script(server, driver):
    watch(driver)
    # given a page of the app
    login(driver, server)
    # when an inline script gets into it (as injected markup would)
    driver.execute_script("var s = document.createElement('script'); s.textContent = 'window.__xss = 3';"
                          "document.body.appendChild(s);")
    # then the browser refuses to run it and reports the violation
    assert driver.execute_script("return window.__xss === undefined")
    assert any(v.startswith("script-src") for v in driver.execute_script("return window.__csp")), \
        driver.execute_script("return window.__csp")
