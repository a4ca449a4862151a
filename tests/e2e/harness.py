"""A private desktop for one end-to-end test of the built m3ter-bills.

The outer process (run_e2e.py) makes a fresh HOME, starts Xvfb and runs the inner process inside
dbus-run-session with a session bus that knows only the accessibility bus; everything is started
with a marker in its environment, so the outer process can end every process of the run (and
nothing else) even when the test fails or hangs. The inner process starts openbox, the sandbox
and the app, and drives the app through AT-SPI as a person would: it finds things by their role
and the text a person reads, presses them, types into them, and reads what is on screen.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

MARKER = "BILLS_E2E_RUN"


class Failure(Exception):
    pass


def wait_for(what, condition, timeout=30.0, interval=0.1):
    """Polls `condition` until it returns a true value; fails with `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = condition()
            if value:
                return value
        except Failure:
            raise  # e.g. the app has exited: waiting longer cannot help
        except Exception as error:  # the tree changes under us while windows open and close
            last_error = error
        if time.monotonic() > deadline:
            detail = f" (last error: {last_error!r})" if last_error else ""
            raise Failure(f"timed out after {timeout:.0f} s waiting for {what}{detail}")
        time.sleep(interval)


# ---------------------------------------------------------------------------------------------
# Outer process: display, session bus, cleanup.
# ---------------------------------------------------------------------------------------------

def processes_with_marker(run_id):
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as f:
                env = f.read().split(b"\0")
        except OSError:
            continue
        if f"{MARKER}={run_id}".encode() in env:
            found.append(int(entry))
    return found


def end_processes(run_id):
    """Ends every process started for this run: TERM, a short grace, then KILL."""
    for sig, grace in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 2.0)):
        pids = processes_with_marker(run_id)
        if not pids:
            return
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and processes_with_marker(run_id):
            time.sleep(0.1)


def session_bus_config(root):
    """A session bus whose only activatable service is the accessibility bus: no keyring, no
    portal, nothing of the machine's own desktop."""
    services = os.path.join(root, "dbus-services")
    os.makedirs(services)
    shutil.copy("/usr/share/dbus-1/services/org.a11y.Bus.service", services)
    path = os.path.join(root, "session.conf")
    with open(path, "w") as f:
        f.write(f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir={root}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
""")
    return path


def start_xvfb(screen, env, log):
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp",
         "-noreset"],
        env=env, pass_fds=(write_fd,), stdout=log, stderr=log)
    os.close(write_fd)
    number = b""
    with os.fdopen(read_fd, "rb") as r:
        while not number.endswith(b"\n"):
            chunk = r.read(1)
            if not chunk:
                raise Failure("Xvfb did not start (see xvfb.log)")
            number += chunk
    return xvfb, ":" + number.decode().strip()


def run_outer(argv_for_inner, screen, timeout):
    run_id = f"{os.getpid()}-{time.time_ns()}"
    root = os.path.realpath(__import__("tempfile").mkdtemp(prefix="bills-e2e-"))
    home = os.path.join(root, "home")
    runtime = os.path.join(root, "runtime")
    os.makedirs(home)
    os.makedirs(runtime, mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "USER": os.environ.get("USER", "tester"),
        "XDG_RUNTIME_DIR": runtime,
        "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "XDG_DATA_HOME": os.path.join(home, ".local/share"),
        "XDG_CACHE_HOME": os.path.join(home, ".cache"),
        "LANG": "C.UTF-8",
        "TMPDIR": root,
        MARKER: run_id,
        "BILLS_E2E_ROOT": root,
    }
    for name in ("BILLS_E2E_VERBOSE", "BILLS_E2E_ARGS", "BILLS_E2E_WAIT"):
        if name in os.environ:
            env[name] = os.environ[name]
    keep = os.environ.get("BILLS_E2E_KEEP")  # keep the run's files to look at them afterwards
    status = 1
    xlog = open(os.path.join(root, "xvfb.log"), "wb")
    try:
        xvfb, display = start_xvfb(screen, env, xlog)
        env["DISPLAY"] = display
        inner = subprocess.Popen(
            ["dbus-run-session", "--config-file", session_bus_config(root), "--",
             sys.executable] + argv_for_inner,
            env=env)
        try:
            status = inner.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            print(f"FAIL: the test did not finish within {timeout} s", flush=True)
            status = 1
    except Failure as error:
        print(f"FAIL: {error}", flush=True)
    finally:
        end_processes(run_id)
        xlog.close()
        if status != 0 or keep:
            for name in sorted(os.listdir(root)):
                if name.endswith(".log"):
                    with open(os.path.join(root, name), errors="replace") as f:
                        text = f.read()
                    if text.strip():
                        print(f"----- {name} -----\n{text[-6000:]}", flush=True)
        if keep:
            print(f"files of the run kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return status


# ---------------------------------------------------------------------------------------------
# Inner process: window manager, keychain, sandbox, the app and AT-SPI.
# ---------------------------------------------------------------------------------------------

class Desktop:
    def __init__(self, app_path, sandbox_path, measure_path):
        self.root = os.environ["BILLS_E2E_ROOT"]
        self.home = os.environ["HOME"]
        self.app_path = app_path
        self.sandbox_path = sandbox_path
        self.measure_path = measure_path
        self.app_env = {}
        self._logs = []
        self._start_window_manager()

    def log(self, name):
        f = open(os.path.join(self.root, name), "ab")
        self._logs.append(f)
        return f

    def _start_window_manager(self):
        ready = os.path.join(self.root, "wm-ready")
        subprocess.Popen(["openbox", "--startup", f"touch {ready}"],
                         stdout=self.log("openbox.log"), stderr=subprocess.STDOUT)
        wait_for("the window manager", lambda: os.path.exists(ready), timeout=20)

    def start_keyring(self, password="e2e-password"):
        """An unlocked gnome-keyring on this run's session bus, as a logged-in desktop has."""
        out = subprocess.run(
            ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
            input=password.encode(), capture_output=True, timeout=30)
        for line in out.stdout.decode().splitlines():
            key, _, value = line.partition("=")
            if key and value:
                os.environ[key] = value
                self.app_env[key] = value
        wait_for("the keyring on the session bus", lambda: subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
             "string:org.freedesktop.secrets"], capture_output=True).stdout.find(b"true") >= 0,
                 timeout=20)

    def start_sandbox(self, *args):
        return Sandbox(self, list(args))

    def app_environment(self, extra=None):
        env = dict(os.environ)
        env.update({
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            # Leaks at exit are the unit tests' business; any other sanitizer report is an
            # error of this run and is found in the logs by App.check_sanitizers().
            "ASAN_OPTIONS": "detect_leaks=0:log_path=" + os.path.join(self.root, "asan"),
            "UBSAN_OPTIONS": "print_stacktrace=1:log_path=" + os.path.join(self.root, "ubsan"),
        })
        for key in ("QT_SCALE_FACTOR", "QT_FONT_DPI", "LANGUAGE", "LC_ALL"):
            env.pop(key, None)
        env.update(self.app_env)
        env.update(extra or {})
        return env

    def launch(self, *args, env=None):
        return App(self, list(args), self.app_environment(env))

    def measure(self, items, env=None):
        """Widths (logical px) at which each (kind, text) is shown whole, and the device pixel
        ratio; see measure.cpp."""
        payload = "".join(f"{kind}\t{text}\n" for kind, text in items)
        out = subprocess.run([self.measure_path], input=payload.encode(), capture_output=True,
                             env=self.app_environment(env), timeout=60)
        lines = out.stdout.decode().splitlines()
        if not lines or not lines[0].startswith("dpr "):
            raise Failure(f"bills-e2e-measure failed: {out.stderr.decode()[-2000:]}")
        return float(lines[0].split()[1]), [int(x) for x in lines[1:]]

    def check_sanitizers(self):
        reports = [n for n in os.listdir(self.root) if n.startswith(("asan.", "ubsan."))]
        for name in reports:
            with open(os.path.join(self.root, name), errors="replace") as f:
                text = f.read()
            if "ERROR: AddressSanitizer" in text or "runtime error:" in text:
                raise Failure(f"sanitizer report during the run ({name}):\n{text[:4000]}")


class Sandbox:
    """m3ter-sandbox in its own process, as a developer starts it; counts the requests it logs."""

    def __init__(self, desktop, args):
        self.lines = []
        self._lock = threading.Lock()
        self.proc = subprocess.Popen([desktop.sandbox_path, "--log-requests"] + args,
                                     stdout=subprocess.PIPE, stderr=desktop.log("sandbox.log"))
        threading.Thread(target=self._read, daemon=True).start()
        info = wait_for("the sandbox to print its credentials",
                        lambda: self._field("client secret"), timeout=60)
        del info
        self.base_url = self._field("base URL")
        self.org_id = self._field("org id")
        self.client_id = self._field("client id")
        self.client_secret = self._field("client secret")

    def _read(self):
        for raw in self.proc.stdout:
            with self._lock:
                self.lines.append(raw.decode(errors="replace").rstrip("\n"))

    def _field(self, name):
        with self._lock:
            for line in self.lines:
                m = re.match(rf"\s+{re.escape(name)}:\s+(\S+)", line)
                if m:
                    return m.group(1)
        return None

    def count(self, route, status=None):
        with self._lock:
            n = 0
            for line in self.lines:
                parts = line.split("\t")
                if len(parts) == 4 and parts[0] == "request" and parts[2] == route and (
                        status is None or parts[3] == str(status)):
                    n += 1
            return n


class App:
    """One run of m3ter-bills and its accessibility tree."""

    def __init__(self, desktop, args, env):
        import pyatspi
        self.pyatspi = pyatspi
        self.desktop = desktop
        self.proc = subprocess.Popen([desktop.app_path] + args, env=env,
                                     stdout=desktop.log("app.log"), stderr=subprocess.STDOUT)
        self.accessible = wait_for("m3ter-bills on the accessibility bus", self._find_app,
                                   timeout=60)

    def _find_app(self):
        if self.proc.poll() is not None:
            raise Failure(f"m3ter-bills exited with code {self.proc.returncode} before showing "
                          "a window")
        desktop = self.pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            try:
                if app.get_process_id() == self.proc.pid:
                    return app
            except Exception:
                continue
        return None

    # --- finding -------------------------------------------------------------------------------

    def alive(self):
        if self.proc.poll() is not None:
            raise Failure(f"m3ter-bills exited (code {self.proc.returncode}) while the test "
                          "expected it to run")

    def windows(self):
        self.alive()
        return [self.accessible.getChildAtIndex(i) for i in range(self.accessible.childCount)]

    def showing(self, acc):
        return acc.getState().contains(self.pyatspi.STATE_SHOWING)

    def find(self, role=None, name=None, root=None, showing=True, all=False):
        """Descendants with the given role (pyatspi ROLE_*) and accessible name (a string, or a
        compiled regular expression). Does not walk into the cells of tables, trees and lists
        (thousands of bills); read those through the table interface. With showing=True, hidden
        subtrees are skipped too."""
        containers = (self.pyatspi.ROLE_TABLE, self.pyatspi.ROLE_TREE_TABLE,
                      self.pyatspi.ROLE_TREE, self.pyatspi.ROLE_LIST)

        def matches(acc):
            if role is not None and acc.getRole() != role:
                return False
            if name is not None:
                n = acc.name or ""
                if isinstance(name, str) and n != name:
                    return False
                if not isinstance(name, str) and not name.search(n):
                    return False
            return True

        queue = [root] if root is not None else self.windows()
        found = []
        while queue:
            acc = queue.pop(0)
            if acc is None:
                continue
            if showing and not self.showing(acc):
                continue
            if matches(acc):
                if not all:
                    return acc
                found.append(acc)
            if acc.getRole() in containers:
                continue  # its children are cells
            queue.extend(acc.getChildAtIndex(i) for i in range(acc.childCount))
        return found if all else None

    def wait(self, what, role=None, name=None, root=None, timeout=30):
        return wait_for(what, lambda: self.find(role, name, root), timeout=timeout)

    def window(self, title, timeout=30):
        """The showing top-level window (frame or dialog) whose title matches."""
        def find():
            for w in self.windows():
                if w is not None and self.showing(w) and (
                        w.name == title if isinstance(title, str) else title.search(w.name or "")):
                    return w
            return None
        return wait_for(f"the window “{title}”", find, timeout=timeout)

    # --- acting --------------------------------------------------------------------------------

    def press(self, acc):
        action = acc.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        for wanted in ("Press", "press", "Toggle", "toggle", "click"):
            if wanted in names:
                action.doAction(names.index(wanted))
                return
        raise Failure(f"“{acc.name}” has no press action (actions: {names})")

    def press_button(self, name, root=None, timeout=30):
        button = self.wait(f"the button “{name}”", self.pyatspi.ROLE_PUSH_BUTTON, name, root,
                           timeout=timeout)
        wait_for(f"the button “{name}” to be enabled",
                 lambda: button.getState().contains(self.pyatspi.STATE_ENABLED), timeout=timeout)
        self.press(button)

    def type_into(self, name, text, root=None):
        roles = (self.pyatspi.ROLE_TEXT, self.pyatspi.ROLE_PASSWORD_TEXT, self.pyatspi.ROLE_ENTRY)
        field = wait_for(f"the field “{name}”", lambda: next(
            (f for f in self.find(None, name, root, all=True) if f.getRole() in roles), None))
        field.queryEditableText().setTextContents(text)
        wait_for(f"“{name}” to hold the typed text",
                 lambda: field.queryText().getText(0, -1) == text
                 or field.getRole() == self.pyatspi.ROLE_PASSWORD_TEXT
                 and field.queryText().characterCount == len(text))

    def trigger_menu(self, *path):
        """Menu bar → menu → item, by their visible text (without the & of the mnemonic)."""
        item = None
        root = None
        for text in path:
            item = self.wait(f"the menu item “{text}”", None, text, root, timeout=10) \
                if root is None else wait_for(
                    f"the menu item “{text}”",
                    lambda: self.find(None, text, root, showing=False))
            root = item
        self.press(item)

    def dump(self, acc=None, depth=0, out=None):
        """The accessibility tree as text: role, name, extents; to see what a case can find."""
        out = [] if out is None else out
        acc = acc or self.accessible
        try:
            e = acc.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
            where = f" [{e.x},{e.y} {e.width}x{e.height}]"
        except Exception:
            where = ""
        out.append("  " * depth + f"{acc.getRoleName()} “{acc.name}”{where}"
                   + ("" if self.showing(acc) else " (hidden)"))
        if depth < 12 and acc.getRole() not in (self.pyatspi.ROLE_TABLE,
                                                 self.pyatspi.ROLE_TREE_TABLE):
            for i in range(acc.childCount):
                child = acc.getChildAtIndex(i)
                if child is not None:
                    self.dump(child, depth + 1, out)
        return out

    def text_of(self, acc):
        try:
            return acc.queryText().getText(0, -1)
        except NotImplementedError:
            return acc.name

    # --- reading the bill table ----------------------------------------------------------------

    def bill_table(self, window, name="Bills"):
        return self.wait("the bill table", self.pyatspi.ROLE_TABLE, name, window)

    def bill_rows(self, table):
        return table.queryTable().nRows

    def column(self, table, header):
        t = table.queryTable()
        for c in range(t.nColumns):
            h = t.getColumnHeader(c)
            if h is not None and h.name == header:
                return c
        names = [t.getColumnHeader(c).name for c in range(t.nColumns) if t.getColumnHeader(c)]
        raise Failure(f"no column “{header}” (columns: {names})")

    # --- ending --------------------------------------------------------------------------------

    def quit(self, menu=("File", "Quit"), timeout=30):
        """File → Quit, as a person ends the app; waits for the process to end."""
        self.alive()
        self.trigger_menu(*menu)
        return self.wait_exit(timeout)

    def wait_exit(self, timeout=30):
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise Failure(f"m3ter-bills did not end within {timeout} s")
        self.desktop.check_sanitizers()
        return code

    def x_window(self):
        """The X window id of the app's visible top-level window, for geometry in screen pixels."""
        out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid)],
                             capture_output=True, text=True).stdout.split()
        return out[-1] if out else None


def x_geometry(window_id):
    """(x, y, width, height) of a window including the window manager's frame, screen pixels."""
    info = subprocess.run(["xwininfo", "-id", window_id, "-frame"], capture_output=True,
                          text=True).stdout
    frame = subprocess.run(["xprop", "-id", window_id, "_NET_FRAME_EXTENTS"],
                           capture_output=True, text=True).stdout
    values = {}
    for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
        m = re.search(rf"{key}:\s+(-?\d+)", info)
        values[key] = int(m.group(1)) if m else 0
    left = right = top = bottom = 0
    m = re.search(r"=\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)", frame)
    if m:
        left, right, top, bottom = (int(v) for v in m.groups())
    return (values["Absolute upper-left X"] - left, values["Absolute upper-left Y"] - top,
            values["Width"] + left + right, values["Height"] + top + bottom)
