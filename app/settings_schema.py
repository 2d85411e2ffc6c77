"""Every setting of the counter, declared once: key, type, default and what is valid.

Qt-free, so the start-up code and the workers read typed values from the plain key/value
mapping the UI hands them; ``app/ui/settings_store.py`` is the one QSettings adapter.
Code reads ``SHOP_NAME.read(values)``, never a literal key with a default of its own: a
value that cannot be used (typed wrong into an INI file, left by an older version) reads
as the default and is logged, so a bad setting never stops the counter from opening.
QSettings hands back text from an INI file and ints or bools from the Windows registry;
every parser takes both.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

# Written into the settings by users and old versions alike: bound what is accepted.
MAX_TEXT = 200
MAX_THRESHOLD = Decimal("1000000")


class SettingError(ValueError):
    """A value a setting cannot hold; the message says what it must be."""


def text(raw: object) -> str:
    value = str(raw).strip()
    if len(value) > MAX_TEXT or any(ord(ch) < 0x20 for ch in value):
        raise SettingError(f"at most {MAX_TEXT} characters on one line")
    return value


def flag(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    value = str(raw).strip().lower()
    if value in {"true", "1", "yes", "on"}:
        return True
    if value in {"false", "0", "no", "off", ""}:
        return False
    raise SettingError("true or false")


def whole(low: int, high: int) -> Callable[[object], int]:
    def parse(raw: object) -> int:
        if isinstance(raw, bool):
            raise SettingError(f"a whole number from {low} to {high}")
        try:
            value = int(str(raw).strip())
        except ValueError:
            raise SettingError(f"a whole number from {low} to {high}") from None
        if not low <= value <= high:
            raise SettingError(f"a whole number from {low} to {high}")
        return value

    return parse


def amount(raw: object) -> Decimal:
    """A non-negative amount of money, exact (never a float)."""
    if isinstance(raw, bool | float):
        raise SettingError("an amount such as 50 or 12.50")
    try:
        value = Decimal(str(raw).strip())
    except InvalidOperation:
        raise SettingError("an amount such as 50 or 12.50") from None
    if not value.is_finite() or value < 0 or value > MAX_THRESHOLD:
        raise SettingError(f"an amount from 0 to {MAX_THRESHOLD}")
    return value


def text_list(raw: object) -> tuple[str, ...]:
    items = raw if isinstance(raw, list | tuple) else [raw]
    return tuple(text(item) for item in items if str(item).strip())


def one_of(*choices: str) -> Callable[[object], str]:
    def parse(raw: object) -> str:
        value = text(raw)
        if value not in choices:
            raise SettingError("one of " + ", ".join(repr(c) for c in choices))
        return value

    return parse


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    default: T
    parse: Callable[[object], T]

    def read(self, values: Mapping[str, object]) -> T:
        raw = values.get(self.key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return self.default
        try:
            return self.parse(raw)
        except SettingError as exc:
            log.warning("setting %s is not usable (must be %s); using its default", self.key, exc)
            return self.default

    def check(self, value: object) -> T:
        """Validate a value about to be saved; raises :class:`SettingError`."""
        return self.parse(value)

    def dump(self, value: T) -> object:
        """What QSettings stores: text for text and numbers, a list for lists."""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, tuple):
            return list(value)
        return str(value)


LANGUAGES = ("", "en", "de", "fr", "es", "tr", "ar")  # "" follows the system

SHOP_NAME = Setting("shop/name", "", text)
CLERK = Setting("shop/clerk", "", text)
LANGUAGE = Setting("ui/language", "", one_of(*LANGUAGES))
LOW_BALANCE = Setting("balance/low_threshold", Decimal("50"), amount)
DISPLAY_SCREEN = Setting("display/screen", "", text)
DISPLAY_TIMEOUT_S = Setting("display/timeout", 300, whole(0, 24 * 3600))
PIN_HASH = Setting("security/pin_hash", "", text)
RECENT_DESTINATIONS: Setting[tuple[str, ...]] = Setting("picker/recent", (), text_list)

ESIMFLY_ENABLED = Setting("accounts/esimfly/enabled", False, flag)
ESIMFLY_URL = Setting("accounts/esimfly/base_url", "https://esimfly.net", text)
ESIMFLY_CURRENCY = Setting("accounts/esimfly/wallet_currency", "", text)
OCTOPUS_ENABLED = Setting("accounts/octopus/enabled", False, flag)
OCTOPUS_URL = Setting("accounts/octopus/base_url", "https://api.octopuscards.io", text)
OCTOPUS_CURRENCY = Setting("accounts/octopus/wallet_currency", "USD", text)

# --- Price list (issue 14, helper C) ------------------------------------------------------


def price_list_json(raw: object) -> str:
    """The owner's price list as stored JSON (``app.core.pricing_codec``), checked whole.

    Read it with :func:`app.ui.pricing_source.current_price_list`, not ``read``: a stored
    list that stopped being usable must stop the selling (read would quietly fall back to
    selling at the provider's list price)."""
    from app.core.pricing_codec import PriceListError, dumps, loads

    if not isinstance(raw, str):
        raise SettingError("a price list saved by the price-list screen")
    try:
        return dumps(loads(raw)) if raw.strip() else ""
    except PriceListError as exc:
        raise SettingError(str(exc)) from None


PRICE_LIST = Setting("pricing/price_list", "", price_list_json)


# -- Receipts (issue 14, helper E) ---------------------------------------------------------
# Receipt header lines beside SHOP_NAME; where receipts go and how the thermal printer is
# reached; when they print; whether the install slip is offered.


def paper_width(raw: object) -> int:
    value = whole(58, 80)(raw)
    if value not in (58, 80):
        raise SettingError("58 or 80 (millimetres)")
    return value


RECEIPT_TARGETS = ("none", "system", "pdf", "thermal")
THERMAL_CONNECTIONS = ("network", "usb", "serial")

SHOP_ADDRESS = Setting("shop/address", "", text)
SHOP_TAX_NUMBER = Setting("shop/tax_number", "", text)
COUNTER_NAME = Setting("shop/counter_name", "", text)
RECEIPT_TARGET = Setting("receipts/target", "none", one_of(*RECEIPT_TARGETS))
RECEIPT_PDF_FOLDER = Setting("receipts/pdf_folder", "", text)
# The system printer chosen in the print dialog the first time, used directly afterwards.
RECEIPT_SYSTEM_PRINTER = Setting("receipts/system_printer", "", text)
THERMAL_CONNECTION = Setting("receipts/thermal/connection", "network", one_of(*THERMAL_CONNECTIONS))
# network "host:port" (port 9100 when left out), usb "vendor:product" in hex, serial a port.
THERMAL_ADDRESS = Setting("receipts/thermal/address", "", text)
THERMAL_PAPER_MM = Setting("receipts/thermal/paper_mm", 80, paper_width)
RECEIPT_AUTO_PRINT = Setting("receipts/auto_print", True, flag)  # False: print on a key
OFFER_INSTALL_SLIP = Setting("receipts/offer_install_slip", False, flag)


# Accessibility (issue 13): owner-only, in the settings dialog's Accessibility tab.
TOUCH_MODE = Setting("ui/touch_mode", False, flag)
TEXT_SIZE = Setting("ui/text_size", 100, whole(100, 200))  # percent of the normal size

# -- Clerks and shifts (issue 15, helper S) ------------------------------------------------
# Off by default: one anonymous clerk named by CLERK, as before. On: a clerk signs in with
# their PIN, and is signed out (or locked) after IDLE_MINUTES without a key or click
# (0: never). See app/till/session.py.
REQUIRE_SIGN_IN = Setting("till/require_sign_in", False, flag)
IDLE_MINUTES = Setting("till/idle_minutes", 10, whole(0, 24 * 60))
IDLE_ACTION = Setting("till/idle_action", "sign_out", one_of("sign_out", "lock"))

# -- Chain (issue 16, helper P16) ---------------------------------------------------------
# The chain's PostgreSQL (app/chain/config.py reads these into a ChainConfig). The password
# is never a setting: it lives in the OS keyring only (SecretName.CHAIN_PASSWORD).
SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")
CHAIN_ENABLED = Setting("chain/enabled", False, flag)
CHAIN_HOST = Setting("chain/host", "", text)
CHAIN_PORT = Setting("chain/port", 5432, whole(1, 65535))
CHAIN_DBNAME = Setting("chain/dbname", "", text)
CHAIN_USER = Setting("chain/user", "", text)
CHAIN_SHOP = Setting("chain/shop", "", text)
CHAIN_COUNTER = Setting("chain/counter", "", text)
CHAIN_SSLMODE = Setting("chain/sslmode", "verify-full", one_of(*SSL_MODES))
# "system": the operating system's trust store (libpq >= 16); else a CA file's path.
CHAIN_SSLROOTCERT = Setting("chain/sslrootcert", "system", text)


# -- Phone check before paying (issue 17, helper D) ----------------------------------------
# On: before the payment step the clerk checks with the traveller that the phone is
# unlocked and eSIM-capable (app/ui/phone_check.py). The phone list the owner installs
# lives beside the journal, not in the settings.
ASK_PHONE_CHECK = Setting("sale/ask_phone_check", True, flag)


# Every setting above; keep this last.
ALL: tuple[Setting[object], ...] = tuple(
    value for value in list(globals().values()) if isinstance(value, Setting)
)
