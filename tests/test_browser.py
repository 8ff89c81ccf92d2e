"""A real browser: JupyterLab served from .venv, driven by headless Chromium.

Each lesson test starts JupyterLab on a free loopback port with a random
token and fresh Jupyter folders, opens a copy of the student notebook in
Debian's Chromium (through Playwright, never a downloaded browser), runs all
cells through the Run menu, waits for the kernel to go idle, and checks that
no cell shows an error and that outputs the lesson is known to produce are
on the page. The HTML report (``make report``) is opened the same way.

Screenshots go to build/screenshots/ (set KIT_SCREENSHOTS=docs/screenshots
to refresh the ones the README shows).

Without Chromium these tests are skipped, except in CI (CI=true), where a
missing browser is a failure: .ci/run installs it with apt.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from kitlib.exercises._core import NOT_ANSWERED

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("KIT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = ROOT / os.environ.get("KIT_SCREENSHOTS", "build/screenshots")
VIEWPORT = {"width": 1280, "height": 860}
STARTUP_SECONDS = 90
RUN_ALL_SECONDS = 300
ACTION_SECONDS = 120

#: JupyterLab user settings for the test: no autosave (the copy stays as it
#: was), every cell kept in the page (no windowing), no news or update checks.
LAB_SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}


def browser_available() -> None:
    if not Path(CHROMIUM).exists():
        reason = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + "; CI must run the browser tests")
        pytest.skip(reason)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ---------------------------------------------------------------- servers and browser


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab from .venv, serving a copy of lessons/, on 127.0.0.1 with a random token."""
    browser_available()
    base = tmp_path_factory.mktemp("lab")
    serve = base / "serve"
    shutil.copytree(ROOT / "lessons", serve / "lessons", ignore=shutil.ignore_patterns("solutions"))
    settings = base / "settings"
    for name, values in LAB_SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(values), encoding="utf-8")
    port, token = free_port(), secrets.token_hex(24)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(base / "config"),
        "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
        "IPYTHONDIR": str(base / "ipython"),
        "JUPYTER_PLATFORM_DIRS": "1",
    }
    command = [
        str(Path(sys.executable).parent / "jupyter-lab"),
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--port-retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={serve}",
        f"--LabApp.user_settings_dir={settings}",
        f"--LabApp.workspaces_dir={base / 'workspaces'}",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.news_url=",
        "--LabApp.extension_manager=readonly",  # never asks PyPI for extensions
        "--allow-root",  # CI runs as root
    ]
    log = (base / "lab.log").open("w", encoding="utf-8")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("JupyterLab did not start:\n" + (base / "lab.log").read_text()[-3000:])
            time.sleep(0.5)
        yield {"url": url, "token": token, "serve": serve, "log": base / "lab.log"}
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium with a fresh profile, driven by Playwright."""
    browser_available()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=True,
            viewport=VIEWPORT,
        )
        # generous waits: a busy two-core CI machine can take a while to render
        context.set_default_timeout(ACTION_SECONDS * 1000)
        try:
            yield context
        finally:
            context.close()


# ---------------------------------------------------------------- what the lessons show


def known_outputs(lesson: str) -> list[str]:
    """Plain-text outputs the lesson's solution produced before its first exercise.

    Cells before the first answer cell are the same in the student notebook
    and do not depend on any answer, so a student's run shows these too.
    Only outputs that JupyterLab displays as text are taken (not tables or
    figures, which it shows as HTML or pictures).
    """
    nb = nbformat.read(ROOT / "lessons" / "solutions" / f"{lesson}.ipynb", as_version=4)
    found = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if "### BEGIN SOLUTION" in cell.source:
            break
        for output in cell.outputs:
            if output.output_type == "stream" and output.name == "stdout":
                found += [line for line in output.text.splitlines() if len(line.strip()) > 3]
            elif output.get("data", {}).keys() == {"text/plain"}:
                found.append(output.data["text/plain"])
    return found


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


#: True once the notebook at `path` is the current widget, loaded, with an idle kernel.
#: JupyterLab also restores the notebooks an earlier page opened (the workspace is
#: shared), with their kernels still idle: waiting for "a current notebook with an
#: idle kernel" could click Run All on the earlier notebook while this one loads.
NOTEBOOK_READY = """(path) => {
  const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const ready = panel && panel.context && panel.context.path === path && panel.context.isReady
    && panel.sessionContext && panel.sessionContext.session;
  const kernel = ready && panel.sessionContext.session.kernel;
  return !!kernel && kernel.status === 'idle';
}"""

RUN_STATE = """(path) => {
  const panel = window.jupyterapp.shell.currentWidget;
  if (!panel || !panel.content || !panel.sessionContext.session) return null;
  if (!panel.context || panel.context.path !== path) return null;
  const kernel = panel.sessionContext.session.kernel;
  const cells = [];
  for (const cell of panel.content.model.cells) {
    if (cell.type !== 'code') continue;
    cells.push({count: cell.executionCount,
                errors: cell.outputs.toJSON().filter(o => o.output_type === 'error')
                                           .map(o => o.ename + ': ' + o.evalue)});
  }
  return {kernel: kernel ? kernel.status : null, cells: cells};
}"""


def run_whole_notebook(page, lab, path: str) -> dict:
    """Open a notebook, run every cell from the Run menu, wait until the kernel is idle."""
    page.goto(f"{lab['url']}/lab/tree/{path}?token={lab['token']}")
    page.wait_for_function(NOTEBOOK_READY, arg=path, timeout=STARTUP_SECONDS * 1000)
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator("li.lm-Menu-item[data-command='runmenu:run-all']").click()
    deadline = time.monotonic() + RUN_ALL_SECONDS
    state, quiet_since = None, None
    while time.monotonic() < deadline:
        state = page.evaluate(RUN_STATE, path)
        done = state and state["kernel"] == "idle" and all(c["count"] for c in state["cells"])
        busy_prompt = page.locator(".jp-InputPrompt", has_text="[*]").count()
        if done and not busy_prompt:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since > 1.5:  # idle, and it stays idle
                return state
        else:
            quiet_since = None
        time.sleep(0.5)
    ran = sum(1 for c in state["cells"] if c["count"]) if state else 0
    pytest.fail(
        f"{path}: the kernel did not finish running all cells within {RUN_ALL_SECONDS} s "
        f"({ran} code cells ran); last state {state}"
    )


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(target))
    return target


LESSONS = ["00_start_here", "01_meet_the_articles"]


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_runs_in_jupyterlab(lab, browser, lesson):
    page = browser.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    try:
        state = run_whole_notebook(page, lab, f"lessons/{lesson}.ipynb")
        errors = [e for cell in state["cells"] for e in cell["errors"]]
        assert not errors, f"{lesson}: cells ended in errors: {errors}"
        assert len(state["cells"]) > 3, f"{lesson}: too few code cells ran: {state}"

        outputs = page.locator(".jp-OutputArea-output")
        shown = squash(" ".join(outputs.all_text_contents()))
        assert "Traceback" not in shown, f"{lesson}: a traceback is shown on the page"
        expected = known_outputs(lesson)
        assert expected, f"{lesson}: the solution notebook has no plain-text output to look for"
        absent = [text for text in expected if squash(text) not in shown]
        assert not absent, f"{lesson}: outputs the lesson should show are not on the page: {absent}"
        # Unanswered exercises say so kindly instead of failing.
        if "BEGIN SOLUTION" in (ROOT / "lessons" / "solutions" / f"{lesson}.ipynb").read_text(
            encoding="utf-8"
        ):
            assert squash(NOT_ANSWERED) in shown

        last = squash(expected[-1])
        target = page.locator(".jp-OutputArea-output", has_text=last[:60]).first
        target.scroll_into_view_if_needed()
        assert screenshot(page, lesson).stat().st_size > 10_000
        assert not problems, f"{lesson}: JavaScript errors in JupyterLab: {problems}"
    finally:
        page.close()
    # the served copy was not saved over (autosave is off), and lessons/ is untouched
    served = nbformat.read(lab["serve"] / "lessons" / f"{lesson}.ipynb", as_version=4)
    assert all(not c.get("outputs") for c in served.cells if c.cell_type == "code")


#: Headings of the tables (and the page itself) that scroll sideways or stick out.
TABLES_WIDER_THAN_THE_PAGE = """() => {
  const page = document.documentElement;
  const out = [];
  if (page.scrollWidth > page.clientWidth + 1) out.push('the page: ' + page.scrollWidth + ' px');
  for (const table of document.querySelectorAll('table')) {
    const box = table.getBoundingClientRect();
    const holder = table.parentElement;
    if (box.right > page.clientWidth + 1 || holder.scrollWidth > holder.clientWidth + 1) {
      out.push(table.querySelector('th') ? table.querySelector('th').textContent : '?');
    }
  }
  return out;
}"""


#: For every table cell shown on the page, the words that the browser breaks across two
#: lines (a word whose characters lie on more than one line box). A word is a run of
#: characters between spaces, hyphens and slashes: a line may end after "al-" or a "/".
#: Web addresses (links) may break anywhere. Folded parts (<details> not open) are not
#: laid out, so they are not looked at.
WORDS_BROKEN_IN_CELLS = """() => {
  const out = [];
  for (const cell of document.querySelectorAll('td, th')) {
    if (!cell.getClientRects().length) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('a')) continue;
      const re = /[^\\s\\/\u2010-\u2014-]+/g;
      let m;
      while ((m = re.exec(node.data))) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
                                .map(r => Math.round(r.top)));
        if (tops.size > 1) out.push(m[0]);
      }
    }
  }
  return out;
}"""


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """The HTML report of the bundled pair (``framing-kit compare nbc cnn --html``), made
    once for the tests that open it."""
    path = tmp_path_factory.mktemp("report") / "report.html"
    made = subprocess.run(
        [sys.executable, "-m", "kitlib", "compare", "nbc", "cnn", "--html", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert made.returncode == 0, made.stderr[-3000:]
    return path


def test_report_first_screen_and_no_word_broken(browser, report):
    """The report opens with the figure of the largest differences and its caveat; at
    1,024 and 1,440 px no table cell breaks a word (issue 25: "sect ion", "acto rs")."""
    page = browser.new_page()
    try:
        page.goto(report.as_uri())
        order = page.locator("main > section").evaluate_all("s => s.map(x => x.id)")
        assert order[:2] == ["overview", "summary"], order
        first = page.locator("#overview")
        assert first.locator("img").count() == 1
        assert "compares articles, not outlets" in first.inner_text()
        for width in (1024, 1440):
            page.set_viewport_size({"width": width, "height": 900})
            overview = page.locator("#overview img").bounding_box()
            assert overview is not None and overview["y"] < 900, "the figure is not on screen"
            broken = page.evaluate(WORDS_BROKEN_IN_CELLS)
            assert not broken, f"words broken inside a table cell at {width} px: {broken[:10]}"
            target = SCREENSHOTS / f"report-{width}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(target), full_page=False)
            assert target.stat().st_size > 10_000
    finally:
        page.close()


def test_report_opens_in_the_browser(browser, report):
    page = browser.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(report.as_uri())
        assert "NBC News" in page.title() and "CNN" in page.title()
        headings = page.locator("h2").all_text_contents()
        assert len(headings) >= 5, headings
        images = page.locator("img")
        for i in range(images.count()):  # every figure is embedded and decodes
            assert images.nth(i).evaluate("img => img.complete && img.naturalWidth > 0")
        assert "At Odds With Trump, Pence Seeks Harder Line on Russia" in page.content()
        assert screenshot(page, "report").stat().st_size > 10_000
        # At 1,200 px (a laptop), every table fits: no sideways scrolling, no column cut off.
        page.set_viewport_size({"width": 1200, "height": 900})
        too_wide = page.evaluate(TABLES_WIDER_THAN_THE_PAGE)
        assert not too_wide, f"tables wider than the page at 1,200 px: {too_wide}"
        target = SCREENSHOTS / "report-1200.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000
    finally:
        page.close()
    outside = [u for u in requests if not u.startswith(("file:", "data:"))]
    assert not outside, f"the report fetches from the network: {outside}"
    assert not problems, problems
