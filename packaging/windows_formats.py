"""The pure parts of the Windows installer check: reading what Windows tools and files say
(``reg query`` output, ``.lnk`` shortcuts, Inno Setup's compiler output) and deriving the
script variants the check compiles. No wine here, so tests/packaging can run all of it."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

# -- the .iss ----------


def setup_directive(iss: str, name: str) -> str:
    """The value of ``name=`` in the script's ``[Setup]`` section."""
    section = iss.split("[Setup]", 1)[1].split("\n[", 1)[0]
    found = re.search(rf"^{re.escape(name)}=(.*)$", section, flags=re.MULTILINE)
    if found is None:
        raise ValueError(f"no {name}= in [Setup]")
    return found.group(1).strip()


def define(iss: str, name: str) -> str:
    found = re.search(rf'^#define {re.escape(name)} "([^"]*)"', iss, flags=re.MULTILINE)
    if found is None:
        raise ValueError(f"no #define {name}")
    return found.group(1)


def uninstall_key_name(iss: str) -> str:
    """Inno Setup's uninstall key: the AppId (its ``{{`` is an escaped ``{``) + ``_is1``."""
    app_id = setup_directive(iss, "AppId")
    return app_id.replace("{{", "{", 1) + "_is1"


def per_user_variant(iss: str, folder: str = r"{localappdata}\Programs\{#AppName}") -> str:
    """The script with one change: its default folder spelled out as per-user Windows puts
    ``{autopf}`` (``%LOCALAPPDATA%\\Programs``), which wine 8 cannot expand per user."""
    old = "DefaultDirName=" + setup_directive(iss, "DefaultDirName")
    if iss.count(old) != 1 or not old.startswith("DefaultDirName={autopf}"):
        raise ValueError(f"expected exactly one {old!r} starting with {{autopf}}")
    return iss.replace(old, f"DefaultDirName={folder}")


def higher_version(version: str) -> str:
    """A version an upgrade installs over ``version``: its last number plus one."""
    head, _, last = version.rpartition(".")
    if not last.isdigit():
        raise ValueError(f"version {version!r} does not end in a number")
    return f"{head}.{int(last) + 1}" if head else str(int(last) + 1)


# -- ISCC's output ----------


def compiler_warnings(output: str) -> list[str]:
    """The warnings ISCC printed (``Warning: …`` lines; ISPP's start with ``Warning:`` too)."""
    return [line.strip() for line in output.splitlines() if re.match(r"\s*warning\b", line, re.I)]


# -- reg query ----------

REG_LINE = re.compile(r"^ {4}(\S.*?) {4}(REG_\w+)(?: {4}(.*))?$")


def reg_values(output: str) -> dict[str, str]:
    """The values of the first key in ``reg query KEY`` output (REG_DWORD stays ``0x…``)."""
    values: dict[str, str] = {}
    seen_key = False
    for line in output.replace("\r", "").splitlines():
        if line.startswith("HKEY_"):
            if seen_key:
                break
            seen_key = True
        elif found := REG_LINE.match(line):
            values[found.group(1)] = found.group(3) or ""
    return values


def reg_subkeys(output: str, key: str) -> list[str]:
    """The names of the subkeys ``reg query KEY`` lists under ``key``."""
    prefix = key.rstrip("\\").lower() + "\\"
    names = []
    for raw in output.replace("\r", "").splitlines():
        line = raw.strip()
        if line.lower().startswith(prefix) and "\\" not in line[len(prefix) :]:
            names.append(line[len(prefix) :])
    return names


# -- .lnk (MS-SHLLINK) ----------


@dataclass(frozen=True)
class Shortcut:
    target: str
    working_dir: str | None


_HAS_ID_LIST, _HAS_LINK_INFO, _IS_UNICODE = 0x01, 0x02, 0x80
_STRINGS = (0x04, 0x08, 0x10, 0x20, 0x40)  # name, relative path, working dir, args, icon


def _c_string(data: bytes, offset: int, unicode: bool) -> str:
    if unicode:
        end = offset
        while data[end : end + 2] != b"\0\0":
            end += 2
        return data[offset:end].decode("utf-16-le")
    return data[offset : data.index(b"\0", offset)].decode("latin-1")


def read_shortcut(data: bytes) -> Shortcut:
    """The target path and working folder of a shell link (``[MS-SHLLINK]`` 2.1–2.4)."""
    if len(data) < 76 or struct.unpack_from("<I", data, 0)[0] != 0x4C:
        raise ValueError("not a shell link")
    flags = struct.unpack_from("<I", data, 20)[0]
    position = 76
    if flags & _HAS_ID_LIST:
        position += 2 + struct.unpack_from("<H", data, position)[0]
    target = ""
    if flags & _HAS_LINK_INFO:
        info = position
        size, header_size, info_flags, _volume, base, _network, suffix = struct.unpack_from(
            "<7I", data, info
        )
        if info_flags & 1:  # VolumeIDAndLocalBasePath
            if header_size >= 0x24:
                base_u, suffix_u = struct.unpack_from("<2I", data, info + 28)
                target = _c_string(data, info + base_u, True) + _c_string(
                    data, info + suffix_u, True
                )
            else:
                target = _c_string(data, info + base, False) + _c_string(data, info + suffix, False)
        position += size
    unicode = bool(flags & _IS_UNICODE)
    strings: dict[int, str] = {}
    for flag in _STRINGS:
        if flags & flag:
            count = struct.unpack_from("<H", data, position)[0]
            width = 2 if unicode else 1
            raw = data[position + 2 : position + 2 + count * width]
            # wine counts the terminating NUL in, Windows does not: drop it either way.
            strings[flag] = raw.decode("utf-16-le" if unicode else "latin-1").rstrip("\0")
            position += 2 + count * width
    if not target:
        raise ValueError("the link has no local target path")
    return Shortcut(target=target, working_dir=strings.get(0x10))
