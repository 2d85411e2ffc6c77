from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from tests.sandbox.helpers import Esimfly

ROOT = Path(__file__).resolve().parents[2]


def test_cli_prints_its_url_and_serves_until_terminated() -> None:
    command = [
        sys.executable,
        "-m",
        "app.sandbox",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--clock-scale",
        "0.001",
        "--esimfly-currency",
        "IQD",
    ]
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            match = re.fullmatch(
                r"eSIM Counter sandbox listening on (http://127\.0\.0\.1:(\d+))\n", line
            )
            assert match, line
            assert int(match.group(2)) > 0
            with httpx.Client(base_url=match.group(1), timeout=5) as client:
                response = Esimfly(client).get("/balance")
            assert response.json()["data"] == {"balance": 1310000, "currency": "IQD"}
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=10) == 0
            assert process.stdout.read() == ""  # exactly one line
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
