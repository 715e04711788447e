"""Runs a step under mx.profiler and prints its aggregate operator rows (names and counts, sorted; engine rows
left out), for the profiler_*_rows compat scripts."""
import os
import tempfile

import mxnet as mx
from mxnet import profiler

ENGINE = ("DeleteVariable", "ResourceParallelRandomSetSeed", "WaitForVar")
profiler.set_config(profile_all=True, aggregate_stats=True, filename=os.path.join(tempfile.mkdtemp(), "p.json"))


def rows(ignored=ENGINE):
    text = profiler.dumps(reset=True)
    if "operator\n" not in text:
        return []
    found = []
    for line in text.split("operator\n=================\n")[1].split("\n")[2:]:
        if not line.strip():
            break
        name, count = line.split()[:2]
        if name not in ignored:
            found.append((name, int(count)))
    return sorted(found)


def run(title, step, ignored=ENGINE):
    profiler.set_state("run")
    step()
    mx.nd.waitall()
    profiler.set_state("stop")
    print(title, rows(ignored))
