"""No network at run time: a fresh process with sockets disabled builds the
pipeline (model included) and redacts."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = r"""
import socket
def refuse(*a, **k):
    raise OSError("network disabled")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from redactor import redact_text
out = redact_text("The victim, Ana Ortiz, said her SSN is 412-55-8812. Offense: 53a-61 (Family Violence)")
assert "412-55-8812" not in out and "Ortiz" not in out, out
print("OK")
"""


@pytest.mark.slow
def test_redaction_with_sockets_disabled():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "OK"
    assert "Traceback" not in proc.stderr
