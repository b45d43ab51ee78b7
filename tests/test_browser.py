"""The web interface in a real browser: headless Chromium driven by Selenium, against the service on
loopback (``live_server``). Screenshots at desktop (1280 px) and phone (375 px) widths are saved
under ``test-artifacts/screenshots/``.

Uses the system's Chromium and chromedriver (``scripts/system-deps`` installs them); Selenium is
given the driver's path, so its manager never downloads anything. Without them, these tests skip.
"""
from __future__ import annotations

import base64
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
DESKTOP = (1280, 900)
PHONE = (375, 812)
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--lang=zh-CN")

QUESTION = "电子信息产业的生产设备联网率要求是多少？"

# Everything good except the maturity level (art_5__item_7 needs level 2 or above).
YES = ("independent_legal_person", "above_designated_size", "factory_built", "factory_in_operation",
       "market_competitive", "finances_sound_3y", "product_policy_compliant", "advanced_technology",
       "security_controllable", "cyber_data_risk_controllable", "organization_mechanism", "talent_team",
       "above_regional_industry_average", "basic_filing.filed")
TEXT = {"id": "browser-maturity-1", "name": "示例电子科技有限公司", "registration.province": "北京市",
        "registration.district": "海淀区", "industry_code": "C3911",
        "indicators.key_process_nc_rate": "85", "indicators.labor_productivity_gain": "9",
        "indicators.defect_rate_reduction": "5", "indicators.equipment_networking_rate": "75",
        "indicators.energy_per_output_reduction": "8"}
DATES = {"as_of": "2026-06-30", "basic_filing.date": "2025-09-10"}
DOMAINS = ("production_operation", "production_management", "operations_management")


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install '.[test]')")
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).is_file()]
    if missing:
        pytest.skip(f"Chromium or chromedriver not found ({', '.join(missing)}): "
                    "install the Debian packages chromium and chromium-driver (scripts/system-deps)")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # belt and braces: Selenium Manager must fetch nothing
    options = Options()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument(f"--window-size={DESKTOP[0]},{DESKTOP[1]}")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def page(browser, live_server):
    """The browser at desktop width, in Chinese (the default), on a clean slate of cookies."""
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.get(live_server + "/ui")
    browser.delete_all_cookies()
    return browser


def _css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, selector)


def _all(driver, selector: str) -> list:
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def _click(driver, element) -> None:
    """Scroll the element to the middle first (the form's sticky submit bar sits at the bottom)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()


def _wait_text(driver, css: str, text: str, timeout: float = 20) -> None:
    """Wait until the element (found afresh each time: a form post replaces the page) shows text."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)
                  ).until(lambda d: text in d.find_element(By.CSS_SELECTOR, css).text)


