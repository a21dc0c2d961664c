#!/usr/bin/env python3
"""Times HelmKit against the reference Helm on the same charts, in one run, as ratios.

Reference time: the seconds Helm v4.2.3 spends loading and rendering, as the reference
renderer's --timing reports them (its Python start-up is left out). HelmKit time: the whole
`helmkit template` process, wall clock. Each is the median of RUNS runs; peak resident
memory is the maximum over the runs (from wait4's rusage of each process). A ratio below 1 means HelmKit is
faster. Outputs are compared byte for byte first, so a timing never hides a wrong render.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(HERE)
DEFAULT_ORACLE = os.path.join(os.path.dirname(REPOSITORY), "shared", "oracle", "helm-template")

AIRBYTE_ARGS = ["airbyte-enterprise", "charts/airbyte", "--namespace", "airbyte",
                "--values", "examples/airbyte/values.yml",
                "--set-file", "airbyteYml=examples/airbyte/airbyte.yml"]


def run_measured(command: list[str]) -> tuple[float, int, bytes, bytes]:
    """Runs a command; returns wall seconds, peak resident KiB, stdout and stderr."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=REPOSITORY, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{stderr.decode(errors='replace')}")
    return elapsed, usage.ru_maxrss, stdout, stderr


def measure(name: str, helmkit: str, oracle: str, args: list[str], runs: int) -> dict:
    ours, reference, our_peak, reference_peak = [], [], 0, 0
    # The two alternate, so that a slow spell of the machine falls on both alike.
    for _ in range(runs):
        _, peak, expected, stderr = run_measured([oracle, "--timing", *args])
        reference_peak = max(reference_peak, peak)
        line = [text for text in stderr.decode().splitlines() if text.startswith("helm seconds:")]
        reference.append(float(line[-1].split(":")[1]))
        elapsed, peak, stdout, _ = run_measured([helmkit, "template", *args])
        our_peak = max(our_peak, peak)
        ours.append(elapsed)
        if stdout != expected:
            raise SystemExit(f"{name}: HelmKit's output differs from the reference; not timing it")
    return {
        "name": name,
        "helmkit": statistics.median(ours),
        "helm": statistics.median(reference),
        "helmkit_peak_kib": our_peak,
        "helm_peak_kib": reference_peak,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--helmkit", default=os.path.join(REPOSITORY, ".build", "release", "helmkit"))
    parser.add_argument("--oracle", default=os.environ.get("HELM_ORACLE", DEFAULT_ORACLE))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scales", default="1,2,4,8", help="sizes of the generated charts")
    args = parser.parse_args()
    if not os.access(args.oracle, os.X_OK):
        raise SystemExit(f"run.py: no reference helm-template at {args.oracle}; "
                         "set HELM_ORACLE or --oracle to its path")

    results = [measure("airbyte (guide inputs)", args.helmkit, args.oracle, AIRBYTE_ARGS, args.runs)]
    with tempfile.TemporaryDirectory() as scratch:
        for kind in ("wide", "tpl"):
            for scale in [int(text) for text in args.scales.split(",")]:
                folder = os.path.join(scratch, f"{kind}{scale}")
                subprocess.run([sys.executable, os.path.join(HERE, "generate_charts.py"), kind, folder,
                                "--scale", str(scale)], check=True)
                results.append(measure(f"{kind} x{scale}", args.helmkit, args.oracle,
                                       ["bench", folder], args.runs))

    print(f"{'workload':24} {'helmkit s':>10} {'helm s':>10} {'ratio':>7}")
    for result in results:
        ratio = result["helmkit"] / result["helm"]
        print(f"{result['name']:24} {result['helmkit']:10.4f} {result['helm']:10.4f} {ratio:7.2f}")
    print(f"\n{'workload':24} {'helmkit KiB':>12} {'helm KiB':>12}  (peak resident; the reference")
    print(f"{'':24} {'':>12} {'':>12}   includes its Python interpreter)")
    for result in results:
        print(f"{result['name']:24} {result['helmkit_peak_kib']:12} {result['helm_peak_kib']:12}")


if __name__ == "__main__":
    main()
