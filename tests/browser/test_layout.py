"""Every width, every user (issue 15): the editor at 390 px in one column with its findings
panel collapsible and the action bar in view; list tables scrolling inside themselves; every
editor input with its own accessible name; text contrast; print styles."""
from contextlib import contextmanager

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import wait
from test_confirm import open_draft
from test_filing import login


@contextmanager
def viewport(driver, width, height=844):
    """The page laid out as on a screen `width` CSS pixels wide (Chromium's device metrics)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    try:
        yield
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@contextmanager
def print_media(driver):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        yield
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def page_width(driver):
    return driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")


def in_viewport(driver, element):
    return driver.execute_script(
        "var r = arguments[0].getBoundingClientRect();"
        "return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight + 1;", element)


def test_editor_at_390_px(server, driver, shot):
    # given the filer's 2024 draft on a 390 px screen
    login(driver, server, "filer")
    with viewport(driver, 390):
        open_draft(driver, "2024")
        # then the page is no wider than the screen
        scroll_width, inner_width = page_width(driver)
        assert inner_width == 390
        assert scroll_width <= inner_width, f"page is {scroll_width} px wide at {inner_width} px"
        # and the findings panel is closed above the form, its summary saying what it holds
        panel = driver.find_element(By.ID, "analysis-details")
        assert panel.get_property("open") is False
        summary = driver.find_element(By.CSS_SELECTOR, "#analysis-details > summary")
        assert "得分" in summary.text
        form_top = driver.find_element(By.ID, "editor").rect["y"]
        assert panel.rect["y"] < form_top
        # and the action bar with 保存 and 提交审核 is at the foot of the screen
        bar = driver.find_element(By.ID, "action-bar")
        assert in_viewport(driver, bar)
        assert bar.find_element(By.ID, "save").is_displayed()
        assert bar.find_element(By.ID, "submit").is_displayed()
        shot("layout-01-editor-390")
        # when the panel is opened
        summary.click()
        # then the findings read at the panel's full width
        wait(driver).until(lambda d: d.find_element(By.ID, "findings").is_displayed())
        assert panel.get_property("open") is True
        assert driver.find_element(By.ID, "findings").rect["width"] >= 300
        assert page_width(driver)[0] <= 390
        shot("layout-02-editor-390-panel")
        # when a finding is clicked, its field is focused in view, not under the action bar
        link = driver.find_element(By.CSS_SELECTOR, "#analysis-details a.finding-link")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        link.click()
        focused = driver.switch_to.active_element
        assert focused.tag_name in ("input", "select", "textarea")
        bar_top = driver.find_element(By.ID, "action-bar").rect["y"] - driver.execute_script("return window.scrollY")
        assert in_viewport(driver, focused)
        assert driver.execute_script("return arguments[0].getBoundingClientRect().bottom", focused) <= bar_top
        # and the panel closes again
        summary.click()
        wait(driver).until(lambda d: not d.find_element(By.ID, "findings").is_displayed())
        # when scrolled to the middle of the form, the action bar is still in view
        driver.execute_script("window.scrollTo(0, document.body.scrollHeight / 2)")
        assert in_viewport(driver, driver.find_element(By.ID, "action-bar"))


def test_editor_is_two_columns_at_1366_px(server, driver):
    login(driver, server, "filer")
    with viewport(driver, 1366, 900):
        open_draft(driver, "2024")
        panel = driver.find_element(By.ID, "analysis-details")
        assert panel.get_property("open") is True
        form = driver.find_element(By.ID, "editor").rect
        aside = driver.find_element(By.ID, "analysis").rect
        assert aside["x"] >= form["x"] + form["width"]
        assert page_width(driver)[0] <= 1366


def test_list_table_scrolls_inside_its_container_at_390_px(server, driver):
    login(driver, server, "filer")
    with viewport(driver, 390):
        driver.get(server + "/evaluations")
        table = wait(driver).until(EC.presence_of_element_located((By.ID, "evaluation-list")))
        # the page keeps the screen's width; the table is wider and scrolls by itself
        assert page_width(driver)[0] <= 390
        widths = driver.execute_script(
            "var t = arguments[0]; return [t.scrollWidth, t.clientWidth, getComputedStyle(t).overflowX];", table)
        assert widths[0] > widths[1], widths
        assert widths[2] == "auto"
        driver.execute_script("arguments[0].scrollLeft = 120", table)
        assert driver.execute_script("return arguments[0].scrollLeft", table) > 0
        # and a heading keeps its one line (no character per line)
        heading = table.find_element(By.CSS_SELECTOR, "thead th")
        assert heading.rect["height"] < 2.2 * float(driver.execute_script(
            "return parseFloat(getComputedStyle(arguments[0]).lineHeight) || 20", heading))


def test_editor_labels_are_unique_and_say_what_they_are(server, driver):
    login(driver, server, "filer")
    open_draft(driver, "2024")
    inputs = driver.find_elements(
        By.CSS_SELECTOR, "#editor input:not([type=hidden]), #editor select, #editor textarea")
    assert len(inputs) > 50
    names = [element.accessible_name.strip() for element in inputs]
    nameless = [e.get_attribute("name") for e, n in zip(inputs, names) if not n]
    assert nameless == []
    repeated = sorted({n for n in names if names.count(n) > 1})
    assert repeated == []
    # form field names are never the label
    field_names = {e.get_attribute("name") for e in inputs}
    assert [n for n in names if n in field_names or n.startswith(("target", "indicator", "figure"))] == []
    assert "绩效指标第 1 行 · 实际完成值" in names or any(n.endswith(" · 实际完成值") for n in names)
    assert any(n.endswith(" · 偏差原因及改进措施") for n in names)


def test_list_links_say_where_they_go(server, driver):
    login(driver, server, "filer")
    links = driver.find_elements(By.CSS_SELECTOR, "#evaluation-list tbody td:first-child a")
    assert links
    names = [link.accessible_name for link in links]
    assert all(link.text in name and "年" in name and name.endswith("打开") for link, name in zip(links, names))
    assert len(set(names)) == len(names)


CONTRAST = """
function channel(c) { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); }
function rgba(text) { var m = text.match(/[\\d.]+/g) || [0, 0, 0, 0]; return m.map(Number).concat([1]).slice(0, 4); }
function luminance(c) { return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]); }
function background(el) {
  for (; el; el = el.parentElement) {
    var c = rgba(getComputedStyle(el).backgroundColor);
    if (c[3] > 0.5) return c;
  }
  return [255, 255, 255, 1];
}
var failures = [];
var all = document.querySelectorAll('body *');
for (var i = 0; i < all.length; i++) {
  var el = all[i], style = getComputedStyle(el);
  var own = Array.prototype.some.call(el.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
  var field = /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) && el.type !== 'hidden' && el.type !== 'checkbox';
  if (!(own || field) || !el.getClientRects().length || style.visibility === 'hidden') continue;
  if (el.closest('.visually-hidden')) continue;
  var fg = luminance(rgba(style.color)), bg = luminance(background(el));
  var ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  var size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
  var needed = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
  if (ratio < needed) failures.push(el.tagName + '.' + el.className + ' ' + ratio.toFixed(2) + ' '
                                    + (el.textContent || el.value || '').trim().slice(0, 20));
}
return failures;
"""


def test_text_contrast_is_at_least_4_5(server, driver):
    # the filer's list and editor
    login(driver, server, "filer")
    assert driver.execute_script(CONTRAST) == []
    open_draft(driver, "2024")
    assert driver.execute_script(CONTRAST) == []
    # the reviewer's queue, dashboard, a review page and the public list
    login(driver, server, "reviewer")
    review = driver.find_element(By.CSS_SELECTOR, "#evaluation-list tbody a").get_attribute("href").replace(
        "/evaluations/", "/review/")
    for path in ["/review", "/dashboard", "/public", review.replace(server, "")]:
        driver.get(server + path)
        assert driver.execute_script(CONTRAST) == [], path


def test_read_only_fields_look_read_only(server, driver):
    # the reviewer sees a unit's editor read-only
    login(driver, server, "reviewer")
    driver.find_element(By.CSS_SELECTOR, "#evaluation-list tbody a").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "editor")))
    field = driver.find_element(By.CSS_SELECTOR, "#editor input[readonly]")
    look = driver.execute_script(
        "var s = getComputedStyle(arguments[0]); return [s.backgroundColor, s.borderTopStyle];", field)
    assert look == ["rgb(236, 238, 242)", "dashed"]
    assert driver.find_elements(By.ID, "action-bar") == []


def test_print_hides_navigation_and_buttons(server, driver):
    login(driver, server, "filer")
    open_draft(driver, "2024")
    with print_media(driver):
        assert not driver.find_element(By.CSS_SELECTOR, "header.top").is_displayed()
        assert not driver.find_element(By.ID, "action-bar").is_displayed()
        assert driver.find_element(By.ID, "editor").is_displayed()
        colours = driver.execute_script("var s = getComputedStyle(document.body); return [s.color, s.backgroundColor];")
        assert colours == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]
        display = driver.execute_script(
            "return getComputedStyle(document.querySelector('.targets table')).display")
        assert display == "table"
        field = driver.find_element(By.NAME, "filing.filedBy")
        look = driver.execute_script(
            "var s = getComputedStyle(arguments[0]); return [s.borderTopStyle, s.backgroundColor];", field)
        assert look == ["none", "rgb(255, 255, 255)"]
    # the review page prints without navigation too
    login(driver, server, "reviewer")
    href = driver.find_element(By.CSS_SELECTOR, "#evaluation-list tbody a").get_attribute("href")
    driver.get(href.replace("/evaluations/", "/review/"))
    wait(driver).until(EC.presence_of_element_located((By.ID, "review-scores")))
    with print_media(driver):
        assert not driver.find_element(By.CSS_SELECTOR, "header.top").is_displayed()
        assert driver.execute_script("return getComputedStyle(document.getElementById('review-scores')).display") == "table"
        assert driver.find_element(By.ID, "review-scores").is_displayed()


def test_numbers_are_right_aligned(server, driver):
    login(driver, server, "filer")
    align = "return getComputedStyle(arguments[0]).textAlign"
    score = driver.find_element(By.CSS_SELECTOR, "#evaluation-list tbody td.num")
    assert driver.execute_script(align, score) == "right"
    open_draft(driver, "2024")
    figure = driver.find_element(By.CSS_SELECTOR, "fieldset.figures input")
    self_score = driver.find_element(By.CSS_SELECTOR, "input[name$='.selfScore']")
    note = driver.find_element(By.CSS_SELECTOR, "input[name$='.note']")
    assert driver.execute_script(align, figure) == "right"
    assert driver.execute_script(align, self_score) == "right"
    assert driver.execute_script(align, note) != "right"


def accessible_names(driver):
    inputs = driver.find_elements(By.CSS_SELECTOR, "input:not([type=hidden]), select, textarea")
    return [(e.get_attribute("name"), e.accessible_name.strip()) for e in inputs]


def test_admin_and_review_list_inputs_have_unique_labels(server, driver):
    for user, path in [("admin", "/admin"), ("reviewer", "/review")]:
        login(driver, server, user)
        driver.get(server + path)
        names = accessible_names(driver)
        assert len(names) > 3, path
        assert [n for n, label in names if not label] == [], path
        labels = [label for _, label in names]
        assert sorted({x for x in labels if labels.count(x) > 1}) == [], path


def test_no_two_links_of_a_page_share_a_name_but_not_a_place(server, driver):
    """A link's accessible name says where it goes: two links reading the same lead to one place
    (the top bar's 统计看板 and the year's are the same page; links in a closed menu have none)."""
    for user, paths in [("filer", ["/evaluations"]), ("reviewer", ["/evaluations", "/review", "/public"]),
                        ("admin", ["/admin"])]:
        login(driver, server, user)
        for path in paths:
            driver.get(server + path)
            places = {}
            for link in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
                name = link.accessible_name.strip()
                if name:
                    places.setdefault(name, set()).add(link.get_attribute("href").split("?")[0])
            assert {n: p for n, p in places.items() if len(p) > 1} == {}, path
