"""Administration in the browser: an administrator uploads a framework file with
errors and sees every error listed (nothing is stored), then uploads a valid table."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from test_review_cycle import login, wait

HEAD = """标题,示例表
类型,部门整体
地区,测试县
年度,2024
来源,测试
一级指标,分值,二级指标,分值,三级指标,分值,评分标准,指标说明
"""
# 投入 30 but its children add up to 20, and 预算执行率 60 under 预算执行 70: two errors.
BAD_CSV = "id,bad-table\n" + HEAD + """投入,30,预算配置,20,在职人员控制率,10,≤100%得满分,
,,,,重点支出安排率,10,≥90%得满分,
过程,70,预算执行,70,预算执行率,60,按比例得分,
"""
GOOD_CSV = "id,good-table\n" + HEAD + """投入,20,预算配置,20,在职人员控制率,10,≤100%得满分,
,,,,重点支出安排率,10,≥90%得满分,
过程,80,预算执行,80,预算执行率,80,按比例得分,
"""


def upload(driver, server, path):
    driver.get(server + "/admin")
    driver.find_element(By.ID, "framework-file").send_keys(str(path))
    driver.find_element(By.ID, "framework-upload").click()


def test_framework_upload_shows_every_error(server, driver, shot, tmp_path):
    # given
    login(driver, server, "admin")
    bad = tmp_path / "bad-table.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    # when
    upload(driver, server, bad)
    # then
    errors = wait(driver).until(EC.presence_of_element_located((By.ID, "framework-errors")))
    items = [li.text for li in errors.find_elements(By.TAG_NAME, "li")]
    shot("admin-framework-errors")
    assert len(items) >= 2, items
    assert all(item.startswith("bad-table.csv:") for item in items), items
    assert any("不等于本级分值" in item for item in items), items
    assert "处错误，未保存" in driver.find_element(By.ID, "error").text
    assert "bad-table" not in driver.find_element(By.ID, "framework-list").text

    # when a corrected table is uploaded
    good = tmp_path / "good-table.csv"
    good.write_text(GOOD_CSV, encoding="utf-8")
    upload(driver, server, good)
    # then
    flash = wait(driver).until(EC.presence_of_element_located((By.ID, "flash")))
    assert "good-table 已保存（第 1 版）" in flash.text
    assert "在职人员控制率" in driver.find_element(By.ID, "framework-tree").text
