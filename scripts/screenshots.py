#!/usr/bin/env python3
"""Takes the editor's screenshots in docs/screenshots (README links them): the filer's 2024
draft at 1366 px and at 390 px (findings panel closed, then open), in headless Chromium.

Run after `swift build`: python3 scripts/screenshots.py [--out docs/screenshots]
It starts the built `jixiao serve` on a free port with a temporary SQLite file and the demo data,
as the browser tests do (tests/browser/conftest.py), and stops it afterwards."""
import argparse
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[1]
SIZES = [("editor-1366", 1366, 900), ("editor-390", 390, 844)]


def start_server(workdir):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, JIXIAO_SQLITE=os.path.join(workdir, "jixiao.sqlite"),
               JIXIAO_EXAMPLES=str(ROOT / "examples"), JIXIAO_BCRYPT_COST="4")
    env.pop("DATABASE_URL", None)
    log = open(os.path.join(workdir, "serve.log"), "w")
    process = subprocess.Popen([str(ROOT / ".build" / "debug" / "jixiao"), "serve", "--port", str(port)],
                               cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(base + "/health", timeout=2) as response:
                if response.status == 200:
                    return process, base
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            sys.exit("jixiao serve did not start: " + open(log.name).read())
        time.sleep(0.2)  # polling interval only


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=zh-CN"]:
        options.add_argument(flag)
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


def open_editor(driver, base):
    """Signs in as the demo filer and opens the 2024 department-wide draft."""
    driver.get(base + "/login")
    driver.find_element(By.ID, "username").send_keys("filer")
    driver.find_element(By.ID, "password").send_keys("jixiao-demo")
    driver.find_element(By.ID, "login").click()
    WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, "evaluation-list")))
    for row in driver.find_elements(By.CSS_SELECTOR, "#evaluation-list tbody tr"):
        cells = [td.text for td in row.find_elements(By.TAG_NAME, "td")]
        if cells[1].startswith("2024") and "草稿" in cells[3] and "项目" not in cells[2]:
            return row.find_element(By.TAG_NAME, "a").get_attribute("href")
    sys.exit("no 2024 draft in the demo data")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    out = pathlib.Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    workdir = tempfile.mkdtemp(prefix="jixiao-screenshots-")
    process, base = start_server(workdir)
    driver = browser()
    try:
        editor = open_editor(driver, base)
        for name, width, height in SIZES:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
            driver.get(editor)
            WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, "editor")))
            driver.save_screenshot(str(out / f"{name}.png"))
            print(out / f"{name}.png")
            if width < 800:
                summary = driver.find_element(By.CSS_SELECTOR, "#analysis-details > summary")
                summary.click()
                driver.execute_script("arguments[0].scrollIntoView()", summary)
                driver.save_screenshot(str(out / f"{name}-panel.png"))
                print(out / f"{name}-panel.png")
    finally:
        driver.quit()
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
