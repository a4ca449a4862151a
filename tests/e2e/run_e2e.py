#!/usr/bin/python3
"""End-to-end tests of the built m3ter-bills: one case per run, in a private desktop (Xvfb,
openbox, its own session bus and accessibility bus, a fresh HOME), driven through AT-SPI.

    run_e2e.py --app PATH --sandbox PATH --measure PATH CASE
    run_e2e.py --list

BILLS_E2E_KEEP=1 keeps the run's directory (HOME, logs) and prints its path.
"""

import argparse
import csv
import io
import json
import os
import re
import sys
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402
from harness import Failure, wait_for  # noqa: E402

CASES = {}
# Screen size per case (Xvfb), default 1600x1000 so only the layout cases use a small screen.
SCREENS = {}


def case(screen="1600x1000x24"):
    def register(fn):
        CASES[fn.__name__] = fn
        SCREENS[fn.__name__] = screen
        return fn
    return register


def main_window(app, timeout=60):
    return app.window(re.compile(r"m3ter Bills"), timeout=timeout)


def wait_for_rows(app, window, timeout=60, table_name="Bills"):
    table = app.bill_table(window, table_name)
    return wait_for("bill rows in the main window", lambda: app.bill_rows(table) > 0 and table,
                    timeout=timeout)


def connection_dialog(app):
    return app.window(re.compile(r"^(New connection|Edit connection)$"), timeout=60)


def fill_connection(app, dialog, sandbox, name):
    app.type_into("Name:", name, dialog)
    app.type_into("API address:", sandbox.base_url, dialog)
    app.type_into("Organization ID:", sandbox.org_id, dialog)
    app.type_into("Access key ID:", sandbox.client_id, dialog)
    app.type_into("API secret:", sandbox.client_secret, dialog)


def status_text(app, dialog):
    label = app.find(app.pyatspi.ROLE_LABEL, re.compile(r"Connection works|failed|could not"),
                     dialog)
    return label.name if label else ""


# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------

@case()
def first_start_demo(desktop):
    """Fresh HOME, no arguments: the welcome dialog; Try the demo → the main window's bill rows."""
    app = desktop.launch()
    dialog = connection_dialog(app)
    app.press_button("Try the demo", dialog)
    window = main_window(app)
    wait_for_rows(app, window)
    assert_quits_cleanly(app)


@case()
def first_start_cancel_explains(desktop):
    """Cancel on the first start says that no connection was made and how to come back."""
    app = desktop.launch()
    dialog = connection_dialog(app)
    app.press_button("Cancel", dialog)
    box = app.window("No connection")
    texts = " ".join(l.name for l in app.find(app.pyatspi.ROLE_LABEL, root=box, all=True))
    if "Start m3ter Bills again" not in texts:
        raise Failure(f"the message does not say how to come back: {texts!r}")
    app.press_button("OK", box)
    code = app.wait_exit()
    if code != 0:
        raise Failure(f"exit code {code} after the user closed the message")


@case()
def first_start_connect_then_keychain(desktop):
    """Welcome → a connection to m3ter-sandbox → Test connection → Connect → rows; the next
    start opens that profile with the secret from the keychain, without asking."""
    desktop.start_keyring()
    sandbox = desktop.start_sandbox("--bills", "60", "--accounts", "5")
    app = desktop.launch()
    dialog = connection_dialog(app)
    fill_connection(app, dialog, sandbox, "Sandbox e2e")
    app.press_button("Test connection", dialog)
    wait_for("“Connection works” in the dialog",
             lambda: "Connection works" in status_text(app, dialog), timeout=60)
    app.press_button("Connect", dialog)
    window = main_window(app)
    wait_for_rows(app, window)
    assert_quits_cleanly(app)

    app = desktop.launch()
    window = main_window(app)
    wait_for_rows(app, window)
    if app.find(None, re.compile(r"^(New connection|Edit connection)$")):
        raise Failure("the second start asked for the connection again")
    if not app.find(None, re.compile("Sandbox e2e"), window):
        raise Failure("the main window does not name the connection “Sandbox e2e”")
    assert_quits_cleanly(app)


