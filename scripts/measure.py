#!/usr/bin/env python3
"""Measures Teams Update Check against its floors and prints the figures with ratios.

- start-up: spawn to first painted frame, the app (with two manifests) vs the blank
  eframe window (examples/blank.rs), alternately, N runs each; medians, min, max; the blank
  window drawing one line of text as a reference (what drawing anything at all costs); the same
  for a pair whose names are in Japanese, Chinese and Korean (system fallback fonts loaded)
- start-up as an outside observer sees it: spawn until the window is mapped and visible on
  the X server (polled with `xdotool search --onlyvisible`), app vs blank window
- peak memory (max RSS) of those runs
- idle CPU: ticks used over 10 s with the window open and nothing happening
- binary size (release builds are stripped when linked: `strip = true`)
- `check OLD NEW` wall time vs `--version` (the process-start floor)

- Copilot agents (`agents`): `check` of an agent update (a declarative agent with two API
  plugins and two OpenAPI documents, one YAML and one JSON, of real size) and of the example
  manifests, each against `--version`, interleaved rounds (no display needed)

- hostile inputs (`limits`): wall time and max RSS of `check` on a zip bomb, a package
  with 100 000 entries, a 5 MiB manifest, 200-level nesting and a 1 MB string

Run through scripts/measure.sh (builds release and installs Xvfb when missing);
`python3 scripts/measure.py limits` measures only the hostile inputs and
`python3 scripts/measure.py agents` only the agent check (no display needed).
Environment: RUNS (default 10), IDLE_SECONDS (default 10), CARGO_TARGET_DIR, MEASURE_APP.
"""
import io
import json
import shutil
import os
import socket
import zipfile
import zlib
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The build folder cargo uses (CARGO_TARGET_DIR when set); MEASURE_APP measures another
# binary of the app (say, a build from before a change) against the same floors.
TARGET = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
APP = os.environ.get("MEASURE_APP") or os.path.join(TARGET, "release", "teams-update-check")
BLANK = os.path.join(TARGET, "release", "examples", "blank")
OLD = os.path.join(ROOT, "assets", "examples", "contoso-tasks-published.json")
NEW = os.path.join(ROOT, "assets", "examples", "contoso-tasks-new.json")
RUNS = int(os.environ.get("RUNS", "10"))
IDLE_SECONDS = float(os.environ.get("IDLE_SECONDS", "10"))
IDLE_RUNS = int(os.environ.get("IDLE_RUNS", "3"))
TIME = "/usr/bin/time"  # GNU time: a small parent, so max RSS is the program's own, not Python's


def timed(cmd):
    """Wraps a command so GNU time writes its max RSS (KiB) to a file; returns (cmd, file)."""
    handle, path = tempfile.mkstemp(prefix="rss-")
    os.close(handle)
    return [TIME, "-f", "%M", "-o", path] + cmd, path


def read_rss_mb(path):
    with open(path) as f:
        value = f.read().strip().splitlines()[-1]
    os.unlink(path)
    return int(value) / 1024


def free_display():
    """A display number no X server uses, here or in another mount namespace sharing this
    network namespace (other engineers' servers on this machine): neither a lock file nor a
    socket, named or abstract, of that number. -displayfd checks only the lock files, so a
    server started with it could get a number whose abstract socket another server holds,
    and the window then reached the other server ("Failed to open connection to X server")."""
    try:
        with open("/proc/net/unix") as f:
            sockets = f.read()
    except OSError:
        sockets = ""
    start = 100 + os.getpid() % 800
    for number in list(range(start, 1000)) + list(range(100, start)):
        if os.path.exists(f"/tmp/.X{number}-lock") or f"/tmp/.X11-unix/X{number}\n" in sockets:
            continue
        return number
    sys.exit("measure: no free X display number between 100 and 999")


def start_xvfb():
    """Starts Xvfb on a free display and waits until it accepts connections (three tries)."""
    for _ in range(3):
        display = str(free_display())
        proc = subprocess.Popen(
            ["Xvfb", ":" + display, "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
            stderr=subprocess.DEVNULL,
        )
        # Wait until the server really accepts connections on its socket.
        for _ in range(200):
            try:
                with socket.socket(socket.AF_UNIX) as probe:
                    probe.connect(f"/tmp/.X11-unix/X{display}")
                time.sleep(0.2)
                return proc, ":" + display
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.05)
        proc.kill()
        proc.wait()
    sys.exit("measure: Xvfb did not start (tried three times)")


