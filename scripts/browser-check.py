#!/usr/bin/python3
"""A real browser on the served dashboard: headless Chromium, driven over the DevTools protocol
(Debian's chromium and python3-websocket), signs in as a region manager, switches a programme off
with a reason through the form, checks the region page shows it off and the audit page shows the
entry, then checks the national viewer sees <5 where the region manager sees the count. Saves a
screenshot of each step. Usage: browser-check.py BASE_URL PASSWORDS_FILE OUTPUT_DIR"""
import base64, json, os, shutil, subprocess, sys, tempfile, time, urllib.request
import websocket

base, passwords_file, out = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(out, exist_ok=True)
passwords = {}
for line in open(passwords_file):
    line = line.strip()
    if "one-time password" in line:
        name = line.split(" ")[0]
        passwords[name] = line.rsplit(" ", 1)[1]

chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
profile = tempfile.mkdtemp(prefix="smp-browser-")
port = 9333
browser = subprocess.Popen(
    [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
     f"--remote-debugging-port={port}", f"--user-data-dir={profile}", "--window-size=1280,1600", "about:blank"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
failures = []

def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)

try:
    for _ in range(100):
        try:
            targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
            page = next(t for t in targets if t["type"] == "page")
            break
        except Exception:
            time.sleep(0.2)
    ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60)
    counter = [0]

    def send(method, **params):
        counter[0] += 1
        ws.send(json.dumps({"id": counter[0], "method": method, "params": params}))
        while True:
            message = json.loads(ws.recv())
            if message.get("id") == counter[0]:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def wait_for_load():
        while True:
            message = json.loads(ws.recv())
            if message.get("method") == "Page.loadEventFired":
                return

    def evaluate(expression):
        return send("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def go(path):
        send("Page.navigate", url=base + path)
        wait_for_load()

    def submit(form_selector, fields):
        script = "".join(f"document.querySelector({json.dumps(form_selector)}).elements[{json.dumps(k)}].value = {json.dumps(v)};" for k, v in fields.items())
        evaluate(script + f"document.querySelector({json.dumps(form_selector)}).submit();")
        wait_for_load()

    def screenshot(name):
        data = send("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        with open(os.path.join(out, name + ".png"), "wb") as f:
            f.write(base64.b64decode(data))

    def text():
        return evaluate("document.body.innerText")

    def table(title):
        """The cells of the table in the section with this heading, as the page shows them."""
        return evaluate(
            "(() => { const h = [...document.querySelectorAll('h2')].find(e => e.textContent.trim() === " + json.dumps(title) + ");"
            " if (!h) return null; const t = h.closest('section').querySelector('table');"
            " return [...t.querySelectorAll('tbody tr')].map(r => [...r.children].map(c => c.childNodes[0] ? c.childNodes[0].textContent.trim() : '')); })()")

    def sign_in(name):
        go("/login")
        submit("form[action='/login']", {"username": name, "password": passwords[name]})

    def sign_out():
        evaluate("document.querySelector('form.signout').submit();")
        wait_for_load()

    send("Page.enable")
    send("Runtime.enable")

    # 1. The region manager signs in and switches NRPF off with a reason.
    sign_in("east-midlands-manager")
    check(evaluate("location.pathname") == "/", "signing in lands on the dashboard")
    check("National comparison" in text(), "the dashboard shows the national comparison")
    screenshot("1-dashboard-region-manager")
    go("/regions/east-midlands/programmes/nrpf/switch")
    screenshot("2-switch-form")
    reason = "Paused while the caseworker post is vacant (browser check)"
    submit("form[action='/regions/east-midlands/programmes/nrpf/switch']", {"reason": reason})
    check(evaluate("location.pathname + location.search") == "/regions/east-midlands?done=switched", "the form returns to the region page")
    rows = table("Programmes on " + evaluate("document.querySelector('h1').textContent.split('as of ')[1]")) or []
    nrpf = next((r for r in rows if r and r[0] == "nrpf"), None)
    check(nrpf is not None and nrpf[2] == "off", f"the region page shows nrpf off ({nrpf})")
    check("The switch is recorded in the audit log." in text(), "the region page confirms the switch")
    screenshot("3-region-after-switch")
    go("/audit")
    check(reason in text() and "east-midlands-manager" in text(), "the audit page shows the switch, its reason and who made it")
    screenshot("4-audit")

    # 2. Small counts: the manager sees the figure, the national viewer sees <5 in the same place.
    go("/regions/east-midlands/programmes/modern-slavery")
    manager = table("By LA") or []
    screenshot("5-modern-slavery-region-manager")
    sign_out()
    sign_in("national")
    go("/regions/east-midlands/programmes/modern-slavery")
    national = table("By LA") or []
    screenshot("6-modern-slavery-national-viewer")
    pairs = [(m, n) for rm, rn in zip(manager, national) for m, n in zip(rm, rn) if n == "<5"]
    check(len(pairs) > 0, f"the national viewer sees <5 ({len(pairs)} cells)")
    check(all(m in ("1", "2", "3", "4") for m, _ in pairs), "where the region manager sees 1 to 4")
    check(any(m == "3" for m, _ in pairs), "including a 3")
    check(not any(c == "<5" for r in manager for c in r), "the region manager sees no <5 in their own region")
    go("/regions/east-midlands/programmes/nrpf/switch")
    check(evaluate("document.querySelector('h1').textContent") == "Forbidden", "the national viewer may not open the switch form")
finally:
    browser.terminate()
    shutil.rmtree(profile, ignore_errors=True)

print(f"browser check: {len(failures)} failure(s); screenshots in {out}")
sys.exit(1 if failures else 0)
