"""Review at scale and the Excel round trip in the browser: a project filed, approved and
accepted is published from the review list by 批量公开 (ticked, confirmed, result message);
the editor's downloaded workbook, filled offline with one bad cell, is refused naming the
cell with nothing changed, then taken once the cell is fixed."""
import http.cookiejar
import io
import re
import tempfile
import urllib.request
import zipfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import answer_confirm, click_and_wait_for_page, wait
from test_filing import create, login
from test_review_cycle import file_evaluation

YEAR = "2024"


def save(driver):
    # after the first save its flash is still on the page: wait for the new one
    click_and_wait_for_page(driver, driver.find_element(By.ID, "save"))
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已保存"))


def file_project(driver, name):
    """A complete project evaluation of the filer's unit, submitted; returns its id."""
    eid = file_evaluation(driver, None, name)
    save(driver)
    click_and_wait_for_page(driver, driver.find_element(By.ID, "submit"), confirm=True)
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "status"), "已提交"))
    return eid


def step(driver, action):
    click_and_wait_for_page(driver, driver.find_element(By.ID, f"do-{action}"), confirm=True)


def test_batch_publish(server, driver, shot):
    # given a project filed, approved by the head and accepted by the finance bureau
    login(driver, server, "filer")
    eid = file_project(driver, "批量公开演示")
    login(driver, server, "approver")
    driver.get(f"{server}/evaluations/{eid}")
    step(driver, "approve")
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "status"), "部门已审"))
    login(driver, server, "reviewer")
    driver.get(f"{server}/review/{eid}")
    step(driver, "accept")
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已财政审核通过"))
    # when the reviewer lists the accepted ones, searches the unit, ticks it and publishes in a batch
    driver.get(f"{server}/review?year={YEAR}&status=accepted&q=五华")
    box = wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, f'input.batch-pick[value="{eid}"]')))
    assert driver.find_element(By.ID, "pick-all").is_displayed()  # 全选, shown by the script
    box.click()
    shot("batch-01-ticked")
    driver.find_element(By.ID, "batch-publish").click()
    question = answer_confirm(driver)
    # then it asked first, says what it did, and the evaluation is public
    assert "批量公开" in question
    result = wait(driver).until(EC.presence_of_element_located((By.ID, "batch-result")))
    assert "批量公开：完成 1 份。" in result.text
    shot("batch-02-done")
    driver.get(f"{server}/public/{eid}")
    assert "批量公开演示" in driver.page_source


def session_opener(driver):
    """urllib with the browser's session cookie, to download as the signed-in user."""
    cookie = next(c for c in driver.get_cookies() if c["name"] == "jixiao-session")
    opener = urllib.request.build_opener()
    opener.addheaders = [("Cookie", f"jixiao-session={cookie['value']}")]
    return opener


def sheet_part(book, name):
    """The worksheet part of the sheet called `name`, through workbook.xml and its relationships."""
    workbook = book.read("xl/workbook.xml").decode()
    rid = re.search(rf'<sheet name="{name}"[^>]*r:id="([^"]+)"', workbook).group(1)
    rels = book.read("xl/_rels/workbook.xml.rels").decode()
    return "xl/" + re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"', rels).group(1)


def filled(xlsx, sheet, cells):
    """The workbook with `cells` (reference → number or text) written into `sheet`, as Excel would."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    part = sheet_part(source, sheet)
    xml = source.read(part).decode()
    for ref, value in cells.items():
        cell = (f'<c r="{ref}"><v>{value}</v></c>' if isinstance(value, (int, float))
                else f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>')
        xml, n = re.subn(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', cell, xml, count=1)
        assert n == 1, ref
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, xml if item.filename == part else source.read(item.filename))
    return out.getvalue()


def upload(driver, data):
    with tempfile.NamedTemporaryFile(suffix=".xlsx", delete=False) as f:
        f.write(data)
    driver.find_element(By.ID, "workbook").send_keys(f.name)
    driver.find_element(By.ID, "workbook-submit").click()


def test_excel_round_trip_with_one_bad_cell(server, driver, shot):
    # given a draft project and its workbook as the editor downloads it
    login(driver, server, "filer")
    create(driver, "mof-2020-project", YEAR, "Excel往返演示")
    editor = driver.current_url.split("?")[0]
    href = driver.find_element(By.ID, "report-xlsx").get_attribute("href")
    xlsx = session_opener(driver).open(href).read()
    # when the self-scores are filled offline, one written in words, and uploaded
    upload(driver, filled(xlsx, "自评表", {"I5": 1.5, "I6": "九十"}))
    # then the bad cell is named and nothing is saved
    error = wait(driver).until(EC.presence_of_element_located((By.ID, "error")))
    assert "自评表!I6：自评得分“九十”不是数字" in error.text
    assert "没有改动任何内容" in error.text
    shot("workbook-01-refused")
    driver.get(editor)
    assert not driver.find_elements(By.CSS_SELECTOR, 'input[name$=".selfScore"][value="1.5"]')
    # when the cell is cleared, 全年预算数 filled in 项目资金, and the workbook uploaded again
    fixed = filled(filled(xlsx, "自评表", {"I5": 1.5, "I6": ""}), "项目资金", {"C5": 150})
    upload(driver, fixed)
    # then the self-score and the figure are in the draft
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "flash"), "已从 Excel 评分表导入"))
    assert driver.find_elements(By.CSS_SELECTOR, 'input[name$=".selfScore"][value="1.5"]')
    assert driver.find_element(By.NAME, "figures.budgetAdjusted").get_attribute("value") == "150.00"
    shot("workbook-02-imported")