@case()
def first_start_connect_without_keychain(desktop):
    """No keychain: the connection works for the session; the next start asks for the secret,
    and Save leads into the app."""
    sandbox = desktop.start_sandbox("--bills", "60", "--accounts", "5")
    app = desktop.launch()
    dialog = connection_dialog(app)
    fill_connection(app, dialog, sandbox, "No keychain")
    app.press_button("Test connection", dialog)
    wait_for("“Connection works” in the dialog",
             lambda: "Connection works" in status_text(app, dialog), timeout=60)
    app.press_button("Connect", dialog)
    window = main_window(app)
    wait_for_rows(app, window)
    assert_quits_cleanly(app)

    app = desktop.launch()
    dialog = app.window("Edit connection", timeout=60)
    app.type_into("API secret:", sandbox.client_secret, dialog)
    app.press_button("Save", dialog)
    window = main_window(app)
    wait_for_rows(app, window)
    assert_quits_cleanly(app)


def select_first_rows(app, table, count):
    t = table.queryTable()
    wait_for(f"at least {count} bill rows", lambda: t.nRows >= count, timeout=60)
    for row in range(count):
        if not t.addRowSelection(row):
            raise Failure(f"could not select row {row} of the bill table")
    wait_for(f"{count} selected rows", lambda: t.nSelectedRows == count)


def statement_files(desktop):
    folder = os.path.join(desktop.home, "Documents", "m3ter statements")
    found = []
    for base, _dirs, files in os.walk(folder):
        found += [os.path.join(base, f) for f in files if not f.startswith(".")]
    return sorted(found)


@case()
def statements_survive_quit(desktop):
    """Select bills → Generate statements → quit while the jobs run → restart: the run completes
    with valid JSON and CSV files and no second batch of jobs."""
    sandbox = desktop.start_sandbox("--bills", "400", "--accounts", "40", "--job-seconds", "4")
    args = ["--base-url", sandbox.base_url, "--org-id", sandbox.org_id, "--client-id",
            sandbox.client_id]
    secret = {"M3TER_CLIENT_SECRET": sandbox.client_secret}
    app = desktop.launch(*args, env=secret)
    window = main_window(app)
    table = wait_for_rows(app, window)
    bills = 3
    select_first_rows(app, table, bills)
    app.trigger_menu("Statements", "Generate statements…")
    dialog = app.window("Generate statements")
    csv_box = app.wait("the CSV check box", app.pyatspi.ROLE_CHECK_BOX,
                       re.compile("CSV statements"), dialog)
    if not csv_box.getState().contains(app.pyatspi.STATE_CHECKED):
        app.press(csv_box)
        wait_for("CSV checked", lambda: csv_box.getState().contains(app.pyatspi.STATE_CHECKED))
    app.press_button("Generate", dialog)
    wait_for("the batch of statement jobs at the sandbox",
             lambda: sandbox.count("statementjobs.batch", 200) >= 1, timeout=60)
    if statement_files(desktop):
        raise Failure("files were written before the jobs could complete; the quit comes too late")
    # Quitting during a run asks first, and says that the run carries on at the next start.
    app.trigger_menu("File", "Quit")
    question = app.window("Quit m3ter Bills")
    app.wait("the quit question's word on resuming", app.pyatspi.ROLE_LABEL,
             re.compile("carry on the next time you open m3ter Bills"), question)
    app.press_button("Quit", question)
    code = app.wait_exit()
    if code != 0:
        raise Failure(f"m3ter-bills exited with code {code} after Quit during a run")

    app = desktop.launch(*args, env=secret)
    main_window(app)
    files = wait_for(f"{2 * bills} statement files",
                     lambda: len(statement_files(desktop)) >= 2 * bills and statement_files(desktop),
                     timeout=120)
    json_files = [f for f in files if f.endswith(".json")]
    csv_files = [f for f in files if f.endswith(".csv")]
    if len(json_files) != bills or len(csv_files) != bills:
        raise Failure(f"expected {bills} JSON and {bills} CSV files, got {files}")
    for f in json_files:
        with open(f) as fh:
            json.load(fh)
    for f in csv_files:
        with open(f, newline="") as fh:
            rows = list(csv.reader(io.StringIO(fh.read())))
        if len(rows) < 2:
            raise Failure(f"{os.path.basename(f)} has no data row")
    batches = sandbox.count("statementjobs.batch")
    if batches != 1:
        raise Failure(f"{batches} batch requests reached the sandbox; the restart duplicated jobs")
    assert_quits_cleanly(app)


