"""The ``/_sandbox/…`` control API: the Sandbox control methods over HTTP (no auth).

| method | path | body / query |
|---|---|---|
| GET | /_sandbox/health | |
| GET | /_sandbox/state | |
| GET | /_sandbox/orders | ?provider=esimfly\\|octopus |
| POST | /_sandbox/outcome | {"provider", "plan_key", "outcome": deliver\\|pending\\|fail\\|null} |
| POST | /_sandbox/installed | {"iccid"} |
| POST | /_sandbox/refund-method | {"method": balance\\|refund_request} (eSIMfly cancels) |
| POST | /_sandbox/refunds/confirm | (confirms every open eSIMfly refund request) |
| POST | /_sandbox/octopus/cancel | {"order_id"} (Octopus cancels a delivered order) |
| GET | /_sandbox/octopus/emails | (accepted notification-email calls) |
| POST | /_sandbox/faults | {"kind", "provider", "method", "path", "when", "seconds", "count"} |
| DELETE | /_sandbox/faults | (clears faults and chaos) |
| POST | /_sandbox/chaos | {"rate", "seed", "kinds"?, "delay_seconds"?} |
| POST | /_sandbox/balance | {"provider", "amount"} (wallet currency) |
| POST | /_sandbox/clock/advance | {"seconds"} |
| POST | /_sandbox/clock/offset | {"seconds"} |
| POST | /_sandbox/tokens/expire | |
| POST | /_sandbox/esims/install | {"iccid", "at"?} (ISO 8601; idempotent, issue 17) |
| POST | /_sandbox/esims/use | {"iccid", "mb"} (more data used now) |
| POST | /_sandbox/esims/use-up | {"iccid"} (every megabyte used: DEPLETED) |
| POST | /_sandbox/esims/expire | {"iccid"} (validity ends now: EXPIRED) |
| POST | /_sandbox/esims/usage-rate | {"mb_per_hour"} (data used per hour once installed) |
| POST | /_sandbox/reset | |
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.sandbox.faults import CHAOS_KINDS, Fault
from app.sandbox.messages import BadJson, Request, Response, iso, json_response, parse_iso

if TYPE_CHECKING:
    from app.sandbox.sandbox import Sandbox


class ControlError(Exception):
    pass


def _ok(**extra: Any) -> Response:
    return json_response(200, {"ok": True, **extra})


class Control:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self._routes: dict[tuple[str, str], Callable[[Request], Response]] = {
            ("GET", "/health"): lambda r: _ok(),
            ("GET", "/state"): self.state,
            ("GET", "/orders"): self.orders,
            ("POST", "/outcome"): self.outcome,
            ("POST", "/installed"): self.installed,
            ("POST", "/refund-method"): self.refund_method,
            ("POST", "/refunds/confirm"): self.confirm_refunds,
            ("POST", "/octopus/cancel"): self.octopus_cancel,
            ("GET", "/octopus/emails"): lambda r: json_response(
                200, self.sandbox.notification_emails()
            ),
            ("POST", "/faults"): self.inject,
            ("DELETE", "/faults"): self.clear_faults,
            ("POST", "/chaos"): self.chaos,
            ("POST", "/balance"): self.set_balance,
            ("POST", "/clock/advance"): self.advance,
            ("POST", "/clock/offset"): self.offset,
            ("POST", "/tokens/expire"): self.expire_tokens,
            ("POST", "/esims/install"): self.install_esim,
            ("POST", "/esims/use"): self.use_data,
            ("POST", "/esims/use-up"): self.use_up,
            ("POST", "/esims/expire"): self.expire_esim,
            ("POST", "/esims/usage-rate"): self.usage_rate,
            ("POST", "/reset"): self.reset,
        }

    def handle(self, request: Request) -> Response:
        path = request.path.removeprefix("/_sandbox").rstrip("/") or "/"
        handler = self._routes.get((request.method, path))
        if handler is None:
            return json_response(404, {"ok": False, "error": "unknown control endpoint"})
        try:
            return handler(request)
        except (ControlError, KeyError, ValueError, TypeError) as exc:
            return json_response(400, {"ok": False, "error": str(exc) or type(exc).__name__})

    @staticmethod
    def _body(request: Request) -> dict[str, Any]:
        if not request.body.strip():
            return {}
        try:
            body = request.json()
        except BadJson as exc:
            raise ControlError("body is not JSON") from exc
        if not isinstance(body, dict):
            raise ControlError("body must be a JSON object")
        return body

    def state(self, request: Request) -> Response:
        sandbox = self.sandbox
        balances = {
            provider: {"amount": sandbox.balance(provider), "currency": currency}
            for provider, currency in (
                ("esimfly", sandbox.config.esimfly_currency),
                ("octopus", "USD"),
            )
        }
        return json_response(
            200,
            {
                "clock": {
                    "now": iso(sandbox.clock.now()),
                    "offset": sandbox.clock.offset,
                    "scale": sandbox.clock.scale,
                },
                "balances": balances,
                "orders": {p: len(sandbox.orders(p)) for p in ("esimfly", "octopus")},
                "faults": [asdict(f) for f in sandbox.faults.active()],
            },
        )

    def orders(self, request: Request) -> Response:
        return json_response(200, self.sandbox.orders(request.query.get("provider", "")))

    def outcome(self, request: Request) -> Response:
        body = self._body(request)
        self.sandbox.force_outcome(body["provider"], str(body["plan_key"]), body.get("outcome"))
        return _ok()

    def installed(self, request: Request) -> Response:
        self.sandbox.mark_installed(str(self._body(request)["iccid"]))
        return _ok()

    def refund_method(self, request: Request) -> Response:
        self.sandbox.set_refund_method(str(self._body(request)["method"]))
        return _ok()

    def confirm_refunds(self, request: Request) -> Response:
        self.sandbox.confirm_refunds()
        return _ok()

    def octopus_cancel(self, request: Request) -> Response:
        self.sandbox.cancel_octopus_order(str(self._body(request)["order_id"]))
        return _ok()

    def inject(self, request: Request) -> Response:
        body = self._body(request)
        fields = {"kind", "provider", "method", "path", "when", "seconds", "count"}
        if set(body) - fields:
            raise ControlError(f"unknown fault fields {sorted(set(body) - fields)}")
        if "seconds" in body:
            body["seconds"] = float(body["seconds"])
        self.sandbox.inject(Fault(**body))
        return _ok()

    def clear_faults(self, request: Request) -> Response:
        self.sandbox.clear_faults()
        return _ok()

    def chaos(self, request: Request) -> Response:
        body = self._body(request)
        self.sandbox.chaos(
            float(body["rate"]),
            int(body.get("seed", 0)),
            kinds=tuple(body.get("kinds") or CHAOS_KINDS),
            delay_seconds=float(body.get("delay_seconds", 0.05)),
        )
        return _ok()

    def set_balance(self, request: Request) -> Response:
        body = self._body(request)
        self.sandbox.set_balance(body["provider"], Decimal(str(body["amount"])))
        return _ok()

    def advance(self, request: Request) -> Response:
        self.sandbox.clock.advance(float(self._body(request)["seconds"]))
        return _ok(now=iso(self.sandbox.clock.now()))

    def offset(self, request: Request) -> Response:
        self.sandbox.clock.set_offset(float(self._body(request)["seconds"]))
        return _ok(now=iso(self.sandbox.clock.now()))

    def expire_tokens(self, request: Request) -> Response:
        self.sandbox.expire_tokens()
        return _ok()

    # -- issue 17: the traveller's phone (app/sandbox/usage.py) ---------------------------

    def install_esim(self, request: Request) -> Response:
        body = self._body(request)
        at = parse_iso(str(body["at"])) if body.get("at") else None
        return _ok(installed_at=iso(self.sandbox.install_esim(str(body["iccid"]), at)))

    def use_data(self, request: Request) -> Response:
        body = self._body(request)
        mb = body["mb"]
        if isinstance(mb, bool) or not isinstance(mb, int):
            raise ControlError("mb must be a whole number of megabytes")
        self.sandbox.use_data(str(body["iccid"]), mb)
        return _ok()

    def use_up(self, request: Request) -> Response:
        self.sandbox.use_up(str(self._body(request)["iccid"]))
        return _ok()

    def expire_esim(self, request: Request) -> Response:
        self.sandbox.expire_esim(str(self._body(request)["iccid"]))
        return _ok()

    def usage_rate(self, request: Request) -> Response:
        rate = self._body(request)["mb_per_hour"]
        if isinstance(rate, bool) or not isinstance(rate, int):
            raise ControlError("mb_per_hour must be a whole number")
        self.sandbox.set_usage_rate(rate)
        return _ok()

    def reset(self, request: Request) -> Response:
        self.sandbox.reset()
        return _ok()
