"""The release workflow is valid (offline lint against the GitHub Actions schema that
check-jsonschema vendors) and does what the release needs: build on each OS, smoke-test
each frozen program, attach the installers, and use only documented secrets."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML  # check-jsonschema's own YAML reader

from .helpers import PACKAGING, ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
README = (PACKAGING / "README.md").read_text(encoding="utf-8")


def _check_jsonschema() -> str:
    found = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert found, "check-jsonschema is a test extra"
    return found


def _lint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_check_jsonschema(), "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    return YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))


def test_the_workflow_passes_the_offline_lint() -> None:
    done = _lint(WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_lint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOW.read_text(encoding="utf-8").replace("runs-on: ${{ matrix.os }}", "run-on: x"),
        encoding="utf-8",
    )
    done = _lint(broken)
    assert done.returncode == 1
    assert "run-on" in done.stdout


def test_it_runs_on_version_tags(workflow: dict[str, Any]) -> None:
    triggers = workflow["on"]
    assert triggers["push"]["tags"] == ["v*"]
    assert "workflow_dispatch" in triggers  # a dry run by hand


def _steps(workflow: dict[str, Any], job: str) -> list[dict[str, Any]]:
    return workflow["jobs"][job]["steps"]


def test_each_os_is_built_smoke_tested_and_packaged(workflow: dict[str, Any]) -> None:
    build = workflow["jobs"]["build"]
    runners = [entry["os"] for entry in build["strategy"]["matrix"]["include"]]
    assert any(r.startswith("windows") for r in runners)
    assert sum(r.startswith("macos") for r in runners) == 2  # arm64 and x86_64
    assert any(r.startswith("ubuntu") for r in runners)
    runs = [step.get("run", "") for step in _steps(workflow, "build")]
    order = [
        next(i for i, run in enumerate(runs) if f"packaging/build.py {stage}" in run)
        for stage in ("freeze", "smoke", "package")
    ]
    assert order == sorted(order)
    uploads = [s for s in _steps(workflow, "build") if s.get("uses", "").startswith("actions/up")]
    assert uploads and uploads[0]["with"]["if-no-files-found"] == "error"


def test_the_release_job_attaches_the_installers(workflow: dict[str, Any]) -> None:
    release = workflow["jobs"]["release"]
    assert release["needs"] == "build"
    assert release["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert release["permissions"] == {"contents": "write"}
    assert workflow["permissions"] == {"contents": "read"}  # everything else reads only
    script = "\n".join(step.get("run", "") for step in _steps(workflow, "release"))
    assert "gh release create" in script and "gh release upload" in script


def test_actions_are_pinned_to_a_major_version(workflow: dict[str, Any]) -> None:
    for job in workflow["jobs"]:
        for step in _steps(workflow, job):
            if "uses" in step:
                assert re.fullmatch(r"actions/[\w-]+@v\d+", step["uses"]), step["uses"]


def test_no_secret_is_tested_in_an_if(workflow: dict[str, Any]) -> None:
    # GitHub refuses secrets in `if:`; the steps test their environment instead.
    for job in workflow["jobs"]:
        for step in _steps(workflow, job):
            assert "secrets." not in str(step.get("if", ""))


def test_every_secret_and_variable_is_documented() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    names = set(re.findall(r"\b(?:secrets|vars)\.([A-Z0-9_]+)", text)) - {"GITHUB_TOKEN"}
    assert names, "the workflow uses secrets for signing"
    missing = sorted(n for n in names if f"`{n}`" not in README)
    assert missing == [], f"not in packaging/README.md: {missing}"


def test_every_build_environment_variable_is_documented() -> None:
    text = (PACKAGING / "build.py").read_text(encoding="utf-8")
    text += (PACKAGING / "esim-counter.spec").read_text(encoding="utf-8")
    names = set(re.findall(r"\b(ESIM_[A-Z0-9_]+)", text))
    assert len(names) > 10
    missing = sorted(n for n in names if f"`{n}`" not in README)
    assert missing == [], f"not in packaging/README.md: {missing}"
