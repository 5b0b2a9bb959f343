"""Drive a headless Chromium over the DevTools protocol: load a page offline, read values, take screenshots.

Used by the browser tests and by ``python -m bench.viz``; needs the ``websocket-client`` package and a
Chromium (Debian's ``chromium``; set ``KG_CHROMIUM`` to use another binary). It records every request the
page attempts, console messages, uncaught exceptions and JavaScript dialogs (which it dismisses), so a test can
assert that none happened.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from kg.errors import KgError

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio",
         "--disable-features=Translate,MediaRouter,OptimizationHints", "--metrics-recording-only",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars")


def find_chromium() -> str | None:
    """The Chromium binary: $KG_CHROMIUM, else chromium / chromium-browser / google-chrome on PATH."""
    env = os.environ.get("KG_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class CdpError(KgError):
    """The browser answered a DevTools command with an error, or did not answer in time."""


class Browser:
    """One headless Chromium with one page, attached through a flat DevTools session.

    >>> with Browser() as b:                                   # doctest: +SKIP
    ...     b.open(Path("graph.html"))
    ...     b.evaluate("kgNetwork.nodes.length")
    """

    def __init__(self, executable: str | None = None, *, width: int = 1400, height: int = 900,
                 offline: bool = True, timeout: float = 60.0):
        try:
            import websocket
        except ImportError as err:  # pragma: no cover - the test extra installs it
            raise KgError("driving Chromium needs the websocket-client package (pip install websocket-client)") from err
        self.executable = executable or find_chromium()
        if not self.executable:
            raise KgError("no Chromium found: install Debian's chromium package or set KG_CHROMIUM")
        self.timeout = timeout
        self.width, self.height = width, height
        self.offline = offline
        self.events: list[tuple[str, dict]] = []
        self.requests: list[str] = []
        self.console: list[dict] = []
        self.exceptions: list[str] = []
        self.dialogs: list[str] = []
        self._next = 0
        self._profile = tempfile.mkdtemp(prefix="kg-chromium-")
        args = [self.executable, *FLAGS, f"--user-data-dir={self._profile}", f"--window-size={width},{height}",
                "--remote-debugging-port=0", "about:blank"]
        self._proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
        try:
            port, path = self._devtools_port()
            self._ws = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=timeout,
                                                   suppress_origin=True, enable_multithread=False)
            target = self._send("Target.createTarget", {"url": "about:blank"}, session=None)["targetId"]
            self._session = self._send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                       session=None)["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                self.send(f"{domain}.enable")
            self.send("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
            if offline:
                self.send("Network.emulateNetworkConditions",
                          {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        except BaseException:
            self.close()
            raise

    # -- plumbing -----------------------------------------------------------------------------------------

    def _devtools_port(self) -> tuple[int, str]:
        marker = Path(self._profile) / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise KgError(f"{self.executable} exited with status {self._proc.returncode} on start")
            try:
                lines = marker.read_text().split()
                if len(lines) >= 2:
                    return int(lines[0]), lines[1]
            except (FileNotFoundError, ValueError):
                pass
            time.sleep(0.05)
        raise KgError(f"{self.executable} did not open its DevTools port within {self.timeout:.0f} s")

    def _send(self, method: str, params: dict | None = None, *, session: str | None | bool = True,
              timeout: float | None = None) -> dict:
        self._next += 1
        msg = {"id": self._next, "method": method, "params": params or {}}
        if session is True:
            msg["sessionId"] = self._session
        elif session:
            msg["sessionId"] = session
        self._ws.send(json.dumps(msg))
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            reply = self._receive(deadline, method)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise CdpError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})

    def send(self, method: str, params: dict | None = None, timeout: float | None = None,
             session: str | None = None) -> dict:
        """Send a DevTools command to the page (or to the attached frame ``session``) and return its result."""
        return self._send(method, params, session=session or True, timeout=timeout)

    def _receive(self, deadline: float, waiting_for: str) -> dict:
        import websocket

        left = deadline - time.monotonic()
        if left <= 0:
            raise CdpError(f"no answer to {waiting_for} in time")
        self._ws.settimeout(left)
        try:
            message = json.loads(self._ws.recv())
        except websocket.WebSocketTimeoutException as err:
            raise CdpError(f"no answer to {waiting_for} in time") from err
        if "method" in message:
            self._on_event(message["method"], message.get("params", {}))
        return message

    def _on_event(self, method: str, params: dict) -> None:
        self.events.append((method, params))
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            self.console.append({"level": params.get("type"), "text": text})
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            self.console.append({"level": entry.get("level"), "text": entry.get("text", ""),
                                 "url": entry.get("url", "")})
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.exceptions.append(details.get("exception", {}).get("description") or details.get("text", ""))
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("message", ""))
            self._next += 1
            self._ws.send(json.dumps({"id": self._next, "method": "Page.handleJavaScriptDialog",
                                      "params": {"accept": False}, "sessionId": self._session}))

    def wait_event(self, method: str, timeout: float | None = None, since: int = 0) -> dict:
        """The params of the first ``method`` event at or after index ``since`` of ``events``, waiting for it."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            for name, params in self.events[since:]:
                if name == method:
                    return params
            self._receive(deadline, method)

    # -- the page -----------------------------------------------------------------------------------------

    def open(self, target: str | Path, *, ready: str | None = "window.kgNetwork && window.kgNetwork.ready",
             timeout: float | None = None) -> float:
        """Navigate to a file path or URL, wait for the load event and then for ``ready`` to be truthy.
        Returns the seconds from navigation until ``ready`` held."""
        url = Path(target).resolve().as_uri() if isinstance(target, Path) or "://" not in str(target) else target
        since = len(self.events)
        start = time.monotonic()
        result = self.send("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise CdpError(f"cannot open {url}: {result['errorText']}")
        self.wait_event("Page.loadEventFired", timeout, since)
        if ready:
            self.wait_for(ready, timeout)
        return time.monotonic() - start

    def frame_sessions(self, timeout: float | None = None) -> list[str]:
        """Sessions of the page's out-of-process frames (a sandboxed iframe runs in its own process), attaching
        to them on first call; each has Runtime and Log enabled, so their errors are recorded too."""
        if not getattr(self, "_auto_attach", False):
            self._auto_attach = True
            self.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": False,
                                               "flatten": True})
        sessions = []
        for method, params in self.events:
            if method == "Target.attachedToTarget" and params["targetInfo"].get("type") == "iframe":
                if params["sessionId"] not in getattr(self, "_enabled", set()):
                    for domain in ("Runtime", "Log"):
                        self.send(f"{domain}.enable", session=params["sessionId"], timeout=timeout)
                    self._enabled = getattr(self, "_enabled", set()) | {params["sessionId"]}
                sessions.append(params["sessionId"])
        return sessions

    def evaluate(self, expression: str, *, timeout: float | None = None, context: int | None = None,
                 session: str | None = None):
        """The value of a JavaScript expression (JSON-serialisable), awaiting promises."""
        params = {"expression": expression, "returnByValue": True, "awaitPromise": True}
        if context is not None:
            params["contextId"] = context
        result = self.send("Runtime.evaluate", params, timeout, session=session)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise CdpError(f"{expression[:80]}: {details.get('exception', {}).get('description') or details.get('text')}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float | None = None, context: int | None = None,
                 session: str | None = None):
        """Poll ``expression`` until it is truthy; return its value."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            value = self.evaluate(f"!!({expression})", context=context, session=session)
            if value:
                return value
            if time.monotonic() > deadline:
                raise CdpError(f"timed out waiting for {expression}")
            time.sleep(0.05)

    def mouse_move(self, x: float, y: float) -> None:
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    def screenshot(self, path: str | Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def errors(self) -> list[str]:
        """Console errors and uncaught exceptions so far."""
        found = [f"{c['level']}: {c['text']}" for c in self.console if c.get("level") in ("error", "assert")]
        return found + [f"exception: {e}" for e in self.exceptions]

    def close(self) -> None:
        ws = getattr(self, "_ws", None)
        if ws is not None:
            try:
                self._send("Browser.close", session=None, timeout=5)
            except Exception:
                pass
            try:
                ws.close()
            except Exception:
                pass
            self._ws = None
        proc = getattr(self, "_proc", None)
        if proc is not None and proc.poll() is None:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
