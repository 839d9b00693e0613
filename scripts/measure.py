#!/usr/bin/env python3
"""Measures Teams Update Check against its floors and prints the figures with ratios.

- start-up: spawn to first painted frame, the app (with two manifests) vs the blank
  eframe window (examples/blank.rs), alternately, N runs each; medians, min, max
- peak memory (max RSS) of those runs
- idle CPU: ticks used over 10 s with the window open and nothing happening
- release binary size
- `check OLD NEW` wall time vs `--version` (the process-start floor)

Run through scripts/measure.sh (builds release and installs Xvfb when missing).
Environment: RUNS (default 10), IDLE_SECONDS (default 10).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APP = os.path.join(ROOT, "target", "release", "teams-update-check")
BLANK = os.path.join(ROOT, "target", "release", "examples", "blank")
OLD = os.path.join(ROOT, "assets", "examples", "contoso-tasks-published.json")
NEW = os.path.join(ROOT, "assets", "examples", "contoso-tasks-new.json")
RUNS = int(os.environ.get("RUNS", "10"))
IDLE_SECONDS = float(os.environ.get("IDLE_SECONDS", "10"))
TICKS = os.sysconf("SC_CLK_TCK")


def start_xvfb():
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    display = os.read(read_fd, 32).decode().strip()
    os.close(read_fd)
    return proc, ":" + display


def env_for(display, state_dir, frames=None):
    env = dict(os.environ, DISPLAY=display, XDG_DATA_HOME=state_dir, XDG_CONFIG_HOME=state_dir)
    env.pop("WAYLAND_DISPLAY", None)
    if frames:
        env["TEAMS_UPDATE_CHECK_EXIT_AFTER_FRAMES"] = str(frames)
    return env


def startup_once(cmd, env):
    """Returns (ms to first painted frame, ms to report painted or None, max RSS in MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = report = None
    for line in proc.stdout:
        now = (time.perf_counter() - start) * 1000
        if line.strip() == "first-frame-painted" and first is None:
            first = now
        elif line.strip() == "report-painted" and report is None:
            report = now
    _, status, usage = os.wait4(proc.pid, 0)
    if first is None or status != 0:
        sys.exit(f"measure: {cmd[0]} did not paint a frame (exit status {status})")
    return first, report, usage.ru_maxrss / 1024


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
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(3)  # let it start, load and settle
    before = cpu_ticks(proc.pid)
    time.sleep(IDLE_SECONDS)
    after = cpu_ticks(proc.pid)
    resident = rss_mb(proc.pid)
    proc.terminate()
    proc.wait()
    return after - before, resident


def wall_ms(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - start) * 1000)
    return times


def fmt(values):
    return f"median {statistics.median(values):7.1f}  (min {min(values):.1f}, max {max(values):.1f})"


def main():
    for path in (APP, BLANK):
        if not os.path.exists(path):
            sys.exit(f"measure: {path} is missing; run scripts/measure.sh")
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as state:
            env = env_for(display, state, frames=5)
            app, blank = [], []
            for _ in range(RUNS):
                app.append(startup_once([APP, OLD, NEW], env))
                blank.append(startup_once([BLANK], env))
            idle_env = env_for(display, state)
            app_ticks, app_idle_rss = idle([APP, OLD, NEW], idle_env)
            blank_ticks, blank_idle_rss = idle([BLANK], idle_env)
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
    size = os.path.getsize(APP) / (1024 * 1024)

    ratio = lambda a, b: statistics.median(a) / statistics.median(b)
    print(f"runs: {RUNS} each, alternating; software rendering under Xvfb")
    print(f"start-up to first painted frame, app   : {fmt(app_first)} ms")
    print(f"start-up to first painted frame, blank : {fmt(blank_first)} ms")
    print(f"  ratio app/blank                       : {ratio(app_first, blank_first):.2f}  (target <= 1.20)")
    if app_report:
        print(f"start-up to report painted, app        : {fmt(app_report)} ms")
    print(f"peak memory (max RSS), app             : {fmt(app_rss)} MB")
    print(f"peak memory (max RSS), blank           : {fmt(blank_rss)} MB")
    print(f"  ratio app/blank                       : {ratio(app_rss, blank_rss):.2f}  (target <= 1.20)")
    print(f"idle CPU over {IDLE_SECONDS:.0f} s, app               : {app_ticks} ticks (RSS {app_idle_rss:.1f} MB)  (target 0)")
    print(f"idle CPU over {IDLE_SECONDS:.0f} s, blank             : {blank_ticks} ticks (RSS {blank_idle_rss:.1f} MB)")
    print(f"release binary size                    : {size:.2f} MB")
    print(f"`check OLD NEW` wall time              : {fmt(check)} ms")
    print(f"`--version` wall time                  : {fmt(version)} ms")
    print(f"  ratio check/--version                 : {ratio(check, version):.2f}  (target <= 2.00)")


if __name__ == "__main__":
    main()