def env_for(display, state_dir, frames=None):
    # RUST_LOG=error: a window that cannot open says why (the app's own message does not).
    env = dict(os.environ, DISPLAY=display, XDG_DATA_HOME=state_dir, XDG_CONFIG_HOME=state_dir)
    env.setdefault("RUST_LOG", "error")
    env.pop("WAYLAND_DISPLAY", None)
    if frames:
        env["TEAMS_UPDATE_CHECK_EXIT_AFTER_FRAMES"] = str(frames)
    return env


def startup_once(cmd, env):
    """Returns (ms to first painted frame, ms to report painted or None, max RSS in MB).
    A run that could not reach the X server is tried again (twice at most): on this shared
    machine a fresh Xvfb has once refused the first client although it was accepting connections."""
    for attempt in range(3):
        timed_cmd, rss_file = timed(cmd)
        start = time.perf_counter()
        proc = subprocess.Popen(timed_cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = report = None
        for line in proc.stdout:
            now = (time.perf_counter() - start) * 1000
            if line.strip() == "first-frame-painted" and first is None:
                first = now
            elif line.strip() == "report-painted" and report is None:
                report = now
        status = proc.wait()
        if first is not None and status == 0:
            return first, report, read_rss_mb(rss_file)
        errors = proc.stderr.read()
        # The app says "the window could not be opened" (exit code 3) without the
        # window library's details; the blank window still prints winit's message.
        unreachable = "connection to X server" in errors or status == 3
        if unreachable and attempt < 2:
            print(f"measure: {os.path.basename(cmd[0])} could not reach the X server; trying again",
                  file=sys.stderr)
            time.sleep(1)
            continue
        sys.exit(f"measure: {' '.join(cmd)} did not paint a frame (exit status {status}):\n{errors[-2000:]}")
    return None


def cjk_pair(folder):
    """Writes a published manifest with Latin names and an update whose names, descriptions and
    tabs are in Japanese, Chinese and Korean (so the window must load a system CJK font)."""
    ident = "4e5a8c1d-2b7f-4c3e-9a6d-0f1e2d3c4b5a"
    old = {"manifestVersion": "1.17", "version": "1.0.0", "id": ident,
           "name": {"short": "Contoso Tasks", "full": "Contoso Tasks for Teams"},
           "description": {"short": "Track tasks", "full": "Track and share your team's tasks."}}
    new = dict(old, version="1.1.0",
               name={"short": "タスク管理 任务 작업", "full": "タスク管理 — 任务管理 — 작업 관리"},
               description={"short": "チームのタスクを管理", "full": "团队任务管理。팀 작업 관리."},
               staticTabs=[{"entityId": "reports", "name": "レポート", "scopes": ["personal"],
                            "contentUrl": "https://contoso.example/reports"}])
    paths = []
    for name, manifest in (("cjk-old.json", old), ("cjk-new.json", new)):
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False)
        paths.append(path)
    return paths


def mapped_once(cmd, env, title):
    """Milliseconds from spawn until a window titled `title` is mapped and visible on the X
    server, polled with `xdotool search --onlyvisible` (each poll takes a few ms). A run whose
    program exits before its window shows (it could not reach the X server) is tried again."""
    for attempt in range(3):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while proc.poll() is None and time.perf_counter() - start < 20:
                found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
                                       env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                if found.stdout.strip():
                    return (time.perf_counter() - start) * 1000
        finally:
            proc.terminate()
            proc.wait()
        print(f"measure: {os.path.basename(cmd[0])} showed no window; trying again", file=sys.stderr)
        time.sleep(1)
    sys.exit(f"measure: {' '.join(cmd)} never mapped a visible window")


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def idle(cmd, env):
    """Opens a window, lets it settle for 3 s, then counts over IDLE_SECONDS the CPU ticks it
    uses (all threads) and the frames it draws (it prints `frame` on each one).
    Returns (ticks, frames drawn, RSS in MB)."""
    env = dict(env, TEAMS_UPDATE_CHECK_LOG_FRAMES="1")
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stamps = []
    reader = threading.Thread(target=lambda: [stamps.append(time.perf_counter()) for _ in proc.stdout])
    reader.start()
    time.sleep(3)  # let it start, load and settle
    start, before = time.perf_counter(), cpu_ticks(proc.pid)
    time.sleep(IDLE_SECONDS)
    end, after = time.perf_counter(), cpu_ticks(proc.pid)
    resident = rss_mb(proc.pid)
    proc.terminate()
    proc.wait()
    reader.join()
    frames = sum(1 for stamp in stamps if start <= stamp <= end)
    return after - before, frames, resident


