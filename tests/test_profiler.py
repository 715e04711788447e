"""mx.profiler: operator timings while running, a table and a Chrome trace."""
import json

import distnet as mx


def test_operators_are_timed_only_while_running(tmp_path):
    trace = tmp_path / "profile.json"
    mx.profiler.set_config(profile_all=True, aggregate_stats=True, filename=str(trace))
    mx.nd.ones(2) + 1                                          # not running: not recorded
    mx.profiler.set_state("run")
    try:
        a = mx.nd.ones((10, 10))
        (mx.nd.dot(a, a) + 1).sum().wait_to_read()
        task = mx.profiler.Task(mx.profiler.Domain("mine"), "step")
        task.start()
        task.stop()
    finally:
        mx.profiler.set_state("stop")
    mx.nd.ones(2) * 3                                          # stopped: not recorded
    table = mx.profiler.dumps()
    assert "operator" in table and "dot" in table and "Total Count" in table
    counts = json.loads(mx.profiler.dumps(format="json"))
    assert counts["operator"]["dot"]["count"] == 1 and counts["mine"]["step"]["count"] == 1
    assert "broadcast_mul" not in counts["operator"]
    mx.profiler.dump()
    events = json.loads(trace.read_text())["traceEvents"]
    assert {e["name"] for e in events if e.get("cat") == "operator"} >= {"dot", "sum"}
    assert json.loads(mx.profiler.dumps(format="json")) == {}          # dump(finished=True) cleared them