def admin(sandbox, operation, body):
    """The sandbox's control route (m3ter-sandbox --admin), as month end changes bills:
    POST /_admin/{org}/bills/{operation}; the bills changed, each {"id", "before", "after"}."""
    request = urllib.request.Request(
        f"{sandbox.base_url}/_admin/{sandbox.org_id}/bills/{operation}",
        data=json.dumps(body).encode(), headers={"Content-Type": "application/json"},
        method="POST")
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, no proxy
    with direct.open(request, timeout=30) as reply:
        bills = json.load(reply)["bills"]
    if len(bills) != body.get("count", len(body.get("billIds", []))):
        raise Failure(f"the sandbox's {operation} changed {len(bills)} bills, not {body}")
    return bills


# Decimals of the currencies the sandbox bills in; the others have two.
CURRENCY_DECIMALS = {"JPY": 0, "KWD": 3}


def amount_digits(bill):
    """The digits a person reads in the bill's total, whatever the locale's separators."""
    decimals = CURRENCY_DECIMALS.get(bill["currency"], 2)
    return re.sub(r"\D", "", f"{abs(bill['billTotal']):.{decimals}f}")


def changes_rows(app, table):
    """The Changes list as {(bill id, change): (was, now)}, read through the table interface."""
    t = table.queryTable()
    columns = {name: app.column(table, name) for name in ("Change", "Bill id", "Was", "Now")}
    rows = {}
    for row in range(t.nRows):
        cell = {name: (t.getAccessibleAt(row, c).name or "") for name, c in columns.items()}
        rows[(cell["Bill id"], cell["Change"])] = (cell["Was"], cell["Now"])
    return rows


@case()
def changes_after_month_end(desktop):
    """Connect (keeping a local copy) → every bill loads → quit → month end in the sandbox: an
    approved bill recalculated (its total moves, Approved → Pending), one locked, one removed,
    one added → start again: the Changes view lists exactly those changes; Mark all as reviewed
    empties it, and the next start has nothing to show; searching for the new bill shows it
    alone."""
    desktop.start_keyring()
    sandbox = desktop.start_sandbox("--bills", "40", "--accounts", "5", "--admin")
    app = desktop.launch()
    dialog = connection_dialog(app)
    fill_connection(app, dialog, sandbox, "Month end")
    keep = app.wait("the local copy check box", app.pyatspi.ROLE_CHECK_BOX,
                    "Keep a copy of the bills on this computer", dialog)
    if not keep.getState().contains(app.pyatspi.STATE_CHECKED):
        raise Failure("a new connection does not keep a local copy by default")
    app.press_button("Connect", dialog)
    window = main_window(app)
    table = wait_for_rows(app, window)
    # Every bill, not only last month's: 40 bills are one page, so the list is read to its end.
    app.press_button("Clear", window)
    wait_for("all 40 bills", lambda: app.bill_rows(table) == 40, timeout=60)
    assert_quits_cleanly(app)

    recalculated = admin(sandbox, "recalculate", {"count": 1, "status": "APPROVED"})[0]
    locked = admin(sandbox, "lock", {"count": 1})[0]
    removed = admin(sandbox, "remove", {"count": 1, "status": "APPROVED"})[0]
    added = admin(sandbox, "add", {"count": 1})[0]
    ids = [b["id"] for b in (recalculated, locked, removed, added)]
    if len(set(ids)) != 4:
        raise Failure(f"the month-end changes did not touch four different bills: {ids}")
    before, after = recalculated["before"], recalculated["after"]
    if before["status"] != "APPROVED" or after["status"] != "PENDING":
        raise Failure(f"the recalculated bill went {before['status']} → {after['status']}")
    expected = {
        (recalculated["id"], "Total changed"): (amount_digits(before), amount_digits(after)),
        (recalculated["id"], "Status changed"): ("Approved", "Pending"),
        (locked["id"], "Locked changed"): ("Not locked", "Locked"),
        (removed["id"], "Bill gone"): (amount_digits(removed["before"]), ""),
        (added["id"], "New bill"): ("", amount_digits(added["after"])),
    }
    if not before["statementStale"] and after["statementStale"]:
        expected[(recalculated["id"], "Statement stale")] = ("false", "true")

    app = desktop.launch()
    window = main_window(app)
    # The refresh at start finds the changes and shows them (the panel opens by itself).
    changes = app.wait("the Changes list", app.pyatspi.ROLE_TABLE, "Changes", window, timeout=60)
    wait_for(f"{len(expected)} changes listed",
             lambda: changes.queryTable().nRows == len(expected), timeout=60)
    shown = changes_rows(app, changes)
    if os.environ.get("BILLS_E2E_VERBOSE"):
        for (bill, kind), (was, now) in sorted(shown.items()):
            print(f"  {kind} of {bill}: “{was}” → “{now}”", flush=True)
    problems = []
    for key, (was, now) in expected.items():
        if key not in shown:
            problems.append(f"missing: {key[1]} of bill {key[0]}")
            continue
        shown_was, shown_now = shown[key]
        if key[1] in ("Total changed", "Bill gone", "New bill"):  # amounts: compare the digits
            shown_was, shown_now = re.sub(r"\D", "", shown_was), re.sub(r"\D", "", shown_now)
        if (shown_was, shown_now) != (was, now):
            problems.append(f"{key[1]} of bill {key[0]}: shown {shown[key]}, expected "
                            f"{was!r} → {now!r}")
    problems += [f"unexpected: {k[1]} of bill {k[0]}" for k in shown if k not in expected]
    if problems:
        raise Failure("the Changes view is not what month end changed:\n  " +
                      "\n  ".join(problems))

    app.press_button("Mark all as reviewed", window)
    wait_for("an empty Changes list", lambda: changes.queryTable().nRows == 0, timeout=30)
    app.wait("the summary of no changes", app.pyatspi.ROLE_LABEL,
             "Nothing changed since you last looked.", window)
    assert_quits_cleanly(app)

    # The baseline stays moved: the next start finds nothing new.
    app = desktop.launch()
    window = main_window(app)
    table = wait_for_rows(app, window)
    wait_for("the 40 bills of after month end", lambda: app.bill_rows(table) == 40, timeout=60)
    # The panel comes back where the last run left it (open); if not, View opens it.
    if app.find(app.pyatspi.ROLE_TABLE, "Changes", window) is None:
        app.trigger_menu("View", "Show changes since you last looked")
    changes = app.wait("the Changes list", app.pyatspi.ROLE_TABLE, "Changes", window)
    app.wait("the summary of no changes", app.pyatspi.ROLE_LABEL,
             "Nothing changed since you last looked.", window)
    if changes.queryTable().nRows != 0:
        raise Failure(f"{changes.queryTable().nRows} changes listed after Mark all as reviewed")

    # Search as you type over the stored bills: the bill month end added, by its id.
    app.type_into("Search stored bills", added["id"], window)
    wait_for("only the searched bill in the table", lambda: app.bill_rows(table) == 1, timeout=30)
    app.type_into("Search stored bills", "", window)
    wait_for("every bill back after the search", lambda: app.bill_rows(table) == 40, timeout=30)
    assert_quits_cleanly(app)


