"""Shared test set-up: no test may reach the network; the articles every test file uses."""

import socket

import pytest

import kitlib

LOOPBACK = ("127.", "::1", "localhost")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fail any connection to a non-loopback address (make test also runs offline)."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else str(address)
        if not str(host).startswith(LOOPBACK):
            raise RuntimeError(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def pair():
    """The bundled pair, (NBC, CNN), loaded once for the whole run."""
    return kitlib.load_pair()


@pytest.fixture(scope="session")
def invented_pair():
    """The invented pair of lesson 07, (Courier, Evening Post), loaded once."""
    return kitlib.load_invented_pair()


#: The longest files, collected first: `make test` spreads whole files over the cores
#: (pytest-xdist, --dist loadfile --no-loadscope-reorder), and a long file started
#: last would leave the other cores idle at the end.
LONGEST_FIRST = ("test_binder.py", "test_browser.py", "test_report.py")


def pytest_collection_modifyitems(items):
    def rank(item):
        name = item.path.name
        return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)  # stable: every file keeps its own order
