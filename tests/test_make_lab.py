"""The README's first command: `make lab` (headless) serves lesson 00."""

import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 90


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, token: str):
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status, json.loads(response.read())


def test_make_lab_headless_serves_lesson_00(tmp_path):
    port, token = _free_port(), secrets.token_hex(16)
    args = f"--no-browser --ip=127.0.0.1 --port={port} --IdentityProvider.token={token}"
    env = {
        **os.environ,
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
    }
    # -o: the kit is installed already (make test installs it first). Without it, a
    # pyproject.toml newer than the install stamp would make `make lab` reinstall,
    # which fails with the network off and leaves .venv without its wheelhouse.
    lab = subprocess.Popen(
        ["make", "-C", str(ROOT), "-o", ".venv/.installed", "lab", f"ARGS={args}"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        # given a notebook, Jupyter serves its folder: students start among the lessons
        url = f"http://127.0.0.1:{port}/api/contents/00_start_here.ipynb?content=0"
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            assert lab.poll() is None, lab.stderr.read().decode()[-2000:]
            try:
                status, body = _get(url, token)
                break
            except OSError:  # not answering yet (an HTTP error is an OSError too)
                assert time.monotonic() < deadline, "make lab did not start JupyterLab in time"
                time.sleep(1)
        assert status == 200 and body["name"] == "00_start_here.ipynb"
    finally:
        os.killpg(lab.pid, signal.SIGTERM)
        lab.wait(timeout=30)
