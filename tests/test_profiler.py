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


def test_config_and_state_are_checked_as_mxnet():
    import pytest
    with pytest.raises(mx.MXNetError, match="Cannot find argument 'bogus'"):
        mx.profiler.set_config(bogus=1)
    with pytest.raises(mx.MXNetError, match="expect boolean but value='yes'"):
        mx.profiler.set_config(profile_all="yes")
    with pytest.raises(mx.MXNetError, match="expect float but value='x'"):
        mx.profiler.set_config(dump_period="x")
    with pytest.raises(mx.MXNetError, match="KVStoreHandle passed to profiler is null"):
        mx.profiler.set_config(profile_process="server")
    mx.profiler.set_config(profile_all="True", continuous_dump=0)       # MXNet parses these as booleans
    with pytest.raises(KeyError):
        mx.profiler.set_state("bogus")
    with pytest.raises(mx.MXNetError, match="Invalid Input: 'bogus'"):
        mx.profiler.Marker(mx.profiler.Domain("d"), "m").mark("bogus")
    with pytest.raises(AssertionError, match="Invalid value provided for sort_by: bogus"):
        mx.profiler.dumps(sort_by="bogus")
    with pytest.raises(AssertionError, match="Invalid value provided for format: bogus"):
        mx.profiler.dumps(format="bogus")


def test_deprecated_spellings_warn_and_work(tmp_path):
    import pytest
    trace = tmp_path / "old.json"
    with pytest.warns(UserWarning, match="profiler_set_config\\(\\) is deprecated"):
        mx.profiler.profiler_set_config(mode="all", filename=str(trace))
    with pytest.warns(UserWarning, match="profiler_set_state\\(\\) is deprecated"):
        mx.profiler.profiler_set_state("run")
    mx.nd.ones(2).wait_to_read()
    mx.profiler.set_state("stop")
    with pytest.warns(UserWarning, match="dump_profile\\(\\) is deprecated"):
        mx.profiler.dump_profile()
    assert "traceEvents" in json.loads(trace.read_text())