def _wait(driver, condition, timeout: float = 20):
    """Wait until ``condition(driver)`` is true (elements looked up afresh each time), never a fixed time."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)
                         ).until(condition)


def _wait_url(driver, ending: str, timeout: float = 20) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: unquote(d.current_url.split("#")[0]).endswith(ending))


def _screenshot(driver, name: str) -> None:
    """Full-page screenshots at desktop and phone width (the phone one with mobile emulation)."""
    for label, (width, height), mobile in (("desktop", DESKTOP, False), ("phone", PHONE, True)):
        metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        if mobile:
            # nothing wider than the phone: wide tables scroll inside their own box
            overflow = driver.execute_script("return document.documentElement.scrollWidth;")
            assert overflow <= width, f"{name}: the page is {overflow}px wide on a {width}px phone"
        # the whole page in one viewport, so that everything is painted (scrolled boxes included)
        full = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 16000);")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {**metrics, "height": max(full, height)})
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
        (SHOTS / f"{name}-{label}.png").write_bytes(base64.b64decode(shot["data"]))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def _print_report(driver, name: str) -> None:
    """The result printed on A4 (as a PDF), and a picture of the print layout: one page."""
    import re

    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {
        "preferCSSPageSize": True, "printBackground": True})["data"])
    (SHOTS / f"{name}.pdf").write_bytes(pdf)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, f"the printed report runs to {pages} pages"
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    width = 794  # A4 at 96 dpi
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 1123, "deviceScaleFactor": 1, "mobile": False})
    height = driver.execute_script("return document.documentElement.scrollHeight;")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
    (SHOTS / f"{name}-print.png").write_bytes(base64.b64decode(shot["data"]))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def _fill_profile(driver) -> None:
    from selenium.webdriver.support.ui import Select

    for name, value in TEXT.items():
        field = _css(driver, f'[name="{name}"]')
        field.clear()
        field.send_keys(value)
    for name in YES:
        _click(driver, _css(driver, f'input[name="{name}"][value="yes"]'))
    _click(driver, _css(driver, 'input[name="bad_credit_record"][value="no"]'))
    for name in ("incidents", "violations"):
        _click(driver, _css(driver, f'input[name="{name}.stated"][value="none"]'))
    Select(_css(driver, 'select[name="maturity_level"]')).select_by_value("1")
    for d in DOMAINS:
        _click(driver, _css(driver, f'input[name="domains"][value="{d}"]'))
    for name, value in DATES.items():  # a date input's typing format depends on the locale
        driver.execute_script("arguments[0].value = arguments[1];", _css(driver, f'[name="{name}"]'), value)


def test_assessment_not_eligible_and_its_citation(page, live_server):
    page.get(live_server + "/ui/assess")
    _screenshot(page, "assess-form")
    _fill_profile(page)
    _click(page, _css(page, 'button[name="action"][value="assess"]'))
    _wait_text(page, ".verdict-card", "")
    cards = {c.get_attribute("data-level"): c.get_attribute("class") for c in _all(page, ".verdict-card")}
    assert cards and all("verdict-not_eligible" in cls for cls in cards.values()), cards
    assert set(cards) == {"basic", "advanced"}
    missing = _css(page, '.missing-list li[data-condition="maturity_level"]')
    assert "1" in missing.text and "2" in missing.text  # observed 1, level 2 needed
    assert len(_all(page, ".missing-list > li")) == 1, "only the maturity level is missing"
    _screenshot(page, "assess-result")
    _print_report(page, "assess-report")
    _click(page, missing.find_element("css selector", 'a.cite[href$="/art_5__item_7"]'))
    _wait_url(page, "/ui/articles/art_5__item_7")
    _wait_text(page, ".text.official", "二级及以上")
    text = _css(page, ".text.official").text
    assert "GB/T39116" in text and "二级及以上" in text
    assert "非官方" in _css(page, ".text.unofficial").text
    _screenshot(page, "article-art_5__item_7")


def test_interview_on_a_phone_reads_words_and_ends_at_the_first_condition_not_met(page, live_server):
    _size(page, *PHONE)
    page.get(live_server + "/ui/interview?level=advanced&lang=zh")
    _css(page, "#f-say").send_keys("我们是做锂电池的，联网率66%")
    _click(page, _css(page, 'button[name="action"][value="say"]'))
    _wait_text(page, "section.facts", "联网率")
    assert _css(page, 'section.facts tr[data-field="indicators.equipment_networking_rate"]')
    assert _css(page, "#question").get_attribute("data-field") == "maturity_level"
    assert "art_5__item_7" in _css(page, "#question .why").text
    _screenshot(page, "interview-question")
    _css(page, "#f-value").send_keys("1")
    _click(page, _css(page, 'button[name="action"][value="answer"]'))
    _wait(page, lambda d: _all(d, ".verdict-card.verdict-not_eligible"))
    assert not _all(page, "#question"), "no question once a condition is not met"
    _size(page, *PHONE)
    assert _overflow(page, PHONE[0]) == []
    _screenshot(page, "interview-result")


def test_invalid_input_is_shown_next_to_the_field_and_kept(page, live_server):
    page.get(live_server + "/ui/assess")
    field = _css(page, '[name="indicators.equipment_networking_rate"]')
    field.send_keys("seventy")
    _click(page, _css(page, 'button[name="action"][value="assess"]'))
    _wait_text(page, "#form-error", "indicators.equipment_networking_rate")
    error = _css(page, "#f-indicators-equipment_networking_rate-err")
    assert "seventy" in error.text
    assert _css(page, '[name="indicators.equipment_networking_rate"]').get_attribute("value") == "seventy"
    assert not _all(page, ".verdict-card"), "nothing is half-assessed"
    _screenshot(page, "assess-error")


def test_rows_are_added_in_place(page, live_server):
    page.get(live_server + "/ui/assess")
    before = len(_all(page, '[data-rows="incidents"] tr[data-row]'))
    _click(page, _css(page, 'button[data-add-row="incidents"]'))
    _wait(page, lambda d: len(_all(d, '[data-rows="incidents"] tr[data-row]')) == before + 1)
    assert _css(page, 'input[name="incidents.stated"][value="listed"]').is_selected()
    assert page.current_url.endswith("/ui/assess"), "added without a round trip"


def test_question_and_its_citation(page, live_server):
    page.get(live_server + "/ui/ask")
    box = _css(page, "#q")
    box.send_keys(QUESTION)
    _click(page, _css(page, "form.ask button[type=submit]"))
    _wait(page, lambda d: _all(d, ".answer-text") and _all(d, "ol.citations li"))
    answer = _css(page, ".answer-text").text
    assert "70" in answer, answer
    first = _all(page, "ol.citations li")[0]
    eid = first.get_attribute("data-eid")
    assert eid == "att_2-1__row_3"
    _screenshot(page, "ask")
    _click(page, first.find_element("css selector", "a.cite"))
    _wait_url(page, f"/ui/articles/{eid}")
    _wait_text(page, "h1", "电子信息产业")
    assert "current" in _css(page, f'tr[id="{eid}"]').get_attribute("class")  # its row of the table
    _screenshot(page, "article-att_2-1__row_3")


def test_comparison_and_level_switch(page, live_server):
    page.get(live_server + "/ui/compare")
    headers = [th.text for th in _all(page, "table.compare thead th")]
    assert any("北京" in h for h in headers) and len(headers) >= 3
    assert _all(page, "table.compare a.cite"), "Beijing cells cite units"
    assert _all(page, "ol.sources li"), "other schemes' facts have sources"
    _screenshot(page, "compare-advanced")
    _click(page, _css(page, '.segmented a[data-level="basic"]'))
    _wait_url(page, "schemes=beijing,miit,jiangsu")
    assert "level=basic" in page.current_url
    _wait_text(page, ".segmented .current", "基础级")
    _screenshot(page, "compare-basic")


def test_language_switch_is_remembered(page, live_server):
    page.get(live_server + "/ui/articles/art_5__item_7")
    assert "中文原文" in page.page_source
    _click(page, _css(page, ".lang a[hreflang=en]"))
    _wait_url(page, "lang=en")
    _wait(page, lambda d: _css(d, "html").get_attribute("lang") == "en")
    assert "Chinese text (official)" in page.page_source
    page.get(live_server + "/ui/compare")  # no ?lang: the cookie remembers
    assert _css(page, "html").get_attribute("lang") == "en"
    _screenshot(page, "compare-en")
    page.get(live_server + "/ui/assess")
    _fill_profile(page)
    _click(page, _css(page, 'button[name="action"][value="assess"]'))
    _wait_text(page, ".verdict-card", "Not eligible")
    _click(page, _css(page, '.lang button[value="zh"]'))  # re-posts the form: the result stays
    _wait_text(page, ".verdict-card", "不符合条件")
    _wait(page, lambda d: _css(d, '[name="id"]').get_attribute("value") == TEXT["id"])


def test_pages_fit_a_phone(page, live_server):
    for path, name in (("/ui", "home"), ("/ui/articles", "articles"), ("/ui/articles/att_3", "article-att_3"),
                       ("/ui/tables", "tables"), ("/ui/records", "records")):
        page.get(live_server + path)
        _screenshot(page, name)


# ---- every page at a phone's and a desktop's width, in both languages ----------------------------------

WIDTHS = {"phone": PHONE, "desktop": DESKTOP}
PAGES = ("/ui", "/ui/articles", "/ui/articles/art_5__item_7", "/ui/articles/att_2-1", "/ui/articles/att_3",
         "/ui/tables", "/ui/assess", "/ui/interview", "/ui/interview?level=advanced", "/ui/ask",
         "/ui/ask?q=我们去年发生了一起一般安全事故，营收约1500万元，能申请基础级吗？",
         "/ui/ask?q=We moved our registered address to Hebei after recognition as an advanced factory. Revoked?",
         "/ui/compare", "/ui/compare?level=basic", "/ui/records", "/ui/batch", "/ui/reforms",
         "/ui/reforms?preset=hypothetical-2027", "/sparql", "/docs")
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _size(driver, width: int, height: int) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500})


def _overflow(driver, width: int) -> list[str]:
    """Nothing wider than the viewport: the document, and any element outside a scrolling box."""
    return driver.execute_script("""
        const w = arguments[0], out = [];
        if (document.documentElement.scrollWidth > w) out.push('document ' + document.documentElement.scrollWidth);
        for (const e of document.querySelectorAll('body *')) {
          const r = e.getBoundingClientRect();
          if (r.width && r.right > w + 1 && !e.closest('.scroll, .swagger-ui pre, .opblock-body'))
            out.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(r.right));
          if (out.length > 5) break;
        }
        return out;""", width)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_every_page_fits_the_screen(page, live_server, lang, size):
    width, height = WIDTHS[size]
    _size(page, width, height)
    wide = {}
    for path in PAGES:
        page.get(f"{live_server}{path}{'&' if '?' in path else '?'}lang={lang}")
        if path == "/docs":
            _wait(page, lambda d: _all(d, ".opblock"))
        if found := _overflow(page, width):
            wide[path] = found
    assert not wide, f"wider than {width}px: {wide}"


def test_home_lists_every_area_of_the_menu(page, live_server):
    _size(page, *PHONE)
    page.get(live_server + "/ui?lang=zh")
    menu = [a.get_attribute("href") for a in _all(page, "nav.main a")]
    cards = [a.get_attribute("href") for a in _all(page, "ul.cards a")]
    assert len(menu) >= 7 and menu == cards
    for link in _all(page, "nav.main a"):  # every item of the menu is on screen at 375 px
        r = link.rect
        assert r["x"] >= 0 and r["x"] + r["width"] <= PHONE[0], link.text


def test_reform_page_on_a_phone_result_first(page, live_server):
    _size(page, *PHONE)
    page.get(live_server + "/ui/reforms?preset=hypothetical-2027&lang=zh")
    details = _css(page, "details.parameters")
    assert details.get_attribute("open") is None, "the parameters are folded away"
    _click(page, _css(page, "form.reform button[type=submit]"))
    _wait(page, lambda d: _all(d, "#reform-result"))
    result, form = _css(page, "#reform-result"), _css(page, "form.reform")
    assert result.rect["y"] < form.rect["y"], "the result comes before the form"
    assert _all(page, "table.changed tbody tr") and "Version(" not in page.page_source
    assert not _overflow(page, PHONE[0])
    _click(page, _css(page, "details.parameters > summary"))
    _wait(page, lambda d: _css(d, "details.parameters").get_attribute("open") is not None)
    field = _css(page, 'input[name="p.art_5__item_7.minimum_level"]')
    assert field.is_displayed() and field.rect["x"] + field.rect["width"] <= PHONE[0]
    _screenshot(page, "reform-result")


def test_comparison_on_a_phone_shows_every_column(page, live_server):
    _size(page, *PHONE)
    page.get(live_server + "/ui/compare?lang=en")
    columns = [th.get_attribute("textContent").strip() for th in _all(page, "table.compare thead th")][1:]
    first = _all(page, "table.compare tbody tr")[0]
    cells = first.find_elements("css selector", "td")
    assert len(cells) == len(columns) >= 3
    for cell in cells:  # each scheme's cell is on screen, under its column's name
        page.execute_script("arguments[0].scrollIntoView({block: 'center'});", cell)
        r = cell.rect
        assert cell.is_displayed() and r["x"] >= 0 and r["x"] + r["width"] <= PHONE[0] + 1
        assert page.execute_script("return getComputedStyle(arguments[0], '::before').content", cell) != "none"


def test_batch_upload_on_a_phone_shows_report_and_rejected_rows(page, live_server, tmp_path):
    _size(page, *PHONE)
    lines = (EXAMPLES / "profiles.jsonl").read_text(encoding="utf-8").splitlines()
    upload = tmp_path / "population.jsonl"
    upload.write_text("\n".join([*lines, '{"id": "bad-one", "maturity_level": "two"}']) + "\n", encoding="utf-8")
    page.get(live_server + "/ui/batch?lang=zh")
    _css(page, 'input[type=file][name="file"]').send_keys(str(upload))
    _click(page, _css(page, "form.options button[type=submit]"))
    _wait(page, lambda d: _all(d, ".batch-report .report"), timeout=60)
    assert "bad-one" in _css(page, "table.rejected").text
    assert _css(page, ".batch-report #near-misses").is_displayed()
    assert not _all(page, "iframe") and not _overflow(page, PHONE[0])
    _screenshot(page, "batch-report")


def test_sparql_page_runs_a_query_offline(page, live_server):
    _size(page, *PHONE)
    page.get(live_server + "/sparql?lang=en")
    _click(page, _css(page, "form button[type=submit]"))
    _wait(page, lambda d: _all(d, ".results table tbody tr"))
    assert len(_all(page, ".results table tbody tr")) == 25  # the example: att_2-1's thresholds
    assert not _overflow(page, PHONE[0])


def test_docs_render_from_the_service_alone(page, live_server):
    page.get(live_server + "/docs")
    _wait(page, lambda d: len(_all(d, ".opblock")) > 10)
    sources = page.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert sources and all(s.startswith(live_server) for s in sources), sources
