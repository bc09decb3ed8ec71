"""A server whose certificate comes from a private CA: trusted only when the client is told
the CA (``ca_file`` or ``REPDESK_CA_FILE``); otherwise refused, never silently accepted."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sync.client import CA_FILE_ENV, Offline, SyncClient, SyncError
from tests.integration.sync.helpers import ROOT, free_port, python_env

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def private_ca(root: Path) -> tuple[Path, Path, Path]:
    """A CA and a certificate it signed for localhost and 127.0.0.1: (ca, cert, key)."""
    openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=RepDesk test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=root,
    )  # fmt: skip
    openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
        "-subj", "/CN=localhost",
        cwd=root,
    )  # fmt: skip
    (root / "san.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "san.ext",
        cwd=root,
    )  # fmt: skip
    return root / "ca.pem", root / "server.pem", root / "server.key"


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """``python -m server serve`` with uvicorn's own TLS: (https URL, the CA's PEM file)."""
    root = tmp_path_factory.mktemp("tls")
    ca, cert, key = private_ca(root)
    port = free_port()
    command = [sys.executable, "-m", "server", "serve", "--db", f"sqlite:///{root / 's.db'}"]
    command += ["--port", str(port), "--ssl-certfile", str(cert), "--ssl-keyfile", str(key)]
    log = (root / "server.log").open("ab")
    proc = subprocess.Popen(command, cwd=ROOT, env=python_env(), stdout=log, stderr=log)
    url = f"https://localhost:{port}"
    trust = ssl.create_default_context(cafile=str(ca))
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, (root / "server.log").read_text()
            try:
                httpx.get(f"{url}/api/v1/health", verify=trust, timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the TLS server did not start"
                time.sleep(0.1)
        yield url, ca
    finally:
        proc.terminate()
        proc.wait(10)


def test_a_private_ca_is_trusted_when_given_and_refused_otherwise(tls_server, monkeypatch):
    url, ca = tls_server
    monkeypatch.delenv(CA_FILE_ENV, raising=False)
    with SyncClient(url, ca_file=str(ca)) as client:
        assert client.health()["status"] == "ok"
    with SyncClient(url, max_tries=1) as client, pytest.raises(Offline, match="CERTIFICATE"):
        client.health()  # the system's CAs do not know it: refused
    monkeypatch.setenv(CA_FILE_ENV, str(ca))
    with SyncClient(url) as client:
        assert client.health()["status"] == "ok"
    monkeypatch.setenv(CA_FILE_ENV, str(ca.parent / "missing.pem"))
    with pytest.raises(SyncError, match="not a readable CA certificate"):
        SyncClient(url)
