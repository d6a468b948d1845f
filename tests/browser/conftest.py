"""Fixtures of the browser test: the built `jixiao serve` on a free port with a
temporary SQLite file, and a headless Chromium driven by selenium."""
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / ".build" / "screenshots"


WAIT = 30


def wait(driver):
    """Waits up to WAIT seconds for a condition. An element read while the page is
    being replaced (after a click that submits a form) raises a stale-element or
    "node does not belong to the document" error; the wait tries again then."""
    return WebDriverWait(driver, WAIT, ignored_exceptions=(StaleElementReferenceException, WebDriverException))


def wait_until_gone(driver, condition):
    """Waits until `condition` no longer holds. Strict: `until_not` takes an ignored
    error for the condition's end, so only a missing element counts as gone here."""
    return WebDriverWait(driver, WAIT).until_not(condition)


def answer_confirm(driver, accept=True):
    """Waits for the page's confirm dialog, accepts or dismisses it, and returns its text."""
    from selenium.webdriver.support import expected_conditions as EC
    alert = wait(driver).until(EC.alert_is_present())
    text = alert.text
    if accept:
        alert.accept()
    else:
        alert.dismiss()
    return text


def click_and_wait_for_page(driver, button, confirm=False):
    """Clicks `button`, which sends its form (answering the page's question first when
    `confirm`), and waits until the page it was on is gone. What is read next is then the
    answer's page: a flash of the step before may still be on the old one, and a wait for
    #flash would take it. Returns the question when `confirm`."""
    from selenium.webdriver.support import expected_conditions as EC
    button.click()
    question = answer_confirm(driver) if confirm else None
    wait(driver).until(EC.staleness_of(button))
    return question


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def samples_dir():
    """../shared/samples beside the checkout, or JIXIAO_SAMPLES; CI must have it."""
    if os.environ.get("JIXIAO_SAMPLES"):
        return pathlib.Path(os.environ["JIXIAO_SAMPLES"])
    for folder in [ROOT, *ROOT.parents]:
        if (folder / "shared" / "samples").is_dir():
            return folder / "shared" / "samples"
    if os.environ.get("CI") == "true":
        pytest.fail("shared/samples not found (CI requires it)")
    pytest.skip("shared/samples not found")


@pytest.fixture(scope="session")
def server():
    yield from serve()


@pytest.fixture(scope="module")
def fresh_server():
    """A server of its own for a module whose test needs the demo data as it starts (no other
    test's evaluations: e.g. the copy of last year, which another test's 2025 draft would refuse)."""
    yield from serve()


def serve():
    binary = ROOT / ".build" / "debug" / "jixiao"
    assert binary.exists(), f"build first: {binary} is missing (swift build)"
    workdir = tempfile.mkdtemp(prefix="jixiao-browser-")
    port = free_port()
    # The demo's examples except the wuhua 2023 one: test_filing uploads the wuhua 2023 report
    # as a new draft, and a unit has one evaluation per year and kind.
    examples = os.path.join(workdir, "examples")
    shutil.copytree(ROOT / "examples", examples, ignore=shutil.ignore_patterns("wuhua-2023.yaml"))
    env = dict(os.environ, JIXIAO_SQLITE=os.path.join(workdir, "jixiao.sqlite"),
               JIXIAO_EXAMPLES=examples, JIXIAO_BCRYPT_COST="4")
    env.pop("DATABASE_URL", None)
    log = open(os.path.join(workdir, "serve.log"), "w")
    process = subprocess.Popen([str(binary), "serve", "--port", str(port)], cwd=workdir, env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(base + "/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("jixiao serve did not start: " + open(log.name).read())
        time.sleep(0.2)  # polling interval only
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                 "--lang=zh-CN"]:
        options.add_argument(flag)
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    browser = webdriver.Chrome(service=service, options=options)
    browser.implicitly_wait(0)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    yield browser
    browser.quit()


@pytest.fixture
def shot(driver):
    def take(name):
        driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    return take
