"""``packaging/build.py`` without building: signing is configured from the environment
and skipped out loud, secrets never reach the log, the smoke test's verdict is read right."""

from __future__ import annotations

import os
import stat
import sys
import tarfile
from pathlib import Path

import pytest

from .helpers import load_build

build = load_build()

SIGNING_VARIABLES = [
    "ESIM_WINDOWS_CERT_FILE",
    "ESIM_WINDOWS_CERT_PASSWORD",
    "ESIM_WINDOWS_CERT_SHA1",
    "ESIM_WINDOWS_TIMESTAMP_URL",
    "ESIM_NOTARY_PROFILE",
    "ESIM_NOTARY_KEY",
    "ESIM_NOTARY_KEY_ID",
    "ESIM_NOTARY_ISSUER",
    "ESIM_NOTARY_APPLE_ID",
    "ESIM_NOTARY_PASSWORD",
    "ESIM_NOTARY_TEAM_ID",
    "GITHUB_REF_TYPE",
    "GITHUB_REF_NAME",
]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SIGNING_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_no_certificate_means_no_windows_signing() -> None:
    assert build.windows_signing() is None


def test_a_certificate_file_and_its_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESIM_WINDOWS_CERT_FILE", r"C:\certs\shop.pfx")
    monkeypatch.setenv("ESIM_WINDOWS_CERT_PASSWORD", "s3cret")
    arguments, secrets = build.windows_signing()
    assert arguments[:3] == ["sign", "/fd", "sha256"]
    assert arguments[arguments.index("/f") + 1] == r"C:\certs\shop.pfx"
    assert arguments[arguments.index("/p") + 1] == "s3cret"
    assert arguments[arguments.index("/tr") + 1] == build.WINDOWS_TIMESTAMP
    assert secrets == ["s3cret"]


def test_a_certificate_in_the_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESIM_WINDOWS_CERT_SHA1", "0123456789abcdef")
    monkeypatch.setenv("ESIM_WINDOWS_TIMESTAMP_URL", "http://timestamp.shop.test")
    arguments, secrets = build.windows_signing()
    assert arguments[-2:] == ["/sha1", "0123456789abcdef"]
    assert "http://timestamp.shop.test" in arguments
    assert secrets == []


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, None),
        ({"ESIM_NOTARY_PROFILE": "shop"}, ["--keychain-profile", "shop"]),
        (
            {"ESIM_NOTARY_KEY": "/k.p8", "ESIM_NOTARY_KEY_ID": "K1", "ESIM_NOTARY_ISSUER": "I"},
            ["--key", "/k.p8", "--key-id", "K1", "--issuer", "I"],
        ),
        (
            {
                "ESIM_NOTARY_APPLE_ID": "a@shop.test",
                "ESIM_NOTARY_PASSWORD": "pw",
                "ESIM_NOTARY_TEAM_ID": "T",
            },
            ["--apple-id", "a@shop.test", "--password", "pw", "--team-id", "T"],
        ),
        ({"ESIM_NOTARY_APPLE_ID": "a@shop.test"}, None),  # incomplete: not configured
    ],
)
def test_notary_credentials(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: list[str] | None
) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    found = build.notary_arguments()
    assert (found[0] if found else None) == expected


def test_a_skipped_step_says_how_to_enable_it(capsys: pytest.CaptureFixture[str]) -> None:
    build.skipped("code signing", "set ESIM_X", required=False)
    assert capsys.readouterr().out == "[build] SKIPPED code signing: set ESIM_X\n"
    with pytest.raises(build.BuildError, match="required but not configured"):
        build.skipped("code signing", "set ESIM_X", required=True)


def test_secrets_never_reach_the_log(capsys: pytest.CaptureFixture[str]) -> None:
    build.run([sys.executable, "-c", "pass", "/p", "hunter2"], secrets=["hunter2"])
    out = capsys.readouterr().out
    assert "hunter2" not in out
    assert "/p ***" in out


def test_the_tag_must_match_the_version(monkeypatch: pytest.MonkeyPatch) -> None:
    build.check_tag("1.2.3")  # not a tag build: nothing to check
    monkeypatch.setenv("GITHUB_REF_TYPE", "tag")
    monkeypatch.setenv("GITHUB_REF_NAME", "v1.2.3")
    build.check_tag("1.2.3")
    monkeypatch.setenv("GITHUB_REF_NAME", "v1.2.4")
    with pytest.raises(build.BuildError, match=r"does not match version 1\.2\.3"):
        build.check_tag("1.2.3")


def _fake_program(tmp_path: Path, line: str, code: int) -> Path:
    script = tmp_path / "fake.py"
    script.write_text(
        "import sys\n"
        "report = sys.argv[sys.argv.index('--smoke-report') + 1]\n"
        f"open(report, 'w').write({line!r} + '\\n')\n"
        f"sys.exit({code})\n",
        encoding="utf-8",
    )
    program = tmp_path / "fake-program"
    program.write_text(f'#!/bin/sh\nexec {sys.executable} {script} "$@"\n', encoding="utf-8")
    program.chmod(0o755)
    return program


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for the program")
def test_the_smoke_verdict_is_read_from_the_report(tmp_path: Path) -> None:
    ok = _fake_program(tmp_path, "smoke test ok: sold it", 0)
    assert build.smoke_test(ok, offscreen=True) == "smoke test ok: sold it"
    failed = _fake_program(tmp_path, "smoke test FAILED: no QR", 1)
    with pytest.raises(build.BuildError, match=r"exit 1\): smoke test FAILED: no QR"):
        build.smoke_test(failed, offscreen=True)
    lying = _fake_program(tmp_path, "all good", 0)  # exit 0 is not enough
    with pytest.raises(build.BuildError, match="all good"):
        build.smoke_test(lying, offscreen=True)


def test_the_tarball_keeps_the_executable_bit(tmp_path: Path) -> None:
    bundle = tmp_path / "esim-counter"
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / "esim-counter"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    (bundle / "_internal" / "data.txt").write_text("x", encoding="utf-8")
    out = build.linux_tarball(bundle, tmp_path, "9.8.7")
    assert out.name == f"esim-counter-9.8.7-linux-{build.machine()}.tar.gz"
    with tarfile.open(out) as tar:
        member = tar.getmember("esim-counter-9.8.7/esim-counter")
        assert member.mode & stat.S_IXUSR
        assert "esim-counter-9.8.7/_internal/data.txt" in tar.getnames()


def test_mach_o_files_are_recognised(tmp_path: Path) -> None:
    thin = tmp_path / "lib.dylib"
    thin.write_bytes(b"\xcf\xfa\xed\xfe" + bytes(28))
    text = tmp_path / "Info.plist"
    text.write_text("<plist/>", encoding="utf-8")
    link = tmp_path / "link.dylib"
    os.symlink(thin, link)
    assert build.is_macho(thin)
    assert not build.is_macho(text)
    assert not build.is_macho(link)  # the file it points at is signed, not the link


def test_an_unknown_stage_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        build.main(["freeze", "publish"])
    assert exit_.value.code == 2
    assert "unknown stage 'publish'" in capsys.readouterr().err


def test_packaging_without_a_bundle_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build.main(["package", "--dist", str(tmp_path)]) == 1
    assert "run the freeze stage first" in capsys.readouterr().err
