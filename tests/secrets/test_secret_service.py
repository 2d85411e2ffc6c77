"""The real thing: a Secret Service (gnome-keyring) on a private D-Bus session.

Each run gets a throw-away home, keyring directory and session bus, so nothing touches
the keyring of the user running the tests. The test needs ``dbus-run-session`` and
``gnome-keyring-daemon`` (Debian: ``apt-get install -y --no-install-recommends
gnome-keyring dbus-daemon``). Without them it is skipped on a developer's machine, but
when ``CI`` is set it runs anyway, and fails, so CI cannot silently lose it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

BINARIES = ("dbus-run-session", "gnome-keyring-daemon")
APT = "apt-get install -y --no-install-recommends gnome-keyring dbus-daemon"
ROOT = Path(__file__).resolve().parents[2]

# Runs inside the private session: the default backend must be the Secret Service and
# must go through the counter's store under the documented names.
CHILD = textwrap.dedent(
    """
    import os, subprocess, sys
    import keyring
    import keyring.backends.SecretService
    from app.core.secret import Secret
    from app.secrets import SERVICE, KeyringState, SecretName, SecretStore

    backend = keyring.get_keyring()
    assert type(backend) is keyring.backends.SecretService.Keyring, repr(backend)

    store = SecretStore()
    status = store.status()
    assert status.state is KeyringState.USABLE, status
    assert status.backend == "keyring.backends.SecretService.Keyring", status

    value, other = os.environ["TEST_SECRET"], os.environ["TEST_SECRET"] + "-2"
    name = SecretName.OCTOPUS_API_SECRET
    assert store.read(name) is None
    store.store(name, Secret(value))
    assert store.read(name) == Secret(value)
    assert backend.get_password(SERVICE, "octopus.api_secret") == value
    store.store(name, Secret(other))
    assert store.read(name) == Secret(other)
    store.remove(name)
    assert store.read(name) is None
    store.remove(name)

    # The documented provisioning command writes where the counter reads.
    subprocess.run(
        [sys.executable, "-m", "keyring", "set", "eSIM Counter", "esimfly.secret_key"],
        input=value + "\\n", text=True, check=True, timeout=30,
    )
    assert store.read(SecretName.ESIMFLY_SECRET_KEY) == Secret(value)
    store.remove(SecretName.ESIMFLY_SECRET_KEY)
    print("secret-service-ok")
    """
)

# A login keyring created and unlocked with a known password, no prompt, no display:
# `--unlock` reads the password from stdin and starts the daemon on the session bus.
SESSION = 'printf "%s" "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets \
>/dev/null && exec "$PYTHON" -c "$CHILD"'


def _missing() -> list[str]:
    return [name for name in BINARIES if shutil.which(name) is None]


def test_store_read_remove_through_gnome_keyring(tmp_path: Path) -> None:
    missing = _missing()
    if missing and not os.environ.get("CI"):
        pytest.skip(f"{', '.join(missing)} not installed (Debian: {APT}); CI runs this test")
    assert not missing, f"CI needs {', '.join(missing)}: {APT}"

    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for path in (home, runtime):
        path.mkdir(mode=0o700)
    env = {
        key: value
        for key, value in os.environ.items()
        # Nothing of the real session may leak in: its bus, its display, a forced backend.
        if not key.startswith(("DBUS_", "XDG_", "KEYRING_", "GNOME_KEYRING", "SSH_AUTH"))
        and key not in {"DISPLAY", "WAYLAND_DISPLAY", "PYTHON_KEYRING_BACKEND", "PYTHONPATH"}
    }
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONPATH=str(ROOT),
        PYTHON=sys.executable,
        CHILD=CHILD,
        KEYRING_PASSWORD="test-login-password",
        TEST_SECRET="real-secret-service-value-41c9",
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SESSION],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert "secret-service-ok" in result.stdout
    assert env["TEST_SECRET"] not in result.stdout + result.stderr
    assert (home / "data" / "keyrings" / "login.keyring").exists()
