#!/usr/bin/env python3
"""Writes assets/link/startup-order.txt: the functions the program runs when it starts, in the
order the linker should place them side by side (build.rs passes the file to LLD as its
symbol ordering file in release builds for x86-64 Linux).

Why: the kernel maps a program's code 64 KB at a time around each page it first runs. The
functions a `check` or the window's first frames run are scattered over 12 MB of code, so
each start read and kept resident several megabytes of code it never ran. Side by side they
fill about 3 MB, and a `check` about 1 MB.

How: builds the release program (which keeps its symbol table: Cargo.toml), runs it under
valgrind's callgrind, and lists every function of the program that ran, in this order:
  1. `check OLD NEW` (text) and `check --format json OLD NEW` on the example pair;
  2. `--version`;
  3. the window under Xvfb with the example pair, with no files, and with a pair whose names
     are in Japanese, Chinese and Korean, each until its fifth frame.
Names a later build no longer has are skipped by the linker, so the file only needs
refreshing when start-up code changes a lot (a dependency update, a new check); compare
scripts/measure.sh before and after.

Needs valgrind, Xvfb and the fonts scripts/measure.sh installs (apt-get when missing).
Usage: python3 scripts/order-startup-code.py
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measure  # noqa: E402  (start_xvfb, env_for, cjk_pair, the example pair)

ROOT = measure.ROOT
ORDER = os.path.join(ROOT, "assets", "link", "startup-order.txt")
APP = measure.APP
FUNCTION_LINE = re.compile(r"^c?fn=\((\d+)\)(?: (.*))?$")


def ensure_tools():
    missing = [tool for tool in ("valgrind", "Xvfb") if not shutil.which(tool)]
    if missing:
        print(f"order-startup-code: installing {', '.join(missing)} (apt-get)")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "valgrind", "xvfb", "libgl1-mesa-dri",
                        "libglx-mesa0", "libxkbcommon-x11-0", "fonts-noto-cjk"], check=True, env=env)


def build():
    """The release program, with its symbol table (the names to order by). scripts/package.sh
    strips the program in place, and cargo does not notice: then it is built again."""
    command = ["cargo", "build", "--release", "--locked", "--quiet", "--bin", "teams-update-check"]
    subprocess.run(command, check=True, cwd=ROOT)
    if os.path.exists(APP) and not program_functions():
        print("order-startup-code: the program was stripped (scripts/package.sh does that); building it again")
        subprocess.run(["cargo", "clean", "--release", "--quiet", "-p", "teams-update-check"], check=True, cwd=ROOT)
        subprocess.run(command, check=True, cwd=ROOT)


def program_functions():
    """Every function name in the program's symbol table."""
    listing = subprocess.run(["nm", "--defined-only", APP], check=True, capture_output=True, text=True)
    names = set()
    for line in listing.stdout.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[1] in "tTwW":
            names.add(parts[2])
    return names


def functions_run(args, env, folder, label):
    """The program's function names callgrind saw running `APP args`, in the order of its output."""
    out = os.path.join(folder, label + ".callgrind")
    run = subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={out}",
                          APP] + args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if run.returncode != 0 or not os.path.exists(out):
        sys.exit(f"order-startup-code: {label} failed (exit status {run.returncode}):\n{run.stderr[-2000:]}")
    names, ran = {}, []
    with open(out, errors="replace") as profile:
        for line in profile:
            match = FUNCTION_LINE.match(line.rstrip("\n"))
            if match:
                number, name = match.groups()
                if name is not None:
                    names[number] = name
                ran.append(names.get(number))
    return ran


def main():
    ensure_tools()
    build()
    known = program_functions()
    if not known:
        sys.exit(f"order-startup-code: {APP} has no symbol table, so there are no names to order by. "
                 "Keep `strip = false` in Cargo.toml's [profile.release] (and no CARGO_PROFILE_RELEASE_STRIP), "
                 "then run this again.")
    order, seen = [], set()

    def add(label, ran):
        before = len(order)
        for name in ran:
            if name in known and name not in seen:
                seen.add(name)
                order.append(name)
        print(f"order-startup-code: {label}: {len(order) - before} more functions")

    pair = [measure.OLD, measure.NEW]
    with tempfile.TemporaryDirectory() as folder:
        add("check", functions_run(["check"] + pair, os.environ, folder, "check"))
        add("check --format json", functions_run(["check", "--format", "json"] + pair, os.environ, folder, "json"))
        add("--version", functions_run(["--version"], os.environ, folder, "version"))
        xvfb, display = measure.start_xvfb()
        try:
            env = measure.env_for(display, folder, frames=5)
            cjk_old, cjk_new = measure.cjk_pair(folder)
            add("window, example pair", functions_run(pair, env, folder, "window"))
            add("window, no files", functions_run([], env, folder, "empty"))
            add("window, CJK pair", functions_run([cjk_old, cjk_new], env, folder, "cjk"))
        finally:
            xvfb.kill()
            xvfb.wait()
    os.makedirs(os.path.dirname(ORDER), exist_ok=True)
    with open(ORDER, "w") as f:
        f.write("\n".join(order) + "\n")
    print(f"order-startup-code: wrote {len(order)} names to {os.path.relpath(ORDER, ROOT)}")


if __name__ == "__main__":
    main()