# --- Layout: what a person can read ----------------------------------------------------------
# These cases depend on the layout work (another branch); they are labelled needs-layout.

class Screen:
    """Converts AT-SPI extents to the app's logical pixels and to screen pixels."""

    def __init__(self, desktop, app, window, env):
        self.app = app
        self.dpr, _ = desktop.measure([], env)
        xid = wait_for("the main window on the X screen", app.x_window)
        info = __import__("subprocess").run(["xwininfo", "-id", xid], capture_output=True,
                                            text=True).stdout
        native_width = int(re.search(r"Width:\s+(\d+)", info).group(1))
        atspi_width = window.queryComponent().getExtents(app.pyatspi.DESKTOP_COORDS).width
        # AT-SPI gives screen pixels or logical pixels depending on the Qt version: find out.
        self.atspi_to_screen = native_width / atspi_width
        self.frame = harness.x_geometry(xid)
        if os.environ.get("BILLS_E2E_VERBOSE"):
            print(f"  dpr {self.dpr}, AT-SPI to screen {self.atspi_to_screen:.3f}, window "
                  f"{native_width} px wide, frame {self.frame}", flush=True)

    def on_screen(self, acc):
        e = acc.queryComponent().getExtents(self.app.pyatspi.DESKTOP_COORDS)
        k = self.atspi_to_screen
        return (round(e.x * k), round(e.y * k), round(e.width * k), round(e.height * k))

    def click(self, acc):
        """A left click in the middle of `acc` (for what AT-SPI cannot do, e.g. the current row)."""
        x, y, w, h = self.on_screen(acc)
        __import__("subprocess").run(["xdotool", "mousemove", "--sync", str(x + w // 2),
                                      str(y + h // 2), "click", "1"], check=True, timeout=10)

    def logical_width(self, acc):
        return self.on_screen(acc)[2] / self.dpr


def check_whole(desktop, screen, env, items, problems):
    """items: (kind, text, accessible); adds to problems each one narrower than its text needs."""
    items = [(k, t, a) for k, t, a in items if t and t.strip()]
    _, needed = desktop.measure([(k, t) for k, t, _ in items], env)
    for (kind, text, acc), need in zip(items, needed):
        have = screen.logical_width(acc)
        if os.environ.get("BILLS_E2E_VERBOSE"):
            print(f"  {kind} “{text}”: {have:.0f} px shown, {need} px needed", flush=True)
        if have + 0.5 < need:
            problems.append(f"{kind} “{text}” is {have:.0f} px wide but needs {need} px")


def check_inside_screen(screen, what, acc, width, height, problems):
    x, y, w, h = screen.on_screen(acc)
    if w <= 0 or h <= 0 or x < 0 or y < 0 or x + w > width or y + h > height:
        problems.append(f"{what} is not wholly on the {width}×{height} screen: "
                        f"x={x} y={y} w={w} h={h}")


def visible_cells(app, table, column):
    t = table.queryTable()
    view = table.queryComponent().getExtents(app.pyatspi.DESKTOP_COORDS)
    cells = []
    for row in range(t.nRows):
        cell = t.getAccessibleAt(row, column)
        if cell is None:
            continue
        e = cell.queryComponent().getExtents(app.pyatspi.DESKTOP_COORDS)
        if e.y >= view.y + view.height:
            break
        if e.y + e.height <= view.y or e.height <= 0:
            continue
        cells.append(cell)
    return cells


def status_bar_sums(app, window):
    bar = app.wait("the status bar", app.pyatspi.ROLE_STATUS_BAR, None, window)
    return bar, [l for l in app.find(app.pyatspi.ROLE_LABEL, root=bar, all=True) if l.name]


@case(screen="1280x720x24")
def layout_small_screen_large_text(desktop):
    """[needs-layout] 1280×720 screen, 150 % text: the window fits the screen, Apply, Clear and the
    status bar are on screen, and every visible Total cell and status-bar sum is shown whole.
    Qt 6 scales the whole UI with the text: a font DPI of 144 (QT_FONT_DPI=144, or the desktop's
    Xft.dpi) gives a device pixel ratio of 1.5, the same as QT_SCALE_FACTOR=1.5 used here."""
    env = {"QT_SCALE_FACTOR": "1.5"}
    app = desktop.launch("--demo", env=env)
    window = main_window(app)
    table = wait_for_rows(app, window)
    select_first_rows(app, table, 3)  # the status bar then also shows the selection's sum
    screen = Screen(desktop, app, window, env)
    problems = []
    x, y, w, h = screen.frame
    if x < 0 or y < 0 or x + w > 1280 or y + h > 720:
        problems.append(f"the main window ({w}×{h} at {x},{y} with its frame) does not fit the "
                        "1280×720 screen")
    for name in ("Apply", "Clear"):
        button = app.find(app.pyatspi.ROLE_PUSH_BUTTON, name, window)
        if button is None:
            problems.append(f"the {name} button is not shown")
        else:
            check_inside_screen(screen, f"the {name} button", button, 1280, 720, problems)
    bar, sums = status_bar_sums(app, window)
    check_inside_screen(screen, "the status bar", bar, 1280, 720, problems)
    total = app.column(table, "Total")
    cells = visible_cells(app, table, total)
    if not cells:
        problems.append("no Total cell is visible")
    check_whole(desktop, screen, env, [("cell", c.name, c) for c in cells], problems)
    check_whole(desktop, screen, env, [("label", l.name, l) for l in sums], problems)
    if problems:
        raise Failure("what a person cannot read:\n  " + "\n  ".join(problems))
    assert_quits_cleanly(app)


# Buttons whose accessible name is not the text they show: the filter bar's views menu (shows
# “Ansichten”, named “Gespeicherte Ansichten” for screen readers).
NAMED_NOT_SHOWN = {"Gespeicherte Ansichten"}


def header_and_button_texts(app, root):
    """(kind, text, accessible) of every column header wholly inside its view and every button
    that shows its name, under root."""
    items = []
    views = (app.pyatspi.ROLE_TABLE, app.pyatspi.ROLE_TREE_TABLE, app.pyatspi.ROLE_TREE)
    for view in app.find(None, None, root, all=True):
        if view.getRole() not in views:
            continue
        try:
            t = view.queryTable()
        except NotImplementedError:
            continue
        v = view.queryComponent().getExtents(app.pyatspi.DESKTOP_COORDS)
        # Qt lists a view's header sections first among its children, before the cells.
        headers = (app.pyatspi.ROLE_TABLE_COLUMN_HEADER, app.pyatspi.ROLE_COLUMN_HEADER)
        for i in range(min(view.childCount, t.nColumns + 2)):
            h = view.getChildAtIndex(i)
            if h is None or h.getRole() not in headers or not h.name or not app.showing(h):
                continue
            try:
                e = h.queryComponent().getExtents(app.pyatspi.DESKTOP_COORDS)
            except NotImplementedError:
                continue  # a hidden column's section: Qt gives it no geometry
            if e.width > 0 and e.x >= v.x and e.x + e.width <= v.x + v.width:
                items.append(("header", h.name, h))  # scrolled out of view is not clipped
    for button in app.find(app.pyatspi.ROLE_PUSH_BUTTON, None, root, all=True):
        parent = button.parent
        if parent is not None and parent.getRole() == app.pyatspi.ROLE_FRAME:
            continue  # a dock's title-bar buttons (float, close) show only an icon
        if button.name and button.name not in NAMED_NOT_SHOWN:
            items.append(("button", button.name, button))
    return items


@case()
def layout_german(desktop):
    """[needs-layout] German: no header or button text is clipped in the main window, the bill
    detail pane and the statements dock."""
    env = {"LANG": "de_DE.UTF-8", "LANGUAGE": "de"}
    app = desktop.launch("--demo", env=env)
    window = main_window(app)
    table = wait_for_rows(app, window, table_name="Rechnungen")
    screen = Screen(desktop, app, window, env)
    # The detail pane follows the current row, which AT-SPI cannot set: a click, as a person does.
    first = table.queryTable().getAccessibleAt(0, 0)
    screen.click(first)
    wait_for("the detail pane's line items", lambda: app.find(
        app.pyatspi.ROLE_TREE_TABLE, None, window) or app.find(app.pyatspi.ROLE_TREE, None, window))
    # The statements dock, as a person opens it.
    app.trigger_menu("Rechnungsauszüge", "Bereich „Rechnungsauszüge“ anzeigen")
    app.wait("the statements dock", app.pyatspi.ROLE_TOOL_BAR, "Aktionen für Rechnungsauszüge",
             window)
    problems = []
    check_whole(desktop, screen, env, header_and_button_texts(app, window), problems)
    if problems:
        raise Failure("clipped German texts:\n  " + "\n  ".join(problems))
    assert_quits_cleanly(app, ("Datei", "Beenden"))


def assert_quits_cleanly(app, menu=("File", "Quit")):
    code = app.quit(menu)
    if code != 0:
        raise Failure(f"m3ter-bills exited with code {code} after File → Quit")


def dump(desktop):
    """Not a test: starts the app with BILLS_E2E_ARGS and prints its accessibility tree."""
    app = desktop.launch(*os.environ.get("BILLS_E2E_ARGS", "").split())
    import time
    time.sleep(float(os.environ.get("BILLS_E2E_WAIT", "5")))
    print("\n".join(app.dump()))


CASES["dump"] = dump
SCREENS["dump"] = "1600x1000x24"


# ---------------------------------------------------------------------------------------------

def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--app")
    p.add_argument("--sandbox")
    p.add_argument("--measure")
    p.add_argument("--inner", action="store_true")
    p.add_argument("--list", action="store_true")
    p.add_argument("--timeout", type=int, default=300)
    p.add_argument("case", nargs="?")
    return p.parse_args()


def main():
    args = parse()
    if args.list:
        print("\n".join(CASES))
        return 0
    if args.case not in CASES:
        print(f"unknown case {args.case!r}; cases: {', '.join(CASES)}", file=sys.stderr)
        return 2
    if not args.inner:
        for path in (args.app, args.sandbox, args.measure):
            if not path or not os.access(path, os.X_OK):
                print(f"not an executable: {path}", file=sys.stderr)
                return 2
        inner = [os.path.abspath(__file__), "--inner", "--app", args.app, "--sandbox",
                 args.sandbox, "--measure", args.measure, args.case]
        return harness.run_outer(inner, SCREENS[args.case], args.timeout)
    desktop = harness.Desktop(args.app, args.sandbox, args.measure)
    try:
        CASES[args.case](desktop)
        desktop.check_sanitizers()
    except Failure as error:
        print(f"FAIL {args.case}: {error}", flush=True)
        return 1
    print(f"PASS {args.case}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