def wall_ms(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - start) * 1000)
    return times




def fmt(values):
    return f"median {statistics.median(values):7.1f}  (min {min(values):.1f}, max {max(values):.1f})"


MANIFEST = b'{"id": "0b5c3d6e-1234-4abc-9def-00112233aabb", "version": "1.0.0"}'


def zip_bomb(gib, declared=None):
    """A package whose second entry inflates to `gib` GiB of zeros; its headers claim
    `declared` bytes (by default the true size, as far as 32 bits can say it)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(bytes(1 << 20)) + comp.flush(zlib.Z_FULL_FLUSH)
    data = block * (gib * 1024) + b"\x01\x00\x00\xff\xff"
    out, central = io.BytesIO(), io.BytesIO()
    entries = [("manifest.json", 0, MANIFEST, zlib.crc32(MANIFEST), len(MANIFEST)),
               ("bomb.bin", 8, data, 0, min(gib << 30, 0xFFFFFFFF) if declared is None else declared)]
    for name, method, payload, crc, size in entries:
        offset = out.tell()
        fields = lambda: (method.to_bytes(2, "little") + b"\0\0\x21\0" + crc.to_bytes(4, "little")
                          + len(payload).to_bytes(4, "little") + size.to_bytes(4, "little")
                          + len(name).to_bytes(2, "little") + b"\0\0")
        out.write(b"PK\x03\x04" + (20).to_bytes(2, "little") + b"\0\0" + fields() + name.encode() + payload)
        central.write(b"PK\x01\x02" + (20).to_bytes(2, "little") * 2 + b"\0\0" + fields()
                      + bytes(10) + offset.to_bytes(4, "little") + name.encode())
    start = out.tell()
    out.write(central.getvalue())
    out.write(b"PK\x05\x06" + bytes(4) + (2).to_bytes(2, "little") * 2
              + len(central.getvalue()).to_bytes(4, "little") + start.to_bytes(4, "little") + b"\0\0")
    return out.getvalue()


def many_entries(count):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as z:
        z.writestr("manifest.json", MANIFEST)
        for i in range(count):
            z.writestr(f"f{i}", b"")
    return buffer.getvalue()


def hostile_inputs():
    big = b'{"id": "x", "version": "1.0.0", "pad": "' + b"a" * (5 << 20) + b'"}'
    deep = b'{"id": "x", "version": "1.0.0", "deep": ' + b"[" * 200 + b"]" * 200 + b"}"
    long = (b'{"id": "0b5c3d6e-1234-4abc-9def-00112233aabb", "version": "1.0.0", "d": "'
            + b"x" * (1 << 20) + b'"}')
    return [("zip bomb (3 GiB unpacked)", "bomb.zip", zip_bomb(3)),
            ("zip bomb claiming 1000 B", "liar.zip", zip_bomb(1, declared=1000)),
            ("100 000 entries", "many.zip", many_entries(100_000)),
            ("5 MiB manifest", "big.json", big),
            ("200 levels of nesting", "deep.json", deep),
            ("1 MB string (valid)", "long.json", long)]


def sized_manifest(size, version):
    """A valid manifest of about `size` bytes made of many small objects (like benches/check.rs)."""
    entry = '{"id":"x","title":"A typical command title","value":12345}'
    count = size // (len(entry) + 1)
    return ('{"id":"4e5a8c1d-2b7f-4c3e-9a6d-0f1e2d3c4b5a","version":"%s","commands":[%s]}'
            % (version, ",".join([entry] * count))).encode()


def measure_largest():
    with tempfile.TemporaryDirectory() as folder:
        old, new = os.path.join(folder, "old.json"), os.path.join(folder, "new.json")
        for path, version in ((old, "1.0.0"), (new, "1.0.1")):
            with open(path, "wb") as f:
                f.write(sized_manifest((4 << 20) - 4096, version))
        times = wall_ms([APP, "check", old, new], 10)
    print(f"`check` on the largest allowed pair (2 x 4 MiB manifests): {fmt(times)} ms")


def measure_limits():
    print("hostile inputs: `check FILE FILE`, wall time and max RSS (targets: < 1 s, < 200 MB)")
    with tempfile.TemporaryDirectory() as folder:
        for title, name, data in hostile_inputs():
            path = os.path.join(folder, name)
            with open(path, "wb") as f:
                f.write(data)
            cmd, rss_file = timed([APP, "check", path, path])
            start = time.perf_counter()
            proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            elapsed = (time.perf_counter() - start) * 1000
            message = proc.stderr.strip().split(": ", 2)[-1][:60] if proc.stderr.strip() else "report"
            print(f"  {title:27}: {len(data) / 1024:6.0f} KiB file, exit {proc.returncode}, {elapsed:5.0f} ms, "
                  f"{read_rss_mb(rss_file):5.1f} MB  ({message})")


def agent_pair(folder):
    """Two agent packages: the published one of tests/agent-fixtures, grown to a declarative
    agent with two plugins, each with its OpenAPI document (AGENT_OPERATIONS operations each, 60
    by default; YAML and JSON),
    and its update (new version, longer instructions, one function more)."""
    source = os.path.join(ROOT, "tests", "agent-fixtures", "published")
    files = {}
    for base, _, names in os.walk(source):
        for name in names:
            path = os.path.join(base, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, source).replace(os.sep, "/")] = f.read()
    agent = json.loads(files["agent/declarativeAgent.json"])
    plugin = json.loads(files["agent/tasks-plugin.json"])
    operations = [f"op{i}" for i in range(int(os.environ.get("AGENT_OPERATIONS", "60")))]
    plugin["functions"] = [{"name": op, "description": f"Operation {op}"} for op in operations]
    plugin["runtimes"][0]["run_for_functions"] = operations
    yaml = ["openapi: 3.0.1", "info:", "  title: Contoso Tasks", "  version: 1.0.0",
            "servers:", "  - url: https://api.contoso.example/v1", "paths:"]
    spec = {"openapi": "3.0.1", "info": {"title": "Reports", "version": "1.0.0"},
            "servers": [{"url": "https://reports.contoso.example/v1"}], "paths": {}}
    for op in operations:
        yaml += [f"  /{op}/{{id}}:", "    get:", f"      operationId: {op}",
                 f"      summary: Reads one item of {op}", "      parameters:",
                 "        - name: id", "          in: path", "          required: true",
                 "          schema:", "            type: string",
                 "      responses:", "        '200':", "          description: The item",
                 "          content:", "            application/json:", "              schema:",
                 "                type: object", "                properties:",
                 "                  title: {type: string}", "                  owner: {type: string}"]
        spec["paths"][f"/{op}/{{id}}"] = {"get": {
            "operationId": op, "summary": f"Reads one report of {op}",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "The report", "content": {"application/json": {
                "schema": {"type": "object", "properties": {"title": {"type": "string"}}}}}}}}}
    files["agent/openapi.yaml"] = ("\n".join(yaml) + "\n").encode()
    reports = dict(plugin, name_for_human="Contoso Reports", namespace="contosoreports")
    reports["runtimes"] = [dict(plugin["runtimes"][0], spec={"url": "reports-openapi.json"})]
    files["agent/reports-openapi.json"] = json.dumps(spec, indent=2).encode()
    files["agent/reports-plugin.json"] = json.dumps(reports, indent=2).encode()
    files["agent/tasks-plugin.json"] = json.dumps(plugin, indent=2).encode()
    agent["actions"].append({"id": "reportsApi", "file": "reports-plugin.json"})
    files["agent/declarativeAgent.json"] = json.dumps(agent, indent=2).encode()
    paths = []
    for side in ("old", "new"):
        if side == "new":
            manifest = json.loads(files["manifest.json"])
            manifest["version"] = "1.1.0"
            files["manifest.json"] = json.dumps(manifest, indent=2).encode()
            agent["instructions"] += " Answer in the user's language."
            files["agent/declarativeAgent.json"] = json.dumps(agent, indent=2).encode()
        path = os.path.join(folder, f"agents-{side}.zip")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name in sorted(files):
                z.writestr(name, files[name])
        paths.append(path)
    return paths


def measure_agents():
    """`check` of the agent pair and of the example pair against `--version`, interleaved."""
    with tempfile.TemporaryDirectory() as folder:
        old, new = agent_pair(folder)
        ok = subprocess.run([APP, "check", "--format", "json", old, new], capture_output=True, text=True)
        verdict = json.loads(ok.stdout).get("verdict") if ok.stdout.strip().startswith("{") else ok.stderr[:200]
        print(f"agent pair: {os.path.getsize(new) / 1024:.0f} KiB package, verdict {verdict}")
        commands = {"agents": [APP, "check", old, new], "example": [APP, "check", OLD, NEW],
                    "version": [APP, "--version"]}
        times = {name: [] for name in commands}
        rounds = int(os.environ.get("AGENT_ROUNDS", "200"))
        for round_ in range(rounds + 10):
            for name, cmd in commands.items():
                start = time.perf_counter()
                subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
                if round_ >= 10:
                    times[name].append((time.perf_counter() - start) * 1000)
    floor = statistics.median(times["version"])
    for name in ("agents", "example", "version"):
        median = statistics.median(times[name])
        print(f"  check {name:8}: {fmt(times[name])} ms  ratio to --version {median / floor:.2f}")
    print("  target: the agent pair <= 3.0 x --version")


def main():
    if sys.argv[1:] == ["agents"]:
        measure_agents()
        return
    if not os.path.exists(TIME):
        sys.exit("measure: GNU time (/usr/bin/time) is missing; run scripts/measure.sh")
    if sys.argv[1:] == ["limits"]:
        measure_limits()
        measure_largest()
        return
    for path in (APP, BLANK):
        if not os.path.exists(path):
            sys.exit(f"measure: {path} is missing; run scripts/measure.sh")
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as state:
            env = env_for(display, state, frames=5)
            label_env = dict(env, TEAMS_UPDATE_CHECK_BLANK_LABEL="1")
            app, blank, label, cjk = [], [], [], []
            cjk_old, cjk_new = cjk_pair(state)
            for _ in range(RUNS):
                app.append(startup_once([APP, OLD, NEW], env))
                blank.append(startup_once([BLANK], env))
                label.append(startup_once([BLANK], label_env))
                cjk.append(startup_once([APP, cjk_old, cjk_new], env))
            mapped = {"app": [], "blank": [], "label": [], "cjk": [], "empty": []}
            if shutil.which("xdotool"):
                plain_env = env_for(display, state)
                plain_label_env = dict(plain_env, TEAMS_UPDATE_CHECK_BLANK_LABEL="1")
                for _ in range(RUNS):
                    mapped["app"].append(mapped_once([APP, OLD, NEW], plain_env, "Teams Update Check"))
                    mapped["blank"].append(mapped_once([BLANK], plain_env, "Blank"))
                    mapped["label"].append(mapped_once([BLANK], plain_label_env, "Blank"))
                    mapped["cjk"].append(mapped_once([APP, cjk_old, cjk_new], plain_env, "Teams Update Check"))
                    mapped["empty"].append(mapped_once([APP], plain_env, "Teams Update Check"))
            idle_env = env_for(display, state)
            app_idle, blank_idle = [], []
            for _ in range(IDLE_RUNS):
                app_idle.append(idle([APP, OLD, NEW], idle_env))
                blank_idle.append(idle([BLANK], idle_env))
    finally:
        xvfb.terminate()
        xvfb.wait()

    app_first = [a[0] for a in app]
    app_report = [a[1] for a in app if a[1] is not None]
    blank_first = [b[0] for b in blank]
    app_rss = [a[2] for a in app]
    blank_rss = [b[2] for b in blank]
    check = wall_ms([APP, "check", OLD, NEW], 30)
    version = wall_ms([APP, "--version"], 30)
    size = os.path.getsize(APP)
    idle_line = lambda runs: (", ".join(f"{t} ticks/{f} frames" for t, f, _ in runs)
                              + f" (RSS {statistics.median(r for _, _, r in runs):.1f} MB)")

    ratio = lambda a, b: statistics.median(a) / statistics.median(b)
    print(f"runs: {RUNS} each, alternating; software rendering under Xvfb")
    print(f"start-up to first painted frame, app   : {fmt(app_first)} ms")
    print(f"start-up to first painted frame, blank : {fmt(blank_first)} ms")
    print(f"  ratio app/blank                       : {ratio(app_first, blank_first):.2f}")
    if app_report:
        print(f"start-up to report painted, app        : {fmt(app_report)} ms")
    print(f"peak memory (max RSS), app             : {fmt(app_rss)} MB")
    print(f"peak memory (max RSS), blank           : {fmt(blank_rss)} MB")
    print(f"  ratio app/blank                       : {ratio(app_rss, blank_rss):.2f}  (target <= 1.20)")
    label_first = [b[0] for b in label]
    label_rss = [b[2] for b in label]
    print("reference: the blank window drawing one line of text (what drawing anything costs):")
    print(f"  first painted frame                   : {fmt(label_first)} ms"
          f"  ratio to blank {ratio(label_first, blank_first):.2f}; app to it {ratio(app_first, label_first):.2f}"
          "  (target <= 1.05)")
    print(f"  peak memory (max RSS)                 : {fmt(label_rss)} MB"
          f"  ratio to blank {ratio(label_rss, blank_rss):.2f}; app to it {ratio(app_rss, label_rss):.2f}")
    cjk_first = [c[0] for c in cjk]
    cjk_report = [c[1] for c in cjk if c[1] is not None]
    cjk_rss = [c[2] for c in cjk]
    print(f"CJK pair: first painted frame, app     : {fmt(cjk_first)} ms"
          f"  ratio {ratio(cjk_first, blank_first):.2f}")
    if cjk_report:
        print(f"CJK pair: report painted, app          : {fmt(cjk_report)} ms")
    print(f"CJK pair: peak memory (max RSS), app   : {fmt(cjk_rss)} MB  ratio {ratio(cjk_rss, blank_rss):.2f}")
    if mapped["blank"]:
        print(f"window mapped and visible (xdotool), app  : {fmt(mapped['app'])} ms")
        print(f"window mapped and visible (xdotool), blank: {fmt(mapped['blank'])} ms")
        print(f"  ratio app/blank                          : {ratio(mapped['app'], mapped['blank']):.2f}"
              f"  (best {min(mapped['app']) / min(mapped['blank']):.2f})")
        print(f"window mapped and visible (xdotool), blank with one line of text: {fmt(mapped['label'])} ms"
              f"  ratio to blank {ratio(mapped['label'], mapped['blank']):.2f};"
              f" app to it {ratio(mapped['app'], mapped['label']):.2f}")
        print(f"window mapped and visible (xdotool), CJK  : {fmt(mapped['cjk'])} ms"
              f"  ratio {ratio(mapped['cjk'], mapped['blank']):.2f}")
        print(f"window mapped and visible (xdotool), app without files: {fmt(mapped['empty'])} ms"
              f"  ratio {ratio(mapped['empty'], mapped['blank']):.2f}")
    else:
        print("window mapped (xdotool): NOT MEASURED, xdotool is missing (apt-get install xdotool)")
    print(f"idle over {IDLE_SECONDS:.0f} s ({IDLE_RUNS} runs), app       : {idle_line(app_idle)}  (target 0 frames)")
    print(f"idle over {IDLE_SECONDS:.0f} s ({IDLE_RUNS} runs), blank     : {idle_line(blank_idle)}")
    blank_size = os.path.getsize(BLANK)
    print(f"binary size (stripped when linked), app : {size / (1 << 20):.2f} MiB ({size / 1e6:.2f} MB)")
    print(f"binary size as shipped, blank          : {blank_size / (1 << 20):.2f} MiB ({blank_size / 1e6:.2f} MB)"
          f"  ratio {size / blank_size:.2f}")
    print(f"`check OLD NEW` wall time              : {fmt(check)} ms")
    print(f"`--version` wall time                  : {fmt(version)} ms")
    print(f"  ratio check/--version                 : {ratio(check, version):.2f}  (target <= 2.50)")
    measure_largest()
    measure_limits()


if __name__ == "__main__":
    main()
