"""佐证材料 in the browser: the filer uploads a PDF on the editor, the finance reviewer sees it
on the review page and downloads it (its bytes, type and attachment disposition), and
another unit's filer is refused both the evaluation and the file."""
import base64
import os
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.select import Select

from conftest import click_and_wait_for_page, wait

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"

# Reads a URL with the page's own session and reports status, headers and the body as base64.
FETCH = """
const done = arguments[arguments.length - 1];
fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
  const bytes = new Uint8Array(await r.arrayBuffer());
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  done({status: r.status, type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'),
        nosniff: r.headers.get('x-content-type-options'), body: btoa(text)});
}).catch(e => done({status: -1, error: String(e)}));
"""


def login(driver, base, username):
    driver.get(base + "/health")
    driver.delete_all_cookies()
    driver.get(base + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys("jixiao-demo")
    driver.find_element(By.ID, "login").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "evaluation-list")))


def new_draft(driver):
    """A new project draft of the filer's unit; returns its editor URL."""
    driver.find_element(By.ID, "new-evaluation").click()
    Select(driver.find_element(By.NAME, "framework")).select_by_value("mof-2020-project")
    year = driver.find_element(By.NAME, "year")
    year.clear()
    year.send_keys("2024")
    driver.find_element(By.NAME, "project").send_keys("佐证材料演示项目")
    driver.find_element(By.ID, "create").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    return driver.current_url.split("?")[0].split("#")[0]


def fetch(driver, url):
    driver.set_script_timeout(30)
    return driver.execute_async_script(FETCH, url)


def test_an_attachment_uploaded_by_the_filer_is_downloaded_by_the_reviewer_and_refused_to_another_unit(driver, server):
    # given: the filer's draft and a PDF on disk
    folder = tempfile.mkdtemp(prefix="jixiao-attachment-")
    path = os.path.join(folder, "证明材料.pdf")
    with open(path, "wb") as f:
        f.write(PDF)
    login(driver, server, "filer")
    editor = new_draft(driver)
    # when the filer uploads it on the editor
    driver.find_element(By.ID, "attachment-file").send_keys(path)
    button = driver.find_element(By.ID, "attachment-upload")
    # Centred, as a user scrolls to it: at the page's foot the sticky action bar would cover it.
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    click_and_wait_for_page(driver, button)
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "佐证材料已上传"))
    link = driver.find_element(By.CSS_SELECTOR, "#attachment-list a.attachment-link")
    assert link.text == "证明材料.pdf"
    href = link.get_attribute("href")
    evaluation_id = editor.rsplit("/", 1)[1]

    # then the finance reviewer sees it on the review page and downloads it
    login(driver, server, "reviewer")
    driver.get(f"{server}/review/{evaluation_id}")
    listed = wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#attachment-list a.attachment-link")))
    assert listed.text == "证明材料.pdf" and listed.get_attribute("href") == href
    assert not driver.find_elements(By.ID, "attachment-form")
    got = fetch(driver, href)
    assert got["status"] == 200, got
    assert base64.b64decode(got["body"]) == PDF
    assert got["type"] == "application/pdf" and got["nosniff"] == "nosniff"
    assert got["disposition"].startswith("attachment;") and "filename*=UTF-8''" in got["disposition"]

    # and another unit's filer is refused the evaluation and the file
    login(driver, server, "filer-xinfeng")
    driver.get(editor)
    assert "证明材料.pdf" not in driver.page_source
    refused = fetch(driver, href)
    assert refused["status"] == 404, refused
    driver.get(href)
    assert "证明材料" not in driver.page_source and "%PDF" not in driver.page_source
